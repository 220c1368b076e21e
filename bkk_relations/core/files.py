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

from .errors import CoreError
from .storage import sqlite_store

SQLITE_HEADER = b"SQLite format 3\x00"


class FileRefused(CoreError):
    """A file named by the user cannot be used for what was asked; nothing was changed."""


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
    try:
        st = p.stat()
    except FileNotFoundError:
        raise FileRefused(f"{p} does not exist.") from None
    except OSError as exc:
        raise FileRefused(f"{p} cannot be read: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise FileRefused(f"{p} is a folder; choose a {what}.")
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
        raise FileRefused(f"{p} is not a regular file; choose a {what}.")
    if sqlite_store.holds(p):
        raise FileRefused(f"{p} is the database this app has open; it cannot be used as a "
                          f"{what}.")
    return p


def output_file(path: str | os.PathLike[str], *, replace_database: bool = False) -> Path:
    """A file the user asked the app to write. Refused: a folder, a missing folder, a device
    or FIFO, a database's side file, the open database, and (unless ``replace_database``)
    any existing SQLite database."""
    p = Path(path)
    if p.name == "" or p.is_dir():
        raise FileRefused(f"{p} is a folder; choose a file name.")
    if not p.parent.is_dir():
        raise FileRefused(f"The folder {p.parent} does not exist.")
    if sqlite_store.main_file(p) != p:
        raise FileRefused(f"{p.name} is the name of a database's working file (-wal, -shm, "
                          "-journal); choose another file name.")
    if sqlite_store.holds(p):
        raise FileRefused(f"{p} is the database this app has open; choose another file name.")
    if p.exists():
        if not p.is_file():
            raise FileRefused(f"{p} is not a regular file; choose another file name.")
        if not replace_database and is_database(p):
            raise FileRefused(f"{p} is a database; it will not be overwritten. Choose another "
                              "file name.")
        if not os.access(p, os.W_OK):
            raise FileRefused(f"{p} is read-only; choose another file name.")
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
        raise FileRefused(f"Cannot write in the folder {target.parent}: "
                          f"{exc.strerror or exc}.") from exc
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
