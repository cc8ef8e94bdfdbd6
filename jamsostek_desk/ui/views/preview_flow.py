"""One way for every page to make a PDF: render on a worker thread into a temporary file, then
show it in the preview dialog, from where it is saved or printed."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from jamsostek_desk.services.common.progress import Progress
from jamsostek_desk.ui.views.pdf_preview import PdfPreviewDialog
from jamsostek_desk.ui.worker import run_task

_TMP = tempfile.TemporaryDirectory(prefix="jamsostek-pratinjau-")


def preview_dir() -> Path:
    return Path(_TMP.name)


def render_and_preview(
    parent: QWidget,
    title: str,
    file_name: str,
    render: Callable[[Path, Progress], Any],
    on_output: Callable[[str], None] | None = None,
    on_rendered: Callable[[Any], object] | None = None,
) -> None:
    """``render(path, progress)`` writes the PDF; the preview opens when it is done.
    ``on_rendered`` gets what ``render`` returned, once the preview is open."""
    path = preview_dir() / file_name

    def done(result: object) -> None:
        dialog = PdfPreviewDialog(path, title, file_name, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_output is not None:
            dialog.accepted_output.connect(on_output)
        parent.last_preview = dialog  # type: ignore[attr-defined]
        dialog.open()
        if on_rendered is not None:
            on_rendered(result)

    def failed(message: str, _user: bool) -> None:
        QMessageBox.warning(parent, "PDF belum bisa dibuat", message)

    run_task(parent, f"Menyusun {title}…", lambda p: render(path, p), done, failed)
