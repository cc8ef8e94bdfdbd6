"""Per-field change versions of a participant, for the sync's field-level merge

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21

``peserta.versi_kolom`` holds JSON ``{"_": default, field: version, ...}``: the change version
(HLC) at which each column last changed; a column not named changed at ``"_"`` (NULL: every
column at the row's ``version``). A trigger keeps it up to date for every local write that
leaves ``versi_kolom`` alone, whatever code path makes it: a changed column is marked -1 and
takes the row's new ``version`` when that is stamped (in the same or a later UPDATE: an ORM
flush may write the fields before the version). The sync writes ``versi_kolom`` itself, which the
trigger recognises and leaves alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Frozen copy of the tracked columns (every travelling column but id, version, updated_at and
# versi_kolom itself) as they are at this revision.
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
    "penghasilan",
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
)
JUNK = "$._x"  # a key the unchanged columns write to, removed again at once
MARK = -1  # "changed, at the version still to come" (an ORM flush may write the fields first)


def trigger_sql() -> str:
    marks = ", ".join(
        f"CASE WHEN OLD.{c} IS NOT NEW.{c} THEN '$.{c}' ELSE '{JUNK}' END, {MARK}" for c in TRACKED
    )
    marked = (
        f"json_remove(json_set(coalesce(OLD.versi_kolom, json_object('_', OLD.version)), "
        f"{marks}), '{JUNK}')"
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


def upgrade() -> None:
    # A plain ADD COLUMN: a batch (copy) would drop the search-index triggers on peserta.
    op.add_column("peserta", sa.Column("versi_kolom", sa.Text(), nullable=True))
    op.execute(trigger_sql())


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS peserta_versi_kolom")
    op.execute("ALTER TABLE peserta DROP COLUMN versi_kolom")
