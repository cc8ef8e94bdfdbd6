"""Asking why and since when a participant is no longer active."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from jamsostek_desk.domain.codes import ALASAN_NONAKTIF
from jamsostek_desk.ui.fields import fill_combo, label_buttons, read_date, set_state, write_date
from jamsostek_desk.ui.forms.ui_nonaktif_dialog import Ui_NonaktifDialog


class NonaktifDialog(QDialog):
    def __init__(self, nama: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NonaktifDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            f"Nonaktifkan kepesertaan <b>{escape(nama)}</b>. Data tetap tersimpan dan bisa "
            "diaktifkan kembali."
        )
        fill_combo(self.ui.alasanCombo, ALASAN_NONAKTIF, blank="— pilih alasan —")
        write_date(self.ui.tanggalEdit, date.today())
        label_buttons(self.ui.buttonBox, "Nonaktifkan")
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.alasan = ""
        self.tanggal: date | None = None
        self.keterangan = ""

    def _accept(self) -> None:
        problems = []
        alasan = self.ui.alasanCombo.currentData() or ""
        set_state(self.ui.alasanCombo, None if alasan else "error")
        if not alasan:
            problems.append("Pilih alasan nonaktif.")
        tanggal, err = read_date(self.ui.tanggalEdit)
        if tanggal is None and err is None:
            err = "Tanggal wajib diisi."
        elif tanggal is not None and tanggal > date.today():
            err = "Tanggal nonaktif tidak boleh di masa depan."
        set_state(self.ui.tanggalEdit, "error" if err else None, err or "")
        if err:
            problems.append(err)
        if problems:
            self.ui.errorLabel.setText("<br>".join(escape(p) for p in problems))
            return
        self.alasan, self.tanggal = alasan, tanggal
        self.keterangan = self.ui.keteranganEdit.text().strip()
        self.accept()
