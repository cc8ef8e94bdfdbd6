"""Operators sign in: roles, local password hashes, an append-only audit trail

Revision ID: 0009
Revises: 0011
Create Date: 2026-12-04

``operator.peran`` is the operator's role (admin, operator, pimpinan); the first operator of each
office becomes its Admin. ``operator_sandi`` holds this installation's password hashes (scrypt,
per-operator salt), failed attempts, the lock-out time and the Admin's recovery-code hash; it
never travels. The audit trail becomes append-only: a trigger refuses deleting an entry and
changing one in any way except blanking its field values (the erasure of a person's data).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0011"
branch_labels = None
depends_on = None

NO_DELETE = """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""
ONLY_REDACT = """CREATE TRIGGER audit_log_only_redact BEFORE UPDATE ON audit_log
    WHEN new.perubahan <> '' OR new.id IS NOT old.id OR new.waktu IS NOT old.waktu
        OR new.kantor_id IS NOT old.kantor_id OR new.operator_id IS NOT old.operator_id
        OR new.operator_nama IS NOT old.operator_nama OR new.entitas IS NOT old.entitas
        OR new.entitas_id IS NOT old.entitas_id OR new.aksi IS NOT old.aksi
        OR new.version IS NOT old.version
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"""


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy of "operator" would break the keys that point at it.
    op.add_column(
        "operator",
        sa.Column("peran", sa.String(length=12), nullable=False, server_default="operator"),
    )
    op.execute(
        "UPDATE operator SET peran = 'admin' WHERE id IN ("
        " SELECT o.id FROM operator o WHERE o.created_at = ("
        "  SELECT min(o2.created_at) FROM operator o2 WHERE o2.kantor_id = o.kantor_id))"
    )
    op.create_table(
        "operator_sandi",
        sa.Column("operator_id", sa.String(length=36), nullable=False),
        sa.Column("sandi_hash", sa.String(length=200), nullable=False),
        sa.Column("gagal", sa.Integer(), nullable=False),
        sa.Column("kunci_sampai", sa.DateTime(), nullable=True),
        sa.Column("pemulihan_hash", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operator.id"],
            name=op.f("fk_operator_sandi_operator_id_operator"),
        ),
        sa.PrimaryKeyConstraint("operator_id", name=op.f("pk_operator_sandi")),
    )
    op.create_index("ix_audit_log_waktu", "audit_log", ["waktu"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(NO_DELETE)
        op.execute(ONLY_REDACT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_log_only_redact")
        op.execute("DROP TRIGGER audit_log_no_delete")
    op.drop_index("ix_audit_log_waktu", table_name="audit_log")
    op.drop_table("operator_sandi")
    op.execute("ALTER TABLE operator DROP COLUMN peran")  # SQLite 3.35+, PostgreSQL
