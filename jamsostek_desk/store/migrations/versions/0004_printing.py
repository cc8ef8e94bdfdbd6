"""Printing: card queue, participant photos, benefit table and cases, ceremonies, letter numbers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21

The benefit table starts with the amounts of PP 82/2019 (DOMAIN.md); offices add rows with a
later ``berlaku_mulai`` when a regulation changes them.
"""

import uuid
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


DEFAULT_BENEFITS = (
    # program, kode, nama, jumlah, per_anak
    ("JKM", "santunan_kematian", "Santunan kematian", 20_000_000, False),
    ("JKM", "santunan_berkala", "Santunan berkala (dibayar sekaligus)", 12_000_000, False),
    ("JKM", "biaya_pemakaman", "Biaya pemakaman", 10_000_000, False),
    ("JKM", "beasiswa", "Beasiswa pendidikan anak (per anak)", 1_500_000, True),
    (
        "JKK",
        "santunan_kematian_jkk",
        "Santunan kematian akibat kecelakaan kerja",
        42_000_000,
        False,
    ),
    ("JKK", "biaya_pemakaman", "Biaya pemakaman", 10_000_000, False),
)


def seed_benefits() -> None:
    table = sa.table(
        "tarif_manfaat",
        sa.column("id", sa.String),
        sa.column("program", sa.String),
        sa.column("kode", sa.String),
        sa.column("nama", sa.String),
        sa.column("jumlah", sa.BigInteger),
        sa.column("per_anak", sa.Boolean),
        sa.column("berlaku_mulai", sa.Date),
        sa.column("dasar_hukum", sa.String),
    )
    op.bulk_insert(
        table,
        [
            {
                "id": str(uuid.uuid4()),
                "program": program,
                "kode": kode,
                "nama": nama,
                "jumlah": jumlah,
                "per_anak": per_anak,
                "berlaku_mulai": date(2019, 12, 2),
                "dasar_hukum": "PP 82/2019",
            }
            for program, kode, nama, jumlah, per_anak in DEFAULT_BENEFITS
        ],
    )


