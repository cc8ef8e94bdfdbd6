"""The participant form driven by keys and clicks, against a real database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from jamsostek_desk.domain.dates import format_tanggal_pendek
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta_list import PesertaFilter, count, fetch_page
from jamsostek_desk.services.synthetic import Generator
from jamsostek_desk.ui.views import nonaktif_dialog
from jamsostek_desk.ui.views.peserta_form import PesertaFormDialog


def live_count(ctx: AppContext) -> int:
    return count(ctx.db, PesertaFilter())


def fresh_person(seed: int = 5):  # a synthetic person not yet in the database
    p = Generator("63.03", seed=seed).make()
    return p


@pytest.fixture
def form(qtbot, empty_ctx: AppContext, ref: WilayahRef) -> PesertaFormDialog:
    dlg = PesertaFormDialog(empty_ctx, ref)
    show(qtbot, dlg)
    qtbot.waitExposed(dlg)
    return dlg


def show(qtbot, dlg) -> None:
    """Shown and active: window shortcuts (Ctrl+S, Ctrl+N) only reach an active window."""
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def fill_minimum(qtbot, form: PesertaFormDialog, ref: WilayahRef, p) -> None:
    u = form.ui
    type_into(qtbot, u.nikEdit, p.nik)
    qtbot.keyClick(u.nikEdit, Qt.Key.Key_Return)  # Enter moves on and decodes the NIK
    type_into(qtbot, u.namaEdit, p.nama.upper())
    type_into(qtbot, u.desaEdit, ref.label(p.desa_kode))
    u.desaEdit.editingFinished.emit()
    u.kategoriCombo.setCurrentIndex(u.kategoriCombo.findData("pekerja_rentan"))
    type_into(qtbot, u.pekerjaanCombo.lineEdit(), "Petani")


def test_enter_moves_to_next_field_and_nik_fills_birth_date_and_sex(qtbot, form, ref):
    p = fresh_person()
    u = form.ui
    type_into(qtbot, u.nikEdit, p.nik)
    qtbot.keyClick(u.nikEdit, Qt.Key.Key_Return)
    assert u.namaEdit.hasFocus()
    assert u.tanggalLahirEdit.text() == format_tanggal_pendek(p.tanggal_lahir)
    assert u.jenisKelaminCombo.currentData() == p.jenis_kelamin
    info = u.nikInfoLabel.text()
    assert str(p.tanggal_lahir.year) in info
    assert "Kec." in info


def test_ctrl_s_saves_then_form_is_ready_for_the_next_person(qtbot, form, ref, empty_ctx):
    p = fresh_person()
    fill_minimum(qtbot, form, ref, p)
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert live_count(empty_ctx) == 1
    saved = fetch_page(empty_ctx.db, PesertaFilter())[0]
    assert saved.nik == p.nik
    assert saved.nama == p.nama  # typed in capitals, stored cleaned
    assert saved.desa_kode == p.desa_kode
    assert form.peserta_id is None and form.ui.nikEdit.text() == ""
    assert "tersimpan" in form.ui.messageLabel.text()
    # desa and kategori are kept for the next entry from the same village
    assert form.desa.code() == p.desa_kode
    assert form.ui.nikEdit.hasFocus()


def test_invalid_input_is_marked_on_the_field_and_nothing_is_saved(qtbot, form, ref, empty_ctx):
    p = fresh_person()
    fill_minimum(qtbot, form, ref, p)
    form.ui.nikEdit.setText("6303")
    form.ui.noHpEdit.setText("12345")
    form.ui.tanggalLahirEdit.setText("31-02-1980")
    form.ui.kpjEdit.setText("123")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert live_count(empty_ctx) == 0
    for w in (form.ui.nikEdit, form.ui.noHpEdit, form.ui.tanggalLahirEdit, form.ui.kpjEdit):
        assert w.property("state") == "error", w.objectName()
        assert w.toolTip()
    assert "Februari" in form.ui.tanggalLahirEdit.toolTip()
    assert "NIK" in form.ui.messageLabel.text()


def test_birth_date_differing_from_nik_is_a_warning_and_still_saves(qtbot, form, ref, empty_ctx):
    p = fresh_person()
    fill_minimum(qtbot, form, ref, p)
    other = date(p.tanggal_lahir.year - 1, 1, 15)
    form.ui.tanggalLahirEdit.clear()
    type_into(qtbot, form.ui.tanggalLahirEdit, format_tanggal_pendek(other))
    form.validate()
    assert form.ui.tanggalLahirEdit.property("state") == "warning"
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert live_count(empty_ctx) == 1


def test_duplicate_nik_is_shown_while_typing_and_blocks_saving(qtbot, ctx, ref):
    existing = fetch_page(ctx.db, PesertaFilter(), limit=1)[0]
    dlg = PesertaFormDialog(ctx, ref)
    show(qtbot, dlg)
    type_into(qtbot, dlg.ui.nikEdit, existing.nik)
    assert "Sudah terdaftar" in dlg.ui.nikInfoLabel.text()
    assert existing.nama in dlg.ui.nikInfoLabel.text()
    before = live_count(ctx)
    dlg.save()
    assert live_count(ctx) == before
    # the link opens the person who holds the NIK
    dlg._open_duplicate("open")
    assert dlg.peserta_id == existing.id
    assert dlg.ui.namaEdit.text() == existing.nama


def test_edit_records_history_with_old_and_new(qtbot, ctx, ref):
    row = fetch_page(ctx.db, PesertaFilter(), limit=1)[0]
    dlg = PesertaFormDialog(ctx, ref, row.id)
    show(qtbot, dlg)
    dlg.ui.alamatEdit.selectAll()
    type_into(qtbot, dlg.ui.alamatEdit, "Jl. Baru No. 9")
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert svc.get_peserta(ctx, row.id).alamat == "Jl. Baru No. 9"
    top = dlg.ui.historyTable.topLevelItem(0)
    assert top.text(1) == "Rina Operator"
    assert top.text(2) == "Diubah"
    changes = {
        top.child(i).text(2): (top.child(i).text(3), top.child(i).text(4))
        for i in range(top.childCount())
    }
    assert changes["Alamat"][1] == "Jl. Baru No. 9"


def test_heirs_are_added_in_the_table(qtbot, ctx, ref):
    row = fetch_page(ctx.db, PesertaFilter(), limit=1)[0]
    before = len(svc.get_peserta(ctx, row.id).ahli_waris)
    dlg = PesertaFormDialog(ctx, ref, row.id)
    show(qtbot, dlg)
    dlg.ui.addAhliButton.click()
    t = dlg.ui.ahliWarisTable
    r = t.rowCount() - 1
    t.item(r, 0).setText("siti aminah")
    t.cellWidget(r, 1).setCurrentText("Istri")
    t.item(r, 3).setText("0812-3456-7890")
    assert dlg.save()
    heirs = svc.get_peserta(ctx, row.id).ahli_waris
    assert len(heirs) == before + 1
    assert heirs[-1].nama == "Siti Aminah" and heirs[-1].no_hp == "081234567890"


def test_deactivate_with_reason_then_reactivate(qtbot, ctx, ref, monkeypatch):
    row = fetch_page(ctx.db, PesertaFilter(status="aktif"), limit=1)[0]
    dlg = PesertaFormDialog(ctx, ref, row.id)
    show(qtbot, dlg)

    def answer(self):  # the dialog filled in as a user would, then OK
        self.ui.alasanCombo.setCurrentIndex(self.ui.alasanCombo.findData("meninggal"))
        self.ui.tanggalEdit.setText("02-11-2026")
        self.ui.keteranganEdit.setText("sakit")
        self._accept()
        return self.result()

    monkeypatch.setattr(nonaktif_dialog.NonaktifDialog, "exec", answer)
    dlg.ui.deactivateButton.click()
    d = svc.get_peserta(ctx, row.id)
    assert (d.status, d.nonaktif_alasan, d.nonaktif_tanggal) == (
        "nonaktif",
        "meninggal",
        date(2026, 11, 2),
    )
    assert "Nonaktif" in dlg.ui.statusBadge.text()
    assert dlg.ui.deactivateButton.text() == "Aktifkan kembali"
    dlg.ui.deactivateButton.click()
    assert svc.get_peserta(ctx, row.id).status in ("aktif", "didaftarkan")


def test_escape_on_unsaved_changes_asks_first(qtbot, form, ref, monkeypatch):
    asked = []

    def question(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    type_into(qtbot, form.ui.namaEdit, "Budi")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked and form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_ctrl_s_while_typing_a_heir_keeps_that_heir(qtbot, ctx, ref):
    row = fetch_page(ctx.db, PesertaFilter(), limit=1)[0]
    before = len(svc.get_peserta(ctx, row.id).ahli_waris)
    dlg = PesertaFormDialog(ctx, ref, row.id)
    show(qtbot, dlg)
    dlg.ui.addAhliButton.click()  # opens the name cell for typing
    t = dlg.ui.ahliWarisTable
    t.cellWidget(t.rowCount() - 1, 1).setCurrentText("Anak")
    t.setCurrentCell(t.rowCount() - 1, 0)
    t.editItem(t.item(t.rowCount() - 1, 0))
    editor = QApplication.focusWidget()
    assert editor is not None and t.isAncestorOf(editor)
    qtbot.keyClicks(editor, "rahmat hidayat")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    heirs = svc.get_peserta(ctx, row.id).ahli_waris
    assert len(heirs) == before + 1 and heirs[-1].nama == "Rahmat Hidayat"


def test_a_form_never_saves_over_a_newer_change(qtbot, ctx, ref, monkeypatch):
    row = fetch_page(ctx.db, PesertaFilter(), limit=1)[0]
    dlg = PesertaFormDialog(ctx, ref, row.id)
    show(qtbot, dlg)
    elsewhere = svc.get_peserta(ctx, row.id)  # another window saves first
    elsewhere.kpj = "12345678901"
    svc.update_peserta(ctx, row.id, elsewhere)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dlg.ui.catatanEdit.setText("catatan dari jendela lama")
    assert not dlg.save()
    assert warnings and "sudah diubah" in warnings[0]
    now = svc.get_peserta(ctx, row.id)
    assert now.kpj == "12345678901" and now.catatan != "catatan dari jendela lama"


def test_nonaktif_status_is_shown_as_such(qtbot, ctx, ref):
    row = fetch_page(ctx.db, PesertaFilter(status="nonaktif"), limit=1)[0]
    dlg = PesertaFormDialog(ctx, ref, row.id)
    show(qtbot, dlg)
    assert dlg.ui.statusCombo.currentText() == "Nonaktif"
    assert not dlg.ui.statusCombo.isEnabled()
    assert not dlg.is_dirty()
