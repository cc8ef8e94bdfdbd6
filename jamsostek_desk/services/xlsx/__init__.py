"""The workbooks the application writes: lists of participants, the file of rejected rows (of
an import or a BPJS list) and the empty import template.

Formula injection: every cell we write holds a string (``t="inlineStr"``), never a formula, so
neither Excel nor LibreOffice evaluates it when the file is opened. A value that *looks* like a
formula (``=``, ``+``, ``-``, ``@``, also after leading spaces, or starting with a tab or CR) also
gets the cell attribute ``quotePrefix`` (the hidden apostrophe Excel itself stores when a user
types ``'=1+1``): the cell shows the exact original text, and it stays text even when the user
edits it and presses Enter. We do not put a literal apostrophe into the value: it would be shown
and, worse, re-imported as part of the data when a village sends the corrected rows back.

A list can have 100,000 rows. openpyxl's own writer (even write-only, without lxml) needs about
19 s for that, so ``sheet`` streams the rows as XML into the workbook that openpyxl wrote with
the header, the styles, the frozen pane and the filter (``write_streamed``).

The package re-exports the public names: ``cells`` makes values inert (``safe_text``,
``write_cell``), ``sheet`` writes long lists, ``rejects`` the rejects file, ``template`` (with
``template_columns`` and ``template_guide``) the empty template; ``style`` holds the look they
share. Every file is written through ``store.files.atomic_output``.
"""

from __future__ import annotations

from jamsostek_desk.services.xlsx.cells import (
    MAX_CELL_TEXT,
    TEXT_FORMAT,
    cell_text,
    clean_text,
    is_formula_like,
    safe_text,
    write_cell,
)
from jamsostek_desk.services.xlsx.rejects import (
    MESSAGES_HEADER,
    SOURCE_ROW_HEADER,
    RejectRow,
    join_messages,
    write_rejects,
)
from jamsostek_desk.services.xlsx.template import (
    TEMPLATE_ROWS,
    TEMPLATE_SHEET,
    write_template,
)
from jamsostek_desk.services.xlsx.template_columns import template_fields

__all__ = [
    "MAX_CELL_TEXT",
    "MESSAGES_HEADER",
    "SOURCE_ROW_HEADER",
    "TEMPLATE_ROWS",
    "TEMPLATE_SHEET",
    "TEXT_FORMAT",
    "RejectRow",
    "cell_text",
    "clean_text",
    "is_formula_like",
    "join_messages",
    "safe_text",
    "template_fields",
    "write_cell",
    "write_rejects",
    "write_template",
]
