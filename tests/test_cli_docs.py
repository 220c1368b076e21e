"""The README documents every command and every option of the command line: a command or
option added without a line in its table fails here."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bkk_relations.cli import commands as cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
PARSER = cli.build_parser()
COMMANDS = next(a for a in PARSER._actions
                if isinstance(a, argparse._SubParsersAction)).choices


def rows_of(command: str) -> str:
    """The README's table rows that start with ``command``."""
    return "\n".join(line for line in README.splitlines()
                     if line.startswith(f"| `{command} "))


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_option_of_every_command_is_in_the_readme(command):
    rows = rows_of(command)
    assert rows, f"the README's command table has no row for {command}"
    for action in COMMANDS[command]._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        names = action.option_strings or [action.metavar or action.dest]
        assert any(name in rows for name in names), f"{command}: {names[0]}"


def test_the_options_of_the_program_itself_are_in_the_readme():
    section = README.split("## Command line", 1)[1].split("\n## ", 1)[0]
    for action in PARSER._actions:
        if action.option_strings and not isinstance(action, argparse._HelpAction):
            assert action.option_strings[0] in section
