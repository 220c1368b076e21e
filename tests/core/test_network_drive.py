"""A database file on a network drive is recognised (SQLite's locking is unreliable there),
so the window and the command line can warn."""

from __future__ import annotations

from pathlib import Path

from conftest import run_cli

from bkk_relations.core.storage import network_drive
from bkk_relations.core.storage.database import Database

MOUNTINFO = """\
22 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw
40 22 0:35 / /mnt/office rw,relatime shared:20 - cifs //fileserver/iao rw,vers=3.0
41 40 0:36 / /mnt/office/local\\040copy rw,relatime - ext4 /dev/vdb rw
42 22 0:37 / /home/somchai/nfs rw - nfs4 server:/export rw
"""


def test_the_mount_holding_a_file_gives_its_type():
    assert network_drive.mount_type("/mnt/office/register.db", MOUNTINFO) == "cifs"
    assert network_drive.mount_type("/mnt/office", MOUNTINFO) == "cifs"
    assert network_drive.mount_type("/home/somchai/nfs/a/b.db", MOUNTINFO) == "nfs4"
    assert network_drive.mount_type("/home/somchai/register.db", MOUNTINFO) == "ext4"
    # the longest mount point wins, with escaped spaces read back
    assert network_drive.mount_type("/mnt/office/local copy/r.db", MOUNTINFO) == "ext4"
    assert network_drive.mount_type("/mnt/officer/r.db", MOUNTINFO) == "ext4"


def test_a_local_file_is_not_on_a_network_drive(tmp_path: Path):
    with Database.create(tmp_path / "local.db") as db:
        assert db.network_drive is None


def test_the_command_line_warns_about_a_file_on_a_network_drive(tmp_path: Path, monkeypatch):
    path = tmp_path / "shared.db"
    Database.create(path).close()
    monkeypatch.setattr(network_drive, "network_drive", lambda p: "cifs")
    with Database.open(path) as db:
        assert db.network_drive == "cifs"
    # and in a process of its own, on a real local file: no warning
    result = run_cli("stats", "--db", path)
    assert result.returncode == 0 and "warning" not in result.stderr
