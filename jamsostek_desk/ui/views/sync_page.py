"""Sinkronisasi: sync with the central file, see what went out and came in, decide conflicts."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.money import format_angka
from jamsostek_desk.domain.nik import mask_nik
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services.access import ADMIN
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import conflicts, keys
from jamsostek_desk.services.sync.checks import KABUPATEN_KINDS
from jamsostek_desk.services.sync.container import EXTENSION, MIN_PASSPHRASE
from jamsostek_desk.services.sync.engine import (
    SyncResult,
    file_statuses,
    pending_counts,
    rejected_items,
    sync,
)
from jamsostek_desk.ui.dialogs import start_folder, warn, yes
from jamsostek_desk.ui.forms.ui_sync_page import Ui_SyncPage
from jamsostek_desk.ui.pages import Page, setup_table
from jamsostek_desk.ui.worker import run_task

SIDE_LABELS = (("lokal", "Data di kantor ini"), ("masuk", "Data dari kantor lain"))
JENIS_KANTOR = {"dinas_pmd": "Dinas PMD", "disnakertrans": "Disnakertrans", "desa": "Desa"}
STATUS_KANTOR = {
    "root": "Pemegang daftar (Dinas)",
    "penanda": "Penanda tangan daftar",
    "disetujui": "Disetujui",
    "menunggu": "Menunggu persetujuan",
}


def _when(value: object) -> str:
    from datetime import UTC, datetime

    if not isinstance(value, datetime):
        return "-"
    local = value.replace(tzinfo=UTC).astimezone()
    return f"{format_tanggal(local.date())} {local:%H:%M}"


class SyncPage(Page):
    synced = Signal(object)  # SyncResult: the participant list reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.items: list[conflicts.OpenItem] = []
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.syncButton.clicked.connect(self.start_sync)
        self.ui.passEdit.returnPressed.connect(self.start_sync)
        self.ui.itemsList.currentRowChanged.connect(self.show_item)
        self.ui.resolveButton.clicked.connect(self.resolve)
        self.ui.resolveAllButton.clicked.connect(self.resolve_all)
        # Readable decisions: each conflict a separate, striped entry, and the decision area
        # gets the page's spare height (the per-file history needs only a few rows).
        self.ui.itemsList.setWordWrap(True)
        self.ui.itemsList.setSpacing(2)
        self.ui.itemsList.setAlternatingRowColors(True)
        self.ui.filesTable.setMaximumHeight(110)
        page = self.layout()
        if page is not None and page.indexOf(self.ui.decideGroup) >= 0:
            page.setStretch(page.indexOf(self.ui.decideGroup), 1)
        setup_table(self.ui.filesTable, ["Berkas", "Terakhir", "Dikirim", "Diterima"], stretch=[0])
        setup_table(
            self.ui.fieldsTable,
            ["Kolom", "Di kantor ini", "Dari kantor lain", "Pakai"],
            multi=False,
            stretch=[1, 2],
            fixed_rows=False,
        )
        self.ui.fieldsTable.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive
        )
        r = self.ui.rejectedTable
        r.setColumnCount(4)
        r.setHorizontalHeaderLabels(["Waktu", "Dari kantor", "Data", "Alasan"])
        r.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        r.verticalHeader().hide()
        o = self.ui.officesTable
        o.setColumnCount(5)
        o.setHorizontalHeaderLabels(["Kantor", "Jenis", "Wilayah", "Status", "Sidik kunci"])
        o.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        o.verticalHeader().hide()
        o.itemSelectionChanged.connect(self._office_selected)
        self.ui.approveButton.clicked.connect(self.approve)
        self.ui.cosignButton.clicked.connect(self.cosign)
        self.offices: list[keys.Entry] = []
        self.last_result: SyncResult | None = None
        self.refresh()

    def reload(self) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Counted from the data each time the page is shown: an import or an edit made
        since (here or by another program on the same database) is in the number."""
        super().showEvent(event)
        self.refresh()

    # -- status --------------------------------------------------------------------------
    def refresh(self) -> None:
        statuses = file_statuses(self.ctx)
        if statuses and not self.ui.fileEdit.text():
            self.ui.fileEdit.setText(statuses[0].path)
        t = self.ui.filesTable
        t.setRowCount(len(statuses))
        for i, st in enumerate(statuses):
            k, m = st.ringkasan.get("keluar", {}), st.ringkasan.get("masuk", {})
            cells = [
                st.path,
                _when(st.terakhir),
                f"{format_angka(k.get('peserta', 0))} peserta",
                f"{format_angka(m.get('peserta_baru', 0) + m.get('peserta_diubah', 0))} peserta",
            ]
            for c, text in enumerate(cells):
                t.setItem(i, c, QTableWidgetItem(text))
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        waiting = pending_counts(self.ctx)
        self.ui.pendingLabel.setText(
            f"Menunggu dikirim: <b>{format_angka(waiting['peserta'])} perubahan peserta</b> dan "
            f"{format_angka(waiting['ahli_waris'])} perubahan ahli waris."
            if statuses
            else "Belum pernah sinkronisasi: semua data kantor ini akan dikirim pada "
            "sinkronisasi pertama."
        )
        self._show_incoming(statuses[0].ringkasan if statuses else {})
        self._load_items()
        self._load_rejected()
        self._load_offices()

    def _load_rejected(self) -> None:
        items = rejected_items(self.ctx)
        t = self.ui.rejectedTable
        t.setRowCount(len(items))
        for i, item in enumerate(items):
            for c, text in enumerate((_when(item.waktu), item.kantor, item.apa, item.alasan)):
                t.setItem(i, c, QTableWidgetItem(text))
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        t.resizeRowsToContents()
        self.ui.rejectedLabel.setText(
            "Data kiriman kantor lain yang tidak diterapkan di sini: di luar wilayah kantor "
            "pengirimnya, isinya tidak sah, versinya dari masa depan, atau tanda tangannya tidak "
            "cocok. Data lain dari kiriman yang sama sudah diterapkan. Tercatat juga di riwayat "
            "atas nama kantor pengirim."
            if items
            else "Tidak ada data yang ditolak dari sinkronisasi."
        )
        self.ui.bottomTabs.setTabText(1, f"Ditolak dari sinkronisasi ({len(items)})")

    def _load_offices(self) -> None:
        self.offices = keys.entries(self.ctx)
        ref = load_wilayah()
        t = self.ui.officesTable
        t.setRowCount(len(self.offices))
        for i, e in enumerate(self.offices):
            mine = " (kantor ini)" if e.kantor_id == self.ctx.kantor_id else ""
            cells = (
                e.nama + mine,
                JENIS_KANTOR.get(e.jenis, e.jenis),
                ref.label(e.wilayah) or e.wilayah,
                STATUS_KANTOR.get(e.status, e.status),
                e.sidik,
            )
            for c, text in enumerate(cells):
                t.setItem(i, c, QTableWidgetItem(text))
            if e.status == keys.COSIGNER:
                t.item(i, 3).setToolTip(
                    "Kantor kabupaten yang ditunjuk Dinas untuk ikut menandatangani daftar "
                    "kantor: dapat membuat undangan dan menyetujui kantor."
                )
        t.resizeColumnsToContents()
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        waiting = sum(e.status == keys.WAITING for e in self.offices)
        self.ui.officesLabel.setText(
            f"<b>{waiting} kantor menunggu persetujuan.</b> Kirimannya belum diterapkan. "
            "Periksa sidik kunci dengan kantor itu (telepon atau langsung) sebelum menyetujui."
            if waiting
            else "Kantor-kantor yang kirimannya dipercaya, dengan sidik kunci masing-masing."
        )
        self.ui.bottomTabs.setTabText(2, f"Kantor ({waiting} menunggu)" if waiting else "Kantor")
        self._office_selected()

    def _office_selected(self) -> None:
        row = self.ui.officesTable.currentRow()
        e = self.offices[row] if 0 <= row < len(self.offices) else None
        self.ui.approveButton.setEnabled(e is not None and e.status == keys.WAITING)
        # only the root names co-signers: an approved kabupaten-level office of its kabupaten
        root = any(
            o.status == keys.ROOT and o.kantor_id == self.ctx.kantor_id for o in self.offices
        )
        admin = self.ctx.peran == ADMIN  # approving offices and co-signers is the Admin's
        self.ui.approveButton.setVisible(admin)
        self.ui.cosignButton.setVisible(root and admin)
        revoke = e is not None and e.status == keys.COSIGNER
        self.ui.cosignButton.setText(
            "&Cabut penanda tangan…" if revoke else "&Jadikan penanda tangan…"
        )
        self.ui.cosignButton.setEnabled(
            root
            and e is not None
            and (
                revoke
                or (
                    e.status == keys.APPROVED
                    and e.jenis in KABUPATEN_KINDS
                    and e.wilayah == self.ctx.kabupaten_kode
                )
            )
        )

    def cosign(self) -> None:
        row = self.ui.officesTable.currentRow()
        if not 0 <= row < len(self.offices):
            return
        e = self.offices[row]
        who = f"{e.nama} ({JENIS_KANTOR.get(e.jenis, e.jenis)}, {load_wilayah().label(e.wilayah)})"
        revoke = e.status == keys.COSIGNER
        if revoke:
            title, question = (
                "Cabut penanda tangan",
                f"Cabut {who} sebagai penanda tangan daftar kantor?\n\nSidik kunci: {e.sidik}"
                "\n\nKantor itu tidak lagi dapat membuat undangan atau menyetujui kantor; "
                "kantor yang sudah disetujuinya tetap dipercaya.",
            )
        else:
            title, question = (
                "Jadikan penanda tangan",
                f"Jadikan {who} penanda tangan daftar kantor?\n\nSidik kunci: {e.sidik}\n\n"
                "Kantor itu dapat membuat undangan untuk kantor desa dan menyetujui kantor yang "
                "menunggu, dan semua kantor mempercayai persetujuannya. Cocokkan sidik kunci ini "
                "dengan yang tertera di kantor itu (menu Sinkronisasi, tab Kantor).",
            )
        if QMessageBox.question(self, title, question) != QMessageBox.StandardButton.Yes:
            return
        from jamsostek_desk.domain.errors import UserError

        try:
            keys.name_cosigner(self.ctx, e.kantor_id, revoke=revoke)
        except UserError as err:
            QMessageBox.warning(self, title, err.message)
            return
        self.refresh()  # the list is ordered by status: the same office stays selected
        ids = [o.kantor_id for o in self.offices]
        if e.kantor_id in ids:
            self.ui.officesTable.selectRow(ids.index(e.kantor_id))

    def approve(self) -> None:
        row = self.ui.officesTable.currentRow()
        if not 0 <= row < len(self.offices):
            return
        e = self.offices[row]
        answer = QMessageBox.question(
            self,
            "Setujui kantor",
            f"Setujui {e.nama} ({JENIS_KANTOR.get(e.jenis, e.jenis)}, "
            f"{load_wilayah().label(e.wilayah)})?\n\nSidik kunci: {e.sidik}\n\nCocokkan "
            "sidik kunci ini dengan yang tertera di kantor itu (menu Sinkronisasi, tab Kantor).",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from jamsostek_desk.domain.errors import UserError

        try:
            keys.approve(self.ctx, e.kantor_id)
        except UserError as err:
            QMessageBox.warning(self, "Belum disetujui", err.message)
            return
        self.refresh()

    def _show_incoming(self, summary: dict[str, object]) -> None:
        m = summary.get("masuk")
        if not isinstance(m, dict):
            self.ui.incomingLabel.setText("Belum ada.")
            return
        names = summary.get("nama_masuk") or []
        lines = [
            f"{m.get('peserta_baru', 0)} peserta baru, {m.get('peserta_diubah', 0)} peserta "
            f"berubah, {m.get('ahli_waris', 0)} data ahli waris.",
        ]
        if summary.get("konflik_baru") or summary.get("duplikat_baru"):
            lines.append(
                f"{summary.get('konflik_baru', 0)} konflik baru, "
                f"{summary.get('duplikat_baru', 0)} pasangan data ganda baru."
            )
        if isinstance(names, list) and names:
            lines.append("<small>" + escape(", ".join(str(n) for n in names[:20])) + "</small>")
        self.ui.incomingLabel.setText("<br>".join(lines))

    # -- syncing -------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Pilih berkas pusat sinkronisasi",
            self.ui.fileEdit.text() or str(start_folder() / f"pusat{EXTENSION}"),
            f"Berkas sinkronisasi (*{EXTENSION})",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            if not path.endswith(EXTENSION):
                path += EXTENSION
            self.ui.fileEdit.setText(path)
            self.ui.passEdit.setFocus()

    def start_sync(self) -> None:
        text = self.ui.fileEdit.text().strip()
        if not text:
            QMessageBox.information(self, "Sinkronisasi", "Pilih dulu berkas pusat (.jdsync).")
            self.ui.fileEdit.setFocus()
            return
        passphrase = self.ui.passEdit.text()
        if not passphrase:
            QMessageBox.information(self, "Sinkronisasi", "Isi kata sandi berkas dari Dinas.")
            self.ui.passEdit.setFocus()
            return
        path = Path(text)
        # What can be checked here is checked before any question is asked.
        if not path.parent.is_dir():
            QMessageBox.warning(
                self,
                "Sinkronisasi",
                f"Folder {path.parent} tidak ditemukan. Pasang flash disk atau pilih folder "
                "lain dengan tombol Pilih…",
            )
            self.ui.fileEdit.setFocus()
            return
        if not path.exists():
            if len(passphrase) < MIN_PASSPHRASE:
                QMessageBox.information(
                    self,
                    "Sinkronisasi",
                    f"Kata sandi berkas pusat baru minimal {MIN_PASSPHRASE} karakter. Kata sandi "
                    "ini ditetapkan oleh Dinas dan dipakai semua kantor.",
                )
                self.ui.passEdit.setFocus()
                return
            if not yes(
                self,
                "Berkas pusat baru",
                f"Berkas {path} belum ada. Buat berkas pusat baru dengan kata sandi ini?\n\n"
                "Semua kantor harus memakai kata sandi yang sama.",
            ):
                return
        self.ui.syncButton.setEnabled(False)
        ctx = self.ctx
        run_task(
            self,
            "Sinkronisasi…",
            lambda progress: sync(ctx, path, passphrase, progress),
            self._done,
            self._failed,
        )

    def _done(self, result: SyncResult) -> None:
        self.ui.syncButton.setEnabled(True)
        self.ui.passEdit.clear()  # the passphrase is never kept
        self.last_result = result
        self.refresh()
        self.synced.emit(result)
        k, m = result.keluar, result.masuk
        message = (
            f"Sinkronisasi selesai. Dikirim {k['peserta']} peserta; diterima "
            f"{m['peserta_baru']} peserta baru dan {m['peserta_diubah']} perubahan."
        )
        if result.menunggu:
            message += f" {result.menunggu} konflik/data ganda menunggu keputusan Anda."
        if result.ditolak_baru:
            message += f" {result.ditolak_baru} data ditolak (lihat tab Ditolak dari sinkronisasi)."
        if result.kantor_menunggu:
            message += (
                f" Kiriman {', '.join(result.kantor_menunggu)} menunggu persetujuan Dinas "
                "(tab Kantor)."
            )
        self.ui.pendingLabel.setText(self.ui.pendingLabel.text() + "<br><b>" + message + "</b>")

    def _failed(self, message: str, _user: bool) -> None:
        self.ui.syncButton.setEnabled(True)
        warn(self, "Sinkronisasi tidak dilakukan", message)

    # -- decisions -----------------------------------------------------------------------
    def _load_items(self) -> None:
        self.items = conflicts.open_items(self.ctx)
        lst = self.ui.itemsList
        lst.clear()
        for item in self.items:
            kind = "Data ganda (NIK sama)" if item.jenis == "duplikat" else "Konflik"
            QListWidgetItem(
                f"{kind}: {item.nama}\nNIK {mask_nik(item.nik)} · {item.kantor_masuk}", lst
            )
        self.ui.decideGroup.setTitle(
            f"Perlu keputusan: {len(self.items)} konflik/data ganda"
            if self.items
            else "Perlu keputusan: tidak ada"
        )
        self.ui.resolveAllButton.setEnabled(bool(self.items))
        if self.items:
            lst.setCurrentRow(0)
        else:
            self.show_item(-1)

    def show_item(self, row: int) -> None:
        f = self.ui.fieldsTable
        f.setRowCount(0)
        self.ui.resolveButton.setEnabled(0 <= row < len(self.items))
        if not 0 <= row < len(self.items):
            self.ui.itemLabel.setText("Tidak ada yang perlu diputuskan.")
            return
        item = self.items[row]
        if item.jenis == "duplikat":
            self.ui.itemLabel.setText(
                f"<b>{escape(item.nama)}</b> (NIK {mask_nik(item.nik)}) didaftarkan juga oleh "
                f"{escape(item.kantor_masuk)}. Pilih data yang benar per kolom; keduanya "
                "digabung menjadi satu peserta."
            )
        else:
            self.ui.itemLabel.setText(
                f"<b>{escape(item.nama)}</b> diubah di kantor ini dan di "
                f"{escape(item.kantor_masuk)}. Kolom yang diubah di satu kantor saja sudah "
                "digabung otomatis; di bawah ini kolom yang diubah di kedua kantor. Sementara "
                "dipakai pilihan yang tertera; pilih per kolom data mana yang benar."
            )
        f.setRowCount(len(item.fields))
        for i, choice in enumerate(item.fields):
            name = QTableWidgetItem(
                f"{choice.label}\n({choice.diubah})" if choice.diubah else choice.label
            )
            name.setToolTip(choice.diubah)
            f.setItem(i, 0, name)
            f.setItem(i, 1, QTableWidgetItem(choice.lokal))
            f.setItem(i, 2, QTableWidgetItem(choice.masuk))
            combo = QComboBox()
            for key, label in SIDE_LABELS:
                combo.addItem(label, key)
            current = "lokal" if item.jenis == "duplikat" else choice.pemenang
            combo.setCurrentIndex(0 if current == "lokal" else 1)
            f.setCellWidget(i, 3, combo)
        # The field's name with who changed it can be long: it wraps in a column of at most
        # 220 px, so the two values beside it stay readable.
        f.setWordWrap(True)
        f.resizeColumnToContents(0)
        f.setColumnWidth(0, min(f.columnWidth(0), 220))
        f.resizeColumnToContents(3)
        f.resizeRowsToContents()

    def choices(self) -> dict[str, str]:
        row = self.ui.itemsList.currentRow()
        item = self.items[row]
        out = {}
        for i, choice in enumerate(item.fields):
            combo = self.ui.fieldsTable.cellWidget(i, 3)
            assert isinstance(combo, QComboBox)
            out[choice.field] = str(combo.currentData())
        return out

    def resolve(self) -> None:
        row = self.ui.itemsList.currentRow()
        if not 0 <= row < len(self.items):
            return
        from jamsostek_desk.domain.errors import UserError

        try:
            conflicts.resolve(self.ctx, self.items[row].id, self.choices())
        except UserError as e:
            QMessageBox.warning(self, "Keputusan belum disimpan", e.message)
            return
        self.refresh()
        self.synced.emit(None)
        self.ui.itemsList.setFocus(Qt.FocusReason.OtherFocusReason)

    def resolve_all(self) -> None:
        if not yes(
            self,
            "Selesaikan semua",
            f"Selesaikan {len(self.items)} konflik/data ganda dengan pilihan bawaan?\n\n"
            "Konflik tetap memakai data terbaru; data ganda digabung dengan data di kantor ini.",
        ):
            return
        ctx = self.ctx

        def done(_n: object) -> None:
            self.refresh()
            self.synced.emit(None)

        def failed(message: str, _user: bool) -> None:
            self.refresh()
            QMessageBox.warning(self, "Belum semua diselesaikan", message)

        run_task(
            self,
            "Menyelesaikan konflik dan data ganda…",
            lambda progress: conflicts.resolve_all(ctx, progress),
            done,
            failed,
        )
