"""Checking backups: a backup database is sound (ours, complete for its schema version,
passing SQLite's integrity check), and a backup's attachments folder holds nothing but
attachment files. Also the record of which backups were checked, and the moving aside of a
damaged one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

from .. import files
from ..errors import BackupDamaged, CoreError
from ..storage import sqlite_store
from ..storage.database import inspect_file

log = logging.getLogger(__name__)
SHA = re.compile(r"[0-9a-f]{64}")
PREFIX = re.compile(r"[0-9a-f]{2}")
VERIFIED = ".verified"  # in the backups folder: the backups already checked, by size and time
DAMAGED = "damaged"  # the sub-folder damaged backups are moved into


def verify_database(path: str | os.PathLike[str], *, name: str | None = None) -> int:
    """Check that ``path`` is a complete bkk_relations database passing SQLite's integrity
    check; return its schema version, or raise CoreError saying what is wrong (calling the
    file ``name`` when given). Reads only, through SQLite (a file in a read-only folder is
    read as immutable)."""
    p = Path(path)
    try:
        version = inspect_file(p)  # ours, not newer, every table of its version — or an error
    except CoreError as exc:
        if name is None:
            raise
        if not exc.code:
            raise BackupDamaged(str(exc).replace(str(p), name)) from exc
        named = {k: name if v == str(p) else v for k, v in exc.params.items()}
        raise BackupDamaged(None, code=exc.code, **named) from exc
    label = name or str(p)
    if version == 0:
        raise BackupDamaged(code="backup.empty", file=label)
    try:
        conn = sqlite_store.connect_readonly(p)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupDamaged(code="backup.damaged", file=label, detail=str(exc)) from exc
    if result != ["ok"]:
        raise BackupDamaged(code="backup.damaged", file=label, detail=result[0])
    return version


def referenced_blobs(path: Path) -> dict[str, str]:
    """The attachment files a database refers to: SHA-256 → one original name."""
    conn = sqlite_store.connect_readonly(path)
    try:
        return {sha: name for sha, name in conn.execute(
            "SELECT sha256, min(original_name) FROM attachments GROUP BY sha256")}
    finally:
        conn.close()


def attachment_files(folder: Path) -> dict[str, Path]:
    """The files of a backup's attachments folder by SHA-256, after checking that it holds
    only regular files named by their SHA-256 in two-letter folders: no links, no other
    folders or files (leftovers of an interrupted copy, named ``.…``, are passed over).
    Raises CoreError naming the first thing that does not belong."""
    found: dict[str, Path] = {}
    if not os.path.lexists(folder):
        return found

    def refuse(entry: Path, what: str) -> CoreError:
        return BackupDamaged(f"The backup's attachments folder {folder} holds "
                             f"'{entry.relative_to(folder.parent)}', {what}; a backup holds "
                             "only attachment files there. Nothing was changed.")

    if folder.is_symlink() or not folder.is_dir():
        raise BackupDamaged(f"The backup's attachments folder {folder} is not a folder; "
                            "nothing was changed.")
    for sub in sorted(folder.iterdir()):
        mode = sub.lstat().st_mode
        if sub.name.startswith(".") and stat.S_ISREG(mode):
            continue
        if stat.S_ISLNK(mode):
            raise refuse(sub, "which is a link")
        if not stat.S_ISDIR(mode) or not PREFIX.fullmatch(sub.name):
            raise refuse(sub, "which is not an attachment folder")
        for entry in sorted(sub.iterdir()):
            mode = entry.lstat().st_mode
            if entry.name.startswith(".") and stat.S_ISREG(mode):
                continue
            if stat.S_ISLNK(mode):
                raise refuse(entry, "which is a link")
            if not stat.S_ISREG(mode):
                raise refuse(entry, "which is a folder, not a file")
            if not SHA.fullmatch(entry.name) or entry.name[:2] != sub.name:
                raise refuse(entry, "which is not named as an attachment file")
            found[entry.name] = entry
    return found


def copy_blob(source: Path, sha: str, folder: Path) -> Path:
    """Copy an attachment file into ``folder`` under a temporary name, checking on the way
    that its content still has the SHA-256 it is named by; return the temporary file (the
    caller moves it into place). The copy gets the permissions of any new file."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    tmp = Path(name)
    try:
        digest = hashlib.sha256()
        with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != sha:
            raise BackupDamaged(f"The attachment file {source} does not hold what it held "
                                "when it was attached (its content changed).")
        os.chmod(tmp, files.new_file_mode())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


# -- the record of checked backups ------------------------------------------------------------
# A full integrity check reads the whole file (about 11 s for 100,000 partners), so each
# backup is checked once and remembered by name, size and modification time: a file changed
# since (overwritten, truncated, copied over) is checked again before it is relied on.

def _load(folder: Path) -> dict[str, list[int]]:
    try:
        data = json.loads((folder / VERIFIED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _signature(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def remember_verified(path: Path) -> None:
    folder = path.parent
    data = {k: v for k, v in _load(folder).items() if (folder / k).is_file()}
    data[path.name] = _signature(path)
    try:
        with files.replacing(folder / VERIFIED) as tmp:
            tmp.write_text(json.dumps(data, indent=0, sort_keys=True), encoding="utf-8")
    except (OSError, CoreError) as exc:  # only costs a second check later
        log.warning("could not record the checked backups in %s: %s", folder, exc)


def problem_with(path: Path) -> str | None:
    """None when the backup is sound (checked now, or earlier and unchanged since); else
    what is wrong with it."""
    try:
        if _load(path.parent).get(path.name) == _signature(path):
            return None
        verify_database(path)
    except (CoreError, OSError) as exc:
        return str(exc)
    remember_verified(path)
    return None


def move_aside(path: Path) -> Path:
    """Move a damaged backup into the ``damaged`` folder beside it (never deleted: it may
    still hold what someone needs); return where it went."""
    folder = path.parent / DAMAGED
    folder.mkdir(exist_ok=True)
    target, n = folder / path.name, 1
    while os.path.lexists(target):
        n += 1
        target = folder / f"{path.stem}-{n}{path.suffix}"
    shutil.move(path, target)
    for suffix in sqlite_store.SIDE_SUFFIXES:
        side = Path(f"{path}{suffix}")
        with contextlib.suppress(OSError):
            if side.is_file():
                shutil.move(side, Path(f"{target}{suffix}"))
    log.warning("damaged backup moved to %s", target)
    return target
