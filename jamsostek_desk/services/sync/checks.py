"""What an incoming segment may change, and whether its values are valid: checked on receipt.

Every incoming record passes the same rules as typed input (``domain.peserta.check_peserta``
for participants: NIK, names, dates, codes; lengths and types for every column) and the
sending office's scope:

- the root office (the Dinas whose key signs the roster) may change anything in its
  kabupaten/kota;
- another kabupaten-level office (Disnakertrans) may change participants and heirs of the
  kabupaten/kota, and only its own ``kantor`` row;
- a desa office may change only participants (and their heirs) of its own desa, both as they
  arrive and as they are stored here, and only its own ``kantor`` row;
- targets, budgets (pagu) and aparat-desa posts are set by kabupaten-level offices only, inside
  their kabupaten: targets of aparat desa and the posts by the Dinas PMD, targets of pekerja
  rentan by the Disnakertrans (the root may set both), budgets by either; an office other than
  the root changes only the rows it made. A desa office sets none of them.

Nobody changes another office's kind or area. A version more than one day ahead of this
computer's clock is refused (one wrong PC clock must not drag every office into the future).
A record that fails is set aside (``sync_ditolak``, with the office, what and why) and written
to the audit log under the sending office; the rest of the segment is applied.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Session

from jamsostek_desk.domain.clock import unpack
from jamsostek_desk.domain.codes import KATEGORI, SUMBER_DANA
from jamsostek_desk.domain.names import clean_name
from jamsostek_desk.domain.nik import mask_nik, parse_nik
from jamsostek_desk.domain.peserta import PESERTA_FIELDS, PesertaData, check_peserta
from jamsostek_desk.domain.phone import normalize_phone
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services import audit
from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync.records import (
    A_COLS,
    AP,
    AT,
    K_COLS,
    KT,
    P_COLS,
    PP,
    PT,
    REKAP_COLS,
    REKAP_TABLES,
    Row,
    by_ids,
    wins,
)
from jamsostek_desk.store.sync_models import SyncDitolak, SyncTertahan

FUTURE_MS = 24 * 3600 * 1000  # a version more than this ahead of the receiver is refused
KABUPATEN_KINDS = frozenset({"dinas_pmd", "disnakertrans"})
_DATES = frozenset(c.name for c in PT.c if c.type.python_type is date)
_BOOLS = frozenset(c.name for c in PT.c if c.type.python_type is bool)
_INTS = frozenset(
    c.name for c in PT.c if c.type.python_type is int and c.name not in ("seq", "version")
)
_DATETIMES = frozenset({"created_at", "updated_at", "deleted_at"})
_TEXT_MAX = 4000


@dataclass(frozen=True)
class Sender:
    """The office that wrote a segment, as this installation knows it (roster, not the
    segment's own claims)."""

    kantor_id: str
    nama: str
    jenis: str
    wilayah: str
    root: bool = False


@dataclass
class Gate:
    """Checks one segment's records before they are applied; collects what was set aside."""

    s: Session
    ctx: AppContext
    sender: Sender
    berkas_id: str
    segmen_id: str
    ref: WilayahRef = field(default_factory=load_wilayah)
    now_ms: int = field(default_factory=lambda: int(time.time() * 1000))
    rejected: int = 0
    _known_kantor: set[str] = field(default_factory=set)
    _today: date = field(default_factory=date.today)
    _kabupaten: str = ""

    def __post_init__(self) -> None:
        self._kabupaten = self.ctx.kabupaten_kode

    # -- scope ---------------------------------------------------------------------------
    def _may_write(self, desa_kode: object) -> bool:
        if not isinstance(desa_kode, str):
            return False
        if self.sender.jenis == "desa" and not self.sender.root:
            return desa_kode == self.sender.wilayah
        return desa_kode.startswith(self._kabupaten + ".")

    def _future(self, version: object) -> bool:
        return unpack(int(version))[0] > self.now_ms + FUTURE_MS  # type: ignore[call-overload]

    # -- kantor --------------------------------------------------------------------------
    def kantor(self, rows: list[Row]) -> list[Row]:
        ver = K_COLS.index("version")
        local = by_ids(self.s, "kantor", K_COLS, [str(r[0]) for r in rows if r])
        out: list[Row] = []
        for r in rows:
            why = _shape(r, K_COLS, KT) or self._version_problem(r[ver])
            own = r[0] == self.sender.kantor_id
            old = local.get(r[0])
            if why is None:
                why = self._kantor_rule(r, own, old)
            if why == "":
                continue  # another office's row passed along unchanged or older: nothing to do
            if why is not None:
                self.reject("kantor", r, f"Kantor {r[K_COLS.index('nama')]}", why)
                continue
            out.append(r)
            self._known_kantor.add(str(r[0]))
        return out

    def _kantor_rule(self, r: Row, own: bool, old: Row | None) -> str | None:
        jenis, wil = r[K_COLS.index("jenis")], r[K_COLS.index("wilayah_kode")]
        nama = r[K_COLS.index("nama")]
        if jenis not in ("dinas_pmd", "disnakertrans", "desa"):
            return f"jenis kantor tidak dikenal ({str(jenis)[:20]})"
        if not isinstance(nama, str) or not nama.strip():
            return "nama kantor kosong"
        region = self.ref.get(wil) if isinstance(wil, str) else None
        if region is None or region.level != (4 if jenis == "desa" else 2):
            return f"kode wilayah {str(wil)[:20]} tidak cocok dengan jenis kantor"
        if not (wil == self.ctx.kabupaten_kode or wil.startswith(self.ctx.kabupaten_kode + ".")):
            return "kantor di luar kabupaten/kota ini"
        if own:
            if (jenis, wil) != (self.sender.jenis, self.sender.wilayah):
                return "kantor pengirim mengubah jenis atau wilayahnya sendiri"
            return None
        if self.sender.root:
            return None
        if old is None:
            return None  # an office not known here yet: its row names whom records refer to
        if not wins(r, old, K_COLS.index("version")) or not _differs(r, old, K_COLS):
            return ""
        return "mengubah data kantor lain (hanya kantor itu sendiri yang boleh)"

    # -- peserta -------------------------------------------------------------------------
    def peserta(self, rows: list[Row]) -> list[Row]:
        desa = PP["desa_kode"]
        local = by_ids(self.s, "peserta", ("id", "desa_kode"), [str(r[0]) for r in rows if r])
        held = self._held_ids([str(r[0]) for r in rows if r and str(r[0]) not in local])
        out: list[Row] = []
        for r in rows:
            if r and r[0] not in local and r[0] not in held and not self._wanted_here(r[desa]):
                continue  # not this office's area and not held here: never applied here
            why = _shape(r, P_COLS, PT) or self._version_problem(r[PP["version"]])
            if why is None:
                why = self._columns_problem(r)
            if why is None and not self._may_write(r[desa]):
                why = f"peserta di luar wilayah {self.sender.nama} ({self.ref.label(r[desa])})"
            old = local.get(r[0])
            if why is None and old is not None and not self._may_write(old[1]):
                why = f"mengubah peserta di luar wilayah {self.sender.nama}"
            if why is None and not self._kantor_known(r[PP["kantor_id"]]):
                why = "kantor pencatat tidak dikenal"
            if why is None:
                why = _rules(r, self.ref, self._kabupaten, self._today)
            if why is not None:
                nama = r[PP["nama"]] if len(r) > PP["nama"] else "?"
                nik = r[PP["nik"]] if len(r) > PP["nik"] else ""
                what = f"Peserta {str(nama)[:60]} (NIK {mask_nik(str(nik))[:20]})"
                self.reject("peserta", r, what, why)
                continue
            out.append(r)
        return out

    def _wanted_here(self, desa_kode: object) -> bool:
        """Whether this office takes a new participant of that desa (as the applier does)."""
        if not isinstance(desa_kode, str):
            return True  # checked, so that it is reported
        if self.ctx.kantor_jenis == "desa":
            return desa_kode == self.ctx.wilayah_kode
        return desa_kode.startswith(self._kabupaten + ".")

    def _held_ids(self, ids: list[str]) -> set[str]:
        out: set[str] = set()
        for chunk in in_chunks(sorted(set(ids))):
            found = self.s.query(SyncTertahan.id).filter(SyncTertahan.id.in_(chunk))
            out.update(str(i) for (i,) in found)
        return out

    def _version_problem(self, version: object) -> str | None:
        if not isinstance(version, int) or isinstance(version, bool) or version < 0:
            return "versi perubahan tidak sah"
        if self._future(version):
            return "versi perubahan lebih dari 1 hari di masa depan (jam komputer pengirim salah?)"
        return None

    def _columns_problem(self, r: Row) -> str | None:
        raw = r[PP["versi_kolom"]]
        if raw is None:
            return None
        try:
            d = json.loads(raw)
            values = list(d.values()) if isinstance(d, dict) else None
        except (TypeError, ValueError):
            values = None
        if values is None or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in values
        ):
            return "versi kolom tidak sah"
        if any(v > 0 and self._future(v) for v in values):
            return "versi kolom lebih dari 1 hari di masa depan (jam komputer pengirim salah?)"
        return None

    def _kantor_known(self, kantor_id: object) -> bool:
        if not isinstance(kantor_id, str):
            return False
        if kantor_id in self._known_kantor:
            return True
        if by_ids(self.s, "kantor", ("id",), [kantor_id]):
            self._known_kantor.add(kantor_id)
            return True
        return False

    # -- targets, budgets, aparat-desa posts ---------------------------------------------
    def rekap(self, table: str, rows: list[Row]) -> list[Row]:
        """The rows of ``table`` (target, anggaran, formasi_aparat) this office takes: from an
        office entitled to set them (see the module's docstring), with valid values."""
        cols = REKAP_COLS[table]
        pos = {c: i for i, c in enumerate(cols)}
        area = "desa_kode" if table == "formasi_aparat" else "wilayah_kode"
        local = by_ids(self.s, table, cols, [str(r[0]) for r in rows if r])
        out: list[Row] = []
        for r in rows:
            if r and r[0] not in local and not self._rekap_wanted(table, r[pos[area]]):
                continue  # another desa's figure: not kept here (its own office checks it)
            why = _shape(r, cols, REKAP_TABLES[table]) or self._version_problem(r[pos["version"]])
            old = local.get(r[0])
            if why is None:
                why = self._rekap_rule(table, r, pos, old)
            if why == "":
                continue  # another office's row passed along unchanged or older
            if why is None and not self._kantor_known(r[pos["kantor_id"]]):
                why = "kantor pencatat tidak dikenal"
            if why is None:
                why = _rekap_values(table, r, pos, self.ref, self._kabupaten)
            if why is not None:
                self.reject(table, r, _rekap_what(table, r, pos, self.ref), why)
                continue
            out.append(r)
        return out

    def _rekap_wanted(self, table: str, kode: object) -> bool:
        """A desa office keeps the figures of its own desa, and the targets of the kecamatan
        and kabupaten it lies in (shown as context); a kabupaten-level office all of its
        kabupaten."""
        if not isinstance(kode, str) or self.ctx.kantor_jenis != "desa":
            return True  # a kabupaten-level office checks everything (and reports it)
        own = self.ctx.wilayah_kode
        if table == "target":
            return kode == own or (bool(kode) and own.startswith(kode + "."))
        return kode == own

    def _rekap_rule(self, table: str, r: Row, pos: dict[str, int], old: Row | None) -> str | None:
        """Whether the sender may set this row: None yes, "" skip quietly, else the reason."""
        who = self.sender
        if who.jenis not in KABUPATEN_KINDS and not who.root:
            return {
                "target": "kantor desa tidak boleh menetapkan target (target ditetapkan oleh "
                "Dinas kabupaten)",
                "anggaran": "kantor desa tidak boleh menetapkan pagu anggaran (pagu ditetapkan "
                "oleh Dinas kabupaten)",
                "formasi_aparat": "kantor desa tidak boleh menetapkan jumlah jabatan aparat "
                "desa (ditetapkan oleh Dinas PMD)",
            }[table]
        if not who.root:
            if table == "formasi_aparat" and who.jenis != "dinas_pmd":
                return "jumlah jabatan aparat desa hanya ditetapkan oleh Dinas PMD"
            if table == "target":
                kategori = r[pos["kategori"]]
                if kategori == "aparat_desa" and who.jenis != "dinas_pmd":
                    return "target aparat desa hanya ditetapkan oleh Dinas PMD"
                if kategori == "pekerja_rentan" and who.jenis != "disnakertrans":
                    return "target pekerja rentan hanya ditetapkan oleh Disnakertrans"
            mine = r[pos["kantor_id"]] == who.kantor_id
            if not mine or (old is not None and old[pos["kantor_id"]] != who.kantor_id):
                if old is not None and (
                    not wins(r, old, pos["version"]) or not _differs(r, old, REKAP_COLS[table])
                ):
                    return ""
                return "mengubah data yang ditetapkan kantor lain (hanya kantor itu sendiri " + (
                    "atau Dinas PMD yang boleh)"
                )
        return None

    # -- ahli waris ----------------------------------------------------------------------
    def ahli_waris(self, rows: list[Row], people: list[Row]) -> list[Row]:
        pid = AP["peserta_id"]
        desa_of = {str(p[0]): p[PP["desa_kode"]] for p in people}
        wanted = sorted({str(r[pid]) for r in rows if r and str(r[pid]) not in desa_of})
        for k, v in by_ids(self.s, "peserta", ("id", "desa_kode"), wanted).items():
            desa_of[k] = v[1]
        held = self._held_ids([w for w in wanted if w not in desa_of])
        out: list[Row] = []
        for r in rows:
            if r and r[pid] not in desa_of and r[pid] not in held:
                continue  # the participant is not here (nor held): never applied here
            why = _shape(r, A_COLS, AT) or self._version_problem(r[AP["version"]])
            if why is None and r[pid] in desa_of and not self._may_write(desa_of[r[pid]]):
                why = f"ahli waris peserta di luar wilayah {self.sender.nama}"
            if why is None and not self._kantor_known(r[AP["kantor_id"]]):
                why = "kantor pencatat tidak dikenal"
            if why is None:
                why = _heir_rules(r, self.ref)
            if why is not None:
                nama = r[AP["nama"]] if len(r) > AP["nama"] else "?"
                self.reject("ahli_waris", r, f"Ahli waris {str(nama)[:60]}", why)
                continue
            out.append(r)
        return out

    # -- setting aside -------------------------------------------------------------------
    def reject(self, entitas: str, r: Row | None, what: str, why: str) -> None:
        """Set a record aside (once per segment and record) and note it in the audit log
        under the sending office."""
        rid = str(r[0])[:64] if r else ""
        # once per record and reason from the same office: a record that comes again with
        # every later segment (another office's row passed along) is not reported again
        seen = (
            self.s.query(SyncDitolak)
            .filter(
                SyncDitolak.kantor_id == self.sender.kantor_id[:36],
                SyncDitolak.entitas == entitas,
                SyncDitolak.entitas_id == rid,
                SyncDitolak.apa == what,
                SyncDitolak.alasan == why,
            )
            .first()
        )
        if seen is not None and entitas != "segmen":
            return
        self.rejected += 1
        self.s.add(
            SyncDitolak(
                berkas_id=self.berkas_id,
                segmen_id=self.segmen_id,
                kantor_id=self.sender.kantor_id[:36],
                kantor_nama=self.sender.nama[:200],
                entitas=entitas,
                entitas_id=rid,
                apa=what,
                alasan=why,
            )
        )
        known = self._kantor_known(self.sender.kantor_id)
        sender = replace(
            self.ctx,
            kantor_id=self.sender.kantor_id if known else self.ctx.kantor_id,
            operator_nama=f"{self.sender.nama} (sinkronisasi)"[:120],
        )
        change = audit.changes_text({"ditolak": ("", f"{what}: {why}")})
        audit.record_many(self.s, sender, [(entitas, rid[:36], "ditolak_sinkron", change)])


