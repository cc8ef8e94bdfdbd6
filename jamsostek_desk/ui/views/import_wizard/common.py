"""Small helpers the steps of the import wizard share: messages on a page, cell text, column
letters, the rows of the mapping table, file names and the garbage-collector guard for the
bulk jobs.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from jamsostek_desk.services.common.progress import Progress
from jamsostek_desk.services.importer.reader.guards import column_letter as column_letter


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


@dataclass
class _MappingRow:
    key: str
    header: str
    places: list[tuple[int, str]]  # (column, sheet) where this header is
    samples: list[str]
    field: str

    @property
    def where(self) -> str:
        columns = {c for c, _ in self.places}
        if len(columns) == 1:
            n = len(self.places)
            return f"kolom {column_letter(self.places[0][0])}" + (f", {n} lembar" if n > 1 else "")
        shown = ", ".join(f"kolom {column_letter(c)} ({name})" for c, name in self.places[:3])
        return shown + (", …" if len(self.places) > 3 else "")


def say(label: QLabel, text: str, role: str = "error", rich: bool = False) -> None:
    """A message on a step: red for a problem, green when done; hidden when empty. Plain
    text unless ``rich`` (a service message is shown as written, never as markup)."""
    if label.property("role") != role:
        label.setProperty("role", role)
        _repolish(label)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setVisible(bool(text))


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _kept_out_of_gc(fn: Callable[[Progress], Any]) -> Callable[[Progress], Any]:
    """What a bulk job built (hundreds of thousands of row objects) lives until the wizard
    closes: keep it out of later full collections, which walked it all and froze the window
    for ~0.7 s each. The service itself pauses the collector while the job runs."""

    def run(progress: Progress) -> Any:
        try:
            return fn(progress)
        finally:
            gc.freeze()

    return run
