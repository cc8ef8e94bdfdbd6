"""The pages of the import wizard and the base of its steps.

``ImportWizard`` (``wizard``) is one dialog on one form whose five pages are driven by five
step objects it holds (``file_step``, ``sheet_step``, ``mapping_step``, ``preview_step``,
``done_step``). A step reaches the window, its form and the state of the import under way
through ``self.w``, and the other steps through the wizard's attributes (``w.sheets``,
``w.columns``, ``w.preview``, ``w.finish``): no step inherits from another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jamsostek_desk.ui.forms.ui_import_wizard import Ui_ImportWizard
    from jamsostek_desk.ui.views.import_wizard.wizard import ImportWizard

FILE, SHEET, MAPPING, PREVIEW, DONE = range(5)
STEPS = ("Berkas", "Lembar", "Kolom", "Pratinjau", "Impor")
TITLES = (
    "Pilih berkas",
    "Pilih lembar dan baris judul",
    "Cocokkan kolom",
    "Periksa sebelum impor",
    "Impor selesai",
)


class Step:
    """One page of the wizard."""

    def __init__(self, wizard: ImportWizard) -> None:
        self.w = wizard

    @property
    def ui(self) -> Ui_ImportWizard:
        return self.w.ui