_TECHNICAL = frozenset({"version", "updated_at", "versi_kolom"})


def _differs(a: Row, b: Row, cols: tuple[str, ...]) -> bool:
    """Whether two copies of a record differ in anything but their bookkeeping columns."""
    return any(x != y for c, x, y in zip(cols, a, b, strict=True) if c not in _TECHNICAL)


_SPECS: dict[str, list[tuple[str, str, int, bool]]] = {}


def _spec(cols: tuple[str, ...], table: Any) -> list[tuple[str, str, int, bool]]:
    """Per column: (name, kind, length limit, may be null), worked out once per table."""
    out = _SPECS.get(table.name)
    if out is None:
        out = []
        for c in cols:
            col, kind = table.c[c], table.c[c].type
            py = kind.python_type
            if c in _DATETIMES:
                k = "datetime"
            elif c in _DATES or py is date:
                k = "date"
            elif c in _BOOLS or py is bool:
                k = "bool"
            elif c == "version" or c in _INTS or py is int:
                k = "int"
            else:
                k = "text"
            limit = kind.length if isinstance(kind, String) and kind.length else _TEXT_MAX
            nullable = c not in ("id", "version") and (col.nullable or c == "versi_kolom")
            out.append((c, k, limit, nullable))
        _SPECS[table.name] = out
    return out


