"""The Beranda: its tiles against the database, and each click-through to its list."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import text

from jamsostek_desk.domain.money import format_angka, format_rupiah
from jamsostek_desk.services import target
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def window(qtbot, ctx: AppContext, ref) -> MainWindow:
    target.set_target(ctx, TODAY.year, "pekerja_rentan", 400, berlaku=date(TODAY.year, 1, 1))
    target.set_target(ctx, TODAY.year, "aparat_desa", 200, berlaku=date(TODAY.year, 1, 1))
    target.set_anggaran(
        ctx, TODAY.year, "apbd_kabupaten", 300_000_000, berlaku=date(TODAY.year, 1, 1)
    )
    with ctx.db.engine.begin() as conn:  # five active people whose period ends within a month
        conn.execute(
            text(
                "UPDATE peserta SET akhir_kepesertaan = :a WHERE rowid IN (SELECT rowid FROM "
                "peserta WHERE status = 'aktif' AND (mulai_kepesertaan IS NULL OR "
                "mulai_kepesertaan <= :t) ORDER BY seq LIMIT 5)"
            ),
            {"a": (TODAY + timedelta(days=10)).isoformat(), "t": TODAY.isoformat()},
        )
    w = MainWindow(ctx, ref)
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.beranda_page.data is not None)
    return w


def _own(ctx: AppContext, sql: str) -> int:
    with ctx.db.engine.connect() as conn:
        return int(conn.execute(text(sql), {"t": TODAY.isoformat()}).scalar_one())


COVERED = (
    "SELECT count(*) FROM peserta WHERE deleted_at IS NULL AND status = 'aktif' AND "
    "(mulai_kepesertaan IS NULL OR mulai_kepesertaan <= :t) AND "
    "(akhir_kepesertaan IS NULL OR akhir_kepesertaan >= :t)"
)


def test_beranda_is_the_first_page_and_its_tiles_match_the_database(window, ctx) -> None:
    assert window.ui.pages.currentWidget() is window.beranda_page
    assert window.ui.navList.item(0).text() == "Beranda"
    tiles = window.beranda_page.tiles
    live = _own(ctx, "SELECT count(*) FROM peserta WHERE deleted_at IS NULL")
    aktif = _own(ctx, COVERED)
    assert tiles["terdaftar"].value.text() == format_angka(live) == "300"
    assert tiles["aktif"].value.text() == format_angka(aktif)
    assert tiles["target"].value.text() == "600"
    pct = f"{round(aktif * 100 / 600, 1)}".replace(".", ",")
    assert f"capaian {pct} %" in tiles["target"].note.text()
    r = window.beranda_page.data.rekap
    assert tiles["tagihan"].value.text() == format_rupiah(r.total.iuran_bulanan)
    assert r.total.iuran_bulanan > 0
    assert tiles["sisa"].value.text() == format_rupiah(r.anggaran.sisa)
    # the chart has a bar per kecamatan of Kabupaten Banjar
    assert len(window.beranda_page.bar_chart.bars) == 20
    lines = [
        window.beranda_page.ui.tindakanList.item(i).text()
        for i in range(window.beranda_page.ui.tindakanList.count())
    ]
    assert any("5 peserta: masa kepesertaan berakhir dalam 30 hari" in t for t in lines)


def test_clicking_the_active_tile_opens_the_list_of_active_people(qtbot, window, ctx) -> None:
    qtbot.mouseClick(window.beranda_page.tiles["aktif"], Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.peserta_page
    page = window.peserta_page
    assert page.current_filter().status == "aktif"
    assert page.model.rowCount() == _own(
        ctx, "SELECT count(*) FROM peserta WHERE deleted_at IS NULL AND status = 'aktif'"
    )
    window.show_page("Beranda")
    qtbot.mouseClick(window.beranda_page.tiles["terdaftar"], Qt.MouseButton.LeftButton)
    assert page.current_filter().status == "" and page.model.rowCount() == 300


def test_perlu_tindakan_opens_the_renewals_and_perpanjang_sets_the_next_period(
    qtbot, window, ctx, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QDialog, "exec", lambda self: 1)  # the date dialog: OK on its default
    lst = window.beranda_page.ui.tindakanList
    item = next(lst.item(i) for i in range(lst.count()) if "berakhir" in lst.item(i).text())
    lst.itemClicked.emit(item)
    dialog = window.beranda_page.last_dialog
    assert dialog.ui.table.rowCount() == 5 and dialog.ui.countLabel.text() == "5 peserta"
    dialog.ui.table.selectAll()
    dialog.ui.perpanjangButton.click()
    assert dialog.ui.table.rowCount() == 0  # renewed: no longer ending within 30 days
    assert _own(ctx, "SELECT count(*) FROM peserta WHERE akhir_kepesertaan > :t") == 5
    assert _own(ctx, "SELECT count(*) FROM audit_log WHERE aksi = 'perpanjang'") == 5
    # the export of a list is a real workbook
    out = Path(ctx.db.path).parent / "tunggu.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.ui.jenisCombo.setCurrentIndex(dialog.ui.jenisCombo.findData("desa_belum_lengkap"))
    assert dialog.export() == out and out.stat().st_size > 0
    dialog.close()
    # sync conflicts and cards lead to their pages
    window.beranda_page.open_action("konflik")
    assert window.ui.pages.currentWidget() is window.sync_page
    window.show_page("Beranda")
    window.beranda_page.open_action("kartu")
    assert window.ui.pages.currentWidget() is window.kartu_page


def test_what_if_and_save_as_image(qtbot, window, monkeypatch, tmp_path) -> None:
    page = window.beranda_page
    page.ui.whatIfMonth.setCurrentIndex(8)  # September: 4 months
    page.ui.whatIfEdit.setText("Rp1.000.000")
    per = page.tarif.per_orang_minimum
    assert per == 16_800
    assert f"<b>{format_angka(1_000_000 // (per * 4))}</b>" in page.ui.whatIfResult.text()
    page.ui.whatIfEdit.setText("satu juta")
    assert "bukan" in page.ui.whatIfResult.text() or "tidak" in page.ui.whatIfResult.text()
    out = tmp_path / "beranda.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert page.save_image() == str(out)
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert img.width() >= 900 and img.height() >= 500


def test_targets_budgets_and_posts_are_set_in_the_dialog(qtbot, window, ctx, tmp_path) -> None:
    dialog = window.beranda_page.open_targets()
    u = dialog.ui
    assert u.targetTable.rowCount() == 2  # the fixture's two targets
    u.kategoriCombo.setCurrentIndex(u.kategoriCombo.findData("pekerja_rentan"))
    u.wilayahCombo.setCurrentIndex(u.wilayahCombo.findData("63.03.05"))
    u.jumlahSpin.setValue(75)
    u.dasarEdit.setText("APBD-P")
    u.addTargetButton.click()
    assert "Target dicatat" in u.messageLabel.text()
    assert u.targetTable.rowCount() == 3
    rows = target.list_targets(ctx.db)
    assert any((t.wilayah_kode, t.jumlah, t.dasar) == ("63.03.05", 75, "APBD-P") for t in rows)
    u.paguEdit.setText("sejuta")
    u.addPaguButton.click()
    assert "Pagu" in u.messageLabel.text() and u.paguTable.rowCount() == 1  # refused
    u.paguEdit.setText("Rp2.500.000.000")
    u.addPaguButton.click()
    assert u.paguTable.rowCount() == 2
    u.bawaanButton.click()
    assert "Struktur bawaan diisi" in u.messageLabel.text()
    assert len(target.formasi(ctx.db)) > 250
    # the Beranda follows: the kecamatan's bar shows its target
    qtbot.waitUntil(
        lambda: any(b.target and b.label == "Martapura" for b in window.beranda_page.bar_chart.bars)
    )
    dialog.close()
