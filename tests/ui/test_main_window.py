"""The main window and the participant list, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta_list import PesertaFilter, count, fetch_page
from jamsostek_desk.ui.main_window import MainWindow
from jamsostek_desk.ui.views.peserta_form import PesertaFormDialog


@pytest.fixture
def window(qtbot, ctx: AppContext, ref: WilayahRef) -> MainWindow:
    w = MainWindow(ctx, ref)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.show_page("Peserta")  # the window opens on the Beranda; these tests use the list
    return w


def shown_names(w: MainWindow) -> list[str]:
    m = w.peserta_page.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_window_lists_participants_with_a_count(window, ctx):
    page = window.peserta_page
    assert page.model.rowCount() == 300
    assert page.ui.countLabel.text() == "300 peserta"
    assert shown_names(window) == sorted(shown_names(window))  # sorted by name
    nav = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert nav == [
        "Beranda",
        "Peserta",
        "Kartu",
        "Manfaat",
        "Acara",
        "Sinkronisasi",
        "Riwayat",
        "Pengaturan",
    ]
    window.ui.navList.setCurrentRow(nav.index("Pengaturan"))
    assert window.ui.pages.currentWidget() is window.pengaturan_page


def test_nik_is_masked_until_asked(window):
    page = window.peserta_page
    first = fetch_page(page.ctx.db, PesertaFilter(), limit=1)[0]
    cell = page.model.data(page.model.index(0, 1))
    assert cell != first.nik and cell.startswith(first.nik[:6]) and cell.endswith(first.nik[12:])
    page.ui.fullNikCheck.click()
    assert page.model.data(page.model.index(0, 1)) == first.nik


def test_search_as_you_type(qtbot, window):
    page = window.peserta_page
    target = fetch_page(page.ctx.db, PesertaFilter(), limit=1, offset=123)[0]
    word = target.nama.split()[-1][:4]
    page.ui.searchEdit.setFocus()
    qtbot.keyClicks(page.ui.searchEdit, word)
    qtbot.waitUntil(lambda: page.model.filter.search == word)
    names = shown_names(window)
    assert 0 < len(names) < 300
    assert all(any(w.lower().startswith(word.lower()) for w in n.split()) for n in names)
    assert page.ui.countLabel.text().startswith(f"Menampilkan {len(names)} dari 300")
    # a NIK typed with dots (as Dukcapil exports it) finds exactly that person
    page.ui.searchEdit.clear()
    nik = target.nik
    qtbot.keyClicks(page.ui.searchEdit, f"{nik[:2]}.{nik[2:6]}.{nik[6:12]}.{nik[12:]}")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.id_at(0) == target.id


def test_filters_and_reset(window, ref):
    page = window.peserta_page
    combo = page.ui.kecamatanCombo
    combo.setCurrentIndex(combo.findData("63.03.05"))  # Martapura
    n = page.model.rowCount()
    assert 0 < n < 300
    desa = {page.model.row_at(r).desa_kode for r in range(n)}
    assert all(d.startswith("63.03.05.") for d in desa)
    assert page.ui.desaCombo.isEnabled() and page.ui.desaCombo.count() > 1
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("aktif"))
    assert all(page.model.row_at(r).status == "aktif" for r in range(page.model.rowCount()))
    page.ui.programCombo.setCurrentIndex(page.ui.programCombo.findData("jht"))
    assert all(page.model.row_at(r).program_jht for r in range(page.model.rowCount()))
    page.ui.resetFilterButton.click()
    assert page.model.rowCount() == 300 and not page.ui.desaCombo.isEnabled()


def test_clicking_a_header_sorts(qtbot, window):
    page = window.peserta_page
    header = page.ui.tableView.horizontalHeader()
    x = header.sectionViewportPosition(0) + 10
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + type(header.rect().topLeft())(x, 5),
    )
    assert page.model.descending  # second click on the sorted column: descending
    names = shown_names(window)
    assert names == sorted(names, reverse=True)
    page.ui.tableView.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # tanggal lahir
    births = [page.model.row_at(r).tanggal_lahir for r in range(page.model.rowCount())]
    assert births == sorted(births)


def test_list_reads_only_the_pages_it_shows(window):
    model = window.peserta_page.model
    model.PAGE = 20  # a small page so that 300 rows are 15 pages
    model.refresh()
    window.peserta_page.ui.tableView.viewport().repaint()
    QApplication.processEvents()
    first = model.pages_fetched
    assert 1 <= first <= 3
    window.peserta_page.ui.tableView.scrollToBottom()
    window.peserta_page.ui.tableView.viewport().repaint()
    QApplication.processEvents()
    assert model.pages_fetched - first <= 3  # the last pages, not everything in between


def test_enter_on_a_row_opens_the_form_and_delete_can_be_undone(qtbot, window, monkeypatch):
    page = window.peserta_page
    opened: list[PesertaFormDialog] = []
    original = page.open_form
    monkeypatch.setattr(page, "open_form", lambda pid: opened.append(original(pid)) or opened[-1])
    view = page.ui.tableView
    view.setFocus()
    view.selectRow(0)
    view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened and opened[0].peserta_id == page.model.id_at(0)
    form = opened[0]
    pid, nama = form.peserta_id, form.ui.namaEdit.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form.ui.deleteButton.click()
    assert count(page.ctx.db, PesertaFilter()) == 299
    assert page.model.rowCount() == 299
    assert page.ui.undoBar.isVisible() and nama in page.ui.undoLabel.text()
    page.ui.undoButton.click()
    assert count(page.ctx.db, PesertaFilter()) == 300
    assert svc.get_peserta(page.ctx, pid).nama == nama
    assert not page.ui.undoBar.isVisible()
    kinds = [e.aksi for e in svc.history(page.ctx, pid)]
    assert kinds[:2] == ["pulihkan", "hapus"]


def test_ctrl_n_opens_an_empty_form(qtbot, window):
    page = window.peserta_page
    page.ui.searchEdit.setFocus()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PesertaFormDialog) and w.isVisible()
    ]
    assert forms and forms[-1].peserta_id is None
    forms[-1].close()


def test_saving_in_the_form_refreshes_the_list(qtbot, window):
    page = window.peserta_page
    form = page.open_form(page.model.id_at(0))
    form.ui.namaEdit.setText("Aaron Zulkarnain")
    assert form.save()
    assert shown_names(window)[0] == "Aaron Zulkarnain"


def test_pengaturan_saves_the_office_and_adds_an_operator(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from jamsostek_desk.services import auth

    p = window.pengaturan_page
    window.ui.navList.setCurrentRow(1)
    p.office.ui.alamatEdit.setText("Jl. Menteri Empat No. 5, Martapura")
    p.office.ui.kepalaNipEdit.setText("19800101 200501 1 001")
    p.ui.saveOfficeButton.click()
    assert "tersimpan" in p.ui.officeMessage.text()
    asked: list[str] = []

    def get_text(parent, title, label, *a, **k):  # the password, typed twice
        asked.append(label)
        return "sandi-andi-1", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    p.ui.newOperatorEdit.setText("andi wijaya")
    p.ui.addOperatorButton.click()
    assert len(asked) == 2
    labels = [p.ui.operatorList.item(i).text() for i in range(p.ui.operatorList.count())]
    assert "Andi Wijaya  ·  Operator" in labels
    p.ui.operatorList.setCurrentRow(labels.index("Andi Wijaya  ·  Operator"))
    p.ui.roleCombo.setCurrentIndex(p.ui.roleCombo.findData("pimpinan"))
    p.ui.setRoleButton.click()
    labels = [p.ui.operatorList.item(i).text() for i in range(p.ui.operatorList.count())]
    assert "Andi Wijaya  ·  Pimpinan" in labels
    andi = auth.find_operator(window.ctx.db, "Andi Wijaya")
    import jamsostek_desk.ui.views.sign_in_dialog as sid

    monkeypatch.setattr(
        sid, "sign_in", lambda db, parent=None: auth.sign_in(db, andi, "sandi-andi-1")
    )
    window.actionGantiOperator.trigger()
    assert "Andi Wijaya" in window.ui.operatorLabel.text()
    assert window.peserta_page.ctx.operator_nama == "Andi Wijaya"
    assert window.peserta_page.ctx.peran == "pimpinan"


def test_pengaturan_refuses_a_bad_nip(qtbot, window):
    p = window.pengaturan_page
    p.office.ui.kepalaNipEdit.setText("NIP-ABC")
    p.ui.saveOfficeButton.click()
    assert p.office.ui.kepalaNipEdit.property("state") == "error"
    assert "NIP" in p.ui.officeMessage.text()


def test_backup_now_makes_a_copy(qtbot, window, tmp_path: Path):
    from jamsostek_desk.store.backup import list_backups

    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: bool(list_backups(window.ctx.db.path)), timeout=10_000)
    assert list_backups(window.ctx.db.path)[0].stat().st_size > 0


def test_window_fits_a_1366_by_768_office_laptop(window):
    """Every page's minimum size counts (the page stack takes the largest); a page that
    grows too wide pushes the buttons of every page off a laptop screen."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 - 40, hint
    assert hint.height() <= 768 - 80, hint
    for i in range(window.ui.pages.count()):
        page = window.ui.pages.widget(i)
        assert page.minimumSizeHint().width() <= 1366 - 40 - window.ui.navList.width(), page
