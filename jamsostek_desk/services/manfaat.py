"""Benefits (manfaat): JKK and JKM cases, their recipients and components, and the benefit table.

Amounts come from the table ``tarif_manfaat`` (rows with an effective date, defaults from
PP 82/2019) and are copied into the case when it is recorded, so a later change of regulation
never changes what was already handed over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.codes import HUBUNGAN_AHLI_WARIS
from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.iuran import SKEMA, UPAH_MINIMUM_BPU, dasar_upah, ketentuan_pada
from jamsostek_desk.domain.manfaat import (
    CACAT_TOTAL,
    JENIS_KASUS,
    JENJANG,
    RUMUS,
    SESUAI_TAGIHAN,
    AturanManfaat,
    Hitungan,
    hitung,
    tahun_penuh,
)
from jamsostek_desk.domain.money import format_rupiah
from jamsostek_desk.domain.names import clean_name
from jamsostek_desk.domain.nik import parse_nik
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_admin, require_writer
from jamsostek_desk.services.common.batching import select_in
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.iuran import all_ketentuan
from jamsostek_desk.services.peserta import deactivate_in
from jamsostek_desk.store.models import AhliWaris, Peserta, utcnow
from jamsostek_desk.store.models_cetak import (
    Manfaat,
    ManfaatKomponen,
    ManfaatPenerima,
    TarifManfaat,
)
from jamsostek_desk.store.settings import stamp

PROGRAM_MANFAAT = {"JKM": "Jaminan Kematian", "JKK": "Jaminan Kecelakaan Kerja"}
STATUS_MANFAAT = {"diajukan": "Diajukan", "dibayar": "Dibayar", "diserahkan": "Diserahkan"}


@dataclass
class Komponen:
    kode: str
    nama: str
    jumlah: int


@dataclass
class Penerima:
    nama: str
    hubungan: str = ""
    nik: str = ""
    ahli_waris_id: str | None = None
    alamat: str = ""  # the recipient's own address (default: the participant's)


@dataclass
class ManfaatData:
    peserta_id: str
    program: str
    tanggal_kejadian: date
    keterangan: str = ""
    penerima: list[Penerima] = field(default_factory=list)
    komponen: list[Komponen] = field(default_factory=list)
    status: str = "diajukan"
    bank_nama: str = ""
    bank_rekening: str = ""
    bank_atas_nama: str = ""
    acara_id: str | None = None
    jenis: str = ""  # domain.manfaat.JENIS_KASUS; "" = the programme's death case
    upah: int | None = None  # the wage to compute from; None = the participant's recorded one
    anak: list[str] = field(default_factory=list)  # school level per child for a scholarship
    # Why the components differ from the rules (an override); kept in the audit trail only
    alasan_ubah: str = ""

    @property
    def jumlah(self) -> int:
        return sum(k.jumlah for k in self.komponen)


@dataclass(frozen=True)
class ManfaatRow:
    id: str
    peserta_id: str
    peserta_nama: str
    peserta_nik: str
    program: str
    tanggal_kejadian: date
    status: str
    jumlah: int
    penerima: str
    acara_id: str | None


def _aturan(r: TarifManfaat) -> AturanManfaat:
    return AturanManfaat(
        program=r.program,
        jenis=r.jenis,
        kode=r.kode,
        nama=r.nama,
        rumus=r.rumus,
        jumlah=r.jumlah,
        faktor=r.faktor,
        minimum=r.minimum,
        jenjang=r.jenjang,
        maks_tahun=r.maks_tahun,
        maks_anak=r.maks_anak,
        min_tahun_iuran=r.min_tahun_iuran,
        berlaku_mulai=r.berlaku_mulai,
        dasar_hukum=r.dasar_hukum,
        urutan=r.urutan,
    )


def _all_rules(s: Session) -> list[AturanManfaat]:
    rows = s.execute(
        select(TarifManfaat).order_by(
            TarifManfaat.program.desc(),
            TarifManfaat.jenis,
            TarifManfaat.urutan,
            TarifManfaat.kode,
            TarifManfaat.berlaku_mulai,
        )
    ).scalars()
    return [_aturan(r) for r in rows]


def tarif_list(ctx: AppContext) -> list[AturanManfaat]:
    """Every benefit rule, in force or not (the benefit table and ``manfaat tarif``): by kind
    of case (JKM first), then in the order of the letter, each component's rows by date."""
    kinds = {k: i for i, k in enumerate(JENIS_KASUS)}
    with ctx.db.session() as s:
        rows = _all_rules(s)
    return sorted(rows, key=lambda r: (kinds.get(r.jenis, len(kinds)), r.urutan, r.kode))