def _shape(r: Row, cols: tuple[str, ...], table: Any) -> str | None:
    """Types and lengths of every column, as the database would hold them."""
    if len(r) != len(cols):
        return "susunan kolom tidak sah"
    if not isinstance(r[0], str) or not 8 <= len(r[0]) <= 36:
        return "id tidak sah"
    for (c, k, limit, nullable), v in zip(_spec(cols, table), r, strict=True):
        if v is None:
            if not nullable:
                return f"kolom {c} kosong"
        elif k == "text":
            if type(v) is not str:
                return f"kolom {c} bukan teks"
            if len(v) > limit:
                return f"kolom {c} terlalu panjang ({len(v)} karakter, paling banyak {limit})"
        elif k == "int":
            if type(v) is not int:
                return f"kolom {c} bukan bilangan bulat"
        elif k == "bool":
            if type(v) is not int or v not in (0, 1):
                return f"kolom {c} bukan ya/tidak"
        else:
            try:
                if type(v) is not str:
                    raise ValueError
                (datetime if k == "datetime" else date).fromisoformat(v)
            except ValueError:
                return f"kolom {c} bukan tanggal"
    return None


def _rules(r: Row, ref: WilayahRef, kabupaten: str, today: date) -> str | None:
    """The participant rules of typed input (errors only; the values are not changed)."""
    values: dict[str, Any] = {}
    for f in PESERTA_FIELDS:
        v = r[PP[f]]
        if f in _DATES and v is not None:
            v = date.fromisoformat(v)
        elif f in _BOOLS:
            v = bool(v)
        elif v is None and f != "nonaktif_alasan" and f not in _INTS:
            v = "" if f not in _DATES else None
        values[f] = v
    checked = check_peserta(PesertaData(**values), ref, kabupaten, today, in_place=True)
    if checked.ok and "".join(str(r[PP["nik"]]).split()) == checked.data.nik:
        return None
    if checked.ok:
        return "NIK tidak dalam bentuk bakunya (16 angka)"
    return "; ".join(f"{k}: {v}" for k, v in list(checked.errors.items())[:3])


