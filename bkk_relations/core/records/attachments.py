"""Files attached to records (signed MOU scans, reports, photos).

Files are copied into a folder beside the database, named by their SHA-256, so the same file
attached twice is stored once and no name a user supplies ever becomes a path. The original
name, size and type are kept in the ``attachments`` table.
"""

from __future__ import annotations

import errno
import hashlib
import mimetypes
import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import files
from ..dates import now_iso
from ..errors import AttachmentMissing, CoreError, NotFoundError
from ..storage.protocols import Row
from ..storage.sqlite_store import beside_file
from . import audit
from .models import SPECS

if TYPE_CHECKING:
    from ..register import Register

_SHA = re.compile(r"^[0-9a-f]{64}$")


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


def store_dir(reg: Register | str) -> Path:
    """The managed folder of a database's files: ``NAME.attachments/`` beside a database
    file; for a server, which keeps no files, the shared folder named in its settings."""
    if isinstance(reg, str):
        return beside_file(reg)
    return reg.db.dialect.attachment_store(reg.db)


# Names Windows keeps for devices, with or without an extension ("nul.txt" is the device
# too), in any case; the superscript digits count as digits there.
_DEVICES = re.compile(r"^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])$",
                      re.IGNORECASE)
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
MAX_NAME_BYTES = 255  # per name on ext4, APFS and (in UTF-16 units, fewer) NTFS
_MAX_SUFFIX = 16  # longer "extensions" are part of the name (e.g. "report. final version")


def safe_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name any computer can save under (Windows and Linux): no folders, no control
    characters, none of ``<>:"/\\|?*``, not a Windows device name (``CON``, ``nul.txt``), no
    dot or space at the end, and at most ``max_bytes`` bytes in UTF-8; a shortened name
    keeps its extension and whole characters."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in unicodedata.normalize("NFC", base)
                   if unicodedata.category(c)[0] != "C")
    base = _FORBIDDEN.sub("_", base).strip(" .") or "file"
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem or len(suffix) > _MAX_SUFFIX or " " in suffix:
        stem, suffix = base, ""
    else:
        suffix = "." + suffix
    stem = stem.rstrip(" .")
    if _DEVICES.match(stem.split(".")[0].rstrip(" ")):
        stem = "_" + stem
    room = max(max_bytes - len(suffix.encode("utf-8")), 1)
    if len(stem.encode("utf-8")) > room:
        stem = _cut(stem, room).rstrip(" .") or "file"
    return stem + suffix


def _cut(text: str, max_bytes: int) -> str:
    """The longest start of ``text`` within ``max_bytes`` UTF-8 bytes that does not split a
    character from the marks written over it (Thai vowels and tone marks)."""
    out = text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")
    while out and len(out) < len(text) and unicodedata.category(text[len(out)])[0] == "M":
        out = out[:-1]
    return out


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


def attach(reg: Register, entity: str, record_id: int, source: str | os.PathLike[str],
           *, name: str | None = None) -> Attachment:
    """Copy ``source`` into the attachments folder and link it to a record."""
    spec = SPECS.get(entity)
    if spec is None:
        raise CoreError(f"'{entity}' is not a kind of record.")
    reg.records.get(spec.cls, record_id)
    try:
        src = files.input_file(source, what="file to attach")
    except files.FileRefused as exc:
        raise CoreError(f"This is not a file that can be attached: {exc}") from None
    try:
        sha, size = _hash(src)
        store = store_dir(reg)
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
    with reg.db.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO attachments (entity, record_id, sha256, original_name, size, mime_type, "
            "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (entity, record_id, sha, original, size, mime, now_iso(), reg.user))
        attachment_id = cur.fetchone()[0]
        audit.write(conn, user=reg.user, action="attach", entity=entity, record_id=record_id,
                    changes={"attachment": [None, original]})
    return get(reg, attachment_id)


def _row(row: Row) -> Attachment:
    return Attachment(*(row[k] for k in ("id", "entity", "record_id", "sha256", "original_name",
                                          "size", "mime_type", "added_at", "added_by")))


def get(reg: Register, attachment_id: int) -> Attachment:
    conn = reg.conn
    row = conn.execute("SELECT * FROM attachments WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"There is no attachment with id {attachment_id}.")
    return _row(row)


def list_for(reg: Register, entity: str, record_id: int) -> list[Attachment]:
    conn = reg.conn
    return [_row(r) for r in conn.execute(
        "SELECT * FROM attachments WHERE entity = ? AND record_id = ? ORDER BY added_at, id",
        (entity, record_id))]


def file_of(reg: Register, attachment: Attachment) -> Path:
    """The stored file; AttachmentMissing when it is gone (moved or deleted by hand)."""
    path = blob_path(store_dir(reg), attachment.sha256)
    if not path.is_file():
        raise AttachmentMissing(
            f"The file of '{attachment.original_name}' is missing from {path.parent.parent}; "
            "restore it from a backup or attach it again.")
    return path


def copy_out(reg: Register, attachment: Attachment, folder: str | os.PathLike[str]) -> Path:
    """Copy an attachment under its original name into ``folder`` (to open or save it), with
    the permissions any new file of this user gets. A name the folder's file system refuses
    (too long for a deep folder on Windows, a stricter file system) is shortened, down to
    ``attachment-ID.ext``, so the copy is always made."""
    source = file_of(reg, attachment)
    name = safe_name(attachment.original_name)
    suffix = Path(name).suffix if len(Path(name).suffix) <= _MAX_SUFFIX else ""
    tries = list(dict.fromkeys([name, safe_name(name, 120), safe_name(name, 60),
                                f"attachment-{attachment.id}{suffix}"]))
    for candidate in tries:
        dest = Path(folder) / candidate
        try:
            with files.replacing(dest) as tmp:
                shutil.copyfile(source, tmp)
        except OSError as exc:
            if candidate != tries[-1] and _name_refused(exc):
                continue
            raise CoreError(f"{dest} could not be written: {exc.strerror or exc}.") from exc
        return dest
    raise CoreError(f"No copy of '{name}' could be written in {folder}.")


def _name_refused(exc: OSError) -> bool:
    """The file system would not take the name (as opposed to a full disk or no access)."""
    return (exc.errno in (errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ, errno.ENOENT)
            or getattr(exc, "winerror", None) in (3, 123, 206))


def remove(reg: Register, attachment_id: int) -> None:
    """Unlink an attachment; its file is deleted when no other record uses it."""
    att = get(reg, attachment_id)
    with reg.db.transaction() as conn:
        conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        audit.write(conn, user=reg.user, action="detach", entity=att.entity,
                    record_id=att.record_id, changes={"attachment": [att.original_name, None]})
        still_used = conn.execute("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1",
                                  (att.sha256,)).fetchone()
    if not still_used:
        blob_path(store_dir(reg), att.sha256).unlink(missing_ok=True)


def missing(reg: Register) -> list[Attachment]:
    """Attachments whose file is not in the folder (for `check`)."""
    store = store_dir(reg)
    return [a for a in (_row(r) for r in reg.conn.execute("SELECT * FROM attachments"))
            if not blob_path(store, a.sha256).is_file()]
