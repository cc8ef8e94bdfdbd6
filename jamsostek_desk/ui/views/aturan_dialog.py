"""Add a benefit rule from a date: a new amount of a component, or a new component."""

from __future__ import annotations

import re
from datetime import date
from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.domain.manfaat import JENIS_KASUS, JENJANG, RUMUS, AturanManfaat
from jamsostek_desk.domain.money import format_angka, parse_rupiah
from jamsostek_desk.services import manfaat as svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui.fields import fill_combo, label_buttons, read_date, select_data, write_date
from jamsostek_desk.ui.forms.ui_aturan_dialog import Ui_AturanDialog

RED = "<span style='color:#c62828'>{}</span>"


def _faktor_text(r: AturanManfaat) -> str:
    scale = 100
    whole, frac = divmod(r.faktor, scale)
    return f"{whole},{frac:02d}".rstrip("0").rstrip(",") if r.faktor else ""


def _parse_faktor(text: str) -> int:
    """'48' -> 4800, '0,5' -> 50, '100' -> 10000 (hundredths)."""
    text = text.strip().replace(".", "").replace(",", ".")
    if not text:
        return 0
    if not re.fullmatch(r"\d+(\.\d{1,2})?", text):
        raise ValueError("Faktor upah berupa angka, mis. 48 atau 0,5.")
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])


class AturanDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AturanDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.saved: AturanManfaat | None = None
        u = self.ui
        fill_combo(u.jenisCombo, {k: v[1] for k, v in JENIS_KASUS.items()})
        fill_combo(u.rumusCombo, RUMUS)
        fill_combo(u.jenjangCombo, JENJANG, blank="—")
        write_date(u.mulaiEdit, date.today())
        self.rules = svc.tarif_list(ctx)
        u.jenisCombo.currentIndexChanged.connect(self._fill_komponen)
        u.komponenCombo.currentIndexChanged.connect(self._prefill)
        u.rumusCombo.currentIndexChanged.connect(self._rumus_changed)
        label_buttons(u.buttonBox, "Simpan aturan")
        u.buttonBox.accepted.connect(self.save)
        u.buttonBox.rejected.connect(self.reject)
        self._fill_komponen()

    def _fill_komponen(self) -> None:
        combo = self.ui.komponenCombo
        combo.blockSignals(True)
        combo.clear()
        jenis = self.ui.jenisCombo.currentData()
        latest: dict[str, AturanManfaat] = {}
        for r in self.rules:
            if r.jenis == jenis:
                latest[r.kode] = r  # ordered by date: the last one is the newest
        for r in latest.values():
            combo.addItem(r.nama, r)
        combo.blockSignals(False)
        self._prefill()

    def _prefill(self) -> None:
        u = self.ui
        r = u.komponenCombo.currentData()
        if not isinstance(r, AturanManfaat) or u.komponenCombo.currentText() != r.nama:
            self._rumus_changed()
            return
        select_data(u.rumusCombo, r.rumus)
        u.jumlahEdit.setText(format_angka(r.jumlah) if r.jumlah else "")
        u.faktorEdit.setText(_faktor_text(r))
        u.minimumEdit.setText(format_angka(r.minimum) if r.minimum else "")
        select_data(u.jenjangCombo, r.jenjang or None)
        u.maksTahunSpin.setValue(r.maks_tahun)
        u.maksAnakSpin.setValue(r.maks_anak)
        u.minIuranSpin.setValue(r.min_tahun_iuran)
        u.dasarEdit.setText(r.dasar_hukum)
        u.uraianLabel.setText(f"Sekarang: <i>{escape(r.uraian())}</i>")
        self._rumus_changed()

    def _rumus_changed(self) -> None:
        u = self.ui
        rumus = u.rumusCombo.currentData()
        beasiswa = rumus == "beasiswa"
        groups: list[tuple[tuple[QWidget, ...], bool]] = [
            ((u.jumlahCaption, u.jumlahEdit), rumus in ("tetap", "beasiswa")),
            ((u.faktorCaption, u.faktorEdit), rumus in ("kali_upah", "persen_upah")),
            ((u.minimumCaption, u.minimumEdit), rumus == "kali_upah"),
            ((u.jenjangCaption, u.jenjangCombo, u.maksTahunSpin, u.maksAnakSpin), beasiswa),
        ]
        for widgets, on in groups:
            for w in widgets:
                w.setEnabled(on)

    def collect(self) -> AturanManfaat:
        u = self.ui
        jenis = u.jenisCombo.currentData()
        nama = " ".join(u.komponenCombo.currentText().split())
        base = u.komponenCombo.currentData()
        if isinstance(base, AturanManfaat) and base.nama == nama:
            kode = base.kode
        else:
            kode = re.sub(r"[^a-z0-9]+", "_", nama.lower()).strip("_")[:30] or "komponen"
        rumus = u.rumusCombo.currentData()
        mulai, err = read_date(u.mulaiEdit)
        if err or mulai is None:
            raise ValueError(err or "Isi tanggal berlaku mulai.")

        def rupiah(text: str) -> int:
            return parse_rupiah(text) if text.strip() else 0

        return AturanManfaat(
            program=JENIS_KASUS[jenis][0],
            jenis=jenis,
            kode=kode,
            nama=nama,
            rumus=rumus,
            jumlah=rupiah(u.jumlahEdit.text()) if rumus in ("tetap", "beasiswa") else 0,
            faktor=(
                _parse_faktor(u.faktorEdit.text()) * (100 if rumus == "persen_upah" else 1)
                if rumus in ("kali_upah", "persen_upah")
                else 0
            ),
            minimum=rupiah(u.minimumEdit.text()) if rumus == "kali_upah" else 0,
            jenjang=(u.jenjangCombo.currentData() or "") if rumus == "beasiswa" else "",
            maks_tahun=u.maksTahunSpin.value() if rumus == "beasiswa" else 0,
            maks_anak=u.maksAnakSpin.value() if rumus == "beasiswa" else 0,
            min_tahun_iuran=u.minIuranSpin.value(),
            berlaku_mulai=mulai,
            dasar_hukum=u.dasarEdit.text(),
        )

    def save(self) -> None:
        try:
            row = self.collect()
            svc.add_tarif(self.ctx, row)
        except ValidationError as e:
            self.ui.errorLabel.setText(
                RED.format("<br>".join(escape(m) for m in e.errors.values()))
            )
            return
        except (ValueError, UserError) as e:
            self.ui.errorLabel.setText(RED.format(escape(str(e))))
            return
        self.saved = row
        self.accept()
