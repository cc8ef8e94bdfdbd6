"""The import wizard: file → sheet/header → columns → preview (dry run) → import.

Reading, checking and writing run on the worker thread (ui.worker.run_task) with progress and
Batal; this window only shows what the services found. Nothing is written to the database
before the last step, and that step writes everything or nothing (pipeline.commit).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QProgressDialog,
    QTableWidgetItem,
    QWidget,
)

from jamsostek_desk.domain.codes import KATEGORI
from jamsostek_desk.domain.columns import BY_FIELD, COLUMNS, NUMBERING_KEYS, header_key
from jamsostek_desk.domain.columns import SYNONYM_INDEX as KNOWN
from jamsostek_desk.domain.errors import Cancelled
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer import pipeline, rejects, xlsx_out
from jamsostek_desk.services.importer.inspect import (
    FilePeek,
    SheetPeek,
    inspect_file,
    layout_for_row,
    required_fields,
)
from jamsostek_desk.ui import theme
from jamsostek_desk.ui.fields import fill_combo, select_data, set_state
from jamsostek_desk.ui.forms.ui_import_wizard import Ui_ImportWizard
from jamsostek_desk.ui.models.import_preview import COLOURS, FIELD_LABELS, ImportPreviewModel
from jamsostek_desk.ui.worker import Progress, run_task

FILE, SHEET, MAPPING, PREVIEW, DONE = range(5)
STEPS = ("Berkas", "Lembar", "Kolom", "Pratinjau", "Impor")
TITLES = (
    "Pilih berkas",
    "Pilih lembar dan baris judul",
    "Cocokkan kolom",
    "Periksa sebelum impor",
    "Impor selesai",
)
DEFAULT_KATEGORI = {"dinas_pmd": "aparat_desa", "disnakertrans": "pekerja_rentan"}
SPREADSHEET_FILTER = (
    "Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv);;Excel (*.xlsx *.xlsm *.xls);;"
    "LibreOffice (*.ods);;CSV (*.csv);;Semua berkas (*)"
)
ALL_SHEETS = "\x00semua"  # data of the "Semua lembar" list item (no sheet can be named so)
IGNORE = ""
PREVIEW_WIDTHS = (80, 110, 150, 220, 170)
SHOWN_COLUMNS = 40  # columns of the sheet shown on the sheet page

STYLE = f"""
QLabel#stepsLabel {{ color: #7b8a94; font-size: 13px; }}
QFrame#dropFrame {{ border: 2px dashed #9fb0bb; border-radius: 8px; background: white; }}
QFrame#dropFrame[hover="true"] {{ border: 2px dashed {theme.GREEN}; background: #eef8f2; }}
QLabel#dropLabel {{ font-size: 15px; color: #4a5a66; border: none; }}
QLabel#fileLabel {{ color: {theme.NAVY}; border: none; }}
QLabel[role="error"] {{ color: {theme.ERROR}; background: #fdecec; border: 1px solid #f0b4b4;
    border-radius: 4px; padding: 6px 10px; }}
QLabel[role="ok"] {{ color: #0b5e31; background: #e6f5ec; border: 1px solid #a9d8bb;
    border-radius: 4px; padding: 6px 10px; }}
QLabel[role="info"] {{ color: #3d5566; }}
QListWidget#sheetList::item {{ padding: 5px 6px; }}
QLabel#previousLabel {{ background: #fff1cc; border: 1px solid #e0b84a; border-radius: 4px;
    padding: 8px 10px; color: #5c3d00; font-weight: 600; }}
QLabel#notesLabel {{ background: #eef4f8; border: 1px solid #c9d8e2; border-radius: 4px;
    padding: 6px 10px; color: #22394a; }}
QLabel#detailLabel {{ background: white; border: 1px solid #d3dde3; border-radius: 4px;
    padding: 6px 10px; }}
QLabel[card="true"] {{ border-radius: 6px; padding: 6px 12px; font-size: 12px; }}
QPushButton[primary="true"] {{ background: {theme.GREEN}; color: white; border: 1px solid
    {theme.GREEN_DARK}; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: {theme.GREEN_DARK}; }}
QPushButton[primary="true"]:disabled {{ background: #a9c9b6; border: 1px solid #a9c9b6; }}
QLabel#doneLabel {{ background: white; border: 1px solid #a9d8bb; border-left: 5px solid
    {theme.GREEN}; border-radius: 4px; padding: 12px 16px; }}
QLabel#doneNotesLabel {{ background: #eef4f8; border: 1px solid #c9d8e2; border-radius: 4px;
    padding: 6px 10px; color: #22394a; }}
