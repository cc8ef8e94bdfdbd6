"""Bulk import: read and check everything first (dry run), then write all accepted rows at once.

``analyse`` never writes: it reads the file, finds the data, converts and checks each row,
finds duplicates inside the file and against the database, and says what would happen to
every row. ``commit`` writes the accepted rows of an analysis in one transaction (all or
nothing) and records the import. Cancelling (a progress callback raising Cancelled) at any
point leaves the database untouched.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, exc, func, insert, select, update
from sqlalchemy.orm import Session

from jamsostek_desk.domain.codes import KATEGORI
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.names import name_key
from jamsostek_desk.domain.peserta import LABELS, PESERTA_FIELDS, PesertaData, check_peserta
from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.common.batching import in_chunks
from jamsostek_desk.services.common.progress import Progress, no_progress, step
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer.convert import (
    COUNTED,
    WRITTEN,
    Converter,
    RowResult,
    RowStatus,
    sheet_desa,
    shown_cells,
)
from jamsostek_desk.services.importer.layout import SCAN_ROWS, SheetLayout, detect_layout
from jamsostek_desk.services.importer.reader import ReadError, open_workbook
from jamsostek_desk.services.importer.reader.guards import column_letter
from jamsostek_desk.services.importer.rows import RowSorter, family_of, is_family_row
from jamsostek_desk.services.importer.sheet_rules import (
    checked_desa,
    desa_of_sheet,
    missing_columns,
    missing_message,
)
from jamsostek_desk.services.iuran import upah_minimum_bpu
from jamsostek_desk.services.peserta import new_row
from jamsostek_desk.store.bulk import (
    PESERTA_INSERT_COLUMNS,
    insert_sqlite,
    peserta_rows,
    search_index_paused,
)
from jamsostek_desk.store.models import (
    Impor,
    PemetaanKolom,
    Peserta,
    utcnow,
)
from jamsostek_desk.store.settings import next_seq, stamp

PESERTA = cast(Table, Peserta.__table__)
INSERT_CHUNK = 10_000  # rows per executemany: progress steps, and bounded memory
BATCH_ROWS = 20_000  # import_in_batches: rows checked against the database and written at once


@dataclass
class ImportOptions:
    kategori: str
    sheet: str | None = None  # None: every visible sheet that holds a list
    update_existing: bool = False
    mapping: dict[str, str] | None = None  # header key -> field ("" ignores the column)
    # sheet name -> 0-based header row the user chose (others: found by detect_layout)
    header_rows: dict[str, int] | None = None
    desa: str | None = None  # desa code of a list without a desa column (--desa)


@dataclass
class SheetPlan:
    name: str
    layout: SheetLayout
    results: list[RowResult] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, why it is not data)
    desa_kode: str | None = None  # the desa of rows without one
    desa_source: str | None = None  # where that desa was read ("--desa", a title, the name)
    partial: bool = False  # only some columns, to update people already registered


@dataclass
class Analysis:
    path: Path
    sha256: str
    options: ImportOptions
    sheets: list[SheetPlan]
    notes: list[str] = field(default_factory=list)
    previous: str | None = None  # set when this very file was imported before
    # rows counted but no longer held (written or skipped batch by batch by import_in_batches):
    # status -> rows, and "warnings" for the written ones with a warning
    tally: dict[str, int] = field(default_factory=dict)

    def rows(self) -> list[tuple[SheetPlan, RowResult]]:
        return [(s, r) for s in self.sheets for r in s.results]

    @property
    def total(self) -> int:
        held = sum(len(s.results) for s in self.sheets)
        return held + sum(n for k, n in self.tally.items() if k != "warnings")

    def counts(self) -> dict[str, int]:
        """Rows per RowStatus, and "warnings": written rows that carry a warning."""
        out: dict[str, int] = dict.fromkeys(COUNTED, 0)
        out["warnings"] = 0
        for k, n in self.tally.items():
            out[k] += n
        for r in (r for s in self.sheets for r in s.results):
            out[r.status] += 1
            # a skipped row's warning is why it is skipped: not counted here
            if r.warnings and r.status in WRITTEN:
                out["warnings"] += 1
        return out

    def count(self, status: RowStatus) -> int:
        return self.counts()[status]

    @property
    def warnings(self) -> int:
        return self.counts()["warnings"]


@dataclass
class ImportReport:
    rows: int
    imported: int
    updated: int
    skipped_duplicates: int
    rejected: int
    warnings: int
    errors: list[dict[str, Any]]
    notes: list[str]
    committed: bool
    mapping: list[dict[str, Any]] = field(default_factory=list)
    skipped_rows: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "skipped_duplicates": self.skipped_duplicates,
            "rejected": self.rejected,
            "warnings": self.warnings,
            "errors": self.errors,
            "notes": self.notes,
            "committed": self.committed,
            "mapping": self.mapping,
            "skipped_rows": self.skipped_rows,
        }


@contextmanager
def _gc_paused() -> Iterator[None]:
    """A 100,000-row analysis is ~800,000 objects that live until the import ends; every full
    collection walks them all (0.7-1 s each, measured). Nothing here makes reference cycles
    worth collecting, so the collector waits until the work is done."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def mapping_signature(layout: SheetLayout) -> str:
    return hashlib.sha256(layout.signature.encode()).hexdigest()


