"""Signing in: operator passwords, lock-out after wrong passwords, the Admin's recovery code.

Passwords are hashed with scrypt (a fresh random salt per hash) into a self-describing string
``scrypt$n$r$p$salt$hash``; they are never stored, logged or shown in clear. The hashes live in
``operator_sandi``, which never travels: each installation keeps its own credentials.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import ADMIN, PERAN, require_admin
from jamsostek_desk.services.context import AppContext, load_context
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.models import Kantor, Operator, OperatorSandi, utcnow
from jamsostek_desk.store.settings import (
    CURRENT_OPERATOR,
    LOCAL_OFFICE,
    get_setting,
    set_setting,
)

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
MIN_LENGTH = 8
IDLE_SETTING = "kunci_layar_menit"
DEFAULT_IDLE_MINUTES = 15
# scrypt cost: 2**15 x 8 x 1 needs 32 MiB and 0.1-0.3 s per try (measured on the 2-core
# development machine: 0.23-0.32 s under load). Read at each hash, so tests may lower it.
COST_N = 2**15
_R, _P = 8, 1
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


RECOVERY_WARNING = (
    "Simpan kode ini di tempat aman (cetak dan simpan di lemari kantor, atau simpan berkasnya "
    "di flash disk yang disimpan terpisah). Kode ini hanya ditampilkan SEKALI. Hanya dengan "
    "kode ini kata sandi Admin bisa diatur ulang bila lupa; siapa pun yang memegangnya bisa "
    "menjadi Admin."
)


class SignInError(UserError):
    """Wrong password, unknown or locked operator: nothing was opened."""


def hash_secret(secret: str, *, n: int | None = None, r: int = _R, p: int = _P) -> str:
    n = n or COST_N
    salt = os.urandom(16)
    key = hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=32
    )
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(key).decode()}"


def check_secret(secret: str, stored: str) -> bool:
    """True when ``secret`` matches the stored scrypt string (constant-time compare)."""
    try:
        kind, n_, r_, p_, salt_, key_ = stored.split("$")
        n, r, p = int(n_), int(r_), int(p_)
        salt, key = base64.b64decode(salt_), base64.b64decode(key_)
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    got = hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=len(key)
    )
    return hmac.compare_digest(got, key)


def check_password(password: str, field: str = "sandi") -> str:
    """The password as given, or ValidationError saying what is wrong with it."""
    if len(password) < MIN_LENGTH:
        raise ValidationError({field: f"Kata sandi minimal {MIN_LENGTH} karakter."})
    if password != password.strip():
        raise ValidationError({field: "Kata sandi tidak boleh diawali atau diakhiri spasi."})
    return password


def new_recovery_code() -> str:
    """20 characters (100 bits) in groups of five, easy to read and type: ABCDE-FGHJK-…"""
    raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(20))
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def _normal_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def set_credential(
    session: Session, operator_id: str, password: str, recovery_code: str | None = None
) -> None:
    """Store a new password (and, for the Admin, a new recovery code) for an operator."""
    row = session.get(OperatorSandi, operator_id)
    if row is None:
        row = OperatorSandi(operator_id=operator_id, sandi_hash="", pemulihan_hash="", gagal=0)
        session.add(row)
    row.sandi_hash = hash_secret(check_password(password))
    row.gagal = 0
    row.kunci_sampai = None
    if recovery_code is not None:
        row.pemulihan_hash = hash_secret(_normal_code(recovery_code))
    row.updated_at = utcnow()


def has_credentials(db: Database) -> bool:
    """Whether any operator of this installation has a password (False on a database made
    before sign-in existed, until its Admin sets one)."""
    with db.session() as s:
        return bool(s.execute(select(func.count()).select_from(OperatorSandi)).scalar())


def _kantor_id(s: Session, db: Database) -> str:
    kid = get_setting(s, LOCAL_OFFICE)
    if not kid or s.get(Kantor, kid) is None:
        from jamsostek_desk.store.errors import NoOffice

        raise NoOffice(db.path)
    return kid


def operators(db: Database) -> list[tuple[str, str, str, bool]]:
    """(id, nama, peran, has a password here) of the active operators, by name."""
    with db.session() as s:
        kid = _kantor_id(s, db)
        rows = s.execute(
            select(Operator.id, Operator.nama, Operator.peran, OperatorSandi.operator_id)
            .outerjoin(OperatorSandi, OperatorSandi.operator_id == Operator.id)
            .where(
                Operator.kantor_id == kid, Operator.aktif.is_(True), Operator.deleted_at.is_(None)
            )
            .order_by(Operator.nama)
        ).all()
        return [(r[0], r[1], r[2], r[3] is not None) for r in rows]


def find_operator(db: Database, nama: str) -> str:
    """The id of the active operator called ``nama`` (case and spacing ignored)."""
    want = " ".join(nama.split()).casefold()
    for op_id, op_nama, _peran, _has in operators(db):
        if op_nama.casefold() == want:
            return op_id
    raise SignInError(f"Operator '{nama.strip()}' tidak ada di kantor ini.")


def _as(ctx: AppContext, op: Operator) -> AppContext:
    return AppContext(
        ctx.db,
        ctx.kantor_id,
        ctx.kantor_nama,
        ctx.kantor_jenis,
        ctx.wilayah_kode,
        op.id,
        op.nama,
        op.peran,
    )


def sign_in(db: Database, operator_id: str, password: str, *, aksi: str = "masuk") -> AppContext:
    """The signed-in context, or SignInError. Wrong passwords are counted; the fifth in a row
    locks the operator for five minutes. Every try is an audit entry (``aksi`` names a
    successful one: "masuk", or "buka_kunci" after an idle lock)."""
    base = load_context(db)
    now = utcnow()
    error: str | None = None
    with db.session() as s:
        op = s.get(Operator, operator_id)
        if op is None or op.kantor_id != base.kantor_id or not op.aktif or op.deleted_at:
            raise SignInError("Operator tidak ditemukan di kantor ini.")
        ctx = _as(base, op)
        row = s.get(OperatorSandi, op.id)
        if row is None:
            raise SignInError(
                f"Operator {op.nama} belum punya kata sandi di komputer ini. Minta Admin "
                "mengaturnya di Pengaturan."
            )
        if row.kunci_sampai is not None and row.kunci_sampai > now:
            left = int((row.kunci_sampai - now).total_seconds() // 60) + 1
            audit.record(s, ctx, "operator", op.id, "gagal_masuk", {"alasan": (None, "terkunci")})
            error = (
                f"Operator {op.nama} terkunci karena {MAX_FAILURES} kali salah kata sandi. "
                f"Coba lagi dalam {left} menit."
            )
        elif check_secret(password, row.sandi_hash):
            row.gagal = 0
            row.kunci_sampai = None
            set_setting(s, CURRENT_OPERATOR, op.id)  # offered first at the next sign-in
            audit.record(s, ctx, "operator", op.id, aksi)
            return ctx
        else:
            if row.kunci_sampai is not None:  # an earlier lock-out has run out
                row.kunci_sampai = None
                row.gagal = 0
            row.gagal += 1
            audit.record(s, ctx, "operator", op.id, "gagal_masuk", {"percobaan": (None, row.gagal)})
            if row.gagal >= MAX_FAILURES:
                row.kunci_sampai = now + LOCKOUT
                audit.record(s, ctx, "operator", op.id, "terkunci")
                error = (
                    f"Kata sandi salah {MAX_FAILURES} kali. Operator {op.nama} terkunci "
                    f"{int(LOCKOUT.total_seconds() // 60)} menit."
                )
            else:
                error = (
                    f"Kata sandi salah ({row.gagal} dari {MAX_FAILURES} percobaan sebelum "
                    "terkunci)."
                )
    raise SignInError(error)  # after the commit: failures and lock-outs are remembered


def record_lock(ctx: AppContext) -> None:
    """The window locked itself after being idle (audited)."""
    with ctx.db.session() as s:
        audit.record(s, ctx, "operator", ctx.operator_id, "kunci_layar")


def claim_first_password(
    db: Database, operator_id: str, password: str, recovery_code: str
) -> AppContext:
    """A database made before sign-in existed: its Admin sets the first password (and gets
    the recovery code). Refused once any password exists here."""
    check_password(password)
    base = load_context(db)
    with db.session() as s:
        if s.execute(select(func.count()).select_from(OperatorSandi)).scalar():
            raise SignInError("Kata sandi sudah diatur. Masuk dengan kata sandi operator.")
        op = s.get(Operator, operator_id)
        if op is None or op.kantor_id != base.kantor_id or op.peran != ADMIN or not op.aktif:
            raise SignInError("Kata sandi pertama hanya bisa diatur untuk Admin kantor ini.")
        set_credential(s, op.id, password, recovery_code)
        ctx = _as(base, op)
        audit.record(s, ctx, "operator", op.id, "sandi", {"kata_sandi": (None, "diatur")})
        audit.record(s, ctx, "operator", op.id, "masuk")
        return ctx


def recover_admin(db: Database, recovery_code: str, new_password: str, new_code: str) -> AppContext:
    """Reset the password of the Admin whose recovery code this is; the code is used up and
    ``new_code`` replaces it. Wrong codes count as wrong passwords of every Admin."""
    check_password(new_password)
    base = load_context(db)
    code = _normal_code(recovery_code)
    with db.session() as s:
        rows = s.execute(
            select(OperatorSandi, Operator)
            .join(Operator, Operator.id == OperatorSandi.operator_id)
            .where(Operator.kantor_id == base.kantor_id, Operator.peran == ADMIN)
        ).all()
        for row, op in rows:
            if row.pemulihan_hash and check_secret(code, row.pemulihan_hash):
                set_credential(s, op.id, new_password, new_code)
                ctx = _as(base, op)
                audit.record(s, ctx, "operator", op.id, "pulihkan_sandi")
                return ctx
        for _row, op in rows:
            audit.record(
                s,
                _as(base, op),
                "operator",
                op.id,
                "gagal_masuk",
                {"alasan": (None, "kode pemulihan")},
            )
    raise SignInError("Kode pemulihan salah. Periksa lagi kertas atau berkas kode pemulihan.")


def change_password(ctx: AppContext, old: str, new: str) -> None:
    """An operator changes their own password (the old one is asked again)."""
    check_password(new, "sandi_baru")
    sign_in(ctx.db, ctx.operator_id, old, aksi="cek_sandi")
    with ctx.db.session() as s:
        set_credential(s, ctx.operator_id, new)
        audit.record(s, ctx, "operator", ctx.operator_id, "sandi", {"kata_sandi": (None, "diubah")})


def set_password(ctx: AppContext, operator_id: str, password: str) -> None:
    """The Admin sets (or resets) another operator's password on this computer."""
    require_admin(ctx, "mengatur kata sandi operator")
    with ctx.db.session() as s:
        op = s.get(Operator, operator_id)
        if op is None or op.kantor_id != ctx.kantor_id:
            raise UserError("Operator tidak ditemukan.")
        set_credential(s, op.id, password)
        audit.record(s, ctx, "operator", op.id, "sandi", {"kata_sandi": (None, "diatur Admin")})


