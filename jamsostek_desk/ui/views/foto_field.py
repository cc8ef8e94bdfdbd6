"""The photo chooser of the participant form: a thumbnail, "Pilih foto…" and "Hapus foto".

The chosen picture is cropped to the card's 3:4 photo box, scaled to 300×400 pixels and stored
as JPEG right away (only for a participant already saved).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QMessageBox

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services.foto import get_photo, set_photo
from jamsostek_desk.ui.dialogs import open_path

SIZE = (300, 400)


def card_jpeg(image: QImage) -> bytes:
    """Centre-crop to 3:4, scale to 300×400, JPEG quality 85."""
    w, h = image.width(), image.height()
    if w * 4 > h * 3:  # too wide
        cw = h * 3 // 4
        image = image.copy((w - cw) // 2, 0, cw, h)
    else:
        ch = w * 4 // 3
        image = image.copy(0, (h - ch) // 2, w, ch)
    image = image.scaled(
        *SIZE, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", 85)  # type: ignore[call-overload]
    return bytes(data.data())


class FotoField:
    def __init__(self, form: Any) -> None:
        self.form = form
        ui = form.ui
        ui.fotoButton.clicked.connect(self.choose)
        ui.fotoRemoveButton.clicked.connect(self.remove)

    def refresh(self) -> None:
        ui = self.form.ui
        pid = self.form.peserta_id
        ui.fotoButton.setEnabled(pid is not None)
        ui.fotoButton.setToolTip("" if pid else "Simpan peserta dulu, lalu pilih fotonya.")
        jpeg = get_photo(self.form.ctx, pid) if pid else None
        ui.fotoRemoveButton.setEnabled(jpeg is not None)
        if jpeg is None:
            ui.fotoLabel.clear()
            ui.fotoLabel.setText("—")
            return
        pixmap = QPixmap()
        pixmap.loadFromData(jpeg)
        ui.fotoLabel.setPixmap(
            pixmap.scaled(
                45,
                60,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose(self, path: str | None = None) -> bool:
        if not path:
            path = open_path(self.form, "Pilih foto peserta", "Gambar (*.jpg *.jpeg *.png *.bmp)")
        if not path or self.form.peserta_id is None:
            return False
        image = QImage(path)
        if image.isNull():
            QMessageBox.warning(self.form, "Foto", f"Berkas {path} bukan gambar yang bisa dibaca.")
            return False
        try:
            set_photo(self.form.ctx, self.form.peserta_id, card_jpeg(image))
        except UserError as e:
            QMessageBox.warning(self.form, "Foto", e.message)
            return False
        self.refresh()
        return True

    def remove(self) -> None:
        if self.form.peserta_id is not None:
            set_photo(self.form.ctx, self.form.peserta_id, None)
            self.refresh()
