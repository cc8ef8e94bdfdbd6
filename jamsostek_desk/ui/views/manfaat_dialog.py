"""Record or change a benefit case: participant, event, recipients, components, bank account."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from jamsostek_desk.domain.dates import format_tanggal_pendek, parse_tanggal
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.money import format_angka, format_rupiah, parse_rupiah, terbilang_rupiah
from jamsostek_desk.services import manfaat as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta import get_peserta, lookup_nik
from jamsostek_desk.ui.fields import label_buttons
from jamsostek_desk.ui.forms.ui_manfaat_dialog import Ui_ManfaatDialog
from jamsostek_desk.ui.theme import ERROR, span

ROWS_PENERIMA, ROWS_KOMPONEN = 5, 8
RED = span(ERROR, "{}")


def _setup(table: QTableWidget, headers: list[str], rows: int) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(rows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _text(table: QTableWidget, r: int, c: int) -> str:
    item = table.item(r, c)
    return item.text().strip() if item is not None else ""


class ManfaatDialog(QDialog):
    def __init__(
        self, ctx: AppContext, manfaat_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ManfaatDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.manfaat_id = manfaat_id
        self.peserta_id: str | None = None
        self.saved_id: str | None = None
        self.notice = ""  # for the status bar once saved
        u = self.ui
        for key, label in svc.PROGRAM_MANFAAT.items():
            u.programCombo.addItem(f"{label} ({key})", key)
        for key, label in svc.STATUS_MANFAAT.items():
            u.statusCombo.addItem(label, key)
        _setup(u.penerimaTable, ["Nama", "Hubungan", "NIK"], ROWS_PENERIMA)
        _setup(u.komponenTable, ["Uraian", "Jumlah (Rp)"], ROWS_KOMPONEN)
        u.komponenTable.setColumnWidth(1, 160)
        u.penerimaTable.setColumnWidth(1, 130)
        u.penerimaTable.setColumnWidth(2, 170)
        u.nikEdit.editingFinished.connect(self.find_peserta)
        u.heirsButton.clicked.connect(self.fill_heirs)
        u.selfButton.clicked.connect(self.fill_self)
        u.tableButton.clicked.connect(self.fill_components)
        u.komponenTable.itemChanged.connect(lambda _i: self.show_total())
        label_buttons(u.buttonBox, "Simpan", min_width=90)
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        if manfaat_id:
            self.setWindowTitle("Ubah data manfaat")
            self.load(manfaat_id)
        else:
            u.tanggalEdit.setText(format_tanggal_pendek(date.today()))
        self.show_total()

    def load(self, manfaat_id: str) -> None:
        d = svc.get_manfaat(self.ctx, manfaat_id)
        p = get_peserta(self.ctx, d.peserta_id)
        u = self.ui
        u.nikEdit.setText(p.nik)
        self.peserta_id = d.peserta_id
        u.pesertaLabel.setText(f"<b>{escape(p.nama)}</b>")
        u.programCombo.setCurrentIndex(u.programCombo.findData(d.program))
        u.statusCombo.setCurrentIndex(u.statusCombo.findData(d.status))
        u.tanggalEdit.setText(format_tanggal_pendek(d.tanggal_kejadian))
        u.keteranganEdit.setText(d.keterangan)
        u.bankNamaEdit.setText(d.bank_nama)
        u.rekeningEdit.setText(d.bank_rekening)
        u.atasNamaEdit.setText(d.bank_atas_nama)
        self._set_penerima(d.penerima)
        self._set_komponen(d.komponen)

    def find_peserta(self) -> bool:
        nik = "".join(self.ui.nikEdit.text().split())
        found = lookup_nik(self.ctx, nik) if len(nik) == 16 else None
        if found is None:
            self.peserta_id = None
            self.ui.pesertaLabel.setText(RED.format("NIK tidak terdaftar"))
            return False
        self.peserta_id, nama = found
        self.ui.pesertaLabel.setText(f"<b>{escape(nama)}</b>")
        return True

    def _set_penerima(self, rows: list[svc.Penerima]) -> None:
        t = self.ui.penerimaTable
        t.clearContents()
        self._heir_ids = {r.nama: r.ahli_waris_id for r in rows if r.ahli_waris_id}
        for i, r in enumerate(rows[:ROWS_PENERIMA]):
            for c, v in enumerate((r.nama, r.hubungan, r.nik)):
                t.setItem(i, c, QTableWidgetItem(v))

    def _set_komponen(self, rows: list[svc.Komponen]) -> None:
        t = self.ui.komponenTable
        t.blockSignals(True)
        t.clearContents()
        self._kode = {}
        for i, k in enumerate(rows[:ROWS_KOMPONEN]):
            t.setItem(i, 0, QTableWidgetItem(k.nama))
            t.setItem(i, 1, QTableWidgetItem(format_angka(k.jumlah)))
            self._kode[k.nama] = k.kode
        t.blockSignals(False)
        self.show_total()

    def fill_heirs(self) -> None:
        if self.peserta_id is None and not self.find_peserta():
            return
        assert self.peserta_id is not None
        heirs = svc.heirs_as_recipients(self.ctx, self.peserta_id)
        if not heirs:
            self.ui.errorLabel.setText(RED.format("Peserta ini belum punya data ahli waris."))
            return
        self._set_penerima(heirs)

    def fill_self(self) -> None:
        if self.peserta_id is None and not self.find_peserta():
            return
        assert self.peserta_id is not None
        p = get_peserta(self.ctx, self.peserta_id)
        self._set_penerima([svc.Penerima(p.nama, "Peserta", p.nik)])

    def _tanggal(self) -> date | None:
        try:
            return parse_tanggal(self.ui.tanggalEdit.text())
        except ValueError as e:
            self.ui.errorLabel.setText(RED.format(escape(str(e))))
            return None

    def fill_components(self) -> None:
        tanggal = self._tanggal()
        if tanggal is None:
            return
        program = self.ui.programCombo.currentData()
        self._set_komponen(
            svc.default_komponen(self.ctx, program, tanggal, self.ui.anakSpin.value())
        )

    def _components(self) -> list[svc.Komponen]:
        t = self.ui.komponenTable
        out = []
        kode = getattr(self, "_kode", {})
        for r in range(t.rowCount()):
            nama, jumlah = _text(t, r, 0), _text(t, r, 1)
            if not nama and not jumlah:
                continue
            if not nama:
                raise ValueError(f"Baris {r + 1}: uraian kosong.")
            out.append(svc.Komponen(kode.get(nama, "lain"), nama, parse_rupiah(jumlah)))
        return out

    def show_total(self) -> None:
        try:
            total = sum(k.jumlah for k in self._components())
        except ValueError as e:
            self.ui.totalLabel.setText(RED.format(escape(str(e))))
            return
        self.ui.totalLabel.setText(
            f"Jumlah: <b>{format_rupiah(total)}</b> — <i>{escape(terbilang_rupiah(total))}</i>"
        )

    def collect(self) -> svc.ManfaatData | None:
        u = self.ui
        if self.peserta_id is None and not self.find_peserta():
            u.errorLabel.setText(RED.format("Isi NIK peserta yang terdaftar."))
            return None
        tanggal = self._tanggal()
        if tanggal is None:
            return None
        try:
            komponen = self._components()
        except ValueError as e:
            u.errorLabel.setText(RED.format(escape(str(e))))
            return None
        t = u.penerimaTable
        heir_ids = getattr(self, "_heir_ids", {})
        penerima = [
            svc.Penerima(
                _text(t, r, 0), _text(t, r, 1), _text(t, r, 2), heir_ids.get(_text(t, r, 0))
            )
            for r in range(t.rowCount())
            if _text(t, r, 0)
        ]
        assert self.peserta_id is not None
        return svc.ManfaatData(
            peserta_id=self.peserta_id,
            program=u.programCombo.currentData(),
            tanggal_kejadian=tanggal,
            keterangan=u.keteranganEdit.text(),
            penerima=penerima,
            komponen=komponen,
            status=u.statusCombo.currentData(),
            bank_nama=u.bankNamaEdit.text(),
            bank_rekening=u.rekeningEdit.text(),
            bank_atas_nama=u.atasNamaEdit.text(),
        )

    def save(self) -> None:
        data = self.collect()
        if data is None:
            return
        if self.manfaat_id:
            data.acara_id = svc.get_manfaat(self.ctx, self.manfaat_id).acara_id
        try:
            notice = svc.records_death(self.ctx, data, self.manfaat_id)
            self.saved_id = svc.save_manfaat(self.ctx, data, self.manfaat_id)
            self.notice = " ".join(x for x in ("Data manfaat disimpan.", notice) if x)
        except ValidationError as e:
            self.ui.errorLabel.setText(
                RED.format("<br>".join(escape(m) for m in e.errors.values()))
            )
            return
        except UserError as e:
            self.ui.errorLabel.setText(RED.format(escape(e.message)))
            return
        self.accept()
