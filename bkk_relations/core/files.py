"""Files the user names, checked before anything touches them.

Two rules hold for every file the app reads or writes besides its own database connections:

- a database this process has open through SQLite (or its ``-wal``/``-shm``/``-journal``) is
  never opened any other way: closing that other descriptor would drop SQLite's locks and let
  another process delete the WAL under the open connection (``sqlite_store.holds``);
- nothing the user saves (exports, reports, pictures, backups, attachments copied out)
  replaces a database, and every such file is written beside its target first and moved into
  place only when complete, with the permissions the user's umask gives any new file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import FileRefused
from .messages import Msg
from .storage import sqlite_store

__all__ = ["FileRefused", "input_file", "is_database", "new_file_mode", "output_file",
           "replacing"]

SQLITE_HEADER = b"SQLite format 3\x00"
# What the user was asked to choose, as a sentence names it ("choose a spreadsheet").
_WHAT = {"file": "term.file", "spreadsheet": "term.spreadsheet",
         "mapping file": "term.mapping_file", "backup": "term.backup",
         "file to attach": "term.file_to_attach"}


def _umask() -> int:
    # os.umask can only be read by setting it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The permissions a new file gets from this user's umask (0644 with the usual 022)."""
    return 0o666 & ~_umask()


def is_database(path: str | os.PathLike[str]) -> bool:
    """True for a file this process holds through SQLite, or any file that starts as an
    SQLite database does (a register, a backup, another program's database)."""
    p = Path(path)
    if sqlite_store.holds(p):
        return True
    try:
        if not p.is_file():
            return False
        with p.open("rb") as fh:  # safe: this process holds no SQLite connection to it
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def input_file(path: str | os.PathLike[str], *, what: str = "file") -> Path:
    """A file the user asked the app to read (a spreadsheet to import, a file to attach, a
    mapping): it must be a regular file, and not a database this process has open."""
    p = Path(path)
    choose = Msg(_WHAT.get(what, what))
    try:
        st = p.stat()
    except FileNotFoundError:
        raise FileRefused(code="file.missing", path=str(p)) from None
    except OSError as exc:
        raise FileRefused(code="file.unreadable", path=str(p),
                          detail=str(exc.strerror or exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise FileRefused(code="file.folder_not_file", path=str(p), what=choose)
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
        raise FileRefused(code="file.not_regular", path=str(p), what=choose)
    if sqlite_store.holds(p):
        raise FileRefused(code="file.open_database_input", path=str(p), what=choose)
    return p


def output_file(path: str | os.PathLike[str], *, replace_database: bool = False) -> Path:
    """A file the user asked the app to write. Refused: a folder, a missing folder, a device
    or FIFO, a database's side file, the open database, and (unless ``replace_database``)
    any existing SQLite database."""
    p = Path(path)
    if p.name == "" or p.is_dir():
        raise FileRefused(code="file.folder_not_name", path=str(p))
    if not p.parent.is_dir():
        raise FileRefused(code="file.no_folder", folder=str(p.parent))
    if sqlite_store.main_file(p) != p:
        raise FileRefused(code="file.working_file", name=p.name)
    if sqlite_store.holds(p):
        raise FileRefused(code="file.open_database_output", path=str(p))
    if p.exists():
        if not p.is_file():
            raise FileRefused(code="file.not_regular_output", path=str(p))
        if not replace_database and is_database(p):
            raise FileRefused(code="file.is_database", path=str(p))
        if not os.access(p, os.W_OK):
            raise FileRefused(code="file.read_only", path=str(p))
    return p


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str], *, replace_database: bool = False
              ) -> Iterator[Path]:
    """Write a file in one piece: the block writes the temporary path it is given (in the
    target's folder); only when it ends without error does that file take the target's
    name, with the permissions any new file of this user gets. On error the target is as it
    was and no temporary file is left."""
    target = output_file(path, replace_database=replace_database)
    try:
        fd, name = tempfile.mkstemp(prefix=".~", suffix=target.suffix, dir=target.parent)
    except OSError as exc:
        raise FileRefused(code="file.cannot_write", folder=str(target.parent),
                          detail=str(exc.strerror or exc)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, new_file_mode())  # mkstemp makes 0600: colleagues could not open it
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
