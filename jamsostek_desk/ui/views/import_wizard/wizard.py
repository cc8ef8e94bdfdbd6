"""The import wizard dialog: the steps put together on one form (forms/import_wizard.ui).

The window holds the state of the import under way (file, what it holds, the analysis, the
report, the job running now), moves between pages and runs service jobs on the worker thread
with its buttons off; each page's work is done by the step object it holds (see ``base``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QWidget,
)

from jamsostek_desk.domain.codes import KATEGORI
from jamsostek_desk.domain.errors import Cancelled
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.common.progress import Progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer import pipeline
from jamsostek_desk.services.importer.inspect import FilePeek
from jamsostek_desk.ui import theme
from jamsostek_desk.ui.fields import fill_combo, select_data
from jamsostek_desk.ui.forms.ui_import_wizard import Ui_ImportWizard
from jamsostek_desk.ui.models.import_preview import ImportPreviewModel
from jamsostek_desk.ui.views.import_wizard.base import (
    DONE,
    FILE,
    MAPPING,
    PREVIEW,
    SHEET,
    STEPS,
    TITLES,
)
from jamsostek_desk.ui.views.import_wizard.common import _repolish, say
from jamsostek_desk.ui.views.import_wizard.done_step import DoneStep
from jamsostek_desk.ui.views.import_wizard.file_step import FileStep
from jamsostek_desk.ui.views.import_wizard.mapping_step import MappingStep
from jamsostek_desk.ui.views.import_wizard.preview_step import PreviewStep
from jamsostek_desk.ui.views.import_wizard.sheet_step import SheetStep
from jamsostek_desk.ui.views.import_wizard.style import STYLE
from jamsostek_desk.ui.worker import run_task

DEFAULT_KATEGORI = {"dinas_pmd": "aparat_desa", "disnakertrans": "pekerja_rentan"}
PREVIEW_WIDTHS = (80, 110, 150, 220, 170)


class ImportWizard(QDialog):
    """The import wizard window; each page's work is done by one step object."""

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
        self.model = ImportPreviewModel(ref, self)
        self.files = FileStep(self)
        self.sheets = SheetStep(self)
        self.columns = MappingStep(self)
        self.preview = PreviewStep(self)
        self.finish = DoneStep(self)
        self._setup()
        self.go(FILE)

    # --- state the steps share ---------------------------------------------------------------
    @property
    def kategori(self) -> str:
        return str(self.ui.kategoriCombo.currentData())

    @property
    def busy(self) -> bool:
        return self.task is not None

    def select_row(self, row: int) -> None:
        self.preview.select_row(row)

    def set_file(self, path: Path) -> None:
        self.files.set_file(path)

    # --- navigation ----------------------------------------------------------------------------
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
        self.update_next()

    def update_next(self) -> None:
        u = self.ui
        page = self.page()
        enabled = not self.busy
        text = "Lanjut ›"
        if page == FILE:
            enabled = enabled and self.path is not None
        elif page == SHEET:
            enabled = enabled and bool(self.sheets.chosen())
        elif page == PREVIEW:
            n = self.preview.to_write if self.analysis is not None else 0
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
        u.saveRejectsButton.setEnabled(not self.busy and self.preview.rejected > 0)
        u.doneRejectsButton.setEnabled(not self.busy)

    def next(self) -> None:
        if self.busy:
            return
        page = self.page()
        if page == FILE:
            self.files.read_file()
        elif page == SHEET:
            self.sheets.leave()
        elif page == MAPPING:
            self.columns.leave()
        elif page == PREVIEW:
            self.finish.run_import()

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

    def run(
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
            self.update_next()
            on_done(result)

        def failed(message: str, _user: bool) -> None:
            self.task = None
            self.update_next()
            on_error(message, stopped.is_set())

        self.task = run_task(self, title, job, done, failed, cancellable=cancellable)
        self.update_next()

    # --- drag and drop (the file page) -------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_enter(event)

    def dragLeaveEvent(self, event: Any) -> None:
        self.files.hover(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    # --- set-up and closing --------------------------------------------------------------------
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

        u.sheetList.currentItemChanged.connect(lambda *_: self.sheets.show_sheet())
        u.topRowsTable.cellClicked.connect(self.sheets.header_clicked)
        u.topRowsTable.verticalHeader().setDefaultSectionSize(24)
        u.topRowsTable.horizontalHeader().setDefaultSectionSize(120)

        mt = u.mappingTable
        mt.verticalHeader().setVisible(False)
        mt.verticalHeader().setDefaultSectionSize(32)
        mt.setColumnWidth(0, 300)
        mt.setColumnWidth(1, 330)
        mt.horizontalHeader().setStretchLastSection(True)
        self.columns.setup()

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
        view.selectionModel().selectionChanged.connect(self.preview.row_selected)

        u.chooseButton.clicked.connect(self.files.choose_file)
        u.templateButton.clicked.connect(self.files.download_template)
        u.kategoriCombo.currentIndexChanged.connect(self.files.kategori_changed)
        u.problemsOnlyCheck.toggled.connect(self.preview.problems_only)
        u.updateExistingCheck.toggled.connect(self.preview.update_existing_toggled)
        u.saveRejectsButton.clicked.connect(self.preview.save_rejects)
        u.doneRejectsButton.clicked.connect(self.preview.save_rejects)
        u.anotherButton.clicked.connect(self.start_over)
        u.nextButton.clicked.connect(self.next)
        u.backButton.clicked.connect(self.back)
        u.cancelButton.clicked.connect(self.reject)
        for button in (u.backButton, u.cancelButton, u.chooseButton, u.templateButton):
            button.setAutoDefault(False)
        u.nextButton.setDefault(True)
        self.resize(1120, 660)  # fits 1366 x 768 with a taskbar and a title bar

    def _cards(self) -> list[QLabel]:
        u = self.ui
        return [
            u.countBaruLabel,
            u.countUbahLabel,
            u.countLewatiLabel,
            u.countTolakLabel,
            u.countWarnLabel,
        ]

    def done(self, result: int) -> None:
        self.analysis = None  # freed now (no cycles), before the heap is collected again
        self.model.set_analysis(None)
        gc.unfreeze()
        super().done(result)

    def start_over(self) -> None:
        self.path = self.peek = self.analysis = self.report = None
        self.columns.rows = []
        self.model.set_analysis(None)
        self.ui.fileLabel.setText("Belum ada berkas yang dipilih.")
        say(self.ui.fileErrorLabel, "")
        say(self.ui.templateInfoLabel, "")
        self.ui.updateExistingCheck.setChecked(False)
        self.go(FILE)
