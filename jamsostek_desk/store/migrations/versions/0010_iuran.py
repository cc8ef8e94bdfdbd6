"""Wage, contributions and benefit rules: peserta.upah, the JP flag, contribution tariffs,
dated figures, benefit rules by formula kind, recipients' addresses, who signs Mengetahui

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-04

- ``peserta.penghasilan`` becomes ``peserta.upah`` (whole rupiah a month: siltap + tunjangan of
  aparat desa, declared income of pekerja rentan), one word from form to database. Existing
  change versions (``versi_kolom``) keep their meaning under the new key.
- ``peserta.program_jp``: Jaminan Pensiun, optional for aparat desa (wage earners).
- ``tarif_iuran``: monthly contribution tariffs per programme and scheme (``bpu`` = bukan
  penerima upah, ``pu`` = penerima upah), valid from a date, with their legal basis. ``nilai`` is
  an integer: hundredths of a percent for ``persen`` (1 % = 100, 0,24 % = 24), rupiah for
  ``tetap``.
- ``ketentuan``: other regulated figures valid from a date (the BPU minimum declared income,
  the meterai threshold and duty), with their legal basis.

- ``tarif_manfaat`` gains the kind of case (``jenis``), the formula kind (``rumus``) and its
  parameters; the defaults of 0004 (a fixed JKK death benefit, one scholarship "per anak") are
  replaced by the rules of PP 82/2019 (see ``domain.manfaat``); rows an office added stay, as
  fixed amounts.
- ``manfaat``: the wage and the children's school levels the case was computed with;
  ``manfaat_penerima.alamat``: each recipient's own address.
- ``acara``: who signs "Mengetahui" on the ceremony's letters.

Plain ALTER statements, no batch copy: a copy would drop the search-index triggers on peserta.
The change-version trigger of 0007 is rebuilt for the new column list.
"""

import json
import uuid
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None

# Frozen copy of the tracked participant columns as they are at this revision (see 0006/0007).
TRACKED = (
    "created_at",
    "deleted_at",
    "kantor_id",
    "nik",
    "nama",
    "tempat_lahir",
    "tanggal_lahir",
    "jenis_kelamin",
    "nama_ibu",
    "alamat",
    "rt",
    "rw",
    "desa_kode",
    "kategori",
    "jabatan",
    "pekerjaan",
    "no_hp",
    "upah",
    "program_jkk",
    "program_jkm",
    "program_jht",
    "sumber_dana",
    "status",
    "nonaktif_alasan",
    "nonaktif_tanggal",
    "nonaktif_keterangan",
    "kpj",
    "mulai_kepesertaan",
    "akhir_kepesertaan",
    "catatan",
    "program_jp",
)
JUNK = "$._x"
MARK = -1
SENT = "(SELECT coalesce(max(batas_kirim), 0) FROM sync_berkas)"

# program, skema, jenis, nilai, dasar hukum (effective 2015-07-01, the start of the programmes
# as BPJS Ketenagakerjaan runs them)
DEFAULT_TARIFS = (
    ("JKK", "bpu", "persen", 100, "PP 44/2015 jo. PP 82/2019; Permenaker 5/2021"),
    ("JKM", "bpu", "tetap", 6_800, "PP 44/2015 Pasal 18 jo. PP 82/2019; Permenaker 5/2021"),
    ("JHT", "bpu", "persen", 200, "PP 46/2015 Pasal 16; Permenaker 5/2021"),
    ("JKK", "pu", "persen", 24, "PP 44/2015 Pasal 16 (risiko sangat rendah) jo. PP 82/2019"),
    ("JKM", "pu", "persen", 30, "PP 44/2015 Pasal 18 jo. PP 82/2019"),
    ("JHT", "pu", "persen", 570, "PP 46/2015 Pasal 16 (3,7 % pemberi kerja + 2 % pekerja)"),
    ("JP", "pu", "persen", 300, "PP 45/2015 Pasal 28 (2 % pemberi kerja + 1 % pekerja)"),
)
TARIF_MULAI = date(2015, 7, 1)

