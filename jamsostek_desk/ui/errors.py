"""What the user sees when something goes wrong that no screen handled.

A UserError is shown as its Indonesian message. Anything else is a defect: its traceback goes
to a log file in the user data folder and the user gets a plain Indonesian message that says
saved data is safe and where the details are.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from jamsostek_desk import APP_NAME
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.store.db import data_dir

log = logging.getLogger("jamsostek_desk")


def log_file() -> Path:
    return data_dir() / "log" / "jamsostek-desk.log"


def setup_logging() -> None:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def unexpected(details: str) -> str:
    """Record the details and return the message for the user."""
    log.error("kesalahan tak terduga:\n%s", details)
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
    setup_logging()
    sys.excepthook = _hook
