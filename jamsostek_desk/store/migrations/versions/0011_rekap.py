"""Coverage and budget: targets, budgets (pagu) and aparat-desa posts per desa; indexes for the
coverage figures

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-04

Targets and budgets are dated rows (a raised target keeps the old one). The coverage counters
(store.cakupan_counts: tables kept by triggers on peserta) are created and filled from the
participants already there (once, after the backup). The partial indexes on participants
serve the renewal lists (membership ending soon) and the registrations waiting for
their KPJ number without reading the whole table.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"  # needs peserta.upah and program_jp (0010), which 0008 follows
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")


def _travelling() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("kantor_id", sa.String(length=36), nullable=False),
    ]


def _live_index(name: str, table: str, cols: list[str], unique: bool = False) -> None:
    op.create_index(name, table, cols, unique=unique, sqlite_where=LIVE, postgresql_where=LIVE)


def upgrade() -> None:
    op.create_table(
        "target",
        *_travelling(),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("kategori", sa.String(length=20), nullable=False),
        sa.Column("wilayah_kode", sa.String(length=13), nullable=False),
        sa.Column("jumlah", sa.Integer(), nullable=False),
        sa.Column("dasar", sa.Text(), nullable=False),
        sa.Column("berlaku", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "kategori IN ('aparat_desa', 'pekerja_rentan')", name=op.f("ck_target_kategori")
        ),
        sa.CheckConstraint("jumlah >= 0", name=op.f("ck_target_jumlah")),
        sa.ForeignKeyConstraint(
            ["kantor_id"], ["kantor.id"], name=op.f("fk_target_kantor_id_kantor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
    )
    _live_index("ix_target_live_kunci", "target", ["tahun", "kategori", "wilayah_kode", "berlaku"])
    op.create_index("ix_target_version", "target", ["version"])

    op.create_table(
        "anggaran",
        *_travelling(),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("sumber_dana", sa.String(length=20), nullable=False),
        sa.Column("wilayah_kode", sa.String(length=13), nullable=False),
        sa.Column("pagu", sa.BigInteger(), nullable=False),
        sa.Column("dasar", sa.Text(), nullable=False),
        sa.Column("berlaku", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "sumber_dana IN ('apbd_kabupaten', 'apbd_provinsi', 'apbdes', 'csr', 'mandiri')",
            name=op.f("ck_anggaran_sumber_dana"),
        ),
        sa.CheckConstraint("pagu >= 0", name=op.f("ck_anggaran_pagu")),
        sa.ForeignKeyConstraint(
            ["kantor_id"], ["kantor.id"], name=op.f("fk_anggaran_kantor_id_kantor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_anggaran")),
    )
    _live_index(
        "ix_anggaran_live_kunci", "anggaran", ["tahun", "sumber_dana", "wilayah_kode", "berlaku"]
    )
    op.create_index("ix_anggaran_version", "anggaran", ["version"])

    op.create_table(
        "formasi_aparat",
        *_travelling(),
        sa.Column("desa_kode", sa.String(length=13), nullable=False),
        sa.Column("jumlah", sa.Integer(), nullable=False),
        sa.Column("asal", sa.String(length=10), nullable=False),
        sa.CheckConstraint("jumlah >= 0", name=op.f("ck_formasi_aparat_jumlah")),
        sa.CheckConstraint(
            "asal IN ('isian', 'impor', 'bawaan')", name=op.f("ck_formasi_aparat_asal")
        ),
        sa.ForeignKeyConstraint(
            ["kantor_id"], ["kantor.id"], name=op.f("fk_formasi_aparat_kantor_id_kantor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_formasi_aparat")),
    )
    _live_index("uq_formasi_aparat_desa_live", "formasi_aparat", ["desa_kode"], unique=True)
    op.create_index("ix_formasi_aparat_version", "formasi_aparat", ["version"])

    for name, column, where in PESERTA_INDEXES:
        cond = sa.text(where)
        op.create_index(name, "peserta", [column], sqlite_where=cond, postgresql_where=cond)
    if op.get_bind().dialect.name == "sqlite":
        # The counters as store.cakupan_counts defines them: a later change of their keys
        # needs a migration of its own that drops, creates and fills them again.
        from jamsostek_desk.store.cakupan_counts import create_sql, fill_sql

        for statement in [*create_sql(), *fill_sql()]:
            op.execute(statement)


PESERTA_INDEXES = (
    ("ix_peserta_aktif_mulai", "mulai_kepesertaan", "deleted_at IS NULL AND status = 'aktif'"),
    ("ix_peserta_aktif_akhir", "akhir_kepesertaan", "deleted_at IS NULL AND status = 'aktif'"),
    (
        "ix_peserta_tunggu_kpj",
        "created_at",
        "deleted_at IS NULL AND status = 'didaftarkan' AND kpj IS NULL",
    ),
)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("peserta_cakupan_ai", "peserta_cakupan_ad", "peserta_cakupan_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table in ("cakupan_sel", "cakupan_periode", "cakupan_lahir"):
            op.execute(f"DROP TABLE IF EXISTS {table}")
    for name, _column, _where in PESERTA_INDEXES:
        op.drop_index(name, "peserta")
    for table in ("formasi_aparat", "anggaran", "target"):
        op.drop_table(table)
