"""A participant's requests under UU 27/2022, from the Berkas menu (Admin): their data as one
file (hak akses), or their personal data erased (hak penghapusan)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import hak_subjek
from jamsostek_desk.services.context import AppContext


def _ask_nik(parent: QWidget, title: str) -> str | None:
    nik, ok = QInputDialog.getText(parent, title, "NIK peserta (16 angka):")
    return nik if ok and nik.strip() else None


def give_data(parent: QWidget, ctx: AppContext) -> Path | None:
    title = "Hak akses: data satu peserta"
    nik = _ask_nik(parent, title)
    if nik is None:
        return None
    try:
        pid = hak_subjek.find_by_nik(ctx, nik)
        path, _ = QFileDialog.getSaveFileName(
            parent, title, str(Path.home() / "data-peserta.json"), "JSON (*.json)"
        )
        if not path:
            return None
        out = hak_subjek.export_person(ctx, pid, Path(path))
    except UserError as e:
        QMessageBox.warning(parent, title, e.message)
        return None
    QMessageBox.information(parent, title, f"Data peserta disimpan di {out}. Tercatat di Riwayat.")
    return out


def erase_data(parent: QWidget, ctx: AppContext) -> bool:
    title = "Hak penghapusan: hapus data pribadi"
    nik = _ask_nik(parent, title)
    if nik is None:
        return False
    try:
        pid = hak_subjek.find_by_nik(ctx, nik)
        alasan, ok = QInputDialog.getText(
            parent, title, "Dasar permintaan (mis. surat permintaan peserta, tanggal):"
        )
        if not ok:
            return False
        answer = QMessageBox.question(
            parent,
            title,
            "Nama, NIK, tanggal lahir, alamat, nomor HP, nama ibu, foto dan ahli waris peserta "
            "ini dihapus dan tidak bisa dikembalikan. Lanjutkan?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        hak_subjek.erase_person(ctx, pid, alasan)
    except UserError as e:
        QMessageBox.warning(parent, title, e.message)
        return False
    QMessageBox.information(parent, title, "Data pribadi peserta dihapus. Tercatat di Riwayat.")
    return True
