"""The storage seam: everything that differs between the database engines lives here.

The core speaks one SQL (SQLite's, as in a local file) through a connection whose
``dialect`` answers the few questions whose SQL differs per engine: starting a write
transaction, the schema version, full-text search, integrity checks, change polling and who
is logged in. ``sqlite_store`` is the local file; ``pg_store`` a PostgreSQL server, whose
connection also rewrites the shared SQL where PostgreSQL spells it differently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SERVER_SCHEMES = ("postgresql://", "postgres://")
ATTACHMENTS_FOLDER = "attachments_folder"  # the setting naming a server's shared folder


def records_missing_from_index(run: Callable[[str], Any], key_column: str) -> list[str]:
    """Problems for records the search index lacks (``key_column`` is the index's key,
    record id * 8 + entity code); ``run`` executes SQL on either engine."""
    from ..models import SPECS
    from ..schema import SEARCH_CODES

    problems = []
    for spec in SPECS.values():
        missing = run(
            f"SELECT count(*) FROM {spec.table} t WHERE NOT EXISTS (SELECT 1 FROM "
            f"search_index s WHERE s.{key_column} = t.id * 8 + {SEARCH_CODES[spec.name]})"
        ).fetchone()[0]
        if missing:
            problems.append(f"search index: {missing} {spec.table} are missing from it")
    return problems


def is_server_url(target: object) -> bool:
    """True for a ``postgresql://`` URL, false for a file path."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


def redact(url: str) -> str:
    """A server URL without its password, fit for titles, logs and messages."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))