"""


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or BY_FIELD[name].header.capitalize()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


@dataclass
class _MappingRow:
    key: str
    header: str
    places: list[tuple[int, str]]  # (column, sheet) where this header is
    samples: list[str]
    field: str

    @property
    def where(self) -> str:
        columns = {c for c, _ in self.places}
        if len(columns) == 1:
            n = len(self.places)
            return f"kolom {column_letter(self.places[0][0])}" + (f", {n} lembar" if n > 1 else "")
        shown = ", ".join(f"kolom {column_letter(c)} ({name})" for c, name in self.places[:3])
        return shown + (", …" if len(self.places) > 3 else "")


class ImportWizard(QDialog):
    imported = Signal(object)  # pipeline.ImportReport, after a committed import

    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.ref = ref
        self.path: Path | None = None
        self.peek: FilePeek | None = None
        self.analysis: pipeline.Analysis | None = None
        self.report: pipeline.ImportReport | None = None
        self.task: QProgressDialog | None = None  # the job running now, if any
        self._mapping_rows: list[_MappingRow] = []
        self._to_write = self._rejected = self._warned = 0  # counts of the analysis shown
        self.model = ImportPreviewModel(ref, self)
        self._setup()
        self.go(FILE)

    # --- set-up ----------------------------------------------------------------------------
    def _setup(self) -> None:
        u = self.ui
        fill_combo(u.kategoriCombo, KATEGORI)
        select_data(u.kategoriCombo, DEFAULT_KATEGORI.get(self.ctx.kantor_jenis, "aparat_desa"))
        for label in (
            u.fileErrorLabel,
            u.sheetErrorLabel,
            u.mappingErrorLabel,
            u.previewErrorLabel,
            u.templateInfoLabel,
            u.doneInfoLabel,
            u.requiredLabel,
        ):
            say(label, "")
        u.headerHintLabel.setProperty("role", "info")
        u.nextButton.setProperty("primary", True)
        for card in self._cards():
            card.setProperty("card", True)
            card.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(STYLE)  # after the properties it selects on
        u.detailLabel.setMinimumHeight(56)
        u.detailLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        u.sheetList.currentItemChanged.connect(lambda *_: self._show_sheet())
        u.topRowsTable.cellClicked.connect(self._header_clicked)
        u.topRowsTable.verticalHeader().setDefaultSectionSize(24)
        u.topRowsTable.horizontalHeader().setDefaultSectionSize(120)

        mt = u.mappingTable
        mt.verticalHeader().setVisible(False)
        mt.verticalHeader().setDefaultSectionSize(32)
        mt.setColumnWidth(0, 300)
        mt.setColumnWidth(1, 330)
        mt.horizontalHeader().setStretchLastSection(True)

        view = u.previewTable
        view.setModel(self.model)
        vh = view.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        vh.setDefaultSectionSize(24)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.horizontalHeader().setHighlightSections(False)
        view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate(PREVIEW_WIDTHS):
            view.setColumnWidth(col, width)
        view.selectionModel().selectionChanged.connect(self._row_selected)

        u.chooseButton.clicked.connect(self.choose_file)
        u.templateButton.clicked.connect(self.download_template)
        u.kategoriCombo.currentIndexChanged.connect(self._kategori_changed)
        u.problemsOnlyCheck.toggled.connect(self._problems_only)
        u.updateExistingCheck.toggled.connect(self._update_existing_toggled)
        u.saveRejectsButton.clicked.connect(self.save_rejects)
        u.doneRejectsButton.clicked.connect(self.save_rejects)
        u.anotherButton.clicked.connect(self.start_over)
        u.nextButton.clicked.connect(self.next)
        u.backButton.clicked.connect(self.back)
        u.cancelButton.clicked.connect(self.reject)
        for button in (u.backButton, u.cancelButton, u.chooseButton, u.templateButton):
            button.setAutoDefault(False)
        u.nextButton.setDefault(True)
        self.resize(1120, 740)

    def _cards(self) -> list[QLabel]:
        u = self.ui
        return [
            u.countBaruLabel,
            u.countUbahLabel,
            u.countLewatiLabel,
            u.countTolakLabel,
            u.countWarnLabel,
        ]

    @property
    def kategori(self) -> str:
        return str(self.ui.kategoriCombo.currentData())

    @property
    def busy(self) -> bool:
        return self.task is not None

    # --- navigation ------------------------------------------------------------------------
    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def go(self, page: int) -> None:
        u = self.ui
        u.pages.setCurrentIndex(page)
        u.titleLabel.setText(TITLES[page])
        parts = []
        for i, name in enumerate(STEPS):
            text = f"{i + 1}. {name}"
            if i == page:
                parts.append(f"<b style='color:{theme.GREEN}'>{text}</b>")
            elif i < page:
                parts.append(f"<span style='color:{theme.NAVY}'>{text}</span>")
            else:
                parts.append(text)
        u.stepsLabel.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        u.backButton.setVisible(page not in (FILE, DONE))
        u.nextButton.setVisible(page != DONE)
        u.cancelButton.setText("Tutup" if page == DONE else "Batal")
        u.cancelButton.setProperty("primary", page == DONE)
        u.cancelButton.setDefault(page == DONE)
        _repolish(u.cancelButton)
        u.hintLabel.setText(
            "Ini baru pratinjau: belum ada yang disimpan." if page == PREVIEW else ""
        )
        self._update_next()

    def _update_next(self) -> None:
        u = self.ui
        page = self.page()
        enabled = not self.busy
        text = "Lanjut ›"
        if page == FILE:
            enabled = enabled and self.path is not None
        elif page == SHEET:
            enabled = enabled and bool(self._chosen_sheets())
        elif page == PREVIEW:
            n = self._to_write if self.analysis is not None else 0
            text = f"Impor {format_angka(n)} peserta" if n else "Tidak ada yang diimpor"
            enabled = enabled and n > 0
        u.nextButton.setText(text)
        u.nextButton.setEnabled(enabled)
        for w in (
            u.backButton,
            u.chooseButton,
            u.templateButton,
            u.kategoriCombo,
            u.updateExistingCheck,
            u.anotherButton,
        ):
            w.setEnabled(not self.busy)
        u.saveRejectsButton.setEnabled(not self.busy and self._rejected > 0)
        u.doneRejectsButton.setEnabled(not self.busy)

    def next(self) -> None:
        if self.busy:
            return
        page = self.page()
        if page == FILE:
            self.read_file()
        elif page == SHEET:
            self._leave_sheet_page()
        elif page == MAPPING:
            self._leave_mapping_page()
        elif page == PREVIEW:
            self.run_import()

    def back(self) -> None:
        if self.busy or self.page() in (FILE, DONE):
            return
        if self.page() == PREVIEW:
            self.analysis = None
            self.model.set_analysis(None)
        self.go(self.page() - 1)

    def reject(self) -> None:
        if self.busy:  # the progress dialog's Batal stops the job; the window stays
            return
        super().reject()

    def done(self, result: int) -> None:
        self.analysis = None  # freed now (no cycles), before the heap is collected again
        self.model.set_analysis(None)
        gc.unfreeze()
        super().done(result)

    def start_over(self) -> None:
        self.path = self.peek = self.analysis = self.report = None
        self._mapping_rows = []
        self.model.set_analysis(None)
        self.ui.fileLabel.setText("Belum ada berkas yang dipilih.")
        say(self.ui.fileErrorLabel, "")
        say(self.ui.templateInfoLabel, "")
        self.ui.updateExistingCheck.setChecked(False)
        self.go(FILE)

    def _run(
        self,
        title: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str, bool], None],
        cancellable: bool = True,
    ) -> None:
        """run_task, with this window's buttons off while the job runs. ``on_error`` learns
        whether the job stopped because the user pressed Batal."""
        stopped = threading.Event()

        def job(progress: Progress) -> Any:
            try:
                return fn(progress)
            except Cancelled:
                stopped.set()
                raise

        def done(result: object) -> None:
            self.task = None
            self._update_next()
            on_done(result)

        def failed(message: str, _user: bool) -> None:
            self.task = None
            self._update_next()
            on_error(message, stopped.is_set())

        self.task = run_task(self, title, job, done, failed, cancellable=cancellable)
        self._update_next()

    # --- 1. file ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, "Pilih daftar peserta", start, SPREADSHEET_FILTER
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path = path
        self.peek = self.analysis = None
        self._mapping_rows = []
        say(self.ui.fileErrorLabel, "")
        try:
            size = path.stat().st_size
        except OSError:
            size = -1
        where = escape(str(path.parent))
        shown = f"<b>{escape(path.name)}</b>"
        if size >= 0:
            shown += f" ({_size(size)})"
        self.ui.fileLabel.setText(f"{shown}<br><span style='color:#6b7b86'>{where}</span>")
        self._update_next()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.page() == FILE and not self.busy and _dropped_file(event) is not None:
            event.acceptProposedAction()
            self._hover(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: Any) -> None:
        self._hover(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hover(False)
        path = _dropped_file(event)
        if path is not None and self.page() == FILE and not self.busy:
            event.acceptProposedAction()
            self.set_file(path)
            self.read_file()

    def _hover(self, on: bool) -> None:
        frame = self.ui.dropFrame
        frame.setProperty("hover", on)
        frame.style().unpolish(frame)
        frame.style().polish(frame)

    def _kategori_changed(self) -> None:
        self.analysis = None  # a preview is of one kategori
        say(self.ui.templateInfoLabel, "")

    def read_file(self) -> None:
        path = self.path
        if path is None:
            say(self.ui.fileErrorLabel, "Pilih dulu berkas yang akan diimpor.")
            return
        if self.peek is not None and self.peek.path == path:
            self.go(SHEET)
            return
        say(self.ui.fileErrorLabel, "")
        ctx = self.ctx

        def done(peek: FilePeek) -> None:
            self.peek = peek
            self._fill_sheets()
            self.go(SHEET)

        def failed(message: str, cancelled: bool) -> None:
            if not cancelled:
                say(self.ui.fileErrorLabel, message)

        self._run(f"Membaca {path.name}…", lambda p: inspect_file(ctx, path, p), done, failed)

    def download_template(self) -> None:
        kategori = self.kategori
        suggested = Path.home() / f"Template {KATEGORI[kategori]}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self, "Simpan template", str(suggested), "Excel (*.xlsx)"
        )
        if not name:
            return
        target = _with_suffix(Path(name), ".xlsx")
        kabupaten, ref = self.ctx.kabupaten_kode, self.ref
        info = self.ui.templateInfoLabel

        def done(written: Path) -> None:
            say(
                info,
                f"Template {KATEGORI[kategori]} disimpan: {written}. Kirim ke desa untuk diisi.",
                "ok",
            )

        def failed(message: str, _cancelled: bool) -> None:
            say(info, message)

        self._run(
            "Membuat template…",
            lambda _p: xlsx_out.write_template(target, kategori, kabupaten, ref=ref),
            done,
            failed,
            cancellable=False,
        )

    # --- 2. sheet and header row -----------------------------------------------------------
    def _fill_sheets(self) -> None:
        assert self.peek is not None
        lst = self.ui.sheetList
        lst.blockSignals(True)
        lst.clear()
        listed = self.peek.listed
        if len(self.peek.sheets) > 1:
            n = len([s for s in listed if s.layout is not None])
            item = QListWidgetItem(f"Semua lembar ({n} lembar)")
            item.setData(Qt.ItemDataRole.UserRole, ALL_SHEETS)
            item.setToolTip("Impor semua lembar yang terlihat dan berisi daftar peserta")
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            lst.addItem(item)
        first: QListWidgetItem | None = None
        for s in self.peek.sheets:
            text = f"{s.name} — {_rows_text(s.rows)}"
            if not s.visible:
                text += "  [tersembunyi]"
            if s.layout is None and s.rows:
                text += "  (tanpa judul kolom)"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.name)
            if not s.visible:
                item.setForeground(QBrush(QColor("#8a969e")))
                item.setToolTip("Lembar ini disembunyikan di Excel; tidak ikut “Semua lembar”.")
            lst.addItem(item)
            if first is None and s.visible and s.layout is not None:
                first = item
        lst.blockSignals(False)
        lists = [s for s in self.peek.listed if s.layout is not None]
        # one list per desa is common: then all of them, as the CLI does without --sheet
        lst.setCurrentItem(lst.item(0) if len(lists) > 1 else first or lst.item(0))
        self._show_sheet()

    def _current_sheet(self) -> str | None:
        item = self.ui.sheetList.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _chosen_sheets(self) -> list[SheetPeek]:
        if self.peek is None:
            return []
        name = self._current_sheet()
        if name is None:
            return []
        if name == ALL_SHEETS:
            return [s for s in self.peek.listed if s.layout is not None]
        return [self.peek.sheet(name)]

    def _show_sheet(self) -> None:
        u = self.ui
        say(u.sheetErrorLabel, "")
        name = self._current_sheet()
        if self.peek is None or name is None:
            return
        if name == ALL_SHEETS:
            self._show_all_sheets()
        else:
            s = self.peek.sheet(name)
            self._show_top_rows(s)
            if not s.rows:
                u.headerInfoLabel.setText(f"Lembar <b>{escape(s.name)}</b> kosong.")
            elif s.layout is None:
                u.headerInfoLabel.setText(
                    f"Baris judul kolom tidak ditemukan di lembar <b>{escape(s.name)}</b>. Klik "
                    "baris yang berisi judul kolom (NIK, nama, …)."
                )
            else:
                names = [h for h in s.layout.headers if h][:8]
                more = "…" if len([h for h in s.layout.headers if h]) > 8 else ""
                u.headerInfoLabel.setText(
                    f"Baris judul kolom: <b>baris {s.layout.header_row + 1}</b> "
                    f"({escape(', '.join(names))}{more}). Data dibaca mulai baris "
                    f"{s.layout.header_row + 2}."
                )
        u.headerHintLabel.setVisible(name != ALL_SHEETS)
        self._update_next()

    def _show_all_sheets(self) -> None:
        assert self.peek is not None
        u = self.ui
        table = u.topRowsTable
        table.clear()
        table.clearSpans()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Lembar", "Baris", "Keterangan"])
        table.setRowCount(len(self.peek.sheets))
        table.verticalHeader().setVisible(False)
        used = 0
        for row, s in enumerate(self.peek.sheets):
            if not s.visible:
                note, ok = "tersembunyi: tidak ikut", False
            elif not s.rows:
                note, ok = "kosong: dilewati", False
            elif s.layout is None:
                note, ok = "tanpa baris judul kolom: dilewati", False
            else:
                note, ok = f"ikut diimpor (judul kolom di baris {s.layout.header_row + 1})", True
                used += 1
            for col, text in enumerate((s.name, _rows_text(s.rows), note)):
                item = QTableWidgetItem(text)
                if not ok:
                    item.setForeground(QBrush(QColor("#8a969e")))
                table.setItem(row, col, item)
        table.setColumnWidth(0, 220)
        table.setColumnWidth(1, 120)
        table.horizontalHeader().setStretchLastSection(True)
        u.headerInfoLabel.setText(
            f"<b>{used}</b> dari {len(self.peek.sheets)} lembar berisi daftar peserta dan akan "
            "diperiksa. Pilih satu lembar di kiri untuk melihat isinya atau memilih baris judul."
        )

    def _show_top_rows(self, s: SheetPeek) -> None:
        table = self.ui.topRowsTable
        table.clear()
        table.clearSpans()
        width = min(max((len(r) for r in s.top), default=0), SHOWN_COLUMNS)
        table.setColumnCount(width)
        table.setRowCount(len(s.top))
        table.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        table.setVerticalHeaderLabels([str(i + 1) for i in range(len(s.top))])
        table.verticalHeader().setVisible(True)
        table.horizontalHeader().setStretchLastSection(False)
        header = s.layout.header_row if s.layout is not None else -1
        green = QBrush(QColor(COLOURS["baru"][0]))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, cells in enumerate(s.top):
            for c, value in enumerate(cells[:width]):
                item = QTableWidgetItem(_cell(value))
                if r == header:
                    item.setBackground(green)
                    item.setFont(bold)
                elif r < header:
                    item.setForeground(QBrush(QColor("#8a969e")))
                table.setItem(r, c, item)
            if r != header and width > 1 and [c for c, v in enumerate(cells) if _cell(v)] == [0]:
                table.setSpan(r, 0, 1, width)  # a title over the list: let it be read
            if r == header:
                for c in range(len(cells), width):
                    empty = QTableWidgetItem("")
                    empty.setBackground(green)
                    table.setItem(r, c, empty)
        for c in range(width):
            table.setColumnWidth(c, 40 if s.layout and c == s.layout.numbering else 130)

    def _header_clicked(self, row: int, _col: int) -> None:
        name = self._current_sheet()
        if self.peek is None or name in (None, ALL_SHEETS):
            return
        s = self.peek.sheet(str(name))
        if row >= len(s.top) or not any(_cell(c) for c in s.top[row]):
            return
        if s.detected is not None and s.detected.header_row == row:
            s.layout = s.detected
        else:
            s.layout = layout_for_row(s.top, row)
        self._show_sheet()
        item = self.ui.sheetList.currentItem()
        if item is not None:
            item.setText(item.text().replace("  (tanpa judul kolom)", ""))

    def _leave_sheet_page(self) -> None:
        chosen = self._chosen_sheets()
        if not chosen:
            say(
                self.ui.sheetErrorLabel, "Tidak ada lembar berisi daftar peserta yang bisa diimpor."
            )
            return
        missing = [s.name for s in chosen if s.layout is None]
        if missing:
            say(
                self.ui.sheetErrorLabel,
                f"Baris judul kolom lembar {', '.join(missing)} belum diketahui. Klik baris yang "
                "berisi judul kolom.",
            )
            return
        self._fill_mapping(chosen)
        self.go(MAPPING)

    # --- 3. mapping ------------------------------------------------------------------------
    def _fill_mapping(self, sheets: list[SheetPeek]) -> None:
        before = self.mapping() if self._mapping_rows else {}  # what the user chose, if back
        rows: dict[str, _MappingRow] = {}
        for s in sheets:
            layout = s.layout
            assert layout is not None
            data = s.top[layout.header_row + 1 :]
            for col, header in enumerate(layout.headers):
                key = header_key(header)
                if not key:
                    continue
                samples = [_cell(r[col]) for r in data if col < len(r) and _cell(r[col])]
                if key in rows:
                    rows[key].places.append((col, s.name))
                    rows[key].samples = (rows[key].samples + samples)[:3]
                    continue
                chosen = before.get(key, layout.columns.get(col, IGNORE))
                rows[key] = _MappingRow(key, header, [(col, s.name)], samples[:3], chosen)
        self._mapping_rows = list(rows.values())
        table = self.ui.mappingTable
        table.clearContents()
        table.setRowCount(len(self._mapping_rows))
        for r, m in enumerate(self._mapping_rows):
            head = QTableWidgetItem(f"{m.header}   ({m.where})")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setToolTip(f"{m.header} — {m.where}")
            if m.key not in KNOWN and m.key not in NUMBERING_KEYS and not m.field:
                head.setForeground(QBrush(QColor(COLOURS["peringatan"][1])))
                head.setToolTip("Judul kolom ini tidak dikenali: pilih datanya bila perlu.")
            table.setItem(r, 0, head)
            sample = QTableWidgetItem(" · ".join(m.samples) or "(kosong)")
            sample.setForeground(QBrush(QColor("#4a5a66")))
            sample.setToolTip("\n".join(m.samples))
            table.setItem(r, 1, sample)
            combo = QComboBox()
            self._fill_field_combo(combo)
            select_data(combo, m.field)
            combo.currentIndexChanged.connect(self._check_mapping)
            table.setCellWidget(r, 2, combo)
        say(self.ui.mappingErrorLabel, "")
        self._check_mapping()

    def _fill_field_combo(self, combo: QComboBox) -> None:
        required = set(required_fields(self.kategori))
        combo.addItem("(abaikan)", IGNORE)
        for c in COLUMNS:
            mark = " *" if c.field in required else ""
            combo.addItem(field_label(c.field) + mark, c.field)
        combo.setMaxVisibleItems(len(COLUMNS) + 1)

    def _combo(self, row: int) -> QComboBox:
        widget = self.ui.mappingTable.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[str, str]:
        """header key -> field ("" ignores), as pipeline.ImportOptions.mapping wants it."""
        chosen = {
            m.key: str(self._combo(r).currentData() or IGNORE)
            for r, m in enumerate(self._mapping_rows)
        }
        # an ignored "No" column stays a numbering column (not data) for detect_layout
        return {k: f for k, f in chosen.items() if f or k not in NUMBERING_KEYS}

    def _check_mapping(self) -> list[str]:
        """Problems that stop the import (also shown on the page)."""
        used: dict[str, list[int]] = {}
        for r in range(len(self._mapping_rows)):
            f = str(self._combo(r).currentData() or IGNORE)
            if f:
                used.setdefault(f, []).append(r)
        problems: list[str] = []
        missing = [
            f
            for f in required_fields(self.kategori)
            if f not in used and not (f == "tanggal_lahir" and "tempat_tanggal_lahir" in used)
        ]
        if missing:
            problems.append(
                "Data wajib belum punya kolom: "
                + ", ".join(field_label(f) for f in missing)
                + ". Tanpa kolom itu semua baris akan ditolak."
            )
        twice = {f: rs for f, rs in used.items() if len(rs) > 1}
        for f, rs in twice.items():
            names = ", ".join(f"“{self._mapping_rows[r].header}”" for r in rs)
            problems.append(f"{field_label(f)} dipilih untuk lebih dari satu kolom ({names}).")
        for r in range(len(self._mapping_rows)):
            f = str(self._combo(r).currentData() or "")
            set_state(self._combo(r), "error" if f in twice else None)
        if problems:
            say(self.ui.requiredLabel, "\n".join(problems))
        else:
            say(self.ui.requiredLabel, "✓ Semua data wajib sudah punya kolom.", "ok")
        return problems

    def _leave_mapping_page(self) -> None:
        if self._check_mapping():
            say(self.ui.mappingErrorLabel, "Perbaiki dulu pemetaan kolom di atas.")
            return
        mapping = self.mapping()
        sheets = self._chosen_sheets()
        say(self.ui.mappingErrorLabel, "")
        if self.ui.rememberCheck.isChecked():
            for s in sheets:
                assert s.layout is not None
                keys = {header_key(h) for h in s.layout.headers}
                pipeline.remember_mapping(
                    self.ctx, s.layout, {k: v for k, v in mapping.items() if k in keys}
                )
        self.analyse(
            on_fail=lambda m: say(self.ui.mappingErrorLabel, m),
            on_cancel=lambda: say(
                self.ui.mappingErrorLabel, "Pemeriksaan dibatalkan. Belum ada yang diimpor."
            ),
        )

    # --- 4. preview ------------------------------------------------------------------------
    def options(self) -> pipeline.ImportOptions:
        name = self._current_sheet()
        return pipeline.ImportOptions(
            kategori=self.kategori,
            sheet=None if name in (None, ALL_SHEETS) else name,
            update_existing=self.ui.updateExistingCheck.isChecked(),
            mapping=self.mapping(),
            header_rows={s.name: s.layout.header_row for s in self._chosen_sheets() if s.layout},
        )

    def analyse(self, on_fail: Callable[[str], None], on_cancel: Callable[[], None]) -> None:
        path = self.path
        assert path is not None
        ctx, ref, options = self.ctx, self.ref, self.options()

        def done(analysis: pipeline.Analysis) -> None:
            self.show_analysis(analysis)

        def failed(message: str, cancelled: bool) -> None:
            on_cancel() if cancelled else on_fail(message)

        self._run(
            f"Memeriksa {path.name}…",
            _kept_out_of_gc(lambda p: pipeline.analyse(ctx, path, options, p, ref=ref)),
            done,
            failed,
        )

    def show_analysis(self, analysis: pipeline.Analysis) -> None:
        u = self.ui
        self.analysis = analysis
        self.model.set_analysis(analysis)
        gc.freeze()  # see _kept_out_of_gc
        counts = {s: 0 for s in ("baru", "ubah", "lewati", "tolak")}
        warned = 0
        for plan in analysis.sheets:  # not analysis.rows(): see ImportPreviewModel
            for r in plan.results:
                counts[r.status] = counts.get(r.status, 0) + 1
                warned += bool(r.warnings) and r.status in ("baru", "ubah")  # amber rows
        cards = (
            (u.countBaruLabel, counts["baru"], "akan ditambahkan", "baru"),
            (u.countUbahLabel, counts["ubah"], "akan diperbarui", "ubah"),
            (u.countLewatiLabel, counts["lewati"], "dilewati (sudah terdaftar)", "lewati"),
            (u.countTolakLabel, counts["tolak"], "ditolak", "tolak"),
            (u.countWarnLabel, warned, "diimpor dengan peringatan", "peringatan"),
        )
        for label, n, text, tone in cards:
            bg, fg = COLOURS[tone]
            label.setStyleSheet(f"background: {bg}; color: {fg};")
            label.setText(
                f"<span style='font-size:20px; font-weight:600'>{format_angka(n)}</span><br>{text}"
            )
        u.previousLabel.setTextFormat(Qt.TextFormat.PlainText)
        u.previousLabel.setText("⚠ " + analysis.previous if analysis.previous else "")
        u.previousLabel.setVisible(bool(analysis.previous))
        notes = list(analysis.notes)
        u.notesLabel.setText("<br>".join("• " + escape(n) for n in notes))
        u.notesLabel.setVisible(bool(notes))
        self._to_write, self._rejected = counts["baru"] + counts["ubah"], counts["tolak"]
        self._warned = warned
        say(u.previewErrorLabel, "")
        u.detailLabel.setText(
            "Pilih satu baris untuk melihat semua pesannya."
            if self.model.total()
            else "Tidak ada baris data."
        )
        if self.page() != PREVIEW:
            # the problems first, when there are any
            u.problemsOnlyCheck.setChecked(counts["tolak"] > 0)
            self.go(PREVIEW)
        self._update_next()

    def _problems_only(self, on: bool) -> None:
        self.model.set_problems_only(on)
        self.ui.detailLabel.setText("Pilih satu baris untuk melihat semua pesannya.")

    def _row_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if len(rows) == 1:
            self.ui.detailLabel.setText(self.model.details_html(rows.pop()))

    def select_row(self, row: int) -> None:
        self.ui.previewTable.selectRow(row)

    def _update_existing_toggled(self, on: bool) -> None:
        if self.analysis is None or self.busy:
            return
        check = self.ui.updateExistingCheck

        def revert() -> None:
            check.blockSignals(True)
            check.setChecked(not on)
            check.blockSignals(False)

        def fail(message: str) -> None:
            revert()
            say(self.ui.previewErrorLabel, message)

        def cancel() -> None:
            revert()
            say(self.ui.previewErrorLabel, "Pemeriksaan ulang dibatalkan.")

        self.analyse(on_fail=fail, on_cancel=cancel)

    def save_rejects(self) -> None:
        analysis = self.analysis
        if analysis is None or self.busy:
            return
        suggested = analysis.path.with_name(f"{analysis.path.stem} - ditolak.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self, "Simpan baris yang ditolak", str(suggested), "Excel (*.xlsx)"
        )
        if not name:
            return
        target = _with_suffix(Path(name), ".xlsx")
        info = self.ui.doneInfoLabel if self.page() == DONE else self.ui.previewErrorLabel

        def done(paths: list[Path]) -> None:
            files = "; ".join(str(p) for p in paths)
            say(
                info,
                f"Baris yang ditolak disimpan di {files}. Kirim ke desa untuk diperbaiki; "
                "kolom “Keterangan” menjelaskan masalah tiap baris.",
                "ok",
            )

        def failed(message: str, _cancelled: bool) -> None:
            say(info, message)

        self._run(
            "Menyimpan baris yang ditolak…",
            lambda _p: rejects.write_rejected_rows(analysis, target),
            done,
            failed,
            cancellable=False,
        )

    # --- 5. import -------------------------------------------------------------------------
    def run_import(self) -> None:
        analysis = self.analysis
        if analysis is None:
            return
        ctx = self.ctx

        def done(report: pipeline.ImportReport) -> None:
            # committed even when Batal came too late to stop it: say what really happened
            self.report = report
            self._show_done(report)
            self.imported.emit(report)

        def failed(message: str, cancelled: bool) -> None:
            say(
                self.ui.previewErrorLabel,
                "Impor dibatalkan. Tidak ada peserta yang disimpan." if cancelled else message,
            )

        self._run(
            "Menyimpan peserta…",
            _kept_out_of_gc(lambda p: pipeline.commit(ctx, analysis, p)),
            done,
            failed,
        )

    def _show_done(self, report: pipeline.ImportReport) -> None:
        u = self.ui
        lines = [
            (report.imported, "peserta baru ditambahkan", theme.GREEN),
            (report.updated, "peserta diperbarui", COLOURS["ubah"][1]),
            (report.skipped_duplicates, "dilewati karena sudah terdaftar", "#58656e"),
            (report.rejected, "ditolak", theme.ERROR),
        ]
        rows = "".join(
            f"<tr><td align='right' valign='middle' style='font-size:18px; font-weight:600; "
            f"color:{colour}; padding-right:10px'>{format_angka(n)}</td>"
            f"<td valign='middle' style='font-size:14px'>{text}</td></tr>"
            for n, text, colour in lines
            if n or colour == theme.GREEN
        )
        name = escape(self.path.name) if self.path else ""
        extra = []
        if self._warned:  # report.warnings also counts the skipped rows
            extra.append(
                f"{format_angka(self._warned)} peserta yang disimpan punya peringatan (lihat "
                "pratinjau); periksa datanya di daftar peserta."
            )
        if report.rejected:
            extra.append(
                "Simpan baris yang ditolak ke berkas Excel, kirim ke desa untuk diperbaiki, lalu "
                "impor berkas perbaikannya."
            )
        u.doneLabel.setText(
            f"<p style='font-size:14px'>Dari {format_angka(report.rows)} baris di <b>{name}</b>:"
            f"</p><table cellspacing='4'>{rows}</table>"
            + "".join(f"<p>{escape(t)}</p>" for t in extra)
        )
        notes = [n for n in report.notes if n]
        u.doneNotesLabel.setText("<br>".join("• " + escape(n) for n in notes))
        u.doneNotesLabel.setVisible(bool(notes))
        u.doneRejectsButton.setVisible(report.rejected > 0)
        say(u.doneInfoLabel, "")
        self.go(DONE)


# --- small helpers ------------------------------------------------------------------------
def _kept_out_of_gc(fn: Callable[[Progress], Any]) -> Callable[[Progress], Any]:
    """What a bulk job built (hundreds of thousands of row objects) lives until the wizard
    closes: keep it out of later full collections, which walked it all and froze the window
    for ~0.7 s each. The service itself pauses the collector while the job runs."""

    def run(progress: Progress) -> Any:
        try:
            return fn(progress)
        finally:
            gc.freeze()

    return run


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def say(label: QLabel, text: str, role: str = "error", rich: bool = False) -> None:
    """A message on a step: red for a problem, green when done; hidden when empty. Plain
    text unless ``rich`` (a service message is shown as written, never as markup)."""
    if label.property("role") != role:
        label.setProperty("role", role)
        _repolish(label)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setVisible(bool(text))


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bita"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB".replace(".", ",")
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


def _rows_text(n: int) -> str:
    return f"{format_angka(n)} baris" if n else "kosong"
