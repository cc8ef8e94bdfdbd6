"""Qt's own texts in Bahasa Indonesia: standard buttons, the file and print dialogs, the
right-click menu of text fields.

Qt ships no ``qtbase_id.qm``; when a later Qt does, it is loaded instead. Until then this
translator answers the few dozen texts a clerk meets, and leaves the rest in English.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

TEXTS: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "OK": "OK",
        "Save": "Simpan",
        "Save All": "Simpan semua",
        "Open": "Buka",
        "&Yes": "&Ya",
        "Yes to &All": "Ya untuk &semua",
        "&No": "&Tidak",
        "N&o to All": "Tidak untuk s&emua",
        "Abort": "Hentikan",
        "Retry": "Coba lagi",
        "Ignore": "Abaikan",
        "Close": "Tutup",
        "Cancel": "Batal",
        "Discard": "Jangan simpan",
        "Don't Save": "Jangan simpan",
        "Help": "Bantuan",
        "Apply": "Terapkan",
        "Reset": "Atur ulang",
        "Restore Defaults": "Kembalikan bawaan",
    },
    "QMessageBox": {
        "Show Details...": "Tampilkan rincian…",
        "Hide Details...": "Sembunyikan rincian…",
        "OK": "OK",
    },
    "QFileDialog": {
        "&Open": "&Buka",
        "&Save": "&Simpan",
        "&Choose": "&Pilih",
        "Open": "Buka",
        "Save As": "Simpan sebagai",
        "Find Directory": "Pilih folder",
        "Look in:": "Cari di:",
        "&Look in:": "&Cari di:",
        "File &name:": "&Nama berkas:",
        "Files of type:": "Jenis berkas:",
        "Files of &type:": "&Jenis berkas:",
        "Directory:": "Folder:",
        "Directories": "Folder",
        "All Files (*)": "Semua berkas (*)",
        "Back": "Kembali",
        "Forward": "Maju",
        "Parent Directory": "Folder induk",
        "Go back": "Kembali",
        "Go forward": "Maju",
        "Go to the parent directory": "Ke folder induk",
        "Create New Folder": "Buat folder baru",
        "Create a New Folder": "Buat folder baru",
        "New Folder": "Folder baru",
        "&New Folder": "Folder &baru",
        "&Rename": "&Ganti nama",
        "&Delete": "&Hapus",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "List View": "Tampilan daftar",
        "Detail View": "Tampilan rinci",
        "Change to list view mode": "Tampilan daftar",
        "Change to detail view mode": "Tampilan rinci",
        "Sidebar": "Panel samping",
        "List of places and bookmarks": "Daftar tempat dan penanda",
        "Files": "Berkas",
        "%1 already exists.\nDo you want to replace it?": ("%1 sudah ada.\nTimpa berkas itu?"),
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkasnya."
        ),
        "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
    },
    "QFileSystemModel": {
        "Name": "Nama",
        "Size": "Ukuran",
        "Type": "Jenis",
        "Date Modified": "Diubah",
        "Computer": "Komputer",
        "My Computer": "Komputer",
    },
    "QAbstractFileIconProvider": {"Folder": "Folder", "Drive": "Drive"},
    "QWidgetTextControl": {
        "&Undo": "&Urungkan",
        "&Redo": "&Ulangi",
        "Cu&t": "Po&tong",
        "&Copy": "&Salin",
        "Copy &Link Location": "Salin &alamat tautan",
        "&Paste": "&Tempel",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
    "QLineEdit": {
        "&Undo": "&Urungkan",
        "&Redo": "&Ulangi",
        "Cu&t": "Po&tong",
        "&Copy": "&Salin",
        "&Paste": "&Tempel",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
    "QPrintDialog": {
        "Print": "Cetak",
        "&Print": "&Cetak",
        "Printer": "Printer",
        "Print to File (PDF)": "Cetak ke berkas (PDF)",
        "Local file": "Berkas lokal",
    },
    "QDialogButtonBox": {"OK": "OK", "Cancel": "Batal", "&OK": "&OK", "&Cancel": "&Batal"},
    "QWizard": {
        "< &Back": "< &Kembali",
        "&Next >": "&Lanjut >",
        "&Finish": "&Selesai",
        "Cancel": "Batal",
        "&Help": "&Bantuan",
    },
}


class IndonesianTexts(QTranslator):
    """Answers Qt's own texts from ``TEXTS``; everything else keeps its own text."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) means "not translated here": Qt keeps its own text. An empty
        # string would be taken as the translation and blank every label of every form.
        return TEXTS.get(context, {}).get(source)

    def isEmpty(self) -> bool:
        return False


def install(app: QApplication) -> QTranslator:
    """Qt's Indonesian translation when Qt has one, else ``IndonesianTexts``."""
    shipped = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if shipped.load("qtbase_id", folder):
        app.installTranslator(shipped)
        return shipped
    ours = IndonesianTexts(app)
    app.installTranslator(ours)
    return ours
