"""Convergence: any edits and any order of syncs among several offices end with the same data
everywhere (within each office's scope), once everyone has synced twice more."""

from __future__ import annotations

import contextlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from jamsostek_desk.domain.peserta import AhliWarisData
from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext, load_context
from jamsostek_desk.services.sync.conflicts import open_items
from jamsostek_desk.services.sync.engine import sync
from jamsostek_desk.services.synthetic import Generator
from jamsostek_desk.store.db import open_database
from tests.unit.sync_helpers import PASS, fts_consistent, generator, make_office, snapshot, two_desa

DESA_A, DESA_B = two_desa()
# (name, kind, region, the desa its people live in)
OFFICES = [
    ("dinas", "dinas_pmd", "63.03", None),
    ("desa_a", "desa", DESA_A, DESA_A),
    ("desa_a2", "desa", DESA_A, DESA_A),  # a second installation in the same village
    ("desa_b", "desa", DESA_B, DESA_B),
]


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offices after a first round: everyone already shares a few participants, so that
    the random edits hit the same records at several offices."""
    folder = tmp_path_factory.mktemp("offices")
    ctxs = [make_office(folder, name, kind, region) for name, kind, region, _ in OFFICES]
    for ctx, seed in ((ctxs[1], 1), (ctxs[3], 2)):
        g = generator(ctx.wilayah_kode, seed=seed)
        for _ in range(3):
            ps.create_peserta(ctx, g.make())
    for ctx in (*ctxs, *ctxs):
        sync(ctx, folder / "pusat.jdsync", PASS)
    for ctx in ctxs:
        ctx.db.close()
    return folder


office_ix = st.integers(0, len(OFFICES) - 1)
ops = st.lists(
    st.one_of(
        st.tuples(st.just("create"), office_ix),
        st.tuples(st.just("edit"), office_ix, st.integers(0, 3), st.integers(0, 99)),
        st.tuples(st.just("edit"), office_ix, st.integers(0, 3), st.integers(0, 99)),
        st.tuples(st.just("heir"), office_ix, st.integers(0, 3), st.integers(0, 99)),
        st.tuples(st.just("nonaktif"), office_ix, st.integers(0, 3)),
        st.tuples(st.just("meninggal"), office_ix, st.integers(0, 3)),
        st.tuples(st.just("kpj"), office_ix, st.integers(0, 3), st.integers(0, 99)),
        st.tuples(st.just("hp"), office_ix, st.integers(0, 3), st.integers(0, 99)),
        st.tuples(st.just("reaktif"), office_ix, st.integers(0, 3)),
        st.tuples(st.just("delete"), office_ix, st.integers(0, 3)),
        st.tuples(st.just("sync"), office_ix),
    ),
    min_size=1,
    max_size=25,
)


def _live(ctx: AppContext) -> list[str]:
    return sorted(snapshot_live(ctx))


def snapshot_live(ctx: AppContext) -> list[str]:
    return [pid for pid, row in snapshot(ctx)["peserta"].items() if row["deleted_at"] is None]


# The fields the edits change (a change is recorded only when the value really changed).
WATCHED = (
    "no_hp",
    "alamat",
    "kpj",
    "status",
    "nonaktif_alasan",
    "nonaktif_tanggal",
    "nonaktif_keterangan",
    "deleted_at",
)
_GROUP = {c: "status" for c in ("nonaktif_alasan", "nonaktif_tanggal", "nonaktif_keterangan")}
Changes = dict[tuple[str, str], list[tuple[int, object]]]


def _do(
    op: tuple, ctxs: list[AppContext], gens: list[Generator], f: Path, changes: Changes
) -> None:
    """One step of a script; ``changes`` collects, per (participant, field), which office
    changed it to which value."""
    ctx = ctxs[op[1]]
    if op[0] == "sync":
        sync(ctx, f, PASS)
        return
    if op[0] == "create":
        ps.create_peserta(ctx, gens[op[1]].make())
        return
    live = _live(ctx)
    if not live:
        return
    pid = live[op[2] % len(live)]
    before = snapshot(ctx)["peserta"][pid]
    _edit(op, ctx, pid)
    after = snapshot(ctx)["peserta"][pid]
    changes.setdefault((pid, "_op"), []).append((op[1], op[0]))
    for c in WATCHED:
        if before[c] != after[c]:
            value = "dihapus" if c == "deleted_at" else after[c]
            changes.setdefault((pid, c), []).append((op[1], value))


def _one_sided_changes_kept(ctxs: list[AppContext], changes: Changes) -> None:
    """A field changed at exactly one office ends with that office's last value everywhere."""
    rows = [snapshot(ctx)["peserta"] for ctx in ctxs]
    for (pid, c), done in changes.items():
        if c == "_op":
            ops = {name for _, name in done}
            if "meninggal" in ops and not ops & {"reaktif", "nonaktif"}:
                for people in rows:  # a death is never undone by an edit made elsewhere
                    if pid in people:
                        assert (people[pid]["status"], people[pid]["nonaktif_alasan"]) == (
                            "nonaktif",
                            "meninggal",
                        )
            continue
        group = [k for k in changes if k[0] == pid and _GROUP.get(k[1], k[1]) == _GROUP.get(c, c)]
        if len({ix for k in group for ix, _ in changes[k]}) != 1:
            continue  # changed at two offices: the rule decides (and a conflict is reported)
        value = done[-1][1]
        for ctx, people in zip(ctxs, rows, strict=True):
            if pid in people:
                got = people[pid][c]
                got = "dihapus" if c == "deleted_at" and got is not None else got
                assert got == value, (ctx.kantor_nama, pid, c, done)


