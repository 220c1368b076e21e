"""What the command-line modules share."""

from __future__ import annotations

import sys

from .core.database import Database


class UsageError(Exception):
    """Bad input on the command line: exit code 2."""


def open_db(path: str) -> Database:
    db = Database.open(path)
    if db.network_drive:  # SQLite's locks are unreliable there: say so, once per command
        print(f"warning: {db.path} is on a network drive ({db.network_drive}); two people "
              "changing it at the same time can lose changes. Keep it on a local disk or use "
              "the office's server.", file=sys.stderr)
    return db
