"""Record that printed cards were handed over: date, ceremony (if any) and recipient."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from jamsostek_desk.domain.dates import format_tanggal, format_tanggal_pendek, parse_tanggal
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services.acara import list_acara
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.kartu import hand_over
from jamsostek_desk.ui.fields import label_buttons
from jamsostek_desk.ui.forms.ui_serah_kartu_dialog import Ui_SerahKartuDialog
from jamsostek_desk.ui.theme import error_html


class SerahKartuDialog(QDialog):
    def __init__(
        self, ctx: AppContext, kartu_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SerahKartuDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.kartu_ids = list(kartu_ids)
        self.count = 0
        u = self.ui
        u.introLabel.setText(f"{len(self.kartu_ids)} kartu yang dipilih ditandai diserahkan.")
        u.tanggalEdit.setText(format_tanggal_pendek(date.today()))
        u.acaraCombo.addItem("(bukan di acara)", None)
        for a in list_acara(ctx):
            u.acaraCombo.addItem(f"{a.nama} — {format_tanggal(a.tanggal)}", a.id)
        label_buttons(u.buttonBox, "Simpan", min_width=90)
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        u = self.ui
        try:
            tanggal = parse_tanggal(u.tanggalEdit.text())
            if tanggal > date.today():
                raise ValueError("Tanggal penyerahan tidak boleh di masa depan.")
            self.count = hand_over(
                self.ctx,
                self.kartu_ids,
                tanggal,
                u.penerimaEdit.text(),
                u.acaraCombo.currentData(),
            )
        except ValueError as e:
            u.errorLabel.setText(error_html(str(e)))
            return
        except UserError as e:
            u.errorLabel.setText(error_html(e.message))
            return
        self.accept()
