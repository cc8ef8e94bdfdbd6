"""The import wizard: file → sheet/header → columns → preview (dry run) → import.

Reading, checking and writing run on the worker thread (ui.worker.run_task) with progress and
Batal; this window only shows what the services found. Nothing is written to the database
before the last step, and that step writes everything or nothing (pipeline.commit).

One dialog on one form, written as one module per step (``file_step``, ``sheet_step``,
``mapping_step``, ``preview_step``, ``done_step``) over a shared ``base``; ``wizard`` puts them
together. The package exports the wizard, its page numbers and the service it drives.
"""

from __future__ import annotations

from jamsostek_desk.services.importer import pipeline
from jamsostek_desk.ui.views.import_wizard.base import DONE, FILE, MAPPING, PREVIEW, SHEET
from jamsostek_desk.ui.views.import_wizard.wizard import ImportWizard

__all__ = [
    "DONE",
    "FILE",
    "MAPPING",
    "PREVIEW",
    "SHEET",
    "ImportWizard",
    "pipeline",  # the service the wizard drives; tests patch pipeline.analyse/commit through it
]
