"""The participant list: search as you type, filters, sorting, and the way into the form."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from jamsostek_desk.domain.codes import KATEGORI, PROGRAM, STATUS
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import kartu
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta_list import PesertaFilter
from jamsostek_desk.ui.dialogs import yes
from jamsostek_desk.ui.fields import fill_combo
from jamsostek_desk.ui.forms.ui_peserta_list_page import Ui_PesertaListPage
from jamsostek_desk.ui.models.peserta_table import PesertaTableModel
from jamsostek_desk.ui.pages import Page, selected_rows, setup_table, watch_search
from jamsostek_desk.ui.views.peserta_form import PesertaFormDialog

WIDTHS = (240, 150, 90, 40, 150, 130, 110, 160, 110, 130, 110)


class PesertaListPage(Page):
    import_requested = Signal()  # "Impor Excel…": the window opens the import wizard
    cards_requested = Signal()  # participants joined the card queue

    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PesertaListPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.ref = ref
        self.model = PesertaTableModel(ctx.db, ref, self)
        self._deleted: tuple[str, str] | None = None
        self._total = 0
        self._form: PesertaFormDialog | None = None
        self._setup()
        self.reload()

    def _setup(self) -> None:
        u = self.ui
        view = u.tableView
        view.setModel(self.model)
        setup_table(view, widths=WIDTHS)
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # ``activated`` alone: it is emitted for a double-click and for Enter (connecting
        # doubleClicked too opened the form twice).
        view.activated.connect(self._open_index)
        self._fill_filters()
        self._search_timer = watch_search(self, u.searchEdit, self.apply_filter)
        for combo in (u.kategoriCombo, u.statusCombo, u.programCombo, u.desaCombo):
            combo.currentIndexChanged.connect(self.apply_filter)
        u.kecamatanCombo.currentIndexChanged.connect(self._kecamatan_changed)
        u.resetFilterButton.clicked.connect(self.reset_filters)
        u.fullNikCheck.toggled.connect(self.model.set_full_nik)
        u.addButton.clicked.connect(self.open_new)
        u.importButton.clicked.connect(self.import_requested)
        u.exportButton.clicked.connect(self.export)
        u.cardButton.clicked.connect(self.request_cards)
        self.exportButton = u.exportButton
        self.importButton = u.importButton
        self.cardButton = u.cardButton
        u.undoButton.clicked.connect(self.undo_delete)
        u.undoCloseButton.clicked.connect(lambda: u.undoBar.setVisible(False))
        u.undoBar.setVisible(False)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self._focus_search)
        QShortcut(QKeySequence("Ctrl+Z"), self).activated.connect(self.undo_delete)
        self.model.count_changed.connect(self._update_count)
        u.searchEdit.returnPressed.connect(self._open_first)

    def _fill_filters(self) -> None:
        u = self.ui
        u.kecamatanCombo.addItem("Semua kecamatan", "")
        scope = self.ctx.kabupaten_kode
        for kec in self.ref.children(scope):
            u.kecamatanCombo.addItem(kec.nama, kec.kode)
        self._fill_desa("")
        fill_combo(u.kategoriCombo, KATEGORI, blank="Semua kategori")
        fill_combo(u.statusCombo, STATUS, blank="Semua status")
        fill_combo(
            u.programCombo,
            {k: v.split(" ")[0] for k, v in PROGRAM.items()},
            blank="Semua program",
        )

    def _fill_desa(self, kecamatan: str) -> None:
        combo = self.ui.desaCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("Semua desa/kelurahan", "")
        for d in self.ref.desa_in(kecamatan) if kecamatan else []:
            combo.addItem(d.nama, d.kode)
        combo.setEnabled(bool(kecamatan))
        combo.blockSignals(False)

    def _kecamatan_changed(self) -> None:
        self._fill_desa(self.ui.kecamatanCombo.currentData() or "")
        self.apply_filter()

    def current_filter(self) -> PesertaFilter:
        u = self.ui
        return PesertaFilter(
            search=u.searchEdit.text(),
            kecamatan=u.kecamatanCombo.currentData() or "",
            desa=u.desaCombo.currentData() or "",
            kategori=u.kategoriCombo.currentData() or "",
            status=u.statusCombo.currentData() or "",
            program=u.programCombo.currentData() or "",
        )

    def apply_filter(self) -> None:
        f = self.current_filter()
        if f != self.model.filter:
            self.model.set_filter(f)

    def reset_filters(self) -> None:
        u = self.ui
        for combo in (u.kecamatanCombo, u.kategoriCombo, u.statusCombo, u.programCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._fill_desa("")
        u.searchEdit.blockSignals(True)
        u.searchEdit.clear()
        u.searchEdit.blockSignals(False)
        self.apply_filter()

    def reload(self) -> None:
        """Count everything again (after saves, deletes, imports)."""
        self._total = self.model.count_all()
        self.model.refresh()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = self._total
        if not self.model.exact:
            text = f"Lebih dari {format_angka(shown - 1)} peserta cocok (menghitung…)"
        elif shown == total:
            text = f"{format_angka(total)} peserta"
        else:
            text = f"Menampilkan {format_angka(shown)} dari {format_angka(total)} peserta"
        if total == 0:
            text = "Belum ada peserta. Klik “Tambah Peserta” atau tekan Ctrl+N."
        elif shown == 0:
            text = "Tidak ada peserta yang cocok dengan pencarian/filter ini."
        self.ui.countLabel.setText(text)

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _open_first(self) -> None:
        if self.model.rowCount() > 0:
            self.ui.tableView.setFocus()
            self.ui.tableView.selectRow(0)

    def _open_index(self, index: QModelIndex) -> None:
        pid = self.model.id_at(index.row())
        if pid:
            self.open_form(pid)

    def open_new(self) -> None:
        self.open_form(None)

    def open_form(self, peserta_id: str | None) -> PesertaFormDialog | None:
        """The participant form; while one is open it is brought forward, never a second."""
        from jamsostek_desk.services.access import WRITERS, may

        if not may(self.ctx, *WRITERS):  # the form shows the full NIK and edits
            self.message.emit(
                "Pimpinan melihat daftar saja; data lengkap peserta dibuka oleh Admin atau "
                "Operator."
            )
            return None
        if self._form is not None and self._form.isVisible():
            self._form.raise_()
            self._form.activateWindow()
            if peserta_id and peserta_id != self._form.peserta_id:
                self._form.open_other(peserta_id)
            return self._form
        dlg = PesertaFormDialog(self.ctx, self.ref, peserta_id, self)
        dlg.saved.connect(lambda _pid: self.reload())
        dlg.deleted.connect(self._after_delete)
        # Back to the list with the keyboard (Ctrl+N, Ctrl+I work at once), also where no
        # window manager hands the focus back.
        dlg.finished.connect(lambda _r: self.window().activateWindow())
        # Ctrl+I works from the form too: it closes (asking about unsaved changes) and the
        # import wizard opens.
        QShortcut(QKeySequence("Ctrl+I"), dlg).activated.connect(lambda: self._import_from(dlg))
        self._form = dlg
        dlg.open()
        return dlg

    def _import_from(self, form: PesertaFormDialog) -> None:
        form.reject()
        if not form.isVisible():
            self.import_requested.emit()

    def selected_ids(self) -> list[str]:
        ids = [self.model.id_at(r) for r in selected_rows(self.ui.tableView)]
        return [i for i in ids if i]

    def export(self) -> None:
        from jamsostek_desk.ui.views.list_export import export_filtered

        export_filtered(self)

    def request_cards(self) -> None:
        """ "Minta kartu": the selected participants (or the whole filter) join the queue."""
        plan = kartu.plan_card_request(self.ctx, self.selected_ids(), self.current_filter())
        if not plan.ids:
            QMessageBox.information(self, "Minta kartu", "Tidak ada peserta di daftar ini.")
            return
        if plan.whole_filter and not yes(
            self,
            "Minta kartu",
            f"Tidak ada baris yang dipilih. Minta kartu untuk semua "
            f"{format_angka(len(plan.ids))} peserta hasil saringan ini?",
        ):
            return
        include = not plan.carded or yes(
            self,
            "Sudah punya kartu",
            f"{format_angka(len(plan.carded))} dari {format_angka(len(plan.ids))} peserta "
            "yang dipilih sudah punya kartu. Tetap minta kartu baru untuk mereka?",
        )
        dead = kartu.deceased(self.ctx, plan.ids)
        created, waiting, _left_out = kartu.request_planned(self.ctx, plan, include)
        self.cards_requested.emit()
        self.message.emit(
            f"{format_angka(created)} kartu masuk antrean"
            + (f"; {format_angka(waiting)} sudah menunggu dicetak" if waiting else "")
            + (f"; {len(dead)} peserta meninggal dunia, tidak dibuatkan kartu" if dead else "")
            + ". Cetak di halaman Kartu."
        )

    def _after_delete(self, pid: str, nama: str) -> None:
        self._deleted = (pid, nama)
        self.ui.undoLabel.setText(f"<b>{nama}</b> telah dihapus dari daftar.")
        self.ui.undoBar.setVisible(True)
        self.reload()
        self.message.emit(f"{nama} dihapus. Tekan Ctrl+Z untuk mengurungkan.")

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        pid, nama = self._deleted
        try:
            svc.undo_delete(self.ctx, pid)
        except UserError as e:
            self.ui.undoLabel.setText(e.message)
            return
        self._deleted = None
        self.ui.undoBar.setVisible(False)
        self.reload()
        self.message.emit(f"{nama} dikembalikan ke daftar peserta.")

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx  # the list itself does not depend on the operator or office name