def remembered_mapping(ctx: AppContext, layout: SheetLayout) -> dict[str, str] | None:
    with ctx.db.session() as s:
        row = s.get(PemetaanKolom, mapping_signature(layout))
        return cast(dict[str, str], json.loads(row.pemetaan)) if row else None


def remember_mapping(ctx: AppContext, layout: SheetLayout, mapping: dict[str, str]) -> None:
    with ctx.db.session() as s:
        row = s.get(PemetaanKolom, mapping_signature(layout))
        payload = json.dumps(mapping, sort_keys=True)
        if row is None:
            s.add(PemetaanKolom(tanda=mapping_signature(layout), pemetaan=payload))
        else:
            row.pemetaan, row.updated_at = payload, utcnow()


def analyse(
    ctx: AppContext,
    path: Path,
    options: ImportOptions,
    progress: Progress = no_progress,
    ref: WilayahRef | None = None,
) -> Analysis:
    """Everything the import would do, written nowhere. Raises ReadError when the file
    cannot be read at all, UserError when it holds no recognisable list."""
    with _gc_paused():
        return _analyse(ctx, path, options, progress, ref)


Sink = Callable[["SheetPlan", int], int]


def _analyse(
    ctx: AppContext,
    path: Path,
    options: ImportOptions,
    progress: Progress,
    ref: WilayahRef | None,
    sink: Sink | None = None,
) -> Analysis:
    """See analyse. With a ``sink``, the rows of each sheet go to it in batches as they are
    checked (see import_in_batches), and the checks across the whole file are left to it."""
    if options.kategori not in KATEGORI:
        raise UserError(f"Kategori '{options.kategori}' tidak dikenal.")
    ref = ref or load_wilayah()
    path = Path(path)
    if options.desa:
        options.desa = checked_desa(options.desa, ref, ctx.kabupaten_kode)
    progress(0, 1, f"Membaca {path.name}…")
    workbook = open_workbook(path)
    try:
        sha = file_sha256(path)
        names = [s.name for s in workbook.sheets]
        if options.sheet is not None and options.sheet not in names:
            raise UserError(
                f"Lembar '{options.sheet}' tidak ada di {path.name}. Lembar yang ada: "
                + ", ".join(names)
                + "."
            )
        wanted = (
            [options.sheet]
            if options.sheet is not None
            else [s.name for s in workbook.sheets if s.visible and s.rows]
        )
        plans: list[SheetPlan] = []
        skipped_sheets: list[str] = []
        for sheet in wanted:
            plan = _plan_sheet(ctx, workbook, sheet, options, ref, progress, sink)
            if plan is None:
                skipped_sheets.append(sheet)
            else:
                plans.append(plan)
        notes = list(workbook.notes)
    finally:
        workbook.close()
    if not plans:
        which = ", ".join(skipped_sheets) or "(kosong)"
        raise UserError(
            f"Tidak ditemukan daftar peserta di {path.name} (lembar: {which}). Baris judul kolom "
            "harus memuat sedikitnya NIK, nama dan kolom lain seperti tanggal lahir atau desa. "
            "Gunakan template daftar peserta, atau atur pemetaan kolom."
        )
    if skipped_sheets:
        notes.append("Lembar tanpa daftar peserta dilewati: " + ", ".join(skipped_sheets) + ".")
    for plan in plans:
        if plan.desa_kode and plan.desa_source and plan.desa_source != "--desa":
            notes.append(
                f"Lembar {plan.name} tidak punya kolom desa: desanya {ref.label(plan.desa_kode)}, "
                f"dibaca dari {plan.desa_source}. Periksa sebelum mengimpor."
            )
    analysis = Analysis(path, sha, options, plans, notes)
    analysis.previous = _previous_import(ctx, sha)
    if sink is None:
        progress(1, 1, "Mencocokkan dengan data yang sudah ada…")
        _duplicates_in_file(analysis)
        _against_database(ctx, analysis, ref)
    return analysis


