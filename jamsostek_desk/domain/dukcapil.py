"""Codes of the Dukcapil population lists (SIAK, OpenSID, BIP) that the importer decodes.

Pure, apart from reading the shipped code list once (``resources/kode``, with its source).
"""

from __future__ import annotations

import csv
from functools import cache

from jamsostek_desk.resources import resource_path


@cache
def pekerjaan_codes() -> dict[int, str]:
    """Dukcapil occupation code -> name (1 = BELUM/TIDAK BEKERJA … 89 = LAINNYA)."""
    with resource_path("kode/pekerjaan_dukcapil.csv").open(encoding="utf-8", newline="") as f:
        return {int(row["kode"]): row["nama"] for row in csv.DictReader(f, delimiter=";")}


# The status of a person in the population register ("status_dasar" in OpenSID, "Status" in
# SIAK): words and OpenSID's codes.
MATI = "mati"
PINDAH = "pindah"
STATUS_WORDS = {
    "mati": MATI,
    "meninggal": MATI,
    "meninggaldunia": MATI,
    "wafat": MATI,
    "pindah": PINDAH,
    "pindahkeluar": PINDAH,
    "hilang": "hilang",
    "pergi": "pergi",
    "tidakvalid": "tidak valid",
}
STATUS_CODES = {2: MATI, 3: PINDAH, 4: "hilang", 6: "pergi", 9: "tidak valid"}
