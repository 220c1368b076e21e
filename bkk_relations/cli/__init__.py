"""The command-line program: ``python -m bkk_relations.cli`` or ``bkk-relations-cli``."""

from .commands import build_parser, main

__all__ = ["build_parser", "main"]