def _edit(op: tuple, ctx: AppContext, pid: str) -> None:
    if op[0] == "edit":
        d = ps.get_peserta(ctx, pid)
        d.no_hp = f"0812{op[3]:08d}"
        d.alamat = f"Jl. Ubah {op[3]} oleh {ctx.kantor_nama}"
        ps.update_peserta(ctx, pid, d)
    elif op[0] == "heir":
        d = ps.get_peserta(ctx, pid)
        d.ahli_waris = [*d.ahli_waris[-1:], AhliWarisData(f"Ahli Waris {op[3]}", "Anak")]
        ps.update_peserta(ctx, pid, d)
    elif op[0] == "nonaktif":
        ps.deactivate(ctx, pid, "pindah", date(2026, 1, 2))
    elif op[0] == "meninggal":
        ps.deactivate(ctx, pid, "meninggal", date(2026, 3, 4), f"oleh {ctx.kantor_nama}")
    elif op[0] == "reaktif":
        ps.reactivate(ctx, pid)
    elif op[0] in ("kpj", "hp"):  # different offices change different fields of one person
        d = ps.get_peserta(ctx, pid)
        if op[0] == "kpj":
            d.kpj = f"{op[1]}{op[3]:02d}{int(pid[-8:], 16) % 10**8:08d}"
            d.status = d.status if d.status == "nonaktif" else "aktif"
        else:
            d.no_hp = f"0813{op[3]:08d}"
        ps.update_peserta(ctx, pid, d)
    elif op[0] == "delete":
        ps.delete_peserta(ctx, pid)


@pytest.mark.slow
@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=ops)
@example(  # issue 5 re-review, defect A: a death recorded offline before the Dinas's last sync
    script=[
        ("meninggal", 1, 0),
        ("hp", 3, 0, 1),
        ("sync", 3),
        ("sync", 0),
        ("kpj", 0, 0, 5),
        ("sync", 1),
        ("sync", 0),
        ("sync", 1),
    ]
)
def test_any_order_of_edits_and_syncs_converges(
    templates: Path, tmp_path_factory: pytest.TempPathFactory, script: list[tuple]
) -> None:
    folder = tmp_path_factory.mktemp("run")
    ctxs = []
    for name, *_ in OFFICES:
        shutil.copy(templates / f"{name}.sqlite", folder / f"{name}.sqlite")
        ctxs.append(load_context(open_database(folder / f"{name}.sqlite")))
    gens = [
        generator(home, seed=100 + i) if home else generator(DESA_A, seed=100 + i)
        for i, (_, _, _, home) in enumerate(OFFICES)
    ]
    f = folder / "pusat.jdsync"
    shutil.copy(templates / "pusat.jdsync", f)
    try:
        changes: Changes = {}
        for op in script:
            _do(op, ctxs, gens, f, changes)
        for _ in range(2):
            for ctx in ctxs:
                sync(ctx, f, PASS)
        _one_sided_changes_kept(ctxs, changes)
        dinas, desa_a, desa_a2, desa_b = ctxs
        assert snapshot(desa_a) == snapshot(desa_a2) == snapshot(dinas, DESA_A)
        assert snapshot(desa_b) == snapshot(dinas, DESA_B)
        assert len(snapshot(dinas)["peserta"]) == len(snapshot(dinas, DESA_A)["peserta"]) + len(
            snapshot(dinas, DESA_B)["peserta"]
        )
        for ctx in ctxs:
            assert fts_consistent(ctx)
            # conflicts wait for a user, but the data already agrees without them
            assert all(item.jenis == "konflik" for item in open_items(ctx))
    finally:
        for ctx in ctxs:
            ctx.db.close()


