"""The participant form: fast keyboard entry, validation as you type, history."""

from __future__ import annotations

from datetime import UTC, date
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from jamsostek_desk.domain.codes import (
    ALASAN_NONAKTIF,
    HUBUNGAN_AHLI_WARIS,
    JABATAN_APARAT,
    JENIS_KELAMIN,
    KATEGORI,
    PEKERJAAN_RENTAN,
    STATUS,
    SUMBER_DANA,
)
from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.money import format_angka, parse_rupiah
from jamsostek_desk.domain.names import clean_name
from jamsostek_desk.domain.nik import parse_nik
from jamsostek_desk.domain.peserta import LABELS, AhliWarisData, PesertaData
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import peserta as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.fields import (
    DesaPicker,
    fill_combo,
    read_date,
    select_data,
    set_state,
    tidy_date,
    write_date,
)
from jamsostek_desk.ui.forms.ui_peserta_form import Ui_PesertaForm
from jamsostek_desk.ui.views.foto_field import FotoField
from jamsostek_desk.ui.views.nonaktif_dialog import NonaktifDialog

DEFAULT_KATEGORI = {"dinas_pmd": "aparat_desa", "disnakertrans": "pekerja_rentan"}
DEFAULT_DANA = {"aparat_desa": "apbdes", "pekerja_rentan": "apbd_kabupaten"}


