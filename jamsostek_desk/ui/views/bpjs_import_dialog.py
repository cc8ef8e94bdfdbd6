"""Preview of BPJS's result list before anything is saved: every row, what it changes or why it
is rejected; Simpan writes all changes in one transaction on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from jamsostek_desk.domain.peserta import LABELS
from jamsostek_desk.services import audit
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.lists import bpjs_import
from jamsostek_desk.services.lists.bpjs_import import BpjsStatus
from jamsostek_desk.ui.dialogs import save_path
from jamsostek_desk.ui.forms.ui_bpjs_import_dialog import Ui_BpjsImportDialog
from jamsostek_desk.ui.pages import setup_table
from jamsostek_desk.ui.theme import ERROR
from jamsostek_desk.ui.worker import run_task

RESULT = {
    BpjsStatus.UPDATED: "Diperbarui",
    BpjsStatus.UNCHANGED: "Tidak berubah",
    BpjsStatus.REJECTED: "Ditolak",
}
SHOW = (
    ("", "Semua baris"),
    (BpjsStatus.UPDATED, "Akan diperbarui"),
    (BpjsStatus.REJECTED, "Ditolak"),
    (BpjsStatus.UNCHANGED, "Tidak berubah"),
)


class BpjsImportDialog(QDialog):
    committed = Signal(object)  # the report (dict)

    def __init__(
        self, ctx: AppContext, analysis: bpjs_import.BpjsAnalysis, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BpjsImportDialog()
        self.ui.setupUi(self)
        self.ctx, self.analysis = ctx, analysis
        self.report: dict[str, object] | None = None
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Simpan perubahan")
        save.setEnabled(analysis.count(BpjsStatus.UPDATED) > 0)
        save.setDefault(True)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        for key, label in SHOW:
            self.ui.showCombo.addItem(label, key)
        self.ui.showCombo.currentIndexChanged.connect(self.fill)
        self.ui.rejectsButton.setEnabled(analysis.count(BpjsStatus.REJECTED) > 0)
        self.ui.rejectsButton.clicked.connect(lambda: self.save_rejects())
        setup_table(
            self.ui.previewTable,
            ["Baris", "NIK", "Nama", "Hasil", "Perubahan / keterangan"],
            stretch=[4],
            fixed_rows=False,
        )
        r = analysis.report(committed=False)
        self.ui.summaryLabel.setText(
            f"<b>{analysis.path.name}</b> (lembar {analysis.sheet}): {r['rows']} baris. "
            f"Akan diperbarui <b>{r['updated']}</b> peserta, tidak berubah {r['unchanged']}, "
            f"ditolak <b>{r['rejected']}</b>. Belum ada yang disimpan."
        )
        self.fill()

    def fill(self) -> None:
        wanted = self.ui.showCombo.currentData() or ""
        rows = [r for r in self.analysis.rows if not wanted or r.status == wanted][:5000]
        t = self.ui.previewTable
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            detail = "; ".join(
                f"{LABELS.get(f, f)}: {audit.display(a) or '-'} → {audit.display(b)}"
                for f, (a, b) in r.changes.items()
            )
            notes = [*r.errors.values(), *r.warnings]
            text = "; ".join(x for x in (detail, *notes) if x)
            cells = [str(r.source_row), r.nik, r.nama, RESULT[r.status], text]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if r.status == BpjsStatus.REJECTED:
                    item.setForeground(QColor(ERROR))
                t.setItem(i, c, item)
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def save_rejects(self, path: str | None = None) -> Path | None:
        """The rejected rows with their reasons, to send back or fix."""
        from PySide6.QtWidgets import QMessageBox

        from jamsostek_desk.domain.errors import UserError

        if path is None:
            path = save_path(
                self,
                "Simpan baris yang ditolak",
                f"{self.analysis.path.stem}-ditolak.xlsx",
                "Excel (*.xlsx)",
            )
            if not path:
                return None
        try:
            return bpjs_import.write_rejected(self.analysis, Path(path), self.ctx)
        except UserError as e:
            QMessageBox.warning(self, "Tidak tersimpan", e.message)
            return None

    def save(self) -> None:
        ctx, analysis = self.ctx, self.analysis
        self.ui.buttons.setEnabled(False)

        def done(report: dict[str, object]) -> None:
            self.report = report
            self.committed.emit(report)
            self.accept()

        def failed(message: str, _user: bool) -> None:
            from PySide6.QtWidgets import QMessageBox

            self.ui.buttons.setEnabled(True)
            QMessageBox.warning(self, "Belum disimpan", message)

        run_task(
            self,
            "Menyimpan hasil BPJS…",
            lambda progress: bpjs_import.commit(ctx, analysis, progress),
            done,
            failed,
        )
