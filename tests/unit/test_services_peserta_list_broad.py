"""Broad searches: rows tested one by one while walking the sort index, exact count later.

The thresholds are lowered so that a small database takes the same path a million-row one
takes for a one-letter search; the answers must equal those of the FTS path.
"""

from __future__ import annotations

import pytest

from jamsostek_desk.services import peserta_list as pl
from jamsostek_desk.services.peserta_list import ExactCount, PesertaFilter


@pytest.fixture
def broad(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pl, "SEARCH_CAP", 3)
    monkeypatch.setattr(pl, "WALK_THRESHOLD", 3)


def _all(db, f, **kw):  # type: ignore[no-untyped-def]
    return [r.id for r in pl.fetch_page(db, f, offset=0, limit=10_000, **kw)]


@pytest.mark.parametrize("search", ["a", "s", "nur", "6303", "63030", "h"])
@pytest.mark.parametrize("sort", ["nama", "nik", "desa", "status"])
def test_broad_search_lists_what_the_index_path_lists(ctx, gen, broad, search, sort):
    from jamsostek_desk.services.synthetic import insert_generated

    insert_generated(ctx, 400, seed=3)
    f = PesertaFilter(search=search)
    p = pl.plan(ctx.db, f)
    exact = pl.count(ctx.db, f)  # through FTS / index ranges
    if exact <= 3:
        pytest.fail(f"test data too small for {search!r}: {exact} matches")
    assert not p.exact and p.scan and p.count == 4  # a lower bound: cap + 1
    assert ExactCount(ctx.db, f).run() == exact
    walked = [r.id for r in pl.fetch_page(ctx.db, f, sort, False, 0, 10_000, scan=True, walk=True)]
    indexed = [r.id for r in pl.fetch_page(ctx.db, f, sort, False, 0, 10_000)]
    assert walked == indexed
    # pages of a walk concatenate to the whole
    pages = []
    for off in range(0, exact, 37):
        pages += [r.id for r in pl.fetch_page(ctx.db, f, sort, True, off, 37, scan=True, walk=True)]
    assert pages == [r.id for r in pl.fetch_page(ctx.db, f, sort, True, 0, 10_000)]


def test_narrow_search_is_exact_at_once(ctx, broad):
    from jamsostek_desk.services.synthetic import insert_generated

    insert_generated(ctx, 50, seed=4)
    one = pl.fetch_page(ctx.db, PesertaFilter(), limit=1)[0]
    p = pl.plan(ctx.db, PesertaFilter(search=one.nik))
    assert p.exact and p.count == 1 and not p.scan


def test_an_interrupted_count_returns_nothing(ctx):
    job = ExactCount(ctx.db, PesertaFilter(search="a"))
    job.interrupt()
    assert job.run() is None
