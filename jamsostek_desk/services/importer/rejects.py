"""The rejected rows of an analysis as a spreadsheet the village can fix and send back."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer.convert import RowStatus, cell_columns, excel_serial_or_text
from jamsostek_desk.services.importer.pipeline import Analysis
from jamsostek_desk.services.importer.reader import open_workbook
from jamsostek_desk.services.xlsx import RejectRow, write_rejects


def _typed_rows(analysis: Analysis) -> dict[tuple[str, int], list[object]]:
    """The cells as typed of refused rows that did not keep them (accepted first, refused
    later: a NIK twice in the file), read again from the file."""
    wanted: dict[str, set[int]] = {}
    for plan in analysis.sheets:
        for r in plan.results:
            if r.status == RowStatus.REJECTED and not r.typed:
                wanted.setdefault(plan.name, set()).add(r.source_row)
    found: dict[tuple[str, int], list[object]] = {}
    if not wanted:
        return found
    with open_workbook(analysis.path) as workbook:
        for sheet, rows in wanted.items():
            last = max(rows)
            for index, cells in enumerate(workbook.rows(sheet), start=1):
                if index in rows:
                    found[(sheet, index)] = list(cells)
                if index >= last:
                    break
    return found


def write_rejected_rows(
    analysis: Analysis, out: Path, ctx: AppContext, session: Session | None = None
) -> list[Path]:
    """One file for sheets with the same headers; a file per sheet otherwise (each file an
    audit entry: the rows carry personal data; in ``session`` when a transaction that holds
    the write lock is open, e.g. the batched import's)."""
    require_writer(ctx, "menyimpan baris yang ditolak")
    typed = _typed_rows(analysis)
    groups: dict[str, list] = {}  # type: ignore[type-arg]
    for plan in analysis.sheets:
        groups.setdefault(plan.layout.signature, []).append(plan)
    written: list[Path] = []
    for n, plans in enumerate(groups.values()):
        headers = plans[0].layout.headers
        rows = [
            RejectRow(
                source_row=r.source_row,
                cells=[
                    excel_serial_or_text(c)
                    for c in (
                        typed.get((plan.name, r.source_row), r.cells) + [None] * len(headers)
                    )[: len(headers)]
                ],
                messages=list(r.errors.values()),
                bad_columns=cell_columns(plan.layout, r.errors),
            )
            for plan in plans
            for r in plan.results
            if r.status == RowStatus.REJECTED
        ]
        if not rows:
            continue
        target = out if n == 0 else out.with_name(f"{out.stem}-{plans[0].name}{out.suffix}")
        written.append(write_rejects(target, headers, rows))
        audit.record_export(ctx, "ekspor_ditolak", len(rows), target, session=session)
    return written
