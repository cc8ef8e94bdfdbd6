"""The office fields, shared by the first-run dialog and the Pengaturan page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from jamsostek_desk.domain.codes import JENIS_KANTOR
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services.office import OfficeData
from jamsostek_desk.ui.fields import DesaPicker, fill_combo, select_data, set_state
from jamsostek_desk.ui.forms.ui_office_form import Ui_OfficeForm

SUGGESTED_NAME = {
    "dinas_pmd": "Dinas Pemberdayaan Masyarakat dan Desa {kab}",
    "disnakertrans": "Dinas Tenaga Kerja dan Transmigrasi {kab}",
    "desa": "Pemerintah Desa {desa}",
}


class OfficeFormWidget(QWidget):
    def __init__(self, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OfficeForm()
        self.ui.setupUi(self)
        self.ref = ref
        self._suggested = ""
        fill_combo(self.ui.jenisCombo, JENIS_KANTOR)
        self.ui.provinsiCombo.addItem("— pilih provinsi —", "")
        for p in ref.provinsi():
            self.ui.provinsiCombo.addItem(p.nama, p.kode)
        self.desa = DesaPicker(self.ui.desaEdit, ref)
        self.ui.jenisCombo.currentIndexChanged.connect(self._jenis_changed)
        self.ui.provinsiCombo.currentIndexChanged.connect(self._provinsi_changed)
        self.ui.kabupatenCombo.currentIndexChanged.connect(self._kabupaten_changed)
        self.ui.desaEdit.editingFinished.connect(self._desa_done)
        self._provinsi_changed()
        self._jenis_changed()

    # --- cascading choices -----------------------------------------------------------------
    def _jenis_changed(self) -> None:
        is_desa = self.ui.jenisCombo.currentData() == "desa"
        self.ui.desaEdit.setVisible(is_desa)
        self.ui.desaCaption.setVisible(is_desa)
        self._suggest_name()

    def _provinsi_changed(self) -> None:
        prov = self.ui.provinsiCombo.currentData() or ""
        combo = self.ui.kabupatenCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("— pilih kabupaten/kota —", "")
        for k in self.ref.children(prov) if prov else []:
            combo.addItem(k.nama, k.kode)
        combo.blockSignals(False)
        self._kabupaten_changed()

    def _kabupaten_changed(self) -> None:
        self.desa.set_scope(self.ui.kabupatenCombo.currentData() or "")
        self._suggest_name()

    def _desa_done(self) -> None:
        self.desa.tidy()
        self._suggest_name()

    def _suggest_name(self) -> None:
        """Fill a usual office name while the user has not typed one of their own."""
        current = self.ui.namaEdit.text()
        if current and current != self._suggested:
            return
        jenis = self.ui.jenisCombo.currentData() or ""
        kab = self.ui.kabupatenCombo.currentData() or ""
        desa = self.desa.code() or ""
        if not kab or (jenis == "desa" and not desa):
            name = ""
        else:
            name = SUGGESTED_NAME[jenis].format(
                kab=self.ref.name(kab) or "", desa=self.ref.name(desa) or ""
            )
        self._suggested = name
        self.ui.namaEdit.setText(name)

    # --- data in and out -------------------------------------------------------------------
    def data(self) -> OfficeData:
        jenis = self.ui.jenisCombo.currentData() or ""
        kode = self.ui.kabupatenCombo.currentData() or ""
        if jenis == "desa":
            kode = self.desa.code() or ""
        u = self.ui
        return OfficeData(
            jenis=jenis,
            wilayah_kode=kode,
            nama=u.namaEdit.text(),
            alamat=u.alamatEdit.text(),
            telepon=u.teleponEdit.text(),
            email=u.emailEdit.text(),
            kepala_nama=u.kepalaNamaEdit.text(),
            kepala_nip=u.kepalaNipEdit.text(),
            kepala_jabatan=u.kepalaJabatanEdit.text(),
        )

    def set_data(self, d: OfficeData) -> None:
        select_data(self.ui.jenisCombo, d.jenis)
        chain = self.ref.ancestors(d.wilayah_kode) if d.wilayah_kode else []
        if chain:
            select_data(self.ui.provinsiCombo, chain[0].kode)
        if len(chain) > 1:
            select_data(self.ui.kabupatenCombo, chain[1].kode)
        if d.jenis == "desa":
            self.desa.set_code(d.wilayah_kode)
        u = self.ui
        u.namaEdit.setText(d.nama)
        self._suggested = ""
        u.alamatEdit.setText(d.alamat)
        u.teleponEdit.setText(d.telepon)
        u.emailEdit.setText(d.email)
        u.kepalaNamaEdit.setText(d.kepala_nama)
        u.kepalaNipEdit.setText(d.kepala_nip)
        u.kepalaJabatanEdit.setText(d.kepala_jabatan)
        for edit in (u.namaEdit, u.alamatEdit, u.kepalaNamaEdit, u.kepalaJabatanEdit):
            edit.setCursorPosition(0)  # a long name reads from its start, not its end

    def show_errors(self, errors: dict[str, str]) -> None:
        u = self.ui
        is_desa = u.jenisCombo.currentData() == "desa"
        widgets = {
            "jenis": u.jenisCombo,
            "wilayah_kode": u.desaEdit if is_desa else u.kabupatenCombo,
            "nama": u.namaEdit,
            "kepala_nip": u.kepalaNipEdit,
        }
        for field, w in widgets.items():
            set_state(w, "error" if field in errors else None, errors.get(field, ""))
        if not is_desa:
            set_state(u.desaEdit, None)
