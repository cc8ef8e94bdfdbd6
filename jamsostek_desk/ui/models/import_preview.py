"""Model of the import preview: every analysed row with its status and messages.

The analysis is already in memory, so the model is a thin view onto its list of rows: no item
objects, one list of row numbers when the "problems only" filter is on, and cell texts made
when the view asks for them (only the visible rows). 100,000 rows cost a list of ints.
"""

from __future__ import annotations

from bisect import bisect_right
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jamsostek_desk.domain.dates import format_tanggal_pendek
from jamsostek_desk.domain.peserta import LABELS
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.importer.convert import WRITTEN, RowResult, RowStatus
from jamsostek_desk.services.importer.pipeline import Analysis, SheetPlan

Index = QModelIndex | QPersistentModelIndex

HEADERS = ("Baris", "Status", "NIK", "Nama", "Desa/Kel.", "Pesan")
COL_ROW, COL_STATUS, COL_NIK, COL_NAMA, COL_DESA, COL_PESAN = range(6)

# Each status as the clerk reads it: the one place the import's statuses meet their words.
STATUS_TEXT = {
    RowStatus.IMPORTED: "Baru",
    RowStatus.UPDATED: "Diperbarui",
    RowStatus.SKIPPED: "Dilewati",
    RowStatus.REJECTED: "Ditolak",
    RowStatus.NOT_DATA: "bukan data",
}

# Names of the columns the importer reports problems on (column fields, not only PesertaData).
FIELD_LABELS = {
    **LABELS,
    "desa": "Desa/Kelurahan",
    "kecamatan": "Kecamatan",
    "rt_rw": "RT/RW",
    "tempat_tanggal_lahir": "Tempat, tanggal lahir",
    "baris": "Baris",
}

WARNING = "warning"  # the tone of a written row that carries a warning
# (background, text) per status, and WARNING
COLOURS = {
    RowStatus.IMPORTED: ("#e2f4e8", "#0b6b37"),
    RowStatus.UPDATED: ("#e1ecfa", "#1d5296"),
    RowStatus.SKIPPED: ("#eceff1", "#58656e"),
    RowStatus.REJECTED: ("#fde6e6", "#b3261e"),
    WARNING: ("#fff1cc", "#8a5300"),
    RowStatus.NOT_DATA: ("#f4f5f6", "#9aa4ab"),
}
_BRUSHES = {k: (QBrush(QColor(bg)), QBrush(QColor(fg))) for k, (bg, fg) in COLOURS.items()}


def tone(r: RowResult) -> str:
    """The colour of a row: its status, or amber for an accepted row with warnings."""
    if r.status in WRITTEN and r.warnings:
        return WARNING
    return r.status


def has_problem(r: RowResult) -> bool:
    if r.status == RowStatus.NOT_DATA:
        return False
    return r.status == RowStatus.REJECTED or bool(r.warnings) or bool(r.errors)


def _not_data(row: int, reason: str) -> RowResult:
    """A skipped row, shown greyed in its place (made when the view asks for it)."""
    return RowResult(row, [], None, warnings={"baris": reason}, status=RowStatus.NOT_DATA)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = " ".join(str(value).split())
    return text if len(text) <= 120 else text[:119] + "…"


def _show(value: object) -> str:
    if value is None or value == "":
        return "(kosong)"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if hasattr(value, "isoformat") and hasattr(value, "year"):
        return format_tanggal_pendek(value)  # type: ignore[arg-type]
    return _cell_text(value)


