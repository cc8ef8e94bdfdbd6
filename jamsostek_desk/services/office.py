"""Setting up this installation's office and its operators."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from jamsostek_desk.domain.codes import JENIS_KANTOR
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.names import clean_name, clean_official_name
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah, normalize_kode
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import ADMIN, OPERATOR, PERAN, require_admin
from jamsostek_desk.services.context import AppContext, load_context
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Kantor, Operator, Peserta, utcnow
from jamsostek_desk.store.settings import (
    CURRENT_OPERATOR,
    LOCAL_OFFICE,
    get_setting,
    set_setting,
    stamp,
)

MAX_NAMA_OPERATOR = 120


@dataclass
class OfficeData:
    jenis: str = ""
    wilayah_kode: str = ""
    nama: str = ""
    alamat: str = ""
    telepon: str = ""
    email: str = ""
    kepala_nama: str = ""
    kepala_nip: str = ""
    kepala_jabatan: str = ""


OFFICE_FIELDS = tuple(f.name for f in fields(OfficeData))


def check_office(data: OfficeData, ref: WilayahRef | None = None) -> OfficeData:
    """Clean and validate office data; ValidationError names each wrong field."""
    ref = ref or load_wilayah()
    d = OfficeData(**vars(data))
    errors: dict[str, str] = {}
    if d.jenis not in JENIS_KANTOR:
        errors["jenis"] = "Jenis kantor harus Dinas PMD, Disnakertrans atau Kantor Desa."
    try:
        d.wilayah_kode = normalize_kode(d.wilayah_kode) if d.wilayah_kode else ""
    except ValueError as e:
        errors["wilayah_kode"] = str(e)
    region = ref.get(d.wilayah_kode) if d.wilayah_kode else None
    if "wilayah_kode" not in errors:
        want = 4 if d.jenis == "desa" else 2
        if not d.wilayah_kode:
            errors["wilayah_kode"] = (
                "Pilih desa kantor." if want == 4 else "Pilih kabupaten/kota kantor."
            )
        elif region is None:
            errors["wilayah_kode"] = (
                f"Kode wilayah {d.wilayah_kode} tidak ada di daftar Kemendagri."
            )
        elif region.level != want:
            errors["wilayah_kode"] = (
                f"Kantor desa memerlukan kode desa (contoh 63.03.04.2009), bukan {d.wilayah_kode}."
                if want == 4
                else f"Dinas memerlukan kode kabupaten/kota (contoh 63.03), bukan {d.wilayah_kode}."
            )
    d.nama = " ".join(d.nama.split())
    if not d.nama:
        errors["nama"] = "Nama kantor wajib diisi."
    d.kepala_nama = clean_official_name(d.kepala_nama) if d.kepala_nama.strip() else ""
    d.kepala_nip = "".join(d.kepala_nip.split())
    if d.kepala_nip and not d.kepala_nip.isdigit():
        errors["kepala_nip"] = "NIP hanya berisi angka."
    for name in ("alamat", "telepon", "email", "kepala_jabatan"):
        setattr(d, name, " ".join(getattr(d, name).split()))
    if errors:
        raise ValidationError(errors)
    return d


def has_office(db: Database) -> bool:
    with db.session() as s:
        kid = get_setting(s, LOCAL_OFFICE)
        return bool(kid) and s.get(Kantor, kid) is not None


def setup_office(
    db: Database,
    data: OfficeData,
    operator_nama: str,
    password: str | None = None,
    recovery_code: str | None = None,
) -> AppContext:
    """First-run set-up: the office and its first operator (its Admin), in one transaction.

    With ``password`` the Admin's credentials are stored too, and ``recovery_code`` (made by
    auth.new_recovery_code and shown to the user once) can later reset that password."""
    from jamsostek_desk.services import auth

    nama_op = clean_name(operator_nama) if operator_nama.strip() else ""
    op_error = {} if nama_op else {"operator": "Nama operator wajib diisi."}
    if len(nama_op) > MAX_NAMA_OPERATOR:
        op_error = {"operator": f"Nama operator paling panjang {MAX_NAMA_OPERATOR} karakter."}
    if password is not None:
        try:
            auth.check_password(password)
        except ValidationError as e:
            op_error.update(e.errors)
    try:
        d = check_office(data)
    except ValidationError as e:  # report every wrong field at once
        raise ValidationError({**e.errors, **op_error}) from e
    if op_error:
        raise ValidationError(op_error)
    if has_office(db):
        raise UserError(
            f"Database {db.path} sudah punya kantor. Data kantornya bisa diubah, tetapi kantor "
            "tidak dibuat dua kali."
        )
    with db.session() as s:
        kantor = Kantor(**vars(d), version=stamp(s))
        s.add(kantor)
        s.flush()
        op = Operator(kantor_id=kantor.id, nama=nama_op, peran=ADMIN, version=stamp(s))
        s.add(op)
        s.flush()
        set_setting(s, LOCAL_OFFICE, kantor.id)
        set_setting(s, CURRENT_OPERATOR, op.id)
        if password is not None:
            auth.set_credential(s, op.id, password, recovery_code)
        ctx = AppContext(
            db, kantor.id, kantor.nama, kantor.jenis, kantor.wilayah_kode, op.id, op.nama, ADMIN
        )
        audit.record(
            s,
            ctx,
            "kantor",
            kantor.id,
            "buat",
            {f: (None, getattr(d, f)) for f in OFFICE_FIELDS if getattr(d, f)},
        )
        audit.record(
            s, ctx, "operator", op.id, "buat", {"nama": (None, op.nama), "peran": (None, "Admin")}
        )
    return load_context(db, op.id)


def get_office(db: Database) -> OfficeData:
    ctx = load_context(db)
    with db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        assert k is not None
        return OfficeData(**{f: getattr(k, f) for f in OFFICE_FIELDS})


def update_office(ctx: AppContext, data: OfficeData) -> AppContext:
    """Edit the office in Pengaturan. The kind and region are fixed once people are registered
    under them, since every participant's desa was checked against that region."""
    require_admin(ctx, "mengubah data kantor")
    d = check_office(data)
    with ctx.db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        assert k is not None
        if (d.jenis, d.wilayah_kode) != (k.jenis, k.wilayah_kode):
            used = s.execute(select(Peserta.id).where(Peserta.kantor_id == k.id).limit(1)).first()
            if used is not None:
                raise ValidationError(
                    {
                        "wilayah_kode": "Jenis dan wilayah kantor tidak bisa diubah setelah ada "
                        "peserta terdaftar."
                    }
                )
        changes: dict[str, tuple[object, object]] = {
            f: (getattr(k, f), getattr(d, f))
            for f in OFFICE_FIELDS
            if getattr(k, f) != getattr(d, f)
        }
        if not changes:
            return ctx
        for f in OFFICE_FIELDS:
            setattr(k, f, getattr(d, f))
        k.updated_at = utcnow()
        k.version = stamp(s)
        audit.record(s, ctx, "kantor", k.id, "ubah", changes)
    return load_context(ctx.db, ctx.operator_id)


