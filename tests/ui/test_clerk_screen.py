"""What a clerk meets every day: one form per double-click, figures that follow the data,
questions in a sensible order, backups on a flash disk and a way back, help in the app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jamsostek_desk import __version__
from jamsostek_desk.services import backup
from jamsostek_desk.services.context import AppContext, load_context
from jamsostek_desk.services.synthetic import insert_generated
from jamsostek_desk.store.backup import count_peserta, list_backups
from jamsostek_desk.store.db import open_database
from jamsostek_desk.ui.main_window import MainWindow
from jamsostek_desk.ui.views.peserta_form import PesertaFormDialog


def _forms(w: MainWindow) -> list[PesertaFormDialog]:
    return [f for f in w.peserta_page.findChildren(PesertaFormDialog) if f.isVisible()]


def test_double_click_opens_the_form_once(qtbot, window):
    view = window.peserta_page.ui.tableView
    rect = view.visualRect(window.peserta_page.model.index(2, 0))
    # a real double-click: press and release, then a second press that is the double-click
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: len(_forms(window)) == 1)
    assert _forms(window)[0].peserta_id == window.peserta_page.model.id_at(2)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # a second way in brings the same form forward
    assert len(_forms(window)) == 1
    _forms(window)[0].reject()


def test_ctrl_i_in_the_form_opens_the_import(qtbot, window):
    from jamsostek_desk.ui.views.import_wizard import ImportWizard

    form = window.peserta_page.open_form(None)
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.ui.nikEdit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None)
    assert not form.isVisible()
    window.findChild(ImportWizard).reject()


def test_figures_follow_an_import_made_outside_the_window(qtbot, window, ctx):
    """A command-line import while the window is open: the visible list and its count follow,
    the Kartu page reads again when it is next shown."""
    window.show_page("Peserta")  # Beranda is the first page; the list is the one looked at
    page = window.peserta_page
    assert page.ui.countLabel.text() == "300 peserta"
    other = open_database(ctx.db.path)  # another program's connection to the same file
    try:
        insert_generated(AppContext(**{**ctx.__dict__, "db": other}), 25, seed=99)
    finally:
        other.close()
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == "325 peserta", timeout=10_000)
    assert page.model.rowCount() == 325
    page.ui.tableView.selectAll()
    assert len(page.selected_ids()) == 325
    assert window.ui.pages.indexOf(window.kartu_page) in window._stale


def test_own_saves_do_not_reload_the_visible_page(qtbot, window, ctx):
    from jamsostek_desk.services import kartu

    kartu.request_cards(ctx, [window.peserta_page.model.id_at(0)])  # through the window's engine
    reloaded = []
    window.peserta_page.reload = lambda: reloaded.append(1)  # type: ignore[method-assign]
    window._check_database()
    assert not reloaded
    assert window.ui.pages.indexOf(window.kartu_page) in window._stale


def test_desa_picked_from_the_list_clears_its_error(qtbot, window):
    form = window.peserta_page.open_form(None)
    edit = form.ui.desaEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "Binc")
    edit.editingFinished.emit()
    form.touched.add("desa_kode")
    form.validate()
    assert edit.property("state") == "error"
    assert "tidak ditemukan" in form.ui.messageLabel.text()
    completer = form.desa.completer
    completer.setCompletionPrefix("Sungai Tabuk Kota")
    label = completer.currentCompletion()
    assert label
    edit.setText(label)  # what the completer does before it says "activated"
    completer.activated.emit(label)
    assert edit.property("state") != "error"
    assert "tidak ditemukan" not in form.ui.messageLabel.text()
    form.reject()


# -- sync page: what can be checked is checked before any question --------------------------


def _sync_page(window: MainWindow):
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(window.sync_page))
    return window.sync_page


def test_sync_checks_the_folder_before_asking(window, tmp_path, monkeypatch, no_modal_questions):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    page = _sync_page(window)
    page.ui.fileEdit.setText(str(tmp_path / "flashdisk-tidak-ada" / "pusat.jdsync"))
    page.ui.passEdit.setText("kata-sandi-dinas")
    page.start_sync()
    assert not no_modal_questions
    assert warned and "tidak ditemukan" in warned[0]


def test_sync_checks_the_passphrase_before_asking(
    window, tmp_path, monkeypatch, no_modal_questions
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    page = _sync_page(window)
    page.ui.fileEdit.setText(str(tmp_path / "pusat.jdsync"))
    page.ui.passEdit.setText("pendek")
    page.start_sync()
    assert not no_modal_questions  # "Buat berkas pusat baru?" is not asked
    assert shown and "minimal 8 karakter" in shown[0]
    page.ui.passEdit.setText("cukup-panjang")
    page.start_sync()
    assert no_modal_questions == ["Berkas pusat baru"]  # the patched answer is "no"


# -- backups ---------------------------------------------------------------------------------


def test_backup_is_copied_to_the_second_folder(qtbot, window, tmp_path):
    flash = tmp_path / "flashdisk"
    flash.mkdir()
    page = window.pengaturan_page
    page.choose_second_folder(str(flash))
    assert str(flash) in page.ui.databaseLabel.text()
    window.ui.actionBackup.trigger()
    copies = flash / "JamsostekDesk-cadangan"
    qtbot.waitUntil(lambda: bool(list_backups(window.ctx.db.path, copies)), timeout=10_000)
    made = list_backups(window.ctx.db.path)[0]
    assert (copies / made.name).read_bytes() == made.read_bytes()
    # "Cadangan terakhir" follows as soon as the backup is done
    qtbot.waitUntil(lambda: made.name in page.ui.databaseLabel.text(), timeout=10_000)


def test_missing_second_folder_is_said(qtbot, window, tmp_path, monkeypatch):
    flash = tmp_path / "flashdisk"
    flash.mkdir()
    window.pengaturan_page.choose_second_folder(str(flash))
    flash.rmdir()  # the flash disk was pulled out
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    window.backup_now()
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "tidak ditemukan" in warned[0] and str(flash) in warned[0]
    assert list_backups(window.ctx.db.path)  # the backup beside the database was made
    assert "tidak ditemukan" in window.pengaturan_page.ui.databaseLabel.text()


def test_restore_lists_backups_and_restarts_on_the_restored_file(qtbot, window, ctx, monkeypatch):
    path = ctx.db.path
    first = backup.backup_now(path, "").path
    assert first is not None
    insert_generated(ctx, 10, seed=5)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = window.open_restore()
    rows = {dialog.table.item(r, 3).text(): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(rows[str(first)], 1).text() == "300"  # participants in it
    dialog.table.selectRow(rows[str(first)])
    with qtbot.waitSignal(window.restart_requested, timeout=10_000):
        assert dialog.restore_selected()
    assert count_peserta(path) == 300
    safety = [b for b in list_backups(path) if "sebelum-pulihkan" in b.name]
    assert safety and count_peserta(safety[0]) == 310  # the state before, kept


def test_restore_refuses_a_file_that_is_no_backup(qtbot, window, ctx, tmp_path, monkeypatch):
    bad = tmp_path / "bukan.sqlite"
    bad.write_text("bukan database")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    dialog = window.open_restore()
    assert not dialog.restore_other(str(bad))
    assert "bukan cadangan" in warned[0]
    assert count_peserta(ctx.db.path) == 300


# -- Bantuan ---------------------------------------------------------------------------------


def test_help_has_a_guide_shortcuts_and_about(qtbot, window):
    dialog = window.open_help("tentang")
    tabs = dialog.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Panduan singkat",
        "Pintasan keyboard",
        "Tentang",
    ]
    assert tabs.currentIndex() == 2
    about = tabs.widget(2).toPlainText()
    assert __version__ in about and "LGPL" in about and "Kemendagri" in about
    guide = tabs.widget(0).toPlainText()
    for topic in ("Langkah pertama", "Impor dari Excel", "Kartu", "Sinkronisasi", "bila"):
        assert topic in guide
    assert "Ctrl+I" in tabs.widget(1).toPlainText()
    dialog.close()
    assert window.ui.actionPanduan.shortcut().toString() == "F1"


def test_app_starts_again_on_the_restored_database(qtbot, tmp_path, monkeypatch):
    """run_app itself: a restore from the window ends the first window and opens a new one on
    the restored file, in the same process, still holding the database's lock."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jamsostek_desk import app as app_module
    from jamsostek_desk.services.office import OfficeData, setup_office
    from jamsostek_desk.ui import dialogs, errors

    monkeypatch.setattr(errors, "install", lambda: None)
    monkeypatch.setattr(dialogs, "_run", lambda _box: QMessageBox.StandardButton.Yes)
    # its Admin signs in at each start (the sign-in screen is tested on its own)
    monkeypatch.setattr(app_module, "sign_in", lambda db: load_context(db))
    path = tmp_path / "kantor.sqlite"
    db = open_database(path)
    ctx = setup_office(
        db, OfficeData(jenis="dinas_pmd", wilayah_kode="63.03", nama="Dinas PMD"), "Rina"
    )
    insert_generated(ctx, 30, seed=1)
    made = backup.backup_now(path, "").path
    insert_generated(ctx, 5, seed=2)
    db.close()
    seen: list[tuple[int, int]] = []

    def windows() -> list[MainWindow]:
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]

    def restore() -> None:
        (w,) = windows()
        seen.append((id(w), w.peserta_page.model.rowCount()))
        w.open_restore().restore(made)

    def check() -> None:
        (w,) = windows()
        seen.append((id(w), w.peserta_page.model.rowCount()))
        w.close()

    QTimer.singleShot(300, restore)
    QTimer.singleShot(1500, check)
    assert app_module.run_app(path) == 0
    assert [n for _w, n in seen] == [35, 30]
    assert seen[0][0] != seen[1][0]  # a new window on the restored file
