"""Membership cards as PDF: A4 sheets of 10 with crop marks (and backs for duplex), single
cards, and the ceremony-size symbolic card.

Speed matters (10,000 cards at once): what is the same on every card (background, heading,
labels, back side, crop marks) is drawn once as a PDF form and placed by reference; each card
then adds only its own text and its QR code as one path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services.common.progress import Progress, no_progress, step
from jamsostek_desk.services.kartu_data import CardData
from jamsostek_desk.services.pdf_base import read_logo, register_fonts
from jamsostek_desk.services.qrcode import qr_path_ops, qr_rows
from jamsostek_desk.store.files import atomic_output

CARD_W, CARD_H = 85.60 * mm, 53.98 * mm
LAYOUT_LABELS = {
    "a4-10": "A4, 10 kartu per lembar (dengan garis potong)",
    "single": "Satu kartu per halaman (ukuran kartu)",
    "ceremony": "Kartu simbolis untuk acara (A4 mendatar)",
}
LAYOUTS = tuple(LAYOUT_LABELS)
GREEN = HexColor("#0b6e4f")
LIGHT = HexColor("#e8f3ee")
GREY = HexColor("#5f6b66")
INK = HexColor("#1b1f1d")
COLS, ROWS = 2, 5
SHEET_X = (A4[0] - COLS * CARD_W) / 2
SHEET_Y = (A4[1] - ROWS * CARD_H) / 2
CEREMONY_SCALE = 3.2

HEADER_H = 11 * mm
QR_SIZE = 19 * mm
QR_X, QR_Y = CARD_W - QR_SIZE - 3.2 * mm, 4.6 * mm
LABEL_PT, BODY_PT = 5.5, 7.0  # smallest type on a card: labels 5.5 pt, values 7 pt
BAND_H = 3.9 * mm  # the footer band
# baselines (mm from the bottom) of the values; each label sits 2.5 mm above its value
ROW_Y = {"nik": 29.4, "kpj": 23.5, "program": 17.6, "wilayah": 11.7, "masa": 5.8}
LABELS = {
    "nik": "NIK",
    "kpj": "",
    "program": "Program",
    "wilayah": "Desa / Kecamatan",
    "masa": "Masa kepesertaan",
}
PHOTO_W, PHOTO_H = 18 * mm, 24 * mm
PHOTO_X, PHOTO_Y = 3.5 * mm, 7.5 * mm
TEXT_X = 4 * mm
TEXT_X_PHOTO = PHOTO_X + PHOTO_W + 2.5 * mm
TEXT_RIGHT = QR_X - 2 * mm


@dataclass(frozen=True)
class CardHeader:
    """The office and programme heading printed on every card of a run."""

    judul: str  # a setting, e.g. "KARTU KEPESERTAAN JAMSOSTEK"
    program: str  # the office's programme, e.g. "Perjaka HSS Semangat"
    kantor: str
    alamat: str = ""
    logo: Path | None = None  # the office's logo, drawn small in the heading
    telepon: str = ""


class _Fonts:
    def __init__(self) -> None:
        self.regular, self.bold = register_fonts()


def _logo(path: Path | None) -> ImageReader | None:
    if path is None:
        return None
    if not path.is_file():
        raise UserError(
            f"Logo {path} tidak ditemukan. Pilih ulang logo di pengaturan cetak, atau kosongkan."
        )
    return read_logo(path)


def fit_lines(
    text: str, font: str, width: float, sizes: Sequence[float], max_lines: int = 3
) -> tuple[float, list[str]]:
    """The largest size (and the lines) at which ``text`` fits ``width``: first on one line,
    then wrapped on two, then three; words too long for a line are cut with a hyphen.
    Never wider than ``width``: the smallest size is used for the last resort."""
    for lines_wanted in range(1, max_lines + 1):
        for size in sizes:
            lines = _wrap(text, font, size, width)
            if len(lines) <= lines_wanted:
                return size, lines
    size = sizes[-1]
    lines = _wrap(text, font, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return size, lines


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if stringWidth(trial, font, size) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        while stringWidth(word, font, size) > width:  # one word wider than the line
            cut = len(word) - 1
            while cut > 1 and stringWidth(word[:cut] + "-", font, size) > width:
                cut -= 1
            lines.append(word[:cut] + "-")
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def _fit_one(text: str, font: str, width: float, size: float, smallest: float) -> float:
    """Font size at which one line fits (down to ``smallest``)."""
    w = float(stringWidth(text, font, size))
    if w <= width:
        return size
    return max(smallest, size * width / w)


class CardRenderer:
    def __init__(self, canvas: Canvas, header: CardHeader, back: bool = False) -> None:
        self.c = canvas
        self.header = header
        self.f = _Fonts()
        self.logo = _logo(header.logo)
        self._front_form(with_photo=False)
        self._front_form(with_photo=True)
        if back:
            self._back_form()

    # -- forms drawn once ---------------------------------------------------------------------

    def _frame(self, c: Canvas) -> None:
        c.setLineWidth(0.4)
        c.setStrokeColor(HexColor("#9fb8ad"))
        c.setFillColor(white)
        c.roundRect(0, 0, CARD_W, CARD_H, 3 * mm, stroke=1, fill=1)

    def _front_form(self, with_photo: bool) -> None:
        c = self.c
        c.beginForm("foto" if with_photo else "polos")
        self._frame(c)
        c.setFillColor(GREEN)
        p = c.beginPath()
        r = 3 * mm
        top = CARD_H
        p.moveTo(0, top - HEADER_H)
        p.lineTo(0, top - r)
        p.arcTo(0, top - 2 * r, 2 * r, top, startAng=180, extent=-90)
        p.lineTo(CARD_W - r, top)
        p.arcTo(CARD_W - 2 * r, top - 2 * r, CARD_W, top, startAng=90, extent=-90)
        p.lineTo(CARD_W, top - HEADER_H)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(white)
        left = 4 * mm
        if self.logo is not None:
            c.drawImage(
                self.logo,
                2.5 * mm,
                top - HEADER_H + 1.5 * mm,
                8 * mm,
                8 * mm,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
            left = 11.5 * mm
        width = CARD_W - left - 4 * mm
        size = _fit_one(self.header.judul, self.f.bold, width, 7.6, BODY_PT - 0.5)
        c.setFont(self.f.bold, size)
        c.drawString(left, top - 4.6 * mm, self.header.judul)
        # the programme, and the office that issues the card when both fit at label size
        line2 = f"{self.header.program} · {self.header.kantor}"
        if stringWidth(line2, self.f.regular, LABEL_PT) > width:
            line2 = self.header.program
        size = _fit_one(line2, self.f.regular, width, 6.2, LABEL_PT)
        c.setFont(self.f.regular, size)
        c.drawString(left, top - 8.6 * mm, line2)
        c.setFillColor(LIGHT)
        c.saveState()  # the band follows the card's rounded corners (clipped to the frame)
        edge = c.beginPath()
        edge.roundRect(0.4, 0.4, CARD_W - 0.8, CARD_H - 0.8, 3 * mm - 0.4)
        c.clipPath(edge, stroke=0, fill=0)
        c.rect(0, 0, CARD_W, BAND_H + 0.4, stroke=0, fill=1)
        c.restoreState()
        c.setFillColor(GREY)
        c.setFont(self.f.regular, LABEL_PT)
        c.drawString(4 * mm, 1.3 * mm, "Pindai kode QR untuk memeriksa keaslian kartu.")
        x = TEXT_X_PHOTO if with_photo else TEXT_X
        c.setFont(self.f.regular, LABEL_PT)
        for key, label in LABELS.items():
            if label:
                c.drawString(x, (ROW_Y[key] + 2.5) * mm, label)
        if with_photo:
            c.setStrokeColor(HexColor("#c9d6d0"))
            c.rect(PHOTO_X, PHOTO_Y, PHOTO_W, PHOTO_H, stroke=1, fill=0)
        c.endForm()

    def _back_form(self) -> None:
        """What a card holder needs: what to do after an accident, what the programmes pay,
        whom to call; the office's address for a found card."""
        c = self.c
        h = self.header
        c.beginForm("belakang")
        self._frame(c)
        c.setFillColor(GREEN)
        c.rect(0.4, CARD_H - 4.6 * mm, CARD_W - 0.8, 1.6 * mm, stroke=0, fill=1)
        width = CARD_W - 9 * mm
        kontak = ", ".join(x for x in (h.alamat, f"telp. {h.telepon}" if h.telepon else "") if x)
        blocks = [
            ("BILA TERJADI KECELAKAAN KERJA", True),
            (
                "Segera berobat ke rumah sakit atau puskesmas terdekat dan tunjukkan kartu ini. "
                "Laporkan kejadiannya ke kantor di bawah ini paling lambat 2 × 24 jam; simpan "
                "kuitansi dan surat keterangan dokter.",
                False,
            ),
            ("PROGRAM", True),
            (
                "JKK: biaya perawatan sesuai kebutuhan medis dan santunan bila mengalami "
                "kecelakaan kerja. JKM: santunan bagi ahli waris bila peserta meninggal dunia. "
                "JHT: tabungan hari tua. JP: jaminan pensiun.",
                False,
            ),
            ("KONTAK", True),
            (f"{h.kantor}{': ' + kontak if kontak else ''}.", False),
            ("BPJS Ketenagakerjaan: layanan 175 · www.bpjsketenagakerjaan.go.id", False),
            (
                "Kartu ini tidak boleh dipindahtangankan. Bila menemukan kartu ini, mohon "
                "kembalikan ke alamat di atas.",
                False,
            ),
        ]
        size = BODY_PT + 0.5
        while True:  # the largest size (not under 5.5 pt) at which everything fits
            laid = [
                (bold, _wrap(text, self.f.bold if bold else self.f.regular, size, width))
                for text, bold in blocks
            ]
            lines = sum(len(x[1]) for x in laid)
            height = lines * size * 1.22 + sum(1.0 * mm for b, _ in laid if b)
            if height <= CARD_H - 10.5 * mm or size <= LABEL_PT:
                break
            size -= 0.25
        y = CARD_H - 7.6 * mm
        for bold, text_lines in laid:
            if bold:
                y -= 0.6 * mm
            c.setFillColor(GREEN if bold else INK)
            c.setFont(self.f.bold if bold else self.f.regular, size)
            for line in text_lines:
                c.drawString(4.5 * mm, y, line)
                y -= size * 1.22
            if bold:
                y += 0.3 * mm
        c.endForm()

    # -- one card ------------------------------------------------------------------------------

    def draw_front(self, card: CardData, x: float, y: float, scale: float = 1.0) -> None:
        c = self.c
        c.saveState()
        c.translate(x, y)
        if scale != 1.0:
            c.scale(scale, scale)
        photo = card.foto is not None
        c.doForm("foto" if photo else "polos")
        left = TEXT_X_PHOTO if photo else TEXT_X
        width = TEXT_RIGHT - left
        c.setFillColor(INK)
        # Name: whole, on up to four lines between the heading and the NIK label.
        size, lines = fit_lines(
            card.nama, self.f.bold, width, (8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5), max_lines=4
        )
        lead = size * 1.12
        block_top = CARD_H - HEADER_H - 1.8 * mm
        block_bottom = 34.6 * mm
        y0 = block_top - size * 0.8
        if len(lines) * lead > block_top - block_bottom + lead * 0.2:
            lead = (block_top - block_bottom) / len(lines)
        c.setFont(self.f.bold, size)
        for i, line in enumerate(lines):
            c.drawString(left, y0 - i * lead, line)
        kpj = f"KPJ: {card.kpj}" if card.kpj else "KPJ: dalam proses"
        for text, key in (
            (card.nik_shown, "nik"),
            (kpj, "kpj"),
            (card.program, "program"),
            (f"{card.desa}, {card.kecamatan}", "wilayah"),
            (card.masa, "masa"),
        ):
            c.setFont(self.f.regular, _fit_one(text, self.f.regular, width, BODY_PT, LABEL_PT))
            c.drawString(left, ROW_Y[key] * mm, text)
        if card.foto is not None:
            self._photo(card.foto)
        c._code.append(qr_path_ops(qr_rows(card.qr), QR_X, QR_Y, QR_SIZE))
        c.restoreState()

    def _photo(self, jpeg: bytes) -> None:
        try:
            image = ImageReader(BytesIO(jpeg))
        except Exception as e:  # a photo that cannot be read must not stop a print run
            raise UserError(f"Foto peserta tidak bisa dibaca ({e}). Pilih ulang fotonya.") from e
        self.c.drawImage(
            image,
            PHOTO_X,
            PHOTO_Y,
            PHOTO_W,
            PHOTO_H,
            preserveAspectRatio=True,
            anchor="c",
        )

    def draw_back(self, x: float, y: float) -> None:
        self.c.saveState()
        self.c.translate(x, y)
        self.c.doForm("belakang")
        self.c.restoreState()


