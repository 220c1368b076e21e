"""Files attached to records (signed MOU scans, reports, photos).

Files are copied into a folder beside the database, named by their SHA-256, so the same file
attached twice is stored once and no name a user supplies ever becomes a path. The original
name, size and type are kept in the ``attachments`` table.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import shutil
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import audit, files
from .database import Database
from .dates import now_iso
from .errors import CoreError, NotFoundError
from .models import SPECS
from .repository import Repository
from .storage.sqlite_store import beside_file

_SHA = re.compile(r"^[0-9a-f]{64}$")


class AttachmentMissing(CoreError):
    """The attachment is recorded but its file is not in the attachments folder."""


@dataclass(frozen=True)
class Attachment:
    id: int
    entity: str
    record_id: int
    sha256: str
    original_name: str
    size: int
    mime_type: str | None
    added_at: str
    added_by: str


def store_dir(db: Database | str) -> Path:
    """The managed folder of a database's files: ``NAME.attachments/`` beside a database
    file; for a server, which keeps no files, the shared folder named in its settings."""
    if isinstance(db, str):
        return beside_file(db)
    return db.dialect.attachment_store(db)


def safe_name(name: str) -> str:
    """A file name fit to show and to save under: no folders, no control characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in unicodedata.normalize("NFC", base)
                   if unicodedata.category(c)[0] != "C")
    base = base.strip().strip(".") or "file"
    return base[:180]


def _hash(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def blob_path(store: Path, sha: str) -> Path:
    if not _SHA.match(sha or ""):  # a tampered row must not lead outside the folder
        raise CoreError(f"'{sha}' is not a valid attachment reference.")
    return store / sha[:2] / sha


def attach(repo: Repository, entity: str, record_id: int, source: str | os.PathLike[str],
           *, name: str | None = None) -> Attachment:
    """Copy ``source`` into the attachments folder and link it to a record."""
    spec = SPECS.get(entity)
    if spec is None:
        raise CoreError(f"'{entity}' is not a kind of record.")
    repo.get(spec.cls, record_id)
    try:
        src = files.input_file(source, what="file to attach")
    except files.FileRefused as exc:
        raise CoreError(f"This is not a file that can be attached: {exc}") from None
    try:
        sha, size = _hash(src)
        store = store_dir(repo.db)
        target = blob_path(store, sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            os.close(fd)
            shutil.copyfile(src, tmp)
            os.chmod(tmp, files.new_file_mode())  # colleagues on a shared folder read it too
            os.replace(tmp, target)
    except OSError as exc:
        raise CoreError(f"{src.name} could not be attached: {exc.strerror or exc}.") from exc
    original = safe_name(name or src.name)
    mime = mimetypes.guess_type(original)[0]
    with repo.db.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO attachments (entity, record_id, sha256, original_name, size, mime_type, "
            "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (entity, record_id, sha, original, size, mime, now_iso(), repo.user))
        attachment_id = cur.fetchone()[0]
        audit.write(conn, user=repo.user, action="attach", entity=entity, record_id=record_id,
                    changes={"attachment": [None, original]})
    return get(repo.conn, attachment_id)


def _row(row: sqlite3.Row) -> Attachment:
    return Attachment(*(row[k] for k in ("id", "entity", "record_id", "sha256", "original_name",
                                          "size", "mime_type", "added_at", "added_by")))


def get(conn: sqlite3.Connection, attachment_id: int) -> Attachment:
    row = conn.execute("SELECT * FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no attachment with id {attachment_id}.")
    return _row(row)


def list_for(conn: sqlite3.Connection, entity: str, record_id: int) -> list[Attachment]:
    return [_row(r) for r in conn.execute(
        "SELECT * FROM attachments WHERE entity = ? AND record_id = ? ORDER BY added_at, id",
        (entity, record_id))]


def file_of(db: Database, attachment: Attachment) -> Path:
    """The stored file; AttachmentMissing when it is gone (moved or deleted by hand)."""
    path = blob_path(store_dir(db), attachment.sha256)
    if not path.is_file():
        raise AttachmentMissing(
            f"The file of '{attachment.original_name}' is missing from {path.parent.parent}; "
            "restore it from a backup or attach it again.")
    return path


def copy_out(db: Database, attachment: Attachment, folder: str | os.PathLike[str]) -> Path:
    """Copy an attachment under its original name into ``folder`` (to open or save it)."""
    dest = Path(folder) / safe_name(attachment.original_name)
    try:
        with files.replacing(dest) as tmp:
            shutil.copyfile(file_of(db, attachment), tmp)
    except OSError as exc:
        raise CoreError(f"{dest} could not be written: {exc.strerror or exc}.") from exc
    return dest


def remove(repo: Repository, attachment_id: int) -> None:
    """Unlink an attachment; its file is deleted when no other record uses it."""
    att = get(repo.conn, attachment_id)
    with repo.db.transaction() as conn:
        conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        audit.write(conn, user=repo.user, action="detach", entity=att.entity,
                    record_id=att.record_id, changes={"attachment": [att.original_name, None]})
        still_used = conn.execute("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1",
                                  (att.sha256,)).fetchone()
    if not still_used:
        blob_path(store_dir(repo.db), att.sha256).unlink(missing_ok=True)


def missing(db: Database) -> list[Attachment]:
    """Attachments whose file is not in the folder (for `check`)."""
    store = store_dir(db)
    return [a for a in (_row(r) for r in db.conn.execute("SELECT * FROM attachments"))
            if not blob_path(store, a.sha256).is_file()]
