"""Kartu, Manfaat and Acara pages, the PDF preview, Verifikasi and the photo chooser, driven
like a user would (dialogs that would block are patched)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import kartu as kartu_svc
from jamsostek_desk.services import manfaat as manfaat_svc
from jamsostek_desk.services.cetak_settings import Pejabat, load_settings, save_settings
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.foto import get_photo
from jamsostek_desk.services.kartu_data import load_cards
from jamsostek_desk.store.models import Peserta
from jamsostek_desk.ui.main_window import MainWindow
from jamsostek_desk.ui.views.peserta_form import PesertaFormDialog
from jamsostek_desk.ui.views.verifikasi_dialog import VerifikasiDialog


@pytest.fixture
def window(qtbot, ctx: AppContext, ref: WilayahRef) -> MainWindow:
    w = MainWindow(ctx, ref)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def active(ctx: AppContext, n: int) -> list[Peserta]:
    with ctx.db.session() as s:
        rows = s.execute(
            select(Peserta).where(Peserta.status == "aktif").order_by(Peserta.seq).limit(n)
        ).scalars()
        return list(rows)


def select_rows_of(window: MainWindow, ids: list[str]) -> None:
    view = window.peserta_page.ui.tableView
    model = window.peserta_page.model
    wanted = set(ids)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(model.rowCount()):
        if model.id_at(row) in wanted:
            view.selectionModel().select(model.index(row, 0), flags)


def test_request_cards_from_participant_selection(window, ctx):
    people = active(ctx, 3)
    select_rows_of(window, [p.id for p in people])
    assert set(window.selected_peserta_ids()) == {p.id for p in people}
    window.peserta_page.cardButton.click()
    page = window.kartu_page
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))  # reloads when shown
    assert page.ui.countLabel.text() == "3 kartu"
    assert {r.nama for r in page.rows} == {p.nama for p in people}
    assert all(r.status == "diminta" for r in page.rows)


def test_print_through_preview_marks_printed(qtbot, window, ctx, tmp_path):
    people = active(ctx, 4)
    kartu_svc.request_cards(ctx, [p.id for p in people])
    page = window.kartu_page
    page.reload()
    page.ui.table.selectAll()
    page.ui.printButton.click()
    qtbot.waitUntil(lambda: getattr(page, "last_preview", None) is not None, timeout=15000)
    preview = page.last_preview
    assert preview.document.pageCount() == 1
    assert all(r.status == "diminta" for r in kartu_svc.list_cards(ctx, kartu_svc.CardFilter()))
    target = tmp_path / "kartu.pdf"
    assert preview.save(str(target))
    assert len(PdfReader(str(target)).pages) == 1
    rows = kartu_svc.list_cards(ctx, kartu_svc.CardFilter())
    assert all(r.status == "dicetak" for r in rows)
    assert page.ui.table.item(0, 3).text() == "Dicetak"
    from jamsostek_desk.services import riwayat

    (entry,) = riwayat.search(ctx, riwayat.RiwayatFilter(aksi="ekspor_kartu"))
    assert entry.jumlah == "4" and entry.detail["cara"] == ("", "disimpan")


def test_print_with_incomplete_people_lists_them(qtbot, window, ctx, tmp_path, monkeypatch):
    """Printing a mixed selection makes the cards of everyone complete and shows the others
    in a scrollable list that can be saved; only the printed are marked."""
    people = active(ctx, 3)
    kartu_svc.request_cards(ctx, [p.id for p in people])
    with ctx.db.session() as s:
        s.get(Peserta, people[1].id).mulai_kepesertaan = None
    page = window.kartu_page
    page.reload()
    page.ui.table.selectAll()
    page.ui.printButton.click()
    qtbot.waitUntil(lambda: getattr(page, "last_report", None) is not None, timeout=15000)
    report = page.last_report
    assert report.ui.table.rowCount() == 1
    assert report.ui.table.item(0, 0).text() == people[1].nama
    assert people[1].nik not in report.ui.table.item(0, 1).text()
    assert report.height() <= 700
    saved = tmp_path / "dilewati.csv"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    assert report.save() == saved
    assert "tanggal mulai kepesertaan belum diisi" in saved.read_text(encoding="utf-8-sig")
    preview = page.last_preview
    assert preview.document.pageCount() == 1
    assert preview.save(str(tmp_path / "k.pdf"))
    rows = {r.peserta_id: r.status for r in kartu_svc.list_cards(ctx, kartu_svc.CardFilter())}
    assert rows[people[1].id] == "diminta"
    assert rows[people[0].id] == rows[people[2].id] == "dicetak"


def test_reprint_asks_first(qtbot, window, ctx, no_modal_questions):
    people = active(ctx, 2)
    kartu_svc.request_cards(ctx, [p.id for p in people])
    kartu_svc.mark_printed(ctx, [r.id for r in kartu_svc.list_cards(ctx, kartu_svc.CardFilter())])
    page = window.kartu_page
    page.reload()
    page.ui.table.selectAll()
    page.ui.printButton.click()  # the patched question answers "no"
    assert no_modal_questions == ["Sudah punya kartu"]
    assert getattr(page, "last_preview", None) is None


def test_preview_prints_to_a_printer(qtbot, window, ctx, tmp_path):
    people = active(ctx, 1)
    out = tmp_path / "k.pdf"
    kartu_svc.print_for_participants(ctx, [p.id for p in people], out, "single")
    from jamsostek_desk.ui.views.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(out, "kartu", "kartu.pdf", window)
    qtbot.addWidget(dialog)
    printed: list[str] = []
    dialog.accepted_output.connect(printed.append)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer)
    assert printed == ["dicetak"]
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == 1


def test_verifikasi_dialog(qtbot, window, ctx):
    people = active(ctx, 1)
    with ctx.db.session() as s:
        cards, _ = load_cards(s, [people[0].id])
    dialog = VerifikasiDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.ui.codeEdit.setText(cards[0].qr)
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    assert dialog.verification is not None and dialog.verification.genuine
    assert "ASLI" in dialog.ui.resultLabel.text()
    assert people[0].nama in dialog.ui.resultLabel.text()
    dialog.ui.codeEdit.setText(cards[0].qr[:-2] + "AA")
    dialog.ui.checkButton.click()
    assert not dialog.verification.genuine
    assert "TIDAK ASLI" in dialog.ui.resultLabel.text()


def test_record_a_benefit(qtbot, window, ctx, monkeypatch):
    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    person = active(ctx, 1)[0]
    page = window.manfaat_page
    dialog = page.open_dialog(None)
    qtbot.addWidget(dialog)
    u = dialog.ui
    # the participant is found by name, as in the Peserta list, and picked from the list
    qtbot.keyClicks(u.cariEdit, person.nama[:12])
    dialog.search()
    assert u.hasilList.isVisible() and u.hasilList.count() >= 1
    item = next(
        u.hasilList.item(i)
        for i in range(u.hasilList.count())
        if u.hasilList.item(i).data(Qt.ItemDataRole.UserRole) == person.id
    )
    assert person.nik not in item.text()  # masked in the list
    dialog.pick(item)
    assert dialog.peserta_id == person.id
    assert person.nama in u.pesertaLabel.text()
    u.jenisCombo.setCurrentIndex(u.jenisCombo.findData("jkm"))
    u.tanggalEdit.setText("03-01-2026")
    u.selfButton.click()
    assert u.penerimaTable.item(0, 3).text()  # the participant's address by default
    u.tableButton.click()
    assert "Rp42.000.000" in u.totalLabel.text()
    assert "empat puluh dua juta rupiah" in u.totalLabel.text()
    # saving a death asks first, naming the person and the date; "No" saves nothing
    u.buttonBox.accepted.emit()
    assert dialog.saved_id is None and manfaat_svc.list_manfaat(ctx) == []
    assert person.nama in asked[0] and "3 Januari 2026" in asked[0]
    u.buttonBox.accepted.emit()
    assert dialog.saved_id is not None
    rows = manfaat_svc.list_manfaat(ctx)
    assert [(r.peserta_nama, r.jumlah, r.penerima) for r in rows] == [
        (person.nama, 42_000_000, person.nama)
    ]
    assert page.ui.table.rowCount() == 1
    assert page.ui.table.item(0, 4).text() == "Rp42.000.000"
    # a JKM case records the death, and the window says so
    message = window.statusBar().currentMessage()
    assert f"{person.nama} dicatat meninggal dunia" in message
    assert "nonaktif sejak 3 Januari 2026" in message


def test_refused_scholarship_is_shown_with_its_rule(qtbot, window, ctx):
    person = active(ctx, 1)[0]
    with ctx.db.session() as s:
        s.get(Peserta, person.id).mulai_kepesertaan = date(2024, 6, 1)
    dialog = window.manfaat_page.open_dialog(None)
    qtbot.addWidget(dialog)
    u = dialog.ui
    dialog._choose(person.id)
    u.tanggalEdit.setText("03-01-2026")
    u.anakEdit.setText("sd")
    u.tableButton.click()
    assert "masa iuran paling sedikit 3 tahun" in u.ditolakLabel.text()
    assert "Rp42.000.000" in u.totalLabel.text()


def test_benefit_rule_added_in_page(qtbot, window, ctx):
    from jamsostek_desk.ui.views.aturan_dialog import AturanDialog

    page = window.manfaat_page
    rows_before = page.ui.tarifTable.rowCount()
    dialog = page.add_tarif()
    assert isinstance(dialog, AturanDialog)
    qtbot.addWidget(dialog)
    u = dialog.ui
    u.jenisCombo.setCurrentIndex(u.jenisCombo.findData("jkm"))
    u.komponenCombo.setCurrentIndex(u.komponenCombo.findText("Biaya pemakaman"))
    assert u.jumlahEdit.text() == "10.000.000"  # the current rule, to change
    u.jumlahEdit.setText("12.500.000")
    u.mulaiEdit.setText("01-01-2027")
    u.dasarEdit.setText("PP contoh 2026")
    u.buttonBox.accepted.emit()
    assert "berlaku mulai 1 Januari 2027" in page.ui.tarifMessage.text()
    assert page.ui.tarifTable.rowCount() == rows_before + 1
    pid = active(ctx, 1)[0].id
    komponen = manfaat_svc.komponen_aturan(ctx, pid, "jkm", date(2027, 2, 1))
    assert {k.kode: k.jumlah for k in komponen}["biaya_pemakaman"] == 12_500_000
    # a new component with a new name
    dialog = page.add_tarif()
    qtbot.addWidget(dialog)
    u = dialog.ui
    u.jenisCombo.setCurrentIndex(u.jenisCombo.findData("jkm"))
    u.komponenCombo.setEditText("Santunan daerah")
    u.rumusCombo.setCurrentIndex(u.rumusCombo.findData("tetap"))
    u.jumlahEdit.setText("1.000.000")
    u.mulaiEdit.setText("01-01-2026")
    u.dasarEdit.setText("Perbup contoh")
    u.buttonBox.accepted.emit()
    komponen = manfaat_svc.komponen_aturan(ctx, pid, "jkm", date(2026, 2, 1))
    assert ("Santunan daerah", 1_000_000) in [(k.nama, k.jumlah) for k in komponen]


def test_ceremony_pack_from_the_acara_page(qtbot, window, ctx, tmp_path, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    from jamsostek_desk.services.office import get_office, update_office

    office = get_office(ctx.db)
    office.alamat = "Jl. Contoh No. 1, Martapura"
    update_office(ctx, office)
    s = load_settings(ctx.db)
    s.kota = "Martapura"
    s.penandatangan = [Pejabat("Kepala Cabang Contoh", "Kepala Kantor Cabang", "")]
    save_settings(ctx.db, s)
    people = active(ctx, 3)
    mid = manfaat_svc.save_manfaat(
        ctx,
        manfaat_svc.ManfaatData(
            people[0].id,
            "JKM",
            date(2026, 1, 3),
            penerima=[manfaat_svc.Penerima("Waris Contoh", "Istri", "6303054101900001")],
            komponen=manfaat_svc.komponen_aturan(ctx, people[0].id, "jkm", date(2026, 1, 3)),
        ),
    )
    page = window.acara_page
    u = page.ui
    u.namaEdit.setText("Penyerahan Kartu Contoh")
    u.tanggalEdit.setText("12-01-2026")
    u.tempatEdit.setText("Aula Kantor")
    u.saveButton.click()
    assert page.acara_id is not None
    for p in people[1:]:
        u.cardNikEdit.setText(p.nik)
        qtbot.keyClick(u.cardNikEdit, Qt.Key.Key_Return)
    assert u.cardsList.count() == 2
    item = next(
        u.benefitList.item(i)
        for i in range(u.benefitList.count())
        if u.benefitList.item(i).data(Qt.ItemDataRole.UserRole) == mid
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert manfaat_svc.get_manfaat(ctx, mid).acara_id == page.acara_id
    u.packButton.click()
    qtbot.waitUntil(lambda: len(page.pack_files) == 4 or bool(warned), timeout=20000)
    assert not warned
    assert page.last_preview.document.pageCount() == 2  # the two symbolic cards
    card_ids = [p.id for p in people[1:]]
    assert kartu_svc.already_carded(ctx, card_ids) == {}  # only a preview so far
    target = tmp_path / "paket"
    target.mkdir()
    assert page.save_pack(str(target))
    assert set(kartu_svc.already_carded(ctx, card_ids)) == set(card_ids)
    assert sorted(p.name for p in target.iterdir())[0] == "01_kartu_simbolis.pdf"
    assert len(list(target.iterdir())) == 4


def test_photo_chooser(qtbot, ctx, ref, tmp_path):
    person = active(ctx, 1)[0]
    picture = tmp_path / "foto.png"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(picture))
    form = PesertaFormDialog(ctx, ref, person.id)
    qtbot.addWidget(form)
    assert form.ui.fotoButton.isEnabled()
    assert not form.ui.fotoRemoveButton.isEnabled()
    assert form.foto.choose(str(picture))
    jpeg = get_photo(ctx, person.id)
    assert jpeg is not None and jpeg.startswith(b"\xff\xd8")
    assert form.ui.fotoLabel.pixmap() is not None and not form.ui.fotoLabel.pixmap().isNull()
    form.ui.fotoRemoveButton.click()
    assert get_photo(ctx, person.id) is None
    blank = PesertaFormDialog(ctx, ref)
    qtbot.addWidget(blank)
    assert not blank.ui.fotoButton.isEnabled()  # a new participant is saved first


def test_unreadable_picture_is_refused(qtbot, ctx, ref, tmp_path, monkeypatch):
    person = active(ctx, 1)[0]
    bad = tmp_path / "foto.jpg"
    bad.write_bytes(b"not a picture")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    form = PesertaFormDialog(ctx, ref, person.id)
    qtbot.addWidget(form)
    assert not form.foto.choose(str(bad))
    assert warned and "bukan gambar" in warned[0]
    assert get_photo(ctx, person.id) is None


def test_request_cards_for_the_whole_filter(window, ctx, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    person = active(ctx, 1)[0]
    page = window.peserta_page
    page.ui.searchEdit.setText(person.nik)
    page.apply_filter()
    assert page.model.rowCount() == 1
    window.peserta_page.cardButton.click()
    rows = kartu_svc.list_cards(ctx, kartu_svc.CardFilter())
    assert [r.peserta_id for r in rows] == [person.id]


def test_hand_over_with_date_acara_and_recipient(qtbot, window, ctx):
    from jamsostek_desk.services.acara import AcaraData, save_acara

    aid = save_acara(ctx, AcaraData("Acara Contoh", date(2026, 1, 12), "Aula"))
    people = active(ctx, 2)
    kartu_svc.request_cards(ctx, [p.id for p in people])
    rows = kartu_svc.list_cards(ctx, kartu_svc.CardFilter())
    page = window.kartu_page
    page.reload()
    page.ui.table.selectAll()
    dialog = page.hand_over_selected()
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.accepted.emit()  # not printed yet: refused, the dialog stays
    assert "belum dicetak" in dialog.ui.errorLabel.text()
    kartu_svc.mark_printed(ctx, [r.id for r in rows])
    dialog.ui.tanggalEdit.setText("12-01-2026")
    dialog.ui.acaraCombo.setCurrentIndex(dialog.ui.acaraCombo.findData(aid))
    dialog.ui.penerimaEdit.setText("Kepala Desa Contoh")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.count == 2
    handed = kartu_svc.list_cards(ctx, kartu_svc.CardFilter(status="diserahkan"))
    assert {(r.diserahkan_tanggal, r.penerima) for r in handed} == {
        (date(2026, 1, 12), "Kepala Desa Contoh")
    }
    from jamsostek_desk.store.models_cetak import Kartu

    with ctx.db.session() as s:
        assert {k.acara_id for k in s.execute(select(Kartu)).scalars()} == {aid}
    assert page.ui.table.item(0, 3).text() == "Diserahkan"


def test_cancel_requests_but_not_printed_cards(window, ctx, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    people = active(ctx, 3)
    kartu_svc.request_cards(ctx, [p.id for p in people])
    rows = kartu_svc.list_cards(ctx, kartu_svc.CardFilter())
    kartu_svc.mark_printed(ctx, [rows[0].id])
    page = window.kartu_page
    page.reload()
    page.ui.table.selectAll()
    page.ui.cancelButton.click()  # one of them is printed: refused, nothing removed
    assert warned and "sudah dicetak" in warned[0]
    assert page.ui.countLabel.text() == "3 kartu"
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("diminta"))
    page.ui.table.selectAll()
    page.ui.cancelButton.click()
    page.ui.statusCombo.setCurrentIndex(0)
    assert page.ui.countLabel.text() == "1 kartu"
    assert kartu_svc.request_cards(ctx, [rows[1].peserta_id]) == (1, 0)  # can be asked again
