"""What every page of the main window shares: its message to the status bar, reloading when
the data changed, its tables set up one way and its search box waiting 150 ms for the typing
to pause."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTableWidget,
    QWidget,
)

from jamsostek_desk.services.context import AppContext

SEARCH_DELAY_MS = 150
ROW_HEIGHT = 26


class Page(QWidget):
    """A page of the main window. ``reload()`` reads its figures again; the window calls it
    when the page is shown after the data changed (a save elsewhere, a command-line import,
    a sync, a restore), so what a page shows is never older than the database."""

    message = Signal(str)  # for the status bar

    ctx: AppContext

    def reload(self) -> None:  # pragma: no cover - every page overrides
        raise NotImplementedError

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()


def setup_table(
    table: QTableView,
    headers: Sequence[str] = (),
    first_width: int = 0,
    widths: Sequence[int] = (),
    multi: bool = True,
    stretch: Sequence[int] = (),
    fixed_rows: bool = True,
) -> None:
    """Whole rows selected (several with Ctrl/Shift when ``multi``), no row numbers, fixed
    row height (unless rows wrap: ``fixed_rows=False``); the first column ``first_width``
    wide (or ``widths`` for each), the others sized to their contents, the last one
    stretching, or the ``stretch`` columns sharing the room."""
    if isinstance(table, QTableWidget) and headers:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    if fixed_rows:
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    if widths:
        for col, w in enumerate(widths):
            table.setColumnWidth(col, w)
    else:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if first_width:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(0, first_width)
    for col in stretch:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretch)


def watch_search(owner: QWidget, edit: QLineEdit, run: Callable[[], None]) -> QTimer:
    """Run ``run`` 150 ms after the last key typed in ``edit`` (not on every key)."""
    timer = QTimer(owner, singleShot=True, interval=SEARCH_DELAY_MS)
    timer.timeout.connect(run)
    edit.textChanged.connect(lambda _t: timer.start())
    return timer


def selected_rows(table: QTableView) -> list[int]:
    """Row numbers of the selected rows, top to bottom."""
    model = table.selectionModel()
    return sorted({i.row() for i in model.selectedRows()}) if model is not None else []
