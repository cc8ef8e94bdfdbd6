"""Migrations 0005 (sync bookkeeping), 0006 (column versions) and 0007 (their parents) match
the models, and go down and up again."""

from __future__ import annotations

import json
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from jamsostek_desk.services import peserta as ps
from jamsostek_desk.store.db import _alembic_config, open_database
from jamsostek_desk.store.models import Base
from tests.unit.sync_helpers import generator, make_office, two_desa


def test_models_match_the_migrations(tmp_path: Path) -> None:
    db = open_database(tmp_path / "m.sqlite")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.close()
    # only the FTS5 index's own tables and the trigger-kept coverage counters
    # (store.cakupan_counts) are unknown to the models
    unknown = ("fts", "cakupan_")
    assert [
        d for d in diff if not (d[0] == "remove_table" and any(u in d[1].name for u in unknown))
    ] == []


def test_0005_downgrades_and_upgrades(tmp_path: Path) -> None:
    db = open_database(tmp_path / "m.sqlite")
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0003")
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert not {"sync_berkas", "sync_segmen", "sync_konflik", "sync_tertahan"} & tables
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    with db.engine.connect() as conn:
        assert "sync_tertahan" in inspect(conn).get_table_names()
        names = {i["name"] for i in inspect(conn).get_indexes("ahli_waris")}
    assert "ix_ahli_waris_version" in names
    db.close()


def test_0006_column_versions_go_down_and_up_and_the_trigger_marks_edits(tmp_path: Path) -> None:
    ctx = make_office(tmp_path, "m", "desa", two_desa()[0])
    db = ctx.db
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0005")
    with db.engine.connect() as conn:
        assert "versi_kolom" not in {c["name"] for c in inspect(conn).get_columns("peserta")}
    with db.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    pid = ps.create_peserta(ctx, generator(ctx.wilayah_kode).make()).id
    with db.engine.begin() as conn:
        triggers = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert "peserta_versi_kolom" in {t for (t,) in triggers}
        conn.exec_driver_sql("""UPDATE peserta SET version = 5, versi_kolom = '{"_":5}'""")
        # an ORM flush may write a field before the version: the field takes the new version
        conn.exec_driver_sql("UPDATE peserta SET no_hp = '0811' WHERE id = ?", (pid,))
        conn.exec_driver_sql("UPDATE peserta SET version = 9 WHERE id = ?", (pid,))
        conn.exec_driver_sql("UPDATE peserta SET nama = 'B', version = 12 WHERE id = ?", (pid,))
        [(raw,)] = conn.exec_driver_sql("SELECT versi_kolom FROM peserta")
    assert json.loads(raw) == {"_": 5, "no_hp": 9, "nama": 12}
    db.close()


def test_0007_the_trigger_records_each_changed_fields_parent(tmp_path: Path) -> None:
    ctx = make_office(tmp_path, "m", "desa", two_desa()[0])
    db = ctx.db
    pid = ps.create_peserta(ctx, generator(ctx.wilayah_kode).make()).id
    with db.engine.begin() as conn:
        conn.exec_driver_sql("""UPDATE peserta SET version = 5, versi_kolom = '{"_":5}'""")
        conn.exec_driver_sql(
            "INSERT INTO sync_berkas (id, path, batas_kirim, jumlah, ringkasan) "
            "VALUES ('f', 'f', 7, 1, '')"
        )
        # a change on top of a version already sent: that version is the parent
        conn.exec_driver_sql("UPDATE peserta SET no_hp = '0811' WHERE id = ?", (pid,))
        conn.exec_driver_sql("UPDATE peserta SET version = 9 WHERE id = ?", (pid,))
        # a second change before the next sync keeps the first parent (9 never travelled)
        conn.exec_driver_sql("UPDATE peserta SET no_hp = '0812', version = 12 WHERE id = ?", (pid,))
        [(raw,)] = conn.exec_driver_sql("SELECT versi_kolom FROM peserta")
    assert json.loads(raw) == {"_": 5, "no_hp": 12, "^no_hp": 5}
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0006")
        command.upgrade(_alembic_config(conn), "head")
    db.close()