def add_tarif(ctx: AppContext, row: AturanManfaat) -> None:
    """A new rule, or a new amount of a component, from a date on (earlier cases keep theirs).

    A component with a new ``kode`` is a new component of its kind of case."""
    require_admin(ctx, "mengubah tabel manfaat")
    errors: dict[str, str] = {}
    if row.jenis not in JENIS_KASUS:
        errors["jenis"] = "Pilih jenis kasus: JKM, JKK meninggal, JKK cacat atau JKK STMB."
    elif row.program != JENIS_KASUS[row.jenis][0]:
        errors["program"] = f"Jenis kasus ini termasuk program {JENIS_KASUS[row.jenis][0]}."
    if row.rumus not in RUMUS:
        errors["rumus"] = "Pilih rumus: tetap, kali upah, persen upah atau beasiswa."
    if not row.kode.strip() or not row.nama.strip():
        errors["nama"] = "Kode dan nama komponen wajib diisi."
    if min(row.jumlah, row.faktor, row.minimum, row.maks_tahun, row.maks_anak) < 0:
        errors["jumlah"] = "Jumlah dan batas tidak boleh negatif."
    if row.min_tahun_iuran < 0:
        errors["min_tahun_iuran"] = "Masa iuran tidak boleh negatif."
    if row.rumus in ("tetap", "beasiswa") and row.jumlah <= 0:
        errors["jumlah"] = "Isi jumlah dalam rupiah."
    if row.rumus in ("kali_upah", "persen_upah") and row.faktor <= 0:
        errors["faktor"] = "Isi faktor pengali upah."
    if row.rumus == "beasiswa" and (row.jenjang not in JENJANG or row.maks_tahun <= 0):
        errors["jenjang"] = "Beasiswa perlu jenjang (tk, sd, smp, sma, kuliah) dan lama tahun."
    if not row.dasar_hukum.strip():
        errors["dasar_hukum"] = "Isi dasar hukum aturan (mis. PP 82/2019)."
    if errors:
        raise ValidationError(errors)
    with ctx.db.session() as s:
        exists = s.execute(
            select(TarifManfaat.id).where(
                TarifManfaat.program == row.program,
                TarifManfaat.kode == row.kode.strip(),
                TarifManfaat.berlaku_mulai == row.berlaku_mulai,
            )
        ).first()
        if exists:
            raise ValidationError(
                {
                    "berlaku_mulai": f"Komponen {row.nama} sudah punya aturan yang berlaku mulai "
                    f"{format_tanggal(row.berlaku_mulai)}."
                }
            )
        urutan = row.urutan
        if not urutan:
            same = s.execute(
                select(TarifManfaat.urutan).where(
                    TarifManfaat.program == row.program, TarifManfaat.kode == row.kode.strip()
                )
            ).first()
            top = s.execute(select(func.max(TarifManfaat.urutan))).scalar()
            urutan = same[0] if same else int(top or 0) + 1
        s.add(
            TarifManfaat(
                program=row.program,
                jenis=row.jenis,
                kode=row.kode.strip(),
                nama=row.nama.strip(),
                rumus=row.rumus,
                jumlah=row.jumlah,
                faktor=row.faktor,
                minimum=row.minimum,
                jenjang=row.jenjang,
                maks_tahun=row.maks_tahun,
                maks_anak=row.maks_anak,
                min_tahun_iuran=row.min_tahun_iuran,
                urutan=urutan,
                per_anak=row.rumus == "beasiswa",
                berlaku_mulai=row.berlaku_mulai,
                dasar_hukum=row.dasar_hukum.strip(),
            )
        )
        audit.record(
            s,
            ctx,
            "tarif_manfaat",
            "",
            "buat",
            {
                row.kode: (
                    None,
                    f"{row.nama}: {row.uraian()} mulai {format_tanggal(row.berlaku_mulai)} "
                    f"({row.dasar_hukum.strip()})",
                )
            },
        )


def jenis_of(program: str, jenis: str = "") -> str:
    """The kind of case (``JENIS_KASUS``): given, or the death case of the programme."""
    if jenis:
        return jenis
    return "jkm" if program == "JKM" else "jkk-meninggal"


