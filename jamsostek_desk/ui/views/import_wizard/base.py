"""The wizard's shared state and navigation, the base of every step class.

``ImportWizard`` is one dialog (one .ui form) whose five pages are written as one class per
step (``file_step``, ``sheet_step``, ``mapping_step``, ``preview_step``, ``done_step``). They
share what is here: the state of the import under way, moving between pages, the Lanjut
button, and running a service job on the worker thread with this window's buttons off.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QProgressDialog

from jamsostek_desk.domain.errors import Cancelled
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.common.progress import Progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer import pipeline
from jamsostek_desk.services.importer.inspect import FilePeek, SheetPeek
from jamsostek_desk.ui import theme
from jamsostek_desk.ui.forms.ui_import_wizard import Ui_ImportWizard
from jamsostek_desk.ui.models.import_preview import ImportPreviewModel
from jamsostek_desk.ui.views.import_wizard.common import _MappingRow, _repolish
from jamsostek_desk.ui.worker import run_task

FILE, SHEET, MAPPING, PREVIEW, DONE = range(5)
STEPS = ("Berkas", "Lembar", "Kolom", "Pratinjau", "Impor")
TITLES = (
    "Pilih berkas",
    "Pilih lembar dan baris judul",
    "Cocokkan kolom",
    "Periksa sebelum impor",
    "Impor selesai",
)


class WizardBase(QDialog):
    """What every step of the wizard may use; ``ImportWizard`` sets it up."""

    imported = Signal(object)  # pipeline.ImportReport, after a committed import

    ui: Ui_ImportWizard
    ctx: AppContext
    ref: WilayahRef
    path: Path | None
    peek: FilePeek | None
    analysis: pipeline.Analysis | None
    report: pipeline.ImportReport | None
    task: QProgressDialog | None  # the job running now, if any
    model: ImportPreviewModel
    _mapping_rows: list[_MappingRow]
    _to_write: int  # counts of the analysis shown
    _rejected: int
    _warned: int

    @property
    def kategori(self) -> str:
        return str(self.ui.kategoriCombo.currentData())

    @property
    def busy(self) -> bool:
        return self.task is not None

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

    # Implemented by the step classes (ImportWizard's other bases); declared here because the
    # navigation above and each step's hand-over to the next one call them.
    def read_file(self) -> None:
        raise NotImplementedError

    def _fill_sheets(self) -> None:
        raise NotImplementedError

    def _current_sheet(self) -> str | None:
        raise NotImplementedError

    def _chosen_sheets(self) -> list[SheetPeek]:
        raise NotImplementedError

    def _leave_sheet_page(self) -> None:
        raise NotImplementedError

    def _fill_mapping(self, sheets: list[SheetPeek]) -> None:
        raise NotImplementedError

    def mapping(self) -> dict[str, str]:
        raise NotImplementedError

    def _leave_mapping_page(self) -> None:
        raise NotImplementedError

    def analyse(self, on_fail: Callable[[str], None], on_cancel: Callable[[], None]) -> None:
        raise NotImplementedError

    def run_import(self) -> None:
        raise NotImplementedError
