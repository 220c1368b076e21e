"""Files attached to records: stored once by content, names that cannot escape the folder,
missing files reported."""

from __future__ import annotations

import pytest

from bkk_relations.core import attachments
from bkk_relations.core.errors import CoreError
from bkk_relations.core.models import Partner
from bkk_relations.core.repository import Repository


@pytest.fixture
def frepo(file_db):
    return Repository(file_db, user="tester")


@pytest.fixture
def partner(frepo):
    return frepo.create(Partner(name_en="Seoul", country="KR"))


def test_attach_copies_the_file_named_by_its_hash(frepo, partner, tmp_path):
    scan = tmp_path / "signed MOU.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    att = attachments.attach(frepo, "partner", partner.id, scan)
    stored = attachments.file_of(frepo.db, att)
    assert stored.read_bytes() == b"%PDF-1.4 signed"
    assert stored.name == att.sha256 and att.size == 15
    assert att.original_name == "signed MOU.pdf" and att.mime_type == "application/pdf"
    assert stored.parent.parent == attachments.store_dir(frepo.db)
    assert [a.id for a in attachments.list_for(frepo.conn, "partner", partner.id)] == [att.id]
    assert frepo.history(Partner, partner.id)[-1].action == "attach"


def test_the_same_file_twice_is_stored_once(frepo, partner, tmp_path):
    a, b = tmp_path / "a.jpg", tmp_path / "b.jpg"
    a.write_bytes(b"photo")
    b.write_bytes(b"photo")
    first = attachments.attach(frepo, "partner", partner.id, a)
    second = attachments.attach(frepo, "partner", partner.id, b)
    assert first.sha256 == second.sha256
    blobs = [p for p in attachments.store_dir(frepo.db).rglob("*") if p.is_file()]
    assert len(blobs) == 1
    attachments.remove(frepo, first.id)
    assert attachments.file_of(frepo.db, second).exists()  # still used by the other
    attachments.remove(frepo, second.id)
    assert not [p for p in attachments.store_dir(frepo.db).rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", ["../../etc/passwd", "/abs/path/report.docx",
                                  "..\\..\\win.ini", "a\x00b\x07.txt", "..", ""])
def test_names_cannot_escape_the_folder(frepo, partner, tmp_path, name):
    src = tmp_path / "x.txt"
    src.write_text("x")
    att = attachments.attach(frepo, "partner", partner.id, src, name=name)
    assert "/" not in att.original_name and "\\" not in att.original_name
    assert att.original_name not in ("", ".", "..")
    out = tmp_path / "out"
    out.mkdir()
    copied = attachments.copy_out(frepo.db, att, out)
    assert copied.parent == out


def test_a_tampered_hash_is_refused(frepo, partner, tmp_path):
    src = tmp_path / "x.txt"
    src.write_text("x")
    att = attachments.attach(frepo, "partner", partner.id, src)
    frepo.conn.execute("UPDATE attachments SET sha256 = '../../../etc/passwd' WHERE id = ?",
                       (att.id,))
    with pytest.raises(CoreError, match="not a valid attachment"):
        attachments.file_of(frepo.db, attachments.get(frepo.conn, att.id))


def test_a_missing_file_is_reported_not_a_crash(frepo, partner, tmp_path):
    src = tmp_path / "report.pdf"
    src.write_bytes(b"r")
    att = attachments.attach(frepo, "partner", partner.id, src)
    attachments.file_of(frepo.db, att).unlink()
    with pytest.raises(attachments.AttachmentMissing, match="report.pdf"):
        attachments.file_of(frepo.db, att)
    assert [a.id for a in attachments.missing(frepo.db)] == [att.id]


def test_attaching_to_a_missing_record_or_file_explains(frepo, partner, tmp_path):
    with pytest.raises(CoreError):
        attachments.attach(frepo, "partner", 999, tmp_path)
    with pytest.raises(CoreError, match="not a file"):
        attachments.attach(frepo, "partner", partner.id, tmp_path / "nope.pdf")
