"""Riwayat: the audit trail, filtered by operator, action, date and person, and its export
(Admin and Pimpinan)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import audit, riwayat
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.forms.ui_riwayat_page import Ui_RiwayatPage

EARLIEST = QDate(2020, 1, 1)


class RiwayatPage(QWidget):
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RiwayatPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        u = self.ui
        u.table.setColumnCount(len(riwayat.HEADERS))
        u.table.setHorizontalHeaderLabels(
            ["Waktu", "Operator", "Tindakan", "Jumlah", "Berkas", "Data", "Keterangan"]
        )
        header = u.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((140, 150, 230, 60, 220, 80)):
            u.table.setColumnWidth(col, width)
        u.table.verticalHeader().setVisible(False)
        u.aksiCombo.addItem("Semua tindakan", "")
        for key, label in sorted(audit.AKSI.items(), key=lambda kv: kv[1]):
            u.aksiCombo.addItem(label, key)
        u.sinceEdit.setMinimumDate(EARLIEST)
        u.sinceEdit.setSpecialValueText("awal")
        u.sinceEdit.setDate(EARLIEST)
        u.untilEdit.setDate(QDate.currentDate())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        u.personEdit.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (u.operatorCombo, u.aksiCombo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (u.sinceEdit, u.untilEdit):
            edit.dateChanged.connect(lambda _d: self.reload())
        u.exportButton.clicked.connect(lambda: self.export())
        self._fill_operators()

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._fill_operators()

    def _fill_operators(self) -> None:
        combo = self.ui.operatorCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Semua operator", "")
        for nama in riwayat.operator_names(self.ctx):
            combo.addItem(nama, nama)
        combo.blockSignals(False)

    def current_filter(self) -> riwayat.RiwayatFilter:
        u = self.ui
        since = u.sinceEdit.date()
        return riwayat.RiwayatFilter(
            operator=u.operatorCombo.currentData() or "",
            aksi=u.aksiCombo.currentData() or "",
            since=None if since == EARLIEST else date(since.year(), since.month(), since.day()),
            until=date(
                u.untilEdit.date().year(), u.untilEdit.date().month(), u.untilEdit.date().day()
            ),
            peserta=u.personEdit.text(),
        )

    def showEvent(self, event: object) -> None:  # refresh whenever the page is shown
        super().showEvent(event)  # type: ignore[arg-type]
        self.reload()

    def reload(self) -> None:
        try:
            rows = riwayat.search(self.ctx, self.current_filter())
        except UserError as e:
            self.ui.countLabel.setText(e.message)
            self.ui.table.setRowCount(0)
            return
        table = self.ui.table
        table.setRowCount(0)
        values = riwayat.table_rows(rows)
        table.setRowCount(len(values))
        for r, line in enumerate(values):
            for c, text in enumerate(line):
                table.setItem(r, c, QTableWidgetItem(text))
        more = " (yang terbaru)" if len(rows) >= riwayat.MAX_ROWS else ""
        self.ui.countLabel.setText(f"{len(rows):,} catatan{more}".replace(",", "."))

    def export(self, path: str | None = None) -> Path | None:
        if path is None:
            suggested = str(Path.home() / f"riwayat-{date.today():%Y%m%d}.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self, "Ekspor riwayat", suggested, "Excel (*.xlsx)"
            )
            if not path:
                return None
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
        try:
            n = riwayat.export_riwayat(self.ctx, self.current_filter(), Path(path))
        except UserError as e:
            QMessageBox.warning(self, "Ekspor riwayat", e.message)
            return None
        self.message.emit(f"{n} catatan riwayat diekspor ke {path}")
        self.reload()
        return Path(path)
