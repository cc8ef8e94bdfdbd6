"""What each role sees in the main window: pages, menu entries and buttons a role may not use
are hidden (the services refuse them as well, services/access.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import ADMIN, PIMPINAN, WRITERS

# page title -> roles that see it (Beranda, Peserta, Kartu, Manfaat and Pengaturan: everyone;
# Pimpinan reads them, their writing buttons hidden below)
PAGES = {
    "Sinkronisasi": WRITERS,
    "Acara": WRITERS,
    "Riwayat": (ADMIN, PIMPINAN),
}


def _set(widget: Any, visible: bool) -> None:
    if widget is not None:
        widget.setVisible(visible)


def apply_role(window: Any) -> None:
    """Show or hide what ``window.ctx.peran`` may use; call again after a sign-in."""
    peran = window.ctx.peran
    writer = peran in WRITERS
    admin = peran == ADMIN
    nav = window.ui.navList
    for row in range(nav.count()):
        item = nav.item(row)
        roles = PAGES.get(item.text())
        item.setHidden(roles is not None and peran not in roles)
    if nav.currentItem() is not None and nav.currentItem().isHidden():
        nav.setCurrentRow(0)
    u = window.ui
    for action in (u.actionImpor, u.actionBpjsExport, u.actionBpjsImport, u.actionBackup):
        action.setVisible(writer)
    for action in (window.actionHakAkses, window.actionHakHapus, u.actionRestore):
        action.setVisible(admin)
    page = window.peserta_page
    for w in (page.ui.addButton, page.exportButton, page.importButton, page.cardButton):
        _set(w, writer)
    _set(page.ui.fullNikCheck, writer)
    kartu = window.kartu_page.ui
    for w in (
        kartu.fullNikCheck,
        kartu.printButton,
        kartu.cancelButton,
        kartu.handOverButton,
        kartu.backCheck,
    ):
        _set(w, writer)
    manfaat = window.manfaat_page.ui
    for w in (
        manfaat.addButton,
        manfaat.editButton,
        manfaat.setStatusButton,
        manfaat.receiptButton,
        manfaat.letterButton,
    ):
        _set(w, writer)
    _set(manfaat.tarifAddButton, admin)  # benefit rules, like tariffs, targets and budgets
    _set(manfaat.settingsButton, admin)
    window.pengaturan_page.apply_role(peran)


def guard_full_nik(check: QCheckBox, ctx_of: Any, where: str, parent: QWidget) -> None:
    """Ticking "NIK lengkap" is an audit entry; a role that may not is unticked again."""

    def toggled(on: bool) -> None:
        if not on:
            return
        try:
            audit.record_full_nik(ctx_of(), where)
        except UserError as e:
            check.setChecked(False)
            QMessageBox.warning(parent, "NIK lengkap", e.message)

    check.toggled.connect(toggled)