def _rekap_what(table: str, r: Row, pos: dict[str, int], ref: WilayahRef) -> str:
    """How a target, pagu or posts row is named in the list of refused records."""

    def get(c: str) -> str:
        return str(r[pos[c]])[:40] if r and len(r) > pos[c] else "?"

    if table == "target":
        kat = KATEGORI.get(get("kategori"), get("kategori"))
        return f"Target {get('tahun')} {kat} {ref.label(get('wilayah_kode'))}: {get('jumlah')}"
    if table == "anggaran":
        sumber = SUMBER_DANA.get(get("sumber_dana"), get("sumber_dana"))
        return f"Pagu {get('tahun')} {sumber}: Rp {get('pagu')}"
    return f"Jabatan aparat desa {ref.label(get('desa_kode'))}: {get('jumlah')}"


def _rekap_values(
    table: str, r: Row, pos: dict[str, int], ref: WilayahRef, kabupaten: str
) -> str | None:
    """The rules of typed input for a target, a pagu or a desa's posts."""
    if table in ("target", "anggaran") and not 2000 <= r[pos["tahun"]] <= 2100:
        return f"tahun {r[pos['tahun']]} tidak masuk akal (2000–2100)"
    if table == "target" and r[pos["kategori"]] not in KATEGORI:
        return f"kategori {str(r[pos['kategori']])[:20]} tidak dikenal"
    if table == "anggaran" and r[pos["sumber_dana"]] not in SUMBER_DANA:
        return f"sumber dana {str(r[pos['sumber_dana']])[:20]} tidak dikenal"
    amount = r[pos["pagu" if table == "anggaran" else "jumlah"]]
    if amount < 0 or (table == "formasi_aparat" and amount > 200):
        return f"jumlah {amount} tidak masuk akal"
    if table == "formasi_aparat" and r[pos["asal"]] not in ("isian", "impor", "bawaan"):
        return "asal jumlah jabatan tidak dikenal"
    kode = r[pos["desa_kode" if table == "formasi_aparat" else "wilayah_kode"]]
    if table == "anggaran" and kode == "":
        return None  # the whole area of the office that set it
    region = ref.get(kode)
    if region is None:
        return f"kode wilayah {kode} tidak ada di daftar Kemendagri"
    if not (kode == kabupaten or kode.startswith(kabupaten + ".")):
        return f"wilayah {kode} ({region.nama}) di luar kabupaten/kota ini"
    if table == "formasi_aparat" and (region.level != 4 or region.is_kelurahan):
        return f"{kode} bukan desa (kelurahan tidak punya aparat desa)"
    return None


def _heir_rules(r: Row, ref: WilayahRef) -> str | None:
    if not clean_name(r[AP["nama"]] or ""):
        return "nama ahli waris kosong"
    if not " ".join((r[AP["hubungan"]] or "").split()):
        return "hubungan ahli waris kosong"
    nik = r[AP["nik"]] or ""
    if nik.strip():
        info = parse_nik(nik, ref)
        if info.errors:
            return f"NIK ahli waris: {info.errors[0].message}"
        if info.nik != nik:
            return "NIK ahli waris tidak dalam bentuk bakunya (16 angka)"
    try:
        normalize_phone(r[AP["no_hp"]] or "")
    except ValueError as e:
        return f"No. HP ahli waris: {e}"
    return None
