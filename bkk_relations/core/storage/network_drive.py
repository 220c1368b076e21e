"""Is a database file on a network drive? SQLite's locking is unreliable on network file
systems (SMB/CIFS shares, NFS, …), so two people editing one file there can lose each
other's changes or damage the file. The app cannot make that safe; it can say so, where the
operating system tells which kind of drive a file is on."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

# File-system types (Linux /proc/self/mountinfo) whose locks SQLite cannot rely on.
NETWORK_TYPES = frozenset({
    "cifs", "smb3", "smbfs", "nfs", "nfs4", "9p", "afs", "ceph", "glusterfs", "lustre",
    "gpfs", "ocfs2", "davfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
    "fuse.gcsfuse", "fuse.glusterfs", "fuse.cephfs", "vboxsf", "prl_fs", "vmhgfs",
    "fuse.vmhgfs-fuse",
})
_DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes (\040 …).
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def mount_type(path: str | os.PathLike[str], mountinfo: str) -> str | None:
    """The file-system type of the mount holding ``path``, read from the text of
    /proc/self/mountinfo (the longest mount point that contains the path wins)."""
    target = Path(path).resolve().as_posix()
    best, best_type = "", None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields, after = left.split(), right.split()
        if not sep or len(fields) < 5 or not after:
            continue
        point = _unescape(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, after[0]
    return best_type


def network_drive(path: str | os.PathLike[str]) -> str | None:
    """A short name of the network file system ``path`` is on ("cifs", "nfs4", "network
    drive"), or None when it is on a local disk or the system does not say."""
    if sys.platform == "win32":
        return _windows_remote(path)
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
            info = fh.read()
    except OSError:
        return None  # not Linux: no reliable, cheap way to tell
    kind = mount_type(path, info)
    return kind if kind in NETWORK_TYPES else None


def _windows_remote(path: str | os.PathLike[str]) -> str | None:  # pragma: no cover
    if sys.platform != "win32":  # ctypes.windll is Windows's (and only called there)
        return None
    full = os.path.abspath(path)
    if full.startswith("\\\\"):  # \\server\share\…
        return "network drive"
    import ctypes

    root = os.path.splitdrive(full)[0] + "\\"
    if ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == _DRIVE_REMOTE:
        return "network drive"
    return None
