"""What the command-line modules share."""

from __future__ import annotations

from .core.database import Database


class UsageError(Exception):
    """Bad input on the command line: exit code 2."""


def open_db(path: str) -> Database:
    return Database.open(path)
