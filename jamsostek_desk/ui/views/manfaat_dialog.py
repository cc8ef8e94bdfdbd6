"""Record or change a benefit case: participant (found by name, NIK or KPJ), kind of case,
event, recipients with their addresses, components computed from the rules, bank account."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jamsostek_desk.domain.dates import format_tanggal, format_tanggal_pendek, parse_tanggal
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.manfaat import JENIS_KASUS
from jamsostek_desk.domain.money import format_angka, format_rupiah, parse_rupiah, terbilang_rupiah
from jamsostek_desk.services import manfaat as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.peserta import get_peserta
from jamsostek_desk.services.peserta_list import PesertaFilter, fetch_page
from jamsostek_desk.ui.fields import label_buttons, select_data
from jamsostek_desk.ui.forms.ui_manfaat_dialog import Ui_ManfaatDialog
from jamsostek_desk.ui.models.peserta_table import mask_nik

ROWS_PENERIMA, ROWS_KOMPONEN = 6, 8
HASIL = 8  # search results shown
RED = "<span style='color:#c62828'>{}</span>"


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
        for key, (_program, label) in JENIS_KASUS.items():
            u.jenisCombo.addItem(label, key)
        for key, label in svc.STATUS_MANFAAT.items():
            u.statusCombo.addItem(label, key)
        _setup(u.penerimaTable, ["Nama", "Hubungan", "NIK", "Alamat"], ROWS_PENERIMA)
        _setup(u.komponenTable, ["Uraian", "Jumlah (Rp)"], ROWS_KOMPONEN)
        u.komponenTable.setColumnWidth(1, 160)
        header = u.penerimaTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        u.penerimaTable.setColumnWidth(0, 200)
        u.penerimaTable.setColumnWidth(1, 110)
        u.penerimaTable.setColumnWidth(2, 150)
        u.hasilList.setVisible(False)
        self.peserta_nama = ""
        self.alamat_peserta = ""
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.search)
        u.cariEdit.textEdited.connect(lambda _t: self._search_timer.start())
        u.cariEdit.returnPressed.connect(self._pick_first)
        u.hasilList.itemActivated.connect(self.pick)
        u.hasilList.itemClicked.connect(self.pick)
        u.heirsButton.clicked.connect(self.fill_heirs)
        u.selfButton.clicked.connect(self.fill_self)
        u.tableButton.clicked.connect(self.fill_components)
        u.komponenTable.itemChanged.connect(lambda _i: self.show_total())
        label_buttons(u.buttonBox, "Simpan", min_width=90)
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        if manfaat_id:
            self.setWindowTitle("Ubah data manfaat")
            self.ui.cariEdit.setReadOnly(True)
            self.load(manfaat_id)
        else:
            u.tanggalEdit.setText(format_tanggal_pendek(date.today()))
        self.show_total()

    def load(self, manfaat_id: str) -> None:
        d = svc.get_manfaat(self.ctx, manfaat_id)
        u = self.ui
        self._choose(d.peserta_id)
        select_data(u.jenisCombo, d.jenis)
        u.upahEdit.setText(format_angka(d.upah) if d.upah is not None else "")
        u.anakEdit.setText(", ".join(d.anak))
        u.statusCombo.setCurrentIndex(u.statusCombo.findData(d.status))
        u.tanggalEdit.setText(format_tanggal_pendek(d.tanggal_kejadian))
        u.keteranganEdit.setText(d.keterangan)
        u.bankNamaEdit.setText(d.bank_nama)
        u.rekeningEdit.setText(d.bank_rekening)
        u.atasNamaEdit.setText(d.bank_atas_nama)
        self._set_penerima(d.penerima)
        self._set_komponen(d.komponen)

    # -- choosing the participant: the Peserta list's search (name, NIK or KPJ) ------------
    def search(self) -> None:
        text = self.ui.cariEdit.text().strip()
        lst = self.ui.hasilList
        lst.clear()
        if len(text) < 2:
            lst.setVisible(False)
            return
        rows = fetch_page(self.ctx.db, PesertaFilter(search=text), sort="nama", limit=HASIL)
        for r in rows:
            bits = [f"NIK {mask_nik(r.nik)}", f"lahir {format_tanggal_pendek(r.tanggal_lahir)}"]
            if r.kpj:
                bits.append(f"KPJ {r.kpj}")
            if r.status == "nonaktif":
                bits.append("nonaktif")
            item = QListWidgetItem(f"{r.nama} — {' · '.join(bits)}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            lst.addItem(item)
        if not rows:
            lst.addItem(QListWidgetItem("Tidak ada peserta yang cocok."))
        lst.setVisible(True)

    def _pick_first(self) -> None:
        self._search_timer.stop()
        self.search()
        first = self.ui.hasilList.item(0)
        if first is not None and first.data(Qt.ItemDataRole.UserRole):
            self.pick(first)

    def pick(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if pid:
            self._choose(pid)
            self.ui.hasilList.setVisible(False)

    def _choose(self, peserta_id: str) -> None:
        p = get_peserta(self.ctx, peserta_id)
        self.peserta_id = peserta_id
        self.peserta_nama = p.nama
        self.ui.cariEdit.setText(p.nama)
        lahir = format_tanggal_pendek(p.tanggal_lahir) if p.tanggal_lahir else "-"
        self.ui.pesertaLabel.setText(
            f"<b>{escape(p.nama)}</b><br>NIK {escape(mask_nik(p.nik))} · lahir {escape(lahir)}"
        )
        self.alamat_peserta = svc.alamat_peserta(self.ctx, peserta_id)

    def find_peserta(self) -> bool:
        if self.peserta_id is None:
            self.ui.pesertaLabel.setText(RED.format("Pilih peserta dari daftar pencarian."))
            return False
        return True

    def _set_penerima(self, rows: list[svc.Penerima]) -> None:
        t = self.ui.penerimaTable
        t.clearContents()
        self._heir_ids = {r.nama: r.ahli_waris_id for r in rows if r.ahli_waris_id}
        for i, r in enumerate(rows[:ROWS_PENERIMA]):
            for c, v in enumerate((r.nama, r.hubungan, r.nik, r.alamat or self.alamat_peserta)):
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
        self._set_penerima([svc.Penerima(p.nama, "Peserta", p.nik, None, self.alamat_peserta)])

    def _tanggal(self) -> date | None:
        try:
            return parse_tanggal(self.ui.tanggalEdit.text())
        except ValueError as e:
            self.ui.errorLabel.setText(RED.format(escape(str(e))))
            return None

    def _anak(self) -> list[str]:
        text = self.ui.anakEdit.text().replace(";", ",")
        return [a.strip().lower() for a in text.split(",") if a.strip()]

    def _upah(self) -> int | None:
        text = self.ui.upahEdit.text().strip()
        return parse_rupiah(text) if text else None

    def fill_components(self) -> None:
        """The components by the rules in force on the event date; refused ones listed with
        the rule that refuses them."""
        if self.peserta_id is None and not self.find_peserta():
            return
        assert self.peserta_id is not None
        tanggal = self._tanggal()
        if tanggal is None:
            return
        try:
            r = svc.hitung_manfaat(
                self.ctx,
                self.peserta_id,
                self.ui.jenisCombo.currentData(),
                tanggal,
                self._upah(),
                self._anak(),
            )
        except UserError as e:
            self.ui.errorLabel.setText(RED.format(escape(e.message)))
            return
        except ValueError as e:
            self.ui.errorLabel.setText(RED.format(escape(str(e))))
            return
        self.ui.errorLabel.clear()
        self._set_komponen([svc.Komponen(k.kode, k.nama, k.jumlah) for k in r.hitungan.komponen])
        upah = format_rupiah(r.upah) if r.upah is not None else "belum dicatat"
        notes = [escape(f"Dihitung dari upah {upah}, masa iuran {r.masa_iuran} tahun.")]
        notes += [RED.format(escape(f"Ditolak: {d.nama} — {d.alasan}")) for d in r.hitungan.ditolak]
        self.ui.ditolakLabel.setText("<br>".join(notes))

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
                _text(t, r, 0),
                _text(t, r, 1),
                _text(t, r, 2),
                heir_ids.get(_text(t, r, 0)),
                _text(t, r, 3),
            )
            for r in range(t.rowCount())
            if _text(t, r, 0)
        ]
        try:
            upah = self._upah()
        except ValueError as e:
            u.errorLabel.setText(RED.format(escape(f"Upah: {e}")))
            return None
        assert self.peserta_id is not None
        jenis = u.jenisCombo.currentData()
        return svc.ManfaatData(
            peserta_id=self.peserta_id,
            program=JENIS_KASUS[jenis][0],
            jenis=jenis,
            upah=upah,
            anak=self._anak(),
            alasan_ubah=u.alasanEdit.text(),
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
            if notice and not self.confirm_death(data):
                return
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

    def confirm_death(self, data: svc.ManfaatData) -> bool:
        """Recording a death makes the participant nonaktif: the user says yes first, having
        read whose death and which date."""
        answer = QMessageBox.question(
            self,
            "Catat kematian",
            f"Kasus ini mencatat bahwa {self.peserta_nama} meninggal dunia pada "
            f"{format_tanggal(data.tanggal_kejadian)}.\n\nKepesertaannya menjadi nonaktif "
            "(meninggal dunia) sejak tanggal itu dan kartunya tidak dicetak lagi. Lanjutkan?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