def _plan_sheet(
    ctx: AppContext,
    workbook: Any,
    sheet: str,
    options: ImportOptions,
    ref: WilayahRef,
    progress: Progress,
    sink: Sink | None = None,
) -> SheetPlan | None:
    """Find the list in one sheet and convert its rows; None when the sheet holds no list.
    With a ``sink``, every BATCH_ROWS new rows are handed to it (it returns how many rows the
    plan still holds)."""
    rows = workbook.rows(sheet)
    top: list[list[object]] = []
    for row in rows:
        top.append(row)
        if len(top) >= SCAN_ROWS:
            break
    chosen = (options.header_rows or {}).get(sheet)
    layout = detect_layout(top, options.mapping, chosen)
    if layout is not None and options.mapping is None:
        saved = remembered_mapping(ctx, layout)
        if saved:
            layout = detect_layout(top, saved, chosen) or layout
    if layout is None:
        return None
    plan = SheetPlan(sheet, layout)
    plan.desa_kode, plan.desa_source = desa_of_sheet(
        layout, top, sheet, ref, ctx.kabupaten_kode, options.desa
    )
    fallback = plan.desa_kode
    if "desa" in layout.columns.values():  # empty cells take the desa the sheet names
        hint = (
            options.desa
            or (sheet_desa(ref, ctx.kabupaten_kode, layout.titles, sheet) or (None,))[0]
        )
        fallback = hint
    missing = missing_columns(layout, options.kategori, plan.desa_source is not None)
    if missing:
        if not (options.update_existing and "nik" in layout.columns.values()):
            raise UserError(missing_message(sheet, layout, missing))
        plan.partial = True
    converter = Converter(
        ref,
        ctx.kabupaten_kode,
        options.kategori,
        layout,
        upah_minimum_bpu(ctx, date.today()),
        default_desa=fallback,
        partial=plan.partial,
    )
    hidden = workbook.hidden_rows(sheet)
    total = next((s.rows for s in workbook.sheets if s.name == sheet), 0) or 1
    sorter = RowSorter(layout)
    first = layout.first_row
    results, skipped = plan.results, plan.skipped
    held = 0  # rows before this index were handed to the sink
    for index, cells in enumerate(_chain(top, rows)):
        if index <= layout.header_row:
            if index < first and is_family_row(cells):  # BIP: a family row above the header
                sorter.family = family_of([str(c) for c in cells if isinstance(c, str)])
            continue
        why = sorter.sort(cells)
        if why is not None:
            if why:
                skipped.append((index + 1, why))
            continue
        result = converter.convert(index + 1, cells, sorter.family)
        if index in hidden:
            result.warn("baris", "Baris ini tersembunyi di Excel, tetapi ikut diimpor.")
        results.append(result)
        if sink is not None and len(results) - held >= BATCH_ROWS:
            held = sink(plan, held)
        if index % 2000 == 0:
            step(
                progress,
                index,
                total,
                f"Memeriksa lembar {sheet}: baris {{baris}}…",
                baris=index + 1,
            )
    if sink is not None:
        sink(plan, held)
    return plan


def _chain(first: list[list[object]], rest: Any) -> Any:
    yield from first
    yield from rest


def _where(plan: SheetPlan, result: RowResult, several: bool) -> str:
    return f"baris {result.source_row}" + (f" lembar {plan.name}" if several else "")


def _repeated(values: list[Any]) -> set[Any]:
    """The values that occur more than once (sorted in place: no dict of every value)."""
    values.sort()
    return {a for a, b in itertools.pairwise(values) if a == b}


