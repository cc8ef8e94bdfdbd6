"""Step 1 of the import wizard: choosing a file (dialog or drag and drop), reading its sheets
on the worker thread, and writing the empty template a desa can fill in.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from jamsostek_desk.domain.codes import KATEGORI
from jamsostek_desk.services import xlsx
from jamsostek_desk.services.importer.inspect import FilePeek, inspect_file
from jamsostek_desk.ui.views.import_wizard.base import FILE, SHEET, WizardBase
from jamsostek_desk.ui.views.import_wizard.common import _with_suffix, say

SPREADSHEET_FILTER = (
    "Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv);;Excel (*.xlsx *.xlsm *.xls);;"
    "LibreOffice (*.ods);;CSV (*.csv);;Semua berkas (*)"
)


class FileStep(WizardBase):
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, "Pilih daftar peserta", start, SPREADSHEET_FILTER
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.peek = self.analysis = None
        self._mapping_rows = []
        say(self.ui.fileErrorLabel, "")
        try:
            size = path.stat().st_size
        except OSError:
            size = -1
        where = escape(str(path.parent))
        shown = f"<b>{escape(path.name)}</b>"
        if size >= 0:
            shown += f" ({_size(size)})"
        self.ui.fileLabel.setText(f"{shown}<br><span style='color:#6b7b86'>{where}</span>")
        self._update_next()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.page() == FILE and not self.busy and _dropped_file(event) is not None:
            event.acceptProposedAction()
            self._hover(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        self._hover(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover(False)
        path = _dropped_file(event)
        if path is not None and self.page() == FILE and not self.busy:
            event.acceptProposedAction()
            self.set_file(path)
            self.read_file()

    def _hover(self, on: bool) -> None:
        frame = self.ui.dropFrame
        frame.setProperty("hover", on)
        frame.style().unpolish(frame)
        frame.style().polish(frame)

    def _kategori_changed(self) -> None:
        self.analysis = None  # a preview is of one kategori
        say(self.ui.templateInfoLabel, "")

    def read_file(self) -> None:
        path = self.path
        if path is None:
            say(self.ui.fileErrorLabel, "Pilih dulu berkas yang akan diimpor.")
            return
        if self.peek is not None and self.peek.path == path:
            self.go(SHEET)
            return
        say(self.ui.fileErrorLabel, "")
        ctx = self.ctx

        def done(peek: FilePeek) -> None:
            self.peek = peek
            self._fill_sheets()
            self.go(SHEET)

        def failed(message: str, cancelled: bool) -> None:
            if not cancelled:
                say(self.ui.fileErrorLabel, message)

        self._run(f"Membaca {path.name}…", lambda p: inspect_file(ctx, path, p), done, failed)

    def download_template(self) -> None:
        kategori = self.kategori
        suggested = Path.home() / f"Template {KATEGORI[kategori]}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, "Simpan template", str(suggested), "Excel (*.xlsx)"
        )
        if not name:
            return
        target = _with_suffix(Path(name), ".xlsx")
        kabupaten, ref = self.ctx.kabupaten_kode, self.ref
        info = self.ui.templateInfoLabel

        def done(written: Path) -> None:
            say(
                info,
                f"Template {KATEGORI[kategori]} disimpan: {written}. Kirim ke desa untuk diisi.",
                "ok",
            )

        def failed(message: str, _cancelled: bool) -> None:
            say(info, message)

        self._run(
            "Membuat template…",
            lambda _p: xlsx.write_template(target, kategori, kabupaten, ref=ref),
            done,
            failed,
            cancellable=False,
        )


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bita"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB".replace(".", ",")
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")
