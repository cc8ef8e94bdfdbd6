"""Synchronisation bookkeeping: central files, applied segments, conflicts, held records

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21

Depends only on the tables of 0001-0003. It has no dependence on revision 0004 (made in
parallel, with unrelated tables): when both are merged, down_revision becomes "0004" and
nothing else changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_berkas",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("terakhir", sa.DateTime(), nullable=True),
        sa.Column("batas_kirim", sa.BigInteger(), nullable=False),
        sa.Column("jumlah", sa.Integer(), nullable=False),
        sa.Column("ringkasan", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_berkas")),
    )
    op.create_table(
        "sync_segmen",
        sa.Column("berkas_id", sa.String(length=36), nullable=False),
        sa.Column("segmen_id", sa.String(length=36), nullable=False),
        sa.Column("waktu", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("berkas_id", "segmen_id", name=op.f("pk_sync_segmen")),
    )
    op.create_table(
        "sync_konflik",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("jenis", sa.String(length=12), nullable=False),
        sa.Column("waktu", sa.DateTime(), nullable=False),
        sa.Column("entitas_id", sa.String(length=36), nullable=False),
        sa.Column("lain_id", sa.String(length=36), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("nama", sa.String(length=120), nullable=False),
        sa.Column("kantor_masuk", sa.String(length=200), nullable=False),
        sa.Column("lokal", sa.Text(), nullable=False),
        sa.Column("masuk", sa.Text(), nullable=False),
        sa.Column("pemenang", sa.String(length=6), nullable=False),
        sa.Column("selesai", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_konflik")),
    )
    with op.batch_alter_table("sync_konflik", schema=None) as batch_op:
        batch_op.create_index("ix_sync_konflik_selesai", ["selesai", "waktu"], unique=False)
    op.create_table(
        "sync_tertahan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entitas", sa.String(length=20), nullable=False),
        sa.Column("peserta_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("waktu", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_tertahan")),
    )
    with op.batch_alter_table("sync_tertahan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_tertahan_peserta_id"), ["peserta_id"], unique=False
        )
    with op.batch_alter_table("ahli_waris", schema=None) as batch_op:
        batch_op.create_index("ix_ahli_waris_version", ["version"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ahli_waris", schema=None) as batch_op:
        batch_op.drop_index("ix_ahli_waris_version")
    with op.batch_alter_table("sync_tertahan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_tertahan_peserta_id"))
    op.drop_table("sync_tertahan")
    with op.batch_alter_table("sync_konflik", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_konflik_selesai")
    op.drop_table("sync_konflik")
    op.drop_table("sync_segmen")
    op.drop_table("sync_berkas")
