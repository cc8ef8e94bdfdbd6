"""Finding the data in a sheet: the header row below any title rows, and what each column is.

Offices send lists with a title ("DAFTAR PEKERJA RENTAN DESA ..."), a header row in their own
words (sometimes two: "Tempat dan Tanggal Lahir" over "Tempat Lahir" and "Tgl/Bln/Th"), a
numbering column, the data, and a signature block at the bottom. The header row is the first
of the top rows that names the most known columns; headers are matched by their words
(``domain.headers``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jamsostek_desk.domain.columns import NUMBERING_KEYS, header_key
from jamsostek_desk.domain.headers import match_header

SCAN_ROWS = 30  # header rows are looked for among this many top rows
MIN_KNOWN = 3  # a header row names at least this many known columns (or NIK and one more)
REJECTS_MARK = header_key("Baris asal")  # first of the columns a rejects file adds


@dataclass
class SheetLayout:
    header_row: int  # 0-based index of the (last) header row: data starts under it
    headers: list[str]  # the header texts as written (two header rows joined)
    columns: dict[int, str] = field(default_factory=dict)  # column index -> field
    numbering: int | None = None  # a "No" column (not data)
    header_top: int | None = None  # first header row when the header spans two rows
    header_keys: frozenset[tuple[int, str]] = frozenset()  # (column, key) of the header cells
    titles: list[str] = field(default_factory=list)  # the text of each row above the header

    @property
    def signature(self) -> str:
        """Identifies files with the same headers, to remember a user's mapping for them."""
        return "|".join(header_key(h) for h in self.headers)

    def column_of(self, field_name: str) -> int | None:
        for col, f in self.columns.items():
            if f == field_name:
                return col
        return None

    @property
    def first_row(self) -> int:
        return self.header_row if self.header_top is None else self.header_top


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _fields_named(row: list[object], overrides: dict[str, str]) -> set[str]:
    found: set[str] = set()
    for c in row:
        if not isinstance(c, str):
            continue
        key = header_key(c)
        if overrides.get(key):
            found.add(overrides[key])
        elif key not in overrides:
            f = match_header(c)
            if f:
                found.add(f)
    return found


def _is_subheader(row: list[object], parent: list[object]) -> bool:
    """A second header row: text only, nothing that looks like data, a cell under the empty
    part of a header merged over several columns, and at least one cell that names a field
    (alone or with the header above it)."""
    texts = [(i, c) for i, c in enumerate(row) if c is not None and c != ""]
    if not texts or any(not isinstance(c, str) for _, c in texts):
        return False
    if not any(not _text(_at(parent, i)) for i, _ in texts):
        return False
    if any(sum(ch.isdigit() for ch in str(c)) >= 6 for _, c in texts):
        return False
    return any(
        match_header(str(c)) or match_header(f"{_text(_at(parent, i))} {c}") for i, c in texts
    )


def _at(row: list[object], i: int) -> object:
    return row[i] if i < len(row) else None


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
            found = _fields_named(row, overrides)
            # NIK and one more column: the corrections offices send (NIK + NO HP)
            enough = len(found) >= MIN_KNOWN or ("nik" in found and len(found) >= 2)
            if enough and (best is None or len(found) > best[0]):
                best = (len(found), i)
        if best is None:
            return None
        row_index = best[1]
    parent = top_rows[row_index]
    sub: list[object] | None = None
    if row_index + 1 < len(top_rows) and _is_subheader(top_rows[row_index + 1], parent):
        sub = top_rows[row_index + 1]
    width = max(len(parent), len(sub) if sub else 0)
    headers: list[str] = []
    candidates: list[list[str]] = []  # per column: texts to match, best first
    above = ""
    for col in range(width):
        top_text = _text(_at(parent, col))
        if sub is None:
            headers.append(top_text)
            candidates.append([top_text])
            continue
        low = _text(_at(sub, col))
        if top_text:
            above = top_text
        elif not low:
            above = ""
        head = top_text or (above if low else "")
        headers.append(f"{head} / {low}" if head and low and head != low else head or low)
        candidates.append([low, f"{head} {low}".strip()] if low else [head])
    keys = {(c, header_key(_at(parent, c))) for c in range(len(parent))}
    if sub is not None:
        keys |= {(c, header_key(_at(sub, c))) for c in range(len(sub))}
    layout = SheetLayout(
        header_row=row_index + (1 if sub is not None else 0),
        headers=headers,
        header_top=row_index if sub is not None else None,
        header_keys=frozenset((c, k) for c, k in keys if k),
        titles=[" ".join(_text(c) for c in r if _text(c)) for r in top_rows[:row_index]],
    )
    taken: set[str] = set()
    for col, texts in enumerate(candidates):
        key = header_key(headers[col])
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
            target = next((f for t in texts if t and (f := match_header(t))), "")
        if target and target not in taken:  # the first column of a kind wins
            layout.columns[col] = target
            taken.add(target)
    return layout
