"""First run: who this office is, and the first operator."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import auth
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import setup_office
from jamsostek_desk.store.db import Database
from jamsostek_desk.ui.fields import label_buttons, set_state
from jamsostek_desk.ui.forms.ui_setup_dialog import Ui_SetupDialog
from jamsostek_desk.ui.views.office_form import OfficeFormWidget


class SetupDialog(QDialog):
    def __init__(self, db: Database, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.db = db
        self.context: AppContext | None = None
        self.office = OfficeFormWidget(ref, self)
        self.ui.officeSlot.addWidget(self.office)
        # The operator row joins the office form so that all labels line up.
        self.office.ui.officeLayout.addRow(self.ui.operatorCaption, self.ui.operatorEdit)
        # The first operator is the Admin and signs in with this password.
        self.passwordEdit = QLineEdit(self)
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setPlaceholderText(f"minimal {auth.MIN_LENGTH} karakter")
        self.confirmEdit = QLineEdit(self)
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.office.ui.officeLayout.addRow(QLabel("Kata sandi Admin", self), self.passwordEdit)
        self.office.ui.officeLayout.addRow(QLabel("Ulangi kata sandi", self), self.confirmEdit)
        self.recovery_code = ""
        label_buttons(self.ui.buttonBox, "Simpan dan mulai", min_width=130)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.setTabOrder(self.office.ui.kepalaJabatanEdit, self.ui.operatorEdit)
        self.setTabOrder(self.ui.operatorEdit, self.passwordEdit)
        self.setTabOrder(self.passwordEdit, self.confirmEdit)
        self.office.ui.jenisCombo.setFocus()

    def save(self) -> None:
        password = self.passwordEdit.text()
        if password != self.confirmEdit.text():
            set_state(self.confirmEdit, "error", "Kedua kata sandi tidak sama.")
            self.ui.errorLabel.setText("Kedua kata sandi Admin tidak sama.")
            return
        set_state(self.confirmEdit, None)
        code = auth.new_recovery_code()
        try:
            self.context = setup_office(
                self.db, self.office.data(), self.ui.operatorEdit.text(), password, code
            )
        except ValidationError as e:
            set_state(
                self.passwordEdit,
                "error" if "sandi" in e.errors else None,
                e.errors.get("sandi", ""),
            )
            self.office.show_errors(e.errors)
            set_state(
                self.ui.operatorEdit,
                "error" if "operator" in e.errors else None,
                e.errors.get("operator", ""),
            )
            self.ui.errorLabel.setText("<br>".join(escape(m) for m in e.errors.values()))
            return
        except UserError as e:
            self.ui.errorLabel.setText(escape(e.message))
            return
        self.recovery_code = code
        from jamsostek_desk.ui.views.sign_in_dialog import show_recovery_code

        show_recovery_code(self, code, self.context.operator_nama)
        self.accept()
