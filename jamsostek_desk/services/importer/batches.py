"""A big list imported in bounded memory: read, check and write in batches, in one transaction.

``import_in_batches`` does what ``analyse`` followed by ``commit`` does (the same checks,
counts, report, rejects and record) for the command line, where nobody looks at a preview.
The rows of each sheet go, BATCH_ROWS at a time, through the database check, and the new
participants of the batch are written at once inside the import's one transaction. A row
written (or skipped as already registered) is then dropped: what stays of it is its NIK, a
hash of its name and birth date, its row and its sheet, 23 bytes in arrays (a million held
rows were ~0.9 KB each). Rows refused, rows that update registered participants and rows
that repeat a NIK written earlier stay as in ``analyse``.

At the end the checks across the whole file run as in ``analyse``: every row of a NIK that
appears twice is refused, so the ones already written are deleted again before the commit;
rows with the same name and birth date but other NIKs get their warning. Cancelling (the
progress callback raising Cancelled) or any error, at any row, rolls the whole import back.
"""

from __future__ import annotations

import json
import time
from array import array
from collections.abc import Callable
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import delete, exc, select
from sqlalchemy.orm import Session

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.names import name_key
from jamsostek_desk.domain.peserta import PesertaData
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.services.common.progress import Progress, no_progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer.convert import RowResult, RowStatus
from jamsostek_desk.services.importer.pipeline import (
    _NO_SEQ,
    INSERT_CHUNK,
    PESERTA,
    Analysis,
    ImportOptions,
    ImportReport,
    SheetPlan,
    _analyse,
    _audit_imported,
    _check_rows,
    _gc_paused,
    _insert_new,
    _record_import,
    _refuse,
    _repeated,
    _write_changes,
    report_of,
)
from jamsostek_desk.store.bulk import search_index_paused
from jamsostek_desk.store.models import utcnow
from jamsostek_desk.store.settings import next_seq, stamp

# What became of an accepted row (one byte each)
_HELD = 0  # still a RowResult in its sheet's results
_WRITTEN = 1  # written in a batch, no warning
_WRITTEN_WARNED = 2  # written in a batch, with a warning
_SKIPPED = 3  # already registered, skipped (counted only)
_NO_CELLS: list[object] = []


def _exact(nik: str) -> bool:
    return len(nik) == 16 and nik.isdigit() and nik[0] != "0"


def _nik_key(nik: str) -> int:
    """A NIK as one 64-bit number: itself when it is 16 digits (every accepted NIK), else
    a hash (such a row is never written in a batch, see _Batches.__call__)."""
    return int(nik) if _exact(nik) else hash(nik)


def _person(d: PesertaData) -> int:
    # 64-bit hash of name + birth date; analyse compares the rows whose hashes meet for real,
    # here they are gone: two different people would have to share a 64-bit hash.
    return hash((name_key(d.nama), d.tanggal_lahir))


class _Unsaved(Exception):
    """Leaves the import's transaction without a commit (a dry run, or nothing to save)."""


