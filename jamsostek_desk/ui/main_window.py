"""The main window: navigation on the left, one page at a time on the right.

The window only arranges: each page owns its buttons and use cases; the menu actions open
dialogs. When the database changes (a save, a command-line import while the window is
open, a sync, a restore) the pages read their figures again: the visible one at once, the
others when they are next shown.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QStyle, QWidget

from jamsostek_desk import APP_NAME
from jamsostek_desk.domain.codes import JENIS_KANTOR
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import backup
from jamsostek_desk.services.access import PERAN
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.watch import OUTSIDE, ChangeProbe
from jamsostek_desk.ui.forms.ui_main_window import Ui_MainWindow
from jamsostek_desk.ui.pages import Page
from jamsostek_desk.ui.roles import apply_role
from jamsostek_desk.ui.views.acara_page import AcaraPage
from jamsostek_desk.ui.views.beranda_page import BerandaPage
from jamsostek_desk.ui.views.kartu_page import KartuPage
from jamsostek_desk.ui.views.manfaat_page import ManfaatPage
from jamsostek_desk.ui.views.pengaturan_page import PengaturanPage
from jamsostek_desk.ui.views.peserta_list_page import PesertaListPage
from jamsostek_desk.ui.views.riwayat_page import RiwayatPage
from jamsostek_desk.ui.views.sync_page import SyncPage
from jamsostek_desk.ui.worker import run_task

WATCH_INTERVAL_MS = 1500
RESTART = 75  # app.exec() result asking run_app to open the (restored) database again


class MainWindow(QMainWindow):
    restart_requested = Signal()

    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.ref = ref
        self._stale: set[int] = set()
        self.peserta_page = PesertaListPage(ctx, ref, self)
        self.kartu_page = KartuPage(ctx, ref, self)
        self.manfaat_page = ManfaatPage(ctx, self)
        self.acara_page = AcaraPage(ctx, self.selected_peserta_ids, self)
        self.sync_page = SyncPage(ctx, self)
        self.pengaturan_page = PengaturanPage(ctx, ref, self)
        self.beranda_page = BerandaPage(ctx, ref, self)
        self.riwayat_page = RiwayatPage(ctx, self)  # the audit trail: Admin and Pimpinan
        icon = QStyle.StandardPixmap
        for title, page, pixmap in (
            ("Beranda", self.beranda_page, icon.SP_ComputerIcon),
            ("Peserta", self.peserta_page, icon.SP_DirHomeIcon),
            ("Kartu", self.kartu_page, icon.SP_FileDialogInfoView),
            ("Manfaat", self.manfaat_page, icon.SP_DialogApplyButton),
            ("Acara", self.acara_page, icon.SP_FileDialogListView),
            ("Sinkronisasi", self.sync_page, icon.SP_BrowserReload),
            ("Riwayat", self.riwayat_page, icon.SP_FileDialogContentsView),
            ("Pengaturan", self.pengaturan_page, icon.SP_FileDialogDetailedView),
        ):
            self.add_page(title, page, self.style().standardIcon(pixmap))
        self.ui.navList.currentRowChanged.connect(self._show_page)
        self.ui.navList.setCurrentRow(0)
        self.ui.navList.setIconSize(QSize(18, 18))
        self.beranda_page.open_page.connect(self.show_page)
        self.beranda_page.open_peserta.connect(self.show_peserta)
        self.peserta_page.import_requested.connect(self.open_import)
        self.peserta_page.cards_requested.connect(self.data_changed)
        self.sync_page.synced.connect(lambda _r: self.data_changed())
        self.pengaturan_page.context_changed.connect(self.set_context)
        self.pengaturan_page.backup_requested.connect(self.backup_now)
        self.pengaturan_page.restore_requested.connect(self.open_restore)
        u = self.ui
        u.actionImpor.triggered.connect(self.open_import)
        # Ctrl+N from every page (Beranda is the first): the list comes forward with the form.
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.open_new_peserta)
        u.actionBpjsExport.triggered.connect(self.export_for_bpjs)
        u.actionBpjsImport.triggered.connect(self.import_from_bpjs)
        u.actionBackup.triggered.connect(self.backup_now)
        u.actionRestore.triggered.connect(self.open_restore)
        u.actionKeluar.triggered.connect(self.close)
        u.actionPanduan.triggered.connect(lambda: self.open_help("panduan"))
        u.actionPintasan.triggered.connect(lambda: self.open_help("pintasan"))
        u.actionTentang.triggered.connect(lambda: self.open_help("tentang"))
        self._add_sign_in_entries()
        self.set_context(ctx)
        self.probe = ChangeProbe(ctx.db)
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self._check_database)
        self._watch.start()

    # -- pages -------------------------------------------------------------------------------
    def add_page(self, title: str, page: QWidget, icon: QIcon) -> None:
        self.ui.pages.addWidget(page)
        QListWidgetItem(icon, title, self.ui.navList)
        message = getattr(page, "message", None)
        if message is not None:
            message.connect(lambda m: self.statusBar().showMessage(m, 10000))

    def _pages(self) -> list[QWidget]:
        return [self.ui.pages.widget(i) for i in range(self.ui.pages.count())]

    def _show_page(self, row: int) -> None:
        self.ui.pages.setCurrentIndex(row)
        if row in self._stale:
            self._stale.discard(row)
            self._reload(self.ui.pages.widget(row))

    @staticmethod
    def _reload(page: QWidget) -> None:
        if isinstance(page, Page) or hasattr(page, "reload"):
            page.reload()  # type: ignore[attr-defined]

    def data_changed(self, visible_too: bool = True) -> None:
        """The database changed: the other pages reload when next shown, the visible one now
        (unless it made the change itself and already shows it)."""
        current = self.ui.pages.currentIndex()
        for i, page in enumerate(self._pages()):
            if i != current:
                self._stale.add(i)
            elif visible_too:
                self._reload(page)

    def _check_database(self) -> None:
        change = self.probe.poll()
        if change is not None:
            self.data_changed(visible_too=change == OUTSIDE)

    def show_page(self, title: str) -> None:
        """Go to the page whose navigation entry is ``title``."""
        for row in range(self.ui.navList.count()):
            item = self.ui.navList.item(row)
            if item.text() == title:
                if item.isHidden():  # a page this role does not use (ui/roles.py)
                    self.statusBar().showMessage(
                        f"Halaman {title} tidak dipakai oleh peran Anda.", 8000
                    )
                    return
                self.ui.navList.setCurrentRow(row)
                return

    def show_peserta(self, status: str) -> None:
        """The Peserta list showing everyone, or only people of one status."""
        page = self.peserta_page
        page.reset_filters()
        combo = page.ui.statusCombo
        combo.setCurrentIndex(max(0, combo.findData(status)) if status else 0)
        page.apply_filter()
        self.show_page("Peserta")

    def open_new_peserta(self) -> QWidget | None:  # None: a role that does not register
        self.show_page("Peserta")
        return self.peserta_page.open_form(None)

    def selected_peserta_ids(self) -> list[str]:
        return self.peserta_page.selected_ids()

    def _add_sign_in_entries(self) -> None:
        """Berkas → Ganti operator, a person's data requests, and the audited "NIK lengkap"
        switches (ui/roles.py shows each to the roles that may use it)."""
        from jamsostek_desk.ui.roles import guard_full_nik
        from jamsostek_desk.ui.views import hak_subjek

        menu = self.ui.menuBerkas
        self.actionGantiOperator = QAction("&Ganti operator…", self)
        self.actionGantiOperator.triggered.connect(self.switch_operator)
        menu.insertAction(self.ui.actionKeluar, self.actionGantiOperator)
        self.actionHakAkses = QAction("Data satu peserta (hak &akses)…", self)
        self.actionHakAkses.triggered.connect(lambda: hak_subjek.give_data(self, self.ctx))
        self.actionHakHapus = QAction("Hapus data pribadi peserta (hak &penghapusan)…", self)
        self.actionHakHapus.triggered.connect(self._erase_person)
        for action in (self.actionHakAkses, self.actionHakHapus):
            menu.insertAction(self.ui.actionBackup, action)
        guard_full_nik(self.peserta_page.ui.fullNikCheck, lambda: self.ctx, "daftar peserta", self)
        guard_full_nik(self.kartu_page.ui.fullNikCheck, lambda: self.ctx, "kartu", self)

    def _erase_person(self) -> None:
        from jamsostek_desk.ui.views import hak_subjek

        if hak_subjek.erase_data(self, self.ctx):
            self.data_changed()

    def switch_operator(self) -> None:
        """Another operator signs in at this window (what is open stays open)."""
        from jamsostek_desk.ui.views.sign_in_dialog import sign_in

        ctx = sign_in(self.ctx.db, self)
        if ctx is not None:
            self.set_context(ctx)

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        for page in self._pages():
            if getattr(page, "ctx", ctx) is not ctx:  # built with this context: loaded
                page.set_context(ctx)  # type: ignore[attr-defined]
        wilayah = self.ref.name(ctx.wilayah_kode) or ctx.wilayah_kode
        self.ui.officeLabel.setText(
            f"{escape(ctx.kantor_nama)}<br>{escape(JENIS_KANTOR.get(ctx.kantor_jenis, ''))} · "
            f"{escape(wilayah)}"
        )
        self.ui.operatorLabel.setText(
            f"Operator: <b>{escape(ctx.operator_nama)}</b> ({PERAN.get(ctx.peran, ctx.peran)})"
        )
        demo = " — DEMO" if "demo" in ctx.db.path.name else ""
        self.setWindowTitle(f"{APP_NAME}{demo} — {ctx.kantor_nama}")
        apply_role(self)

    # -- menu actions ------------------------------------------------------------------------
    def open_import(self) -> QWidget:
        # imported here: the spreadsheet readers load only when someone imports
        from jamsostek_desk.ui.views.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self.ref, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _report: self.data_changed())
        wizard.finished.connect(lambda _r: self.activateWindow())
        wizard.open()
        return wizard

    def export_for_bpjs(self) -> QWidget:
        from jamsostek_desk.ui.views import list_export

        return list_export.export_for_bpjs(self)

    def import_from_bpjs(self) -> None:
        from jamsostek_desk.ui.views import list_export

        list_export.import_from_bpjs(self)

    def backup_now(self) -> None:
        path, folder = self.ctx.db.path, backup.second_folder(self.ctx.db)

        def done(result: backup.BackupDone) -> None:
            self.backup_done(result, "Cadangan dibuat")

        def failed(message: str, _user: bool) -> None:
            QMessageBox.warning(self, "Cadangan gagal", f"Cadangan tidak bisa dibuat:\n{message}")

        run_task(
            self,
            "Membuat cadangan database…",
            lambda _p: backup.backup_now(path, folder),
            done,
            failed,
            cancellable=False,
        )

    def backup_done(self, result: backup.BackupDone, what: str) -> None:
        """After any backup (manual or daily): the status bar, Pengaturan's figures, and a
        warning when the second copy (flash disk) could not be made."""
        if result.path is not None:
            where = f"; salinan di {result.copy.parent}" if result.copy else ""
            self.statusBar().showMessage(f"{what}: {result.path.name}{where}", 10000)
        self.pengaturan_page.show_database()
        if result.warning:
            QMessageBox.warning(self, "Cadangan kedua belum dibuat", result.warning)

    def open_restore(self) -> QWidget:
        from jamsostek_desk.ui.views.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self) -> None:
        """The database file was replaced: start again on it (run_app opens it anew)."""
        self._watch.stop()
        self.probe.close()
        self.restart_requested.emit()

    def open_help(self, topic: str) -> QWidget:
        from jamsostek_desk.ui.views.help_dialog import HelpDialog

        dialog = HelpDialog(topic, self.ctx.db.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._watch.stop()
        self.probe.close()
        super().closeEvent(event)
