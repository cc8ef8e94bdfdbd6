"""Riwayat: reading the audit trail (filter by operator, action, date and person) and
exporting it. Only Admin and Pimpinan read it; Pimpinan sees NIKs masked."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select

from jamsostek_desk.domain.nik import mask_niks_in
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import ADMIN, PIMPINAN, require_role
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.models import AuditLog, Operator, Peserta

MAX_ROWS = 5000
PERSONAL = ("peserta", "ahli_waris", "manfaat", "kartu")  # entries whose values name people


@dataclass(frozen=True)
class RiwayatFilter:
    operator: str = ""  # an operator's name (case ignored) or id
    aksi: str = ""
    since: date | None = None
    until: date | None = None  # inclusive
    peserta: str = ""  # a NIK (or its start) or part of a name


@dataclass(frozen=True)
class RiwayatRow:
    waktu: datetime  # UTC
    operator_nama: str
    aksi: str
    entitas: str
    entitas_id: str
    detail: dict[str, tuple[str, str]]

    @property
    def aksi_label(self) -> str:
        return audit.AKSI.get(self.aksi, self.aksi)

    @property
    def jumlah(self) -> str:
        return self.detail.get("jumlah", ("", ""))[1]

    @property
    def berkas(self) -> str:
        return self.detail.get("berkas", ("", ""))[1]

    def keterangan(self) -> str:
        parts = []
        for k, (old, new) in self.detail.items():
            if k in ("jumlah", "berkas"):
                continue
            parts.append(f"{k}: {old} → {new}" if old else f"{k}: {new}")
        return "; ".join(parts)

    def as_json(self) -> dict[str, object]:
        return {
            "waktu": self.waktu.isoformat(timespec="seconds") + "Z",
            "operator": self.operator_nama,
            "aksi": self.aksi,
            "aksi_label": self.aksi_label,
            "entitas": self.entitas,
            "entitas_id": self.entitas_id,
            "jumlah": int(self.jumlah) if self.jumlah.isdigit() else None,
            "berkas": self.berkas,
            "perubahan": {k: list(v) for k, v in self.detail.items()},
        }


def _people(ctx: AppContext, text: str) -> list[str]:
    text = " ".join(text.split())
    digits = text.replace(" ", "")
    with ctx.db.session() as s:
        q = select(Peserta.id)
        if digits.isdigit():
            q = q.where(Peserta.nik.like(f"{digits}%"))
        else:
            q = q.where(Peserta.nama.ilike(f"%{text}%"))
        return list(s.execute(q.limit(1000)).scalars())


def search(ctx: AppContext, f: RiwayatFilter, limit: int = MAX_ROWS) -> list[RiwayatRow]:
    """The newest ``limit`` entries matching ``f``."""
    require_role(ctx, ADMIN, PIMPINAN, action="melihat riwayat")
    q = select(AuditLog).where(AuditLog.kantor_id == ctx.kantor_id)
    if f.operator:
        with ctx.db.session() as s:
            ids = list(
                s.execute(
                    select(Operator.id).where(
                        or_(Operator.id == f.operator, Operator.nama.ilike(f.operator.strip()))
                    )
                ).scalars()
            )
        q = q.where(AuditLog.operator_id.in_(ids))
    if f.aksi:
        q = q.where(AuditLog.aksi == f.aksi)
    if f.since:
        q = q.where(AuditLog.waktu >= datetime.combine(f.since, datetime.min.time()))
    if f.until:
        q = q.where(
            AuditLog.waktu < datetime.combine(f.until + timedelta(days=1), datetime.min.time())
        )
    if f.peserta.strip():
        q = q.where(AuditLog.entitas == "peserta", AuditLog.entitas_id.in_(_people(ctx, f.peserta)))
    q = q.order_by(AuditLog.waktu.desc(), AuditLog.version.desc()).limit(limit)
    masked = ctx.peran == PIMPINAN
    out = []
    with ctx.db.session() as s:
        for r in s.execute(q).scalars():
            raw = json.loads(r.perubahan) if r.perubahan else {}
            detail = {k: (str(v[0]), str(v[1])) for k, v in raw.items()}
            if masked:
                detail = {k: (mask_niks_in(a), mask_niks_in(b)) for k, (a, b) in detail.items()}
            out.append(
                RiwayatRow(r.waktu, r.operator_nama, r.aksi, r.entitas, r.entitas_id, detail)
            )
    return out


def operator_names(ctx: AppContext) -> list[str]:
    with ctx.db.session() as s:
        return list(
            s.execute(
                select(Operator.nama)
                .where(Operator.kantor_id == ctx.kantor_id)
                .order_by(Operator.nama)
            ).scalars()
        )


HEADERS = ("WAKTU", "OPERATOR", "TINDAKAN", "JUMLAH", "BERKAS", "DATA", "KETERANGAN")
ENTITAS = {
    "ekspor": "Ekspor",
    "operator": "Operator",
    "kantor": "Kantor",
    "peserta": "Peserta",
    "ahli_waris": "Ahli waris",
    "manfaat": "Manfaat",
    "kartu": "Kartu",
    "acara": "Acara",
}


def local_time(waktu: datetime) -> str:
    """Stored UTC shown in this computer's time zone."""
    return waktu.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M:%S")


def table_rows(rows: Sequence[RiwayatRow]) -> list[list[str]]:
    """What the page and the export show. Field values of entries about people are left out
    (the names of the changed fields stay): the trail says who did what, not the data."""
    out = []
    for r in rows:
        ket = r.keterangan()
        if r.entitas in PERSONAL and r.aksi not in ("cetak_kartu",):
            ket = ", ".join(k for k in r.detail if k not in ("jumlah", "berkas"))
        out.append(
            [
                local_time(r.waktu),
                r.operator_nama,
                r.aksi_label,
                r.jumlah,
                r.berkas,
                ENTITAS.get(r.entitas, r.entitas),
                ket,
            ]
        )
    return out


def export_riwayat(ctx: AppContext, f: RiwayatFilter, out: Path) -> int:
    """The filtered trail as .xlsx (itself an audit entry); returns the number of rows."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    from jamsostek_desk.domain.errors import InputError
    from jamsostek_desk.services.xlsx.cells import write_cell
    from jamsostek_desk.services.xlsx.sheet import list_layout, write_header
    from jamsostek_desk.store.files import atomic_output, check_target

    out = check_target(Path(out))
    if out.suffix.lower() != ".xlsx":
        raise InputError(f"Nama berkas ekspor harus berakhiran .xlsx (bukan {out.name}).")
    rows = search(ctx, f)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Riwayat"
    write_header(ws, HEADERS)
    for r, line in enumerate(table_rows(rows), 2):
        for c, text in enumerate(line, 1):
            write_cell(ws, r, c, text)
    for c, width in enumerate((20, 22, 30, 8, 30, 12, 50), 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    list_layout(ws, len(HEADERS), len(rows) + 1)
    with atomic_output(out, "Berkas riwayat") as tmp:
        wb.save(tmp)
    audit.record_export(ctx, "ekspor_riwayat", len(rows), out)
    return len(rows)