# kunci, nilai, berlaku mulai, dasar hukum, keterangan
DEFAULT_KETENTUAN = (
    (
        "upah_minimum_bpu",
        1_000_000,
        date(2021, 3, 1),
        "Permenaker 5/2021 Lampiran",
        "Penghasilan terendah peserta BPU sebagai dasar iuran",
    ),
    (
        "meterai_batas",
        5_000_000,
        date(2021, 1, 1),
        "UU 10/2020 Pasal 3 ayat (2) huruf g",
        "Dokumen penerimaan uang di atas jumlah ini memakai meterai",
    ),
    (
        "meterai_bea",
        10_000,
        date(2021, 1, 1),
        "UU 10/2020 Pasal 5",
        "Bea meterai",
    ),
)


def _old(c: str) -> str:
    return (
        f"coalesce(json_extract(OLD.versi_kolom, '$.{c}'), "
        f"json_extract(OLD.versi_kolom, '$._'), OLD.version)"
    )


def trigger_sql(tracked: tuple[str, ...] = TRACKED) -> str:
    """The trigger of 0007 for ``tracked`` columns (see there)."""
    parents = ", ".join(
        f"CASE WHEN OLD.{c} IS NOT NEW.{c} AND {_old(c)} <> {MARK} AND {_old(c)} <= {SENT} "
        f"THEN '$.^{c}' ELSE '{JUNK}' END, {_old(c)}"
        for c in tracked
    )
    marks = ", ".join(
        f"CASE WHEN OLD.{c} IS NOT NEW.{c} THEN '$.{c}' ELSE '{JUNK}' END, {MARK}" for c in tracked
    )
    marked = (
        f"json_remove(json_set(coalesce(OLD.versi_kolom, json_object('_', OLD.version)), "
        f"{parents}, {marks}), '{JUNK}')"
    )
    stamped = (
        f"(SELECT json_group_object(key, CASE WHEN value = {MARK} THEN NEW.version ELSE value "
        f"END) FROM json_each({marked}))"
    )
    return (
        "CREATE TRIGGER peserta_versi_kolom AFTER UPDATE ON peserta "
        "WHEN NEW.versi_kolom IS OLD.versi_kolom "
        "BEGIN UPDATE peserta SET versi_kolom = CASE WHEN NEW.version IS OLD.version "
        f"THEN {marked} ELSE {stamped} END WHERE id = NEW.id; END"
    )


def _rename_versions(old: str, new: str) -> None:
    """Move the change version (and parent) of column ``old`` to key ``new``; the trigger is
    dropped while this runs, so nothing else is marked."""
    for a, b in ((old, new), (f"^{old}", f"^{new}")):
        op.execute(
            f"UPDATE peserta SET versi_kolom = json_remove(json_set(versi_kolom, '$.\"{b}\"', "
            f"json_extract(versi_kolom, '$.\"{a}\"')), '$.\"{a}\"') "
            f"WHERE json_type(versi_kolom, '$.\"{a}\"') IS NOT NULL"
        )


# Where program_jp sits in a participant row as the sync holds it (the model's column order:
# the participant's own columns, program_jp after program_jht, then the travelling columns).
JP_AT = 20  # after id, kantor_id, nik, ..., penghasilan, program_jkk, program_jkm, program_jht


