"""`sync --compact`: one snapshot segment per office, nothing lost, scope still enforced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jamsostek_desk.cli import main
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.sync import container
from jamsostek_desk.services.sync.compact import compact
from jamsostek_desk.services.sync.engine import sync
from tests.unit.sync_helpers import PASS, generator, make_office, snapshot, two_desa


@pytest.mark.slow
def test_compaction_keeps_everything_for_offices_that_were_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a1, a2 = two_desa()
    dinas = make_office(tmp_path, "dinas")
    desa1 = make_office(tmp_path, "desa1", "desa", a1)
    desa2 = make_office(tmp_path, "desa2", "desa", a2)
    behind = make_office(tmp_path, "desa1b", "desa", a1)  # same desa, syncs only at the end
    stranger = make_office(tmp_path, "asing", "desa", a2, join=False)
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)
    g1, g2 = generator(a1, seed=31), generator(a2, seed=32)
    for round_ in range(3):  # several segments per office
        ids = [ps.create_peserta(desa1, g1.make()).id for _ in range(2)]
        ps.create_peserta(desa2, g2.make())
        d = ps.get_peserta(desa1, ids[0])
        d.no_hp = f"08121234{round_:04d}"
        ps.update_peserta(desa1, ids[0], d)
        for ctx in (desa1, desa2, dinas):
            sync(ctx, f, PASS)
    ps.create_peserta(stranger, generator(a2, seed=33).make())
    sync(stranger, f, PASS)  # waits for approval: carried over as it is
    before = len(container.read_file(f, PASS).segments)
    with pytest.raises(UserError):
        compact(desa1, f, PASS)  # only the Dinas
    monkeypatch.setenv("JAMSOSTEK_DESK_SYNC_PASSPHRASE", PASS)
    code = main(["sync", str(f), "--db", str(dinas.db.path), "--compact", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["segmen_sebelum"] == before
    segs = container.read_file(f, PASS).segments
    assert len(segs) == out["segmen_sesudah"] == 4  # Dinas, desa1, desa2, the stranger's own
    assert out["ukuran_sesudah"] < out["ukuran_sebelum"]
    # an office that never synced gets everything of its desa, as the others hold it
    sync(behind, f, PASS)
    assert snapshot(behind) == snapshot(dinas, a1) == snapshot(desa1)
    # the others sync on: nothing changes, nothing is sent again beyond what the file lacks
    for ctx in (desa1, desa2, dinas):
        r = sync(ctx, f, PASS)
        assert r.keluar["peserta"] == 0 and r.masuk["peserta_baru"] == 0, ctx.kantor_nama
    assert snapshot(desa2) == snapshot(dinas, a2)
    # the stranger's segment survived compaction: approved now, it arrives
    from jamsostek_desk.services.sync import keys

    keys.approve(dinas, stranger.kantor_id)
    sync(dinas, f, PASS)
    assert set(snapshot(stranger)["peserta"]) <= set(snapshot(dinas)["peserta"])
