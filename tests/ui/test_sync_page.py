"""The Sinkronisasi page and the Excel export button, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import OfficeData, setup_office
from jamsostek_desk.services.sync import keys
from jamsostek_desk.services.sync.engine import sync
from jamsostek_desk.services.synthetic import Generator
from jamsostek_desk.store.db import open_database
from jamsostek_desk.ui.main_window import MainWindow

PASS = "kata-sandi-dinas"


@pytest.fixture
def desa_office(tmp_path: Path, ctx: AppContext) -> AppContext:
    """A desa office that joined the Dinas (``ctx``) with the join file the Dinas made."""
    desa = load_wilayah().desa_in("63.03")[0].kode
    db = open_database(tmp_path / "desa.sqlite")
    office = setup_office(
        db, OfficeData(jenis="desa", wilayah_kode=desa, nama="Kantor Desa Contoh"), "Siti"
    )
    keys.join(office, keys.invite(ctx, desa))
    return office


@pytest.fixture
def window(qtbot, ctx: AppContext, ref: WilayahRef) -> MainWindow:
    w = MainWindow(ctx, ref)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    return w


def _make(desa_ctx: AppContext, seed: int = 5):
    g = Generator("63.03", seed=seed)
    g.desa = [d for d in g.desa if d.kode == desa_ctx.wilayah_kode]
    return g.make()


def _sync_in_window(qtbot, window: MainWindow, f: Path, passphrase: str = PASS) -> None:
    page = window.sync_page
    nav = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    window.ui.navList.setCurrentRow(nav.index("Sinkronisasi"))
    assert window.ui.pages.currentWidget() is page
    page.ui.fileEdit.setText(str(f))
    page.ui.passEdit.setText(passphrase)
    qtbot.keyClick(page.ui.passEdit, Qt.Key.Key_Return)  # Enter in the passphrase syncs
    qtbot.waitUntil(page.ui.syncButton.isEnabled, timeout=20000)


def test_sync_page_receives_and_shows_what_came_in(qtbot, window, desa_office, tmp_path):
    f = tmp_path / "pusat.jdsync"
    person = _make(desa_office)
    svc.create_peserta(desa_office, person)
    sync(desa_office, f, PASS)
    before = window.peserta_page.model.rowCount()
    _sync_in_window(qtbot, window, f)
    page = window.sync_page
    assert "1 peserta baru" in page.ui.incomingLabel.text()
    assert person.nama in page.ui.incomingLabel.text()
    assert page.ui.filesTable.rowCount() == 1
    assert page.ui.filesTable.item(0, 0).text() == str(f)
    window.show_page("Peserta")  # the list reloads when it is shown again
    assert window.peserta_page.model.rowCount() == before + 1
    assert "Menunggu dikirim: <b>0 perubahan peserta" in page.ui.pendingLabel.text()
    assert page.ui.passEdit.text() == ""  # not kept after the sync
    page.grab().save(str(tmp_path / "sync_page.png"))


def test_waiting_count_follows_the_data_whenever_the_page_is_shown(
    qtbot, window, ctx, desa_office, tmp_path
):
    f = tmp_path / "pusat.jdsync"
    svc.create_peserta(desa_office, _make(desa_office))
    sync(desa_office, f, PASS)
    _sync_in_window(qtbot, window, f)
    page = window.sync_page
    assert "Menunggu dikirim: <b>0 perubahan peserta" in page.ui.pendingLabel.text()
    nav = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    window.ui.navList.setCurrentRow(nav.index("Sinkronisasi") - 1)  # another page
    for seed in (31, 32, 33):  # edits made elsewhere (another window, the command line)
        g = Generator("63.03", seed=seed)
        svc.create_peserta(ctx, g.make())
    window.ui.navList.setCurrentRow(nav.index("Sinkronisasi"))
    assert "Menunggu dikirim: <b>3 perubahan peserta" in page.ui.pendingLabel.text()


def test_set_aside_records_and_offices_awaiting_approval_are_listed(
    qtbot, window, ctx, desa_office, tmp_path, monkeypatch
):
    f = tmp_path / "pusat.jdsync"
    sync(ctx, f, PASS)
    sync(desa_office, f, PASS)  # the desa now holds the Dinas's kantor row
    # an insider renames the Dinas in the desa's database; an office nobody invited sends data
    with desa_office.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE kantor SET nama = 'DINAS PALSU', version = version + (1 << 40) "
            "WHERE jenis = 'dinas_pmd'"
        )
    svc.create_peserta(desa_office, _make(desa_office))
    sync(desa_office, f, PASS)
    desa = load_wilayah().desa_in("63.03")[1].kode
    stranger = setup_office(
        open_database(tmp_path / "asing.sqlite"),
        OfficeData(jenis="desa", wilayah_kode=desa, nama="Kantor Tak Diundang"),
        "Budi",
    )
    g = Generator("63.03", seed=12)
    g.desa = [d for d in g.desa if d.kode == desa]
    person = g.make()
    svc.create_peserta(stranger, person)
    sync(stranger, f, PASS)
    _sync_in_window(qtbot, window, f)
    page = window.sync_page
    assert window.ctx.kantor_nama != "DINAS PALSU"
    t = page.ui.rejectedTable
    assert t.rowCount() == 1
    assert t.item(0, 1).text() == "Kantor Desa Contoh" and "DINAS PALSU" in t.item(0, 2).text()
    assert "kantor lain" in t.item(0, 3).text()
    page.ui.bottomTabs.setCurrentIndex(1)
    page.grab().save(str(tmp_path / "sync_rejected.png"))
    o = page.ui.officesTable
    rows = {o.item(i, 0).text(): i for i in range(o.rowCount())}
    assert o.item(rows["Kantor Tak Diundang"], 3).text() == "Menunggu persetujuan"
    assert len(o.item(rows["Kantor Tak Diundang"], 4).text()) == 19
    page.ui.bottomTabs.setCurrentIndex(2)
    page.grab().save(str(tmp_path / "sync_offices.png"))
    o.selectRow(rows["Kantor Desa Contoh"])
    assert not page.ui.approveButton.isEnabled()  # already trusted (joined)
    o.selectRow(rows["Kantor Tak Diundang"])
    assert page.ui.approveButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.ui.approveButton, Qt.MouseButton.LeftButton)
    _sync_in_window(qtbot, window, f)
    assert person.nama in page.ui.incomingLabel.text()
    assert "menunggu" not in page.ui.bottomTabs.tabText(2)


def test_wrong_passphrase_is_shown_and_nothing_changes(
    qtbot, window, desa_office, tmp_path, monkeypatch
):
    f = tmp_path / "pusat.jdsync"
    svc.create_peserta(desa_office, _make(desa_office))
    sync(desa_office, f, PASS)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    before = f.read_bytes()
    _sync_in_window(qtbot, window, f, "bukan-kata-sandi")
    assert warned and "kata sandinya salah" in warned[0]
    assert f.read_bytes() == before
    assert window.sync_page.ui.filesTable.rowCount() == 0


def test_conflict_is_resolved_field_by_field(qtbot, window, ctx, desa_office, tmp_path):
    f = tmp_path / "pusat.jdsync"
    pid = svc.create_peserta(desa_office, _make(desa_office)).id
    sync(desa_office, f, PASS)
    sync(ctx, f, PASS)
    d = svc.get_peserta(desa_office, pid)
    d.alamat, d.no_hp = "Jl. Dari Desa 7", "081299990000"
    svc.update_peserta(desa_office, pid, d)
    e = svc.get_peserta(ctx, pid)
    e.no_hp = "081300001111"
    svc.update_peserta(ctx, pid, e)  # later than the desa's edit: wins for now
    sync(desa_office, f, PASS)
    _sync_in_window(qtbot, window, f)
    page = window.sync_page
    assert page.ui.itemsList.count() == 1
    assert "Konflik" in page.ui.itemsList.item(0).text()
    table = page.ui.fieldsTable
    rows = {table.item(i, 0).text().split("\n")[0]: i for i in range(table.rowCount())}
    assert set(rows) == {"No. HP"}  # the address was changed at the desa only: merged already
    assert "di kantor ini dan di" in table.item(0, 0).text()
    assert svc.get_peserta(ctx, pid).alamat == "Jl. Dari Desa 7"
    page.grab().save(str(tmp_path / "sync_conflict.png"))
    combo = table.cellWidget(rows["No. HP"], 3)  # the user takes the desa's phone
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "lokal"  # the later edit (this office's) is the default
    combo.setCurrentIndex(combo.findData("masuk"))
    qtbot.mouseClick(page.ui.resolveButton, Qt.MouseButton.LeftButton)
    assert page.ui.itemsList.count() == 0
    got = svc.get_peserta(ctx, pid)
    assert (got.alamat, got.no_hp) == ("Jl. Dari Desa 7", "081299990000")


def test_export_button_writes_the_filtered_list(qtbot, window, tmp_path):
    from jamsostek_desk.ui.views.list_export import export_filtered

    page = window.peserta_page
    assert page.exportButton.text() == "Ekspor Excel…"
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("aktif"))
    shown = page.model.rowCount()
    out = tmp_path / "aktif.xlsx"
    with qtbot.waitSignal(page.message, timeout=20000) as sig:
        export_filtered(page, str(out))
    assert "diekspor" in sig.args[0]
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "NIK" and len(rows) - 1 == shown


def test_bpjs_lists_from_the_menu(qtbot, window, ctx, tmp_path, monkeypatch):
    from jamsostek_desk.services.peserta_list import PesertaFilter, fetch_page
    from jamsostek_desk.ui.views import list_export

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    folder = tmp_path / "bpjs"
    folder.mkdir()
    dialog = list_export.export_for_bpjs(window, str(folder))
    qtbot.waitExposed(dialog)
    lst = dialog.ui.columnsList
    assert dialog.columns()[:2] == ["nik", "nama"] and len(dialog.columns()) == 11
    lst.item(1).setCheckState(Qt.CheckState.Unchecked)  # no NAMA column this time
    dialog.grab().save(str(tmp_path / "bpjs_export.png"))
    save = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "1 berkas" in shown[0]
    [written] = folder.glob("*.xlsx")
    header = next(openpyxl.load_workbook(written).active.iter_rows(values_only=True))
    assert header[:2] == ("NIK", "TEMPAT LAHIR")
    from jamsostek_desk.services.lists.export import saved_bpjs_columns

    assert "nama" not in saved_bpjs_columns(ctx)  # remembered for next time
    row = fetch_page(ctx.db, PesertaFilter(status="didaftarkan"), limit=1)[0]
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "KPJ", "STATUS"])
    wb.active.append([row.nik, "12345678909", "AKTIF"])
    wb.save(tmp_path / "hasil.xlsx")
    wb.active.append(["1234", "1", "AKTIF"])  # a wrong row is shown, not saved
    wb.save(tmp_path / "hasil.xlsx")
    list_export.import_from_bpjs(window, str(tmp_path / "hasil.xlsx"))
    qtbot.waitUntil(lambda: getattr(window, "bpjs_dialog", None) is not None, timeout=20000)
    dialog = window.bpjs_dialog
    qtbot.waitExposed(dialog)
    table = dialog.ui.previewTable
    assert table.rowCount() == 2
    assert table.item(0, 3).text() == "Diperbarui" and "12345678909" in table.item(0, 4).text()
    assert table.item(1, 3).text() == "Ditolak" and "16 angka" in table.item(1, 4).text()
    dialog.ui.showCombo.setCurrentIndex(dialog.ui.showCombo.findData("rejected"))
    assert table.rowCount() == 1
    dialog.grab().save(str(tmp_path / "bpjs_preview.png"))
    written = dialog.save_rejects(str(tmp_path / "ditolak.xlsx"))
    rejected = list(openpyxl.load_workbook(written).active.iter_rows(values_only=True))
    assert rejected[0][:3] == ("NIK", "KPJ", "STATUS") and rejected[1][0] == "1234"
    assert "16 angka" in rejected[1][-1]
    assert svc.get_peserta(ctx, row.id).kpj == ""  # nothing saved before Simpan
    save = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    assert "1 peserta diperbarui" in shown[1]
    got = svc.get_peserta(ctx, row.id)
    assert (got.kpj, got.status) == ("12345678909", "aktif")


def test_resolve_all_with_the_defaults(qtbot, window, ctx, desa_office, tmp_path, monkeypatch):
    f = tmp_path / "pusat.jdsync"
    g = Generator("63.03", seed=21)
    g.desa = [d for d in g.desa if d.kode == desa_office.wilayah_kode]
    people = [g.make() for _ in range(3)]
    for p in people:
        svc.create_peserta(desa_office, p)
        p.no_hp = "081377778888"
        svc.create_peserta(ctx, p)  # each registered at both offices
    sync(desa_office, f, PASS)
    _sync_in_window(qtbot, window, f)
    page = window.sync_page
    assert page.ui.itemsList.count() == 3 and page.ui.resolveAllButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.ui.resolveAllButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.itemsList.count() == 0, timeout=20000)
    assert not page.ui.resolveAllButton.isEnabled()
    for p in people:
        assert svc.lookup_nik(ctx, p.nik) is not None


def test_the_dinas_makes_a_disnakertrans_a_co_signer_from_the_office_list(
    qtbot, window, ctx, desa_office, tmp_path, monkeypatch
):
    f = tmp_path / "pusat.jdsync"
    nak = setup_office(
        open_database(tmp_path / "nakertrans.sqlite"),
        OfficeData(jenis="disnakertrans", wilayah_kode="63.03", nama="Disnakertrans Banjar"),
        "Rina",
    )
    keys.join(nak, keys.invite(ctx, "63.03"))
    sync(ctx, f, PASS)
    sync(nak, f, PASS)
    sync(desa_office, f, PASS)
    _sync_in_window(qtbot, window, f)
    page = window.sync_page
    page.ui.bottomTabs.setCurrentIndex(2)
    o = page.ui.officesTable
    rows = {o.item(i, 0).text(): i for i in range(o.rowCount())}
    o.selectRow(rows["Kantor Desa Contoh"])
    assert page.ui.cosignButton.isVisible() and not page.ui.cosignButton.isEnabled()
    o.selectRow(rows["Disnakertrans Banjar"])
    assert page.ui.cosignButton.isEnabled()
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(page.ui.cosignButton, Qt.MouseButton.LeftButton)
    sidik = {e.nama: e.sidik for e in keys.entries(ctx)}["Disnakertrans Banjar"]
    assert "Disnakertrans Banjar" in asked[0] and sidik in asked[0]
    rows = {o.item(i, 0).text(): i for i in range(o.rowCount())}
    assert o.item(rows["Disnakertrans Banjar"], 3).text() == "Penanda tangan daftar"
    o.selectRow(rows["Disnakertrans Banjar"])
    assert page.ui.cosignButton.text().startswith("&Cabut")
    page.grab().save(str(tmp_path / "sync_cosigner.png"))
    # it travels: after the Dinas syncs, the Disnakertrans can invite a desa office
    _sync_in_window(qtbot, window, f)
    sync(nak, f, PASS)
    assert keys.invite(nak, desa_office.wilayah_kode)["undangan"]["penanda"] == nak.kantor_id
    # a desa office's page has no such button
    w = MainWindow(desa_office, load_wilayah())
    qtbot.addWidget(w)
    w.sync_page.ui.bottomTabs.setCurrentIndex(2)
    assert not w.sync_page.ui.cosignButton.isVisibleTo(w.sync_page)
