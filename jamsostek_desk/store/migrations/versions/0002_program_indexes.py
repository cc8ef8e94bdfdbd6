"""Indexes for the programme filters of the participant list

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Filtering a million participants by programme (JHT especially) read the whole table: about
2 s on the benchmark database. With these partial indexes the count reads only the index.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
PROGRAMS = ("jkk", "jkm", "jht")


def upgrade() -> None:
    with op.batch_alter_table("peserta", schema=None) as batch_op:
        for p in PROGRAMS:
            batch_op.create_index(
                f"ix_peserta_live_{p}",
                [f"program_{p}", "seq"],
                unique=False,
                sqlite_where=LIVE,
                postgresql_where=LIVE,
            )


def downgrade() -> None:
    with op.batch_alter_table("peserta", schema=None) as batch_op:
        for p in PROGRAMS:
            batch_op.drop_index(f"ix_peserta_live_{p}")
