"""Files attached to records: stored once by content, names that cannot escape the folder,
missing files reported."""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from pathlib import Path

import pytest

from bkk_relations.core import files
from bkk_relations.core.errors import CoreError
from bkk_relations.core.records import attachments
from bkk_relations.core.records.models import Partner
from bkk_relations.core.register import Register


@pytest.fixture
def freg(file_db):
    return Register(file_db, user="tester")


@pytest.fixture
def frepo(freg):
    return freg.records


@pytest.fixture
def partner(frepo):
    return frepo.create(Partner(name_en="Seoul", country="KR"))


def test_attach_copies_the_file_named_by_its_hash(frepo, partner, tmp_path, freg):
    scan = tmp_path / "signed MOU.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    att = attachments.attach(freg, "partner", partner.id, scan)
    stored = attachments.file_of(freg, att)
    assert stored.read_bytes() == b"%PDF-1.4 signed"
    assert stored.name == att.sha256 and att.size == 15
    assert att.original_name == "signed MOU.pdf" and att.mime_type == "application/pdf"
    assert stored.parent.parent == attachments.store_dir(freg)
    assert [a.id for a in attachments.list_for(freg, "partner", partner.id)] == [att.id]
    assert frepo.history(Partner, partner.id)[-1].action == "attach"


def test_the_same_file_twice_is_stored_once(frepo, partner, tmp_path, freg):
    a, b = tmp_path / "a.jpg", tmp_path / "b.jpg"
    a.write_bytes(b"photo")
    b.write_bytes(b"photo")
    first = attachments.attach(freg, "partner", partner.id, a)
    second = attachments.attach(freg, "partner", partner.id, b)
    assert first.sha256 == second.sha256
    blobs = [p for p in attachments.store_dir(freg).rglob("*") if p.is_file()]
    assert len(blobs) == 1
    attachments.remove(freg, first.id)
    assert attachments.file_of(freg, second).exists()  # still used by the other
    attachments.remove(freg, second.id)
    assert not [p for p in attachments.store_dir(freg).rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", ["../../etc/passwd", "/abs/path/report.docx",
                                  "..\\..\\win.ini", "a\x00b\x07.txt", "..", ""])
def test_names_cannot_escape_the_folder(frepo, partner, tmp_path, name, freg):
    src = tmp_path / "x.txt"
    src.write_text("x")
    att = attachments.attach(freg, "partner", partner.id, src, name=name)
    assert "/" not in att.original_name and "\\" not in att.original_name
    assert att.original_name not in ("", ".", "..")
    out = tmp_path / "out"
    out.mkdir()
    copied = attachments.copy_out(freg, att, out)
    assert copied.parent == out


def test_a_tampered_hash_is_refused(frepo, partner, tmp_path, freg):
    src = tmp_path / "x.txt"
    src.write_text("x")
    att = attachments.attach(freg, "partner", partner.id, src)
    frepo.conn.execute("UPDATE attachments SET sha256 = '../../../etc/passwd' WHERE id = ?",
                       (att.id,))
    with pytest.raises(CoreError, match="not a valid attachment"):
        attachments.file_of(freg, attachments.get(freg, att.id))


def test_a_missing_file_is_reported_not_a_crash(frepo, partner, tmp_path, freg):
    src = tmp_path / "report.pdf"
    src.write_bytes(b"r")
    att = attachments.attach(freg, "partner", partner.id, src)
    attachments.file_of(freg, att).unlink()
    with pytest.raises(attachments.AttachmentMissing, match="report.pdf"):
        attachments.file_of(freg, att)
    assert [a.id for a in attachments.missing(freg)] == [att.id]


def test_attaching_to_a_missing_record_or_file_explains(frepo, partner, tmp_path, freg):
    with pytest.raises(CoreError):
        attachments.attach(freg, "partner", 999, tmp_path)
    with pytest.raises(CoreError, match="nope.pdf does not exist"):
        attachments.attach(freg, "partner", partner.id, tmp_path / "nope.pdf")


_WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
            *(f"LPT{i}" for i in range(10))}


def _fit_for_any_computer(name: str) -> None:
    assert 0 < len(name.encode("utf-8")) <= 255
    assert not _WINDOWS_FORBIDDEN & set(name)
    assert not any(ord(c) < 32 or unicodedata.category(c)[0] == "C" for c in name)
    assert name[-1] not in ". " and name[0] not in " "
    assert name.split(".")[0].rstrip(" ").upper() not in _DEVICES


