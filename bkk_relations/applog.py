"""Logging to a rotating file in the user's data folder (and the console with --verbose).

Log lines name files, versions and errors — never record contents, which only the audit log
holds, and never a password: every line, traceback included, is passed through ``redact``
(a server URL or connection string quoted by any library comes out without it).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .core.storage import redact

LOG_NAME = "bkk_relations.log"


class RedactingFormatter(logging.Formatter):
    """A formatter whose every line has passwords taken out."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(folder: Path | None, *, verbose: bool = False) -> Path | None:
    """Send log records to ``folder/logs/bkk_relations.log`` (1 MB x 5 files); return the
    file's path (None when the folder cannot be written)."""
    root = logging.getLogger("bkk_relations")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    fmt = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    path = None
    if folder is not None:
        try:
            logs = folder / "logs"
            logs.mkdir(parents=True, exist_ok=True)
            path = logs / LOG_NAME
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
            handler.setFormatter(fmt)
            root.addHandler(handler)
        except OSError:
            path = None
    if verbose:
        console = logging.StreamHandler()
        console.setFormatter(fmt)
        root.addHandler(console)
    return path


def log_file() -> Path | None:
    """The file the app is logging to now (to name it in error messages), if any."""
    for handler in logging.getLogger("bkk_relations").handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
