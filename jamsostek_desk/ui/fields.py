"""Small helpers shared by the forms: field states, dates, the desa picker."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QCompleter, QDialogButtonBox, QLineEdit, QWidget

from jamsostek_desk.domain.dates import format_tanggal_pendek, parse_tanggal
from jamsostek_desk.domain.wilayah import WilayahRef


def set_state(widget: QWidget, state: str | None, message: str = "") -> None:
    """Colour a field as error/warning (style sheet reads the ``state`` property)."""
    if widget.property("state") != state:
        widget.setProperty("state", state)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    widget.setToolTip(message)


def read_date(edit: QLineEdit) -> tuple[date | None, str | None]:
    """(date, None), (None, None) for an empty field, or (None, error message)."""
    text = edit.text().strip()
    if not text:
        return None, None
    try:
        return parse_tanggal(text), None
    except ValueError as e:
        return None, str(e)


def write_date(edit: QLineEdit, value: date | None) -> None:
    edit.setText(format_tanggal_pendek(value) if value else "")


def tidy_date(edit: QLineEdit) -> None:
    """After leaving a date field: show what was understood in one format (dd-mm-yyyy)."""
    value, problem = read_date(edit)
    if value is not None and problem is None:
        write_date(edit, value)


def label_buttons(box: QDialogButtonBox, ok_text: str, min_width: int = 0) -> None:
    """Indonesian OK/Cancel texts, without the platform's stock icons."""
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    ok.setText(ok_text)
    cancel.setText("Batal")
    for button in (ok, cancel):
        button.setIcon(QIcon())
        button.setMinimumWidth(min_width)


def fill_combo(combo: QComboBox, items: dict[str, str], blank: str | None = None) -> None:
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code, label in items.items():
        combo.addItem(label, code)


def select_data(combo: QComboBox, value: object) -> None:
    i = combo.findData(value)
    combo.setCurrentIndex(max(i, 0))


class DesaPicker:
    """A line edit that completes desa names of one kabupaten (matching anywhere, any case)."""

    def __init__(self, edit: QLineEdit, ref: WilayahRef) -> None:
        self.edit = edit
        self.ref = ref
        self.scope = ""
        self._by_label: dict[str, str] = {}
        self._label_of: dict[str, str] = {}
        self._model = QStringListModel()
        self.completer = QCompleter(self._model, edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        edit.setCompleter(self.completer)

    def set_scope(self, kabupaten: str) -> None:
        if kabupaten == self.scope:
            return
        self.scope = kabupaten
        regions = self.ref.desa_in(kabupaten) if kabupaten else []
        labels = [self.ref.label(r.kode) for r in regions]
        seen: dict[str, int] = {}
        for text in labels:
            seen[text] = seen.get(text, 0) + 1
        # Two desa of one kecamatan can share a name: their labels carry the code.
        self._by_label = {
            (text if seen[text] == 1 else f"{text} ({r.kode})"): r.kode
            for text, r in zip(labels, regions, strict=True)
        }
        self._label_of = {kode: text for text, kode in self._by_label.items()}
        self._model.setStringList(list(self._by_label))

    def code(self) -> str | None:
        """The chosen desa code, or None when the text names no single desa of the scope."""
        text = self.edit.text().strip()
        if not text:
            return None
        if text in self._by_label:
            return self._by_label[text]
        if not self.scope:
            return None
        found = self.ref.search_desa(text, within=self.scope, limit=2)
        if len(found) == 1:
            return found[0].kode
        exact = [r for r in found if r.nama.lower() == text.lower()]
        return exact[0].kode if len(exact) == 1 else None

    def set_code(self, kode: str | None) -> None:
        self.edit.setText(self._label_of.get(kode, self.ref.label(kode)) if kode else "")

    def tidy(self) -> None:
        kode = self.code()
        if kode:
            self.set_code(kode)
