"""The lists offices really send, imported through the CLI into a real database: counted as a
careful clerk counts them (tests/village_lists.py writes them)."""

from __future__ import annotations

import json

import pytest

from jamsostek_desk.cli import main
from jamsostek_desk.services.importer.pipeline import live_count
from tests import village_lists as vl

CASES = vl.corpus()


def run(ctx, path, kategori, *extra, capsys) -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    code = main(
        ["import", str(path), "--db", str(ctx.db.path), "--kategori", kategori, "--json", *extra]
    )
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_village_list_is_counted_as_a_clerk_counts_it(ctx, tmp_path, capsys, case) -> None:  # type: ignore[no-untyped-def]
    assert case.write is not None
    path = case.write(tmp_path / case.name)
    code, data = run(ctx, path, case.kategori, *case.args, capsys=capsys)
    got = (data["imported"], data["rejected"], len(data["skipped_rows"]))
    assert got == (case.baru, case.tolak, case.not_data), data["errors"] or data["skipped_rows"]
    assert data["rows"] == case.baru + case.tolak
    assert data["warnings"] >= case.warned
    assert code == (1 if case.tolak else 0)
    assert live_count(ctx) == case.baru
    # nothing that is not a person reaches the rejects
    reasons = {r["reason"] for r in data["skipped_rows"]}
    assert reasons <= {
        "baris nomor kolom",
        "judul kolom berulang",
        "baris jumlah",
        "baris keluarga (No. KK)",
        "blok tanda tangan",
    }
