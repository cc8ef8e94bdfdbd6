"""Manfaat: benefit cases, their status, their letters (through the preview), and the benefit
rules with effective dates and legal basis."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.manfaat import JENIS_KASUS
from jamsostek_desk.domain.money import format_rupiah
from jamsostek_desk.services import manfaat as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.surat import slug, write_case_letters
from jamsostek_desk.ui.forms.ui_manfaat_page import Ui_ManfaatPage
from jamsostek_desk.ui.views.aturan_dialog import AturanDialog
from jamsostek_desk.ui.views.cetak_settings_dialog import CetakSettingsDialog
from jamsostek_desk.ui.views.manfaat_dialog import ManfaatDialog
from jamsostek_desk.ui.views.preview_flow import preview_dir, render_and_preview

HEADERS = ("Peserta", "Program", "Tanggal kejadian", "Penerima", "Jumlah", "Status")


class ManfaatPage(QWidget):
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ManfaatPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.rows: list[svc.ManfaatRow] = []
        u = self.ui
        u.statusCombo.addItem("Semua", "")
        for key, label in svc.STATUS_MANFAAT.items():
            u.statusCombo.addItem(label, key)
            u.setStatusCombo.addItem(label, key)
        t = u.table
        t.setColumnCount(len(HEADERS))
        t.setHorizontalHeaderLabels(HEADERS)
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        t.horizontalHeader().setStretchLastSection(True)
        t.setColumnWidth(0, 300)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.reload)
        u.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        u.statusCombo.currentIndexChanged.connect(self.reload)
        u.addButton.clicked.connect(lambda: self.open_dialog(None))
        u.editButton.clicked.connect(self.edit_selected)
        t.doubleClicked.connect(lambda _i: self.edit_selected())
        u.setStatusButton.clicked.connect(self.set_status)
        u.letterButton.clicked.connect(lambda: self.preview_letter("berita_acara"))
        u.receiptButton.clicked.connect(lambda: self.preview_letter("tanda_terima"))
        u.settingsButton.clicked.connect(self.open_settings)
        u.tarifAddButton.clicked.connect(self.add_tarif)
        self.reload()
        self.reload_tarif()

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        u = self.ui
        self.rows = svc.list_manfaat(
            self.ctx, status=u.statusCombo.currentData() or "", search=u.searchEdit.text()
        )
        t = u.table
        t.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = (
                r.peserta_nama,
                r.program,
                format_tanggal(r.tanggal_kejadian),
                r.penerima,
                format_rupiah(r.jumlah),
                svc.STATUS_MANFAAT.get(r.status, r.status),
            )
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                t.setItem(i, j, item)
        u.countLabel.setText(f"{len(self.rows)} kasus")

    def selected(self) -> svc.ManfaatRow | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def open_dialog(self, manfaat_id: str | None) -> ManfaatDialog:
        dialog = ManfaatDialog(self.ctx, manfaat_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(lambda: self.message.emit(dialog.notice))
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, "Manfaat", "Pilih dulu satu kasus di daftar.")
            return
        self.open_dialog(row.id)

    def set_status(self) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, "Manfaat", "Pilih dulu satu kasus di daftar.")
            return
        svc.set_status(self.ctx, row.id, self.ui.setStatusCombo.currentData())
        self.reload()
        self.message.emit("Status manfaat disimpan.")

    def open_settings(self) -> CetakSettingsDialog:
        dialog = CetakSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def preview_letter(self, which: str) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, "Manfaat", "Pilih dulu satu kasus di daftar.")
            return
        folder = preview_dir() / row.id
        folder.mkdir(exist_ok=True)
        title = "Berita acara serah terima" if which == "berita_acara" else "Tanda terima"

        def render(path: Path, _progress: object) -> None:
            files = write_case_letters(self.ctx, row.id, folder)
            source = files.berita_acara if which == "berita_acara" else files.tanda_terima
            source.replace(path)

        render_and_preview(self, title, f"{which}_{slug(row.peserta_nama)}.pdf", render)

    # -- benefit rules ----------------------------------------------------------------------

    def reload_tarif(self) -> None:
        rows = svc.tarif_list(self.ctx)
        t = self.ui.tarifTable
        headers = ("Jenis kasus", "Komponen", "Aturan", "Berlaku mulai", "Dasar hukum")
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.verticalHeader().setVisible(False)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        t.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        t.setColumnWidth(1, 280)
        t.setWordWrap(False)
        t.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, v in enumerate(
                (
                    JENIS_KASUS.get(r.jenis, (r.program, r.program))[1],
                    r.nama,
                    r.uraian(),
                    format_tanggal(r.berlaku_mulai),
                    r.dasar_hukum,
                )
            ):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                t.setItem(i, j, item)
        self._tarif = rows

    def add_tarif(self) -> AturanDialog:
        dialog = AturanDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            row = dialog.saved
            if row is None:
                return
            self.ui.tarifMessage.setText(
                f"Aturan {escape(row.nama)} ({escape(row.uraian())}) berlaku mulai "
                f"{format_tanggal(row.berlaku_mulai)}."
            )
            self.reload_tarif()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog
