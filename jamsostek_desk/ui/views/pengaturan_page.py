"""Pengaturan: the office data, the operators, the database and its backups."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidgetItem, QMessageBox, QWidget

from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import auth, backup
from jamsostek_desk.services.access import ADMIN, OPERATOR, PERAN, WRITERS
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import add_operator, get_office, update_office
from jamsostek_desk.store.backup import backup_dir
from jamsostek_desk.ui.dialogs import folder_path
from jamsostek_desk.ui.fields import set_state
from jamsostek_desk.ui.forms.ui_pengaturan_page import Ui_PengaturanPage
from jamsostek_desk.ui.pages import Page
from jamsostek_desk.ui.theme import OK, WARNING, error_html, span
from jamsostek_desk.ui.views.office_form import OfficeFormWidget


class PengaturanPage(Page):
    context_changed = Signal(object)  # AppContext
    backup_requested = Signal()
    restore_requested = Signal()
    idle_changed = Signal(int)  # minutes

    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PengaturanPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.office = OfficeFormWidget(ref, self)
        self.ui.officeSlot.addWidget(self.office)
        self.ui.saveOfficeButton.clicked.connect(self.save_office)
        self.ui.addOperatorButton.clicked.connect(self.new_operator)
        self.ui.newOperatorEdit.returnPressed.connect(self.new_operator)
        self.ui.useOperatorButton.clicked.connect(self.change_own_password)
        self.ui.setRoleButton.clicked.connect(self.change_role)
        self.ui.setPasswordButton.clicked.connect(self.set_password)
        self.ui.idleSpin.editingFinished.connect(self.save_idle)
        for combo in (self.ui.newRoleCombo, self.ui.roleCombo):
            for key, label in PERAN.items():
                combo.addItem(label, key)
        self.ui.newRoleCombo.setCurrentIndex(self.ui.newRoleCombo.findData(OPERATOR))
        self.ui.operatorList.currentItemChanged.connect(self._selected)
        self.ui.backupButton.clicked.connect(self.backup_requested)
        self.ui.restoreButton.clicked.connect(self.restore_requested)
        self.ui.secondFolderButton.clicked.connect(lambda: self.choose_second_folder())
        self.ui.clearSecondFolderButton.clicked.connect(lambda: self.choose_second_folder(""))
        self.load()

    def reload(self) -> None:
        """Figures only: what is being typed in the office form stays."""
        self._load_operators()
        self.show_database()

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()
        self.apply_role(ctx.peran)

    def choose_second_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = folder_path(self, "Folder cadangan kedua (misalnya flash disk)")
            if not folder:
                return
        try:
            backup.set_second_folder(self.ctx.db, folder)
        except UserError as e:
            QMessageBox.warning(self, "Folder cadangan kedua", e.message)
            return
        self.show_database()

    def load(self) -> None:
        self.office.set_data(get_office(self.ctx.db))
        self.ui.officeMessage.clear()
        self.office.show_errors({})
        self._load_operators()
        self.show_database()

    def show_database(self) -> None:
        path = self.ctx.db.path
        second = backup.second_folder(self.ctx.db)
        found = backup.backups(path)
        last = f"{found[0].made:%d-%m-%Y %H:%M} ({found[0].path.name})" if found else "belum ada"
        if not second:
            where = "belum dipilih: cadangan hanya ada di komputer ini."
        elif Path(second).is_dir():
            where = escape(second)
        else:
            where = (
                escape(second)
                + "<br>"
                + span(WARNING, "⚠ Folder ini tidak ditemukan (flash disk tidak terpasang?).")
            )
        self.ui.clearSecondFolderButton.setEnabled(bool(second))
        self.ui.databaseLabel.setText(
            f"<b>Berkas database:</b><br>{escape(str(path))}<br><br>"
            f"<b>Folder cadangan:</b><br>{escape(str(backup_dir(path)))}<br>"
            f"Cadangan terakhir: {escape(last)}<br><br>"
            f"<b>Folder cadangan kedua:</b><br>{where}<br>"
            "<small>Cadangan dibuat otomatis sekali sehari dan sebelum pembaruan versi, dan "
            "disalin juga ke folder kedua.</small>"
        )

    def _load_operators(self) -> None:
        self.ui.operatorList.clear()
        for op_id, nama, peran, has_password in auth.operators(self.ctx.db):
            label = f"{nama}  ·  {PERAN.get(peran, peran)}"
            if op_id == self.ctx.operator_id:
                label += "  (Anda)"
            if not has_password:
                label += "  — belum punya kata sandi di komputer ini"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, op_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, peran)
            self.ui.operatorList.addItem(item)
        self.ui.signedInLabel.setText(
            f"Masuk sebagai <b>{escape(self.ctx.operator_nama)}</b> "
            f"({escape(PERAN.get(self.ctx.peran, self.ctx.peran))})."
        )
        self.ui.idleSpin.setValue(auth.idle_minutes(self.ctx.db))

    def apply_role(self, peran: str) -> None:
        """Office data, operators, roles, the lock time, the second backup folder and
        restoring a backup are the Admin's; a backup is made by Admin and Operator."""
        admin = peran == ADMIN
        u = self.ui
        u.backupButton.setVisible(peran in WRITERS)
        for w in (
            u.restoreButton,
            u.secondFolderButton,
            u.clearSecondFolderButton,
            u.saveOfficeButton,
            u.operatorList,
            u.newOperatorEdit,
            u.newRoleCombo,
            u.addOperatorButton,
            u.roleCombo,
            u.setRoleButton,
            u.setPasswordButton,
        ):
            w.setVisible(admin)
        self.office.setEnabled(admin)
        u.idleSpin.setEnabled(admin)

    def _selected(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            peran = item.data(Qt.ItemDataRole.UserRole + 1)
            self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(peran))

    def _ask_password(self, title: str, label: str) -> str | None:
        first, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        again, ok = QInputDialog.getText(
            self, title, "Ulangi kata sandi yang sama:", QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if first != again:
            QMessageBox.warning(self, title, "Kedua kata sandi tidak sama. Tidak ada yang diubah.")
            return None
        return first

    def save_office(self) -> None:
        try:
            self.ctx = update_office(self.ctx, self.office.data())
        except ValidationError as e:
            self.office.show_errors(e.errors)
            self.ui.officeMessage.setText(error_html(*e.errors.values()))
            return
        except UserError as e:
            QMessageBox.warning(self, "Data kantor", e.message)
            return
        self.office.show_errors({})
        self.ui.officeMessage.setText(span(OK, "Data kantor tersimpan."))
        self.context_changed.emit(self.ctx)

    def new_operator(self) -> None:
        nama = self.ui.newOperatorEdit.text()
        if not nama.strip():
            set_state(self.ui.newOperatorEdit, "error", "Nama operator wajib diisi.")
            return
        password = self._ask_password(
            "Operator baru",
            f"Kata sandi untuk {nama.strip()} (minimal {auth.MIN_LENGTH} karakter):",
        )
        if password is None:
            return
        try:
            add_operator(self.ctx, nama, self.ui.newRoleCombo.currentData(), password)
        except ValidationError as e:
            set_state(self.ui.newOperatorEdit, "error", e.errors.get("operator", ""))
            QMessageBox.warning(self, "Operator", e.message)
            return
        except UserError as e:
            QMessageBox.warning(self, "Operator", e.message)
            return
        set_state(self.ui.newOperatorEdit, None)
        self.ui.newOperatorEdit.clear()
        self._load_operators()

    def _current_operator(self) -> str | None:
        item = self.ui.operatorList.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def change_role(self) -> None:
        op_id = self._current_operator()
        if op_id is None:
            return
        try:
            auth.set_role(self.ctx, op_id, self.ui.roleCombo.currentData())
        except UserError as e:
            QMessageBox.warning(self, "Peran operator", e.message)
            return
        self._load_operators()

    def set_password(self) -> None:
        op_id = self._current_operator()
        if op_id is None:
            return
        password = self._ask_password(
            "Atur kata sandi", f"Kata sandi baru (minimal {auth.MIN_LENGTH} karakter):"
        )
        if password is None:
            return
        try:
            auth.set_password(self.ctx, op_id, password)
        except UserError as e:
            QMessageBox.warning(self, "Atur kata sandi", e.message)
            return
        self._load_operators()

    def change_own_password(self) -> None:
        old, ok = QInputDialog.getText(
            self, "Ganti kata sandi", "Kata sandi sekarang:", QLineEdit.EchoMode.Password
        )
        if not ok:
            return
        new = self._ask_password(
            "Ganti kata sandi", f"Kata sandi baru (minimal {auth.MIN_LENGTH} karakter):"
        )
        if new is None:
            return
        try:
            auth.change_password(self.ctx, old, new)
        except UserError as e:
            QMessageBox.warning(self, "Ganti kata sandi", e.message)
            return
        QMessageBox.information(self, "Ganti kata sandi", "Kata sandi Anda sudah diganti.")

    def save_idle(self) -> None:
        if self.ui.idleSpin.value() == auth.idle_minutes(self.ctx.db):
            return
        try:
            auth.set_idle_minutes(self.ctx, self.ui.idleSpin.value())
        except UserError as e:
            QMessageBox.warning(self, "Kunci layar", e.message)
            return
        self.idle_changed.emit(self.ui.idleSpin.value())
