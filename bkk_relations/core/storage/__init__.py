"""The storage seam: everything that differs between the database engines lives here.

The core speaks one SQL (SQLite's, as in a local file) through a connection whose
``dialect`` answers the few questions whose SQL differs per engine: starting a write
transaction, the schema version, full-text search, integrity checks, change polling and who
is logged in. ``sqlite_store`` is the local file; ``pg_store`` a PostgreSQL server, whose
connection also rewrites the shared SQL where PostgreSQL spells it differently.
"""

from __future__ import annotations

SERVER_SCHEMES = ("postgresql://", "postgres://")
ATTACHMENTS_FOLDER = "attachments_folder"  # the setting naming a server's shared folder


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
