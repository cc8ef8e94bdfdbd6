"""The application's own small dialogs, one home for each: a question with Indonesian
buttons (``ask``), a long list in a scrollable window with "Simpan daftar…" (``show_list``),
and where save dialogs start (``save_path`` / ``open_path``: Documents, then the last
folder used)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.ui.pages import setup_table

Button = QMessageBox.StandardButton
YES_NO = Button.Yes | Button.No
SAVE_DISCARD_CANCEL = Button.Save | Button.Discard | Button.Cancel
BUTTON_TEXTS = {
    Button.Yes: "Ya",
    Button.No: "Tidak",
    Button.Save: "Simpan",
    Button.Discard: "Jangan simpan",
    Button.Cancel: "Batal",
    Button.Ok: "OK",
    Button.Close: "Tutup",
}
# A message box taller than this holds a list: show_list takes over.
MAX_MESSAGE_LINES = 12


def _run(box: QMessageBox) -> Button:
    """Show the box and return the standard button clicked (tests replace this)."""
    box.exec()
    return box.standardButton(box.clickedButton())


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = YES_NO,
    default: Button | None = None,
) -> Button:
    """A question with Indonesian buttons (Ya / Tidak, or Simpan / Jangan simpan / Batal).

    The default is the safe answer: Tidak for a yes/no question, Simpan for unsaved
    changes; Esc answers Tidak / Batal."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    for button, label in BUTTON_TEXTS.items():
        widget = box.button(button)
        if widget is not None:
            widget.setText(label)
    if default is None:
        default = Button.Save if buttons & Button.Save else Button.No
    box.setDefaultButton(default)
    escape = Button.Cancel if buttons & Button.Cancel else Button.No
    if box.button(escape) is not None:
        box.setEscapeButton(escape)
    return _run(box)


def yes(parent: QWidget | None, title: str, text: str) -> bool:
    """``ask`` for a yes/no question: True only for Ya."""
    return ask(parent, title, text) == Button.Yes


class ListDialog(QDialog):
    """A message with a long list: the list scrolls inside a window of at most 420 px, and
    "Simpan daftar…" writes it to Excel so it can be worked through away from the screen."""

    def __init__(
        self,
        title: str,
        text: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        parent: QWidget | None = None,
        file_name: str = "daftar.xlsx",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.headers = list(headers)
        self.rows = [[str(v) for v in row] for row in rows]
        self.file_name = file_name
        layout = QVBoxLayout(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        table = QTableWidget(len(self.rows), len(self.headers))
        setup_table(table, self.headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(self.rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        self.table = table
        layout.addWidget(table, 1)
        self.countLabel = QLabel(f"{format_angka(len(self.rows))} baris")
        layout.addWidget(self.countLabel)
        buttons = QDialogButtonBox()
        self.saveButton = buttons.addButton(
            "Simpan daftar…", QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton("Tutup", QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        self.saveButton.clicked.connect(lambda: self.save())
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumSize(420, 260)
        self.resize(640, 420)
        self.setMaximumHeight(640)

    def save(self, target: str | None = None) -> Path | None:
        from jamsostek_desk.services.lists.simple import write_simple_list

        if not target:
            target = save_path(self, "Simpan daftar", self.file_name, "Excel (*.xlsx)")
        if not target:
            return None
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        try:
            path = write_simple_list(Path(target), self.windowTitle(), self.headers, self.rows)
        except UserError as e:
            QMessageBox.warning(self, "Daftar tidak tersimpan", e.message)
            return None
        ctx = _context_of(self)
        if ctx is not None:  # the rows may name people: what leaves the office is recorded
            from jamsostek_desk.services import audit

            audit.record_export(
                ctx, "ekspor_daftar", len(self.rows), path, {"daftar": self.windowTitle()}
            )
        self.countLabel.setText(f"{format_angka(len(self.rows))} baris · disimpan di {path}")
        return path


def _context_of(widget: QWidget) -> Any:
    """The signed-in context of the window a dialog belongs to (None outside one)."""
    from jamsostek_desk.services.context import AppContext

    w: QWidget | None = widget
    while w is not None:
        ctx = getattr(w, "ctx", None)
        if isinstance(ctx, AppContext):
            return ctx
        w = w.parentWidget()
    return None


def show_list(
    parent: QWidget | None,
    title: str,
    text: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    file_name: str = "daftar.xlsx",
) -> ListDialog:
    """Show a message with a list (non-modal, deletes itself when closed)."""
    dialog = ListDialog(title, text, headers, rows, parent, file_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        parent.last_list_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def inform(parent: QWidget | None, title: str, text: str, lines: Sequence[str] = ()) -> None:
    """A message; when it carries more than a few lines they go into ``show_list``."""
    if len(lines) > MAX_MESSAGE_LINES:
        show_list(parent, title, text, ["Keterangan"], [[line] for line in lines])
        return
    body = text + ("\n\n" + "\n".join(lines) if lines else "")
    QMessageBox.information(parent, title, body)


def warn(parent: QWidget | None, title: str, message: str) -> None:
    """A warning; a message carrying a long list (one item a line, e.g. the 39 people whose
    data is missing) opens in ``show_list`` instead of a box taller than the screen."""
    lines = message.splitlines()
    # about 80 characters fit on a line of a message box: a long paragraph is tall too
    shown = sum(1 + len(line) // 80 for line in lines)
    if shown <= MAX_MESSAGE_LINES:
        QMessageBox.warning(parent, title, message)
        return
    first = next((i for i, line in enumerate(lines) if line.lstrip().startswith("- ")), 1)
    intro = "\n".join(lines[:first]).strip()
    items = [line.strip().removeprefix("- ") for line in lines[first:] if line.strip()]
    show_list(parent, title, intro, ["Keterangan"], [[item] for item in items])


# -- where file dialogs start ---------------------------------------------------------------

_LAST_FOLDER = "dialog/folder_terakhir"


def start_folder() -> Path:
    """The last folder the user saved to or opened from, else Documents, else home."""
    last = QSettings().value(_LAST_FOLDER, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def remember_folder(path: str | Path) -> None:
    p = Path(path)
    QSettings().setValue(_LAST_FOLDER, str(p if p.is_dir() else p.parent))


def save_path(parent: QWidget | None, title: str, file_name: str, filter_: str) -> str:
    """A save dialog starting in the last folder used (or Documents); "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / file_name), filter_)
    if path:
        remember_folder(path)
    return path


def open_path(parent: QWidget | None, title: str, filter_: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filter_)
    if path:
        remember_folder(path)
    return path


def folder_path(parent: QWidget | None, title: str, start: str = "") -> str:
    path = QFileDialog.getExistingDirectory(parent, title, start or str(start_folder()))
    if path:
        remember_folder(path)
    return path
