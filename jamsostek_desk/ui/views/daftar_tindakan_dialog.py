"""The lists behind "perlu tindakan": memberships ending within 30/60/90 days (with
Perpanjang), registrations waiting for their KPJ number, and desa whose aparat-desa data is
incomplete; each can be saved as Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from jamsostek_desk.domain.dates import format_tanggal, format_tanggal_pendek
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.nik import mask_nik
from jamsostek_desk.domain.rekap import Formasi
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import audit, perpanjangan, rekap
from jamsostek_desk.services.access import WRITERS
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.rekap_xlsx import Kolom, write_table
from jamsostek_desk.ui.forms.ui_daftar_tindakan_dialog import Ui_DaftarTindakanDialog
from jamsostek_desk.ui.roles import guard_full_nik

DESA = "desa_belum_lengkap"
LISTS = {**perpanjangan.JENIS, DESA: "Desa dengan data aparat desa belum lengkap"}
PESERTA_HEADERS = ("Nama", "NIK", "Desa", "KPJ", "Mulai", "Akhir", "Didaftarkan")
DESA_HEADERS = ("Desa", "Kecamatan", "Jabatan", "Terdaftar", "Aktif", "Kurang")


def _tgl(d: date | None) -> str:
    return format_tanggal_pendek(d) if d else ""


class DaftarTindakanDialog(QDialog):
    changed = Signal()

    def __init__(
        self, ctx: AppContext, ref: WilayahRef, jenis: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DaftarTindakanDialog()
        self.ui.setupUi(self)
        self.ctx, self.ref = ctx, ref
        self.rows: list[perpanjangan.Baris] = []
        self.desa: list[Formasi] = []
        u = self.ui
        for key, label in LISTS.items():
            u.jenisCombo.addItem(label, key)
        u.jenisCombo.setCurrentIndex(max(0, u.jenisCombo.findData(jenis)))
        t = u.table
        t.verticalHeader().setVisible(False)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.horizontalHeader().setStretchLastSection(True)
        u.jenisCombo.currentIndexChanged.connect(self.reload)
        u.nikCheck.toggled.connect(self._fill)
        u.exportButton.clicked.connect(self.export)
        u.perpanjangButton.clicked.connect(self.perpanjang)
        u.closeButton.clicked.connect(self.reject)
        guard_full_nik(u.nikCheck, lambda: self.ctx, "daftar tindakan", self)
        self.resize(1000, 600)
        self.reload()

    @property
    def jenis(self) -> str:
        return str(self.ui.jenisCombo.currentData())

    def reload(self) -> None:
        if self.jenis == DESA:
            self.desa, self.rows = rekap.desa_belum_lengkap(self.ctx), []
            n = len(self.desa)
        else:
            self.rows, self.desa = perpanjangan.daftar(self.ctx.db, self.jenis), []
            n = len(self.rows)
        what = "desa" if self.jenis == DESA else "peserta"
        self.ui.countLabel.setText(f"{format_angka(n)} {what}")
        # Pimpinan reads the lists; renewing, full NIKs and lists of people are the writers'
        writer = self.ctx.peran in WRITERS
        self.ui.perpanjangButton.setEnabled(self.jenis.startswith("berakhir_") and n > 0)
        self.ui.perpanjangButton.setVisible(writer)
        self.ui.exportButton.setVisible(writer or self.jenis == DESA)
        self.ui.nikCheck.setVisible(writer and self.jenis != DESA)
        self._fill()

    def _fill(self) -> None:
        t = self.ui.table
        t.clearContents()
        if self.jenis == DESA:
            t.setColumnCount(len(DESA_HEADERS))
            t.setHorizontalHeaderLabels(DESA_HEADERS)
            t.setRowCount(len(self.desa))
            for i, f in enumerate(self.desa):
                region = self.ref.get(f.desa_kode)
                kec = self.ref.name(f.desa_kode[:8]) or ""
                values = [
                    region.nama if region else f.desa_kode,
                    kec,
                    format_angka(f.formasi),
                    format_angka(f.terdaftar),
                    format_angka(f.aktif),
                    format_angka(f.kurang),
                ]
                for j, v in enumerate(values):
                    item = QTableWidgetItem(v)
                    if j >= 2:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                        )
                    t.setItem(i, j, item)
        else:
            full = self.ui.nikCheck.isChecked()
            t.setColumnCount(len(PESERTA_HEADERS))
            t.setHorizontalHeaderLabels(PESERTA_HEADERS)
            t.setRowCount(len(self.rows))
            for i, b in enumerate(self.rows):
                values = [
                    b.nama,
                    b.nik if full else mask_nik(b.nik),
                    self.ref.label(b.desa_kode),
                    b.kpj,
                    _tgl(b.mulai),
                    _tgl(b.akhir),
                    _tgl(b.didaftarkan),
                ]
                for j, v in enumerate(values):
                    item = QTableWidgetItem(v)
                    item.setData(Qt.ItemDataRole.UserRole, b.id)
                    t.setItem(i, j, item)
        t.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.table.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows]

    def perpanjang(self) -> None:
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(
                self, "Perpanjang", "Pilih dulu peserta yang akan diperpanjang (Ctrl+A: semua)."
            )
            return
        chosen = [b for b in self.rows if b.id in set(ids)]
        default = perpanjangan.periode_berikut(
            max(b.akhir or date.today() for b in chosen), date.today()
        )
        dialog = QDialog(self)
        dialog.setWindowTitle("Perpanjang masa kepesertaan")
        form = QFormLayout(dialog)
        form.addRow(QLabel(f"{format_angka(len(ids))} peserta dipilih."))
        edit = QDateEdit(QDate(default.year, default.month, default.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        form.addRow("Akhir masa kepesertaan &baru", edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        self.last_dialog = dialog
        if not dialog.exec():
            return
        akhir = cast(date, edit.date().toPython())
        try:
            n = perpanjangan.perpanjang(self.ctx, ids, akhir)
        except UserError as e:
            QMessageBox.warning(self, "Perpanjang", e.message)
            return
        QMessageBox.information(
            self,
            "Perpanjang",
            f"Masa kepesertaan {format_angka(n)} peserta diperpanjang sampai "
            f"{format_tanggal(akhir)}.",
        )
        self.changed.emit()
        self.reload()

    def export(self) -> Path | None:
        name = self.jenis.replace("_", "-")
        path, _f = QFileDialog.getSaveFileName(
            self, "Simpan daftar", f"{name}-{date.today().isoformat()}.xlsx", "Excel (*.xlsx)"
        )
        if not path:
            return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            if self.jenis == DESA:
                out = write_table(
                    Path(path),
                    [LISTS[DESA].upper(), self.ctx.kantor_nama],
                    [
                        Kolom("Kode desa", 15),
                        Kolom("Desa", 28),
                        Kolom("Kecamatan", 24),
                        Kolom("Jabatan", 10, "#,##0"),
                        Kolom("Terdaftar", 11, "#,##0"),
                        Kolom("Aktif", 11, "#,##0"),
                        Kolom("Kurang", 11, "#,##0"),
                    ],
                    [
                        [
                            f.desa_kode,
                            self.ref.name(f.desa_kode) or "",
                            self.ref.name(f.desa_kode[:8]) or "",
                            f.formasi,
                            f.terdaftar,
                            f.aktif,
                            f.kurang,
                        ]
                        for f in self.desa
                    ],
                    sheet="Desa",
                )
                audit.record_export(
                    self.ctx, "ekspor_laporan", len(self.desa), out, {"daftar": LISTS[DESA]}
                )
            else:
                out = perpanjangan.ekspor(
                    self.ctx,
                    Path(path),
                    self.jenis,
                    self.rows,
                    self.ref,
                    self.ui.nikCheck.isChecked(),
                )
        except UserError as e:
            QMessageBox.warning(self, "Daftar belum tersimpan", e.message)
            return None
        self.ui.countLabel.setText(f"Disimpan: {out}")
        return out