@dataclass(frozen=True)
class Perhitungan:
    """A case computed from the rules: what the CLI prints and the window fills in."""

    jenis: str
    tanggal: date
    upah: int | None
    masa_iuran: int  # full years of membership at the event date
    hitungan: Hitungan


def _upah_for(s: Session, p: Peserta, upah: int | None, pada: date) -> int | None:
    """The wage a case is computed from: given, else the recorded one (for pekerja rentan at
    least the minimum declared income in force, as for the contribution)."""
    if upah is not None:
        return upah
    found = ketentuan_pada(all_ketentuan(s), UPAH_MINIMUM_BPU, pada)
    return dasar_upah(SKEMA.get(p.kategori, "pu"), p.upah, found.nilai if found else 0)


def hitung_manfaat(
    ctx: AppContext,
    peserta_id: str,
    jenis: str,
    pada: date,
    upah: int | None = None,
    anak: list[str] | tuple[str, ...] = (),
    persen_cacat: int = CACAT_TOTAL,
) -> Perhitungan:
    """The components of a case by the rules in force on the event date."""
    with ctx.db.session() as s:
        p = s.get(Peserta, peserta_id)
        if p is None or p.deleted_at is not None:
            raise UserError("Peserta tidak ditemukan atau sudah dihapus.")
        return _perhitungan(s, p, jenis, pada, upah, list(anak), persen_cacat)


def komponen_aturan(
    ctx: AppContext,
    peserta_id: str,
    jenis: str,
    pada: date,
    anak: list[str] | tuple[str, ...] = (),
    upah: int | None = None,
) -> list[Komponen]:
    """The components a case gets by the rules (what the window fills in)."""
    h = hitung_manfaat(ctx, peserta_id, jenis, pada, upah, anak).hitungan
    return [Komponen(k.kode, k.nama, k.jumlah) for k in h.komponen]


def _perhitungan(
    s: Session,
    p: Peserta,
    jenis: str,
    pada: date,
    upah: int | None,
    anak: list[str],
    persen_cacat: int = CACAT_TOTAL,
) -> Perhitungan:
    if jenis not in JENIS_KASUS:
        raise UserError(f"Jenis kasus {jenis!r} tidak dikenal: pilih {', '.join(JENIS_KASUS)}.")
    if not 0 < persen_cacat <= 100:
        raise UserError("Persen cacat harus antara 1 dan 100.")
    used = _upah_for(s, p, upah, pada)
    try:
        h = hitung(_all_rules(s), jenis, pada, used, anak, p.mulai_kepesertaan, persen_cacat)
    except ValueError as e:
        raise UserError(str(e)) from e
    return Perhitungan(jenis, pada, used, tahun_penuh(p.mulai_kepesertaan, pada), h)


def alamat_peserta(ctx: AppContext, peserta_id: str) -> str:
    """A participant's address as a letter writes it (street, RT/RW, desa, kecamatan): the
    default address of each recipient of the participant's benefit."""
    ref = load_wilayah()
    with ctx.db.session() as s:
        p = s.get(Peserta, peserta_id)
        if p is None:
            return ""
        rtrw = f"RT {p.rt or '-'}/RW {p.rw or '-'}" if p.rt or p.rw else ""
        return ", ".join(x for x in (p.alamat, rtrw, ref.label(p.desa_kode)) if x)


def heirs_as_recipients(ctx: AppContext, peserta_id: str) -> list[Penerima]:
    with ctx.db.session() as s:
        rows = s.execute(
            select(AhliWaris)
            .where(AhliWaris.peserta_id == peserta_id, AhliWaris.deleted_at.is_(None))
            .order_by(AhliWaris.created_at)
        ).scalars()
        return [Penerima(a.nama, a.hubungan, a.nik, a.id) for a in rows]


def hubungan_label(text: str) -> str:
    """A recipient's relation as written everywhere: "anak" and "ANAK" are "Anak", spelled as
    the relations copied from the ahli waris; empty is the participant himself ("Peserta")."""
    text = " ".join(text.split())
    if not text:
        return "Peserta"
    known = {h.lower(): h for h in (*HUBUNGAN_AHLI_WARIS, "Peserta")}
    return known.get(text.lower(), text[:1].upper() + text[1:])


