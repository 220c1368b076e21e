"""Opening a file kept by an earlier version: its upgrade runs off the GUI thread behind a
progress dialog with Cancel (a large register takes a while), and the window opens it once
it is upgraded. Cancel rolls the upgrade back: the file is left exactly as it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..core.errors import Cancelled
from ..core.storage.database import Database, needs_upgrade
from .operations import Operations

__all__ = ["needs_upgrade", "step_name", "upgrade_file"]


def step_name(step: str) -> str:
    """A long step of the upgrade (``schema.report``), as the dialog says it."""
    # each string spelt out in its translate() call, so that lupdate finds it
    names = {"search_index": QCoreApplication.translate("Upgrade",
                                                        "Rebuilding the search index"),
             "sort_keys": QCoreApplication.translate("Upgrade",
                                                     "Putting names in dictionary order")}
    return names.get(step) or QCoreApplication.translate("Upgrade", "Upgrading")


def upgrade_file(operations: Operations, path: str, parent: QWidget | None, *,
                 cancelled: Callable[[], None] | None = None) -> bool:
    """Upgrade the file at ``path`` to this version behind a progress dialog and wait for it
    while the window goes on; True once upgraded (opening it is then quick). False when
    it failed (said the way every failure is) or the user cancelled (then ``cancelled()``
    runs); the file is then as it was."""
    def op(report: Callable[..., None]) -> None:
        def progress(step: str, done: int, total: int) -> None:
            report(done, total, step_name(step))

        Database.open(path, progress=progress).close()

    def failure(exc: BaseException) -> bool:
        if isinstance(exc, Cancelled) and cancelled is not None:
            cancelled()
            return True
        return False

    handle = operations.run(
        QCoreApplication.translate("Upgrade", "Upgrading %1").replace("%1", path), op,
        failure=failure, parent=parent,
        progress=QCoreApplication.translate(
            "Upgrade", "Upgrading the register to this version of the app…"))
    return handle.wait()
