"""Beranda: the first page. Tiles (registered, active, target and progress, this month's
bill, budget left), active people per kecamatan against target, the month trend, and the
things that need attention, each a click away from its list."""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeySequence,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desk.domain.codes import KATEGORI, SUMBER_DANA
from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.money import format_angka, format_rupiah, parse_rupiah
from jamsostek_desk.domain.wilayah import WilayahRef
from jamsostek_desk.services import audit, beranda, tagihan
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.fields import fill_combo
from jamsostek_desk.ui.forms.ui_beranda_page import Ui_BerandaPage
from jamsostek_desk.ui.views.charts import BULAN, Bar, TargetBarChart, TrendChart
from jamsostek_desk.ui.views.preview_flow import render_and_preview
from jamsostek_desk.ui.worker import run_task

TILE_STYLE = (
    "QFrame#tile { background: palette(base); border: 1px solid #c9d6cf; border-radius: 6px; }"
    "QFrame#tile:hover { border-color: #1f6e43; }"
)


class Tile(QFrame):
    """A figure with its caption and one line below; clicking it opens what it counts."""

    clicked = Signal(str)

    def __init__(self, key: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile")
        self.setStyleSheet(TILE_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(1)
        self.caption = QLabel(caption)
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 17pt; font-weight: 600; color: #1f6e43;")
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555;")
        self.bar = QProgressBar()
        self.bar.setMaximumHeight(8)
        self.bar.setTextVisible(False)
        self.bar.setVisible(False)
        for w in (self.caption, self.value, self.bar, self.note):
            lay.addWidget(w)

    def set(self, value: str, note: str, progress: float | None = None, warn: bool = False) -> None:
        color = "#b00020" if warn else "#1f6e43"
        self.value.setStyleSheet(f"font-size: 17pt; font-weight: 600; color: {color};")
        self.value.setText(value)
        self.note.setText(note)
        self.bar.setVisible(progress is not None)
        if progress is not None:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(min(progress, 100.0) * 10))

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(e)


TILES = (
    ("terdaftar", "Terdaftar"),
    ("aktif", "Aktif (tercakup)"),
    ("target", "Target dan capaian"),
    ("tagihan", "Iuran bulan ini"),
    ("sisa", "Sisa anggaran"),
)


class BerandaPage(QWidget):
    open_page = Signal(str)  # the navigation title of another page: "Kartu", "Sinkronisasi"
    open_peserta = Signal(str)  # the Peserta list filtered by status ("" = all)
    message = Signal(str)

    def __init__(self, ctx: AppContext, ref: WilayahRef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BerandaPage()
        self.ui.setupUi(self)
        self.ctx, self.ref = ctx, ref
        self.data: beranda.Beranda | None = None
        self.tarif: tagihan.Tarif | None = None
        self._soon = QTimer(self, singleShot=True, interval=150)
        self._soon.timeout.connect(self.reload)
        u = self.ui
        u.tahunSpin.setValue(date.today().year)
        fill_combo(u.kategoriCombo, KATEGORI, blank="Semua kategori")
        self.tiles = {key: Tile(key, caption, self) for key, caption in TILES}
        for tile in self.tiles.values():
            u.tilesRow.addWidget(tile, 1)
            tile.clicked.connect(self.open_tile)
        self.bar_chart = TargetBarChart(self)
        u.kecamatanChartHost.addWidget(self.bar_chart)
        self.trend_chart = TrendChart(self)
        u.trendChartHost.addWidget(self.trend_chart)
        u.chartsRow.setStretch(0, 3)
        u.chartsRow.setStretch(1, 2)
        for m, name in enumerate(BULAN, 1):
            u.whatIfMonth.addItem(name, m)
        u.whatIfMonth.setCurrentIndex(min(date.today().month, 11))
        u.whatIfEdit.textChanged.connect(self.update_what_if)
        u.whatIfMonth.currentIndexChanged.connect(self.update_what_if)
        u.refreshButton.clicked.connect(self.reload)
        u.tahunSpin.valueChanged.connect(lambda _v: self._soon.start())
        u.kategoriCombo.currentIndexChanged.connect(lambda _i: self._soon.start())
        u.tindakanList.itemActivated.connect(self._open_item)
        u.tindakanList.itemClicked.connect(self._open_item)
        u.imageButton.clicked.connect(self.save_image)
        u.targetButton.clicked.connect(self.open_targets)
        menu = QMenu(self)
        for per in ("kecamatan", "desa"):
            menu.addAction(f"PDF per {per} (pratinjau)…", partial(self.rekap_pdf, per))
        menu.addSeparator()
        for per in ("kecamatan", "desa"):
            menu.addAction(f"Excel per {per}…", partial(self.rekap_xlsx, per))
        u.rekapButton.setMenu(menu)
        QShortcut(QKeySequence("F5"), self, self.reload)
        self._loaded_once = False

    # -- data -------------------------------------------------------------------------

    def set_context(self, ctx: AppContext) -> None:
        self.ctx = ctx
        if self.isVisible():
            self.reload()
        else:
            self._loaded_once = False

    def showEvent(self, e: object) -> None:
        super().showEvent(e)  # type: ignore[arg-type]
        # figures are made when the page is shown (after sign-in, after work elsewhere)
        QTimer.singleShot(0, self.reload)

    def reload(self) -> None:
        u = self.ui
        pada = date.today()
        try:
            self.data = beranda.load(
                self.ctx, u.tahunSpin.value(), u.kategoriCombo.currentData() or "", pada, self.ref
            )
            self.tarif = tagihan.tarif_pada(self.ctx.db, pada)
        except UserError as e:
            u.statusLabel.setText(f"<span style='color:#a00'>{escape(e.message)}</span>")
            return
        self._loaded_once = True
        self._show()

    def _show(self) -> None:
        assert self.data is not None
        r = self.data.rekap
        t, a = r.total, r.anggaran
        u = self.ui
        u.statusLabel.setText(
            f"Keadaan per {format_tanggal(r.tanggal, with_day=True)} · {escape(r.wilayah_nama)}"
        )
        self.tiles["terdaftar"].set(
            format_angka(t.terdaftar),
            f"belum aktif {format_angka(t.didaftarkan)} · nonaktif {format_angka(t.nonaktif)}",
        )
        self.tiles["aktif"].set(
            format_angka(t.aktif),
            "periode kepesertaan berlaku hari ini"
            + (
                f"; {format_angka(r.aktif_tidak_dalam_periode)} di luar periode"
                if r.aktif_tidak_dalam_periode
                else ""
            ),
        )
        if t.target:
            cap = t.capaian_persen or 0.0
            self.tiles["target"].set(
                format_angka(t.target),
                f"capaian {str(cap).replace('.', ',')} % · kurang "
                f"{format_angka(max(0, t.target - t.aktif))}",
                cap,
            )
        else:
            self.tiles["target"].set("—", f"belum ada target {r.tahun} (Target & anggaran…)")
        self.tiles["tagihan"].set(
            format_rupiah(t.iuran_bulanan), f"untuk {format_angka(t.aktif)} peserta aktif"
        )
        if a.pagu and a.bulan_tersisa:
            self.tiles["sisa"].set(
                format_rupiah(a.sisa),
                f"dari pagu {format_rupiah(a.pagu)}; cukup untuk "
                f"{format_angka(a.tambahan_peserta)} peserta lagi s.d. Desember",
                warn=a.sisa < 0,
            )
        elif a.pagu:
            self.tiles["sisa"].set(
                format_rupiah(a.sisa),
                f"dari pagu {format_rupiah(a.pagu)}; tahun anggaran selesai",
                warn=a.sisa < 0,
            )
        else:
            self.tiles["sisa"].set("—", f"belum ada pagu {r.tahun}")
        self.bar_chart.set_bars([Bar(b.nama, b.aktif, b.target) for b in r.baris])
        self.trend_chart.set_points([(d.month, n) for d, n in r.tren], t.target)
        u.tindakanList.clear()
        for item in self.data.tindakan:
            w = QListWidgetItem(("⚠ " if item.jumlah else "✓ ") + item.label)
            w.setData(Qt.ItemDataRole.UserRole, item.kunci)
            if not item.jumlah:
                w.setForeground(Qt.GlobalColor.darkGray)
            u.tindakanList.addItem(w)
        self.update_what_if()

    def update_what_if(self) -> None:
        u = self.ui
        text = u.whatIfEdit.text().strip()
        if not text or self.tarif is None:
            u.whatIfResult.setText("")
            return
        try:
            rp = parse_rupiah(text)
        except ValueError as e:
            u.whatIfResult.setText(f"<span style='color:#a00'>{escape(str(e))}</span>")
            return
        m = int(u.whatIfMonth.currentData())
        n = tagihan.bagaimana_jika(self.tarif, rp, m)
        u.whatIfResult.setText(
            f"→ <b>{format_angka(n)}</b> peserta lagi ({13 - m} bulan × "
            f"{format_rupiah(self.tarif.per_orang_minimum)})"
        )

    # -- click-through ----------------------------------------------------------------

    def open_tile(self, key: str) -> None:
        if key == "terdaftar":
            self.open_peserta.emit("")
        elif key == "aktif":
            self.open_peserta.emit("aktif")
        elif key == "target":
            self.rekap_pdf("kecamatan")
        else:
            self.show_budget()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_action(str(item.data(Qt.ItemDataRole.UserRole)))

    def open_action(self, kunci: str) -> QWidget | None:
        if kunci == "konflik":
            self.open_page.emit("Sinkronisasi")
            return None
        if kunci == "kartu":
            self.open_page.emit("Kartu")
            return None
        from jamsostek_desk.ui.views.daftar_tindakan_dialog import DaftarTindakanDialog

        dialog = DaftarTindakanDialog(self.ctx, self.ref, kunci, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.reload)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def open_targets(self) -> QWidget:
        from jamsostek_desk.ui.views.target_dialog import TargetDialog

        dialog = TargetDialog(self.ctx, self.ref, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.reload)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def show_budget(self) -> None:
        if self.data is None:
            return
        a = self.data.rekap.anggaran
        if not a.pagu:
            QMessageBox.information(
                self,
                "Anggaran iuran",
                f"Belum ada pagu untuk tahun {a.tahun}. Admin menetapkannya di Beranda → "
                "Target & anggaran…",
            )
            return
        lines = [
            f"<b>{escape(SUMBER_DANA.get(s.sumber_dana, s.sumber_dana))}</b>: pagu "
            f"{format_rupiah(s.pagu)}, tagihan bulan ini {format_rupiah(s.tagihan_bulan_ini)}, "
            f"terpakai {format_rupiah(s.terpakai)}, komitmen s.d. Desember "
            f"{format_rupiah(s.komitmen_sampai_desember)}, sisa {format_rupiah(s.sisa)}"
            for s in a.per_sumber
        ]
        QMessageBox.information(
            self,
            "Anggaran iuran",
            "<br>".join(lines) + f"<br><br>Sisa seluruhnya {format_rupiah(a.sisa)}: cukup untuk "
            f"<b>{format_angka(a.tambahan_peserta)}</b> peserta lagi selama {a.bulan_tersisa} "
            f"bulan (iuran {format_rupiah(a.iuran_per_orang)} per orang per bulan).",
        )

    # -- reports and image --------------------------------------------------------------

    def rekap_pdf(self, per: str) -> None:
        from jamsostek_desk.services import rekap
        from jamsostek_desk.services.rekap_pdf import write_rekap_pdf

        tahun, kategori, ctx = (
            self.ui.tahunSpin.value(),
            self.ui.kategoriCombo.currentData() or "",
            self.ctx,
        )

        def render(path: Path, progress: object) -> int:
            r = rekap.build(ctx, tahun, per, kategori, ref=self.ref)
            return write_rekap_pdf(ctx, r, path)

        render_and_preview(
            self, f"Rekapitulasi per {per}", f"rekapitulasi-{per}-{tahun}.pdf", render
        )

    def rekap_xlsx(self, per: str) -> None:
        from jamsostek_desk.services import rekap
        from jamsostek_desk.services.rekap_xlsx import write_rekap

        tahun = self.ui.tahunSpin.value()
        path, _f = QFileDialog.getSaveFileName(
            self,
            "Simpan rekapitulasi",
            f"rekapitulasi-{per}-{tahun}.xlsx",
            "Buku kerja Excel (*.xlsx)",
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        kategori, ctx = self.ui.kategoriCombo.currentData() or "", self.ctx

        def job(_p: object) -> Path:
            r = rekap.build(ctx, tahun, per, kategori, ref=self.ref)
            return write_rekap(ctx, Path(path), r)

        run_task(
            self,
            "Menyusun rekapitulasi…",
            job,
            lambda out: self.message.emit(f"Rekapitulasi disimpan: {out}"),
            self._xlsx_failed,
        )

    def _xlsx_failed(self, message: str, _user: bool) -> None:
        QMessageBox.warning(self, "Rekapitulasi belum tersimpan", message)

    def save_image(self) -> str:
        """The page as a PNG, or as a one-page A4 landscape PDF to print."""
        path, _f = QFileDialog.getSaveFileName(
            self,
            "Simpan Beranda sebagai gambar",
            f"beranda-{date.today().isoformat()}.png",
            "Gambar PNG (*.png);;PDF untuk dicetak (*.pdf)",
        )
        if not path:
            return ""
        pixmap = self.grab()
        if path.lower().endswith(".pdf"):
            writer = QPdfWriter(path)
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Landscape,
                    QMarginsF(10, 10, 10, 10),
                )
            )
            painter = QPainter(writer)
            area = painter.viewport()
            scaled = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawPixmap(QRect(area.topLeft(), scaled), pixmap)
            ok = painter.end()
        else:
            if not path.lower().endswith(".png"):
                path += ".png"
            ok = pixmap.save(path, "PNG")
        if not ok:
            QMessageBox.warning(
                self, "Gambar belum tersimpan", f"Berkas {path} tidak bisa ditulis."
            )
            return ""
        total = self.data.rekap.total.terdaftar if self.data is not None else 0
        audit.record_export(self.ctx, "ekspor_laporan", total, path, {"laporan": "Beranda"})
        self.message.emit(f"Beranda disimpan sebagai {path}")
        return path
