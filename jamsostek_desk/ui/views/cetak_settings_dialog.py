"""Printing settings: letter number pattern, code, place, programme title, logo, signatories
and witnesses."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QWidget

from jamsostek_desk.domain.errors import ValidationError
from jamsostek_desk.domain.surat import format_nomor
from jamsostek_desk.services.cetak_settings import Pejabat, load_settings, save_print_settings
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.dialogs import open_path
from jamsostek_desk.ui.fields import label_buttons
from jamsostek_desk.ui.forms.ui_cetak_settings_dialog import Ui_CetakSettingsDialog
from jamsostek_desk.ui.theme import error_html

ROWS = 6


def _fill(table: QTableWidget, people: list[Pejabat]) -> None:
    table.setColumnCount(3)
    table.setHorizontalHeaderLabels(["Nama lengkap dan gelar", "Jabatan", "NIP"])
    table.setRowCount(ROWS)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setColumnWidth(0, 240)
    table.setColumnWidth(1, 280)
    for r in range(ROWS):
        p = people[r] if r < len(people) else Pejabat()
        for c, v in enumerate((p.nama, p.jabatan, p.nip)):
            table.setItem(r, c, QTableWidgetItem(v))


def _read(table: QTableWidget) -> list[Pejabat]:
    out = []
    for r in range(table.rowCount()):
        items = [table.item(r, c) for c in range(3)]
        vals = [(i.text() if i is not None else "").strip() for i in items]
        if vals[0]:
            out.append(Pejabat(*vals))
    return out


class CetakSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CetakSettingsDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        s = load_settings(ctx.db)
        u = self.ui
        u.polaEdit.setText(s.pola_nomor)
        u.kodeEdit.setText(s.kode_surat)
        u.kotaEdit.setText(s.kota)
        u.judulEdit.setText(s.judul_program)
        u.judulKartuEdit.setText(s.judul_kartu)
        u.meteraiCheck.setChecked(s.meterai)
        u.logoEdit.setText(s.logo)
        _fill(u.ttdTable, s.penandatangan)
        _fill(u.saksiTable, s.saksi)
        u.polaEdit.textChanged.connect(self._example)
        u.kodeEdit.textChanged.connect(self._example)
        u.logoButton.clicked.connect(self._choose_logo)
        label_buttons(u.buttonBox, "Simpan", min_width=90)
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        self._example()

    def _example(self) -> None:
        try:
            text = format_nomor(self.ui.polaEdit.text(), 7, self.ui.kodeEdit.text(), date.today())
        except ValueError as e:
            text = error_html(str(e))
        self.ui.contohLabel.setText(text)

    def _choose_logo(self) -> None:
        path = open_path(self, "Pilih logo kop surat", "Gambar (*.png *.jpg *.jpeg)")
        if path:
            self.ui.logoEdit.setText(path)

    def save(self) -> None:
        u = self.ui
        s = load_settings(self.ctx.db)
        s.pola_nomor = u.polaEdit.text()
        s.kode_surat = u.kodeEdit.text()
        s.kota = " ".join(u.kotaEdit.text().split())
        s.judul_program = " ".join(u.judulEdit.text().split())
        s.judul_kartu = u.judulKartuEdit.text()
        s.meterai = u.meteraiCheck.isChecked()
        s.logo = u.logoEdit.text().strip()
        s.penandatangan = _read(u.ttdTable)
        s.saksi = _read(u.saksiTable)
        try:
            save_print_settings(self.ctx, s)
        except ValidationError as e:
            u.errorLabel.setText(error_html(*e.errors.values()))
            return
        self.accept()
