"""The rejected rows of an analysis as a spreadsheet the village can fix and send back."""

from __future__ import annotations

from pathlib import Path

from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_writer
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.importer.convert import cell_columns, excel_serial_or_text
from jamsostek_desk.services.importer.pipeline import Analysis
from jamsostek_desk.services.xlsx import RejectRow, write_rejects


def write_rejected_rows(analysis: Analysis, out: Path, ctx: AppContext) -> list[Path]:
    """One file for sheets with the same headers; a file per sheet otherwise (each file an
    audit entry: the rows carry personal data)."""
    require_writer(ctx, "menyimpan baris yang ditolak")
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
                    for c in (r.cells + [None] * len(headers))[: len(headers)]
                ],
                messages=list(r.errors.values()),
                bad_columns=cell_columns(plan.layout, r.errors),
            )
            for plan in plans
            for r in plan.results
            if r.status == "tolak"
        ]
        if not rows:
            continue
        target = out if n == 0 else out.with_name(f"{out.stem}-{plans[0].name}{out.suffix}")
        written.append(write_rejects(target, headers, rows))
        audit.record_export(ctx, "ekspor_ditolak", len(rows), target)
    return written
