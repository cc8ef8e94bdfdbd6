"""Preview of a PDF inside the app (QtPdf) before it is saved or printed.

The PDF was written to a temporary file; "Simpan" copies it where the user chooses, "Cetak"
sends its pages to a system printer (QPrinter), "Buka" hands it to the PC's PDF viewer.
``accepted_output`` is emitted once the document was saved or printed, so callers can record
e.g. that cards were printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services.pdf_base import save_copy
from jamsostek_desk.ui.dialogs import save_path
from jamsostek_desk.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog


class PdfPreviewDialog(QDialog):
    accepted_output = Signal(str)  # "disimpan" or "dicetak"

    def __init__(
        self, pdf: Path, title: str, suggested_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.pdf = Path(pdf)
        self.suggested_name = suggested_name
        self.setWindowTitle(f"Pratinjau — {title}")
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.viewSlot.addWidget(self.view)
        error = self.document.load(str(self.pdf))
        pages = self.document.pageCount()
        if error != QPdfDocument.Error.None_ or pages == 0:
            self.ui.infoLabel.setText(f"PDF tidak bisa ditampilkan ({error.name}).")
        else:
            self.ui.infoLabel.setText(
                f"<b>{title}</b> — {pages} halaman. Periksa dulu, lalu simpan atau cetak."
            )
        self.ui.pageLabel.setText(f"{pages} halaman")
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.openButton.clicked.connect(self.open_external)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.zoomInButton.clicked.connect(lambda: self._zoom(1.25))
        self.ui.zoomOutButton.clicked.connect(lambda: self._zoom(0.8))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self).activated.connect(lambda: self._zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self).activated.connect(lambda: self._zoom(0.8))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, self.view.zoomFactor() * factor)))

    def save(self, target: str | None = None) -> bool:
        if not target:
            target = save_path(self, "Simpan PDF", self.suggested_name, "PDF (*.pdf)")
        if not target:
            return False
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            save_copy(self.pdf, Path(target))
        except UserError as e:
            QMessageBox.warning(self, "PDF tidak tersimpan", e.message)
            return False
        self.ui.infoLabel.setText(f"Disimpan: {target}")
        self.accepted_output.emit("disimpan")
        return True

    def print_document(self, printer: QPrinter | None = None) -> bool:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.suggested_name)
            dialog = QPrintDialog(printer, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, "Tidak bisa mencetak", "Printer tidak bisa dipakai.")
            return False
        try:
            dpi = min(printer.resolution(), 300)  # enough for cards; 1200 dpi pages eat memory
            for i in range(self.document.pageCount()):
                if i:
                    printer.newPage()
                size = self.document.pagePointSize(i)
                pixels = QSize(round(size.width() / 72 * dpi), round(size.height() / 72 * dpi))
                image = self.document.render(i, pixels)
                target = painter.viewport()
                scale = min(target.width() / pixels.width(), target.height() / pixels.height())
                painter.save()
                painter.scale(scale, scale)
                painter.drawImage(QPointF(0, 0), image)
                painter.restore()
        finally:
            painter.end()
        self.accepted_output.emit("dicetak")
        return True

    def open_external(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf))):
            QMessageBox.information(
                self, "Penampil PDF", f"Tidak ada penampil PDF di komputer ini. Berkas: {self.pdf}"
            )
