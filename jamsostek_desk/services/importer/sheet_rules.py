"""What a sheet must hold before any of its rows is read: the desa of a list without a desa
column (chosen, named by a title row or the sheet, or by BIP family rows), and the required
columns, with the one message that stops an import that lacks them."""

from __future__ import annotations

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.peserta import LABELS
from jamsostek_desk.domain.wilayah import WilayahRef, normalize_kode
from jamsostek_desk.services.importer.convert import sheet_desa
from jamsostek_desk.services.importer.layout import SheetLayout
from jamsostek_desk.services.importer.rows import family_of, is_family_row

FAMILY_ROWS = "baris keluarga (No. KK) di atas tiap keluarga"


def desa_of_sheet(
    layout: SheetLayout,
    top: list[list[object]],
    sheet: str,
    ref: WilayahRef,
    kabupaten: str,
    chosen: str | None,
) -> tuple[str | None, str | None]:
    """(desa code, where from) for a sheet without a desa column: the desa the user chose
    (--desa), a title row or the sheet's name, or the family rows of a BIP list (code None:
    each family names its own). (None, None) when nothing names it, or the sheet has a
    desa column."""
    if "desa" in layout.columns.values():
        return None, None
    if chosen:
        return chosen, "--desa"
    if hint := sheet_desa(ref, kabupaten, layout.titles, sheet):
        return hint
    if _families_name_desa(top, layout):
        return None, FAMILY_ROWS
    return None, None


def checked_desa(kode: str, ref: WilayahRef, kabupaten: str) -> str:
    """A desa code the user gave (--desa), or a UserError saying what is wrong with it."""
    try:
        region = ref.get(normalize_kode(kode))
    except ValueError:
        region = None
    if region is None or region.level != 4:
        raise UserError(f"Kode desa {kode} tidak ada di daftar wilayah Kemendagri.")
    if not region.kode.startswith(kabupaten + "."):
        raise UserError(
            f"{ref.label(region.kode)} berada di luar wilayah kantor ini "
            f"({ref.name(kabupaten) or kabupaten})."
        )
    return region.kode


def _families_name_desa(top: list[list[object]], layout: SheetLayout) -> bool:
    """A BIP list: its family rows (seen among the top rows) name the desa."""
    return any(
        is_family_row(r) and family_of([str(c) for c in r if isinstance(c, str)]).desa for r in top
    )


def missing_columns(layout: SheetLayout, kategori: str, desa_known: bool) -> list[str]:
    have = set(layout.columns.values())
    work = "jabatan" if kategori == "aparat_desa" else "pekerjaan"
    missing = [f for f in ("nik", "nama", "tanggal_lahir", "desa", work) if f not in have]
    if "tempat_tanggal_lahir" in have and "tanggal_lahir" in missing:
        missing.remove("tanggal_lahir")
    if desa_known and "desa" in missing:
        missing.remove("desa")
    return missing


def missing_message(sheet: str, layout: SheetLayout, missing: list[str]) -> str:
    names = ", ".join(LABELS.get("desa_kode" if f == "desa" else f, f) for f in missing)
    seen = ", ".join(f"“{h}”" for h in layout.headers if h) or "(tidak ada)"
    text = (
        f"Lembar {sheet}: kolom {names} tidak ditemukan, jadi tidak ada baris yang diperiksa. "
        f"Judul kolom yang terbaca (baris {layout.first_row + 1}): {seen}. Ganti judul "
        "kolomnya atau atur pemetaan kolom di jendela Impor."
    )
    if "desa" in missing:
        text += (
            " Daftar dari satu desa tanpa kolom desa: pilih desanya (di jendela Impor, atau "
            "--desa KODE di baris perintah)."
        )
    return text
