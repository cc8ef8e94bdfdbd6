"""Target dan anggaran: targets with their history, budgets (pagu) and the aparat-desa posts
per desa. Every change goes through services.target (one transaction, audited; the place where
only an Admin may do this is services.target.require_admin)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jamsostek_desk.domain.codes import KATEGORI, SUMBER_DANA
from jamsostek_desk.domain.dates import format_tanggal_pendek
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.money import format_angka, format_rupiah, parse_rupiah
from jamsostek_desk.domain.rekap import formasi_bawaan
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import target
from jamsostek_desk.services.access import ADMIN
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.fields import fill_combo
from jamsostek_desk.ui.forms.ui_target_dialog import Ui_TargetDialog


def _table(t: QTableWidget, headers: tuple[str, ...], rows: list[list[str]]) -> None:
    t.clear()
    t.setColumnCount(len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            item = QTableWidgetItem(v)
            if v[:1].isdigit() or v.startswith("Rp"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            t.setItem(i, j, item)
    t.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)


class TargetDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TargetDialog()
        self.ui.setupUi(self)
        self.ctx, self.ref = ctx, ref
        u = self.ui
        year, today = date.today().year, QDate.currentDate()
        u.tahunSpin.setValue(year)
        u.paguTahunSpin.setValue(year)
        u.berlakuDate.setDate(today)
        u.paguBerlakuDate.setDate(today)
        fill_combo(u.kategoriCombo, KATEGORI)
        fill_combo(u.sumberCombo, SUMBER_DANA)
        u.wilayahCombo.addItem(ref.name(ctx.wilayah_kode) or ctx.wilayah_kode, "")
        if ctx.wilayah_kode.count(".") == 1:
            for kec in ref.children(ctx.wilayah_kode):
                u.wilayahCombo.addItem(f"Kec. {kec.nama}", kec.kode)
        for t in (u.targetTable, u.paguTable):
            t.verticalHeader().setVisible(False)
            t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            t.horizontalHeader().setStretchLastSection(True)
        u.addTargetButton.clicked.connect(self.add_target)
        u.addPaguButton.clicked.connect(self.add_pagu)
        u.imporFormasiButton.clicked.connect(self.import_formasi)
        u.bawaanButton.clicked.connect(self.default_formasi)
        u.closeButton.clicked.connect(self.accept)
        # everyone reads targets and budgets; only an Admin sets them (services/target.py)
        admin = ctx.peran == ADMIN
        for w in (u.addTargetButton, u.addPaguButton, u.imporFormasiButton, u.bawaanButton):
            w.setVisible(admin)
        if not admin:
            self.setWindowTitle(self.windowTitle() + " (hanya Admin yang mengubah)")
        self.resize(900, 600)
        self.reload()

    def reload(self) -> None:
        u = self.ui
        _table(
            u.targetTable,
            ("Tahun", "Kategori", "Wilayah", "Jumlah", "Berlaku sejak", "Dasar"),
            [
                [
                    str(t.tahun),
                    KATEGORI.get(t.kategori, t.kategori),
                    self.ref.label(t.wilayah_kode),
                    format_angka(t.jumlah),
                    format_tanggal_pendek(t.berlaku),
                    t.dasar,
                ]
                for t in target.list_targets(self.ctx.db)
            ],
        )
        _table(
            u.paguTable,
            ("Tahun", "Sumber dana", "Pagu", "Berlaku sejak", "Dasar"),
            [
                [
                    str(a.tahun),
                    SUMBER_DANA.get(a.sumber_dana, a.sumber_dana),
                    format_rupiah(a.pagu),
                    format_tanggal_pendek(a.berlaku),
                    a.dasar,
                ]
                for a in target.list_anggaran(self.ctx.db)
            ],
        )
        posts = target.formasi(self.ctx.db)
        u.formasiInfo.setText(
            f"Jumlah jabatan aparat desa tercatat untuk {format_angka(len(posts))} desa "
            f"({format_angka(sum(posts.values()))} jabatan). Jumlah ini menjadi target aparat "
            "desa per desa; desa yang aparat desanya kurang dari jumlah ini tampil di Beranda "
            f"sebagai data belum lengkap. Struktur bawaan: {formasi_bawaan()} jabatan (kepala "
            "desa, sekretaris, 3 kaur, 3 kasi, 3 kepala dusun)."
        )

    def _done(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.reload()
        self.changed.emit()

    def _failed(self, e: UserError) -> None:
        self.ui.messageLabel.setText(f"<span style='color:#b00020'>{e.message}</span>")

    def add_target(self) -> None:
        u = self.ui
        try:
            t = target.set_target(
                self.ctx,
                u.tahunSpin.value(),
                str(u.kategoriCombo.currentData()),
                u.jumlahSpin.value(),
                str(u.wilayahCombo.currentData() or ""),
                u.dasarEdit.text(),
                cast(date, u.berlakuDate.date().toPython()),
                self.ref,
            )
        except UserError as e:
            self._failed(e)
            return
        self._done(f"Target dicatat: {target.format_target(t, self.ref)}.")

    def add_pagu(self) -> None:
        u = self.ui
        try:
            pagu = parse_rupiah(u.paguEdit.text())
        except ValueError as e:
            self._failed(UserError(f"Pagu: {e}"))
            return
        try:
            a = target.set_anggaran(
                self.ctx,
                u.paguTahunSpin.value(),
                str(u.sumberCombo.currentData()),
                pagu,
                u.paguDasarEdit.text(),
                cast(date, u.paguBerlakuDate.date().toPython()),
            )
        except UserError as e:
            self._failed(e)
            return
        self._done(f"Pagu {a.tahun} dicatat: {format_rupiah(a.pagu)}.")

    def import_formasi(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, "Impor jumlah jabatan per desa", "", "Excel (*.xlsx)"
        )
        if not path:
            return
        try:
            n = target.import_formasi(self.ctx, Path(path), self.ref)
        except UserError as e:
            self._failed(e)
            return
        self._done(f"Jumlah jabatan dicatat untuk {format_angka(n)} desa dari {Path(path).name}.")

    def default_formasi(self) -> None:
        try:
            n = target.apply_default_formasi(self.ctx, ref=self.ref)
        except UserError as e:
            self._failed(e)
            return
        self._done(f"Struktur bawaan diisi untuk {format_angka(n)} desa.")
