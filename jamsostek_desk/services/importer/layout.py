"""Finding the data in a sheet: the header row below any title rows, and what each column is.

Offices send lists with a title ("DAFTAR PEKERJA RENTAN DESA ..."), a header row in their own
words, a numbering column, the data, and a signature block at the bottom. The header row is
the first of the top rows that names the most known columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jamsostek_desk.domain.columns import NUMBERING_KEYS, header_key
from jamsostek_desk.domain.columns import SYNONYM_INDEX as KNOWN

SCAN_ROWS = 30  # header rows are looked for among this many top rows
MIN_KNOWN = 3  # a header row names at least this many known columns
REJECTS_MARK = header_key("Baris asal")  # first of the columns a rejects file adds


@dataclass
class SheetLayout:
    header_row: int  # 0-based index of the header row
    headers: list[str]  # the header texts as written
    columns: dict[int, str] = field(default_factory=dict)  # column index -> field
    numbering: int | None = None  # a "No" column (not data)

    @property
    def signature(self) -> str:
        """Identifies files with the same headers, to remember a user's mapping for them."""
        return "|".join(header_key(h) for h in self.headers)

    def column_of(self, field_name: str) -> int | None:
        for col, f in self.columns.items():
            if f == field_name:
                return col
        return None


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def detect_layout(
    top_rows: list[list[object]],
    overrides: dict[str, str] | None = None,
    header_row: int | None = None,
) -> SheetLayout | None:
    """The header row and column mapping, or None when no row looks like a header.

    ``overrides`` maps a header key (see ``header_key``) to a field, or to "" to ignore the
    column: what the user chose in the mapping step for files with these headers.
    ``header_row`` (0-based) is the row the user said holds the headers: it is taken as it
    is, however few columns it names.
    """
    overrides = overrides or {}
    if header_row is not None:
        if not 0 <= header_row < len(top_rows):
            return None
        row_index = header_row
    else:
        best: tuple[int, int] | None = None  # (known count, row index)
        for i, row in enumerate(top_rows[:SCAN_ROWS]):
            keys = [header_key(c) for c in row]
            found = {KNOWN[k] for k in keys if k in KNOWN} | {
                overrides[k] for k in keys if overrides.get(k)
            }
            if len(found) >= MIN_KNOWN and (best is None or len(found) > best[0]):
                best = (len(found), i)
        if best is None:
            return None
        row_index = best[1]
    headers = [_text(c) for c in top_rows[row_index]]
    layout = SheetLayout(header_row=row_index, headers=headers)
    taken: set[str] = set()
    for col, text in enumerate(headers):
        key = header_key(text)
        if key == REJECTS_MARK:
            break  # a corrected rejects file: "Baris asal" and "Keterangan" are ours, not data
        if not key:
            continue
        if key in overrides:
            target = overrides[key]
        elif key in NUMBERING_KEYS:
            if layout.numbering is None:
                layout.numbering = col
            continue
        else:
            target = KNOWN.get(key, "")
        if target and target not in taken:  # the first column of a kind wins
            layout.columns[col] = target
            taken.add(target)
    return layout
