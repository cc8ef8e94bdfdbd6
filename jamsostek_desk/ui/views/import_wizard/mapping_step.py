"""Step 3 of the import wizard: matching the file's columns to the participant fields, with
sample values, required fields and columns chosen twice checked before the dry run; and, for
a list without a desa column, the desa its rows belong to (read from a title row, the sheet's
name or the family rows when the file names it, or chosen here).
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from jamsostek_desk.domain.columns import BY_FIELD, COLUMNS, NUMBERING_KEYS, header_key
from jamsostek_desk.domain.headers import match_header
from jamsostek_desk.services.importer import pipeline
from jamsostek_desk.services.importer.inspect import SheetPeek, required_fields
from jamsostek_desk.services.importer.rows import RowSorter
from jamsostek_desk.ui.fields import select_data, set_state
from jamsostek_desk.ui.models.import_preview import COLOURS, FIELD_LABELS, WARNING
from jamsostek_desk.ui.views.import_wizard.base import Step
from jamsostek_desk.ui.views.import_wizard.common import _cell, _MappingRow, say

IGNORE = ""
FROM_FILE = ""  # data of the desa choice "as the file says"


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or BY_FIELD[name].header.capitalize()


class MappingStep(Step):
    rows: list[_MappingRow]
    partial: bool  # NIK and only some columns: the list updates registered people

    def setup(self) -> None:
        self.rows = []
        self.partial = False
        combo = self.ui.desaCombo
        combo.addItem("(pilih desa)", FROM_FILE)
        ref, kabupaten = self.w.ref, self.w.ctx.kabupaten_kode
        for desa in sorted(ref.desa_in(kabupaten), key=lambda r: (r.nama, r.kode)):
            combo.addItem(ref.label(desa.kode), desa.kode)
        combo.setMaxVisibleItems(20)
        combo.currentIndexChanged.connect(self.check)
        self.ui.desaRow.setVisible(False)

    def fill(self, sheets: list[SheetPeek]) -> None:
        before = self.mapping() if self.rows else {}  # what the user chose, if back
        rows: dict[str, _MappingRow] = {}
        for s in sheets:
            layout = s.layout
            assert layout is not None
            sorter = RowSorter(layout)  # samples from people, not column numbers or totals
            data = [r for r in s.top[layout.header_row + 1 :] if sorter.sort(r) is None]
            for col, header in enumerate(layout.headers):
                key = header_key(header)
                if not key:
                    continue
                samples = [_cell(r[col]) for r in data if col < len(r) and _cell(r[col])]
                if key in rows:
                    rows[key].places.append((col, s.name))
                    rows[key].samples = (rows[key].samples + samples)[:3]
                    continue
                chosen = before.get(key, layout.columns.get(col, IGNORE))
                rows[key] = _MappingRow(key, header, [(col, s.name)], samples[:3], chosen)
        self.rows = list(rows.values())
        table = self.ui.mappingTable
        table.clearContents()
        table.setRowCount(len(self.rows))
        for r, m in enumerate(self.rows):
            head = QTableWidgetItem(f"{m.header}   ({m.where})")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setToolTip(f"{m.header} — {m.where}")
            if not match_header(m.header) and m.key not in NUMBERING_KEYS and not m.field:
                head.setForeground(QBrush(QColor(COLOURS[WARNING][1])))
                head.setToolTip("Judul kolom ini tidak dikenali: pilih datanya bila perlu.")
            table.setItem(r, 0, head)
            sample = QTableWidgetItem(" · ".join(m.samples) or "(kosong)")
            sample.setForeground(QBrush(QColor("#4a5a66")))
            sample.setToolTip("\n".join(m.samples))
            table.setItem(r, 1, sample)
            combo = QComboBox()
            self._fill_field_combo(combo)
            select_data(combo, m.field)
            combo.currentIndexChanged.connect(self.check)
            table.setCellWidget(r, 2, combo)
        say(self.ui.mappingErrorLabel, "")
        self.check()

    def _fill_field_combo(self, combo: QComboBox) -> None:
        required = set(required_fields(self.w.kategori))
        combo.addItem("(abaikan)", IGNORE)
        for c in COLUMNS:
            mark = " *" if c.field in required else ""
            combo.addItem(field_label(c.field) + mark, c.field)
        combo.setMaxVisibleItems(len(COLUMNS) + 1)

    def combo(self, row: int) -> QComboBox:
        widget = self.ui.mappingTable.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[str, str]:
        """header key -> field ("" ignores), as pipeline.ImportOptions.mapping wants it."""
        chosen = {
            m.key: str(self.combo(r).currentData() or IGNORE) for r, m in enumerate(self.rows)
        }
        # an ignored "No" column stays a numbering column (not data) for detect_layout
        return {k: f for k, f in chosen.items() if f or k not in NUMBERING_KEYS}

    def chosen_desa(self) -> str | None:
        """The desa chosen for the rows of sheets without a desa column (None: none chosen)."""
        if self.ui.desaRow.isHidden():
            return None
        return str(self.ui.desaCombo.currentData() or "") or None

    def _desa_needed(self, used: dict[str, list[int]]) -> bool:
        """Show the desa choice (no column is the desa); True when it must be chosen: a
        chosen sheet whose desa nothing in the file names."""
        u = self.ui
        if "desa" in used:
            u.desaRow.setVisible(False)
            return False
        u.desaRow.setVisible(True)
        hints = [(s.name, s.desa_hint) for s in self.w.sheets.chosen()]
        named = [(name, h) for name, h in hints if h is not None]
        u.desaCombo.setItemText(0, "(menurut berkas)" if named else "(pilih desa)")
        if named:
            shown = "; ".join(
                f"{escape(name)}: {escape(self.w.ref.label(h[0]) if h[0] else 'tiap keluarga')} "
                f"(dari {escape(h[1])})"
                for name, h in named[:3]
            )
            u.desaInfoLabel.setText(
                f"Desa menurut berkas — {shown}. Pilih desa lain di sini bila keliru."
            )
        else:
            u.desaInfoLabel.setText("Berkas tidak menyebut desanya: pilih desanya.")
        return len(named) < len(hints) and not u.desaCombo.currentData()

    def check(self) -> list[str]:
        """Problems that stop the import (also shown on the page)."""
        used: dict[str, list[int]] = {}
        for r in range(len(self.rows)):
            f = str(self.combo(r).currentData() or IGNORE)
            if f:
                used.setdefault(f, []).append(r)
        problems: list[str] = []
        missing = [
            f
            for f in required_fields(self.w.kategori)
            if f not in used
            and f != "desa"
            and f != "jenis_kelamin"  # the NIK gives the sex
            and not (f == "tanggal_lahir" and "tempat_tanggal_lahir" in used)
        ]
        desa_needed = self._desa_needed(used)
        self.partial = bool(missing) and "nik" in used  # a list of corrections
        if desa_needed:
            missing.append("desa")
        if self.partial:
            say(
                self.ui.requiredLabel,
                "Kolom "
                + ", ".join(field_label(f) for f in missing)
                + " tidak ada: daftar ini hanya memperbarui peserta yang sudah terdaftar, "
                "dan hanya kolom yang ada yang diubah.",
                "info",
            )
        elif missing == ["desa"]:
            problems.append("Berkas ini tidak punya kolom desa: pilih desanya di bawah tabel.")
        elif missing:
            problems.append(
                "Data wajib belum punya kolom: "
                + ", ".join(field_label(f) for f in missing)
                + ". Tanpa kolom itu semua baris akan ditolak."
            )
        twice = {f: rs for f, rs in used.items() if len(rs) > 1}
        for f, rs in twice.items():
            names = ", ".join(f"“{self.rows[r].header}”" for r in rs)
            problems.append(f"{field_label(f)} dipilih untuk lebih dari satu kolom ({names}).")
        for r in range(len(self.rows)):
            f = str(self.combo(r).currentData() or "")
            set_state(self.combo(r), "error" if f in twice else None)
        if problems:
            say(self.ui.requiredLabel, "\n".join(problems))
        elif not self.partial:
            say(self.ui.requiredLabel, "✓ Semua data wajib sudah punya kolom.", "ok")
        return problems

    def leave(self) -> None:
        w = self.w
        if self.check():
            say(self.ui.mappingErrorLabel, "Perbaiki dulu pemetaan kolom di atas.")
            return
        mapping = self.mapping()
        sheets = w.sheets.chosen()
        say(self.ui.mappingErrorLabel, "")
        if self.partial:  # a list of corrections can only update
            check = self.ui.updateExistingCheck
            check.blockSignals(True)
            check.setChecked(True)
            check.blockSignals(False)
        if self.ui.rememberCheck.isChecked():
            for s in sheets:
                assert s.layout is not None
                keys = {header_key(h) for h in s.layout.headers}
                pipeline.remember_mapping(
                    w.ctx, s.layout, {k: v for k, v in mapping.items() if k in keys}
                )
        w.preview.analyse(
            on_fail=lambda m: say(self.ui.mappingErrorLabel, m),
            on_cancel=lambda: say(
                self.ui.mappingErrorLabel, "Pemeriksaan dibatalkan. Belum ada yang diimpor."
            ),
        )