@pytest.mark.parametrize(("name", "expected"), [
    ("CON", "_CON"), ("nul", "_nul"), ("COM1.txt", "_COM1.txt"), ("lpt9.tar.gz", "_lpt9.tar.gz"),
    ("a.txt:stream", "a.txt_stream"), ('<>|?*"', "______"), ("report.pdf. . ", "report.pdf"),
    ("scan\x00\x1f.pdf", "scan.pdf"), ("C:\\Users\\somchai\\MOU.pdf", "MOU.pdf"),
    ("บันทึกความเข้าใจ.pdf", "บันทึกความเข้าใจ.pdf"), ("CONTRACT.pdf", "CONTRACT.pdf"),
])
def test_safe_name_gives_a_name_windows_and_linux_accept(name, expected):
    assert attachments.safe_name(name) == expected
    _fit_for_any_computer(attachments.safe_name(name))


def test_a_long_thai_name_is_shortened_to_whole_letters_keeping_its_extension():
    name = "บันทึกความเข้าใจว่าด้วยความร่วมมือ" * 7 + ".pdf"  # 238 characters, 710 bytes
    safe = attachments.safe_name(name)
    _fit_for_any_computer(safe)
    assert safe.endswith(".pdf") and name.startswith(safe[:-4])
    assert unicodedata.category(name[len(safe) - 4])[0] != "M"  # no vowel cut off its letter


def test_a_long_thai_name_can_be_attached_and_copied_out(frepo, partner, tmp_path, freg):
    src = tmp_path / "mou.pdf"
    src.write_bytes(b"%PDF")
    att = attachments.attach(freg, "partner", partner.id, src, name="ก" * 200 + ".pdf")
    assert len(att.original_name.encode("utf-8")) <= 255 and att.original_name.endswith(".pdf")
    out = tmp_path / "out"
    out.mkdir()
    assert attachments.copy_out(freg, att, out).read_bytes() == b"%PDF"


def test_a_name_stored_by_an_older_version_is_still_copied_out(frepo, partner, tmp_path, freg):
    src = tmp_path / "mou.pdf"
    src.write_bytes(b"%PDF")
    att = attachments.attach(freg, "partner", partner.id, src)
    frepo.conn.execute("UPDATE attachments SET original_name = ? WHERE id = ?",
                       ("ก" * 180 + ".pdf", att.id))  # 544 bytes: no file system takes it
    copied = attachments.copy_out(freg, attachments.get(freg, att.id), tmp_path)
    assert copied.read_bytes() == b"%PDF" and copied.suffix == ".pdf"
    _fit_for_any_computer(copied.name)


def test_copying_out_shortens_a_name_the_folder_refuses(frepo, partner, tmp_path, monkeypatch,
                                                        freg):
    src = tmp_path / "minutes.docx"
    src.write_bytes(b"minutes")
    att = attachments.attach(freg, "partner", partner.id, src, name="m" * 200 + ".docx")
    real_replace = os.replace

    def short_names_only(tmp, target):  # as a deep folder on Windows without long paths
        if len(Path(target).name) > 60:
            raise OSError(errno.ENAMETOOLONG, "File name too long")
        real_replace(tmp, target)

    monkeypatch.setattr(files.os, "replace", short_names_only)
    copied = attachments.copy_out(freg, att, tmp_path)
    assert copied.read_bytes() == b"minutes"
    assert copied.name.startswith("mmm") and copied.suffix == ".docx"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_stored_and_copied_out_files_get_the_users_permissions(frepo, partner, tmp_path, freg):
    src = tmp_path / "scan.pdf"
    src.write_bytes(b"%PDF scan")
    (tmp_path / "out").mkdir()
    old = os.umask(0o027)
    try:
        att = attachments.attach(freg, "partner", partner.id, src)
        copied = attachments.copy_out(freg, att, tmp_path / "out")
    finally:
        os.umask(old)
    assert stat.S_IMODE(attachments.file_of(freg, att).stat().st_mode) == 0o640
    assert stat.S_IMODE(copied.stat().st_mode) == 0o640
