"""Backup copies made with SQLite's online backup API, and the rotation of automatic ones."""

import datetime as dt
import os
import sqlite3
import stat

import pytest

from bkk_relations.core.backups import backup
from bkk_relations.core.backups.backup import backup_to, keep_backup, list_backups, rotate
from bkk_relations.core.errors import CoreError
from bkk_relations.core.files import FileRefused
from bkk_relations.core.records import attachments
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database

START = dt.datetime(2026, 1, 1, 9, 0, 0)


def names(db_path) -> set[str]:
    return {b.path.name for b in list_backups(str(db_path))}


def damage(path, *, keep_header: bool = True) -> None:
    """Overwrite part of a file as a failing disk would (the first page kept or not)."""
    data = bytearray(path.read_bytes())
    start = len(data) // 2 if keep_header else 0
    data[start: start + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))


def break_an_index(path) -> None:
    """Make a database whose quick check passes but whose integrity check does not (an
    index that no longer matches its table), as a failing disk can leave it."""
    conn = sqlite3.connect(path, isolation_level=None)
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX partners_country ON partners "
                 "(region)' WHERE name = 'partners_country'")
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.close()


def test_backup_holds_every_record_and_opens(file_db, tmp_path, file_reg):
    repo = Repository(file_db)
    repo.create(Partner(name_en="Seoul", country="KR"))
    made = backup_to(file_reg, tmp_path / "copy.db")
    with Database.open(made.path) as copy:
        assert [p.name_en for p in Repository(copy).list(Partner).records] == ["Seoul"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.db", "register.db",
                                                          "register.db-shm", "register.db-wal"]


def test_backup_refuses_to_overwrite_the_open_database(file_db, db_path, file_reg):
    for target in (db_path, f"{db_path}-wal"):
        with pytest.raises(FileRefused):
            backup_to(file_reg, target, overwrite=True)
    assert sqlite3.connect(db_path).execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_backup_into_a_missing_folder_explains(file_db, tmp_path, file_reg):
    with pytest.raises(CoreError, match="does not exist"):
        backup_to(file_reg, tmp_path / "no" / "such" / "copy.db")


def test_a_backup_never_replaces_a_file_unless_asked(file_db, tmp_path, file_reg):
    report = tmp_path / "report.xlsx"
    report.write_bytes(b"last year's report")
    with pytest.raises(FileRefused, match="already exists"):
        backup_to(file_reg, report)
    assert report.read_bytes() == b"last year's report"
    backup_to(file_reg, report, overwrite=True)
    assert backup.verify_database(report) > 0


def test_replacing_another_database_keeps_a_copy_of_it_first(file_db, tmp_path, file_reg):
    other = tmp_path / "other.db"
    with Database.create(other) as db:
        Repository(db).create(Partner(name_en="Only in the other file", country="JP"))
    with pytest.raises(FileRefused):
        backup_to(file_reg, other)
    made = backup_to(file_reg, other, overwrite=True)
    assert made.kept is not None and made.kept.name.startswith("other.before-backup-")
    with Database.open(made.kept) as old:
        assert Repository(old).list(Partner).records[0].name_en == "Only in the other file"


def test_a_name_of_a_working_file_is_refused_and_nothing_is_left(file_db, tmp_path, file_reg):
    before = set(tmp_path.iterdir())
    with pytest.raises(FileRefused, match="working file"):
        backup_to(file_reg, tmp_path / "copy.db-wal")
    assert set(tmp_path.iterdir()) == before


def test_rotation_keeps_newest_per_day_and_week(file_db, file_reg):
    for day in range(40):
        for hour in (0, 5):
            rotate(file_reg, daily=3, weekly=2, now=START + dt.timedelta(days=day, hours=hour))
    kept = list_backups(file_db.path)
    days = sorted({b.taken.date() for b in kept})
    # 3 days and 2 weeks, the days overlapping the newest week, and the backup before the
    # newest (the same day here)
    assert len(kept) <= 6
    assert kept[0].taken == START + dt.timedelta(days=39, hours=5)
    assert kept[1].taken == START + dt.timedelta(days=39)
    assert days[-3:] == [dt.date(2026, 2, d) for d in (7, 8, 9)]


def test_backup_now_is_never_rotated_away(file_db, file_reg):
    """Backup now, then the automatic backup on closing 33 seconds later, then weeks of
    automatic backups keeping one a day: the kept backup stays, as does the backup made
    when the session began."""
    session_start = rotate(file_reg, now=START).path
    kept = keep_backup(file_reg, now=START + dt.timedelta(minutes=10)).path
    rotate(file_reg, now=START + dt.timedelta(minutes=10, seconds=33))
    assert {session_start.name, kept.name} <= names(file_db.path)
    for day in range(1, 30):
        rotate(file_reg, daily=1, weekly=0, now=START + dt.timedelta(days=day))
    assert kept.exists() and kept.name.endswith("-manual.db")
    assert [b.path for b in list_backups(file_db.path) if b.manual] == [kept]


def test_two_backups_in_one_second_are_both_kept_in_order(file_db, file_reg):
    first = keep_backup(file_reg, now=START).path
    second = keep_backup(file_reg, now=START).path
    assert first != second and first.exists() and second.exists()
    third = rotate(file_reg, now=START).path
    fourth = rotate(file_reg, now=START).path
    assert [b.path for b in list_backups(file_db.path) if not b.manual] == [fourth, third]


