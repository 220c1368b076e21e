"""The register the window works on, and the one signal that tells its pages what changed.

Pages never hold a database themselves: they read ``session.reg`` when they need it, so
switching to another database swaps one object (:meth:`Session.replace`). Every write runs
through ``session.operations`` and ends in ``changed`` with the write's
:class:`~..core.changes.Changes`; another user's save arrives the same way, as "everything".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.changes import Changes
from ..core.register import Register
from .operations import Operations


class Session(QObject):
    changed = Signal(object)  # Changes: a write made here, or another user's
    replaced = Signal()  # a different database is open now
    message = Signal(str, int)  # a line for the status bar, and for how long (ms)

    def __init__(self, reg: Register, parent: QObject | None = None):
        super().__init__(parent)
        self._reg = reg
        self.operations = Operations(self)
        self._seen_version = self._version()

    @property
    def reg(self) -> Register:
        return self._reg

    def replace(self, reg: Register) -> None:
        """Work on ``reg`` from now on; the register open until now is closed."""
        self.operations.wait()
        self.operations.close_writer()
        old, self._reg = self._reg, reg
        if old is not reg:
            old.close()
        self._seen_version = self._version()
        self.replaced.emit()

    def close(self) -> None:
        self.operations.wait()
        self.operations.shut()
        self.operations.close_writer()
        self._reg.close()

    def notify(self, changes: Changes) -> None:
        """Tell every page what a write made here changed (the window's own connection saw
        it commit: not another user's change)."""
        self._seen_version = self._version()
        self.changed.emit(changes)

    def seen_own_write(self) -> None:
        """A write made here ended: whatever it committed is not another user's."""
        self._seen_version = self._version()

    def status(self, text: str, msecs: int = 8000) -> None:
        self.message.emit(text, msecs)

    def others_saved(self) -> bool:
        """Has another user (another program, or another computer on the server) saved
        something since we last looked? Never asked while a save of ours is under way (its
        commit would look like someone else's)."""
        if self.operations.writing:
            return False
        version = self._version()
        if version is None or version == self._seen_version:
            return False
        self._seen_version = version
        return True

    def _version(self) -> int | None:
        try:
            return self._reg.data_version()
        except Exception:  # noqa: BLE001 - the file went away: the next action reports it
            return None