def _held_rows() -> None:
    """Rows the sync holds for a user (sync_tertahan: column lists; sync_konflik: field dicts)
    in the new shape: program_jp inserted (False), penghasilan under its new name."""
    bind = op.get_bind()
    for rid, data in bind.execute(
        sa.text("SELECT id, data FROM sync_tertahan WHERE entitas = 'peserta'")
    ).all():
        row = json.loads(data)
        row.insert(JP_AT, 0)
        bind.execute(
            sa.text("UPDATE sync_tertahan SET data = :d WHERE id = :i"),
            {"d": json.dumps(row), "i": rid},
        )
    for kid, lokal, masuk in bind.execute(
        sa.text("SELECT id, lokal, masuk FROM sync_konflik")
    ).all():
        out = []
        for text in (lokal, masuk):
            d = json.loads(text) if text else None
            if isinstance(d, dict) and "penghasilan" in json.dumps(d):
                if "penghasilan" in d:
                    d["upah"] = d.pop("penghasilan")
                for key in ("_diubah_lokal", "_diubah_masuk"):
                    if isinstance(d.get(key), list):
                        d[key] = ["upah" if f == "penghasilan" else f for f in d[key]]
                text = json.dumps(d)
            out.append(text)
        bind.execute(
            sa.text("UPDATE sync_konflik SET lokal = :l, masuk = :m WHERE id = :i"),
            {"l": out[0], "m": out[1], "i": kid},
        )


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS peserta_versi_kolom")
    op.execute("ALTER TABLE peserta RENAME COLUMN penghasilan TO upah")
    _rename_versions("penghasilan", "upah")
    _held_rows()
    op.add_column(
        "peserta",
        sa.Column("program_jp", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute(trigger_sql())

    tarif = op.create_table(
        "tarif_iuran",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("program", sa.String(length=3), nullable=False),
        sa.Column("skema", sa.String(length=3), nullable=False),
        sa.Column("jenis", sa.String(length=6), nullable=False),
        sa.Column("nilai", sa.BigInteger(), nullable=False),
        sa.Column("berlaku_mulai", sa.Date(), nullable=False),
        sa.Column("dasar_hukum", sa.String(length=160), nullable=False),
        sa.CheckConstraint("program IN ('JKK', 'JKM', 'JHT', 'JP')", name="ck_tarif_iuran_program"),
        sa.CheckConstraint("skema IN ('bpu', 'pu')", name="ck_tarif_iuran_skema"),
        sa.CheckConstraint("jenis IN ('persen', 'tetap')", name="ck_tarif_iuran_jenis"),
        sa.CheckConstraint("nilai >= 0", name="ck_tarif_iuran_nilai"),
        sa.PrimaryKeyConstraint("id", name="pk_tarif_iuran"),
        sa.UniqueConstraint("program", "skema", "berlaku_mulai", name="uq_tarif_iuran_berlaku"),
    )
    ketentuan = op.create_table(
        "ketentuan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kunci", sa.String(length=40), nullable=False),
        sa.Column("nilai", sa.BigInteger(), nullable=False),
        sa.Column("berlaku_mulai", sa.Date(), nullable=False),
        sa.Column("dasar_hukum", sa.String(length=160), nullable=False),
        sa.Column("keterangan", sa.String(length=200), nullable=False),
        sa.CheckConstraint("nilai >= 0", name="ck_ketentuan_nilai"),
        sa.PrimaryKeyConstraint("id", name="pk_ketentuan"),
        sa.UniqueConstraint("kunci", "berlaku_mulai", name="uq_ketentuan_berlaku"),
    )
    op.bulk_insert(
        tarif,
        [
            {
                "id": str(uuid.uuid4()),
                "program": program,
                "skema": skema,
                "jenis": jenis,
                "nilai": nilai,
                "berlaku_mulai": TARIF_MULAI,
                "dasar_hukum": dasar,
            }
            for program, skema, jenis, nilai, dasar in DEFAULT_TARIFS
        ],
    )
    op.bulk_insert(
        ketentuan,
        [
            {
                "id": str(uuid.uuid4()),
                "kunci": kunci,
                "nilai": nilai,
                "berlaku_mulai": mulai,
                "dasar_hukum": dasar,
                "keterangan": ket,
            }
            for kunci, nilai, mulai, dasar, ket in DEFAULT_KETENTUAN
        ],
    )
    _benefit_rules()


# program, jenis, kode, nama, rumus, jumlah, faktor, minimum, jenjang, maks_tahun, maks_anak,
# min_tahun_iuran, urutan: PP 82/2019, in force from 2019-12-02 (frozen copy of
# the rules as described in domain.manfaat)
_L = "PP 82/2019 Lampiran"
_B = "Santunan berkala 24 × Rp500.000 (dibayar sekaligus)"
BENEFIT_RULES = [
    ("JKM", "jkm", "santunan_kematian", "Santunan kematian", "tetap", 20_000_000, 0, 0, "", 0, 0,
     0),
    ("JKM", "jkm", "santunan_berkala", _B, "tetap", 12_000_000, 0, 0, "", 0, 0, 0),
    ("JKM", "jkm", "biaya_pemakaman", "Biaya pemakaman", "tetap", 10_000_000, 0, 0, "", 0, 0, 0),
    ("JKK", "jkk-meninggal", "santunan_kematian_jkk",
     "Santunan kematian akibat kecelakaan kerja (48 × upah)", "kali_upah", 0, 4800,
     42_000_000, "", 0, 0, 0),
    ("JKK", "jkk-meninggal", "santunan_berkala_jkk", _B, "tetap", 12_000_000, 0, 0, "", 0, 0, 0),
    ("JKK", "jkk-meninggal", "biaya_pemakaman_jkk", "Biaya pemakaman", "tetap", 10_000_000, 0,
     0, "", 0, 0, 0),
    ("JKK", "jkk-cacat", "santunan_cacat", "Santunan cacat (% cacat × 80 × upah)", "kali_upah",
     0, 8000, 0, "", 0, 0, 0),
    ("JKK", "jkk-stmb", "stmb_12_bulan", "STMB 12 bulan pertama: 100 % upah per bulan",
     "persen_upah", 0, 10_000, 0, "", 0, 0, 0),
    ("JKK", "jkk-stmb", "stmb_lanjutan", "STMB sesudah 12 bulan: 50 % upah per bulan",
     "persen_upah", 0, 5_000, 0, "", 0, 0, 0),
]  # fmt: skip
_LEVELS = (
    ("tk", "TK", 1_500_000, 2),
    ("sd", "SD", 1_500_000, 6),
    ("smp", "SMP", 2_000_000, 3),
    ("sma", "SMA/SMK", 3_000_000, 3),
    ("kuliah", "perguruan tinggi/pelatihan", 12_000_000, 5),
)
for _program, _jenis, _years, _suffix in (
    ("JKM", "jkm", 3, ""),
    ("JKK", "jkk-meninggal", 0, "_jkk"),
):
    for _level, _label, _amount, _maks in _LEVELS:
        BENEFIT_RULES.append(
            (_program, _jenis, f"beasiswa_{_level}{_suffix}", f"Beasiswa {_label} per tahun",
             "beasiswa", _amount, 0, 0, _level, _maks, 2, _years)
        )  # fmt: skip
OLD_DEFAULTS = (  # 0004's seed: (program, kode, jumlah)
    ("JKM", "santunan_kematian", 20_000_000),
    ("JKM", "santunan_berkala", 12_000_000),
    ("JKM", "biaya_pemakaman", 10_000_000),
    ("JKM", "beasiswa", 1_500_000),
    ("JKK", "santunan_kematian_jkk", 42_000_000),
    ("JKK", "biaya_pemakaman", 10_000_000),
)
RULE_START = date(2019, 12, 2)


def _benefit_rules() -> None:
    for name, kind, default in (
        ("jenis", sa.String(length=20), "''"),
        ("rumus", sa.String(length=12), "'tetap'"),
        ("faktor", sa.BigInteger(), "0"),
        ("minimum", sa.BigInteger(), "0"),
        ("jenjang", sa.String(length=10), "''"),
        ("maks_tahun", sa.Integer(), "0"),
        ("maks_anak", sa.Integer(), "0"),
        ("min_tahun_iuran", sa.Integer(), "0"),
        ("urutan", sa.Integer(), "0"),
    ):
        op.add_column(
            "tarif_manfaat",
            sa.Column(name, kind, nullable=False, server_default=sa.text(default)),
        )
    bind = op.get_bind()
    for program, kode, jumlah in OLD_DEFAULTS:
        bind.execute(
            sa.text(
                "DELETE FROM tarif_manfaat WHERE program = :p AND kode = :k AND jumlah = :j "
                "AND berlaku_mulai = :d"
            ),
            {"p": program, "k": kode, "j": jumlah, "d": RULE_START.isoformat()},
        )
    # What an office added itself: fixed amounts of the death cases (a per-child amount has no
    # school level and so is never applied; the office re-enters it as a scholarship rule).
    op.execute(
        "UPDATE tarif_manfaat SET jenis = CASE program WHEN 'JKM' THEN 'jkm' "
        "ELSE 'jkk-meninggal' END, rumus = CASE per_anak WHEN 1 THEN 'beasiswa' "
        "ELSE 'tetap' END, urutan = 50"
    )
    table = sa.table(
        "tarif_manfaat",
        *(
            sa.column(c)
            for c in (
                "id", "program", "jenis", "kode", "nama", "rumus", "jumlah", "faktor",
                "minimum", "jenjang", "maks_tahun", "maks_anak", "min_tahun_iuran", "urutan",
                "per_anak", "berlaku_mulai", "dasar_hukum",
            )
        ),
    )  # fmt: skip
    op.bulk_insert(
        table,
        [
            {
                "id": str(uuid.uuid4()),
                "program": r[0],
                "jenis": r[1],
                "kode": r[2],
                "nama": r[3],
                "rumus": r[4],
                "jumlah": r[5],
                "faktor": r[6],
                "minimum": r[7],
                "jenjang": r[8],
                "maks_tahun": r[9],
                "maks_anak": r[10],
                "min_tahun_iuran": r[11],
                "urutan": i,
                "per_anak": r[4] == "beasiswa",
                "berlaku_mulai": RULE_START,
                "dasar_hukum": _L,
            }
            for i, r in enumerate(BENEFIT_RULES)
        ],
    )
    op.add_column(
        "manfaat",
        sa.Column("jenis", sa.String(length=20), nullable=False, server_default=sa.text("''")),
    )
    op.execute(
        "UPDATE manfaat SET jenis = CASE program WHEN 'JKM' THEN 'jkm' ELSE 'jkk-meninggal' END"
    )
    op.add_column("manfaat", sa.Column("upah", sa.BigInteger(), nullable=True))
    op.add_column(
        "manfaat",
        sa.Column("anak", sa.String(length=60), nullable=False, server_default=sa.text("''")),
    )
    op.add_column(
        "manfaat_penerima",
        sa.Column("alamat", sa.Text(), nullable=False, server_default=sa.text("''")),
    )
    for name in ("mengetahui_nama", "mengetahui_nip", "mengetahui_jabatan"):
        op.add_column(
            "acara",
            sa.Column(name, sa.String(length=120), nullable=False, server_default=sa.text("''")),
        )


def downgrade() -> None:
    for table, name in (
        ("acara", "mengetahui_jabatan"),
        ("acara", "mengetahui_nip"),
        ("acara", "mengetahui_nama"),
        ("manfaat_penerima", "alamat"),
        ("manfaat", "anak"),
        ("manfaat", "upah"),
        ("manfaat", "jenis"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
    # the rules of this revision go; 0004's defaults come back (rows an office added stay)
    op.execute(
        "DELETE FROM tarif_manfaat WHERE urutan < 50 OR rumus <> 'tetap' "
        "OR jenis NOT IN ('jkm', 'jkk-meninggal')"
    )
    old = sa.table(
        "tarif_manfaat",
        *(sa.column(c) for c in ("id", "program", "kode", "nama", "jumlah", "per_anak")),
        sa.column("berlaku_mulai"),
        sa.column("dasar_hukum"),
    )
    names = {
        "santunan_kematian": "Santunan kematian",
        "santunan_berkala": "Santunan berkala (dibayar sekaligus)",
        "biaya_pemakaman": "Biaya pemakaman",
        "beasiswa": "Beasiswa pendidikan anak (per anak)",
        "santunan_kematian_jkk": "Santunan kematian akibat kecelakaan kerja",
    }
    op.bulk_insert(
        old,
        [
            {
                "id": str(uuid.uuid4()),
                "program": program,
                "kode": kode,
                "nama": names[kode],
                "jumlah": jumlah,
                "per_anak": kode == "beasiswa",
                "berlaku_mulai": RULE_START,
                "dasar_hukum": "PP 82/2019",
            }
            for program, kode, jumlah in OLD_DEFAULTS
        ],
    )
    for name in ("urutan", "min_tahun_iuran", "maks_anak", "maks_tahun", "jenjang", "minimum",
                 "faktor", "rumus", "jenis"):  # fmt: skip
        op.execute(f"ALTER TABLE tarif_manfaat DROP COLUMN {name}")
    op.drop_table("ketentuan")
    op.drop_table("tarif_iuran")
    op.execute("DROP TRIGGER IF EXISTS peserta_versi_kolom")
    op.execute("ALTER TABLE peserta DROP COLUMN program_jp")
    op.execute("ALTER TABLE peserta RENAME COLUMN upah TO penghasilan")
    _rename_versions("upah", "penghasilan")
    op.execute(
        trigger_sql(tuple(c for c in TRACKED if c != "program_jp")).replace("upah", "penghasilan")
    )