def list_operators(db: Database) -> list[tuple[str, str]]:
    """(id, nama) of the active operators of this office."""
    ctx = load_context(db)
    with db.session() as s:
        rows = s.execute(
            select(Operator.id, Operator.nama)
            .where(Operator.kantor_id == ctx.kantor_id, Operator.aktif.is_(True))
            .order_by(Operator.nama)
        ).all()
        return [(r[0], r[1]) for r in rows]


def add_operator(
    ctx: AppContext, nama: str, peran: str = OPERATOR, password: str | None = None
) -> str:
    """The Admin adds an operator with a role (and, usually, the password on this computer)."""
    from jamsostek_desk.services import auth

    require_admin(ctx, "menambah operator")
    nama = clean_name(nama) if nama.strip() else ""
    if not nama:
        raise ValidationError({"operator": "Nama operator wajib diisi."})
    if len(nama) > MAX_NAMA_OPERATOR:
        raise ValidationError(
            {"operator": f"Nama operator paling panjang {MAX_NAMA_OPERATOR} karakter."}
        )
    if peran not in PERAN:
        raise ValidationError({"peran": "Peran harus Admin, Operator atau Pimpinan."})
    if password is not None:
        auth.check_password(password)
    with ctx.db.session() as s:
        exists = s.execute(
            select(Operator.id).where(
                Operator.kantor_id == ctx.kantor_id, Operator.nama == nama, Operator.aktif
            )
        ).first()
        if exists:
            raise ValidationError({"operator": f"Operator {nama} sudah ada."})
        op = Operator(kantor_id=ctx.kantor_id, nama=nama, peran=peran, version=stamp(s))
        s.add(op)
        s.flush()
        if password is not None:
            auth.set_credential(s, op.id, password)
        audit.record(
            s, ctx, "operator", op.id, "buat", {"nama": (None, nama), "peran": (None, PERAN[peran])}
        )
        return op.id