class _Batches:
    """The sink of _analyse: checks and writes each batch, remembers what is needed at the end."""

    def __init__(
        self,
        ctx: AppContext,
        s: Session,
        ref: WilayahRef,
        options: ImportOptions,
        label: str,
        dry_run: bool,
        paused: ExitStack,
    ) -> None:
        self.ctx, self.s, self.ref, self.options = ctx, s, ref, options
        self.label, self.dry_run, self.paused = label, dry_run, paused
        self.plans: list[SheetPlan] = []
        self.index: dict[int, int] = {}  # id(plan) -> its place in self.plans
        # one entry per accepted row, in the order of the file
        self.niks = array("q")
        self.people = array("q")
        self.rows = array("I")
        self.sheets = array("H")
        self.state = bytearray()
        self.tally: dict[str, int] = {RowStatus.IMPORTED: 0, RowStatus.SKIPPED: 0, "warnings": 0}
        self.first_seq = _NO_SEQ  # set at the first write
        self.seq = 0
        self.version = 0
        self.now = datetime.min
        self.seconds = {"check": 0.0, "write": 0.0}  # the benchmark's phase table

    def _begin(self) -> None:
        """The write transaction starts at the first participant to write."""
        if self.first_seq != _NO_SEQ:
            return
        self.version = stamp(self.s)
        self.now = utcnow()
        self.first_seq = self.seq = next_seq(self.s)
        self.paused.enter_context(search_index_paused(self.s, self.first_seq))

    def __call__(self, plan: SheetPlan, held: int) -> int:
        """Check and write plan.results[held:]; returns how many rows the plan still holds."""
        t0 = time.perf_counter()
        if id(plan) not in self.index:
            self.index[id(plan)] = len(self.plans)
            self.plans.append(plan)
        sheet = self.index[id(plan)]
        batch = plan.results[held:]
        accepted = [r for r in batch if r.data is not None]
        first = len(self.niks)
        for r in accepted:
            data = cast(PesertaData, r.data)
            self.niks.append(_nik_key(data.nik))
            self.people.append(_person(data))
            self.rows.append(r.source_row)
            self.sheets.append(sheet)
        self.state.extend(bytes(len(accepted)))
        repeats = _check_rows(
            self.s.connection(),
            self.ctx,
            self.ref,
            self.options.update_existing,
            [(plan, accepted)],
            self.first_seq,
        )
        t1 = time.perf_counter()
        is_accepted = {id(r) for r in accepted}
        kept: list[RowResult] = []
        new: list[RowResult] = []
        taken: set[str] = set()  # NIKs written by this batch (a NIK twice in one batch)
        i = first
        for r in batch:
            if id(r) not in is_accepted:
                kept.append(r)
                continue
            state = _HELD
            d = r.data
            if d is not None and id(r) not in repeats:
                if r.status == RowStatus.IMPORTED and d.nik not in taken and _exact(d.nik):
                    taken.add(d.nik)
                    new.append(r)
                    state = _WRITTEN_WARNED if r.warnings else _WRITTEN
                    self.tally["warnings"] += state == _WRITTEN_WARNED
                elif r.status == RowStatus.SKIPPED:
                    state = _SKIPPED
                    self.tally[RowStatus.SKIPPED] += 1
            if state == _HELD:
                kept.append(r)
            self.state[i] = state
            i += 1
        self.tally[RowStatus.IMPORTED] += len(new)
        if new and not self.dry_run:
            self._write(new)
        plan.results[held:] = kept
        self.seconds["check"] += t1 - t0
        self.seconds["write"] += time.perf_counter() - t1
        return len(plan.results)

    def _write(self, new: list[RowResult]) -> None:
        self._begin()
        for start in range(0, len(new), INSERT_CHUNK):
            chunk = new[start : start + INSERT_CHUNK]
            datas = [cast(PesertaData, r.data) for r in chunk]
            ids = _insert_new(self.s, self.ctx, datas, self.seq, self.version, self.now)
            _audit_imported(
                self.s,
                self.ctx,
                ids,
                [r.source_row for r in chunk],
                self.label,
                self.version,
                self.now,
            )
            self.seq += len(chunk)

    def _where(self, i: int, several: bool) -> str:
        sheet = f" lembar {self.plans[self.sheets[i]].name}" if several else ""
        return f"baris {self.rows[i]}{sheet}"

    def finish(self, analysis: Analysis, progress: Progress) -> None:
        """The checks across the whole file (as _duplicates_in_file), then the rows still
        held are written: new ones that could not go in a batch, and the updates."""
        t0 = time.perf_counter()
        several = len(analysis.sheets) > 1
        held = {
            (self.index[id(plan)], r.source_row): r
            for plan in analysis.sheets
            if id(plan) in self.index
            for r in plan.results
        }
        gone: list[str] = []  # NIKs of written rows refused now

        def refused(i: int, message: str) -> None:
            state = self.state[i]
            if state == _HELD:
                held[(self.sheets[i], self.rows[i])].fail("nik", message)
                return
            if state in (_WRITTEN, _WRITTEN_WARNED):
                self.tally[RowStatus.IMPORTED] -= 1
                self.tally["warnings"] -= state == _WRITTEN_WARNED
                gone.append(str(self.niks[i]))
            else:
                self.tally[RowStatus.SKIPPED] -= 1
            r = RowResult(self.rows[i], _NO_CELLS, None, status=RowStatus.REJECTED, typed=False)
            r.fail("nik", message)
            self.plans[self.sheets[i]].results.append(r)
            held[(self.sheets[i], self.rows[i])] = r
            self.state[i] = _HELD

        for members in _groups(self.niks).values():
            for i in members:
                others = ", ".join(self._where(j, several) for j in members if j != i)
                refused(i, "NIK ini juga ada di " + others + " file ini.")
        for members in _groups(self.people).values():
            if len({self.niks[i] for i in members}) < 2:
                continue
            for i in members:
                others = ", ".join(self._where(j, several) for j in members if j != i)
                message = (
                    f"Mungkin orang yang sama dengan {others} (nama dan tanggal lahir sama, "
                    "NIK berbeda)."
                )
                if self.state[i] == _HELD:
                    held[(self.sheets[i], self.rows[i])].warn("nama", message, replace=True)
                elif self.state[i] == _WRITTEN:
                    self.state[i] = _WRITTEN_WARNED
                    self.tally["warnings"] += 1
        for plan in analysis.sheets:
            plan.results.sort(key=lambda r: r.source_row)
            for r in plan.results:
                if r.errors:
                    _refuse(plan, r)
        analysis.tally = {k: n for k, n in self.tally.items() if n}
        if self.dry_run:
            return
        if gone:
            self._delete(gone)
        rest = [
            r
            for p in analysis.sheets
            for r in p.results
            if r.status == RowStatus.IMPORTED and r.data
        ]
        if rest:
            self._write(rest)
        changed = [r for p in analysis.sheets for r in p.results if r.status == RowStatus.UPDATED]
        self.seconds["check"] += time.perf_counter() - t0
        self.paused.close()  # the search index and the coverage counters catch up
        if changed:
            self._begin_changes()
            total = len(changed)
            _write_changes(self.s, self.ctx, changed, self.version, self.now, progress, 0, total)

    def _begin_changes(self) -> None:
        if self.version == 0:
            self.version = stamp(self.s)
            self.now = utcnow()

    def _delete(self, niks: list[str]) -> None:
        """Written rows refused at the end (their NIK is in the file twice) are taken out again;
        the audit trail is append-only, so each gets an entry saying its import was withdrawn."""
        ids = [
            pid
            for part in in_chunks(sorted(niks))
            for pid in self.s.execute(
                select(PESERTA.c.id).where(PESERTA.c.nik.in_(part), PESERTA.c.seq >= self.first_seq)
            ).scalars()
        ]
        why = json.dumps({"impor": [self.label, None]}, ensure_ascii=False)
        audit.record_many(
            self.s,
            self.ctx,
            [("peserta", pid, "impor_batal", why) for pid in ids],
            version=self.version,
            now=self.now,
        )
        for part in in_chunks(ids):
            self.s.execute(delete(PESERTA).where(PESERTA.c.id.in_(part)))


