"""Step 2 of the import wizard: which sheet (or all of them) and which row holds the column
headers, with the top rows of the sheet shown so the user can click the right one.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.services.importer.convert import RowStatus
from jamsostek_desk.services.importer.inspect import SheetPeek, layout_for_row
from jamsostek_desk.ui.models.import_preview import COLOURS
from jamsostek_desk.ui.views.import_wizard.base import MAPPING, Step
from jamsostek_desk.ui.views.import_wizard.common import _cell, column_letter, say

ALL_SHEETS = "\x00semua"  # data of the "Semua lembar" list item (no sheet can be named so)
SHOWN_COLUMNS = 40  # columns of the sheet shown on the sheet page


class SheetStep(Step):
    def fill(self) -> None:
        peek = self.w.peek
        assert peek is not None
        lst = self.ui.sheetList
        lst.blockSignals(True)
        lst.clear()
        listed = peek.listed
        if len(peek.sheets) > 1:
            n = len([s for s in listed if s.layout is not None])
            item = QListWidgetItem(f"Semua lembar ({n} lembar)")
            item.setData(Qt.ItemDataRole.UserRole, ALL_SHEETS)
            item.setToolTip("Impor semua lembar yang terlihat dan berisi daftar peserta")
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            lst.addItem(item)
        first: QListWidgetItem | None = None
        for s in peek.sheets:
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
        lists = [s for s in peek.listed if s.layout is not None]
        # one list per desa is common: then all of them, as the CLI does without --sheet
        lst.setCurrentItem(lst.item(0) if len(lists) > 1 else first or lst.item(0))
        self.show_sheet()

    def current(self) -> str | None:
        item = self.ui.sheetList.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def chosen(self) -> list[SheetPeek]:
        peek = self.w.peek
        if peek is None:
            return []
        name = self.current()
        if name is None:
            return []
        if name == ALL_SHEETS:
            return [s for s in peek.listed if s.layout is not None]
        return [peek.sheet(name)]

    def show_sheet(self) -> None:
        u = self.ui
        say(u.sheetErrorLabel, "")
        name = self.current()
        peek = self.w.peek
        if peek is None or name is None:
            return
        if name == ALL_SHEETS:
            self._show_all_sheets()
        else:
            s = peek.sheet(name)
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
                    f"Baris judul kolom: <b>baris {_rows_of(s)}</b> "
                    f"({escape(', '.join(names))}{more}). Data dibaca mulai baris "
                    f"{s.layout.header_row + 2}."
                )
        u.headerHintLabel.setVisible(name != ALL_SHEETS)
        self.w.update_next()

    def _show_all_sheets(self) -> None:
        peek = self.w.peek
        assert peek is not None
        u = self.ui
        table = u.topRowsTable
        table.clear()
        table.clearSpans()
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Lembar", "Baris", "Keterangan"])
        table.setRowCount(len(peek.sheets))
        table.verticalHeader().setVisible(False)
        used = 0
        for row, s in enumerate(peek.sheets):
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
            f"<b>{used}</b> dari {len(peek.sheets)} lembar berisi daftar peserta dan akan "
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
        first = s.layout.first_row if s.layout is not None else -1  # a header over two rows
        green = QBrush(QColor(COLOURS[RowStatus.IMPORTED][0]))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, cells in enumerate(s.top):
            for c, value in enumerate(cells[:width]):
                item = QTableWidgetItem(_cell(value))
                if first <= r <= header:
                    item.setBackground(green)
                    item.setFont(bold)
                elif r < first:
                    item.setForeground(QBrush(QColor("#8a969e")))
                table.setItem(r, c, item)
            if (
                not first <= r <= header
                and width > 1
                and [c for c, v in enumerate(cells) if _cell(v)] == [0]
            ):
                table.setSpan(r, 0, 1, width)  # a title over the list: let it be read
            if first <= r <= header:
                for c in range(len(cells), width):
                    empty = QTableWidgetItem("")
                    empty.setBackground(green)
                    table.setItem(r, c, empty)
        for c in range(width):
            table.setColumnWidth(c, 40 if s.layout and c == s.layout.numbering else 130)

    def header_clicked(self, row: int, _col: int) -> None:
        name = self.current()
        peek = self.w.peek
        if peek is None or name in (None, ALL_SHEETS):
            return
        s = peek.sheet(str(name))
        if row >= len(s.top) or not any(_cell(c) for c in s.top[row]):
            return
        if s.detected is not None and s.detected.header_row == row:
            s.layout = s.detected
        else:
            s.layout = layout_for_row(s.top, row)
        self.show_sheet()
        item = self.ui.sheetList.currentItem()
        if item is not None:
            item.setText(item.text().replace("  (tanpa judul kolom)", ""))

    def leave(self) -> None:
        chosen = self.chosen()
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
        self.w.columns.fill(chosen)
        self.w.go(MAPPING)


def _rows_of(s: SheetPeek) -> str:
    """The header row, or rows ("3–4") when the header spans two."""
    assert s.layout is not None
    first, last = s.layout.first_row + 1, s.layout.header_row + 1
    return f"{first}–{last}" if first != last else str(last)


def _rows_text(n: int) -> str:
    return f"{format_angka(n)} baris" if n else "kosong"
