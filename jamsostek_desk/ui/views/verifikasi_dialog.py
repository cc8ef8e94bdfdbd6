"""Verifikasi: paste or scan the text of a card's or letter's QR code and see if it is genuine."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.verifikasi import Verification, verify_code
from jamsostek_desk.ui.forms.ui_verifikasi_dialog import Ui_VerifikasiDialog
from jamsostek_desk.ui.theme import ERROR, OK


class VerifikasiDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifikasiDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.verification: Verification | None = None
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.codeEdit.returnPressed.connect(self.check)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.closeButton.setAutoDefault(False)

    def check(self) -> None:
        text = self.ui.codeEdit.text().strip()
        if not text:
            self.ui.resultLabel.setText("Isi kode QR dulu.")
            return
        self.verification = r = verify_code(self.ctx, text)
        color = OK if r.genuine else ERROR
        rows = "".join(
            f"<tr><td>{escape(k)}</td><td><b>{escape(v)}</b></td></tr>" for k, v in r.details
        )
        self.ui.resultLabel.setText(
            f"<p style='font-size:18px; color:{color}'><b>{escape(r.title)}</b></p>"
            f"<table cellspacing='4'>{rows}</table>"
        )
        self.ui.codeEdit.selectAll()
