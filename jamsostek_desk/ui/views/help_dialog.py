"""Bantuan: a short guide in Bahasa Indonesia, the keyboard shortcuts, and "Tentang" with
versions and licences. One window with three tabs; F1 opens the guide."""

from __future__ import annotations

import platform
from html import escape
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desk import APP_NAME, __version__

GUIDE = """
<h2>Panduan singkat</h2>
<h3>Langkah pertama</h3>
<ol>
<li>Pada pembukaan pertama, isi data kantor (jenis kantor, wilayah, nama kepala) dan nama
operator. Data ini dipakai di kop surat dan kartu; bisa diubah di <b>Pengaturan</b>.</li>
<li>Di <b>Pengaturan</b>, pilih <b>Folder cadangan kedua…</b> di flash disk supaya setiap
cadangan juga tersalin ke luar komputer.</li>
<li>Tambah peserta satu per satu dengan <b>+ Tambah Peserta</b> (Ctrl+N), atau impor daftar
dari Excel.</li>
</ol>
<h3>Mendaftarkan peserta</h3>
<p>Ketik NIK: tanggal lahir, jenis kelamin dan kecamatan terbaca dari NIK. Enter pindah ke
isian berikutnya; Ctrl+S menyimpan. Isian yang merah wajib dibetulkan; yang kuning hanya
peringatan. Desa dipilih dari daftar yang muncul saat mengetik.</p>
<h3>Impor dari Excel</h3>
<p>Berkas → <b>Impor daftar peserta dari Excel…</b> (Ctrl+I). Pilih berkas (.xlsx, .xls,
.ods, .csv), lembar dan baris judul, cocokkan kolom, lalu periksa pratinjau. Baris yang
ditolak bisa disimpan ke Excel beserta alasannya, dibetulkan, lalu diimpor lagi. Templat
kosong tersedia di langkah pertama.</p>
<h3>Kartu</h3>
<p>Di halaman Peserta, pilih peserta (Ctrl+klik, Shift+klik) lalu <b>Minta kartu</b>; tanpa
pilihan, semua peserta hasil saringan dimintakan kartu. Di halaman <b>Kartu</b>, pilih kartu,
tata letak, lalu <b>Pratinjau dan cetak…</b>: PDF tampil dulu di pratinjau, lalu
disimpan atau dicetak. Kartu yang diserahkan dicatat dengan <b>Tandai diserahkan…</b>. Kode QR
kartu bisa diperiksa dengan <b>Verifikasi kode QR…</b>.</p>
<h3>Manfaat dan acara</h3>
<p>Halaman <b>Manfaat</b> mencatat klaim (JKK, JKM) dan membuat berita acara serta tanda
terima. Halaman <b>Acara</b> menyiapkan paket penyerahan simbolis.</p>
<h3>Sinkronisasi</h3>
<p>Semua kantor memakai satu <b>berkas pusat</b> (.jdsync) di flash disk atau folder
bersama, dengan satu kata sandi dari Dinas (paling sedikit 8 karakter). Di halaman
<b>Sinkronisasi</b>, pilih berkas, isi kata sandi, klik <b>Sinkronkan sekarang</b>. Data
yang diubah di dua kantor muncul di <i>Perlu keputusan</i>: pilih per kolom data mana
yang benar.</p>
<h3>Ke BPJS</h3>
<p>Berkas → <b>Ekspor daftar pendaftaran BPJS…</b> membuat berkas Excel sesuai kolom BPJS
(peserta yang disaring di halaman Peserta). Daftar hasil dari BPJS (nomor KPJ) dimasukkan
lewat Berkas → <b>Impor daftar hasil BPJS…</b>.</p>
<h3>Apa yang harus dilakukan bila …</h3>
<ul>
<li><b>… peserta terhapus tidak sengaja:</b> tekan <b>Urungkan</b> di bilah kuning atau
Ctrl+Z di halaman Peserta.</li>
<li><b>… NIK ditolak "tersimpan sebagai angka":</b> di Excel, ubah format sel menjadi Teks dan
ketik ulang NIK dari KTP/KK (angka ke-16 sudah hilang).</li>
<li><b>… database rusak atau salah isi:</b> Berkas → <b>Pulihkan dari cadangan…</b>, pilih
cadangan menurut tanggal dan jumlah peserta. Keadaan sekarang dicadangkan dulu.</li>
<li><b>… komputer rusak:</b> pasang aplikasi di komputer lain, lalu pulihkan dari cadangan di
flash disk (folder <i>JamsostekDesk-cadangan</i>).</li>
<li><b>… sinkronisasi menolak kata sandi:</b> tanyakan kata sandi berkas pusat ke Dinas;
huruf besar dan kecil dibedakan.</li>
<li><b>… muncul "kesalahan tak terduga":</b> data yang sudah tersimpan aman. Kirim berkas
log yang disebut pesan itu kepada pengelola aplikasi.</li>
</ul>
"""

