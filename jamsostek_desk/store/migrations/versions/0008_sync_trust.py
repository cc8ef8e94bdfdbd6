"""Trust between offices: records set aside by a sync, the roster of office keys; the QR
secret leaves the database

Revision ID: 0008
Revises: 0010 (written on 0007; after 0010 since main holds it)
Create Date: 2026-12-04

Self-contained: two new tables. The QR signing secret (HMAC) that lived in ``pengaturan`` is
moved out of the database by the application at start-up (into the key file beside it, see
services/sync/keys.py), since a migration must not write files beside the database.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_ditolak",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("waktu", sa.DateTime(), nullable=False),
        sa.Column("berkas_id", sa.String(length=36), nullable=False),
        sa.Column("segmen_id", sa.String(length=36), nullable=False),
        sa.Column("kantor_id", sa.String(length=36), nullable=False),
        sa.Column("kantor_nama", sa.String(length=200), nullable=False),
        sa.Column("entitas", sa.String(length=20), nullable=False),
        sa.Column("entitas_id", sa.String(length=64), nullable=False),
        sa.Column("apa", sa.Text(), nullable=False),
        sa.Column("alasan", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_ditolak")),
    )
    op.create_index("ix_sync_ditolak_waktu", "sync_ditolak", ["waktu"])
    op.create_table(
        "sync_kantor",
        sa.Column("kantor_id", sa.String(length=36), nullable=False),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("jenis", sa.String(length=20), nullable=False),
        sa.Column("wilayah_kode", sa.String(length=13), nullable=False),
        sa.Column("kunci", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("sumber", sa.String(length=20), nullable=False),
        sa.Column("waktu", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kantor_id", name=op.f("pk_sync_kantor")),
    )


def downgrade() -> None:
    op.drop_table("sync_kantor")
    op.drop_index("ix_sync_ditolak_waktu", table_name="sync_ditolak")
    op.drop_table("sync_ditolak")
