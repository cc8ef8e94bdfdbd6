"""The import wizard, walked like a user would: real files, a real database, dialogs patched."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from sqlalchemy import func, select

from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer import pipeline
from jamsostek_desk.services.importer.pipeline import live_count
from jamsostek_desk.store.models import Impor
from jamsostek_desk.ui.models.import_preview import COL_PESAN, COL_STATUS
from jamsostek_desk.ui.views import import_wizard as wiz
from jamsostek_desk.ui.views.import_wizard import DONE, FILE, MAPPING, PREVIEW, SHEET, ImportWizard
from tests.xlsx_fixtures import (
    LIST_HEADERS,
    people,
    person_cells,
    short_row,
    write_lists,
    write_sheet,
)

HEADERS = [*LIST_HEADERS, "Jabatan"]


def as_row(i: int, p, ref: WilayahRef) -> list[object]:  # type: ignore[no-untyped-def]
    return [*person_cells(i, p, ref), p.no_hp, p.jabatan or "Kepala Dusun"]


def write_xlsx(
    path: Path,
    sheets: dict[str, list[list[object]]],
    headers: list[str] = HEADERS,
    hidden: tuple[str, ...] = (),
) -> Path:
    return write_lists(
        path, sheets, headers, lambda sheet: f"DAFTAR APARAT DESA {sheet.upper()}", hidden=hidden
    )


@pytest.fixture
def wizard(qtbot, empty_ctx: AppContext, ref: WilayahRef) -> ImportWizard:
    w = ImportWizard(empty_ctx, ref)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(monkeypatch: pytest.MonkeyPatch, qtbot, w: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, w.ui.chooseButton)
    assert w.path == path


def to_preview(monkeypatch: pytest.MonkeyPatch, qtbot, w: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(monkeypatch, qtbot, w, path)
    click(qtbot, w.ui.nextButton)
    qtbot.waitUntil(lambda: w.page() == SHEET, timeout=10_000)
    click(qtbot, w.ui.nextButton)
    assert w.page() == MAPPING
    click(qtbot, w.ui.nextButton)
    qtbot.waitUntil(lambda: w.page() == PREVIEW, timeout=20_000)
    qtbot.waitUntil(lambda: not w.busy)


def imports(ctx: AppContext) -> int:
    with ctx.db.session() as s:
        return int(s.execute(select(func.count()).select_from(Impor)).scalar_one())


def shown(w: ImportWizard, col: int) -> list[str]:
    m = w.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def data_rows(w: ImportWizard) -> int:
    """Rows of the preview that are people (skipped rows are shown greyed among them)."""
    return sum(1 for s in shown(w, COL_STATUS) if s != "bukan data")


def test_clean_file_imports_everyone(qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path):
    ps = people(25)
    f = write_xlsx(
        tmp_path / "desa.xlsx", {"Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(ps)]}
    )
    assert wizard.kategori == "aparat_desa"  # a Dinas PMD imports aparat desa by default
    to_preview(monkeypatch, qtbot, wizard, f)
    assert data_rows(wizard) == 25
    assert shown(wizard, COL_STATUS).count("bukan data") == 2  # the signature block, greyed
    assert set(shown(wizard, COL_STATUS)) == {"Baru", "bukan data"}
    assert (
        "25" in wizard.ui.countBaruLabel.text() and "ditambahkan" in wizard.ui.countBaruLabel.text()
    )
    assert not wizard.ui.problemsOnlyCheck.isChecked()
    assert wizard.ui.nextButton.text() == "Impor 25 peserta"
    assert live_count(empty_ctx) == 0  # the preview writes nothing
    reports: list[object] = []
    wizard.imported.connect(reports.append)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=20_000)
    assert len(reports) == 1
    assert live_count(empty_ctx) == 25 and imports(empty_ctx) == 1
    with empty_ctx.db.session() as s:
        found = svc.find_live_by_nik(s, ps[3].nik)
        assert found is not None
        assert (found.nama, found.desa_kode, found.tanggal_lahir) == (
            ps[3].nama,
            ps[3].desa_kode,
            ps[3].tanggal_lahir,
        )
        assert found.kategori == "aparat_desa"
    assert "25" in wizard.ui.doneLabel.text() and "ditambahkan" in wizard.ui.doneLabel.text()
    assert not wizard.ui.doneRejectsButton.isVisible()
    assert wizard.ui.cancelButton.text() == "Tutup"


def test_bad_rows_are_shown_with_their_messages_and_the_filter(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(people(12))]
    rows[2][1] = rows[2][1][:15]  # NIK one digit short
    rows[5][7] = "Desa Antah Berantah"
    rows[8][5] = "X"
    f = write_xlsx(tmp_path / "desa.xlsx", {"Desa A": rows})
    to_preview(monkeypatch, qtbot, wizard, f)
    assert "3" in wizard.ui.countTolakLabel.text()
    # the problems come first: the filter is on because rows were rejected
    assert wizard.ui.problemsOnlyCheck.isChecked()
    assert wizard.model.rowCount() == 3
    assert shown(wizard, 0) == ["6", "9", "12"]  # Excel row numbers (title, blank, header)
    assert set(shown(wizard, COL_STATUS)) == {"Ditolak"}
    messages = shown(wizard, COL_PESAN)
    assert "NIK" in messages[0] and "Antah Berantah" in messages[1] and "'X'" in messages[2]
    assert wizard.model.data(wizard.model.index(0, COL_STATUS), Qt.ItemDataRole.BackgroundRole)
    wizard.select_row(1)
    assert "Antah Berantah" in wizard.ui.detailLabel.text()
    wizard.ui.problemsOnlyCheck.click()
    assert data_rows(wizard) == 12
    assert shown(wizard, COL_STATUS).count("Baru") == 9
    assert wizard.ui.nextButton.text() == "Impor 9 peserta"
    # the rejected rows go to a file the village can fix
    out = tmp_path / "ditolak"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, wizard.ui.saveRejectsButton)
    target = tmp_path / "ditolak.xlsx"
    qtbot.waitUntil(lambda: not wizard.busy and target.exists(), timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    values = [[c for c in r] for r in sheet.iter_rows(values_only=True)]
    assert "Keterangan" in values[0]
    assert len([r for r in values[1:] if any(r)]) == 3
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=20_000)
    assert live_count(empty_ctx) == 9
    assert wizard.ui.doneRejectsButton.isVisible()


def test_cancel_before_import_writes_nothing(qtbot, monkeypatch, ctx, ref, tmp_path):
    w = ImportWizard(ctx, ref)
    qtbot.addWidget(w)
    w.show()
    before = live_count(ctx)
    f = write_xlsx(
        tmp_path / "desa.xlsx", {"Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(people(8))]}
    )
    to_preview(monkeypatch, qtbot, w, f)
    assert data_rows(w) == 8
    click(qtbot, w.ui.cancelButton)
    assert not w.isVisible() and w.result() == ImportWizard.DialogCode.Rejected
    assert live_count(ctx) == before and imports(ctx) == 0


def test_batal_during_the_import_rolls_everything_back(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    f = write_xlsx(
        tmp_path / "desa.xlsx", {"Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(people(8))]}
    )
    to_preview(monkeypatch, qtbot, wizard, f)
    gate = threading.Event()
    real_commit = pipeline.commit

    def slow_commit(ctx, analysis, progress):  # type: ignore[no-untyped-def]
        gate.wait(10)  # the user presses Batal while the rows are being written
        return real_commit(ctx, analysis, progress)

    monkeypatch.setattr(wiz.pipeline, "commit", slow_commit)
    click(qtbot, wizard.ui.nextButton)
    assert wizard.busy and not wizard.ui.nextButton.isEnabled()
    assert wizard.task is not None
    batal = wizard.task.findChild(QPushButton)
    assert batal is not None and batal.text() == "Batal"
    batal.click()  # the progress dialog's Batal
    gate.set()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    assert wizard.page() == PREVIEW
    assert "dibatalkan" in wizard.ui.previewErrorLabel.text()
    assert live_count(empty_ctx) == 0 and imports(empty_ctx) == 0
    # and the import can still be done afterwards
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=20_000)
    assert live_count(empty_ctx) == 8


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("daftar.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 20, "PDF"),
        ("daftar.xls", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "gambar"),
        ("daftar.xlsx", b"PK\x03\x04" + bytes(range(256)), "rusak"),
    ],
    ids=["pdf", "png", "truncated-zip"],
)
def test_not_a_spreadsheet_shows_an_indonesian_error_on_the_first_page(
    qtbot, monkeypatch, wizard, tmp_path, name, content, words
):
    f = tmp_path / name
    f.write_bytes(content)
    choose(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: bool(wizard.ui.fileErrorLabel.text()), timeout=10_000)
    message = wizard.ui.fileErrorLabel.text()
    assert wizard.page() == FILE and wizard.ui.fileErrorLabel.isVisible()
    assert name in message and words in message
    assert "Traceback" not in message and "Error" not in message
    assert wizard.ui.nextButton.isEnabled()  # the user can pick another file
    # another file clears the message
    good = write_xlsx(tmp_path / "desa.xlsx", {"Desa A": []})
    choose(monkeypatch, qtbot, wizard, good)
    assert not wizard.ui.fileErrorLabel.isVisible()


def test_template_button_writes_a_template(qtbot, monkeypatch, wizard, tmp_path):
    out = tmp_path / "template aparat"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, wizard.ui.templateButton)
    target = tmp_path / "template aparat.xlsx"
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    assert target.exists(), wizard.ui.templateInfoLabel.text()
    assert "disimpan" in wizard.ui.templateInfoLabel.text()
    wb = openpyxl.load_workbook(target)
    headers = [c.value for c in wb.worksheets[0][1]]
    assert "NIK" in headers and "JABATAN" in headers  # the kategori chosen: aparat desa


def test_a_filled_template_imports_without_touching_the_mapping(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    out = tmp_path / "template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, wizard.ui.templateButton)
    qtbot.waitUntil(lambda: not wizard.busy and out.exists(), timeout=10_000)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    header_row = next(r for r in range(1, 20) if any(c.value == "NIK" for c in ws[r]))
    headers = [c.value for c in ws[header_row]]
    ps = people(4, seed=9)
    for k, p in enumerate(ps):
        values = {
            "NIK": p.nik,
            "NAMA LENGKAP": p.nama,
            "TANGGAL LAHIR": p.tanggal_lahir.strftime("%d-%m-%Y"),
            "JENIS KELAMIN": p.jenis_kelamin,
            "KECAMATAN": ref.name(p.desa_kode.rsplit(".", 1)[0]),
            "DESA/KELURAHAN": ref.name(p.desa_kode),
            "JABATAN": "Kepala Dusun",
        }
        for col, h in enumerate(headers, start=1):
            if h in values:
                ws.cell(header_row + 1 + k, col, values[h])
    wb.save(out)
    to_preview(monkeypatch, qtbot, wizard, out)
    assert wizard.analysis is not None
    assert wizard.analysis.count("imported") == 4 and wizard.analysis.count("rejected") == 0


def test_mapping_fixes_an_unknown_header_and_is_remembered(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    headers = list(HEADERS)
    headers[1] = "Nomor Identitas"  # not a known name for the NIK column
    f = write_xlsx(
        tmp_path / "desa.xlsx",
        {"Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(people(5))]},
        headers=headers,
    )
    choose(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == SHEET, timeout=10_000)
    assert "baris 3" in wizard.ui.headerInfoLabel.text()
    click(qtbot, wizard.ui.nextButton)
    assert wizard.page() == MAPPING
    assert "NIK" in wizard.ui.requiredLabel.text()  # flagged: no column for NIK
    click(qtbot, wizard.ui.nextButton)
    assert wizard.page() == MAPPING and wizard.ui.mappingErrorLabel.text()
    row = next(r for r, m in enumerate(wizard.columns.rows) if m.header == "Nomor Identitas")
    combo = wizard.columns.combo(row)
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("nik"))
    assert "✓" in wizard.ui.requiredLabel.text()
    wizard.ui.rememberCheck.setChecked(True)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW, timeout=20_000)
    assert wizard.analysis is not None and wizard.analysis.count("imported") == 5
    # the next file with these headers comes with the mapping filled in
    again = ImportWizard(empty_ctx, ref)
    qtbot.addWidget(again)
    again.show()
    choose(monkeypatch, qtbot, again, f)
    click(qtbot, again.ui.nextButton)
    qtbot.waitUntil(lambda: again.page() == SHEET, timeout=10_000)
    click(qtbot, again.ui.nextButton)
    assert again.columns.mapping()["nomoridentitas"] == "nik"
    assert "✓" in again.ui.requiredLabel.text()


def test_sheets_one_or_all_and_hidden_ones_marked(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    ps = people(9, seed=3)
    f = write_xlsx(
        tmp_path / "kecamatan.xlsx",
        {
            "Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(ps[:4])],
            "Desa B": [as_row(i + 1, p, ref) for i, p in enumerate(ps[4:7])],
            "Arsip": [as_row(i + 1, p, ref) for i, p in enumerate(ps[7:])],
        },
        hidden=("Arsip",),
    )
    choose(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == SHEET, timeout=10_000)
    lst = wizard.ui.sheetList
    texts = [lst.item(i).text() for i in range(lst.count())]
    assert texts[0].startswith("Semua lembar (2 lembar)")
    assert any("Arsip" in t and "tersembunyi" in t for t in texts)
    assert lst.currentRow() == 0  # "Semua lembar" when several sheets hold a list
    assert "Arsip" in wizard.ui.topRowsTable.item(2, 0).text()
    assert "tersembunyi" in wizard.ui.topRowsTable.item(2, 2).text()
    lst.setCurrentRow(1)  # Desa A: its top rows with the header row found
    assert "baris 3" in wizard.ui.headerInfoLabel.text()
    lst.setCurrentRow(0)
    click(qtbot, wizard.ui.nextButton)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW, timeout=20_000)
    assert wizard.analysis is not None
    assert [s.name for s in wizard.analysis.sheets] == ["Desa A", "Desa B"]
    assert data_rows(wizard) == 7
    assert wizard.model.data(wizard.model.index(5 + 2, 0)) == "Desa B: 5"  # after A's footer
    # back to pick only the hidden sheet
    click(qtbot, wizard.ui.backButton)
    click(qtbot, wizard.ui.backButton)
    assert wizard.page() == SHEET
    lst.setCurrentRow(next(i for i, t in enumerate(texts) if "Arsip" in t))
    click(qtbot, wizard.ui.nextButton)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW, timeout=20_000)
    assert data_rows(wizard) == 2


def test_update_existing_reanalyses_and_shows_what_changes(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    ps = people(3, seed=4)
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(ps)]
    f = write_xlsx(tmp_path / "desa.xlsx", {"Desa A": rows})
    to_preview(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=20_000)
    # the village sends the list again with a new address for the first person
    rows[0][8] = "Jl. Baru No. 1"
    f2 = write_xlsx(tmp_path / "desa-2.xlsx", {"Desa A": rows})
    click(qtbot, wizard.ui.anotherButton)
    assert wizard.page() == FILE
    to_preview(monkeypatch, qtbot, wizard, f2)
    assert "3" in wizard.ui.countLewatiLabel.text()
    assert wizard.ui.nextButton.text() == "Tidak ada yang diimpor"
    assert not wizard.ui.nextButton.isEnabled()
    wizard.ui.updateExistingCheck.click()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.analysis.options.update_existing)
    assert "1" in wizard.ui.countUbahLabel.text()
    assert wizard.ui.nextButton.text() == "Impor 1 peserta"
    wizard.ui.problemsOnlyCheck.setChecked(False)
    assert shown(wizard, COL_STATUS).count("Diperbarui") == 1
    wizard.select_row(shown(wizard, COL_STATUS).index("Diperbarui"))
    detail = wizard.ui.detailLabel.text()
    assert "Alamat" in detail and "Jl. Baru No. 1" in detail and "→" in detail
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=20_000)
    with empty_ctx.db.session() as s:
        found = svc.find_live_by_nik(s, ps[0].nik)
        assert found is not None and found.alamat == "Jl. Baru No. 1"
    assert live_count(empty_ctx) == 3


def test_same_file_again_says_so(qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path):
    f = write_xlsx(
        tmp_path / "desa.xlsx", {"Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(people(3))]}
    )
    to_preview(monkeypatch, qtbot, wizard, f)
    assert not wizard.ui.previousLabel.isVisible()
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=20_000)
    click(qtbot, wizard.ui.anotherButton)
    to_preview(monkeypatch, qtbot, wizard, f)
    assert wizard.ui.previousLabel.isVisible()
    assert "sudah diimpor" in wizard.ui.previousLabel.text()


def test_main_window_opens_the_wizard_and_reloads_the_list(
    qtbot, monkeypatch, empty_ctx, ref, tmp_path
):
    from jamsostek_desk.ui.main_window import MainWindow

    window = MainWindow(empty_ctx, ref)
    qtbot.addWidget(window)
    window.show()
    window.show_page("Peserta")
    assert window.peserta_page.model.rowCount() == 0
    click(qtbot, window.peserta_page.importButton)
    w = window.findChild(ImportWizard)
    assert w is not None and w.isVisible()
    f = write_xlsx(
        tmp_path / "desa.xlsx", {"Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(people(6))]}
    )
    to_preview(monkeypatch, qtbot, w, f)
    click(qtbot, w.ui.nextButton)
    qtbot.waitUntil(lambda: w.page() == DONE, timeout=20_000)
    qtbot.waitUntil(lambda: window.peserta_page.model.rowCount() == 6)
    assert window.peserta_page.ui.countLabel.text() == "6 peserta"


def test_numbered_empty_rows_under_the_list_are_not_data(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(people(4))]
    rows += [[n] + [None] * 10 for n in range(5, 30)]  # a form numbered in advance, left empty
    f = write_xlsx(tmp_path / "desa.xlsx", {"Desa A": rows})
    to_preview(monkeypatch, qtbot, wizard, f)
    assert data_rows(wizard) == 4
    assert wizard.analysis is not None and wizard.analysis.count("rejected") == 0


def test_a_dropped_file_is_read(qtbot, wizard, ref, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    f = write_xlsx(
        tmp_path / "desa.xlsx", {"Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(people(3))]}
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(wizard.rect().center(), action, mime, buttons, mods)
    wizard.dragEnterEvent(enter)
    assert enter.isAccepted()
    wizard.dropEvent(QDropEvent(QPointF(wizard.rect().center()), action, mime, buttons, mods))
    qtbot.waitUntil(lambda: wizard.page() == SHEET, timeout=10_000)
    assert wizard.path == f


def test_batal_while_checking_stays_on_the_mapping(qtbot, monkeypatch, wizard, ref, tmp_path):
    f = write_xlsx(
        tmp_path / "desa.xlsx", {"Desa A": [as_row(i + 1, p, ref) for i, p in enumerate(people(3))]}
    )
    choose(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == SHEET, timeout=10_000)
    click(qtbot, wizard.ui.nextButton)
    started = threading.Event()

    def endless(ctx, path, options, progress, ref=None):  # type: ignore[no-untyped-def]
        started.set()
        for i in range(10_000):
            progress(i, 10_000, "Memeriksa…")  # raises Cancelled once Batal was pressed
            threading.Event().wait(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(wiz.pipeline, "analyse", endless)
    click(qtbot, wizard.ui.nextButton)
    assert started.wait(5) and wizard.busy
    assert wizard.task is not None
    wizard.task.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    assert wizard.page() == MAPPING
    assert "dibatalkan" in wizard.ui.mappingErrorLabel.text()


def test_header_row_chosen_by_clicking_when_none_is_recognised(
    qtbot, monkeypatch, wizard, ref, tmp_path
):
    ps = people(4, seed=8)
    rows = [
        ["Laporan bulanan"],
        ["Kode", "Orang", "Lahir", "Kelamin", "Kampung", "Tugas"],
        *(short_row(p, ref, "Kaur Umum") for p in ps),
    ]
    f = write_sheet(tmp_path / "laporan.xlsx", rows)
    choose(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == SHEET, timeout=10_000)
    assert "tidak ditemukan" in wizard.ui.headerInfoLabel.text()
    click(qtbot, wizard.ui.nextButton)
    assert wizard.page() == SHEET and wizard.ui.sheetErrorLabel.isVisible()
    table = wizard.ui.topRowsTable
    cell = table.visualRect(table.model().index(1, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert "baris 2" in wizard.ui.headerInfoLabel.text()
    click(qtbot, wizard.ui.nextButton)
    assert wizard.page() == MAPPING
    fields = ["nik", "nama", "tanggal_lahir", "jenis_kelamin", "desa", "jabatan"]
    for row, name in enumerate(fields):
        combo = wizard.columns.combo(row)
        combo.setCurrentIndex(combo.findData(name))
    assert "✓" in wizard.ui.requiredLabel.text()
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW, timeout=20_000)
    assert wizard.analysis is not None
    assert wizard.analysis.count("imported") == 4, shown(wizard, COL_PESAN)


def test_a_header_row_clicked_by_the_user_is_used_for_the_import(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    """A legend row above the list names the columns too, and the detector takes it; the
    user clicks the real header row, and the import reads the rows under that one."""
    ps = people(4)
    rows = [
        ["NIK", "Nama", "Tgl Lahir", "L/P", "Desa", "Jabatan", "Alamat", "No HP"],
        ["No KTP", "Nama", "Tanggal lahir", "JK", "Desa", "Jabatan"],
        *(short_row(p, ref, "Kaur Umum") for p in ps),
    ]
    f = write_sheet(tmp_path / "legenda.xlsx", rows, title="Desa A")
    choose(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == SHEET, timeout=10_000)
    assert "baris 1" in wizard.ui.headerInfoLabel.text()
    table = wizard.ui.topRowsTable
    rect = table.visualRect(table.model().index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "baris 2" in wizard.ui.headerInfoLabel.text()
    click(qtbot, wizard.ui.nextButton)
    assert wizard.page() == MAPPING
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW, timeout=20_000)
    assert wizard.analysis is not None
    assert [r.source_row for _, r in wizard.analysis.rows()] == [3, 4, 5, 6]
    assert wizard.analysis.count("imported") == 4


def test_rows_that_are_not_people_are_greyed_and_not_counted(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    """A government list: column numbers under the header, a page break with the header and
    numbers again, a JUMLAH row and a signature block."""
    from jamsostek_desk.ui.fields import select_data
    from jamsostek_desk.ui.models.import_preview import COL_ROW
    from tests import village_lists as vl

    select_data(wizard.ui.kategoriCombo, "pekerja_rentan")
    f = vl.government_list(tmp_path / "daftar.xlsx", lambda n: f"({n})", pages=2)
    to_preview(monkeypatch, qtbot, wizard, f)
    assert wizard.analysis is not None
    assert (wizard.analysis.count("imported"), wizard.analysis.count("rejected")) == (12, 0)
    wizard.ui.problemsOnlyCheck.setChecked(False)
    status = shown(wizard, COL_STATUS)
    grey = [r for r, s in enumerate(status) if s == "bukan data"]
    assert len(grey) == 1 + 2 + 1 + vl.SIGNATURE_ROWS  # numbers, page 2 header and numbers, JUMLAH
    rows = shown(wizard, COL_ROW)
    assert rows[grey[0]] == "5" and "nomor kolom" in shown(wizard, COL_PESAN)[grey[0]]
    assert [int(r) for r in rows] == sorted(int(r) for r in rows)  # in sheet order
    assert "12 peserta" in wizard.ui.nextButton.text()
    wizard.ui.problemsOnlyCheck.setChecked(True)
    assert wizard.model.rowCount() == 0  # skipped rows are not problems


def test_a_list_without_a_desa_column_asks_for_the_desa(
    qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path
):
    from jamsostek_desk.ui.fields import select_data
    from tests import village_lists as vl

    select_data(wizard.ui.kategoriCombo, "pekerja_rentan")
    f = vl.opensid(tmp_path / "opensid.xlsx")
    choose(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == SHEET, timeout=10_000)
    click(qtbot, wizard.ui.nextButton)
    assert wizard.page() == MAPPING
    assert wizard.ui.desaRow.isVisible()
    assert "kolom desa" in wizard.ui.requiredLabel.text()
    click(qtbot, wizard.ui.nextButton)
    assert wizard.page() == MAPPING  # not without a desa
    desa = vl.unique_desa(1)[0]
    combo = wizard.ui.desaCombo
    combo.setCurrentIndex(combo.findData(desa))
    assert "✓" in wizard.ui.requiredLabel.text()
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW, timeout=20_000)
    assert wizard.analysis is not None
    assert (wizard.analysis.count("imported"), wizard.analysis.count("rejected")) == (7, 1)


def test_the_desa_named_by_the_sheet_is_shown(qtbot, monkeypatch, wizard, ref, tmp_path):
    from tests import village_lists as vl

    f = vl.per_desa_workbook(tmp_path / "per-desa.xlsx")
    to_preview(monkeypatch, qtbot, wizard, f)
    assert wizard.analysis is not None
    assert (wizard.analysis.count("imported"), wizard.analysis.count("rejected")) == (12, 0)
    notes = wizard.ui.notesLabel.text()
    a = vl.unique_desa(1)[0]
    assert ref.name(a) in notes and "judul lembar" in notes
    assert "nama lembar" in notes


def test_a_list_of_corrections_only_updates(qtbot, monkeypatch, wizard, empty_ctx, ref, tmp_path):
    """NIK + NO HP: the mapping step says it can only update; the preview updates the phone
    of the people already registered and refuses the NIK that is not."""
    from jamsostek_desk.ui.fields import select_data
    from tests import village_lists as vl

    select_data(wizard.ui.kategoriCombo, "pekerja_rentan")
    to_preview(monkeypatch, qtbot, wizard, vl.government_list(tmp_path / "awal.xlsx", str))
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=20_000)
    click(qtbot, wizard.ui.anotherButton)
    ps = vl.people(12, seed=101)[:3]
    f = vl.partial_update(tmp_path / "hp.xlsx", ps, vl.people(1, seed=702)[0])
    choose(monkeypatch, qtbot, wizard, f)
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == SHEET, timeout=10_000)
    click(qtbot, wizard.ui.nextButton)
    assert wizard.page() == MAPPING
    assert "hanya memperbarui" in wizard.ui.requiredLabel.text()
    click(qtbot, wizard.ui.nextButton)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy, timeout=20_000)
    assert wizard.ui.updateExistingCheck.isChecked()
    assert wizard.analysis is not None
    assert (wizard.analysis.count("updated"), wizard.analysis.count("rejected")) == (3, 1)
