"""The storage seam: everything that differs between the database engines lives here.

The core speaks one SQL (SQLite's, as in a local file) through a connection whose
``dialect`` answers the few questions whose SQL differs per engine: starting a write
transaction, the schema version, full-text search, integrity checks, change polling and who
is logged in. ``sqlite_store`` is the local file; ``pg_store`` a PostgreSQL server, whose
connection also rewrites the shared SQL where PostgreSQL spells it differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

SERVER_SCHEMES = ("postgresql://", "postgres://")
ATTACHMENTS_FOLDER = "attachments_folder"  # the setting naming a server's shared folder


def records_missing_from_index(run: Callable[[str], Any], key_column: str) -> list[str]:
    """Problems for records the search index lacks (``key_column`` is the index's key,
    record id * SEARCH_STRIDE + entity code); ``run`` executes SQL on either engine."""
    from ..records.models import SPECS
    from .schema import SEARCH_CODES, SEARCH_STRIDE

    problems = []
    for spec in SPECS.values():
        code = SEARCH_CODES[spec.name]
        missing = run(
            f"SELECT count(*) FROM {spec.table} t WHERE NOT EXISTS (SELECT 1 FROM "
            f"search_index s WHERE s.{key_column} = t.id * {SEARCH_STRIDE} + {code})"
        ).fetchone()[0]
        if missing:
            problems.append(f"search index: {missing} {spec.table} are missing from it")
    return problems


def is_server_url(target: object) -> bool:
    """True for a ``postgresql://`` URL, false for a file path."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


# A password can travel in a server URL's user part (user:secret@host), in its query
# (?password=secret, also percent-encoded as pass%77ord), and in a libpq "key=value" string
# (host=db password='se cret'). Everything shown or logged is passed through ``redact``.
# (A URL taken for a file name comes back with its "//" made "/", and is still found.)
_URL = re.compile(r"(?i)postgres(?:ql)?:/+[^\s'\"<>]*")
_CONNINFO_PASSWORD = re.compile(
    r"(?i)(?<![\w%&?])(?:ssl)?password\s*=\s*(?:'(?:[^'\\]|\\.)*'?|[^\s'&]*)\s?")
_SECRET_KEYS = ("password", "sslpassword")
# "…?password=secret&…" left of a URL whose start was cut (a file name taken from it)
_QUERY_PASSWORD = re.compile(r"(?i)(?<=[?&])(?:ssl)?pass(?:word|%77ord)=[^&#\s'\"]*&?")


def _redact_url(url: str) -> str:
    scheme, _, rest = url.partition(":")
    slashes = rest[:len(rest) - len(rest.lstrip("/"))]
    rest = rest[len(slashes):]
    end = len(rest)
    for mark in "/?#":  # the user part ends where the path, query or fragment begins
        at = rest.find(mark)
        if 0 <= at < end:
            end = at
    netloc, tail = rest[:end], rest[end:]
    userinfo, sep, host = netloc.rpartition("@")
    if sep:
        netloc = userinfo.split(":", 1)[0] + "@" + host
    path, q, query = tail.partition("?")
    if q:
        query, hash_, fragment = query.partition("#")
        kept = [p for p in query.split("&")
                if unquote(p.split("=", 1)[0]).strip().lower() not in _SECRET_KEYS]
        query = "&".join(kept)
        tail = path + ("?" + query if query else "") + hash_ + fragment
    return f"{scheme}:{slashes}{netloc}{tail}"


def redact(text: str) -> str:
    """``text`` (a server URL, a connection string, a message that quotes either) with every
    password taken out, fit for titles, logs and messages. A file path comes back as it
    is."""
    if not isinstance(text, str) or "password" not in text.lower() and ":/" not in text:
        return text
    if is_server_url(text):  # the whole text is one URL, even one a space would cut short
        text = _redact_url(text)
    else:
        text = _URL.sub(lambda m: _redact_url(m.group(0)), text)
        text = _QUERY_PASSWORD.sub("", text)  # a URL's query quoted without its scheme
    return _CONNINFO_PASSWORD.sub("", text)
