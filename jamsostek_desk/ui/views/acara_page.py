"""Acara: a ceremony's date, place and officials, who gets a symbolic card and who a benefit,
and the ceremony pack (made into a temporary folder, previewed, then saved or printed)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from jamsostek_desk.domain.dates import format_tanggal, format_tanggal_pendek, parse_tanggal
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.money import format_rupiah
from jamsostek_desk.services import acara as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.manfaat import list_manfaat
from jamsostek_desk.services.peserta import get_peserta, lookup_nik
from jamsostek_desk.ui.forms.ui_acara_page import Ui_AcaraPage
from jamsostek_desk.ui.views.pdf_preview import PdfPreviewDialog
from jamsostek_desk.ui.views.preview_flow import preview_dir
from jamsostek_desk.ui.worker import run_task

ID = Qt.ItemDataRole.UserRole
RED = "<span style='color:#c62828'>{}</span>"


class AcaraPage(QWidget):
    message = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        selected_peserta: Callable[[], list[str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AcaraPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.selected_peserta = selected_peserta or (lambda: [])
        self.acara_id: str | None = None
        self.pack_files: list[Path] = []
        u = self.ui
        u.newButton.clicked.connect(self.new)
        u.saveButton.clicked.connect(self.save)
        u.acaraList.currentItemChanged.connect(self._chosen)
        u.cardNikEdit.returnPressed.connect(self.add_by_nik)
        u.addSelectedButton.clicked.connect(self.add_selected)
        u.removeCardButton.clicked.connect(self.remove_card)
        u.benefitList.itemChanged.connect(lambda _i: self._save_benefits())
        u.packButton.clicked.connect(self.build_pack)
        u.previewPackButton.clicked.connect(self.preview_pack_file)
        u.savePackButton.clicked.connect(self.save_pack)
        self._show_pack()
        self.reload()

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        lst = self.ui.acaraList
        lst.blockSignals(True)
        lst.clear()
        for a in svc.list_acara(self.ctx):
            item = QListWidgetItem(f"{a.nama}\n{format_tanggal(a.tanggal)} · {a.tempat}")
            item.setData(ID, a.id)
            lst.addItem(item)
            if a.id == self.acara_id:
                lst.setCurrentItem(item)
        lst.blockSignals(False)
        if self.acara_id is None:
            self.new()
        else:
            self._load(self.acara_id)

    def new(self) -> None:
        self.acara_id = None
        u = self.ui
        u.acaraList.clearSelection()
        for edit in (
            u.namaEdit,
            u.tempatEdit,
            u.pejabatEdit,
            u.jabatanEdit,
            u.mengetahuiEdit,
            u.mengetahuiJabatanEdit,
        ):
            edit.clear()
        u.tanggalEdit.setText(format_tanggal_pendek(date.today()))
        u.formMessage.setText("Isi data acara lalu simpan; sesudah itu pilih penerima.")
        self._fill_lists()
        u.namaEdit.setFocus()

    def _chosen(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is not None:
            self._load(item.data(ID))

    def _load(self, acara_id: str) -> None:
        self.acara_id = acara_id
        d = svc.get_acara(self.ctx, acara_id)
        u = self.ui
        u.namaEdit.setText(d.nama)
        u.tanggalEdit.setText(format_tanggal_pendek(d.tanggal))
        u.tempatEdit.setText(d.tempat)
        u.pejabatEdit.setText(d.pejabat_nama)
        u.jabatanEdit.setText(d.pejabat_jabatan)
        u.mengetahuiEdit.setText(d.mengetahui_nama)
        u.mengetahuiJabatanEdit.setText(d.mengetahui_jabatan)
        u.formMessage.setText(
            "<small>ID acara (untuk <code>jamsostek-desk letters --acara</code>): "
            f"{acara_id}</small>"
        )
        self.pack_files = []
        self._show_pack()
        self._fill_lists()

    def _fill_lists(self) -> None:
        u = self.ui
        u.cardsList.clear()
        u.benefitList.blockSignals(True)
        u.benefitList.clear()
        enabled = self.acara_id is not None
        for w in (
            u.cardsList,
            u.benefitList,
            u.cardNikEdit,
            u.addSelectedButton,
            u.removeCardButton,
            u.packButton,
        ):
            w.setEnabled(enabled)
        if self.acara_id is not None:
            for pid in svc.card_recipients(self.ctx, self.acara_id):
                p = get_peserta(self.ctx, pid)
                item = QListWidgetItem(f"{p.nama} — {p.nik[:6]}******{p.nik[-4:]}")
                item.setData(ID, pid)
                u.cardsList.addItem(item)
            for m in list_manfaat(self.ctx):
                if m.acara_id not in (None, self.acara_id):
                    continue
                item = QListWidgetItem(
                    f"{m.peserta_nama} ({m.program}, {format_rupiah(m.jumlah)}) → {m.penerima}"
                )
                item.setData(ID, m.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if m.acara_id == self.acara_id
                    else Qt.CheckState.Unchecked
                )
                u.benefitList.addItem(item)
        u.benefitList.blockSignals(False)

    def save(self) -> None:
        u = self.ui
        try:
            tanggal = parse_tanggal(u.tanggalEdit.text())
        except ValueError as e:
            u.formMessage.setText(RED.format(escape(str(e))))
            return
        data = svc.AcaraData(
            u.namaEdit.text(),
            tanggal,
            u.tempatEdit.text(),
            u.pejabatEdit.text().strip(),
            u.jabatanEdit.text().strip(),
            mengetahui_nama=u.mengetahuiEdit.text().strip(),
            mengetahui_jabatan=u.mengetahuiJabatanEdit.text().strip(),
        )
        try:
            self.acara_id = svc.save_acara(self.ctx, data, self.acara_id)
        except ValidationError as e:
            u.formMessage.setText(RED.format("<br>".join(escape(m) for m in e.errors.values())))
            return
        self.reload()
        u.formMessage.setText("Acara disimpan.")

    def _card_ids(self) -> list[str]:
        lst = self.ui.cardsList
        return [lst.item(i).data(ID) for i in range(lst.count())]

    def _add_cards(self, ids: list[str]) -> None:
        if self.acara_id is None:
            return
        svc.set_card_recipients(self.ctx, self.acara_id, self._card_ids() + ids)
        self._fill_lists()

    def add_by_nik(self) -> None:
        nik = "".join(self.ui.cardNikEdit.text().split())
        found = lookup_nik(self.ctx, nik) if len(nik) == 16 else None
        if found is None:
            self.ui.packMessage.setText(RED.format(f"NIK {escape(nik)} tidak terdaftar."))
            return
        self.ui.cardNikEdit.clear()
        self._add_cards([found[0]])

    def add_selected(self) -> None:
        ids = self.selected_peserta()
        if not ids:
            QMessageBox.information(
                self, "Kartu simbolis", "Pilih dulu peserta di halaman Peserta (Ctrl+klik)."
            )
            return
        self._add_cards(ids)

    def remove_card(self) -> None:
        item = self.ui.cardsList.currentItem()
        if item is None or self.acara_id is None:
            return
        keep = [i for i in self._card_ids() if i != item.data(ID)]
        svc.set_card_recipients(self.ctx, self.acara_id, keep)
        self._fill_lists()

    def _save_benefits(self) -> None:
        if self.acara_id is None:
            return
        lst = self.ui.benefitList
        ids = [
            lst.item(i).data(ID)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        svc.set_benefit_recipients(self.ctx, self.acara_id, ids)

    # -- the ceremony pack ------------------------------------------------------------------

    def _show_pack(self) -> None:
        u = self.ui
        u.packFilesCombo.clear()
        for f in self.pack_files:
            u.packFilesCombo.addItem(f.name, str(f))
        for w in (u.packFilesCombo, u.previewPackButton, u.savePackButton):
            w.setVisible(bool(self.pack_files))

    def build_pack(self) -> None:
        if self.acara_id is None:
            return
        acara_id = self.acara_id
        folder = preview_dir() / f"paket_{acara_id}"
        shutil.rmtree(folder, ignore_errors=True)

        def done(files: object) -> None:
            self.pack_files = list(files)  # type: ignore[call-overload]
            self._show_pack()
            self.ui.packMessage.setText(
                f"{len(self.pack_files)} dokumen siap. Periksa di pratinjau, lalu simpan."
            )
            self.preview_pack_file()

        def failed(message: str, _user: bool) -> None:
            QMessageBox.warning(self, "Paket acara belum bisa dibuat", message)

        run_task(
            self,
            "Membuat paket acara…",
            lambda p: svc.build_pack(self.ctx, acara_id, folder, p, record_cards=False),
            done,
            failed,
        )

    def preview_pack_file(self) -> PdfPreviewDialog | None:
        path = self.ui.packFilesCombo.currentData()
        if not path:
            return None
        dialog = PdfPreviewDialog(
            Path(path), Path(path).stem.replace("_", " "), Path(path).name, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_preview = dialog
        return dialog

    def save_pack(self, target: str | None = None) -> bool:
        if not target:
            target = QFileDialog.getExistingDirectory(self, "Simpan paket acara ke folder")
        if not target:
            return False
        from jamsostek_desk.services.pdf_base import save_copy

        try:
            for f in self.pack_files:
                save_copy(f, Path(target) / f.name)
        except UserError as e:
            QMessageBox.warning(self, "Paket tidak tersimpan", e.message)
            return False
        if self.acara_id is not None:
            svc.record_pack_cards(self.ctx, self.acara_id)
        self.ui.packMessage.setText(f"{len(self.pack_files)} dokumen disimpan di {escape(target)}.")
        self.message.emit(f"Paket acara disimpan di {target}.")
        return True
