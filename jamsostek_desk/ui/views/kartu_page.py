"""Kartu: the card queue with filters, printing through the preview, handing over, verifying."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QWidget

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.nik import mask_nik
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import audit
from jamsostek_desk.services import kartu as svc
from jamsostek_desk.services.common.progress import Progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.kartu_pdf import LAYOUT_LABELS
from jamsostek_desk.ui.dialogs import yes
from jamsostek_desk.ui.forms.ui_kartu_page import Ui_KartuPage
from jamsostek_desk.ui.pages import Page, selected_rows, setup_table, watch_search
from jamsostek_desk.ui.report_dialog import ReportDialog
from jamsostek_desk.ui.views.preview_flow import render_and_preview
from jamsostek_desk.ui.views.serah_kartu_dialog import SerahKartuDialog
from jamsostek_desk.ui.views.verifikasi_dialog import VerifikasiDialog

HEADERS = (
    "Nama",
    "NIK",
    "Desa",
    "Status",
    "Diminta",
    "Dicetak",
    "Oleh",
    "Cetak ulang",
    "Diserahkan",
    "Penerima",
)


class KartuPage(Page):
    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KartuPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.ref = ref
        self.rows: list[svc.KartuRow] = []
        u = self.ui
        u.statusCombo.addItem("Semua", "")
        for key, label in svc.STATUS_KARTU.items():
            u.statusCombo.addItem(label, key)
        u.kecamatanCombo.addItem("Semua kecamatan", "")
        for kec in ref.children(ctx.kabupaten_kode):
            u.kecamatanCombo.addItem(kec.nama.title(), kec.kode)
        for key, label in LAYOUT_LABELS.items():
            u.layoutCombo.addItem(label, key)
        t = u.table
        setup_table(t, HEADERS, first_width=260)
        self._timer = watch_search(self, u.searchEdit, self.reload)
        u.statusCombo.currentIndexChanged.connect(self.reload)
        u.kecamatanCombo.currentIndexChanged.connect(self.reload)
        u.layoutCombo.currentIndexChanged.connect(
            lambda _i: u.backCheck.setEnabled(u.layoutCombo.currentData() == "a4-10")
        )
        u.printButton.clicked.connect(self.print_selected)
        u.handOverButton.clicked.connect(self.hand_over_selected)
        u.cancelButton.clicked.connect(self.cancel_selected)
        u.verifyButton.clicked.connect(self.open_verify)
        u.selectAllButton.clicked.connect(t.selectAll)
        self.reload()

    def current_filter(self) -> svc.CardFilter:
        u = self.ui
        return svc.CardFilter(
            status=u.statusCombo.currentData() or "",
            kecamatan=u.kecamatanCombo.currentData() or "",
            search=u.searchEdit.text(),
        )

    def reload(self) -> None:
        self.rows = svc.list_cards(self.ctx, self.current_filter())
        t = self.ui.table
        t.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = (
                r.nama,
                mask_nik(r.nik),
                self.ref.label(r.desa_kode),
                svc.STATUS_KARTU.get(r.status, r.status),
                format_tanggal(r.diminta_pada.date()),
                format_tanggal(r.dicetak_pada.date()) if r.dicetak_pada else "",
                r.dicetak_oleh,
                str(r.cetak_ulang) if r.dicetak_pada else "",
                format_tanggal(r.diserahkan_tanggal) if r.diserahkan_tanggal else "",
                r.penerima,
            )
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.id)
                t.setItem(i, j, item)
        self.ui.countLabel.setText(f"{len(self.rows)} kartu")

    def selected(self) -> list[svc.KartuRow]:
        return [self.rows[r] for r in selected_rows(self.ui.table)]

    def print_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            QMessageBox.information(self, "Cetak kartu", "Pilih dulu kartu di daftar.")
            return
        carded = svc.already_carded(self.ctx, [r.peserta_id for r in chosen])
        if carded:
            names = ", ".join([r.nama for r in chosen if r.peserta_id in carded][:5])
            more = f" dan {len(carded) - 5} lainnya" if len(carded) > 5 else ""
            if not yes(
                self,
                "Sudah punya kartu",
                f"{len(carded)} peserta sudah punya kartu yang pernah dicetak ({names}{more}). "
                "Cetak lagi? Cetakan ini dihitung sebagai cetak ulang.",
            ):
                return
        ids = [r.id for r in chosen]
        layout = self.ui.layoutCombo.currentData()
        full_nik = self.ui.fullNikCheck.isChecked()
        back = self.ui.backCheck.isChecked() and layout == "a4-10"
        run: dict[str, svc.Cetakan] = {}

        def render(path: Path, progress: Progress) -> svc.Cetakan:
            run["cetakan"] = svc.render_queue(
                self.ctx, ids, path, layout, full_nik=full_nik, back=back, progress=progress
            )
            return run["cetakan"]

        name = f"kartu_{date.today():%Y%m%d}_{len(ids)}.pdf"

        def printed(how: str) -> None:
            done = run["cetakan"].kartu_ids  # only the cards in the PDF
            svc.mark_printed(self.ctx, done)
            audit.record_export(
                self.ctx, "ekspor_kartu", len(done), name, {"cara": how, "nik_lengkap": full_nik}
            )
            self.reload()
            self.message.emit(f"{len(done)} kartu {how} dan dicatat sebagai dicetak.")

        render_and_preview(
            self,
            f"{len(ids)} kartu peserta",
            name,
            render,
            printed,
            on_rendered=lambda result: self.show_skipped(result),
        )

    def show_skipped(self, cetakan: svc.Cetakan) -> ReportDialog | None:
        """The people left out of a print run, in a list to scroll and save."""
        if not cetakan.dilewati:
            return None
        rows = [
            (m.nama or "(tanpa nama)", mask_nik(m.nik) if m.nik else "-", ", ".join(m.what))
            for m in cetakan.dilewati
        ]
        dialog = ReportDialog(
            "Kartu yang belum dicetak",
            f"{len(cetakan.kartu_ids)} kartu ada di PDF. {len(rows)} peserta dilewati karena "
            "datanya belum lengkap; lengkapi datanya lalu cetak lagi.",
            ("Nama", "NIK", "Yang kurang"),
            rows,
            f"kartu_dilewati_{date.today():%Y%m%d}.csv",
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_report = dialog
        dialog.open()
        return dialog

    def hand_over_selected(self) -> SerahKartuDialog | None:
        chosen = self.selected()
        if not chosen:
            QMessageBox.information(self, "Serahkan kartu", "Pilih dulu kartu di daftar.")
            return None
        dialog = SerahKartuDialog(self.ctx, [r.id for r in chosen], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            self.reload()
            self.message.emit(f"{dialog.count} kartu ditandai diserahkan.")

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def cancel_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            QMessageBox.information(self, "Hapus dari antrean", "Pilih dulu kartu di daftar.")
            return
        try:
            n = svc.cancel_requests(self.ctx, [r.id for r in chosen])
        except UserError as e:
            QMessageBox.warning(self, "Tidak dihapus", e.message)
            return
        self.reload()
        self.message.emit(f"{n} permintaan kartu dihapus dari antrean.")

    def open_verify(self) -> VerifikasiDialog:
        dialog = VerifikasiDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
