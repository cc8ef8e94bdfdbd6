"""Running a service job on a worker thread with a progress dialog and a cancel button.

Services report progress through a callback ``(done, total, message)``; here that callback
forwards to the dialog and raises ``Cancelled`` once the user pressed Batal, so the service's
transaction rolls back. Results and errors come back on the main thread through signals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from jamsostek_desk.domain.errors import Cancelled, UserError
from jamsostek_desk.services.common.progress import Progress
from jamsostek_desk.ui.errors import unexpected

# Jobs still running. A job (and the QObject its signals live on) must outlive the dialog
# that started it: a window closed mid-job must not leave a worker emitting into freed memory.
_RUNNING: set[_Job] = set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str, bool)  # message, is_user_error


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], cancel: threading.Event) -> None:
        super().__init__()
        self.fn = fn
        self.cancel = cancel
        self.signals = _Signals()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        self.signals.progress.emit(done, total, message)

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except UserError as e:
            self.signals.failed.emit(e.message, True)
        except Exception:  # shown to the user (details in the log), never swallowed
            self.signals.failed.emit(unexpected(traceback.format_exc()), False)
        else:
            self.signals.done.emit(result)


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str, bool], None],
    cancellable: bool = True,
) -> QProgressDialog:
    """Start ``fn(progress)`` on the thread pool; the dialog shows after 400 ms of work."""
    cancel = threading.Event()
    dialog = QProgressDialog(title, "Batal" if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle("Jamsostek Desk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    job = _Job(fn, cancel)

    def progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        dialog.setLabelText(message)

    def finished(result: object) -> None:
        _RUNNING.discard(job)
        dialog.close()
        on_done(result)

    def failed(message: str, user: bool) -> None:
        _RUNNING.discard(job)
        dialog.close()
        on_error(message, user)

    dialog.canceled.connect(cancel.set)
    job.signals.progress.connect(progress)
    job.signals.done.connect(finished)
    job.signals.failed.connect(failed)
    job.setAutoDelete(False)  # Python owns it (see _RUNNING)
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return dialog