def _groups(keys: array[int]) -> dict[int, list[int]]:
    """The places of every key that occurs more than once."""
    twice = _repeated(list(keys))
    out: dict[int, list[int]] = {}
    if twice:
        for i, key in enumerate(keys):
            if key in twice:
                out.setdefault(key, []).append(i)
    return out


def import_in_batches(
    ctx: AppContext,
    path: Path,
    options: ImportOptions,
    progress: Progress = no_progress,
    *,
    dry_run: bool = False,
    before_commit: Callable[[Analysis, Session], None] | None = None,
    seconds: dict[str, float] | None = None,
) -> tuple[Analysis, ImportReport]:
    """Check and import ``path`` in one transaction (see the module's text); nothing is
    written on a dry run or when no row is new or changed. ``before_commit`` gets the finished
    analysis and the session inside the transaction (the rejects file and its audit entry: if
    writing it fails, nothing is imported). Raises ReadError / UserError as analyse does, with
    nothing written."""
    if not dry_run:
        require_writer(ctx, "mengimpor daftar peserta")
    ref = load_wilayah()
    path = Path(path)
    try:
        with _gc_paused(), ctx.db.session() as s:
            with ExitStack() as paused:
                batches = _Batches(ctx, s, ref, options, path.name, dry_run, paused)
                try:
                    analysis = _analyse(ctx, path, options, progress, ref, batches)
                    progress(1, 1, "Mencocokkan dengan data yang sudah ada…")
                    batches.finish(analysis, progress)
                finally:
                    if seconds is not None:
                        seconds.update(batches.seconds)
            if before_commit is not None:
                before_commit(analysis, s)
            counts = analysis.counts()
            if dry_run or not (counts[RowStatus.IMPORTED] or counts[RowStatus.UPDATED]):
                raise _Unsaved()
            report = _record_import(s, ctx, analysis)
            total = counts[RowStatus.IMPORTED] + counts[RowStatus.UPDATED]
            progress(total, total, "Selesai.")
    except _Unsaved:
        return analysis, report_of(analysis, committed=False)
    except exc.IntegrityError as e:
        # another import saved some of these NIKs between a batch's check and its write
        raise UserError(
            f"Berkas {path.name} sedang diimpor atau baru saja diimpor dari jendela atau "
            "perintah lain: sebagian NIK-nya tersimpan selagi berkas ini diperiksa. Tidak ada "
            "yang disimpan dari impor ini; impor lagi bila perlu."
        ) from e
    return analysis, report


__all__ = ["import_in_batches"]