def _duplicates_in_file(analysis: Analysis) -> None:
    """Every row of a NIK that appears more than once is rejected; none silently wins.

    Repeats are found by sorting a list of the NIKs (and of the hashes of name + birth
    date) rather than with a dict of every row: at a million rows the dicts were the peak
    of the import's memory. Lists of rows are made for repeats alone."""
    several = len(analysis.sheets) > 1
    accepted = [r for plan in analysis.sheets for r in plan.results if r.data is not None]

    def person(d: PesertaData) -> int:
        return hash((name_key(d.nama), d.tanggal_lahir))

    twice_nik = _repeated([cast(PesertaData, r.data).nik for r in accepted])
    # hashes: rows whose hashes meet are compared for real below
    twice_person = _repeated([person(cast(PesertaData, r.data)) for r in accepted])
    more_nik: dict[str, list[RowResult]] = {}
    more_person: dict[int, list[RowResult]] = {}
    if twice_nik or twice_person:
        for r in accepted:
            d = cast(PesertaData, r.data)
            if d.nik in twice_nik:
                more_nik.setdefault(d.nik, []).append(r)
            if twice_person and (key := person(d)) in twice_person:
                more_person.setdefault(key, []).append(r)
    del accepted
    # the sheet of each row named in a message (rows only, not (sheet, row) pairs, are kept
    # above: a million pairs were 110 MB)
    named = {id(r) for groups in (more_nik, more_person) for g in groups.values() for r in g}
    plan_of = {id(r): plan for plan in analysis.sheets for r in plan.results if id(r) in named}
    for group in more_nik.values():
        for r in group:
            others = [_where(plan_of[id(o)], o, several) for o in group if o is not r]
            r.fail("nik", "NIK ini juga ada di " + ", ".join(others) + " file ini.")
    for group in more_person.values():
        first = cast(PesertaData, group[0].data)
        same = (name_key(first.nama), first.tanggal_lahir)
        group = [
            r for r in group if r.data and (name_key(r.data.nama), r.data.tanggal_lahir) == same
        ]
        niks = {r.data.nik for r in group if r.data}
        if len(niks) < 2:
            continue
        for r in group:
            others = [_where(plan_of[id(o)], o, several) for o in group if o is not r]
            r.warn(
                "nama",
                "Mungkin orang yang sama dengan "
                + ", ".join(others)
                + " (nama dan tanggal lahir sama, NIK berbeda).",
                replace=True,
            )
    for plan in analysis.sheets:
        for r in plan.results:
            if r.errors:
                _refuse(plan, r)


_NO_SEQ = 1 << 62  # no participant of this import is in the database yet


def _against_database(ctx: AppContext, analysis: Analysis, ref: WilayahRef) -> None:
    """NIKs already registered are skipped (reported) or, when asked, updated field by field."""
    with ctx.db.connect() as conn:
        _check_rows(
            conn,
            ctx,
            ref,
            analysis.options.update_existing,
            [(plan, plan.results) for plan in analysis.sheets],
        )


