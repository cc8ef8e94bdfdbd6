"""Per-field parent versions of a participant, so that the sync tells concurrent changes apart

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21

``peserta.versi_kolom`` gains keys ``"^field"``: the version of the field this installation held
(and had already sent or received) when it changed the field, i.e. what the change was made on
top of. Several local changes between two syncs keep the first parent (the versions in between
never travelled). The sync compares parents with the other side's versions to decide whether a
change was made knowing the other side's change (see FORMAT.md). No new column: the trigger of
migration 0006 is replaced by one that also records the parents.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Frozen copy of the tracked columns as they are at this revision (as in 0006).
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
SENT = "(SELECT coalesce(max(batas_kirim), 0) FROM sync_berkas)"  # local versions sent


def _old(c: str) -> str:
    """The column's version before this UPDATE (-1: changed earlier, not stamped yet)."""
    return (
        f"coalesce(json_extract(OLD.versi_kolom, '$.{c}'), "
        f"json_extract(OLD.versi_kolom, '$._'), OLD.version)"
    )


def trigger_sql() -> str:
    # A changed column's parent is its version before the change, unless that version is a
    # local change not sent yet (or not stamped yet): then the earlier parent stays.
    parents = ", ".join(
        f"CASE WHEN OLD.{c} IS NOT NEW.{c} AND {_old(c)} <> {MARK} AND {_old(c)} <= {SENT} "
        f"THEN '$.^{c}' ELSE '{JUNK}' END, {_old(c)}"
        for c in TRACKED
    )
    marks = ", ".join(
        f"CASE WHEN OLD.{c} IS NOT NEW.{c} THEN '$.{c}' ELSE '{JUNK}' END, {MARK}" for c in TRACKED
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


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS peserta_versi_kolom")
    op.execute(trigger_sql())


def downgrade() -> None:
    import importlib

    op.execute("DROP TRIGGER IF EXISTS peserta_versi_kolom")
    m0006 = importlib.import_module("jamsostek_desk.store.migrations.versions.0006_field_versions")
    op.execute(m0006.trigger_sql())
