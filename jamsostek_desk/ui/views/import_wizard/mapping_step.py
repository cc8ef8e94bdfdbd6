"""Step 3 of the import wizard: matching the file's columns to the participant fields, with
sample values, required fields and columns chosen twice checked before the dry run.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from jamsostek_desk.domain.columns import BY_FIELD, COLUMNS, NUMBERING_KEYS, header_key
from jamsostek_desk.domain.columns import SYNONYM_INDEX as KNOWN
from jamsostek_desk.services.importer import pipeline
from jamsostek_desk.services.importer.inspect import SheetPeek, required_fields
from jamsostek_desk.ui.fields import select_data, set_state
from jamsostek_desk.ui.models.import_preview import COLOURS, FIELD_LABELS
from jamsostek_desk.ui.views.import_wizard.base import WizardBase
from jamsostek_desk.ui.views.import_wizard.common import _cell, _MappingRow, say

IGNORE = ""


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or BY_FIELD[name].header.capitalize()


class MappingStep(WizardBase):
    def _fill_mapping(self, sheets: list[SheetPeek]) -> None:
        before = self.mapping() if self._mapping_rows else {}  # what the user chose, if back
        rows: dict[str, _MappingRow] = {}
        for s in sheets:
            layout = s.layout
            assert layout is not None
            data = s.top[layout.header_row + 1 :]
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
        self._mapping_rows = list(rows.values())
        table = self.ui.mappingTable
        table.clearContents()
        table.setRowCount(len(self._mapping_rows))
        for r, m in enumerate(self._mapping_rows):
            head = QTableWidgetItem(f"{m.header}   ({m.where})")
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            head.setToolTip(f"{m.header} — {m.where}")
            if m.key not in KNOWN and m.key not in NUMBERING_KEYS and not m.field:
                head.setForeground(QBrush(QColor(COLOURS["peringatan"][1])))
                head.setToolTip("Judul kolom ini tidak dikenali: pilih datanya bila perlu.")
            table.setItem(r, 0, head)
            sample = QTableWidgetItem(" · ".join(m.samples) or "(kosong)")
            sample.setForeground(QBrush(QColor("#4a5a66")))
            sample.setToolTip("\n".join(m.samples))
            table.setItem(r, 1, sample)
            combo = QComboBox()
            self._fill_field_combo(combo)
            select_data(combo, m.field)
            combo.currentIndexChanged.connect(self._check_mapping)
            table.setCellWidget(r, 2, combo)
        say(self.ui.mappingErrorLabel, "")
        self._check_mapping()

    def _fill_field_combo(self, combo: QComboBox) -> None:
        required = set(required_fields(self.kategori))
        combo.addItem("(abaikan)", IGNORE)
        for c in COLUMNS:
            mark = " *" if c.field in required else ""
            combo.addItem(field_label(c.field) + mark, c.field)
        combo.setMaxVisibleItems(len(COLUMNS) + 1)

    def _combo(self, row: int) -> QComboBox:
        widget = self.ui.mappingTable.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def mapping(self) -> dict[str, str]:
        """header key -> field ("" ignores), as pipeline.ImportOptions.mapping wants it."""
        chosen = {
            m.key: str(self._combo(r).currentData() or IGNORE)
            for r, m in enumerate(self._mapping_rows)
        }
        # an ignored "No" column stays a numbering column (not data) for detect_layout
        return {k: f for k, f in chosen.items() if f or k not in NUMBERING_KEYS}

    def _check_mapping(self) -> list[str]:
        """Problems that stop the import (also shown on the page)."""
        used: dict[str, list[int]] = {}
        for r in range(len(self._mapping_rows)):
            f = str(self._combo(r).currentData() or IGNORE)
            if f:
                used.setdefault(f, []).append(r)
        problems: list[str] = []
        missing = [
            f
            for f in required_fields(self.kategori)
            if f not in used and not (f == "tanggal_lahir" and "tempat_tanggal_lahir" in used)
        ]
        if missing:
            problems.append(
                "Data wajib belum punya kolom: "
                + ", ".join(field_label(f) for f in missing)
                + ". Tanpa kolom itu semua baris akan ditolak."
            )
        twice = {f: rs for f, rs in used.items() if len(rs) > 1}
        for f, rs in twice.items():
            names = ", ".join(f"“{self._mapping_rows[r].header}”" for r in rs)
            problems.append(f"{field_label(f)} dipilih untuk lebih dari satu kolom ({names}).")
        for r in range(len(self._mapping_rows)):
            f = str(self._combo(r).currentData() or "")
            set_state(self._combo(r), "error" if f in twice else None)
        if problems:
            say(self.ui.requiredLabel, "\n".join(problems))
        else:
            say(self.ui.requiredLabel, "✓ Semua data wajib sudah punya kolom.", "ok")
        return problems

    def _leave_mapping_page(self) -> None:
        if self._check_mapping():
            say(self.ui.mappingErrorLabel, "Perbaiki dulu pemetaan kolom di atas.")
            return
        mapping = self.mapping()
        sheets = self._chosen_sheets()
        say(self.ui.mappingErrorLabel, "")
        if self.ui.rememberCheck.isChecked():
            for s in sheets:
                assert s.layout is not None
                keys = {header_key(h) for h in s.layout.headers}
                pipeline.remember_mapping(
                    self.ctx, s.layout, {k: v for k, v in mapping.items() if k in keys}
                )
        self.analyse(
            on_fail=lambda m: say(self.ui.mappingErrorLabel, m),
            on_cancel=lambda: say(
                self.ui.mappingErrorLabel, "Pemeriksaan dibatalkan. Belum ada yang diimpor."
            ),
        )
