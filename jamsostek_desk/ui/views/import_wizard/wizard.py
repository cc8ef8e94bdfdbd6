"""The import wizard dialog: the steps put together on one form (forms/import_wizard.ui)."""

from __future__ import annotations

import gc

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QWidget

from jamsostek_desk.domain.codes import KATEGORI
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.fields import fill_combo, select_data
from jamsostek_desk.ui.forms.ui_import_wizard import Ui_ImportWizard
from jamsostek_desk.ui.models.import_preview import ImportPreviewModel
from jamsostek_desk.ui.views.import_wizard.base import FILE
from jamsostek_desk.ui.views.import_wizard.common import say
from jamsostek_desk.ui.views.import_wizard.done_step import DoneStep
from jamsostek_desk.ui.views.import_wizard.file_step import FileStep
from jamsostek_desk.ui.views.import_wizard.mapping_step import MappingStep
from jamsostek_desk.ui.views.import_wizard.preview_step import PreviewStep
from jamsostek_desk.ui.views.import_wizard.sheet_step import SheetStep
from jamsostek_desk.ui.views.import_wizard.style import STYLE

DEFAULT_KATEGORI = {"dinas_pmd": "aparat_desa", "disnakertrans": "pekerja_rentan"}
PREVIEW_WIDTHS = (80, 110, 150, 220, 170)


class ImportWizard(FileStep, SheetStep, MappingStep, PreviewStep, DoneStep):
    """The import wizard window; each base class brings one step (see the package docstring)."""

    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.ref = ref
        self.path = self.peek = self.analysis = self.report = None  # typed in WizardBase
        self.task = None  # the job running now, if any
        self._mapping_rows = []
        self._to_write = self._rejected = self._warned = 0  # counts of the analysis shown
        self.model = ImportPreviewModel(ref, self)
        self._setup()
        self.go(FILE)

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
        self._mapping_rows = []
        self.model.set_analysis(None)
        self.ui.fileLabel.setText("Belum ada berkas yang dipilih.")
        say(self.ui.fileErrorLabel, "")
        say(self.ui.templateInfoLabel, "")
        self.ui.updateExistingCheck.setChecked(False)
        self.go(FILE)
