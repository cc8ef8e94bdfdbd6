"""Pengaturan: the office data, the operators, the database and its backups."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import backup
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import (
    add_operator,
    get_office,
    list_operators,
    switch_operator,
    update_office,
)
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
        self.ui.useOperatorButton.clicked.connect(self.use_operator)
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
        for op_id, nama in list_operators(self.ctx.db):
            label = f"{nama}  (sedang dipakai)" if op_id == self.ctx.operator_id else nama
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, op_id)
            self.ui.operatorList.addItem(item)

    def save_office(self) -> None:
        try:
            self.ctx = update_office(self.ctx, self.office.data())
        except ValidationError as e:
            self.office.show_errors(e.errors)
            self.ui.officeMessage.setText(error_html(*e.errors.values()))
            return
        self.office.show_errors({})
        self.ui.officeMessage.setText(span(OK, "Data kantor tersimpan."))
        self.context_changed.emit(self.ctx)

    def new_operator(self) -> None:
        try:
            add_operator(self.ctx, self.ui.newOperatorEdit.text())
        except ValidationError as e:
            set_state(self.ui.newOperatorEdit, "error", e.errors.get("operator", ""))
            QMessageBox.warning(self, "Operator", e.message)
            return
        set_state(self.ui.newOperatorEdit, None)
        self.ui.newOperatorEdit.clear()
        self._load_operators()

    def use_operator(self) -> None:
        item = self.ui.operatorList.currentItem()
        if item is None:
            return
        try:
            self.ctx = switch_operator(self.ctx, item.data(Qt.ItemDataRole.UserRole))
        except UserError as e:
            QMessageBox.warning(self, "Operator", e.message)
            return
        self._load_operators()
        self.context_changed.emit(self.ctx)