def _check_rows(
    conn: Connection,
    ctx: AppContext,
    ref: WilayahRef,
    update: bool,
    parts: list[tuple[SheetPlan, list[RowResult]]],
    first_seq: int = _NO_SEQ,
) -> set[int]:
    """The database check of _against_database for some rows. Participants numbered from
    ``first_seq`` were written by this import: a row with one of their NIKs repeats an earlier
    row of the file; such rows are left as they are and returned (as ids of the RowResults)."""
    niks = [r.data.nik for _, rows in parts for r in rows if r.data is not None]
    existing: dict[str, dict[str, Any]] = {}
    ours: set[str] = set()
    names: dict[str, list[tuple[str, object]]] = defaultdict(list)
    # One statement each, compiled once: an IN list of a new length each time was a third
    # of this step on 100,000 rows (measured).
    live = PESERTA.c.deleted_at.is_(None)
    by_nik = select(PESERTA.c.id, PESERTA.c.seq, *(PESERTA.c[f] for f in PESERTA_FIELDS)).where(
        PESERTA.c.nik.in_(bindparam("values", expanding=True)), live
    )
    by_name = select(PESERTA.c.nik, PESERTA.c.nama, PESERTA.c.tanggal_lahir).where(
        PESERTA.c.nama.in_(bindparam("values", expanding=True)),
        live,
        PESERTA.c.seq < bindparam("before"),
    )
    for part in in_chunks(niks):
        for row in conn.execute(by_nik, {"values": part}).mappings():
            if row["seq"] >= first_seq:
                ours.add(row["nik"])
            else:
                existing[row["nik"]] = dict(row)
    del niks
    # names sorted (neighbours in the name index: a third of the time of unsorted
    # batches, measured), as a list with repeats rather than a set of a million names
    plain = sorted(r.data.nama for _, rows in parts for r in rows if r.data)
    unique = [name for name, _ in itertools.groupby(plain)]
    del plain
    for part in in_chunks(unique):
        for nik, nama, lahir in conn.execute(by_name, {"values": part, "before": first_seq}):
            names[name_key(nama)].append((nik, lahir))
    del unique
    repeats: set[int] = set()
    for plan, rows in parts:
        given = set(_given_fields(plan)) if update else set()
        for r in rows:
            d = r.data
            if d is None:
                continue
            if d.nik in ours:
                repeats.add(id(r))
                continue
            for other_nik, lahir in names.get(name_key(d.nama), ()):
                if lahir == d.tanggal_lahir and other_nik != d.nik:
                    r.warn(
                        "nama",
                        f"Mungkin sudah terdaftar dengan NIK lain ({other_nik}): nama dan "
                        "tanggal lahir sama.",
                    )
            old = existing.get(d.nik)
            if plan.partial:
                _partial_update(ctx, ref, plan, r, old, given)
                continue
            if old is None:
                r.status = RowStatus.IMPORTED
                continue
            r.existing_id = old["id"]
            if not update:
                r.status = RowStatus.SKIPPED
                r.warn("nik", f"NIK sudah terdaftar atas nama {old['nama']}; baris ini dilewati.")
                continue
            r.changes = {
                f: (old[f], getattr(d, f))
                for f in PESERTA_FIELDS
                if f in given and getattr(d, f) not in (None, "") and old[f] != getattr(d, f)
            }
            r.status = RowStatus.UPDATED if r.changes else RowStatus.SKIPPED
            if not r.changes:
                r.warn("nik", f"Sudah terdaftar atas nama {old['nama']}, tanpa perubahan.")
    return repeats


def _refuse(plan: SheetPlan, r: RowResult) -> None:
    """A row refused after it was accepted: what it holds stays visible in the preview."""
    if r.data is not None and not r.typed:
        r.cells = shown_cells(plan.layout, r.data)
    r.status, r.data = RowStatus.REJECTED, None


def _partial_update(
    ctx: AppContext,
    ref: WilayahRef,
    plan: SheetPlan,
    r: RowResult,
    old: dict[str, Any] | None,
    given: set[str],
) -> None:
    """A row of a list with only some columns: it changes those columns of a registered
    participant, and the rules judge the record as it will be after the change."""
    d = cast(PesertaData, r.data)
    if old is None:
        _refuse(plan, r)
        r.fail(
            "nik",
            "NIK ini belum terdaftar. Daftar ini hanya berisi sebagian kolom, jadi hanya bisa "
            "memperbarui peserta yang sudah ada.",
        )
        return
    r.existing_id = old["id"]
    after = PesertaData(**{f: old[f] for f in PESERTA_FIELDS})
    for f in given:
        value = getattr(d, f)
        if value not in (None, ""):
            setattr(after, f, value)
    checked = check_peserta(after, ref, ctx.kabupaten_kode, in_place=True)
    if checked.errors:
        _refuse(plan, r)
        for f_name, msg in checked.errors.items():
            r.fail("desa" if f_name == "desa_kode" else f_name, msg, replace=False)
        return
    r.changes = {
        f: (old[f], getattr(after, f)) for f in PESERTA_FIELDS if old[f] != getattr(after, f)
    }
    r.status = RowStatus.UPDATED if r.changes else RowStatus.SKIPPED
    if not r.changes:
        r.warn("nik", f"Sudah terdaftar atas nama {old['nama']}, tanpa perubahan.")


_FIELD_OF_COLUMN = {
    "desa": ("desa_kode",),
    "tempat_tanggal_lahir": ("tempat_lahir", "tanggal_lahir"),
    "rt_rw": ("rt", "rw"),
}


