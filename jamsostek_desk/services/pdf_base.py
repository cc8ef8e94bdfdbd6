"""What every PDF of the application shares: the embedded font and the logo. The file itself is
written with ``store.files.atomic_output`` so that no half-written PDF is ever left behind."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.resources import ResourceNotFound, resource_path
from jamsostek_desk.store.files import atomic_output

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
            "ulang logo di pengaturan cetak, atau kosongkan logonya."
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


def save_copy(source: Path, target: Path) -> None:
    """Copy a previewed PDF to where the user chose, atomically."""
    import shutil

    with atomic_output(Path(target), "PDF") as tmp:
        try:
            shutil.copyfile(source, tmp)
        except OSError as e:
            raise UserError(f"PDF tidak bisa disimpan ke {target}: {e.strerror}.") from e
