"""Excel exports started from the window: the filtered participant list, BPJS's registration
list, and BPJS's result list coming back (preview, then commit, then the report)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.services.lists import bpjs_import
from jamsostek_desk.services.lists.export import export_list
from jamsostek_desk.ui.dialogs import inform, open_path, save_path, warn
from jamsostek_desk.ui.worker import run_task


def _failed(parent: QWidget, title: str) -> Any:
    def show(message: str, _user: bool) -> None:
        warn(parent, title, message)

    return show


def export_filtered(page: Any, path: str | None = None) -> None:
    if path is None:
        path = save_path(
            page, "Ekspor daftar peserta", f"peserta-{date.today():%Y%m%d}.xlsx", "Excel (*.xlsx)"
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
    target, f, ctx = Path(path), page.current_filter(), page.ctx
    run_task(
        page,
        "Mengekspor daftar peserta…",
        lambda progress: export_list(ctx, f, target, progress=progress),
        lambda n: page.message.emit(f"{format_angka(n)} peserta diekspor ke {target}"),
        _failed(page, "Ekspor gagal"),
    )


def export_for_bpjs(window: Any, folder: str = "") -> QWidget:
    """The column/folder dialog for BPJS's registration list of the filtered participants."""
    from jamsostek_desk.ui.views.bpjs_export_dialog import BpjsExportDialog

    dialog = BpjsExportDialog(window.ctx, window.peserta_page.current_filter(), folder, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(files: list[Path]) -> None:
        inform(
            window,
            "Daftar BPJS siap",
            f"{len(files)} berkas disimpan di {files[0].parent}:",
            [p.name for p in files],
        )

    dialog.written.connect(done)
    dialog.open()
    return dialog


def import_from_bpjs(window: Any, path: str | None = None) -> None:
    if path is None:
        path = open_path(
            window, "Daftar hasil dari BPJS", "Lembar kerja (*.xlsx *.xls *.ods *.csv)"
        )
        if not path:
            return
    ctx = window.ctx

    def committed(report: dict[str, Any]) -> None:
        window.data_changed()  # KPJ numbers and statuses changed: every page
        QMessageBox.information(
            window,
            "Impor hasil BPJS selesai",
            f"{report['updated']} peserta diperbarui; {report['rejected']} baris ditolak.",
        )

    def preview(analysis: bpjs_import.BpjsAnalysis) -> None:
        from jamsostek_desk.ui.views.bpjs_import_dialog import BpjsImportDialog

        dialog = BpjsImportDialog(ctx, analysis, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.committed.connect(committed)
        window.bpjs_dialog = dialog
        dialog.open()

    run_task(
        window,
        "Membaca daftar hasil BPJS…",
        lambda progress: bpjs_import.analyse(ctx, Path(path), progress),
        preview,
        _failed(window, "Daftar BPJS tidak bisa dibaca"),
    )