def _given_fields(plan: SheetPlan) -> list[str]:
    """Fields the file actually has a column for (an update never blanks the others)."""
    out: list[str] = []
    for f in plan.layout.columns.values():
        out.extend(_FIELD_OF_COLUMN.get(f, (f,)))
    if "kpj" in out:
        out.append("status")
    return out


def _previous_import(ctx: AppContext, sha: str) -> str | None:
    with ctx.db.session() as s:
        before = (
            s.execute(select(Impor).where(Impor.sha256 == sha).order_by(Impor.waktu.desc()))
            .scalars()
            .first()
        )
        if before is None:
            return None
        return (
            f"File yang sama persis sudah diimpor pada {before.waktu:%d-%m-%Y %H:%M} (UTC) oleh "
            f"{before.operator_nama}: {before.imported} peserta ditambahkan saat itu. Peserta yang "
            "sudah ada tidak ditambahkan lagi."
        )


def errors_of(analysis: Analysis) -> list[dict[str, Any]]:
    """[{row, sheet, column, message}] for every rejected row, columns named as in the file."""
    out: list[dict[str, Any]] = []
    for plan, r in analysis.rows():
        if r.status != RowStatus.REJECTED:
            continue
        header_of = {f: plan.layout.headers[c] for c, f in plan.layout.columns.items()}
        for f_name, msg in r.errors.items():
            out.append(
                {
                    "row": r.source_row,
                    "sheet": plan.name,
                    "column": header_of.get(f_name, LABELS.get(f_name, f_name)),
                    "message": msg,
                }
            )
    return out


def report_of(analysis: Analysis, committed: bool) -> ImportReport:
    notes = list(analysis.notes)
    if analysis.previous:
        notes.insert(0, analysis.previous)
    c = analysis.counts()
    return ImportReport(
        rows=analysis.total,
        imported=c[RowStatus.IMPORTED],
        updated=c[RowStatus.UPDATED],
        skipped_duplicates=c[RowStatus.SKIPPED],
        rejected=c[RowStatus.REJECTED],
        warnings=c["warnings"],
        errors=errors_of(analysis),
        notes=notes,
        committed=committed,
        mapping=mapping_of(analysis),
        skipped_rows=[
            {"row": row, "reason": why, "sheet": plan.name}
            for plan in analysis.sheets
            for row, why in plan.skipped
        ],
    )


def mapping_of(analysis: Analysis) -> list[dict[str, Any]]:
    """Each field of each sheet with the header and column it is read from."""
    out: list[dict[str, Any]] = []
    for plan in analysis.sheets:
        layout = plan.layout
        for col, f in sorted(layout.columns.items()):
            out.append(
                {
                    "sheet": plan.name,
                    "field": f,
                    "header": layout.headers[col],
                    "column": column_letter(col),
                }
            )
        if plan.desa_source:
            out.append(
                {
                    "sheet": plan.name,
                    "field": "desa",
                    "header": None,
                    "column": None,
                    "value": plan.desa_kode,
                    "source": plan.desa_source,
                }
            )
    return out


def commit(ctx: AppContext, analysis: Analysis, progress: Progress = no_progress) -> ImportReport:
    """Write every accepted row in one transaction, record the import, or write nothing."""
    require_writer(ctx, "mengimpor daftar peserta")
    try:
        with _gc_paused():
            return _commit(ctx, analysis, progress)
    except exc.IntegrityError as e:
        # Another import (the same file started twice, or another window) saved some of these
        # NIKs after this one was checked: nothing of this one is saved.
        raise UserError(
            f"Berkas {analysis.path.name} sedang diimpor atau baru saja diimpor dari jendela "
            "atau perintah lain: sebagian NIK-nya sudah tersimpan sejak berkas ini diperiksa. "
            "Tidak ada yang disimpan dari impor ini; periksa dan impor lagi bila perlu."
        ) from e