def _crop_marks(c: Canvas) -> None:
    c.beginForm("potong")
    c.setLineWidth(0.25)
    c.setStrokeColor(HexColor("#000000"))
    gap, length = 1.5 * mm, 5 * mm
    left, right = SHEET_X, SHEET_X + COLS * CARD_W
    bottom, top = SHEET_Y, SHEET_Y + ROWS * CARD_H
    for i in range(COLS + 1):
        x = SHEET_X + i * CARD_W
        c.line(x, top + gap, x, top + gap + length)
        c.line(x, bottom - gap, x, bottom - gap - length)
    for j in range(ROWS + 1):
        y = SHEET_Y + j * CARD_H
        c.line(left - gap, y, left - gap - length, y)
        c.line(right + gap, y, right + gap + length, y)
    c.endForm()


def _slot(i: int, mirrored: bool = False) -> tuple[float, float]:
    row, col = divmod(i, COLS)
    if mirrored:  # the back of a long-edge duplex sheet: columns swap
        col = COLS - 1 - col
    return SHEET_X + col * CARD_W, SHEET_Y + (ROWS - 1 - row) * CARD_H


def write_cards(
    cards: Sequence[CardData],
    out: Path,
    header: CardHeader,
    layout: str = "a4-10",
    *,
    back: bool = False,
    caption: str = "",
    progress: Progress = no_progress,
) -> int:
    """Write the cards to ``out`` (atomically); returns the number of pages."""
    if layout not in LAYOUTS:
        raise UserError(f"Tata letak {layout!r} tidak dikenal; pilih {', '.join(LAYOUTS)}.")
    if not cards:
        raise UserError("Tidak ada kartu untuk dicetak.")
    pagesize = {"a4-10": A4, "single": (CARD_W, CARD_H), "ceremony": landscape(A4)}[layout]
    total = len(cards)
    with atomic_output(out, "PDF") as tmp:
        c = Canvas(
            str(tmp),
            pagesize=pagesize,
            pageCompression=1,
            invariant=1,
            initialFontName=register_fonts()[0],  # no reference to an unembedded Helvetica
        )
        c.setTitle(f"{header.judul} — {total} kartu")
        c.setAuthor(header.kantor)
        c.setCreator("Jamsostek Desk")
        r = CardRenderer(c, header, back=back and layout == "a4-10")
        pages = 0
        if layout == "a4-10":
            _crop_marks(c)
            per_page = COLS * ROWS
            for start in range(0, total, per_page):
                chunk = cards[start : start + per_page]
                c.doForm("potong")
                for i, card in enumerate(chunk):
                    r.draw_front(card, *_slot(i))
                c.showPage()
                pages += 1
                if back:
                    c.doForm("potong")
                    for i in range(len(chunk)):
                        r.draw_back(*_slot(i, mirrored=True))
                    c.showPage()
                    pages += 1
                done = start + len(chunk)
                if done % 200 == 0 or done == total:
                    step(progress, done, total, "Menyusun kartu {done}/{total}")
        else:
            for i, card in enumerate(cards, 1):
                if layout == "single":
                    r.draw_front(card, 0, 0)
                else:
                    w, h = pagesize
                    x = (w - CARD_W * CEREMONY_SCALE) / 2
                    y = (h - CARD_H * CEREMONY_SCALE) / 2 + (4 * mm if caption else 0)
                    r.draw_front(card, x, y, CEREMONY_SCALE)
                    if caption:
                        c.setFont(r.f.regular, 11)
                        c.setFillColor(GREY)
                        c.drawCentredString(w / 2, y - 9 * mm, caption)
                c.showPage()
                pages += 1
                step(progress, i, total, "Menyusun kartu {done}/{total}")
        progress(total, total, "Menyimpan PDF…")
        c.save()
    return pages
