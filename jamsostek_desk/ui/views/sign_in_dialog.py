"""Signing in: the operator list and a password (Enter signs in); also the idle lock, the
first Admin password of a database made before sign-in, and the Admin recovery code."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desk import APP_NAME
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.services import auth
from jamsostek_desk.services.access import ADMIN, PERAN
from jamsostek_desk.services.context import AppContext, load_context
from jamsostek_desk.store.db import Database
from jamsostek_desk.ui.forms.ui_sign_in_dialog import Ui_SignInDialog

SIGN_IN, UNLOCK, FIRST, RECOVER = "masuk", "buka", "pertama", "pulihkan"


class SignInDialog(QDialog):
    """``context`` holds the signed-in operator after ``accept``."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        locked: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.db = db
        self.locked = locked
        self.context: AppContext | None = None
        base = load_context(db)
        self.last_used = base.operator_id
        self.ui.headerLabel.setText(
            f"<h2>Masuk ke {escape(APP_NAME)}</h2>{escape(base.kantor_nama)}"
        )
        self.ui.signInButton.clicked.connect(self.submit)  # the default button: Enter
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.forgotButton.clicked.connect(lambda: self.set_mode(RECOVER))
        self.ui.operatorList.itemActivated.connect(lambda _i: self.ui.passwordEdit.setFocus())
        if locked is not None:
            self.set_mode(UNLOCK)
        elif not auth.has_credentials(db):
            self.set_mode(FIRST)
        else:
            self.set_mode(SIGN_IN)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        ui = self.ui
        ui.errorLabel.clear()
        ui.passwordEdit.clear()
        ui.confirmEdit.clear()
        ui.codeEdit.clear()
        confirm = mode in (FIRST, RECOVER)
        for w in (ui.confirmCaption, ui.confirmEdit):
            w.setVisible(confirm)
        for w in (ui.codeCaption, ui.codeEdit):
            w.setVisible(mode == RECOVER)
        ui.operatorList.setVisible(mode != RECOVER)
        ui.forgotButton.setVisible(mode == SIGN_IN)
        ui.passwordCaption.setText("Kata sandi &baru" if confirm else "&Kata sandi")
        if mode == UNLOCK:
            assert self.locked is not None
            self.setWindowTitle("Layar terkunci — Jamsostek Desk")
            ui.introLabel.setText(
                f"Layar dikunci karena lama tidak dipakai. Pekerjaan yang belum disimpan tetap "
                f"ada. Ketik kata sandi <b>{escape(self.locked.operator_nama)}</b> untuk "
                "melanjutkan."
            )
            ui.cancelButton.setText("Keluar dari aplikasi")
            ui.signInButton.setText("&Buka kunci")
        elif mode == FIRST:
            ui.introLabel.setText(
                "Database ini belum memakai kata sandi. Admin kantor membuat kata sandinya "
                f"sekarang (minimal {auth.MIN_LENGTH} karakter), lalu mendapat kode pemulihan."
            )
            ui.signInButton.setText("&Simpan dan masuk")
        elif mode == RECOVER:
            ui.introLabel.setText(
                "Ketik kode pemulihan Admin (yang dicetak atau disimpan saat pengaturan awal), "
                "lalu kata sandi baru Admin."
            )
            ui.signInButton.setText("&Atur ulang")
        else:
            ui.introLabel.setText("Pilih nama Anda, ketik kata sandi, lalu tekan Enter.")
            ui.signInButton.setText("&Masuk")
        self._fill_operators()
        (ui.codeEdit if mode == RECOVER else ui.passwordEdit).setFocus()

    def _fill_operators(self) -> None:
        lst = self.ui.operatorList
        lst.clear()
        for op_id, nama, peran, has_password in auth.operators(self.db):
            if self.mode == UNLOCK and (self.locked is None or op_id != self.locked.operator_id):
                continue
            if self.mode == FIRST and peran != ADMIN:
                continue
            label = f"{nama}  ·  {PERAN.get(peran, peran)}"
            if not has_password and self.mode == SIGN_IN:
                label += "  (belum punya kata sandi di komputer ini)"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, op_id)
            lst.addItem(item)
            if op_id == self.last_used or lst.currentItem() is None:
                lst.setCurrentItem(item)
        lst.setEnabled(self.mode != UNLOCK)

    def selected_operator(self) -> str | None:
        item = self.ui.operatorList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _fail(self, message: str) -> None:
        self.ui.errorLabel.setText(escape(message))
        self.ui.passwordEdit.selectAll()
        self.ui.passwordEdit.setFocus()

    def submit(self) -> None:
        password = self.ui.passwordEdit.text()
        try:
            if self.mode == RECOVER:
                if password != self.ui.confirmEdit.text():
                    return self._fail("Kedua kata sandi tidak sama.")
                code = auth.new_recovery_code()
                self.context = auth.recover_admin(self.db, self.ui.codeEdit.text(), password, code)
                show_recovery_code(self, code, self.context.operator_nama)
                return self.accept()
            op_id = self.selected_operator()
            if op_id is None:
                return self._fail("Pilih dulu nama operator.")
            if self.mode == FIRST:
                if password != self.ui.confirmEdit.text():
                    return self._fail("Kedua kata sandi tidak sama.")
                code = auth.new_recovery_code()
                self.context = auth.claim_first_password(self.db, op_id, password, code)
                show_recovery_code(self, code, self.context.operator_nama)
                return self.accept()
            aksi = "buka_kunci" if self.mode == UNLOCK else "masuk"
            self.context = auth.sign_in(self.db, op_id, password, aksi=aksi)
        except ValidationError as e:
            return self._fail(" ".join(e.errors.values()))
        except UserError as e:
            return self._fail(e.message)
        self.ui.passwordEdit.clear()
        self.accept()


