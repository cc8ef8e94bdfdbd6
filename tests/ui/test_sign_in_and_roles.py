"""The sign-in screen, the idle lock, and what each role sees in the main window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import auth
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import add_operator
from jamsostek_desk.store.models import AuditLog
from jamsostek_desk.ui.idle_lock import IdleLock
from jamsostek_desk.ui.main_window import MainWindow
from jamsostek_desk.ui.views.sign_in_dialog import FIRST, RECOVER, SIGN_IN, SignInDialog

ADMIN_PW = "sandi-admin-1"


def _aksi(ctx: AppContext) -> list[str]:
    with ctx.db.session() as s:
        return list(s.execute(select(AuditLog.aksi).order_by(AuditLog.waktu)).scalars())


@pytest.fixture
def office(ctx: AppContext) -> dict[str, AppContext]:
    """The Admin (with a password now), an Operator and a Pimpinan, each signed in."""
    admin = auth.claim_first_password(ctx.db, ctx.operator_id, ADMIN_PW, "AAAAA-BBBBB-CCCCC-DDDDD")
    out = {"admin": admin}
    for peran in ("operator", "pimpinan"):
        op_id = add_operator(
            admin, f"Orang {peran.title()}", peran=peran, password=f"sandi-{peran}"
        )
        out[peran] = auth.sign_in(ctx.db, op_id, f"sandi-{peran}")
    return out


def _select(dialog: SignInDialog, nama: str) -> None:
    lst = dialog.ui.operatorList
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text().startswith(nama))
    lst.setCurrentItem(item)


def test_sign_in_screen_enter_signs_in(qtbot, office) -> None:
    db = office["admin"].db
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.mode == SIGN_IN and not dialog.ui.confirmEdit.isVisible()
    names = [dialog.ui.operatorList.item(i).text() for i in range(dialog.ui.operatorList.count())]
    assert names == [
        "Orang Operator  ·  Operator",
        "Orang Pimpinan  ·  Pimpinan",
        "Rina Operator  ·  Admin",
    ]
    _select(dialog, "Orang Operator")
    dialog.ui.passwordEdit.setFocus()
    qtbot.keyClicks(dialog.ui.passwordEdit, "salah sekali")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.context is None
    assert "salah (1 dari 5" in dialog.ui.errorLabel.text()
    dialog.ui.passwordEdit.clear()
    qtbot.keyClicks(dialog.ui.passwordEdit, "sandi-operator")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.context is not None
    assert (dialog.context.operator_nama, dialog.context.peran) == ("Orang Operator", "operator")
    assert _aksi(office["admin"])[-2:] == ["gagal_masuk", "masuk"]
    assert not dialog.ui.passwordEdit.text()  # nothing kept in the widget


def test_old_database_asks_the_admin_for_a_first_password(qtbot, ctx, recovery_codes) -> None:
    dialog = SignInDialog(ctx.db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mode == FIRST and dialog.ui.confirmEdit.isVisible()
    assert dialog.ui.operatorList.count() == 1  # only the Admin
    qtbot.keyClicks(dialog.ui.passwordEdit, "sandi-pertama")
    qtbot.keyClicks(dialog.ui.confirmEdit, "sandi-lain-1")
    qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
    assert "tidak sama" in dialog.ui.errorLabel.text() and not auth.has_credentials(ctx.db)
    dialog.ui.passwordEdit.setText("sandi-pertama")
    dialog.ui.confirmEdit.setText("sandi-pertama")
    qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and len(recovery_codes) == 1
    assert auth.sign_in(ctx.db, ctx.operator_id, "sandi-pertama").peran == "admin"
    assert auth.recover_admin(ctx.db, recovery_codes[0], "sandi-kedua-2", "XXXXX-XXXXX-XXXXX-XXXXX")


def test_forgotten_admin_password_with_the_recovery_code(qtbot, office, recovery_codes) -> None:
    dialog = SignInDialog(office["admin"].db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.forgotButton.click()
    assert dialog.mode == RECOVER and dialog.ui.codeEdit.isVisible()
    qtbot.keyClicks(dialog.ui.codeEdit, "aaaaa bbbbb ccccc ddddd")
    qtbot.keyClicks(dialog.ui.passwordEdit, "sandi-baru-99")
    qtbot.keyClicks(dialog.ui.confirmEdit, "sandi-baru-99")
    qtbot.keyClick(dialog.ui.confirmEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.context is not None and dialog.context.operator_nama == "Rina Operator"
    assert len(recovery_codes) == 1 and recovery_codes[0] != "AAAAA-BBBBB-CCCCC-DDDDD"


def test_idle_lock_asks_the_password_and_keeps_unsaved_work(qtbot, office, ref) -> None:
    ctx = office["operator"]
    window = MainWindow(ctx, ref)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    form = window.peserta_page.open_form(None)
    qtbot.keyClicks(form.ui.namaEdit, "Belum Disimpan")
    lock = IdleLock(window, lambda: window.ctx, timeout_ms=200)
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=3000)
    dialog = lock.dialog
    assert isinstance(dialog, SignInDialog)
    assert dialog.isVisible() and dialog.windowTitle().startswith("Layar terkunci")
    assert dialog.ui.operatorList.count() == 1 and not dialog.ui.operatorList.isEnabled()
    assert any(c.isVisible() for c in lock.covers)  # the data underneath is covered
    dialog.ui.passwordEdit.setText("bukan ini")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert lock.is_locked and "salah" in dialog.ui.errorLabel.text()
    dialog.ui.passwordEdit.setText("sandi-operator")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert not lock.is_locked and lock.dialog is None and not lock.covers
    assert form.isVisible() and form.ui.namaEdit.text() == "Belum Disimpan"
    assert _aksi(ctx)[-3:] == ["kunci_layar", "gagal_masuk", "buka_kunci"]
    lock.stop()
    form.close()


def _visible_ui(window: MainWindow) -> dict[str, object]:
    nav = window.ui.navList
    page = window.peserta_page
    return {
        "pages": [nav.item(i).text() for i in range(nav.count()) if not nav.item(i).isHidden()],
        "menu": [a.text() for a in window.ui.menuBerkas.actions() if a.isVisible() and a.text()],
        "buttons": [
            b.text()
            for b in (page.ui.addButton, page.exportButton, page.importButton, page.cardButton)
            if b.isVisibleTo(page)
        ],
        "full_nik": page.ui.fullNikCheck.isVisibleTo(page),
        "operators": not window.pengaturan_page.ui.addOperatorButton.isHidden(),
    }


EXPECTED = {
    "admin": {
        "pages": [
            "Beranda",
            "Peserta",
            "Kartu",
            "Manfaat",
            "Acara",
            "Sinkronisasi",
            "Riwayat",
            "Pengaturan",
        ],
        "writer": True,
        "operators": True,
    },
    "operator": {
        "pages": ["Beranda", "Peserta", "Kartu", "Manfaat", "Acara", "Sinkronisasi", "Pengaturan"],
        "writer": True,
        "operators": False,
    },
    "pimpinan": {
        "pages": ["Beranda", "Peserta", "Kartu", "Manfaat", "Riwayat", "Pengaturan"],
        "writer": False,
        "operators": False,
    },
}


@pytest.mark.parametrize("peran", ["admin", "operator", "pimpinan"])
def test_each_role_sees_its_own_menus(qtbot, office, ref: WilayahRef, peran: str) -> None:
    window = MainWindow(office[peran], ref)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen = _visible_ui(window)
    want = EXPECTED[peran]
    assert seen["pages"] == want["pages"]
    writer = want["writer"]
    exports = {"&Impor daftar peserta dari Excel…", "Ekspor daftar pendaftaran &BPJS…"}
    assert exports <= set(seen["menu"]) if writer else not exports & set(seen["menu"])
    assert "&Ganti operator…" in seen["menu"]
    assert ("Data satu peserta (hak &akses)…" in seen["menu"]) is (peran == "admin")
    assert ("&Pulihkan dari cadangan…" in seen["menu"]) is (peran == "admin")
    restore = window.pengaturan_page.ui.restoreButton
    assert (not restore.isHidden()) is (peran == "admin")
    targets = window.beranda_page.open_targets()  # everyone reads; the Admin sets
    assert (not targets.ui.addTargetButton.isHidden()) is (peran == "admin")  # type: ignore[attr-defined]
    targets.close()
    assert len(seen["buttons"]) == (4 if writer else 0)
    assert seen["full_nik"] is writer
    assert seen["operators"] is want["operators"]
    assert window.ui.operatorLabel.text().endswith(f"({peran.title()})")
    form = window.peserta_page.open_form(window.peserta_page.model.id_at(0))
    assert (form is not None) is writer  # Pimpinan: no form with the full NIK
    if form is not None:
        form.close()


def test_switching_operator_changes_what_is_shown(qtbot, office, ref, monkeypatch) -> None:
    window = MainWindow(office["admin"], ref)
    qtbot.addWidget(window)
    window.show()
    import jamsostek_desk.ui.views.sign_in_dialog as sid

    monkeypatch.setattr(sid, "sign_in", lambda db, parent=None: office["pimpinan"])
    window.actionGantiOperator.trigger()
    assert window.ctx.peran == "pimpinan"
    assert _visible_ui(window)["pages"] == EXPECTED["pimpinan"]["pages"]
    assert not window.ui.actionBpjsExport.isVisible()


def test_full_nik_switch_is_audited(qtbot, office, ref) -> None:
    window = MainWindow(office["operator"], ref)
    qtbot.addWidget(window)
    window.show()
    window.peserta_page.ui.fullNikCheck.click()
    assert _aksi(office["operator"])[-1] == "nik_lengkap"


def test_riwayat_page_filters_and_exports(qtbot, office, ref, tmp_path: Path) -> None:
    from jamsostek_desk.services.lists.export import export_list
    from jamsostek_desk.services.peserta_list import PesertaFilter

    export_list(office["operator"], PesertaFilter(status="aktif"), tmp_path / "aktif.xlsx")
    window = MainWindow(office["pimpinan"], ref)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    nav = window.ui.navList
    nav.setCurrentRow(next(i for i in range(nav.count()) if nav.item(i).text() == "Riwayat"))
    page = window.riwayat_page
    assert page.isVisible() and page.ui.table.rowCount() > 0
    page.ui.aksiCombo.setCurrentIndex(page.ui.aksiCombo.findData("ekspor_daftar"))
    assert page.ui.table.rowCount() == 1
    row = [page.ui.table.item(0, c).text() for c in range(page.ui.table.columnCount())]
    assert row[1:5] == ["Orang Operator", "Daftar peserta diekspor", row[3], "aktif.xlsx"]
    assert int(row[3]) > 0
    page.ui.operatorCombo.setCurrentIndex(page.ui.operatorCombo.findData("Rina Operator"))
    assert page.ui.table.rowCount() == 0
    page.ui.operatorCombo.setCurrentIndex(0)
    page.ui.aksiCombo.setCurrentIndex(0)
    out = page.export(str(tmp_path / "riwayat.xlsx"))
    assert out is not None and out.exists()
    import openpyxl

    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet.cell(1, 2).value == "OPERATOR"
    assert sheet.max_row == page.ui.table.rowCount()  # header + every row but the new entry
    assert page.ui.table.item(0, 2).text() == "Riwayat diekspor"
    shots = Path("/tmp/i11")
    if shots.is_dir():
        window.grab().save(str(shots / "riwayat.png"))
    QApplication.processEvents()
    assert json.loads("{}") == {}


def test_admin_erases_a_persons_data_from_the_menu(qtbot, office, ref, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from jamsostek_desk.services.peserta_list import PesertaFilter, count, fetch_page

    admin = office["admin"]
    person = fetch_page(admin.db, PesertaFilter(), limit=1)[0]
    window = MainWindow(admin, ref)
    qtbot.addWidget(window)
    answers = iter([(person.nik, True), ("surat permintaan 1 Desember", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    before = count(admin.db, PesertaFilter())
    window.actionHakHapus.trigger()
    assert count(admin.db, PesertaFilter()) == before - 1
    window.show_page("Peserta")  # the list reads again when shown
    qtbot.waitUntil(lambda: window.peserta_page.model.rowCount() == before - 1)
    assert _aksi(admin)[-1] == "hak_hapus"