def _penerima_nik(r: Penerima, today: date) -> str:
    """The NIK rules (as for participants) for a recipient's NIK; "" when it passes."""
    info = parse_nik(r.nik, load_wilayah(), today)
    if info.errors:
        return f"NIK penerima {r.nama}: {info.errors[0].message}"
    return ""


def _selisih(komponen: list[Komponen], h: Hitungan) -> list[str]:
    """How the components differ from the rules, in words (empty: they follow the rules)."""
    expected = [(k.kode, k.jumlah) for k in h.komponen]
    names = {k.kode: k.nama for k in h.komponen}
    out: list[str] = []
    for k in komponen:
        if (k.kode, k.jumlah) in expected:
            expected.remove((k.kode, k.jumlah))
            continue
        refused = next((d for d in h.ditolak if d.nama == k.nama or d.kode == k.kode), None)
        rule = next((e for e in h.komponen if e.kode == k.kode), None)
        if refused is not None and rule is None:
            out.append(f"{k.nama} ditolak: {refused.alasan}")
        elif rule is not None:
            expected = [e for e in expected if e[0] != k.kode or e[1] != rule.jumlah]
            out.append(
                f"{k.nama} {format_rupiah(k.jumlah)}, menurut aturan {format_rupiah(rule.jumlah)}"
            )
        else:
            out.append(f"{k.nama} {format_rupiah(k.jumlah)} tidak ada dalam aturan")
    out += [
        f"{names[kode]} ({format_rupiah(j)}) menurut aturan tidak diisi" for kode, j in expected
    ]
    return out


def _check(s: Session, data: ManfaatData, today: date) -> tuple[Peserta, list[str]]:
    """The participant and how the components depart from the rules (allowed only with a
    reason); ValidationError with every wrong field."""
    errors: dict[str, str] = {}
    p = s.get(Peserta, data.peserta_id)
    if p is None or p.deleted_at is not None:
        raise UserError("Peserta tidak ditemukan atau sudah dihapus.")
    if data.program not in PROGRAM_MANFAAT:
        errors["program"] = "Program manfaat harus JKK atau JKM."
    data.jenis = jenis_of(data.program, data.jenis)
    if data.jenis not in JENIS_KASUS or JENIS_KASUS[data.jenis][0] != data.program:
        errors["jenis"] = f"Jenis kasus tidak sesuai program {data.program}."
    data.anak = [a.strip().lower() for a in data.anak if a.strip()]
    if any(a not in JENJANG for a in data.anak):
        errors["anak"] = f"Jenjang sekolah anak: {', '.join(JENJANG)}."
    if data.upah is not None and data.upah < 0:
        errors["upah"] = "Upah tidak boleh negatif."
    if data.tanggal_kejadian > today:
        errors["tanggal_kejadian"] = "Tanggal kejadian tidak boleh di masa depan."
    if data.status not in STATUS_MANFAAT:
        errors["status"] = "Status harus diajukan, dibayar atau diserahkan."
    data.penerima = [
        Penerima(
            clean_name(r.nama),
            hubungan_label(r.hubungan),
            "".join(r.nik.split()),
            r.ahli_waris_id,
            " ".join(r.alamat.split()),
        )
        for r in data.penerima
        if r.nama.strip()
    ]
    if not data.penerima:
        errors["penerima"] = "Isi paling sedikit satu penerima manfaat."
    problems = [_penerima_nik(r, today) for r in data.penerima if r.nik]
    if any(problems):
        errors["penerima"] = " ".join(m for m in problems if m)
    if not data.komponen:
        errors["komponen"] = "Isi paling sedikit satu komponen manfaat."
    for k in data.komponen:
        if isinstance(k.jumlah, bool) or not isinstance(k.jumlah, int) or k.jumlah < 0:
            errors["komponen"] = f"Jumlah {k.nama} harus rupiah bulat, tidak negatif."
    if data.komponen and data.jumlah <= 0:
        errors["komponen"] = "Jumlah manfaat harus lebih dari Rp0."
    rekening = "".join(data.bank_rekening.split())
    if rekening and not rekening.replace("-", "").isdigit():
        errors["bank_rekening"] = "Nomor rekening hanya berisi angka."
    if rekening and not data.bank_nama.strip():
        errors["bank_nama"] = "Isi nama bank untuk nomor rekening ini."
    selisih: list[str] = []
    if not errors:
        try:
            h = _perhitungan(s, p, data.jenis, data.tanggal_kejadian, data.upah, data.anak)
        except UserError as e:
            errors["komponen"] = e.message
        else:
            if data.jenis not in SESUAI_TAGIHAN:
                selisih = _selisih(data.komponen, h.hitungan)
        if selisih and not data.alasan_ubah.strip():
            errors["komponen"] = (
                "Rincian tidak sesuai aturan manfaat: "
                + "; ".join(selisih)
                + ". Perbaiki rinciannya, atau isi alasan perubahan manual."
            )
    if errors:
        raise ValidationError(errors)
    return p, selisih