def sign_in(db: Database, parent: QWidget | None = None) -> AppContext | None:
    """Ask who is working; None when the user leaves."""
    dialog = SignInDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.context


RECOVERY_WARNING = auth.RECOVERY_WARNING


class RecoveryCodeDialog(QDialog):
    """Shows the Admin recovery code once, with a warning; it can be saved or printed."""

    def __init__(self, code: str, admin_nama: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.admin_nama = admin_nama
        self.setWindowTitle("Kode pemulihan Admin")
        layout = QVBoxLayout(self)
        head = QLabel(f"<h3>Kode pemulihan Admin ({escape(admin_nama)})</h3>")
        self.codeLabel = QLabel(code)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(20)
        font.setBold(True)
        self.codeLabel.setFont(font)
        self.codeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        warn = QLabel(f"<b style='color:#c62828'>Penting:</b> {escape(RECOVERY_WARNING)}")
        warn.setWordWrap(True)
        row = QHBoxLayout()
        self.saveButton = QPushButton("Simpan ke berkas…")
        self.printButton = QPushButton("Cetak…")
        self.doneButton = QPushButton("Sudah saya simpan")
        row.addWidget(self.saveButton)
        row.addWidget(self.printButton)
        row.addStretch(1)
        row.addWidget(self.doneButton)
        for w in (head, self.codeLabel, warn):
            layout.addWidget(w)
        layout.addLayout(row)
        self.saveButton.clicked.connect(self.save)
        self.printButton.clicked.connect(self.print_code)
        self.doneButton.clicked.connect(self.accept)
        self.resize(520, 300)

    def text(self) -> str:
        return (
            f"Jamsostek Desk - kode pemulihan Admin ({self.admin_nama})\n\n{self.code}\n\n"
            f"{RECOVERY_WARNING}\n"
        )

    def save(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Simpan kode pemulihan", "kode-pemulihan-admin.txt", "Teks (*.txt)"
        )
        if not path:
            return None
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> Path | None:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self.text())
        except OSError as e:
            QMessageBox.warning(self, "Kode pemulihan", f"Berkas tidak bisa ditulis: {e.strerror}")
            return None
        return path

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(self.text())
        doc.print_(printer)


def show_recovery_code(parent: QWidget | None, code: str, admin_nama: str) -> None:
    RecoveryCodeDialog(code, admin_nama, parent).exec()