def _order(plan: SheetPlan) -> list[int] | None:
    if not plan.skipped:
        return None
    order: list[int] = []
    results, skipped = plan.results, plan.skipped
    i = 0
    for k, (row, _why) in enumerate(skipped):
        while i < len(results) and results[i].source_row < row:
            order.append(i)
            i += 1
        order.append(-k - 1)
    order.extend(range(i, len(results)))
    return order


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, ref: WilayahRef, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self._plans: list[SheetPlan] = []
        self._starts: list[int] = []  # index of each sheet's first row in the whole list
        self._total = 0
        self._shown: list[int] | None = None  # row indexes when filtered
        self._problems_only = False
        self._several = False
        self._col_cache: dict[int, dict[str, int | None]] = {}
        # per sheet with skipped rows: its rows in sheet order, >= 0 a result, < 0 the
        # skipped row -(i + 1); None when the sheet has no skipped rows (results in order)
        self._orders: list[list[int] | None] = []

    # --- data ------------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        self.beginResetModel()
        # No list of (plan, row) pairs: 100,000 new tuples cost a full garbage collection
        # over the whole analysis (about a second with the window frozen).
        self._plans = list(analysis.sheets) if analysis is not None else []
        self._starts, start = [], 0
        self._orders = [_order(plan) for plan in self._plans]
        for plan in self._plans:
            self._starts.append(start)
            start += len(plan.results) + len(plan.skipped)
        self._total = start
        self._several = len(self._plans) > 1
        self._col_cache = {}
        self._shown = self._filtered() if self._problems_only else None
        self.endResetModel()

    def set_problems_only(self, on: bool) -> None:
        if on == self._problems_only:
            return
        self.beginResetModel()
        self._problems_only = on
        self._shown = self._filtered() if on else None
        self.endResetModel()

    @property
    def problems_only(self) -> bool:
        return self._problems_only

    def _filtered(self) -> list[int]:
        out: list[int] = []
        for start, plan, order in zip(self._starts, self._plans, self._orders, strict=True):
            if order is None:
                out += [start + i for i, r in enumerate(plan.results) if has_problem(r)]
            else:
                results = plan.results
                out += [
                    start + i for i, k in enumerate(order) if k >= 0 and has_problem(results[k])
                ]
        return out

    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> tuple[SheetPlan, RowResult]:
        index = self._shown[row] if self._shown is not None else row
        sheet = bisect_right(self._starts, index) - 1
        plan = self._plans[sheet]
        at = index - self._starts[sheet]
        order = self._orders[sheet]
        if order is not None:
            k = order[at]
            if k < 0:
                return plan, _not_data(*plan.skipped[-k - 1])
            at = k
        return plan, plan.results[at]

    # --- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._shown) if self._shown is not None else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        plan, r = self.row_at(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(plan, r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.details_html(index.row()) if col in (COL_STATUS, COL_PESAN) else None
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            return _BRUSHES[tone(r)][0]
        if role == Qt.ItemDataRole.ForegroundRole and (
            col in (COL_STATUS, COL_PESAN) or r.status == RowStatus.NOT_DATA
        ):
            return _BRUSHES[tone(r)][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- texts -----------------------------------------------------------------------------
    def _raw(self, plan: SheetPlan, r: RowResult, field: str) -> str:
        cols = self._col_cache.get(id(plan))
        if cols is None:
            cols = {f: plan.layout.column_of(f) for f in ("nik", "nama", "desa")}
            self._col_cache[id(plan)] = cols
        c = cols.get(field)
        return _cell_text(r.cells[c]) if c is not None and c < len(r.cells) else ""

    def _text(self, plan: SheetPlan, r: RowResult, col: int) -> str:
        d = r.data
        if col == COL_ROW:
            return f"{plan.name}: {r.source_row}" if self._several else str(r.source_row)
        if col == COL_STATUS:
            text = STATUS_TEXT.get(r.status, r.status)
            return text + " ⚠" if tone(r) == WARNING else text
        if col == COL_NIK:
            return d.nik if d is not None else self._raw(plan, r, "nik")
        if col == COL_NAMA:
            return d.nama if d is not None else self._raw(plan, r, "nama")
        if col == COL_DESA:
            if d is not None and d.desa_kode:
                return self.ref.name(d.desa_kode) or d.desa_kode
            return self._raw(plan, r, "desa")
        if col == COL_PESAN:
            return self.message(r)
        return ""

    @staticmethod
    def message(r: RowResult) -> str:
        if r.status == RowStatus.NOT_DATA:
            return f"Bukan data ({r.warnings['baris']}): tidak dihitung."
        parts = [*r.errors.values(), *r.warnings.values()]
        if r.status == RowStatus.UPDATED and r.changes:
            changed = ", ".join(FIELD_LABELS.get(f, f) for f in r.changes)
            parts.insert(0, f"Berubah: {changed}.")
        return " · ".join(parts)

    def details_html(self, row: int) -> str:
        """Everything about one row: problems by column and, for an update, old → new."""
        plan, r = self.row_at(row)
        where = f"Baris {r.source_row}" + (f", lembar {escape(plan.name)}" if self._several else "")
        lines = [f"<b>{where}</b> — {STATUS_TEXT.get(r.status, r.status)}"]
        if r.status == RowStatus.NOT_DATA:
            return lines[0] + "<br>" + escape(self.message(r))
        for f, m in r.errors.items():
            lines.append(
                f"<span style='color:{COLOURS[RowStatus.REJECTED][1]}'>✖ <b>"
                f"{escape(FIELD_LABELS.get(f, f))}</b>: {escape(m)}</span>"
            )
        for f, m in r.warnings.items():
            lines.append(
                f"<span style='color:{COLOURS[WARNING][1]}'>⚠ <b>"
                f"{escape(FIELD_LABELS.get(f, f))}</b>: {escape(m)}</span>"
            )
        for f, (old, new) in r.changes.items():
            if f == "desa_kode":
                old, new = self.ref.label(str(old)) if old else old, self.ref.label(str(new))
            lines.append(
                f"<span style='color:{COLOURS[RowStatus.UPDATED][1]}'>✎ <b>"
                f"{escape(FIELD_LABELS.get(f, f))}</b>: {escape(_show(old))} → {escape(_show(new))}"
                "</span>"
            )
        if len(lines) == 1:
            lines.append("Tidak ada masalah.")
        return "<br>".join(lines)