def save_manfaat(
    ctx: AppContext, data: ManfaatData, manfaat_id: str | None = None, today: date | None = None
) -> str:
    """Record a new case or replace an existing one's details, in one transaction.

    A JKM case records a death: a participant not yet nonaktif becomes nonaktif as meninggal
    dunia on the event date, in the same transaction (audited like any deactivation); see
    ``records_death`` for the message the window shows.
    """
    require_writer(ctx, "mencatat manfaat")
    with ctx.db.session() as s:
        p, selisih = _check(s, data, today or date.today())
        before = s.get(Manfaat, manfaat_id) if manfaat_id else None
        if _records_death(data, before, p):
            deactivate_in(
                s, ctx, p, "meninggal", data.tanggal_kejadian, f"Kasus {data.program} dicatat"
            )
        version = stamp(s)
        if manfaat_id is None:
            m = Manfaat(kantor_id=ctx.kantor_id, peserta_id=data.peserta_id, version=version)
            s.add(m)
            action = "buat"
        else:
            found = s.get(Manfaat, manfaat_id)
            if found is None or found.deleted_at is not None:
                raise UserError("Data manfaat tidak ditemukan.")
            m = found
            m.version = version
            m.updated_at = utcnow()
            action = "ubah"
            for old in s.execute(
                select(ManfaatKomponen).where(ManfaatKomponen.manfaat_id == m.id)
            ).scalars():
                s.delete(old)
            for old_p in s.execute(
                select(ManfaatPenerima).where(ManfaatPenerima.manfaat_id == m.id)
            ).scalars():
                s.delete(old_p)
        m.program = data.program
        m.jenis = data.jenis
        m.upah = data.upah
        m.anak = ",".join(data.anak)
        m.tanggal_kejadian = data.tanggal_kejadian
        m.keterangan = data.keterangan.strip()
        m.status = data.status
        m.bank_nama = data.bank_nama.strip()
        m.bank_rekening = "".join(data.bank_rekening.split())
        m.bank_atas_nama = data.bank_atas_nama.strip()
        m.acara_id = data.acara_id
        m.jumlah = data.jumlah
        s.flush()
        for i, k in enumerate(data.komponen):
            s.add(
                ManfaatKomponen(
                    manfaat_id=m.id, urutan=i, kode=k.kode, nama=k.nama, jumlah=k.jumlah
                )
            )
        for i, r in enumerate(data.penerima):
            s.add(
                ManfaatPenerima(
                    manfaat_id=m.id,
                    urutan=i,
                    nama=r.nama,
                    hubungan=r.hubungan,
                    nik=r.nik,
                    alamat=r.alamat,
                    ahli_waris_id=r.ahli_waris_id,
                )
            )
        changes: dict[str, tuple[object, object]] = {
            "program": (None, m.program),
            "jumlah": (None, format_rupiah(m.jumlah)),
        }
        if selisih:  # an override of the rules: why, and what differs (never on the letter)
            changes["alasan_ubah"] = (None, data.alasan_ubah.strip())
            changes["selisih_aturan"] = (None, "; ".join(selisih))
        audit.record(s, ctx, "manfaat", m.id, action, changes)
        return m.id


DEATHS = ("jkm", "jkk-meninggal")


def _records_death(data: ManfaatData, before: Manfaat | None, p: Peserta | None) -> bool:
    """A new death case (JKM, or JKK meninggal), or a case changed to one, of a participant who
    is not yet nonaktif. Editing a death case again leaves the participant alone (the office
    may have reactivated a participant recorded by mistake)."""
    was_death = before is not None and jenis_of(before.program, before.jenis) in DEATHS
    is_death = jenis_of(data.program, data.jenis) in DEATHS
    return is_death and not was_death and p is not None and p.status != "nonaktif"


