"""Pulihkan dari cadangan: the backups with their date, size and participant count; the
chosen one replaces the database after a fresh backup of the current state, and the
application starts again on it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.services import backup
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.dialogs import open_path, yes
from jamsostek_desk.ui.pages import selected_rows, setup_table

HEADERS = ("Tanggal", "Peserta", "Ukuran", "Berkas")


def format_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{format_angka(max(1, size // 1024))} KB"


class RestoreDialog(QDialog):
    restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Pulihkan dari cadangan")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Pilih cadangan yang akan dipakai. Sebelum diganti, keadaan database sekarang "
            "dicadangkan dulu, jadi langkah ini bisa dibatalkan dengan memulihkan cadangan "
            "“sebelum-pulihkan”. Aplikasi dibuka ulang sesudahnya."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget()
        setup_table(self.table, HEADERS, multi=False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        layout.addWidget(self.messageLabel)
        buttons = QDialogButtonBox()
        self.otherButton = buttons.addButton(
            "Pilih berkas lain…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restoreButton = buttons.addButton("Pulihkan", QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton("Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.otherButton.clicked.connect(lambda: self.restore_other())
        self.restoreButton.clicked.connect(lambda: self.restore_selected())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.load()

    def load(self) -> None:
        self.found = backup.backups(self.ctx.db.path, backup.second_folder(self.ctx.db))
        t = self.table
        t.setRowCount(len(self.found))
        for i, b in enumerate(self.found):
            cells = (
                f"{b.made:%d-%m-%Y %H:%M}",
                format_angka(b.peserta) if b.peserta is not None else "tidak terbaca",
                format_size(b.size),
                str(b.path),
            )
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                t.setItem(i, j, item)
        if self.found:
            t.selectRow(0)
        self.restoreButton.setEnabled(bool(self.found))
        self.messageLabel.setText(
            "" if self.found else "Belum ada cadangan. Pilih berkas lain bila ada di flash disk."
        )

    def restore_selected(self) -> bool:
        rows = selected_rows(self.table)
        if not rows:
            return False
        return self.restore(self.found[rows[0]].path)

    def restore_other(self, path: str | None = None) -> bool:
        if path is None:
            path = open_path(self, "Pilih berkas cadangan", "Database (*.sqlite *.db)")
        return bool(path) and self.restore(Path(path))

    def restore(self, path: Path) -> bool:
        if not yes(
            self,
            "Pulihkan dari cadangan",
            f"Ganti database dengan cadangan {path.name}?\n\nPerubahan sesudah cadangan ini "
            "dibuat tidak ada di database yang dipulihkan (keadaan sekarang dicadangkan "
            "dulu).",
        ):
            return False
        try:
            done = backup.restore_database(self.ctx, path)
        except UserError as e:
            QMessageBox.warning(self, "Database tidak dipulihkan", e.message)
            return False
        except OSError as e:
            QMessageBox.warning(
                self, "Database tidak dipulihkan", f"Berkas tidak bisa diganti: {e.strerror or e}."
            )
            return False
        self.safety = done.safety
        self.accept()
        self.restored.emit()
        return True
