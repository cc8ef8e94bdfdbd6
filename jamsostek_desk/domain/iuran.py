"""Monthly contributions (iuran) of a participant, from dated tariff rows.

Pure: the tariffs and the minimum declared income come in as data (``store.models_tarif`` holds
them with their legal basis; ``services.iuran`` reads the ones in force at a date).

Which scheme: aparat desa are wage earners (``pu``, penerima upah), pekerja rentan are
``bpu`` (bukan penerima upah); see ``SKEMA``. Which programmes: the participant's flags
(JKK, JKM, JHT, JP); a programme without a tariff in the scheme (JP for BPU) costs nothing.

The wage a percentage is taken of (``dasar_upah``):
- BPU: the declared income, but never less than the minimum declared income in force
  (``upah_minimum_bpu``); no declared income counts as the minimum.
- PU: the recorded wage (siltap + tunjangan); without one the contribution is unknown
  (``None``): nothing is guessed.

Rounding, the same in Python and SQL: each programme's amount is rounded on its own, half up,
to whole rupiah: ``(dasar_upah * nilai + 5000) // 10000`` where ``nilai`` is hundredths of a
percent (integers only; 0,24 % of Rp3.456.789 = (3456789 * 24 + 5000) // 10000 = Rp8.296). A
fixed tariff is its ``nilai``. The monthly contribution is the sum of the programmes' amounts,
and a total over many people is the sum of their monthly contributions. In SQL with integer
columns: ``(dasar * nilai + 5000) / 10000`` (integer division truncates for non-negative
integers in SQLite and PostgreSQL), see ``services.iuran.iuran_sql``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

SKEMA = {"aparat_desa": "pu", "pekerja_rentan": "bpu"}
SKEMA_LABEL = {"pu": "Penerima Upah", "bpu": "Bukan Penerima Upah"}
PROGRAM_IURAN = ("JKK", "JKM", "JHT", "JP")
JENIS_TARIF = {"persen": "persen dari upah", "tetap": "nominal tetap"}
PERSEN_SKALA = 10_000  # nilai of a percentage tariff: 1 % = 100, 100 % = 10,000
UPAH_MINIMUM_BPU = "upah_minimum_bpu"  # the key of the minimum declared income (ketentuan)


@dataclass(frozen=True)
class TarifIuran:
    program: str  # JKK, JKM, JHT, JP
    skema: str  # bpu, pu
    jenis: str  # persen, tetap
    nilai: int  # persen: hundredths of a percent; tetap: rupiah a month
    berlaku_mulai: date
    dasar_hukum: str = ""

    def label(self) -> str:
        """ "1 %", "0,24 %", "Rp6.800" as people write them."""
        if self.jenis == "persen":
            whole, frac = divmod(self.nilai, 100)
            return f"{whole},{frac:02d}".rstrip("0").rstrip(",") + " %"
        return "Rp" + f"{self.nilai:,}".replace(",", ".")


@dataclass(frozen=True)
class Ketentuan:
    kunci: str
    nilai: int
    berlaku_mulai: date
    dasar_hukum: str = ""
    keterangan: str = ""


@dataclass(frozen=True)
class Iuran:
    """A participant's monthly contribution: per programme and in total (whole rupiah).
    ``total`` is None when it cannot be known (a wage earner without a recorded wage)."""

    skema: str
    dasar_upah: int | None
    rincian: dict[str, int] = field(default_factory=dict)
    total: int | None = 0


def persen_dari(dasar: int, nilai: int) -> int:
    """``nilai`` hundredths of a percent of ``dasar`` rupiah, rounded half up to whole rupiah."""
    return (dasar * nilai + PERSEN_SKALA // 2) // PERSEN_SKALA


def in_force(rows: Iterable[TarifIuran], pada: date) -> dict[tuple[str, str], TarifIuran]:
    """The tariff of each (skema, program) in force on a date: the latest ``berlaku_mulai``
    not after it."""
    out: dict[tuple[str, str], TarifIuran] = {}
    for r in rows:
        if r.berlaku_mulai > pada:
            continue
        key = (r.skema, r.program)
        if key not in out or out[key].berlaku_mulai < r.berlaku_mulai:
            out[key] = r
    return out


def ketentuan_pada(rows: Iterable[Ketentuan], kunci: str, pada: date) -> Ketentuan | None:
    """The figure ``kunci`` in force on a date (None: none yet)."""
    best: Ketentuan | None = None
    for r in rows:
        later = best is None or best.berlaku_mulai < r.berlaku_mulai
        if r.kunci == kunci and r.berlaku_mulai <= pada and later:
            best = r
    return best


def dasar_upah(skema: str, upah: int | None, upah_minimum_bpu: int) -> int | None:
    """The wage the percentages are taken of (see the module's docstring)."""
    if skema == "bpu":
        return max(upah or 0, upah_minimum_bpu)
    return upah


def program_peserta(jkk: bool, jkm: bool, jht: bool, jp: bool) -> tuple[str, ...]:
    """The programmes a participant's flags select, in the usual order."""
    flags = {"JKK": jkk, "JKM": jkm, "JHT": jht, "JP": jp}
    return tuple(p for p in PROGRAM_IURAN if flags[p])


def iuran_bulanan(
    kategori: str,
    upah: int | None,
    program: Iterable[str],
    tarif: dict[tuple[str, str], TarifIuran],
    upah_minimum_bpu: int,
) -> Iuran:
    """The monthly contribution of a participant with the tariffs ``tarif`` (from
    ``in_force``) and the minimum declared income in force at the same date."""
    if kategori not in SKEMA:
        raise ValueError(f"kategori {kategori!r} tidak dikenal")
    skema = SKEMA[kategori]
    dasar = dasar_upah(skema, upah, upah_minimum_bpu)
    rincian: dict[str, int] = {}
    unknown = False
    for p in program:
        t = tarif.get((skema, p))
        if t is None:
            continue
        if t.jenis == "tetap":
            rincian[p] = t.nilai
        elif dasar is None:
            unknown = True
        else:
            rincian[p] = persen_dari(dasar, t.nilai)
    return Iuran(skema, dasar, rincian, None if unknown else sum(rincian.values()))