SHORTCUTS = (
    ("Ctrl+N", "Tambah peserta baru (dari halaman mana pun dan di formulir)"),
    ("Ctrl+I", "Impor daftar peserta dari Excel"),
    ("Ctrl+F", "Ke kotak pencarian peserta"),
    ("Enter", "Di daftar: buka peserta terpilih. Di formulir: ke isian berikutnya"),
    ("Ctrl+S", "Simpan formulir peserta"),
    ("Esc", "Tutup formulir atau dialog (ditanya dulu bila ada isian belum disimpan)"),
    ("Ctrl+Z", "Urungkan hapus peserta"),
    ("Ctrl+klik, Shift+klik", "Pilih beberapa peserta atau kartu"),
    ("Ctrl+A", "Pilih semua baris daftar"),
    ("Ctrl++ / Ctrl+-", "Perbesar / perkecil pratinjau PDF"),
    ("F1", "Panduan singkat ini"),
    ("Ctrl+Q", "Keluar"),
)

LICENCES = (
    ("Qt / PySide6", "LGPL 3.0"),
    ("SQLAlchemy, Alembic, openpyxl, python-calamine, platformdirs", "MIT"),
    ("ReportLab", "BSD"),
    ("cryptography", "Apache 2.0 / BSD"),
    ("segno", "BSD"),
    ("defusedxml", "PSF"),
    ("Huruf DejaVu", "Bitstream Vera / public domain"),
    ("Data wilayah (kode Kemendagri 300.2.2-2138/2025)", "MIT © Cahya DSN"),
)

VERSIONED = ("SQLAlchemy", "alembic", "openpyxl", "reportlab", "cryptography", "segno")


def _versions() -> list[tuple[str, str]]:
    out = [
        (APP_NAME, __version__),
        ("Python", platform.python_version()),
        ("PySide6 / Qt", f"{pyside_version} / {qVersion()}"),
    ]
    for name in VERSIONED:
        try:
            out.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            continue
    return out


def _table(rows: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> str:
    body = "".join(
        f"<tr><td style='padding-right:18px'><b>{escape(a)}</b></td><td>{escape(b)}</td></tr>"
        for a, b in rows
    )
    return f"<table cellspacing='3'>{body}</table>"


def about_html(db_path: Path) -> str:
    return (
        f"<h2>{APP_NAME} {__version__}</h2>"
        "<p>Pendaftaran aparat desa dan pekerja rentan ke BPJS Ketenagakerjaan, tanpa "
        "internet.</p>"
        f"<p><b>Database:</b> {escape(str(db_path))}<br><b>Sistem:</b> "
        f"{escape(platform.platform())}</p>"
        f"<h3>Versi</h3>{_table(_versions())}<h3>Lisensi</h3>{_table(LICENCES)}"
    )


TOPICS = ("panduan", "pintasan", "tentang")


class HelpDialog(QDialog):
    def __init__(self, topic: str, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Bantuan — {APP_NAME}")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        for title, html in (
            ("Panduan singkat", GUIDE),
            ("Pintasan keyboard", "<h2>Pintasan keyboard</h2>" + _table(SHORTCUTS)),
            ("Tentang", about_html(db_path)),
        ):
            browser = QTextBrowser()
            browser.setOpenExternalLinks(False)
            browser.setHtml(html)
            self.tabs.addTab(browser, title)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox()
        buttons.addButton("Tutup", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tabs.setCurrentIndex(TOPICS.index(topic) if topic in TOPICS else 0)
        self.resize(720, 560)
