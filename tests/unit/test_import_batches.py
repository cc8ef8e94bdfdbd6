"""The command line's import: read, checked and written in batches inside one transaction.

The batches are made tiny here (3 rows) so that a small list spans several of them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from jamsostek_desk.cli import main
from jamsostek_desk.domain.errors import Cancelled
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.importer import batches, pipeline
from jamsostek_desk.services.importer.batches import import_in_batches
from jamsostek_desk.services.importer.pipeline import (
    ImportOptions,
    analyse,
    errors_of,
    live_count,
)
from jamsostek_desk.services.peserta_list import PesertaFilter, count
from jamsostek_desk.store.cakupan_counts import TABLES, fill_sql
from tests.unit.test_import_pipeline import as_row, write_xlsx
from tests.xlsx_fixtures import people


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_ROWS", 3)


@pytest.fixture
def ref():  # type: ignore[no-untyped-def]
    from jamsostek_desk.domain.wilayah import load_wilayah

    return load_wilayah()


def _state(ctx) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    """Everything an import may touch: the schema (triggers), people, audit, counters, imports."""
    with ctx.db.connect() as conn:

        def rows(sql: str) -> list[tuple[object, ...]]:
            return [tuple(r) for r in conn.execute(text(sql))]

        return (
            rows("SELECT name, sql FROM sqlite_master ORDER BY name"),
            rows("SELECT id, nik, nama FROM peserta ORDER BY id"),
            rows("SELECT count(*) FROM audit_log"),
            rows("SELECT count(*) FROM impor"),
            rows("SELECT count(*) FROM peserta_fts"),
            _counters(ctx),
        )


def _counters(ctx) -> dict[str, Counter[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    with ctx.db.connect() as conn:
        return {
            t: Counter(tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} WHERE n > 0")))
            for t in TABLES
        }


def _recounted(ctx) -> dict[str, Counter[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        for t in TABLES:
            s.execute(text(f"DELETE FROM {t}"))
        for statement in fill_sql():
            s.execute(text(statement))
    return _counters(ctx)


def _mixed_list(ctx, ref, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """12 rows over four batches: a NIK on rows of the first and the last batch, one twice
    inside a batch, look-alikes far apart, a bad date, someone registered already."""
    ps = people(12, seed=61)
    registered = people(1, seed=62)[0]
    registered.kategori, registered.pekerjaan, registered.jabatan = "pekerja_rentan", "Petani", ""
    svc.create_peserta(ctx, registered)
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(ps)]
    rows[11][1] = rows[0][1]  # Excel rows 4 and 15: first batch and last batch
    rows[5][1] = rows[4][1]  # rows 8 and 9: the same batch
    rows[9][2], rows[9][4] = rows[1][2], rows[1][4]  # rows 5 and 13: same name and birth date
    rows[6][4] = "31-02-1980"  # row 10: no such date
    rows[7][1] = registered.nik  # row 11: registered already
    return write_xlsx(tmp_path / "campur.xlsx", rows)


def test_batches_count_refuse_and_warn_as_analyse_does(ctx, ref, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    f = _mixed_list(ctx, ref, tmp_path)
    expected = analyse(ctx, f, ImportOptions("pekerja_rentan"))
    writes: list[int] = []
    real_insert = batches._insert_new

    def counting_insert(*args, **kwargs):  # type: ignore[no-untyped-def]
        ids = real_insert(*args, **kwargs)
        writes.append(len(ids))
        return ids

    monkeypatch.setattr(batches, "_insert_new", counting_insert)
    analysis, report = import_in_batches(ctx, f, ImportOptions("pekerja_rentan"))
    assert len(writes) >= 3  # written batch by batch
    assert analysis.counts() == expected.counts()
    assert report.committed and (report.imported, report.rejected) == (6, 5)
    assert report.skipped_duplicates == 1 and report.warnings == 2
    assert errors_of(analysis) == errors_of(expected)
    assert [r["row"] for r in report.errors] == [4, 8, 9, 10, 15]
    assert report.errors[0]["message"] == "NIK ini juga ada di baris 15 file ini."
    # the rows written and refused at the end are gone; the append-only audit trail keeps their
    # import and says it was withdrawn
    assert live_count(ctx) == 1 + 6
    first_nik = str(as_row(1, people(12, seed=61)[0], ref)[1])
    assert count(ctx.db, PesertaFilter(search=first_nik)) == 0
    with ctx.db.connect() as conn:
        orphans = conn.execute(
            text(
                "SELECT count(*) FROM audit_log a WHERE a.aksi = 'impor' AND NOT EXISTS "
                "(SELECT 1 FROM peserta p WHERE p.id = a.entitas_id)"
            )
        ).scalar_one()
        unexplained = conn.execute(
            text(
                "SELECT count(*) FROM audit_log a WHERE a.aksi = 'impor' AND NOT EXISTS "
                "(SELECT 1 FROM peserta p WHERE p.id = a.entitas_id) AND NOT EXISTS "
                "(SELECT 1 FROM audit_log b WHERE b.aksi = 'impor_batal' "
                "AND b.entitas_id = a.entitas_id)"
            )
        ).scalar_one()
        withdrawn = conn.execute(
            text("SELECT count(*) FROM audit_log WHERE aksi = 'impor_batal'")
        ).scalar_one()
        imported = conn.execute(
            text(
                "SELECT count(*) FROM audit_log a WHERE a.aksi = 'impor' AND EXISTS "
                "(SELECT 1 FROM peserta p WHERE p.id = a.entitas_id)"
            )
        ).scalar_one()
        fts = conn.execute(text("SELECT count(*) FROM peserta_fts")).scalar_one()
    assert orphans > 0 and withdrawn == orphans and unexplained == 0
    assert (imported, fts) == (6, 7)
    assert _counters(ctx) == _recounted(ctx)  # the coverage counters saw each person once


def test_a_cancel_after_batches_were_written_leaves_nothing(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = _mixed_list(ctx, ref, tmp_path)
    before = _state(ctx)

    def cancel(done: int, total: int, message: str) -> None:
        if message.startswith("Mencocokkan"):  # every batch is written by then
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_in_batches(ctx, f, ImportOptions("pekerja_rentan"), cancel)
    assert _state(ctx) == before
    extra = people(1, seed=98)[0]
    extra.kategori, extra.pekerjaan, extra.jabatan = "pekerja_rentan", "Petani", ""
    svc.create_peserta(ctx, extra)  # the search trigger is back
    assert count(ctx.db, PesertaFilter(search=extra.nik)) == 1


def test_an_error_in_a_late_row_leaves_nothing(ctx, ref, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    f = _mixed_list(ctx, ref, tmp_path)
    before = _state(ctx)
    real_convert = pipeline.Converter.convert

    def failing(self, source_row, *args, **kwargs):  # type: ignore[no-untyped-def]
        if source_row == 14:
            raise RuntimeError("disk gone")
        return real_convert(self, source_row, *args, **kwargs)

    monkeypatch.setattr(pipeline.Converter, "convert", failing)
    with pytest.raises(RuntimeError):
        import_in_batches(ctx, f, ImportOptions("pekerja_rentan"))
    assert _state(ctx) == before


def test_updates_wait_for_the_whole_file(ctx, ref, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A registered NIK on two rows of different batches changes nothing; one on a single
    row is updated; a dry run writes nothing at all."""
    ps = people(8, seed=71)
    for p in ps[:2]:
        p.kategori, p.pekerjaan, p.jabatan = "pekerja_rentan", "Petani", ""
        svc.create_peserta(ctx, p)
    rows = [as_row(i + 1, p, ref) for i, p in enumerate(ps)]
    rows[0][-2] = rows[1][-2] = "Nelayan"  # Pekerjaan
    rows[7][1] = rows[0][1]  # the first registered NIK again, in the last batch
    f = write_xlsx(tmp_path / "ubah.xlsx", rows)
    options = ImportOptions("pekerja_rentan", update_existing=True)
    before = _state(ctx)
    _, dry = import_in_batches(ctx, f, options, dry_run=True)
    assert _state(ctx) == before and not dry.committed
    assert (dry.imported, dry.updated, dry.rejected) == (5, 1, 2)
    _, report = import_in_batches(ctx, f, options)
    assert (report.imported, report.updated, report.rejected) == (5, 1, 2)
    with ctx.db.session() as s:
        first = svc.find_live_by_nik(s, ps[0].nik)
        second = svc.find_live_by_nik(s, ps[1].nik)
        assert first is not None and second is not None
        assert (first.pekerjaan, second.pekerjaan) == ("Petani", "Nelayan")


def test_cli_rejects_file_holds_rows_refused_after_they_were_written(
    ctx, ref, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    f = _mixed_list(ctx, ref, tmp_path)
    out = tmp_path / "tolak.xlsx"
    args = ["import", str(f), "--db", str(ctx.db.path), "--kategori", "pekerja_rentan"]
    code = main([*args, "--json", "--rejects", str(out)])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and data["committed"] and data["imported"] == 6
    ws = openpyxl.load_workbook(out).active
    first = as_row(1, people(12, seed=61)[0], ref)
    holding = [row for row in ws.iter_rows(values_only=True) if first[1] in row]
    assert len(holding) == 2  # rows 4 and 15, as typed, both back to the village