def records_death(ctx: AppContext, data: ManfaatData, manfaat_id: str | None = None) -> str:
    """What saving this case will do to the participant, in words for the window ("" when
    nothing): a JKM case makes a participant who is not nonaktif nonaktif (meninggal)."""
    with ctx.db.session() as s:
        p = s.get(Peserta, data.peserta_id)
        if p is None or not _records_death(
            data, s.get(Manfaat, manfaat_id) if manfaat_id else None, p
        ):
            return ""
        return (
            f"{p.nama} dicatat meninggal dunia: status kepesertaan menjadi nonaktif sejak "
            f"{format_tanggal(data.tanggal_kejadian)}."
        )


def get_manfaat(ctx: AppContext, manfaat_id: str) -> ManfaatData:
    with ctx.db.session() as s:
        m = s.get(Manfaat, manfaat_id)
        if m is None or m.deleted_at is not None:
            raise UserError("Data manfaat tidak ditemukan.")
        komponen = s.execute(
            select(ManfaatKomponen)
            .where(ManfaatKomponen.manfaat_id == m.id)
            .order_by(ManfaatKomponen.urutan)
        ).scalars()
        penerima = s.execute(
            select(ManfaatPenerima)
            .where(ManfaatPenerima.manfaat_id == m.id)
            .order_by(ManfaatPenerima.urutan)
        ).scalars()
        return ManfaatData(
            peserta_id=m.peserta_id,
            program=m.program,
            tanggal_kejadian=m.tanggal_kejadian,
            keterangan=m.keterangan,
            penerima=[
                Penerima(r.nama, r.hubungan, r.nik, r.ahli_waris_id, r.alamat) for r in penerima
            ],
            komponen=[Komponen(k.kode, k.nama, k.jumlah) for k in komponen],
            status=m.status,
            bank_nama=m.bank_nama,
            bank_rekening=m.bank_rekening,
            bank_atas_nama=m.bank_atas_nama,
            acara_id=m.acara_id,
            jenis=jenis_of(m.program, m.jenis),
            upah=m.upah,
            anak=[a for a in m.anak.split(",") if a],
        )


def set_status(ctx: AppContext, manfaat_id: str, status: str) -> None:
    require_writer(ctx, "mengubah status manfaat")
    if status not in STATUS_MANFAAT:
        raise UserError(f"Status manfaat {status!r} tidak dikenal.")
    with ctx.db.session() as s:
        m = s.get(Manfaat, manfaat_id)
        if m is None or m.deleted_at is not None:
            raise UserError("Data manfaat tidak ditemukan.")
        old = m.status
        m.status = status
        m.version = stamp(s)
        m.updated_at = utcnow()
        audit.record(s, ctx, "manfaat", m.id, "status", {"status": (old, status)})


def list_manfaat(
    ctx: AppContext, status: str = "", acara_id: str | None = None, search: str = ""
) -> list[ManfaatRow]:
    P = Peserta.__table__
    q = (
        select(Manfaat, P.c.nama, P.c.nik)
        .join(P, P.c.id == Manfaat.peserta_id)
        .where(Manfaat.deleted_at.is_(None))
    )
    if status:
        q = q.where(Manfaat.status == status)
    if acara_id:
        q = q.where(Manfaat.acara_id == acara_id)
    if search.strip():
        q = q.where(P.c.nama.ilike(f"%{search.strip()}%"))
    with ctx.db.session() as s:
        rows = s.execute(q.order_by(Manfaat.tanggal_kejadian.desc(), P.c.nama)).all()
        names: dict[str, list[str]] = {}
        ids = [m.id for m, _n, _k in rows]
        for mid, nama in select_in(
            s,
            lambda part: (
                select(ManfaatPenerima.manfaat_id, ManfaatPenerima.nama)
                .where(ManfaatPenerima.manfaat_id.in_(part))
                .order_by(ManfaatPenerima.urutan)
            ),
            ids,
        ):
            names.setdefault(mid, []).append(nama)
        return [
            ManfaatRow(
                id=m.id,
                peserta_id=m.peserta_id,
                peserta_nama=nama,
                peserta_nik=nik,
                program=m.program,
                tanggal_kejadian=m.tanggal_kejadian,
                status=m.status,
                jumlah=m.jumlah,
                penerima=", ".join(names.get(m.id, [])),
                acara_id=m.acara_id,
            )
            for m, nama, nik in rows
        ]
