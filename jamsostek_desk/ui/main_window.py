"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QWidget,
)

from jamsostek_desk import APP_NAME, __version__
from jamsostek_desk.domain.codes import JENIS_KANTOR
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.backup import make_backup
from jamsostek_desk.ui.forms.ui_main_window import Ui_MainWindow
from jamsostek_desk.ui.views.pengaturan_page import PengaturanPage
from jamsostek_desk.ui.views.peserta_list_page import PesertaListPage
from jamsostek_desk.ui.worker import run_task


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.ref = ref
        self.peserta_page = PesertaListPage(ctx, ref, self)
        self.pengaturan_page = PengaturanPage(ctx, ref, self)
        style = self.style()
        self._add_page(
            "Peserta", self.peserta_page, style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon)
        )
        self._add_print_pages()
        self._add_sync_page()
        self._add_riwayat_page()
        self._add_page(
            "Pengaturan",
            self.pengaturan_page,
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
        )
        self.ui.navList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navList.setCurrentRow(0)
        self.ui.navList.setIconSize(QSize(18, 18))
        self.peserta_page.message.connect(lambda m: self.statusBar().showMessage(m, 8000))
        self.pengaturan_page.context_changed.connect(self.set_context)
        self.pengaturan_page.backup_requested.connect(self.backup_now)
        self.ui.actionKeluar.triggered.connect(self.close)
        self.ui.actionBackup.triggered.connect(self.backup_now)
        self.ui.actionTentang.triggered.connect(self.about)
        self._add_import_entry()
        self._add_card_request_entry()
        self._add_sign_in_entries()
        self.set_context(ctx)

    def _add_print_pages(self) -> None:
        """Kartu, Manfaat and Acara pages (printing cards, benefits and ceremonies)."""
        from jamsostek_desk.ui.views.acara_page import AcaraPage
        from jamsostek_desk.ui.views.kartu_page import KartuPage
        from jamsostek_desk.ui.views.manfaat_page import ManfaatPage

        style = self.style()
        self.kartu_page = KartuPage(self.ctx, self.ref, self)
        self.manfaat_page = ManfaatPage(self.ctx, self)
        self.acara_page = AcaraPage(self.ctx, self.selected_peserta_ids, self)
        for title, page, icon in (
            ("Kartu", self.kartu_page, QStyle.StandardPixmap.SP_FileDialogInfoView),
            ("Manfaat", self.manfaat_page, QStyle.StandardPixmap.SP_DialogApplyButton),
            ("Acara", self.acara_page, QStyle.StandardPixmap.SP_FileDialogListView),
        ):
            self._add_page(title, page, style.standardIcon(icon))
            page.message.connect(lambda m: self.statusBar().showMessage(m, 8000))

    def _add_card_request_entry(self) -> None:
        """ "Minta kartu" beside Tambah Peserta: the selected participants join the card queue."""
        self.cardButton = QPushButton("Minta kartu")
        self.cardButton.setToolTip("Masukkan peserta yang dipilih ke antrean cetak kartu")
        self.cardButton.clicked.connect(self.request_cards)
        row = self.peserta_page.ui.titleRow
        row.insertWidget(row.indexOf(self.peserta_page.ui.addButton), self.cardButton)
        self.peserta_page.ui.tableView.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
        )

    def selected_peserta_ids(self) -> list[str]:
        view = self.peserta_page.ui.tableView
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        ids = [self.peserta_page.model.id_at(r) for r in rows]
        return [i for i in ids if i]

    def request_cards(self) -> None:
        from jamsostek_desk.services.kartu import already_carded, deceased, request_cards

        ids = self.selected_peserta_ids()
        if not ids:  # nothing selected: everyone the current filter shows
            from jamsostek_desk.services.peserta_list import count, fetch_page

            f = self.peserta_page.current_filter()
            n = count(self.ctx.db, f)
            if n == 0:
                QMessageBox.information(self, "Minta kartu", "Tidak ada peserta di daftar ini.")
                return
            answer = QMessageBox.question(
                self,
                "Minta kartu",
                f"Tidak ada baris yang dipilih. Minta kartu untuk semua {n:,} peserta hasil "
                "saringan ini?".replace(",", "."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            ids = [r.id for r in fetch_page(self.ctx.db, f, limit=n)]
        carded = already_carded(self.ctx, ids)
        if carded:
            answer = QMessageBox.question(
                self,
                "Sudah punya kartu",
                f"{len(carded)} dari {len(ids)} peserta yang dipilih sudah punya kartu. "
                "Tetap minta kartu baru untuk mereka?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                ids = [i for i in ids if i not in carded]
        dead = deceased(self.ctx, ids)
        created, waiting = request_cards(self.ctx, ids)
        self.kartu_page.reload()
        self.statusBar().showMessage(
            f"{created} kartu masuk antrean"
            + (f"; {waiting} sudah menunggu dicetak" if waiting else "")
            + (f"; {len(dead)} peserta meninggal dunia, tidak dibuatkan kartu" if dead else "")
            + ". Cetak di halaman Kartu.",
            10000,
        )

    def _add_import_entry(self) -> None:
        """The way into the import wizard: a menu action and a button beside Tambah Peserta."""
        self.actionImpor = QAction("&Impor daftar peserta dari Excel…", self)
        self.actionImpor.setShortcut(QKeySequence("Ctrl+I"))
        self.actionImpor.triggered.connect(self.open_import)
        self.ui.menuBerkas.insertAction(self.ui.actionBackup, self.actionImpor)
        self.ui.menuBerkas.insertSeparator(self.ui.actionBackup)
        self.importButton = QPushButton("Impor Excel…")
        self.importButton.setToolTip("Impor daftar peserta dari Excel, ODS atau CSV (Ctrl+I)")
        self.importButton.clicked.connect(self.open_import)
        row = self.peserta_page.ui.titleRow
        row.insertWidget(row.indexOf(self.peserta_page.ui.addButton), self.importButton)

    def _add_sync_page(self) -> None:
        """Sinkronisasi (before Pengaturan) and the BPJS list actions in the Berkas menu."""
        from jamsostek_desk.ui.views import list_export
        from jamsostek_desk.ui.views.sync_page import SyncPage

        self.sync_page = SyncPage(self.ctx, self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        self._add_page("Sinkronisasi", self.sync_page, icon)
        self.sync_page.synced.connect(lambda _r: self.peserta_page.reload())
        self.actionBpjsExport = QAction("Ekspor daftar pendaftaran &BPJS…", self)
        self.actionBpjsExport.triggered.connect(lambda: list_export.export_for_bpjs(self))
        self.actionBpjsImport = QAction("Impor daftar &hasil BPJS…", self)
        self.actionBpjsImport.triggered.connect(lambda: list_export.import_from_bpjs(self))
        for action in (self.actionBpjsExport, self.actionBpjsImport):
            self.ui.menuBerkas.insertAction(self.ui.actionBackup, action)
        self.ui.menuBerkas.insertSeparator(self.ui.actionBackup)

    def _add_riwayat_page(self) -> None:
        """Riwayat (the audit trail) for Admin and Pimpinan (ui/roles.py hides it otherwise)."""
        from jamsostek_desk.ui.views.riwayat_page import RiwayatPage

        self.riwayat_page = RiwayatPage(self.ctx, self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        self._add_page("Riwayat", self.riwayat_page, icon)
        self.riwayat_page.message.connect(lambda m: self.statusBar().showMessage(m, 8000))

    def _add_sign_in_entries(self) -> None:
        """Berkas → Ganti operator, and the audited "NIK lengkap" switches."""
        from jamsostek_desk.ui.roles import guard_full_nik

        self.actionGantiOperator = QAction("&Ganti operator…", self)
        self.actionGantiOperator.triggered.connect(self.switch_operator)
        self.ui.menuBerkas.insertAction(self.ui.actionKeluar, self.actionGantiOperator)
        from jamsostek_desk.ui.views import hak_subjek

        self.actionHakAkses = QAction("Data satu peserta (hak &akses)…", self)
        self.actionHakAkses.triggered.connect(lambda: hak_subjek.give_data(self, self.ctx))
        self.actionHakHapus = QAction("Hapus data pribadi peserta (hak &penghapusan)…", self)
        self.actionHakHapus.triggered.connect(self._erase_person)
        for action in (self.actionHakAkses, self.actionHakHapus):
            self.ui.menuBerkas.insertAction(self.ui.actionBackup, action)
        guard_full_nik(self.peserta_page.ui.fullNikCheck, lambda: self.ctx, "daftar peserta", self)
        guard_full_nik(self.kartu_page.ui.fullNikCheck, lambda: self.ctx, "kartu", self)

    def _erase_person(self) -> None:
        from jamsostek_desk.ui.views import hak_subjek

        if hak_subjek.erase_data(self, self.ctx):
            self.peserta_page.reload()

    def switch_operator(self) -> None:
        """Another operator signs in at this window (what is open stays open)."""
        from jamsostek_desk.ui.views.sign_in_dialog import sign_in

        ctx = sign_in(self.ctx.db, self)
        if ctx is not None:
            self.set_context(ctx)

    def open_import(self) -> QWidget:
        # imported here: the spreadsheet readers load only when someone imports
        from jamsostek_desk.ui.views.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self.ref, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _report: self.peserta_page.reload())
        wizard.open()
        return wizard

    def _add_page(self, title: str, page: QWidget, icon: QIcon) -> None:
        self.ui.pages.addWidget(page)
        QListWidgetItem(icon, title, self.ui.navList)

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.peserta_page.set_context(ctx)
        for page in (self.kartu_page, self.manfaat_page, self.acara_page, self.sync_page):
            if page.ctx is not ctx:  # built with this context moments ago: already loaded
                page.set_context(ctx)
        wilayah = self.ref.name(ctx.wilayah_kode) or ctx.wilayah_kode
        self.ui.officeLabel.setText(
            f"{escape(ctx.kantor_nama)}<br>{escape(JENIS_KANTOR.get(ctx.kantor_jenis, ''))} · "
            f"{escape(wilayah)}"
        )
        self.ui.operatorLabel.setText(f"Operator: <b>{escape(ctx.operator_nama)}</b>")
        demo = " — DEMO" if "demo" in ctx.db.path.name else ""
        self.setWindowTitle(f"{APP_NAME}{demo} — {ctx.kantor_nama}")
        self._apply_role(ctx)

    def _apply_role(self, ctx: AppContext) -> None:
        from jamsostek_desk.services.access import PERAN
        from jamsostek_desk.ui.roles import apply_role

        for page in (self.pengaturan_page, self.riwayat_page):
            if page.ctx is not ctx:
                page.set_context(ctx)
        apply_role(self)
        self.ui.operatorLabel.setText(
            f"Operator: <b>{escape(ctx.operator_nama)}</b> ({PERAN.get(ctx.peran, ctx.peran)})"
        )

    def backup_now(self) -> None:
        path = self.ctx.db.path

        def done(result: object) -> None:
            self.statusBar().showMessage(f"Cadangan dibuat: {result}", 10000)
            self.pengaturan_page.show_database()

        def failed(message: str, _user: bool) -> None:
            QMessageBox.warning(self, "Cadangan gagal", f"Cadangan tidak bisa dibuat:\n{message}")

        run_task(
            self,
            "Membuat cadangan database…",
            lambda _p: make_backup(path, "manual"),
            done,
            failed,
            cancellable=False,
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            f"Tentang {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><br>Pendaftaran aparat desa dan pekerja rentan "
            "ke BPJS Ketenagakerjaan, tanpa internet.<br><br>Database: "
            f"{escape(str(self.ctx.db.path))}<br><br>Data wilayah: kode Kemendagri "
            "(Kepmendagri 300.2.2-2138/2025), lisensi MIT © Cahya DSN.",
        )
