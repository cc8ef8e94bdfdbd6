"""Model of the participant list: a window onto the database, never the whole table.

rowCount() is a COUNT of the current filter; rows are fetched a page at a time when the view
asks for them and kept in a small LRU cache, so a million participants cost a few pages of
memory and scrolling to the end reads one page at that offset. A broad search (thousands of
matches) first shows its rows with a lower bound as count; the exact count is made on a
worker thread and the rows are added when it arrives (see services.peserta_list.plan).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from jamsostek_desk.domain.codes import ALASAN_NONAKTIF, KATEGORI, STATUS
from jamsostek_desk.domain.dates import format_tanggal_pendek
from jamsostek_desk.domain.nik import mask_nik
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.peserta_list import (
    WALK_THRESHOLD,
    ExactCount,
    ListRow,
    PesertaFilter,
    Plan,
    count,
    fetch_page,
    plan,
)
from jamsostek_desk.store.db import Database
from jamsostek_desk.ui.theme import INACTIVE, MUTED

Index = QModelIndex | QPersistentModelIndex

# (header, sort key or None when the column cannot be sorted)
COLUMNS: list[tuple[str, str | None]] = [
    ("Nama", "nama"),
    ("NIK", "nik"),
    ("Tgl. lahir", "tanggal_lahir"),
    ("L/P", None),
    ("Desa/Kel.", "desa"),
    ("Kecamatan", "desa"),
    ("Kategori", "kategori"),
    ("Jabatan / pekerjaan", None),
    ("Program", None),
    ("Status", "status"),
    ("No. KPJ", "kpj"),
]

GREY = QBrush(QColor(MUTED))
RED = QBrush(QColor(INACTIVE))


class _CountSignals(QObject):
    counted = Signal(int, int)  # generation, exact count


class _ExactCount(QRunnable):
    def __init__(self, db: Database, f: PesertaFilter, generation: int) -> None:
        super().__init__()
        self.job = ExactCount(db, f)
        self.generation = generation
        self.signals = _CountSignals()

    def run(self) -> None:
        try:
            n = self.job.run()
        except Exception:
            return
        if n is not None:
            self.signals.counted.emit(self.generation, n)


class PesertaTableModel(QAbstractTableModel):
    PAGE = 200
    MAX_PAGES = 60
    count_changed = Signal()

    def __init__(self, db: Database, ref: WilayahRef, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ref = ref
        self.filter = PesertaFilter()
        self.sort_key = "nama"
        self.descending = False
        self.full_nik = False
        self._count = 0
        self.plan = Plan(0, exact=True, scan=False)
        self._generation = 0
        self._jobs: list[_ExactCount] = []
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._names: dict[str, tuple[str, str]] = {}
        self.pages_fetched = 0  # for tests and benchmarks: how much was read

    # --- what is shown ---------------------------------------------------------------------
    def set_filter(self, f: PesertaFilter) -> None:
        self.filter = f
        self.refresh()

    def set_full_nik(self, on: bool) -> None:
        self.full_nik = on
        if self._count:
            self.dataChanged.emit(self.index(0, 1), self.index(self._count - 1, 1))

    def refresh(self) -> None:
        """Re-count and forget cached rows (after a filter change or a save)."""
        self.beginResetModel()
        self._generation += 1
        for stale in self._jobs:  # the user typed on: stop counting the old search
            stale.job.interrupt()
        self._pages.clear()
        self.plan = plan(self.db, self.filter)
        self._count = self.plan.count
        self.endResetModel()
        if not self.plan.exact:
            job = _ExactCount(self.db, self.filter, self._generation)
            job.signals.counted.connect(self._counted)
            self._jobs.append(job)
            QThreadPool.globalInstance().start(job)
        self.count_changed.emit()

    @property
    def exact(self) -> bool:
        return self.plan.exact

    def _counted(self, generation: int, n: int) -> None:
        self._jobs = [j for j in self._jobs if j.generation != generation]
        if generation != self._generation:
            return  # the filter changed meanwhile
        self.plan = Plan(n, exact=True, scan=self.plan.scan)
        if n > self._count:
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self.endInsertRows()
        elif n < self._count:
            self.beginRemoveRows(QModelIndex(), n, self._count - 1)
            self._count = n
            self.endRemoveRows()
        self.count_changed.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # --- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def row_at(self, row: int) -> ListRow | None:
        if not 0 <= row < self._count:
            return None
        page_no = row // self.PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = fetch_page(
                self.db,
                self.filter,
                self.sort_key,
                self.descending,
                offset=page_no * self.PAGE,
                limit=self.PAGE,
                scan=self.plan.scan,
                walk=self.plan.count > WALK_THRESHOLD,
            )
            self.pages_fetched += 1
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        i = row - page_no * self.PAGE
        return page[i] if i < len(page) else None

    def _place(self, desa_kode: str) -> tuple[str, str]:
        found = self._names.get(desa_kode)
        if found is None:
            kec = desa_kode.rsplit(".", 1)[0]
            found = (self.ref.name(desa_kode) or desa_kode, self.ref.name(kec) or kec)
            self._names[desa_kode] = found
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.UserRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.status == "nonaktif":
                return RED if index.column() == 9 else GREY
            return None
        c = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == 9 and r.status == "nonaktif" and r.nonaktif_alasan:
                return ALASAN_NONAKTIF.get(r.nonaktif_alasan, r.nonaktif_alasan)
            return None
        if c == 0:
            return r.nama
        if c == 1:
            return r.nik if self.full_nik else mask_nik(r.nik)
        if c == 2:
            return format_tanggal_pendek(r.tanggal_lahir)
        if c == 3:
            return r.jenis_kelamin
        if c == 4:
            return self._place(r.desa_kode)[0]
        if c == 5:
            return self._place(r.desa_kode)[1]
        if c == 6:
            return KATEGORI.get(r.kategori, r.kategori)
        if c == 7:
            return r.jabatan or r.pekerjaan
        if c == 8:
            return r.programs
        if c == 9:
            label = STATUS.get(r.status, r.status)
            if r.status == "nonaktif" and r.nonaktif_alasan:
                label += f" ({ALASAN_NONAKTIF.get(r.nonaktif_alasan, r.nonaktif_alasan).lower()})"
            return label
        if c == 10:
            return r.kpj or "—"
        return None

    def id_at(self, row: int) -> str | None:
        r = self.row_at(row)
        return r.id if r else None

    def count_all(self) -> int:
        return count(self.db, PesertaFilter())
