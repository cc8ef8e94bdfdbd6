"""Step 4 of the import wizard: the dry run (pipeline.analyse) and its preview: counts, notes,
every row with its status and messages, and saving the rejected rows.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QFileDialog

from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.services.importer import pipeline, rejects
from jamsostek_desk.services.importer.convert import RowStatus
from jamsostek_desk.ui.models.import_preview import COLOURS, WARNING
from jamsostek_desk.ui.views.import_wizard.base import DONE, PREVIEW, Step
from jamsostek_desk.ui.views.import_wizard.common import _kept_out_of_gc, _with_suffix, say
from jamsostek_desk.ui.views.import_wizard.sheet_step import ALL_SHEETS


class PreviewStep(Step):
    to_write = 0  # counts of the analysis shown
    rejected = 0
    warned = 0

    def options(self) -> pipeline.ImportOptions:
        w = self.w
        name = w.sheets.current()
        return pipeline.ImportOptions(
            kategori=w.kategori,
            sheet=None if name in (None, ALL_SHEETS) else name,
            update_existing=self.ui.updateExistingCheck.isChecked(),
            mapping=w.columns.mapping(),
            header_rows={
                s.name: s.layout.header_top
                if s.layout.header_top is not None
                else s.layout.header_row
                for s in w.sheets.chosen()
                if s.layout
            },
            desa=w.columns.chosen_desa(),
        )

    def analyse(self, on_fail: Callable[[str], None], on_cancel: Callable[[], None]) -> None:
        w = self.w
        path = w.path
        assert path is not None
        ctx, ref, options = w.ctx, w.ref, self.options()

        def done(analysis: pipeline.Analysis) -> None:
            self.show_analysis(analysis)

        def failed(message: str, cancelled: bool) -> None:
            on_cancel() if cancelled else on_fail(message)

        w.run(
            f"Memeriksa {path.name}…",
            _kept_out_of_gc(lambda p: pipeline.analyse(ctx, path, options, p, ref=ref)),
            done,
            failed,
        )

    def show_analysis(self, analysis: pipeline.Analysis) -> None:
        u, w = self.ui, self.w
        w.analysis = analysis
        w.model.set_analysis(analysis)
        gc.freeze()  # see _kept_out_of_gc
        counts = analysis.counts()
        warned = counts["warnings"]  # the amber rows
        imported, updated = counts[RowStatus.IMPORTED], counts[RowStatus.UPDATED]
        skipped, rejected = counts[RowStatus.SKIPPED], counts[RowStatus.REJECTED]
        cards = (
            (u.countBaruLabel, imported, "akan ditambahkan", RowStatus.IMPORTED),
            (u.countUbahLabel, updated, "akan diperbarui", RowStatus.UPDATED),
            (u.countLewatiLabel, skipped, "dilewati (sudah terdaftar)", RowStatus.SKIPPED),
            (u.countTolakLabel, rejected, "ditolak", RowStatus.REJECTED),
            (u.countWarnLabel, warned, "diimpor dengan peringatan", WARNING),
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
        self.to_write, self.rejected = imported + updated, rejected
        self.warned = warned
        say(u.previewErrorLabel, "")
        u.detailLabel.setText(
            "Pilih satu baris untuk melihat semua pesannya."
            if w.model.total()
            else "Tidak ada baris data."
        )
        if w.page() != PREVIEW:
            # the problems first, when there are any
            u.problemsOnlyCheck.setChecked(rejected > 0)
            w.go(PREVIEW)
        w.update_next()

    def problems_only(self, on: bool) -> None:
        self.w.model.set_problems_only(on)
        self.ui.detailLabel.setText("Pilih satu baris untuk melihat semua pesannya.")

    def row_selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        if len(rows) == 1:
            self.ui.detailLabel.setText(self.w.model.details_html(rows.pop()))

    def select_row(self, row: int) -> None:
        self.ui.previewTable.selectRow(row)

    def update_existing_toggled(self, on: bool) -> None:
        if self.w.analysis is None or self.w.busy:
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
        w = self.w
        analysis, ctx = w.analysis, w.ctx
        if analysis is None or w.busy:
            return
        suggested = analysis.path.with_name(f"{analysis.path.stem} - ditolak.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            w, "Simpan baris yang ditolak", str(suggested), "Excel (*.xlsx)"
        )
        if not name:
            return
        target = _with_suffix(Path(name), ".xlsx")
        info = self.ui.doneInfoLabel if w.page() == DONE else self.ui.previewErrorLabel

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

        w.run(
            "Menyimpan baris yang ditolak…",
            lambda _p: rejects.write_rejected_rows(analysis, target, ctx),
            done,
            failed,
            cancellable=False,
        )
