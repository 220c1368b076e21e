"""Command-line commands for the graph features (registered by cli.build_parser)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def register(add: AddCommand) -> None:
    """Add this module's subcommands; `add(name, func, help)` returns a parser that
    already has --db."""
