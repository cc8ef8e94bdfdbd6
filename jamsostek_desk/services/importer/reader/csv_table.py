"""CSV files: delimiter sniffing, row counting without loading the file, and a streaming
backend with the same row and cell limits as the spreadsheet formats.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desk.services.importer.reader.guards import (
    CHUNK,
    MB,
    SNIFF_BYTES,
    _cell_too_long,
    _corrupt,
    _guarded,
    _Limits,
    _n,
    _too_many_rows,
)
from jamsostek_desk.services.importer.reader.workbook import ReadError, SheetInfo, Workbook


@dataclass(frozen=True)
class _CsvLayout:
    encoding: str
    delimiter: str
    skip_first: bool  # an Excel "sep=;" line
    newline: bytes  # a line feed in the file's encoding


def _open_csv(path: Path, layout: _CsvLayout, note: str | None, limits: _Limits) -> Workbook:
    count = _count_csv_rows(path, layout, limits)
    if count > limits.max_rows:
        count = sum(1 for _ in _CsvBackend(path, layout, limits).rows("", count_only=True))
        if count > limits.max_rows:
            raise _too_many_rows(limits, path.stem, count)
    names = {";": "titik koma (;)", ",": "koma (,)", "\t": "tab", "|": "garis tegak (|)"}
    notes = [note] if note else []
    if layout.delimiter != ",":
        notes.append(f"File CSV dibaca dengan pemisah {names[layout.delimiter]}.")
    sheet = SheetInfo(path.stem, True, count)
    return Workbook(path, "csv", [sheet], notes, _CsvBackend(path, layout, limits))


def _sniff_csv(sample: str, encoding: str, newline: bytes) -> _CsvLayout:
    lines = sample.splitlines()
    if len(sample) >= SNIFF_BYTES - 4 and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut off
    first = lines[0].strip() if lines else ""
    if first.lower().startswith("sep=") and len(first) == 5:
        return _CsvLayout(encoding, first[4], True, newline)
    lines = lines[:50]
    best, best_score = ",", (0, 0)
    for delimiter in (";", ",", "\t", "|"):
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (sum(1 for c in counts if c == mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return _CsvLayout(encoding, best, False, newline)


def _count_csv_rows(path: Path, layout: _CsvLayout, limits: _Limits) -> int:
    """Rows by line breaks (quoted line breaks make this an over-count, never an under-count);
    refuses lines so long that reading one would exhaust memory."""
    max_line = max(MB, 4 * 256 * limits.max_cell_chars)
    newline = layout.newline
    count = run = 0
    last = b""
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            found = block.count(newline)
            count += found
            if found:
                longest = max(run + block.find(newline), 0)
                run = len(block) - block.rfind(newline) - len(newline)
            else:
                run += len(block)
                longest = run
            if max(run, longest) > max_line:
                raise ReadError(
                    f"File '{limits.name}': baris ke-{_n(count + 1)} lebih panjang dari "
                    f"{_n(max_line // MB)} MB tanpa pindah baris; file ini bukan daftar CSV "
                    "yang wajar atau rusak."
                )
            last = block
    if count == 0 and newline == b"\n" and b"\r" in last:
        with path.open("rb") as f:
            count = sum(block.count(b"\r") for block in iter(lambda: f.read(CHUNK), b""))
    if last and not last.endswith(newline):
        count += 1
    return count - (1 if layout.skip_first else 0)


class _CsvBackend:
    def __init__(self, path: Path, layout: _CsvLayout, limits: _Limits) -> None:
        self.path, self.layout, self.limits = path, layout, limits

    def rows(self, sheet: str, *, count_only: bool = False) -> Iterator[list[object]]:
        return _guarded(self._rows(sheet, count_only), self.limits.name)

    def _rows(self, sheet: str, count_only: bool) -> Iterator[list[object]]:
        limit = self.limits.max_cell_chars
        if csv.field_size_limit() <= limit:  # only ever raised, and only for a larger limit
            csv.field_size_limit(limit + 1)
        index = 0
        with self.path.open("r", encoding=self.layout.encoding, newline="") as f:
            if self.layout.skip_first:
                f.readline()
            reader = csv.reader(f, delimiter=self.layout.delimiter, strict=False)
            try:
                for raw in reader:
                    if count_only:
                        yield []
                    elif raw and max(map(len, raw)) > limit:
                        col = next(i for i, v in enumerate(raw) if len(v) > limit)
                        raise _cell_too_long(self.limits, sheet, index, col, len(raw[col]))
                    else:
                        yield [v or None for v in raw]
                    index += 1
                    if index > self.limits.max_rows and not count_only:
                        raise _too_many_rows(self.limits, sheet, index)
            except csv.Error as error:
                if "field larger" in str(error):
                    raise _cell_too_long(self.limits, sheet, index, None, None) from error
                raise _corrupt(self.limits.name, f"baris {index + 1}: {error}") from error

    def hidden_rows(self, sheet: str) -> set[int]:
        return set()

    def merged_ranges(self, sheet: str) -> list[tuple[int, int, int, int]]:
        return []

    def close(self) -> None:
        pass
