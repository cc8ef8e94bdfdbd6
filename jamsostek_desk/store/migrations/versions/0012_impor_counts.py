"""The import record's counts say what the import report says

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-04

The ``impor`` table kept its release 0.1.0 column names (diimpor, diperbarui, dilewati,
ditolak, peringatan) while the code and the command line's ``--json`` say imported, updated,
skipped_duplicates, rejected and warnings. One concept, one word from the file to the
database: the columns are renamed (SQLite 3.25+ renames in place; the values stay).
"""

from alembic import op

revision = "0012"
down_revision = "0009"
branch_labels = None
depends_on = None

RENAMED = (
    ("diimpor", "imported"),
    ("diperbarui", "updated"),
    ("dilewati", "skipped_duplicates"),
    ("ditolak", "rejected"),
    ("peringatan", "warnings"),
)


def upgrade() -> None:
    with op.batch_alter_table("impor") as batch:
        for old, new in RENAMED:
            batch.alter_column(old, new_column_name=new)


def downgrade() -> None:
    with op.batch_alter_table("impor") as batch:
        for old, new in RENAMED:
            batch.alter_column(new, new_column_name=old)