@pytest.mark.parametrize(("daily", "weekly"), [(0, 0), (-1, 4), (7, -1), (61, 4)])
def test_rotation_refuses_counts_that_would_keep_nothing(file_db, daily, weekly, file_reg):
    earlier = rotate(file_reg, now=START).path
    with pytest.raises(CoreError, match="between"):
        rotate(file_reg, daily=daily, weekly=weekly, now=START + dt.timedelta(days=1))
    assert names(file_db.path) == {earlier.name}


def test_the_new_backup_is_checked_before_anything_older_is_removed(file_db, db_path, file_reg):
    Repository(file_db).create(Partner(name_en="Seoul", country="KR"))
    older = [rotate(file_reg, now=START + dt.timedelta(days=d)).path for d in range(3)]
    file_db.close()
    break_an_index(db_path)  # passes the quick check: only the integrity check sees it
    with Database.open(db_path) as damaged:
        with pytest.raises(backup.BackupDamaged, match="did not pass its check"):
            rotate(Register(damaged), daily=1, weekly=0, now=START + dt.timedelta(days=9))
    assert names(db_path) == {p.name for p in older}
    assert not [p for p in backup.backup_dir(str(db_path)).iterdir() if p.name.startswith(".~")]


def test_a_damaged_backup_is_moved_aside_and_not_counted(file_db, file_reg):
    day1 = rotate(file_reg, now=START).path
    day2 = rotate(file_reg, now=START + dt.timedelta(days=1)).path
    damage(day2)
    made = rotate(file_reg, daily=2, weekly=0, now=START + dt.timedelta(days=2))
    folder = backup.backup_dir(file_db.path)
    assert [d.name for d in made.damaged] == [day2.name]
    assert made.damaged[0].moved_to == folder / "damaged" / day2.name
    assert made.damaged[0].moved_to.exists()
    assert names(file_db.path) == {day1.name, made.path.name}  # day 1 kept in its place


def test_a_stray_file_is_never_the_newest_backup(file_db, file_reg):
    """A file that only looks like the newest backup (here a name from the future) is moved
    aside; the backup just made is never removed."""
    good = rotate(file_reg, now=START).path
    stray = good.with_name("register-20991231-235959.db")
    stray.write_bytes(b"not a database")
    made = rotate(file_reg, daily=1, weekly=0, now=START + dt.timedelta(days=1))
    assert made.path.exists() and good.exists()
    assert [d.name for d in made.damaged] == [stray.name]
    assert not stray.exists()


def test_a_backup_is_checked_once_until_it_changes(file_db, monkeypatch, file_reg):
    """The integrity check reads a whole file (seconds for a large register): a backup
    checked when it was written is not read again, but one changed since is."""
    from bkk_relations.core.backups import verify as backup_verify

    first = rotate(file_reg, now=START).path
    calls = []
    original = backup_verify.verify_database
    monkeypatch.setattr(backup_verify, "verify_database",
                        lambda p, **k: calls.append(p) or original(p, **k))
    rotate(file_reg, now=START + dt.timedelta(days=1))
    assert calls == []
    os.utime(first, ns=(0, 0))  # copied over, touched: no longer what was checked
    rotate(file_reg, now=START + dt.timedelta(days=2))
    assert calls == [first]


def test_backups_get_the_users_permissions(file_db, tmp_path, file_reg):
    repo = Repository(file_db)
    p = repo.create(Partner(name_en="Seoul", country="KR"))
    src = tmp_path / "mou.pdf"
    src.write_bytes(b"scan")
    att = attachments.attach(Register(repo.db, user=repo.user), "partner", p.id, src)
    old = os.umask(0o002)  # a shared office folder: the group may read and write
    try:
        made = rotate(file_reg)
        copy = backup_to(file_reg, tmp_path / "copy.db").path
    finally:
        os.umask(old)
    blob = made.path.parent / "attachments" / att.sha256[:2] / att.sha256
    for path in (made.path, copy, blob):
        assert stat.S_IMODE(path.stat().st_mode) == 0o664, path


def test_backups_include_attachments(file_db, tmp_path, file_reg):
    repo = Repository(file_db)
    p = repo.create(Partner(name_en="Seoul", country="KR"))
    src = tmp_path / "mou.pdf"
    src.write_bytes(b"scan")
    att = attachments.attach(Register(repo.db, user=repo.user), "partner", p.id, src)
    made = rotate(file_reg)
    assert (made.path.parent / "attachments" / att.sha256[:2] / att.sha256).read_bytes() == b"scan"


def test_an_attachment_whose_content_changed_is_not_backed_up_under_its_name(file_db, tmp_path,
                                                                          file_reg):
    repo = Repository(file_db)
    p = repo.create(Partner(name_en="Seoul", country="KR"))
    src = tmp_path / "mou.pdf"
    src.write_bytes(b"scan")
    att = attachments.attach(Register(repo.db, user=repo.user), "partner", p.id, src)
    attachments.file_of(file_reg, att).write_bytes(b"overwritten by another program")
    made = rotate(file_reg)
    assert made.attachments_skipped == [att.sha256]
    assert not (made.path.parent / "attachments" / att.sha256[:2] / att.sha256).exists()


def test_leftovers_of_a_cut_off_backup_are_cleared(file_db, file_reg):
    first = rotate(file_reg, now=START).path
    old_tmp = first.parent / ".~cutoff.db"
    old_tmp.write_bytes(b"half a backup")
    os.utime(old_tmp, (0, 0))
    fresh_tmp = first.parent / ".~running.db"  # another instance's backup under way
    fresh_tmp.write_bytes(b"being written")
    rotate(file_reg, now=START + dt.timedelta(days=1))
    assert not old_tmp.exists() and fresh_tmp.exists()
