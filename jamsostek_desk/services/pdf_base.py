"""What every PDF of the application shares: the embedded font, and writing the file so that no
half-written PDF is ever left behind."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.resources import ResourceNotFound, resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


def load_font(name: str, path: Path) -> None:
    """Register one TTF file with reportlab; UserError (Indonesian) when missing or broken."""
    if not path.is_file():
        raise UserError(f"Huruf (font) {path} untuk PDF tidak ditemukan. Pasang ulang aplikasi.")
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except Exception as e:  # reportlab raises TTFError and plain errors for a broken file
        raise UserError(
            f"Huruf (font) {path} rusak dan tidak bisa dipakai ({e}). Pasang ulang aplikasi."
        ) from e


def read_logo(path: Path) -> ImageReader:
    """The office's logo as an image for reportlab; UserError (Indonesian) when the file is not
    a picture reportlab can read (the reason from the image library is of no use to a user)."""
    try:
        image = ImageReader(str(path))
        image.getSize()  # a broken file fails here, not only at drawing
        return image
    except Exception as e:  # PIL and reportlab raise many kinds for a broken image
        raise UserError(
            f"Logo {path} bukan gambar yang bisa dibaca. Pakai berkas gambar PNG atau JPG: pilih "
            "ulang logo di Pengaturan cetak, atau kosongkan logonya."
        ) from e


@cache
def register_fonts() -> tuple[str, str]:
    """Register the shipped TTF fonts with reportlab (embedded as subsets in every PDF)."""
    for name in (FONT, FONT_BOLD):
        try:
            path = resource_path(f"fonts/{name}.ttf")
        except ResourceNotFound as e:
            # the reason ends with "Pasang ulang aplikasi." already
            raise UserError(f"Huruf (font) {name}.ttf untuk PDF tidak ditemukan. {e}") from e
        load_font(name, path)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD)
    return FONT, FONT_BOLD


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it only when the block succeeds."""
    target = Path(target)
    folder = target.parent
    if target.is_dir():
        raise UserError(
            f"{target} adalah folder, bukan berkas. Tulis nama berkas PDF-nya, misalnya "
            f"{target / 'hasil.pdf'}."
        )
    if not folder.is_dir():
        raise UserError(f"Folder {folder} tidak ada. Pilih folder lain untuk menyimpan PDF.")
    # Not mkstemp: its 0600 mode would stay on the finished PDF; "x" honours the user's umask.
    tmp = folder / f".{target.stem}-{secrets.token_hex(6)}.tmp"
    try:
        open(tmp, "xb").close()
    except OSError as e:
        raise UserError(f"Folder {folder} tidak bisa ditulisi ({e.strerror}).") from e
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as e:
            raise UserError(
                f"Berkas {target} tidak bisa ditimpa: mungkin sedang dibuka di program lain. "
                "Tutup berkasnya lalu coba lagi."
            ) from e
    except OSError as e:  # the disk full, a file size limit, a removed USB stick, …
        raise UserError(
            f"PDF {target} tidak bisa ditulis: {write_problem(e)}. Tidak ada berkas yang "
            "setengah jadi; kosongkan ruang disk atau pilih tempat lain, lalu coba lagi."
        ) from e
    finally:
        tmp.unlink(missing_ok=True)


def write_problem(e: OSError) -> str:
    """Why a write failed, in Indonesian where the reason is a common one."""
    known = {
        errno.ENOSPC: "disk penuh",
        errno.EFBIG: "berkas melebihi batas ukuran",
        errno.EDQUOT: "kuota disk habis",
        errno.EROFS: "disk hanya bisa dibaca",
        errno.EACCES: "tidak ada izin menulis",
        errno.EIO: "kesalahan baca/tulis disk",
    }
    return known.get(e.errno or 0, e.strerror or str(e))


Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """The progress callback for callers that show none."""


def save_copy(source: Path, target: Path) -> None:
    """Copy a previewed PDF to where the user chose, atomically."""
    import shutil

    with atomic_output(Path(target)) as tmp:
        try:
            shutil.copyfile(source, tmp)
        except OSError as e:
            raise UserError(f"PDF tidak bisa disimpan ke {target}: {e.strerror}.") from e
