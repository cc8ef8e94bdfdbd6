"""A conflict settled at one office ends at every office, with the chosen value everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.sync import conflicts
from jamsostek_desk.services.sync.engine import sync
from tests.unit.sync_helpers import PASS, generator, make_office, two_desa


@pytest.mark.slow
def test_a_conflict_settled_at_the_dinas_never_comes_back(tmp_path: Path) -> None:
    a1, _ = two_desa()
    dinas = make_office(tmp_path, "dinas")
    desa = make_office(tmp_path, "desa", "desa", a1)
    desa2 = make_office(tmp_path, "desa_kedua", "desa", a1)  # a second installation, same desa
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)
    pid = ps.create_peserta(desa, generator(a1, seed=4).make()).id
    for ctx in (desa, dinas, desa2):
        sync(ctx, f, PASS)
    # the desa and the Dinas change the phone number, each unaware of the other
    d = ps.get_peserta(desa, pid)
    d.no_hp = "081211110000"
    ps.update_peserta(desa, pid, d)
    e = ps.get_peserta(dinas, pid)
    e.no_hp = "081322220000"
    ps.update_peserta(dinas, pid, e)  # later: the rule keeps it for now
    sync(desa, f, PASS)
    sync(dinas, f, PASS)
    [item] = conflicts.open_items(dinas)
    assert [c.field for c in item.fields] == ["no_hp"]
    conflicts.resolve(dinas, item.id, {"no_hp": "masuk"})  # the Dinas takes the desa's number
    assert ps.get_peserta(dinas, pid).no_hp == "081211110000"
    sync(dinas, f, PASS)
    for _ in range(2):
        for ctx in (desa, desa2, dinas):
            sync(ctx, f, PASS)
            assert conflicts.open_items(ctx) == [], ctx.kantor_nama
            assert ps.get_peserta(ctx, pid).no_hp == "081211110000", ctx.kantor_nama


@pytest.mark.slow
def test_a_conflict_settled_at_the_desa_ends_at_the_dinas(tmp_path: Path) -> None:
    a1, _ = two_desa()
    dinas = make_office(tmp_path, "dinas")
    desa = make_office(tmp_path, "desa", "desa", a1)
    desa2 = make_office(tmp_path, "desa_kedua", "desa", a1)
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)
    pid = ps.create_peserta(desa, generator(a1, seed=5).make()).id
    for ctx in (desa, dinas, desa2):
        sync(ctx, f, PASS)
    e = ps.get_peserta(dinas, pid)
    e.alamat = "Jl. Dari Dinas 1"
    ps.update_peserta(dinas, pid, e)
    d = ps.get_peserta(desa, pid)
    d.alamat = "Jl. Dari Desa 2"
    ps.update_peserta(desa, pid, d)
    sync(dinas, f, PASS)
    sync(desa, f, PASS)  # the conflict shows at the desa (and at the Dinas, later)
    sync(dinas, f, PASS)
    [item] = conflicts.open_items(desa)
    side = next(c for c in item.fields if c.field == "alamat")
    choice = "lokal" if side.lokal.startswith("Jl. Dari Dinas") else "masuk"
    conflicts.resolve(desa, item.id, {"alamat": choice})  # the desa takes the Dinas's address
    for _ in range(2):
        for ctx in (desa, dinas, desa2):
            sync(ctx, f, PASS)
    for ctx in (desa, dinas, desa2):
        assert conflicts.open_items(ctx) == [], ctx.kantor_nama
        assert ps.get_peserta(ctx, pid).alamat == "Jl. Dari Dinas 1", ctx.kantor_nama