# Offices that see the same desa: a person registered at one may be registered again at another.
SAME_SCOPE = {0: [1, 2], 1: [0, 2], 2: [0, 1], 3: [0]}

twin_ops = st.lists(
    st.one_of(
        st.tuples(st.just("create"), office_ix),
        st.tuples(st.just("twin"), office_ix, st.integers(0, 3), st.integers(0, 1)),
        st.tuples(st.just("twin"), office_ix, st.integers(0, 3), st.integers(0, 1)),
        st.tuples(st.just("edit"), office_ix, st.integers(0, 3), st.integers(0, 99)),
        st.tuples(st.just("delete"), office_ix, st.integers(0, 3)),
        st.tuples(st.just("sync"), office_ix),
    ),
    min_size=1,
    max_size=20,
)


def _twin(op: tuple, ctxs: list[AppContext], gens: list[Generator]) -> None:
    """The same new person registered at this office and at another one of the same scope,
    each unaware of the other."""
    d = gens[op[1]].make()
    choices = SAME_SCOPE[op[1]] if d.desa_kode == DESA_A else [3] if op[1] == 0 else [0]
    other = ctxs[choices[op[3] % len(choices)]]
    ps.create_peserta(ctxs[op[1]], d)
    d.no_hp = f"08990000{op[2]:04d}"
    d.ahli_waris = [AhliWarisData(a.nama, a.hubungan) for a in d.ahli_waris]
    with contextlib.suppress(ps.DuplicateNik):  # that office has it already: the form said so
        ps.create_peserta(other, d)


@pytest.mark.slow
@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=twin_ops)
def test_duplicate_registrations_converge_once_merged(
    templates: Path, tmp_path_factory: pytest.TempPathFactory, script: list[tuple]
) -> None:
    from jamsostek_desk.services.sync.conflicts import resolve

    folder = tmp_path_factory.mktemp("twins")
    ctxs = []
    for name, *_ in OFFICES:
        shutil.copy(templates / f"{name}.sqlite", folder / f"{name}.sqlite")
        ctxs.append(load_context(open_database(folder / f"{name}.sqlite")))
    gens = [generator(home or DESA_A, seed=200 + i) for i, (*_, home) in enumerate(OFFICES)]
    f = folder / "pusat.jdsync"
    shutil.copy(templates / "pusat.jdsync", f)
    try:
        for op in script:
            if op[0] == "twin":
                _twin(op, ctxs, gens)
            else:
                _do(op, ctxs, gens, f, {})

        def live_niks(ctx: AppContext) -> set[str]:
            rows = snapshot(ctx)["peserta"].values()
            return {r["nik"] for r in rows if r["deleted_at"] is None}

        before = set().union(*(live_niks(ctx) for ctx in ctxs))
        pairs = 0
        for _ in range(3):  # every office merges what it was shown, then syncs
            for ctx in ctxs:
                sync(ctx, f, PASS)
                for item in open_items(ctx):
                    pairs += item.jenis == "duplikat"
                    resolve(ctx, item.id, {})
        event(f"duplicate pairs merged: {min(pairs, 3)}{'+' if pairs >= 3 else ''}")
        for ctx in ctxs:
            sync(ctx, f, PASS)
        dinas, desa_a, desa_a2, desa_b = ctxs
        assert snapshot(desa_a) == snapshot(desa_a2) == snapshot(dinas, DESA_A)
        assert snapshot(desa_b) == snapshot(dinas, DESA_B)
        for ctx in ctxs:
            assert fts_consistent(ctx)
            assert open_items(ctx) == []
            niks = [r["nik"] for r in snapshot(ctx)["peserta"].values() if not r["deleted_at"]]
            assert len(niks) == len(set(niks))
        if not any(op[0] == "delete" for op in script):  # merging never loses a person
            assert live_niks(dinas) == before
    finally:
        for ctx in ctxs:
            ctx.db.close()