class _EnterMovesOn(QObject):
    """Enter in a one-line field moves to the next field, as Tab does."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                w = obj if isinstance(obj, QWidget) else None
                if w is not None:
                    completer = w.completer() if isinstance(w, QLineEdit) else None
                    popup = completer.popup() if completer is not None else None
                    if popup is not None and popup.isVisible():
                        return False
                    w.focusNextChild()
                    return True
        return False


class PesertaFormDialog(QDialog):
    saved = Signal(str)  # id
    deleted = Signal(str, str)  # id, nama

    def __init__(
        self,
        ctx: AppContext,
        ref: WilayahRef,
        peserta_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PesertaForm()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.ref = ref
        self.peserta_id: str | None = None
        self._version: int | None = None
        self.status = "didaftarkan"
        self.nonaktif: tuple[str | None, date | None, str] = (None, None, "")
        self.touched: set[str] = set()
        self.show_all = False
        self._snapshot: PesertaData | None = None
        self._duplicate: tuple[str, str] | None = None
        self._loading = False
        self._setup_widgets()
        self._check_timer = QTimer(self, singleShot=True, interval=120)
        self._check_timer.timeout.connect(self.validate)
        self._connect()
        self.foto = FotoField(self)  # photo for the card (issue: cards)
        if peserta_id:
            self.load(peserta_id)
        else:
            self.new()

    # --- set-up ----------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        u = self.ui
        self._enter = _EnterMovesOn(self)
        fill_combo(u.jenisKelaminCombo, JENIS_KELAMIN, blank="— pilih —")
        fill_combo(u.kategoriCombo, KATEGORI)
        u.jabatanCombo.addItems(JABATAN_APARAT)
        u.pekerjaanCombo.addItems(PEKERJAAN_RENTAN)
        for combo in (u.jabatanCombo, u.pekerjaanCombo):
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setCurrentIndex(-1)
            editor = combo.lineEdit()
            if editor is not None:
                editor.setPlaceholderText("pilih atau ketik")
                editor.installEventFilter(self._enter)
        fill_combo(u.sumberDanaCombo, SUMBER_DANA, blank="— pilih —")
        self._status_items("didaftarkan")
        for box in (u.jkkCheck, u.jkmCheck):
            box.setChecked(True)
            box.setEnabled(False)
            box.setToolTip("JKK dan JKM wajib untuk setiap peserta.")
        self.desa = DesaPicker(u.desaEdit, self.ref)
        self.desa.set_scope(self.ctx.kabupaten_kode)
        u.ahliWarisTable.horizontalHeader().setStretchLastSection(True)
        u.ahliWarisTable.setColumnWidth(0, 260)
        u.ahliWarisTable.setColumnWidth(1, 150)
        u.ahliWarisTable.setColumnWidth(2, 170)
        u.historyTable.setColumnWidth(0, 170)
        u.historyTable.setColumnWidth(1, 140)
        u.historyTable.setColumnWidth(2, 170)
        u.historyTable.setColumnWidth(3, 230)
        for w in self._fields().values():
            if isinstance(w, QLineEdit | QComboBox):
                w.installEventFilter(self._enter)
        # Enter belongs to the fields (next field), never to a default button.
        for button in (
            u.saveButton,
            u.newButton,
            u.closeButton,
            u.deactivateButton,
            u.deleteButton,
            u.addAhliButton,
            u.removeAhliButton,
        ):
            button.setAutoDefault(False)
            button.setDefault(False)
        u.addAhliButton.setMinimumWidth(150)
        self.resize(1180, 700)

    def _fields(self) -> dict[str, QWidget]:
        u = self.ui
        return {
            "nik": u.nikEdit,
            "nama": u.namaEdit,
            "tempat_lahir": u.tempatLahirEdit,
            "tanggal_lahir": u.tanggalLahirEdit,
            "jenis_kelamin": u.jenisKelaminCombo,
            "nama_ibu": u.namaIbuEdit,
            "alamat": u.alamatEdit,
            "rt": u.rtEdit,
            "rw": u.rwEdit,
            "desa_kode": u.desaEdit,
            "kategori": u.kategoriCombo,
            "jabatan": u.jabatanCombo,
            "pekerjaan": u.pekerjaanCombo,
            "no_hp": u.noHpEdit,
            "upah": u.upahEdit,
            "program_jkk": u.jkkCheck,
            "program_jp": u.jpCheck,
            "sumber_dana": u.sumberDanaCombo,
            "status": u.statusCombo,
            "kpj": u.kpjEdit,
            "mulai_kepesertaan": u.mulaiEdit,
            "akhir_kepesertaan": u.akhirEdit,
            "catatan": u.catatanEdit,
            "ahli_waris": u.ahliWarisTable,
        }

    def _connect(self) -> None:
        u = self.ui
        for name, w in self._fields().items():
            touch = self._toucher(name)
            if isinstance(w, QLineEdit):
                w.textEdited.connect(touch)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(touch)
                if w.isEditable():
                    w.editTextChanged.connect(touch)
        u.nikEdit.textChanged.connect(self._nik_changed)
        u.nikEdit.editingFinished.connect(self._nik_done)
        for edit in (u.tanggalLahirEdit, u.mulaiEdit, u.akhirEdit):
            edit.editingFinished.connect(lambda e=edit: tidy_date(e))
        u.desaEdit.editingFinished.connect(self._desa_done)
        for edit in (u.namaEdit, u.namaIbuEdit, u.tempatLahirEdit):
            edit.editingFinished.connect(lambda e=edit: self._tidy_name(e))
        u.upahEdit.editingFinished.connect(self._upah_done)
        u.kategoriCombo.currentIndexChanged.connect(self._kategori_changed)
        u.jhtCheck.toggled.connect(self._toucher("program_jht"))
        u.jpCheck.toggled.connect(self._toucher("program_jp"))
        u.ahliWarisTable.itemChanged.connect(self._toucher("ahli_waris"))
        u.addAhliButton.clicked.connect(self.add_ahli_waris)
        u.removeAhliButton.clicked.connect(self.remove_ahli_waris)
        u.saveButton.clicked.connect(self.save)
        u.newButton.clicked.connect(self.new_requested)
        u.closeButton.clicked.connect(self.reject)
        u.deactivateButton.clicked.connect(self.toggle_active)
        u.deleteButton.clicked.connect(self.delete)
        u.nikInfoLabel.linkActivated.connect(self._open_duplicate)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.new_requested)

    def _toucher(self, name: str):  # type: ignore[no-untyped-def]
        def touch(*_args: object) -> None:
            if not self._loading:
                self.touched.add(name)
                self._check_timer.start()

        return touch

    # --- reading and writing the widgets ---------------------------------------------------
    def collect(self) -> tuple[PesertaData, dict[str, str]]:
        """The form as data, plus problems found while reading it (unreadable dates, money)."""
        u = self.ui
        problems: dict[str, str] = {}
        dates: dict[str, date | None] = {}
        for name, edit in (
            ("tanggal_lahir", u.tanggalLahirEdit),
            ("mulai_kepesertaan", u.mulaiEdit),
            ("akhir_kepesertaan", u.akhirEdit),
        ):
            value, err = read_date(edit)
            dates[name] = value
            if err:
                problems[name] = err
        upah = None
        if u.upahEdit.text().strip():
            try:
                upah = parse_rupiah(u.upahEdit.text())
            except ValueError as e:
                problems["upah"] = str(e)
        desa_kode = self.desa.code() or ""
        if u.desaEdit.text().strip() and not desa_kode:
            problems["desa_kode"] = (
                f"Desa '{u.desaEdit.text().strip()}' tidak ditemukan di "
                f"{self.ref.name(self.ctx.kabupaten_kode)}; pilih dari daftar."
            )
        kategori = u.kategoriCombo.currentData() or ""
        alasan, tgl, ket = self.nonaktif
        d = PesertaData(
            nik=u.nikEdit.text(),
            nama=u.namaEdit.text(),
            tempat_lahir=u.tempatLahirEdit.text(),
            tanggal_lahir=dates["tanggal_lahir"],
            jenis_kelamin=u.jenisKelaminCombo.currentData() or "",
            nama_ibu=u.namaIbuEdit.text(),
            alamat=" ".join(u.alamatEdit.text().split()),
            rt=u.rtEdit.text(),
            rw=u.rwEdit.text(),
            desa_kode=desa_kode,
            kategori=kategori,
            jabatan=u.jabatanCombo.currentText() if kategori == "aparat_desa" else "",
            pekerjaan=u.pekerjaanCombo.currentText() if kategori == "pekerja_rentan" else "",
            no_hp=u.noHpEdit.text(),
            upah=upah,
            program_jkk=u.jkkCheck.isChecked(),
            program_jkm=u.jkmCheck.isChecked(),
            program_jht=u.jhtCheck.isChecked(),
            program_jp=u.jpCheck.isChecked() and kategori == "aparat_desa",
            sumber_dana=u.sumberDanaCombo.currentData() or "",
            status=self.status
            if self.status == "nonaktif"
            else (u.statusCombo.currentData() or ""),
            nonaktif_alasan=alasan,
            nonaktif_tanggal=tgl,
            nonaktif_keterangan=ket,
            kpj=u.kpjEdit.text(),
            mulai_kepesertaan=dates["mulai_kepesertaan"],
            akhir_kepesertaan=dates["akhir_kepesertaan"],
            catatan=u.catatanEdit.text().strip(),
            ahli_waris=self._read_ahli_waris(),
            id=self.peserta_id,
            version=self._version,
        )
        return d, problems

    def _read_ahli_waris(self) -> list[AhliWarisData]:
        t = self.ui.ahliWarisTable
        focused = QApplication.focusWidget()
        if focused is not None and focused is not t and t.isAncestorOf(focused):
            # A cell still being edited (Ctrl+S pressed while typing in it): leaving it
            # makes the delegate write the text into the item first.
            focused.clearFocus()
        out = []
        for r in range(t.rowCount()):
            cells = [t.item(r, c) for c in range(4)]
            texts = [c.text().strip() if c else "" for c in cells]
            hub = t.cellWidget(r, 1)
            if isinstance(hub, QComboBox):
                texts[1] = hub.currentText().strip()
            if not any(texts[i] for i in (0, 2, 3)):
                continue
            ident = cells[0].data(Qt.ItemDataRole.UserRole) if cells[0] else None
            out.append(AhliWarisData(texts[0], texts[1], texts[2], texts[3], ident or None))
        return out

    def _fill(self, d: PesertaData) -> None:
        u = self.ui
        self._loading = True
        try:
            u.nikEdit.setText(d.nik)
            u.namaEdit.setText(d.nama)
            u.tempatLahirEdit.setText(d.tempat_lahir)
            write_date(u.tanggalLahirEdit, d.tanggal_lahir)
            select_data(u.jenisKelaminCombo, d.jenis_kelamin)
            u.namaIbuEdit.setText(d.nama_ibu)
            u.alamatEdit.setText(d.alamat)
            u.rtEdit.setText(d.rt)
            u.rwEdit.setText(d.rw)
            self.desa.set_code(d.desa_kode or None)
            select_data(u.kategoriCombo, d.kategori)
            u.jabatanCombo.setCurrentText(d.jabatan)
            u.pekerjaanCombo.setCurrentText(d.pekerjaan)
            if not d.jabatan:
                u.jabatanCombo.setCurrentIndex(-1)
            if not d.pekerjaan:
                u.pekerjaanCombo.setCurrentIndex(-1)
            u.noHpEdit.setText(d.no_hp)
            u.upahEdit.setText(format_angka(d.upah) if d.upah is not None else "")
            u.jhtCheck.setChecked(d.program_jht)
            u.jpCheck.setChecked(d.program_jp)
            select_data(u.sumberDanaCombo, d.sumber_dana)
            self.status = d.status
            self.nonaktif = (d.nonaktif_alasan, d.nonaktif_tanggal, d.nonaktif_keterangan)
            self._status_items(d.status)
            u.kpjEdit.setText(d.kpj)
            write_date(u.mulaiEdit, d.mulai_kepesertaan)
            write_date(u.akhirEdit, d.akhir_kepesertaan)
            u.catatanEdit.setText(d.catatan)
            self._fill_ahli_waris(d.ahli_waris)
        finally:
            self._loading = False
        self._kategori_changed()
        self._nik_changed()
        self._show_status()

    def _status_items(self, status: str) -> None:
        """Didaftarkan/Aktif are chosen here; Nonaktif is shown (not chosen) while it holds,
        since deactivation needs a reason and date (the Nonaktifkan button)."""
        combo = self.ui.statusCombo
        items = {k: v for k, v in STATUS.items() if k != "nonaktif" or status == "nonaktif"}
        if [combo.itemData(i) for i in range(combo.count())] != list(items):
            fill_combo(combo, items)
        select_data(combo, status)

    def _fill_ahli_waris(self, rows: list[AhliWarisData]) -> None:
        t = self.ui.ahliWarisTable
        t.setRowCount(0)
        for a in rows:
            self.add_ahli_waris(a, focus=False)

    # --- ahli waris ------------------------------------------------------------------------
    def add_ahli_waris(self, a: AhliWarisData | None = None, focus: bool = True) -> None:
        t = self.ui.ahliWarisTable
        was_loading = self._loading
        self._loading = True
        r = t.rowCount()
        t.insertRow(r)
        name = QTableWidgetItem(a.nama if a else "")
        name.setData(Qt.ItemDataRole.UserRole, a.id if a else None)
        t.setItem(r, 0, name)
        hub = QComboBox()
        hub.setEditable(True)
        hub.addItems(HUBUNGAN_AHLI_WARIS)
        hub.setCurrentText(a.hubungan if a else "")
        if not a:
            hub.setCurrentIndex(-1)
        hub.currentTextChanged.connect(self._toucher("ahli_waris"))
        t.setCellWidget(r, 1, hub)
        t.setItem(r, 2, QTableWidgetItem(a.nik if a else ""))
        t.setItem(r, 3, QTableWidgetItem(a.no_hp if a else ""))
        self._loading = was_loading
        if focus:
            self.ui.detailTabs.setCurrentWidget(self.ui.ahliWarisTab)
            t.setCurrentCell(r, 0)
            t.editItem(name)
            self.touched.add("ahli_waris")

    def remove_ahli_waris(self) -> None:
        t = self.ui.ahliWarisTable
        r = t.currentRow()
        if r >= 0:
            t.removeRow(r)
            self.touched.add("ahli_waris")
            self._check_timer.start()

    # --- reactions while typing ------------------------------------------------------------
    def _kategori_changed(self) -> None:
        u = self.ui
        kategori = u.kategoriCombo.currentData()
        aparat = kategori == "aparat_desa"
        for w in (u.jabatanCaption, u.jabatanCombo):
            w.setVisible(aparat)
        for w in (u.pekerjaanCaption, u.pekerjaanCombo):
            w.setVisible(not aparat)
        u.jpCheck.setVisible(aparat)  # Jaminan Pensiun: wage earners only
        if aparat:
            u.upahCaption.setText(self.tr("Upah/bulan (Rp)"))
            u.upahEdit.setToolTip(self.tr("Siltap ditambah tunjangan sebulan; dasar iuran PU."))
        else:
            u.upahCaption.setText(self.tr("Penghasilan/bulan (Rp)"))
            u.upahEdit.setToolTip(
                self.tr(
                    "Penghasilan yang dilaporkan sebulan; dasar iuran BPU (paling rendah "
                    "sesuai ketentuan yang berlaku)."
                )
            )
        if not self._loading and not u.sumberDanaCombo.currentData():
            select_data(u.sumberDanaCombo, DEFAULT_DANA.get(kategori or "", ""))

    def _nik_changed(self) -> None:
        text = self.ui.nikEdit.text()
        label = self.ui.nikInfoLabel
        self._duplicate = None
        if not text.strip():
            label.setText("")
            return
        info = parse_nik(text, self.ref)
        if info.errors:
            label.setText(f"<span style='color:#c62828'>{escape(info.errors[0].message)}</span>")
            return
        parts = []
        if info.tanggal_lahir:
            parts.append(f"Lahir {format_tanggal(info.tanggal_lahir)}")
        if info.jenis_kelamin:
            parts.append(JENIS_KELAMIN[info.jenis_kelamin])
        if info.kecamatan_kode:
            kec = self.ref.name(info.kecamatan_kode)
            kab = self.ref.name(info.kabupaten_kode or "")
            parts.append(f"Kec. {kec}, {kab}" if kec else f"kecamatan {info.kecamatan_kode}")
        html = " · ".join(escape(p) for p in parts)
        if info.warnings:
            html += (
                "<br><span style='color:#b26a00'>"
                + escape(" ".join(w.message for w in info.warnings))
                + "</span>"
            )
        if info.nik:
            found = svc.lookup_nik(self.ctx, info.nik)
            if found and found[0] != self.peserta_id:
                self._duplicate = found
                html += (
                    f"<br><span style='color:#c62828'><b>Sudah terdaftar</b> atas nama "
                    f"{escape(found[1])}.</span> <a href='open'>Buka data ini</a>"
                )
        label.setText(html)

    def _nik_done(self) -> None:
        """Fill birth date and sex from the NIK when they are still empty."""
        info = parse_nik(self.ui.nikEdit.text(), self.ref)
        if info.errors:
            return
        self.ui.nikEdit.setText(info.nik or self.ui.nikEdit.text())
        if info.tanggal_lahir and not self.ui.tanggalLahirEdit.text().strip():
            write_date(self.ui.tanggalLahirEdit, info.tanggal_lahir)
        if info.jenis_kelamin and not self.ui.jenisKelaminCombo.currentData():
            select_data(self.ui.jenisKelaminCombo, info.jenis_kelamin)

    def _desa_done(self) -> None:
        self.desa.tidy()
        kode = self.desa.code()
        self.ui.desaInfoLabel.setText(escape(self.ref.full_label(kode)) if kode else "")

    @staticmethod
    def _tidy_name(edit: QLineEdit) -> None:
        """Show the cleaned spelling (case, spaces, titles) as soon as the field is left."""
        text = edit.text()
        if text.strip():
            cleaned = clean_name(text)
            if cleaned != text:
                edit.setText(cleaned)

    def _upah_done(self) -> None:
        try:
            value = parse_rupiah(self.ui.upahEdit.text())
        except ValueError:
            return
        self.ui.upahEdit.setText(format_angka(value))

    def _open_duplicate(self, _link: str) -> None:
        if self._duplicate and self._confirm_discard():
            self.load(self._duplicate[0])

    # --- validation ------------------------------------------------------------------------
    def validate(self) -> dict[str, str]:
        """Check the form; mark touched fields (all of them after a save attempt)."""
        data, problems = self.collect()
        checked = svc.check(self.ctx, data)
        errors = {**checked.errors, **problems}
        warnings = dict(checked.warnings)
        if self._duplicate:
            errors["nik"] = f"NIK sudah terdaftar atas nama {self._duplicate[1]}."
        visible = set(errors) | set(warnings)
        if not self.show_all:
            visible &= self.touched
        for name, widget in self._fields().items():
            if name in errors and name in visible:
                set_state(widget, "error", errors[name])
            elif name in warnings and name in visible:
                set_state(widget, "warning", warnings[name])
            else:
                set_state(widget, None)
        lines = [
            f"<span style='color:#c62828'>✖ <b>{escape(LABELS.get(k, k))}:</b> {escape(v)}</span>"
            for k, v in errors.items()
            if k in visible
        ] + [
            f"<span style='color:#b26a00'>⚠ <b>{escape(LABELS.get(k, k))}:</b> {escape(v)}</span>"
            for k, v in warnings.items()
            if k in visible and k not in errors
        ]
        self.ui.messageLabel.setText("<br>".join(lines))
        return errors

    # --- actions ---------------------------------------------------------------------------
    def new(self) -> None:
        """A blank form; keeps desa, kategori and sumber dana of the previous entry."""
        keep = self.collect()[0] if self.peserta_id is None and self._snapshot else None
        self.peserta_id = None
        self._version = None
        d = PesertaData(
            kategori=DEFAULT_KATEGORI.get(self.ctx.kantor_jenis, "pekerja_rentan"),
            status="didaftarkan",
        )
        if keep is not None:
            d.desa_kode, d.kategori, d.sumber_dana = keep.desa_kode, keep.kategori, keep.sumber_dana
            d.jabatan, d.pekerjaan = "", ""
        if self.ctx.kantor_jenis == "desa" and not d.desa_kode:
            d.desa_kode = self.ctx.wilayah_kode
        d.sumber_dana = d.sumber_dana or DEFAULT_DANA.get(d.kategori, "")
        self._fill(d)
        self._desa_done()
        self._snapshot = self.collect()[0]
        self.touched.clear()
        self.show_all = False
        self.validate()
        self.ui.titleLabel.setText("Peserta baru")
        self.setWindowTitle("Peserta baru — Jamsostek Desk")
        self.ui.deleteButton.setEnabled(False)
        self.ui.deactivateButton.setEnabled(False)
        self.ui.historyTable.clear()
        self.foto.refresh()
        self.ui.nikEdit.setFocus()

    def load(self, peserta_id: str) -> None:
        d = svc.get_peserta(self.ctx, peserta_id)
        self.peserta_id = peserta_id
        self._version = d.version
        self._fill(d)
        self._desa_done()
        self._snapshot = self.collect()[0]
        self.touched.clear()
        self.show_all = True
        self.validate()
        self.ui.titleLabel.setText(d.nama)
        self.setWindowTitle(f"{d.nama} — Jamsostek Desk")
        self.ui.deleteButton.setEnabled(True)
        self.ui.deactivateButton.setEnabled(True)
        self._load_history()
        self.foto.refresh()
        self.ui.namaEdit.setFocus()

    def _show_status(self) -> None:
        badge = self.ui.statusBadge
        u = self.ui
        if self.status == "nonaktif":
            alasan = ALASAN_NONAKTIF.get(self.nonaktif[0] or "", "")
            tgl = format_tanggal(self.nonaktif[1]) if self.nonaktif[1] else ""
            badge.setText(f"Nonaktif: {alasan} ({tgl})")
            badge.setStyleSheet("background:#fde7e7; color:#a32020;")
            u.statusCombo.setEnabled(False)
            u.deactivateButton.setText("Aktifkan kembali")
        else:
            badge.setText(STATUS.get(self.status, "") if self.peserta_id else "")
            badge.setStyleSheet("background:#e3f4ea; color:#0b7a3e;" if self.peserta_id else "")
            u.statusCombo.setEnabled(True)
            u.deactivateButton.setText("Nonaktifkan…")

    def _load_history(self) -> None:
        tree = self.ui.historyTable
        tree.clear()
        if not self.peserta_id:
            return
        for entry in svc.history(self.ctx, self.peserta_id):
            local = entry.waktu.replace(tzinfo=UTC).astimezone()
            top = QTreeWidgetItem(
                [local.strftime("%d-%m-%Y %H:%M:%S"), entry.operator_nama, entry.aksi_label]
            )
            for field, (old, new) in entry.perubahan.items():
                QTreeWidgetItem(
                    top,
                    [
                        "",
                        "",
                        LABELS.get(field, field),
                        self._shown(field, old),
                        self._shown(field, new),
                    ],
                )
            tree.addTopLevelItem(top)
            top.setExpanded(True)

    def _shown(self, field: str, value: str) -> str:
        """A stored code as the user knows it (history keeps what was stored)."""
        labels = {
            "kategori": KATEGORI,
            "sumber_dana": SUMBER_DANA,
            "status": STATUS,
            "nonaktif_alasan": ALASAN_NONAKTIF,
            "jenis_kelamin": JENIS_KELAMIN,
        }.get(field)
        if labels is not None:
            return labels.get(value, value)
        if field == "desa_kode" and value:
            return self.ref.label(value)
        return value

    def is_dirty(self) -> bool:
        return self._snapshot is not None and self.collect()[0] != self._snapshot

    def save(self) -> bool:
        self.show_all = True
        errors = self.validate()
        if errors:
            first = next(iter(errors))
            self._fields()[first].setFocus()
            return False
        data, _ = self.collect()
        try:
            if self.peserta_id:
                result = svc.update_peserta(self.ctx, self.peserta_id, data)
            else:
                result = svc.create_peserta(self.ctx, data)
        except svc.DuplicateNik as e:
            box = QMessageBox(
                QMessageBox.Icon.Warning, "NIK sudah terdaftar", e.message, parent=self
            )
            open_btn = box.addButton("Buka data yang ada", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("Kembali", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is open_btn:
                self.load(e.existing_id)
            return False
        except ValidationError as e:
            self.touched.update(e.errors)
            self.validate()
            return False
        except UserError as e:
            QMessageBox.warning(self, "Tidak tersimpan", e.message)
            return False
        self.saved.emit(result.id)
        was_new = self.peserta_id is None
        nama = data.nama
        if was_new:
            self.new()
            self.ui.messageLabel.setText(
                f"<span style='color:#0b7a3e'>✔ <b>{escape(nama)}</b> tersimpan. "
                "Silakan isi peserta berikutnya.</span>"
            )
        else:
            self.load(result.id)
            self.ui.messageLabel.setText(
                "<span style='color:#0b7a3e'>✔ Perubahan tersimpan.</span>"
                + ("<br>" + self.ui.messageLabel.text() if self.ui.messageLabel.text() else "")
            )
        return True

    def new_requested(self) -> None:
        if self._confirm_discard():
            self.peserta_id = None
            self.new()

    def toggle_active(self) -> None:
        if not self.peserta_id:
            return
        if self.is_dirty() and not self.save():
            return
        if self.status == "nonaktif":
            svc.reactivate(self.ctx, self.peserta_id)
        else:
            dlg = NonaktifDialog(self.ui.namaEdit.text(), self)
            if dlg.exec() != QDialog.DialogCode.Accepted or dlg.tanggal is None:
                return
            try:
                svc.deactivate(self.ctx, self.peserta_id, dlg.alasan, dlg.tanggal, dlg.keterangan)
            except UserError as e:
                QMessageBox.warning(self, "Tidak tersimpan", e.message)
                return
        self.saved.emit(self.peserta_id)
        self.load(self.peserta_id)

    def delete(self) -> None:
        if not self.peserta_id:
            return
        nama = self._snapshot.nama if self._snapshot else ""
        answer = QMessageBox.question(
            self,
            "Hapus peserta",
            f"Hapus {nama} (NIK {self.ui.nikEdit.text()}) dari daftar peserta?\n\n"
            "Data tidak hilang dari riwayat dan bisa dikembalikan dengan tombol Urungkan.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pid = self.peserta_id
        svc.delete_peserta(self.ctx, pid)
        self._snapshot = None
        self.deleted.emit(pid, nama)
        self.accept()

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            "Perubahan belum disimpan",
            "Ada isian yang belum disimpan. Simpan dulu?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() or False
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:  # Esc and the close button
        if self._confirm_discard():
            super().reject()
