"""The import wizard: file → sheet/header → columns → preview (dry run) → import.

Reading, checking and writing run on the worker thread (ui.worker.run_task) with progress and
Batal; this window only shows what the services found. Nothing is written to the database
before the last step, and that step writes everything or nothing (pipeline.commit).

One dialog on one form, written as one module per step (``file_step``, ``sheet_step``,
``mapping_step``, ``preview_step``, ``done_step``) over a shared ``base``; ``wizard`` puts them
together. The names other modules used from the single module this once was are re-exported.
"""

from __future__ import annotations

from jamsostek_desk.services.importer import pipeline
from jamsostek_desk.ui.views.import_wizard.base import (
    DONE,
    FILE,
    MAPPING,
    PREVIEW,
    SHEET,
    STEPS,
    TITLES,
)
from jamsostek_desk.ui.views.import_wizard.common import column_letter, say
from jamsostek_desk.ui.views.import_wizard.file_step import SPREADSHEET_FILTER
from jamsostek_desk.ui.views.import_wizard.mapping_step import IGNORE, field_label
from jamsostek_desk.ui.views.import_wizard.sheet_step import ALL_SHEETS, SHOWN_COLUMNS
from jamsostek_desk.ui.views.import_wizard.style import STYLE
from jamsostek_desk.ui.views.import_wizard.wizard import (
    DEFAULT_KATEGORI,
    PREVIEW_WIDTHS,
    ImportWizard,
)

__all__ = [
    "ALL_SHEETS",
    "DEFAULT_KATEGORI",
    "DONE",
    "FILE",
    "IGNORE",
    "MAPPING",
    "PREVIEW",
    "PREVIEW_WIDTHS",
    "SHEET",
    "SHOWN_COLUMNS",
    "SPREADSHEET_FILTER",
    "STEPS",
    "STYLE",
    "TITLES",
    "ImportWizard",
    "column_letter",
    "field_label",
    "pipeline",  # the service the wizard drives; tests patch pipeline.analyse/commit through it
    "say",
]
