"""Starting the application: open (or repair) the database, first-run set-up, main window."""

from __future__ import annotations

import sys
import tempfile
import traceback
from pathlib import Path

from PySide6.QtCore import QLockFile, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from jamsostek_desk import APP_NAME, __version__
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.resources import resource_path
from jamsostek_desk.services import backup
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.demo import ensure_demo
from jamsostek_desk.services.office import has_office
from jamsostek_desk.store.backup import list_backups, restore_backup
from jamsostek_desk.store.db import Database, open_database, prefetch
from jamsostek_desk.store.errors import DatabaseCorrupt, DatabaseProblem, DatabaseReadOnly
from jamsostek_desk.ui import errors, translate
from jamsostek_desk.ui.errors import unexpected
from jamsostek_desk.ui.idle_lock import IdleLock
from jamsostek_desk.ui.main_window import RESTART, MainWindow
from jamsostek_desk.ui.theme import STYLE
from jamsostek_desk.ui.views.setup_dialog import SetupDialog
from jamsostek_desk.ui.views.sign_in_dialog import sign_in
from jamsostek_desk.ui.worker import run_task

TITLE_BAR = 32  # the window manager's frame above the client area


def make_app() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("JamsostekDesk")
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    app.setWindowIcon(QIcon(str(resource_path("icons/app.png"))))
    if not app.property("jd_translated"):
        translate.install(app)
        app.setProperty("jd_translated", True)
    return app


def _open_with_repair(path: Path) -> Database | None:
    """Open the database; on a damaged file offer to restore the newest backup."""
    while True:
        try:
            return open_database(path)
        except DatabaseCorrupt as e:
            backups = list_backups(path)
            if not backups:
                QMessageBox.critical(None, APP_NAME, e.message + "\n\nTidak ada cadangan.")
                return None
            box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, e.message)
            box.setInformativeText(
                f"Pulihkan dari cadangan terakhir ({backups[0].name})? Berkas yang rusak "
                "disimpan di samping dengan nama '-rusak-'."
            )
            restore = box.addButton("Pulihkan cadangan", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("Keluar", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not restore:
                return None
            restore_backup(backups[0], path)
        except DatabaseProblem as e:
            QMessageBox.critical(None, APP_NAME, e.message)
            return None


def _context(db: Database) -> AppContext | None:
    """Set-up on the first run (its Admin is then signed in), otherwise the sign-in screen."""
    if not has_office(db):
        dialog = SetupDialog(db, load_wilayah())
        if dialog.exec() != SetupDialog.DialogCode.Accepted or dialog.context is None:
            return None
        return dialog.context
    return sign_in(db)


def _daily_backup(window: MainWindow) -> None:
    path = window.ctx.db.path
    folder = backup.second_folder(window.ctx.db)

    def alive() -> bool:  # the window may be gone: restored and opened again meanwhile
        return isValid(window) and window.isVisible()

    def done(result: backup.BackupDone) -> None:
        if alive():
            window.backup_done(result, "Cadangan harian dibuat")

    def failed(message: str, _user: bool) -> None:
        if alive():
            window.statusBar().showMessage(f"Cadangan harian gagal: {message}", 15000)

    run_task(
        None,
        "Membuat cadangan harian…",
        lambda _p: backup.daily_backup(path, folder),
        done,
        failed,
        cancellable=False,
    ).setMinimumDuration(60_000)


def _lock(path: Path) -> QLockFile | None:
    """One window per database: two windows saving the same people would overwrite each
    other's work. Returns the held lock, or None when another instance has it."""
    lock = QLockFile(str(path) + ".lock")
    return lock if lock.tryLock(200) else None


def run_app(db_path: Path, demo: bool = False, self_check: bool = False) -> int:
    app = make_app()
    if not self_check:
        errors.install()
    try:
        if self_check:
            return _self_check(app)
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            QMessageBox.critical(None, APP_NAME, DatabaseReadOnly(db_path).message)
            return 2
        lock = _lock(db_path)
        if lock is None:
            QMessageBox.warning(
                None,
                APP_NAME,
                f"Database {db_path} sedang dibuka di jendela Jamsostek Desk lain. Pakai "
                "jendela itu, atau tutup dulu sebelum membuka lagi.",
            )
            return 2
        ctx: AppContext | None
        if demo:
            ctx = ensure_demo(db_path)
        else:
            db = _open_with_repair(db_path)
            if db is None:
                return 2
            ctx = _context(db)
            if ctx is None:
                return 0
        while True:
            code = _run_window(app, ctx, demo)
            if code != RESTART:
                break
            # A backup was restored: the same file, opened again from the start.
            db = _open_with_repair(db_path)
            if db is None:
                code = 2
                break
            ctx = _context(db)
            if ctx is None:
                code = 0
                break
        lock.unlock()
        return code
    except UserError as e:
        QMessageBox.critical(None, APP_NAME, e.message)
        return 2
    except Exception:  # last resort: say something instead of vanishing
        QMessageBox.critical(None, APP_NAME, unexpected(traceback.format_exc()))
        return 3


def show_fitting(window: QWidget, app: QApplication) -> None:
    """Show a window inside the screen's free area (a 1366 x 768 laptop with a taskbar):
    shrunk and centred when its default size would not fit, with room for a title bar."""
    screen = window.screen() or app.primaryScreen()
    if screen is None:
        window.show()
        return
    free = screen.availableGeometry()
    width = min(window.width(), free.width() - 16)
    height = min(window.height(), free.height() - TITLE_BAR)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    window.move(
        free.x() + max(0, (free.width() - window.width()) // 2),
        free.y() + max(0, (free.height() - window.height() - TITLE_BAR) // 2),
    )
    window.show()
    # Keyboard focus from the start (Ctrl+N, Ctrl+I), also where no window manager gives it.
    window.raise_()
    window.activateWindow()


def _run_window(app: QApplication, ctx: AppContext, demo: bool) -> int:
    window = MainWindow(ctx, load_wilayah())
    window.restart_requested.connect(lambda: app.exit(RESTART))
    show_fitting(window, app)
    path = ctx.db.path
    QThreadPool.globalInstance().start(lambda: prefetch(path))
    if not demo:
        QTimer.singleShot(1500, lambda: _daily_backup(window))
        idle = IdleLock(window, lambda: window.ctx)
        window.pengaturan_page.idle_changed.connect(lambda m: idle.set_timeout(m * 60_000))
    code = app.exec()
    QThreadPool.globalInstance().waitForDone(10_000)
    window.close()
    window.deleteLater()
    ctx.db.close()
    return code


def _self_check(app: QApplication) -> int:
    """Open the main window on a throw-away demo database, then close it (checks a build)."""
    with tempfile.TemporaryDirectory() as tmp:
        ctx = ensure_demo(Path(tmp) / "self-check.sqlite", count=50)
        window = MainWindow(ctx, load_wilayah())
        window.show()
        QTimer.singleShot(300, window.close)
        app.exec()
        rows = window.peserta_page.model.rowCount()
        ok = rows == 50 and window.peserta_page.model.data(window.peserta_page.model.index(0, 0))
        ctx.db.close()
    if not ok:
        print(f"Pemeriksaan mandiri GAGAL: {rows} baris di daftar peserta.", file=sys.stderr)
        return 1
    print(f"Pemeriksaan mandiri berhasil: jendela utama terbuka dengan {rows} peserta.")
    return 0