def upgrade() -> None:
    op.create_table(
        "tarif_manfaat",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("program", sa.String(length=3), nullable=False),
        sa.Column("kode", sa.String(length=30), nullable=False),
        sa.Column("nama", sa.String(length=120), nullable=False),
        sa.Column("jumlah", sa.BigInteger(), nullable=False),
        sa.Column("per_anak", sa.Boolean(), nullable=False),
        sa.Column("berlaku_mulai", sa.Date(), nullable=False),
        sa.Column("dasar_hukum", sa.String(length=120), nullable=False),
        sa.CheckConstraint("program IN ('JKK', 'JKM')", name=op.f("ck_tarif_manfaat_program")),
        sa.CheckConstraint("jumlah >= 0", name=op.f("ck_tarif_manfaat_jumlah")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tarif_manfaat")),
        sa.UniqueConstraint("program", "kode", "berlaku_mulai", name="uq_tarif_manfaat_berlaku"),
    )
    op.create_table(
        "acara",
        sa.Column("kantor_id", sa.String(length=36), nullable=False),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("tempat", sa.String(length=200), nullable=False),
        sa.Column("pejabat_nama", sa.String(length=120), nullable=False),
        sa.Column("pejabat_jabatan", sa.String(length=120), nullable=False),
        sa.Column("catatan", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kantor_id"], ["kantor.id"], name=op.f("fk_acara_kantor_id_kantor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_acara")),
    )
    op.create_table(
        "nomor_surat",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kantor_id", sa.String(length=36), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("urut", sa.Integer(), nullable=False),
        sa.Column("nomor", sa.String(length=80), nullable=False),
        sa.Column("jenis", sa.String(length=20), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("jumlah", sa.BigInteger(), nullable=False),
        sa.Column("dibuat_pada", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kantor_id"], ["kantor.id"], name=op.f("fk_nomor_surat_kantor_id_kantor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nomor_surat")),
        sa.UniqueConstraint("jenis", "ref_id", name="uq_nomor_surat_ref"),
        sa.UniqueConstraint("kantor_id", "tahun", "nomor", name="uq_nomor_surat_nomor"),
        sa.UniqueConstraint("kantor_id", "tahun", "urut", name="uq_nomor_surat_urut"),
    )
    op.create_table(
        "acara_peserta",
        sa.Column("acara_id", sa.String(length=36), nullable=False),
        sa.Column("peserta_id", sa.String(length=36), nullable=False),
        sa.Column("urutan", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["acara_id"], ["acara.id"], name=op.f("fk_acara_peserta_acara_id_acara")
        ),
        sa.ForeignKeyConstraint(
            ["peserta_id"], ["peserta.id"], name=op.f("fk_acara_peserta_peserta_id_peserta")
        ),
        sa.PrimaryKeyConstraint("acara_id", "peserta_id", name=op.f("pk_acara_peserta")),
    )
    op.create_table(
        "kartu",
        sa.Column("peserta_id", sa.String(length=36), nullable=False),
        sa.Column("kantor_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("diminta_pada", sa.DateTime(), nullable=False),
        sa.Column("diminta_oleh", sa.String(length=120), nullable=False),
        sa.Column("dicetak_pada", sa.DateTime(), nullable=True),
        sa.Column("dicetak_oleh", sa.String(length=120), nullable=False),
        sa.Column("cetak_ulang", sa.Integer(), nullable=False),
        sa.Column("diserahkan_tanggal", sa.Date(), nullable=True),
        sa.Column("acara_id", sa.String(length=36), nullable=True),
        sa.Column("penerima", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "status IN ('diminta', 'dicetak', 'diserahkan')", name=op.f("ck_kartu_status")
        ),
        sa.CheckConstraint("cetak_ulang >= 0", name=op.f("ck_kartu_cetak_ulang")),
        sa.ForeignKeyConstraint(["acara_id"], ["acara.id"], name=op.f("fk_kartu_acara_id_acara")),
        sa.ForeignKeyConstraint(
            ["kantor_id"], ["kantor.id"], name=op.f("fk_kartu_kantor_id_kantor")
        ),
        sa.ForeignKeyConstraint(
            ["peserta_id"], ["peserta.id"], name=op.f("fk_kartu_peserta_id_peserta")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kartu")),
    )
    with op.batch_alter_table("kartu", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kartu_peserta_id"), ["peserta_id"], unique=False)
        batch_op.create_index("ix_kartu_status", ["status", "diminta_pada"], unique=False)

    op.create_table(
        "manfaat",
        sa.Column("peserta_id", sa.String(length=36), nullable=False),
        sa.Column("kantor_id", sa.String(length=36), nullable=False),
        sa.Column("program", sa.String(length=3), nullable=False),
        sa.Column("tanggal_kejadian", sa.Date(), nullable=False),
        sa.Column("keterangan", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("bank_nama", sa.String(length=80), nullable=False),
        sa.Column("bank_rekening", sa.String(length=30), nullable=False),
        sa.Column("bank_atas_nama", sa.String(length=120), nullable=False),
        sa.Column("acara_id", sa.String(length=36), nullable=True),
        sa.Column("jumlah", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("program IN ('JKK', 'JKM')", name=op.f("ck_manfaat_program")),
        sa.CheckConstraint(
            "status IN ('diajukan', 'dibayar', 'diserahkan')", name=op.f("ck_manfaat_status")
        ),
        sa.CheckConstraint("jumlah >= 0", name=op.f("ck_manfaat_jumlah")),
        sa.ForeignKeyConstraint(["acara_id"], ["acara.id"], name=op.f("fk_manfaat_acara_id_acara")),
        sa.ForeignKeyConstraint(
            ["kantor_id"], ["kantor.id"], name=op.f("fk_manfaat_kantor_id_kantor")
        ),
        sa.ForeignKeyConstraint(
            ["peserta_id"], ["peserta.id"], name=op.f("fk_manfaat_peserta_id_peserta")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manfaat")),
    )
    with op.batch_alter_table("manfaat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_manfaat_peserta_id"), ["peserta_id"], unique=False)

    op.create_table(
        "peserta_foto",
        sa.Column("peserta_id", sa.String(length=36), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peserta_id"], ["peserta.id"], name=op.f("fk_peserta_foto_peserta_id_peserta")
        ),
        sa.PrimaryKeyConstraint("peserta_id", name=op.f("pk_peserta_foto")),
    )
    op.create_table(
        "manfaat_komponen",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("manfaat_id", sa.String(length=36), nullable=False),
        sa.Column("urutan", sa.Integer(), nullable=False),
        sa.Column("kode", sa.String(length=30), nullable=False),
        sa.Column("nama", sa.String(length=120), nullable=False),
        sa.Column("jumlah", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("jumlah >= 0", name=op.f("ck_manfaat_komponen_jumlah")),
        sa.ForeignKeyConstraint(
            ["manfaat_id"], ["manfaat.id"], name=op.f("fk_manfaat_komponen_manfaat_id_manfaat")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manfaat_komponen")),
    )
    with op.batch_alter_table("manfaat_komponen", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_manfaat_komponen_manfaat_id"), ["manfaat_id"], unique=False
        )

    op.create_table(
        "manfaat_penerima",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("manfaat_id", sa.String(length=36), nullable=False),
        sa.Column("urutan", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=120), nullable=False),
        sa.Column("hubungan", sa.String(length=40), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("ahli_waris_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["ahli_waris_id"],
            ["ahli_waris.id"],
            name=op.f("fk_manfaat_penerima_ahli_waris_id_ahli_waris"),
        ),
        sa.ForeignKeyConstraint(
            ["manfaat_id"], ["manfaat.id"], name=op.f("fk_manfaat_penerima_manfaat_id_manfaat")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_manfaat_penerima")),
    )
    with op.batch_alter_table("manfaat_penerima", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_manfaat_penerima_manfaat_id"), ["manfaat_id"], unique=False
        )

    seed_benefits()


def downgrade() -> None:
    with op.batch_alter_table("manfaat_penerima", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_manfaat_penerima_manfaat_id"))

    op.drop_table("manfaat_penerima")
    with op.batch_alter_table("manfaat_komponen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_manfaat_komponen_manfaat_id"))

    op.drop_table("manfaat_komponen")
    op.drop_table("peserta_foto")
    with op.batch_alter_table("manfaat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_manfaat_peserta_id"))

    op.drop_table("manfaat")
    with op.batch_alter_table("kartu", schema=None) as batch_op:
        batch_op.drop_index("ix_kartu_status")
        batch_op.drop_index(batch_op.f("ix_kartu_peserta_id"))

    op.drop_table("kartu")
    op.drop_table("acara_peserta")
    op.drop_table("nomor_surat")
    op.drop_table("acara")
    op.drop_table("tarif_manfaat")