def _commit(ctx: AppContext, analysis: Analysis, progress: Progress) -> ImportReport:
    results = [r for plan in analysis.sheets for r in plan.results]
    new = [r for r in results if r.status == RowStatus.IMPORTED and r.data is not None]
    changed = [r for r in results if r.status == RowStatus.UPDATED and r.existing_id]
    del results
    total = len(new) + len(changed)
    label = analysis.path.name
    with ctx.db.session() as s:
        version = stamp(s)
        now = utcnow()
        first_seq = next_seq(s)
        with search_index_paused(s, first_seq):
            for start in range(0, len(new), INSERT_CHUNK):
                chunk = new[start : start + INSERT_CHUNK]
                datas = [cast(PesertaData, r.data) for r in chunk]
                ids = _insert_new(s, ctx, datas, first_seq + start, version, now)
                _audit_imported(s, ctx, ids, [r.source_row for r in chunk], label, version, now)
                done = start + len(chunk)
                step(progress, done, total, "Menyimpan {done} dari {total} peserta…")
        _write_changes(s, ctx, changed, version, now, progress, len(new), total)
        report = _record_import(s, ctx, analysis)
        progress(total, total, "Selesai.")
    return report


def _write_changes(
    s: Session,
    ctx: AppContext,
    changed: list[RowResult],
    version: int,
    now: datetime,
    progress: Progress,
    done: int,
    total: int,
) -> None:
    """The changes of the rows that update registered participants, audited."""
    changes_audit: list[audit.Entry] = []
    for j, r in enumerate(changed, start=done):
        values = {f: new_value for f, (_, new_value) in r.changes.items()}
        if "kpj" in values:
            values["kpj"] = values["kpj"] or None
        s.execute(
            update(PESERTA)
            .where(PESERTA.c.id == r.existing_id)
            .values(**values, updated_at=now, version=version)
        )
        changes_audit.append(
            ("peserta", cast(str, r.existing_id), "ubah", audit.changes_text(r.changes))
        )
        if j % 1000 == 0:
            step(progress, j, total, "Memperbarui {jumlah} peserta…", jumlah=j - done)
    audit.record_many(s, ctx, changes_audit, now=now)


def _record_import(s: Session, ctx: AppContext, analysis: Analysis) -> ImportReport:
    """The record of a committed import (its counts), and its report."""
    report = report_of(analysis, committed=True)
    s.add(
        Impor(
            kantor_id=ctx.kantor_id,
            operator_id=ctx.operator_id,
            operator_nama=ctx.operator_nama,
            nama_file=analysis.path.name,
            sha256=analysis.sha256,
            lembar=", ".join(p.name for p in analysis.sheets),
            kategori=analysis.options.kategori,
            baris=report.rows,
            imported=report.imported,
            updated=report.updated,
            skipped_duplicates=report.skipped_duplicates,
            rejected=report.rejected,
            warnings=report.warnings,
            version=stamp(s),
        )
    )
    return report


def _insert_new(
    s: Session,
    ctx: AppContext,
    datas: list[PesertaData],
    first_seq: int,
    version: int,
    now: datetime,
) -> list[str]:
    """New participants, their ids returned. SQLite gets ready parameters; other databases
    go through insert()."""
    if ctx.db.is_sqlite:
        ids, rows = peserta_rows(datas, first_seq, ctx.kantor_id, version, now)
        insert_sqlite(s, "peserta", PESERTA_INSERT_COLUMNS, rows)
    else:
        dicts = [
            new_row(d, first_seq + k, ctx.kantor_id, version, now) for k, d in enumerate(datas)
        ]
        s.execute(insert(PESERTA), dicts)
        ids = [row["id"] for row in dicts]
    return ids


def _audit_imported(
    s: Session,
    ctx: AppContext,
    ids: list[str],
    source_rows: list[int],
    label: str,
    version: int,
    now: datetime,
) -> None:
    """One audit entry per imported participant: which file and row it came from."""
    audit.record_many(
        s,
        ctx,
        [
            (
                "peserta",
                pid,
                "impor",
                json.dumps({"impor": [None, f"{label} baris {n}"]}, ensure_ascii=False),
            )
            for pid, n in zip(ids, source_rows, strict=True)
        ],
        version=version,
        now=now,
    )


def live_count(ctx: AppContext) -> int:
    with ctx.db.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(PESERTA).where(PESERTA.c.deleted_at.is_(None))
            ).scalar_one()
        )


__all__ = [
    "Analysis",
    "ImportOptions",
    "ImportReport",
    "ReadError",
    "analyse",
    "commit",
    "live_count",
    "mapping_of",
    "remember_mapping",
    "report_of",
]
