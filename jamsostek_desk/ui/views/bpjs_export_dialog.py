"""Choosing the columns, folder and file size of BPJS's collective registration list."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from jamsostek_desk.domain.dates import format_tanggal_pendek
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.lists.export import (
    COLUMNS,
    bpjs_gaps,
    bpjs_selection,
    default_start,
    export_bpjs,
    save_bpjs_columns,
    saved_bpjs_columns,
)
from jamsostek_desk.services.peserta_list import PesertaFilter
from jamsostek_desk.ui.dialogs import folder_path, show_list, start_folder
from jamsostek_desk.ui.forms.ui_bpjs_export_dialog import Ui_BpjsExportDialog
from jamsostek_desk.ui.theme import WARNING, span
from jamsostek_desk.ui.worker import run_task


class BpjsExportDialog(QDialog):
    written = Signal(object)  # list[Path]

    def __init__(
        self, ctx: AppContext, f: PesertaFilter, folder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BpjsExportDialog()
        self.ui.setupUi(self)
        self.ctx, self.filter = ctx, f
        n, said = bpjs_selection(ctx, f)
        self.gaps = bpjs_gaps(ctx, f) if n else None
        notes = []
        if self.gaps and self.gaps.no_start:
            notes.append(
                f"{format_angka(self.gaps.no_start)} peserta belum punya tanggal mulai: "
                f"TANGGAL MULAI diisi <b>{format_tanggal_pendek(default_start())}</b> (awal "
                "bulan depan)."
            )
        if self.gaps and self.gaps.missing:
            notes.append(
                f"{format_angka(len(self.gaps.missing))} peserta tanpa nama ibu kandung atau "
                "tempat lahir (diminta BPJS). <a href='kurang'>Lihat daftar…</a>"
            )
        self.ui.introLabel.setText(
            f"<b>{format_angka(n)} peserta</b>"
            + f": {escape(said)} saat ini. Pilih status atau desa di saringan untuk daftar yang "
            "lain. Semua sel ditulis sebagai teks; satu berkas berisi paling banyak 10.000 baris."
            + "".join("<br>" + span(WARNING, "⚠ " + note) for note in notes)
        )
        self.ui.introLabel.linkActivated.connect(lambda _link: self.show_missing())
        chosen = saved_bpjs_columns(ctx)
        order = [*chosen, *(k for k in COLUMNS if k not in chosen)]
        for key in order:
            item = QListWidgetItem(COLUMNS[key].header, self.ui.columnsList)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        self.ui.folderEdit.setText(folder or str(start_folder()))
        self.ui.browseButton.clicked.connect(self.browse)
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Buat berkas")
        save.setDefault(True)
        save.setEnabled(n > 0)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Batal")
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def show_missing(self) -> QWidget | None:
        if not self.gaps or not self.gaps.missing:
            return None
        return show_list(
            self,
            "Data belum lengkap untuk BPJS",
            "Peserta ini belum punya nama ibu kandung atau tempat lahir. Lengkapi di formulir "
            "peserta sebelum daftar dikirim ke BPJS.",
            ("Nama", "NIK", "Belum diisi"),
            self.gaps.missing,
            "data-belum-lengkap.xlsx",
        )

    def columns(self) -> list[str]:
        lst = self.ui.columnsList
        return [
            str(lst.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]

    def browse(self) -> None:
        folder = folder_path(self, "Folder tujuan", self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def save(self) -> None:
        cols = self.columns()
        if not cols:
            self.ui.messageLabel.setText("Centang paling sedikit satu kolom.")
            return
        save_bpjs_columns(self.ctx, cols)
        ctx, f, folder = self.ctx, self.filter, Path(self.ui.folderEdit.text())
        rows = self.ui.rowsSpin.value()
        self.ui.buttons.setEnabled(False)

        def done(files: list[Path]) -> None:
            self.written.emit(files)
            self.accept()

        def failed(message: str, _user: bool) -> None:
            self.ui.buttons.setEnabled(True)
            self.ui.messageLabel.setText(message)

        run_task(
            self,
            "Menyiapkan daftar pendaftaran BPJS…",
            lambda progress: export_bpjs(ctx, f, folder, cols, max_rows=rows, progress=progress),
            done,
            failed,
        )
