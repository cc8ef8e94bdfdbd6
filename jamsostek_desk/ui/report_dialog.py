"""A list for the user to read, scroll and save: what was left out of a job and why.

One place for long lists in a dialog (a message box with hundreds of lines grows off the
screen); the dialog stays at a fixed, laptop-sized height and the table scrolls.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.store.files import atomic_output
from jamsostek_desk.ui.forms.ui_laporan_dialog import Ui_LaporanDialog


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """The rows as CSV (UTF-8 with BOM, so Excel shows the letters right), written whole or
    not at all."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(headers)
    w.writerows(rows)
    with atomic_output(path, "Daftar") as tmp:
        tmp.write_text(buf.getvalue(), encoding="utf-8-sig", newline="")


class ReportDialog(QDialog):
    def __init__(
        self,
        title: str,
        intro: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        file_name: str = "laporan.csv",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LaporanDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.headers, self.rows, self.file_name = list(headers), [list(r) for r in rows], file_name
        self.ui.introLabel.setText(intro)
        t = self.ui.table
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(list(headers))
        t.setRowCount(len(rows))
        t.verticalHeader().setVisible(False)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                t.setItem(i, j, item)
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.accept)

    def save(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, "Simpan daftar", str(Path.home() / self.file_name), "CSV (*.csv)"
        )
        if not name:
            return None
        path = Path(name)
        try:
            write_csv(path, self.headers, self.rows)
        except UserError as e:
            self.ui.savedLabel.setText(e.message)
            return None
        self.ui.savedLabel.setText(f"Daftar disimpan di {path}.")
        return path
