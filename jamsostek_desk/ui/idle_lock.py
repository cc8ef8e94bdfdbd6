"""The window locks itself after a while without keyboard or mouse use and asks the signed-in
operator's password again. Nothing is closed: open forms keep what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from jamsostek_desk.services import auth
from jamsostek_desk.services.context import AppContext

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Watches the whole application; ``locked`` is emitted when the lock screen shows,
    ``unlocked`` when the operator typed the password again."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        window: QWidget,
        ctx: Callable[[], AppContext],
        timeout_ms: int | None = None,
        on_leave: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.on_leave = on_leave or window.close
        self.is_locked = False
        self.dialog: QDialog | None = None
        self.covers: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        minutes = auth.idle_minutes(ctx().db)
        self.set_timeout(timeout_ms if timeout_ms is not None else minutes * 60_000)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def set_timeout(self, ms: int) -> None:
        self.timer.setInterval(ms)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.is_locked and event.type() in _ACTIVITY:
            self.timer.start()
        return False

    def lock(self) -> None:
        from jamsostek_desk.ui.views.sign_in_dialog import SignInDialog

        if self.is_locked:
            return
        self.is_locked = True
        ctx = self.ctx()
        auth.record_lock(ctx)
        self._cover()
        self.locked.emit()
        self.dialog = SignInDialog(ctx.db, self.window, locked=ctx)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.finished.connect(self._finished)
        self.dialog.open()

    def _cover(self) -> None:
        """Hide what every open window shows (people's data) behind an opaque cover; the
        windows themselves, and what was typed in them, stay as they are."""
        for top in QApplication.topLevelWidgets():
            if not top.isVisible() or isinstance(top, QLabel):
                continue
            cover = QLabel("Terkunci", top)
            cover.setObjectName("idleCover")
            cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cover.setAutoFillBackground(True)
            cover.setStyleSheet("background: #37474f; color: white; font-size: 20pt;")
            cover.setGeometry(top.rect())
            cover.show()
            cover.raise_()
            self.covers.append(cover)

    def _uncover(self) -> None:
        for cover in self.covers:
            cover.deleteLater()
        self.covers = []

    def _finished(self, result: int) -> None:
        self.dialog = None
        self.is_locked = False
        self._uncover()
        if result == QDialog.DialogCode.Accepted:
            self.timer.start()
            self.unlocked.emit()
        else:
            self.on_leave()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
