"""What the user sees when something goes wrong that no screen handled.

A UserError is shown as its Indonesian message. Anything else is a defect: its traceback goes
to a log file in the user data folder and the user gets a plain Indonesian message that says
saved data is safe and where the details are.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from jamsostek_desk import APP_NAME
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import crash_log


def log_file() -> Path:
    return crash_log.log_file()


def unexpected(details: str) -> str:
    """Record the details (without personal data) and return the message for the user."""
    crash_log.write(details)
    return (
        "Terjadi kesalahan tak terduga pada aplikasi. Data yang sudah tersimpan tetap aman.\n\n"
        f"Rincian teknis dicatat di:\n{log_file()}\n\nSampaikan berkas itu kepada pengelola "
        "aplikasi bila kesalahan ini berulang."
    )


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    parent = QApplication.activeWindow()
    if isinstance(value, UserError):
        from jamsostek_desk.ui.dialogs import warn

        warn(parent, APP_NAME, value.message)
        return
    text = "".join(traceback.format_exception(kind, value, tb))
    QMessageBox.critical(parent, APP_NAME, unexpected(text))


def install() -> None:
    """Route exceptions escaping Qt slots (button handlers) to a message instead of stderr."""
    sys.excepthook = _hook
