"""Step 5 of the import wizard: the import itself (pipeline.commit, all or nothing) and the
summary of what was written.
"""

from __future__ import annotations

from html import escape

from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.services.importer import pipeline
from jamsostek_desk.services.importer.convert import RowStatus
from jamsostek_desk.ui import theme
from jamsostek_desk.ui.models.import_preview import COLOURS
from jamsostek_desk.ui.views.import_wizard.base import DONE, Step
from jamsostek_desk.ui.views.import_wizard.common import _kept_out_of_gc, say


class DoneStep(Step):
    def run_import(self) -> None:
        w = self.w
        analysis = w.analysis
        if analysis is None:
            return
        ctx = w.ctx

        def done(report: pipeline.ImportReport) -> None:
            # committed even when Batal came too late to stop it: say what really happened
            w.report = report
            self._show_done(report)
            w.imported.emit(report)

        def failed(message: str, cancelled: bool) -> None:
            say(
                self.ui.previewErrorLabel,
                "Impor dibatalkan. Tidak ada peserta yang disimpan." if cancelled else message,
            )

        w.run(
            "Menyimpan peserta…",
            _kept_out_of_gc(lambda p: pipeline.commit(ctx, analysis, p)),
            done,
            failed,
        )

    def _show_done(self, report: pipeline.ImportReport) -> None:
        u = self.ui
        skipped = COLOURS[RowStatus.SKIPPED][1]
        lines = [
            (report.imported, "peserta baru ditambahkan", theme.GREEN),
            (report.updated, "peserta diperbarui", COLOURS[RowStatus.UPDATED][1]),
            (report.skipped_duplicates, "dilewati karena sudah terdaftar", skipped),
            (report.rejected, "ditolak", theme.ERROR),
        ]
        rows = "".join(
            f"<tr><td align='right' valign='middle' style='font-size:18px; font-weight:600; "
            f"color:{colour}; padding-right:10px'>{format_angka(n)}</td>"
            f"<td valign='middle' style='font-size:14px'>{text}</td></tr>"
            for n, text, colour in lines
            if n or colour == theme.GREEN
        )
        name = escape(self.w.path.name) if self.w.path else ""
        extra = []
        warned = self.w.preview.warned
        if warned:  # report.warnings also counts the skipped rows
            extra.append(
                f"{format_angka(warned)} peserta yang disimpan punya peringatan (lihat "
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
        self.w.go(DONE)
