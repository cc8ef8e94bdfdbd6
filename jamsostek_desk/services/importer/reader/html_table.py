"""HTML tables (what many portals save under an .xls name): a streaming table parser and its
Workbook backend, one sheet per non-empty table.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from jamsostek_desk.services.importer.reader.guards import (
    CHUNK,
    _cell_too_long,
    _guarded,
    _Limits,
    _too_many_rows,
)
from jamsostek_desk.services.importer.reader.workbook import ReadError, SheetInfo, Workbook


class _TableParser(HTMLParser):
    """Rows of <td>/<th> text of every <table> (colspan ignored); keeps the rows of one table
    (``target``) or only counts them. html.parser expands no custom entities and fetches
    nothing."""

    def __init__(self, target: int | None, limits: _Limits) -> None:
        super().__init__(convert_charrefs=True)
        self.target, self.limits = target, limits
        self.counts: list[int] = []
        self.stack: list[int] = []  # open tables, as indexes in document order
        self.row: list[object] | None = None
        self.cell: list[str] | None = None
        self.cell_size = 0
        self.skip = 0
        self.done: list[list[object]] = []
        # A table inside a cell: the outer row and cell wait here until it ends.
        self.outer: list[tuple[list[object] | None, list[str] | None, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            self.outer.append((self.row, self.cell, self.cell_size))
            self.stack.append(len(self.counts))
            self.counts.append(0)
            self.row = self.cell = None
        elif not self.stack:
            return
        elif tag == "tr":
            self._end_row()
            self.row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self.row is None:
                self.row = []
            self.cell, self.cell_size = [], 0
        elif tag in ("br", "p", "div") and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(self.skip - 1, 0)
        elif not self.stack:
            return
        elif tag == "table":
            self._end_row()
            self.stack.pop()
            self.row, self.cell, self.cell_size = self.outer.pop()
        elif tag == "tr":
            self._end_row()
        elif tag in ("td", "th"):
            self._end_cell()

    def handle_data(self, data: str) -> None:
        if self.cell is not None and not self.skip:
            self.cell.append(data)
            self.cell_size += len(data)
            if self.cell_size > 4 * self.limits.max_cell_chars + 4096:
                self._too_long(self.cell_size)

    def _end_cell(self) -> None:
        if self.cell is None or self.row is None:
            return
        text = " ".join("".join(self.cell).split())
        self.cell = None
        if len(text) > self.limits.max_cell_chars:
            self._too_long(len(text))
        self.row.append(text or None)

    def _end_row(self) -> None:
        self._end_cell()
        if self.row is None or not self.stack:
            return
        table = self.stack[-1]
        self.counts[table] += 1
        if self.counts[table] > self.limits.max_rows:
            raise _too_many_rows(self.limits, f"Tabel {table + 1}", self.counts[table])
        if table == self.target:
            self.done.append(self.row)
        self.row = None

    def _too_long(self, size: int) -> None:
        table = self.stack[-1] if self.stack else 0
        col = len(self.row or [])
        raise _cell_too_long(self.limits, f"Tabel {table + 1}", self.counts[table], col, size)


def _parse_html(
    path: Path, encoding: str, target: int | None, limits: _Limits
) -> Iterator[tuple[_TableParser, list[list[object]]]]:
    parser = _TableParser(target, limits)
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        while block := f.read(CHUNK):
            parser.feed(block)
            done, parser.done = parser.done, []
            yield parser, done
    parser.close()
    parser._end_row()
    yield parser, parser.done


def _open_html(path: Path, encoding: str, note: str | None, limits: _Limits) -> Workbook:
    counts: list[int] = []
    for parser, _ in _parse_html(path, encoding, None, limits):
        counts = parser.counts
    tables = {f"Tabel {i + 1}": i for i, c in enumerate(counts) if c}
    if not tables:
        raise ReadError(
            f"File '{path.name}' adalah halaman web (HTML) yang tidak berisi tabel, jadi tidak "
            "ada daftar yang bisa dibaca."
        )
    sheets = [SheetInfo(name, True, counts[i]) for name, i in tables.items()]
    notes = [f"File '{path.name}' sebenarnya halaman web (HTML), bukan Excel; tabelnya dibaca."]
    if note:
        notes.append(note)
    return Workbook(path, "html", sheets, notes, _HtmlBackend(path, encoding, tables, limits))


class _HtmlBackend:
    def __init__(self, path: Path, encoding: str, tables: dict[str, int], limits: _Limits) -> None:
        self.path, self.encoding, self.tables, self.limits = path, encoding, tables, limits

    def rows(self, sheet: str) -> Iterator[list[object]]:
        return _guarded(self._rows(sheet), self.limits.name)

    def _rows(self, sheet: str) -> Iterator[list[object]]:
        for _, done in _parse_html(self.path, self.encoding, self.tables[sheet], self.limits):
            yield from done

    def hidden_rows(self, sheet: str) -> set[int]:
        return set()

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        return []

    def close(self) -> None:
        pass