def set_role(ctx: AppContext, operator_id: str, peran: str) -> None:
    """The Admin changes an operator's role (audited). The office keeps at least one Admin."""
    require_admin(ctx, "mengubah peran operator")
    if peran not in PERAN:
        raise ValidationError({"peran": "Peran harus Admin, Operator atau Pimpinan."})
    with ctx.db.session() as s:
        op = s.get(Operator, operator_id)
        if op is None or op.kantor_id != ctx.kantor_id:
            raise UserError("Operator tidak ditemukan.")
        if op.peran == peran:
            return
        if op.peran == ADMIN:
            admins = s.execute(
                select(func.count())
                .select_from(Operator)
                .where(
                    Operator.kantor_id == ctx.kantor_id,
                    Operator.peran == ADMIN,
                    Operator.aktif.is_(True),
                )
            ).scalar()
            if (admins or 0) <= 1:
                raise ValidationError({"peran": "Kantor harus punya setidaknya satu Admin."})
        old = op.peran
        op.peran = peran
        op.updated_at = utcnow()
        audit.record(s, ctx, "operator", op.id, "peran", {"peran": (PERAN[old], PERAN[peran])})


def idle_minutes(db: Database) -> int:
    with db.session() as s:
        raw = get_setting(s, IDLE_SETTING, str(DEFAULT_IDLE_MINUTES))
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_IDLE_MINUTES


def set_idle_minutes(ctx: AppContext, minutes: int) -> None:
    require_admin(ctx, "mengubah waktu kunci layar")
    if not 1 <= minutes <= 240:
        raise ValidationError({"kunci_layar": "Waktu kunci layar antara 1 dan 240 menit."})
    with ctx.db.session() as s:
        set_setting(s, IDLE_SETTING, str(minutes))


def locked_until(db: Database, operator_id: str) -> datetime | None:
    with db.session() as s:
        row = s.get(OperatorSandi, operator_id)
        return row.kunci_sampai if row is not None else None
