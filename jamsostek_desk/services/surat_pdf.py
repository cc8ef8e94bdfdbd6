"""Letters as PDF: Berita Acara Serah Terima, tanda terima (receipt) and daftar hadir.

Laid out with reportlab platypus. The letterhead (kop surat) is drawn on the first page only;
later pages carry a one-line running head. Signatures are a grid (PIHAK PERTAMA left, PIHAK
KEDUA right, Mengetahui centred below, witnesses in a row of their own), each caption over its
own name in its own cell; every row is unbreakable and kept with the text that leads to it,
and the last row of the parties travels with Mengetahui, the witnesses and the QR code, so no
page ever holds only a witness or a QR code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import _listWrapOn

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.domain.money import format_rupiah, terbilang_rupiah
from jamsostek_desk.domain.surat import hari_ini_kalimat
from jamsostek_desk.services.cetak_settings import Pejabat
from jamsostek_desk.services.pdf_base import read_logo, register_fonts
from jamsostek_desk.services.qrcode import qr_path_ops, qr_rows
from jamsostek_desk.store.files import atomic_output


@dataclass(frozen=True)
class Kop:
    """Letterhead: government line, office name, address, optional logo file."""

    pemerintah: str
    kantor: str
    alamat: str
    kontak: str = ""
    logo: Path | None = None


@dataclass(frozen=True)
class Pihak:
    nama: str
    keterangan: list[tuple[str, str]]  # (label, value) lines: NIP/NIK, jabatan, alamat
    sebutan: str  # "PIHAK PERTAMA"


@dataclass(frozen=True)
class BeritaAcara:
    nomor: str
    tanggal: date
    tempat: str
    kota: str
    program_nama: str  # "Jaminan Kematian (JKM)"
    peserta_nama: str
    peserta_nik: str
    peserta_desa: str
    kejadian: str  # "meninggal dunia pada 3 Januari 2026"
    pertama: Pihak
    kedua: list[Pihak]
    komponen: list[tuple[str, int]]
    bank: str = ""
    mengetahui: list[Pejabat] = field(default_factory=list)
    saksi: list[Pejabat] = field(default_factory=list)
    qr: str = ""
    rangkap: int = 2  # copies: one per signing party (PIHAK PERTAMA and each PIHAK KEDUA)
    meterai: str = ""  # e.g. "Meterai Rp10.000": a box beside each recipient's signature


@dataclass(frozen=True)
class TandaTerima:
    nomor: str
    tanggal: date
    kota: str
    dari: str
    jumlah: int
    untuk: str
    penerima: list[Pihak]
    pemberi: Pejabat
    qr: str = ""
    meterai: str = ""


@dataclass(frozen=True)
class DaftarHadir:
    acara: str
    tanggal: date
    tempat: str
    rows: list[tuple[str, str]]  # (nama, keterangan)


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        base = ParagraphStyle("base", fontName=regular, fontSize=11, leading=15)
        self.body = ParagraphStyle("body", parent=base, alignment=TA_JUSTIFY, spaceAfter=6)
        self.plain = ParagraphStyle("plain", parent=base)
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=13, leading=17, alignment=TA_CENTER
        )
        self.center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=10, leading=13)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=bold)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MeteraiSpace(Flowable):  # type: ignore[misc]
    """The space for a signature with a dashed box for the meterai at its left."""

    def __init__(self, height: float, text: str, font: str) -> None:
        super().__init__()
        self.width, self.height, self.text, self.font = 24 * mm, height, text, font

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setDash(2, 2)
        c.setLineWidth(0.5)
        c.setStrokeColor(colors.HexColor("#777777"))
        box_w, box_h = 22 * mm, min(self.height - 2 * mm, 16 * mm)
        y = (self.height - box_h) / 2
        c.rect(2 * mm, y, box_w, box_h, stroke=1, fill=0)
        c.setFillColor(colors.HexColor("#777777"))
        c.setFont(self.font, 6.5)
        words = self.text.split(" ", 1)
        for i, line in enumerate(words):
            c.drawCentredString(2 * mm + box_w / 2, y + box_h / 2 + 1.5 - i * 8, line)
        c.restoreState()


class QrFlowable(Flowable):  # type: ignore[misc]
    """A letter's QR code (one path) with a line of text beside it."""

    def __init__(self, payload: str, note: str, font: str, size: float = 20 * mm) -> None:
        super().__init__()
        self.payload, self.note, self.font, self.size = payload, note, font, size
        self.width, self.height = 170 * mm, size

    def draw(self) -> None:
        c = self.canv
        c._code.append(qr_path_ops(qr_rows(self.payload), 0, 0, self.size))
        c.setFont(self.font, 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(self.size + 3 * mm, self.size / 2, self.note)


def _check_logo(kop: Kop) -> ImageReader | None:
    if kop.logo is None:
        return None
    if not kop.logo.is_file():
        raise UserError(
            f"Logo kop surat {kop.logo} tidak ditemukan. Pilih ulang logo di pengaturan cetak, "
            "atau kosongkan logonya."
        )
    return read_logo(kop.logo)


def _letterhead(kop: Kop, st: _Styles, page: tuple[float, float] = A4) -> Any:
    logo = _check_logo(kop)

    def draw(canvas: Any, doc: Any) -> None:
        w, h = page
        canvas.saveState()
        top = h - 15 * mm
        if logo is not None:
            iw, ih = logo.getSize()
            size = 22 * mm
            scale = min(size / iw, size / ih)
            canvas.drawImage(logo, 20 * mm, top - size, iw * scale, ih * scale, mask="auto")
        cx = w / 2 + (8 * mm if logo is not None else 0)
        lines = [
            (kop.pemerintah.upper(), st.bold, 12),
            (kop.kantor.upper(), st.bold, 14),
            (kop.alamat, st.regular, 9.5),
            (kop.kontak, st.regular, 9),
        ]
        y = top - 4 * mm
        for text, font, size in lines:
            if not text:
                continue
            from reportlab.pdfbase.pdfmetrics import stringWidth

            avail = w - 2 * (36 * mm if logo is not None else 20 * mm)
            s = size
            while s > 6 and stringWidth(text, font, s) > avail:
                s -= 0.5
            canvas.setFont(font, s)
            canvas.drawCentredString(cx, y, text)
            y -= s * 1.3
        line_y = min(y + 1 * mm, top - 25 * mm)
        canvas.setLineWidth(2)
        canvas.line(20 * mm, line_y, w - 20 * mm, line_y)
        canvas.setLineWidth(0.6)
        canvas.line(20 * mm, line_y - 1.2 * mm, w - 20 * mm, line_y - 1.2 * mm)
        canvas.restoreState()

    return draw


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds its pages back until the end, to write "Halaman 1 dari 3" (the
    total is known only then) in the embedded font."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # the embedded font from the start: no reference to an unembedded Helvetica
        kwargs["initialFontName"] = self._font_name = register_fonts()[0]
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(self._font_name, 8)
            self.drawRightString(
                self._pagesize[0] - 20 * mm, 10 * mm, f"Halaman {self._pageNumber} dari {total}"
            )
            self.restoreState()
            super().showPage()
        super().save()


def _running_head(title: str, st: _Styles) -> Any:
    """Pages after the first: the letter's title and number in one small line, no kop."""

    def draw(canvas: Any, doc: Any) -> None:
        w, h = A4
        canvas.saveState()
        canvas.setFont(st.regular, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(22 * mm, h - 12 * mm, f"{title} (lanjutan)")
        canvas.setLineWidth(0.4)
        canvas.line(22 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        canvas.restoreState()

    return draw


def _build(out: Path, title: str, kop: Kop, story: list[Any]) -> int:
    st = _Styles()
    draw = _letterhead(kop, st)
    w, h = A4
    left, right, bottom = 22 * mm, 20 * mm, 18 * mm
    first = Frame(left, bottom, w - left - right, h - 48 * mm - bottom, id="pertama")
    later = Frame(left, bottom, w - left - right, h - 18 * mm - bottom, id="lanjutan")
    with atomic_output(out, "PDF") as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=left,
            rightMargin=right,
            topMargin=48 * mm,
            bottomMargin=bottom,
            title=title,
            author=kop.kantor,
            creator="Jamsostek Desk",
            invariant=1,
        )
        doc.addPageTemplates(
            [
                PageTemplate("pertama", [first], onPage=draw),
                PageTemplate("lanjutan", [later], onPage=_running_head(title, st)),
            ]
        )
        try:
            doc.build([NextPageTemplate("lanjutan"), *story], canvasmaker=_NumberedCanvas)
        except LayoutError as e:
            raise UserError(
                f"{title} tidak muat di halaman (terlalu banyak penanda tangan atau saksi): {e}"
            ) from e
        return int(doc.page)


Block = tuple[list[Any], list[Any]]
WIDTH = 168 * mm


def _signature(
    p: Pejabat,
    role: str,
    st: _Styles,
    space: float = 17 * mm,
    meterai: str = "",
    id_label: str = "NIP.",
) -> Block:
    """(caption lines, space and name lines) of one signature block."""
    head: list[Any] = [Paragraph(_esc(role), st.center)] if role else []
    if p.jabatan:
        head.append(Paragraph(_esc(p.jabatan), st.center))
    room: Any = MeteraiSpace(space, meterai, st.regular) if meterai else Spacer(1, space)
    foot: list[Any] = [room, Paragraph(f"<u><b>{_esc(p.nama)}</b></u>", st.center)]
    foot.append(Paragraph(f"{id_label} {_esc(p.nip)}" if p.nip else "", st.center))
    return head, foot


def _row(cells: Sequence[Block | None], width: float = WIDTH, top: float = 10) -> Table:
    """One row of signature cells (None: an empty cell); captions on the first table row,
    space and names on the second, so the names of a row line up. Unbreakable."""
    n = len(cells)
    blocks = [c if c is not None else ([], []) for c in cells]
    t = Table(
        [[b[0] for b in blocks], [b[1] for b in blocks]],
        colWidths=[width / n] * n,
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), top),
                ("NOSPLIT", (0, 0), (-1, -1)),
                # the table's own font (Helvetica by default) must be the embedded one
                ("FONT", (0, 0), (-1, -1), register_fonts()[0]),
            ]
        )
    )
    return t


def _centred(blocks: Sequence[Block]) -> list[Table]:
    """Blocks centred under the grid: one in the middle, two or three side by side."""
    rows: list[Table] = []
    for i in range(0, len(blocks), 3):
        part = list(blocks[i : i + 3])
        rows.append(_row([None, part[0], None]) if len(part) == 1 else _row(part))
    return rows


def _parties(pertama: Block, kedua: Sequence[Block]) -> list[Table]:
    """PIHAK PERTAMA in the left cell of the first row, PIHAK KEDUA to its right (one heir:
    two cells; more: three cells a row, the further heirs in rows below), each under its own
    caption."""
    if len(kedua) <= 1:
        return [_row([pertama, *kedua] if kedua else [pertama, None])]
    rows = [_row([pertama, *kedua[:2]])]
    rest = list(kedua[2:])
    for i in range(0, len(rest), 3):
        part: list[Block | None] = [*rest[i : i + 3]]
        rows.append(_row(part + [None] * (3 - len(part))))
    return rows


class _WholeOrPieces(KeepTogether):  # type: ignore[misc]
    """All of it on this page when it fits in the space left; otherwise its pieces, each
    kept whole, flow on from here (instead of a fresh page for all of it and a half-empty
    page before)."""

    def __init__(self, pieces: Sequence[list[Any]]) -> None:
        super().__init__([f for g in pieces for f in g])
        self._pieces = [list(g) for g in pieces]

    def split(self, aW: float, aH: float) -> list[Any]:
        def fits(flowables: list[Any]) -> bool:
            return bool(_listWrapOn(flowables, aW, self.canv)[1] <= aH)

        if fits(self._content):
            return list(self._content)
        if not fits(self._pieces[0]):
            return []  # not even the first piece fits here: the next page
        # the first piece fits here: its flowables as they are (a KeepTogether always asks
        # to be split, and the first of a split must fit), the others kept whole
        return [*self._pieces[0], *(KeepTogether(g) for g in self._pieces[1:])]


def _together(groups: Sequence[list[Any]]) -> list[Any]:
    """The signature pieces: the page breaks only between pieces, so a signature never leaves
    its caption or its text. (Not nested KeepTogethers: reportlab gives every nested group a
    page of its own.)"""
    groups = [g for g in groups if g]
    if len(groups) == 1:
        return [KeepTogether(groups[0])]
    return [_WholeOrPieces(groups)]


def _signature_groups(lead: list[Any], party_rows: list[Table], tail: list[Any]) -> list[list[Any]]:
    """The pieces the signatures may break between (see ``_together``: all of them stay on
    one page when they fit in the space left): the closing text leads the first row of the
    parties, each further row is a piece, and the last row holds everything after it
    (Mengetahui, witnesses, QR code), so no page ever holds only witnesses or the QR code."""
    if not party_rows:
        return [[*lead, *tail]]
    k = len(party_rows) - 1  # the last row travels with everything after it
    groups: list[list[Any]] = [[*lead, party_rows[0]], *([r] for r in party_rows[1:k])]
    if k == 0:
        return [[*lead, *party_rows, *tail]]
    groups.append([*party_rows[k:], *tail])
    return groups


def _pihak_table(p: Pihak, st: _Styles) -> Table:
    rows = [[Paragraph("Nama", st.cell), ":", Paragraph(f"<b>{_esc(p.nama)}</b>", st.cell)]]
    rows += [
        [Paragraph(_esc(label), st.cell), ":", Paragraph(_esc(value), st.cell)]
        for label, value in p.keterangan
        if value
    ]
    t = Table(rows, colWidths=[38 * mm, 4 * mm, 120 * mm])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONT", (0, 0), (-1, -1), st.regular, 10),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def _heirs_table(kedua: Sequence[Pihak], st: _Styles) -> Table:
    def value(p: Pihak, label: str) -> str:
        return next((v for k, v in p.keterangan if k == label), "")

    rows: list[list[Any]] = [
        [Paragraph(f"<b>{h}</b>", st.small) for h in ("No", "Nama / NIK", "Hubungan", "Alamat")]
    ]
    for i, p in enumerate(kedua, 1):
        rows.append(
            [
                Paragraph(str(i), st.small),
                Paragraph(
                    f"<b>{_esc(p.nama)}</b><br/>NIK {_esc(value(p, 'NIK'))}<br/>"
                    f"({_esc(p.sebutan)})",
                    st.small,
                ),
                Paragraph(_esc(value(p, "Hubungan")), st.small),
                Paragraph(_esc(value(p, "Alamat")), st.small),
            ]
        )
    t = Table(rows, colWidths=[9 * mm, 62 * mm, 27 * mm, 68 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), st.regular, 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f3ee")),
            ]
        )
    )
    return t


def _amount_table(komponen: Sequence[tuple[str, int]], st: _Styles) -> Table:
    rows: list[list[Any]] = [
        [
            Paragraph("<b>No</b>", st.cell),
            Paragraph("<b>Uraian</b>", st.cell),
            Paragraph("<b>Jumlah</b>", st.cell),
        ]
    ]
    for i, (nama, jumlah) in enumerate(komponen, 1):
        rows.append([str(i), Paragraph(_esc(nama), st.cell), format_rupiah(jumlah)])
    total = sum(j for _n, j in komponen)
    rows.append(["", Paragraph("<b>Jumlah</b>", st.cell), format_rupiah(total)])
    t = Table(rows, colWidths=[12 * mm, 110 * mm, 40 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), st.regular, 10),
                ("FONT", (2, -1), (2, -1), st.bold, 10),
                ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f3ee")),
            ]
        )
    )
    return t


def write_berita_acara(out: Path, kop: Kop, ba: BeritaAcara) -> int:
    st = _Styles()
    total = sum(j for _n, j in ba.komponen)
    story: list[Any] = [
        Paragraph("BERITA ACARA SERAH TERIMA", st.title),
        Paragraph(f"MANFAAT PROGRAM {_esc(ba.program_nama.upper())}", st.title),
        Paragraph(f"Nomor: {_esc(ba.nomor)}", st.center),
        Spacer(1, 6 * mm),
        Paragraph(
            f"{_esc(hari_ini_kalimat(ba.tanggal, ba.tempat))}, kami yang bertanda tangan di "
            "bawah ini:",
            st.body,
        ),
    ]
    parties = [ba.pertama, *ba.kedua] if len(ba.kedua) == 1 else [ba.pertama]
    for i, p in enumerate(parties, 1):
        story.append(
            KeepTogether(
                [
                    Paragraph(f"{i}.", st.plain),
                    _pihak_table(p, st),
                    Paragraph(f"selanjutnya disebut <b>{_esc(p.sebutan)}</b>.", st.body),
                ]
            )
        )
    if len(ba.kedua) > 1:  # the heirs as one table: a line each instead of a block each
        story.append(Paragraph("2. Para ahli waris:", st.plain))
        story.append(_heirs_table(ba.kedua, st))
        story.append(
            Paragraph(
                "masing-masing disebut sebagaimana tertulis di atas, bersama-sama disebut "
                "<b>PARA PIHAK KEDUA</b>.",
                st.body,
            )
        )
    kedua = "PIHAK KEDUA" if len(ba.kedua) == 1 else "PARA PIHAK KEDUA"
    # the sentence ending "sebagai berikut:", its table and the total are one piece
    story.append(
        KeepTogether(
            [
                Paragraph(
                    f"PIHAK PERTAMA menyerahkan kepada {kedua}, dan {kedua} menerima dari PIHAK "
                    f"PERTAMA, manfaat program {_esc(ba.program_nama)} atas nama peserta "
                    f"<b>{_esc(ba.peserta_nama)}</b> (NIK {_esc(ba.peserta_nik)}, "
                    f"{_esc(ba.peserta_desa)}) yang {_esc(ba.kejadian)}, dengan rincian sebagai "
                    "berikut:",
                    st.body,
                ),
                _amount_table(ba.komponen, st),
                Spacer(1, 3 * mm),
                Paragraph(
                    f"Jumlah seluruhnya <b>{format_rupiah(total)}</b> "
                    f"(<i>terbilang: {_esc(terbilang_rupiah(total))}</i>).",
                    st.body,
                ),
            ]
        )
    )
    closing: list[Any] = []
    if ba.bank:  # travels with the closing sentence, never alone on a page
        closing.append(Paragraph(f"Manfaat dibayarkan melalui {_esc(ba.bank)}.", st.body))
    closing += [
        Paragraph(
            f"Demikian berita acara ini dibuat dalam rangkap {ba.rangkap} "
            f"({_esc(_words(ba.rangkap))}) untuk dipergunakan sebagaimana mestinya.",
            st.body,
        ),
        Paragraph(f"{_esc(ba.kota)}, {format_tanggal(ba.tanggal)}", st.plain),
        Spacer(1, 2 * mm),
    ]
    pertama = _signature(
        Pejabat(ba.pertama.nama, _jabatan(ba.pertama), _nip(ba.pertama)), "PIHAK PERTAMA", st
    )
    kedua_blocks = [
        _signature(Pejabat(p.nama, "", _nik(p)), p.sebutan, st, meterai=ba.meterai, id_label="NIK")
        for p in ba.kedua
    ]
    tail: list[Any] = []
    if ba.mengetahui:
        tail += [Spacer(1, 3 * mm), Paragraph("Mengetahui,", st.center)]
        tail += _centred([_signature(p, "", st) for p in ba.mengetahui])
    if ba.saksi:
        tail += [Spacer(1, 3 * mm), Paragraph("Saksi-saksi:", st.plain)]
        witnesses = [_signature(p, f"Saksi {i}", st, 12 * mm) for i, p in enumerate(ba.saksi, 1)]
        per_row = 4 if len(witnesses) in (4, 7, 8) else 3
        tail += [
            _row(
                witnesses[i : i + per_row] + [None] * (per_row - len(witnesses[i : i + per_row])),
                top=4,
            )
            for i in range(0, len(witnesses), per_row)
        ]
    if ba.qr:
        note = f"Nomor {ba.nomor} · {format_rupiah(total)} · pindai untuk memeriksa keaslian"
        tail += [Spacer(1, 4 * mm), QrFlowable(ba.qr, note, st.regular)]
    groups = _signature_groups(closing, _parties(pertama, kedua_blocks), tail)
    story += _together(groups)
    return _build(out, f"Berita Acara Serah Terima {ba.nomor}", kop, story)


def _jabatan(p: Pihak) -> str:
    return next((v for k, v in p.keterangan if k == "Jabatan"), "")


def _nip(p: Pihak) -> str:
    return next((v for k, v in p.keterangan if k == "NIP"), "")


def _nik(p: Pihak) -> str:
    return next((v for k, v in p.keterangan if k == "NIK"), "")


def _words(n: int) -> str:
    from jamsostek_desk.domain.money import terbilang

    return terbilang(n)


def write_tanda_terima(out: Path, kop: Kop, tt: TandaTerima) -> int:
    st = _Styles()
    rows = [
        ("Nomor", tt.nomor),
        ("Telah terima dari", tt.dari),
        ("Uang sejumlah", format_rupiah(tt.jumlah)),
        ("Terbilang", terbilang_rupiah(tt.jumlah).capitalize()),
        ("Untuk pembayaran", tt.untuk),
    ]
    t = Table(
        [
            [
                Paragraph(_esc(a), st.cell),
                ":",
                Paragraph(
                    _esc(b), st.cell_bold if a in ("Uang sejumlah", "Terbilang") else st.cell
                ),
            ]
            for a, b in rows
        ],
        colWidths=[40 * mm, 4 * mm, 122 * mm],
    )
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONT", (0, 0), (-1, -1), st.regular, 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    pemberi = _signature(tt.pemberi, "Yang menyerahkan,", st)
    penerima = [
        _signature(
            Pejabat(p.nama, p.sebutan, _nik(p)),
            "Yang menerima,",
            st,
            meterai=tt.meterai,
            id_label="NIK",
        )
        for p in tt.penerima
    ]
    tail: list[Any] = []
    if tt.qr:
        tail = [
            Spacer(1, 4 * mm),
            QrFlowable(
                tt.qr, f"Tanda terima {tt.nomor} · pindai untuk memeriksa keaslian", st.regular
            ),
        ]
    groups = _signature_groups(
        [Paragraph(f"{_esc(tt.kota)}, {format_tanggal(tt.tanggal)}", st.plain), Spacer(1, 2 * mm)],
        _parties(pemberi, penerima),
        tail,
    )
    story: list[Any] = [
        Paragraph("TANDA TERIMA", st.title),
        Spacer(1, 6 * mm),
        t,
        Spacer(1, 8 * mm),
        *_together(groups),
    ]
    return _build(out, f"Tanda Terima {tt.nomor}", kop, story)


def write_daftar_hadir(out: Path, kop: Kop, dh: DaftarHadir) -> int:
    st = _Styles()
    head = [
        Paragraph("DAFTAR HADIR", st.title),
        Paragraph(_esc(dh.acara), st.center),
        Spacer(1, 4 * mm),
        Paragraph(f"Hari/tanggal: {format_tanggal(dh.tanggal, with_day=True)}", st.plain),
        Paragraph(f"Tempat: {_esc(dh.tempat)}", st.plain),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[Any]] = [
        [Paragraph(f"<b>{h}</b>", st.cell) for h in ("No", "Nama", "Keterangan", "Tanda tangan")]
    ]
    for i, (nama, ket) in enumerate(dh.rows, 1):
        sign = (
            f"{i}. ........................" if i % 2 else f"        {i}. ........................"
        )
        rows.append([str(i), Paragraph(_esc(nama), st.cell), Paragraph(_esc(ket), st.cell), sign])
    t = Table(rows, colWidths=[10 * mm, 60 * mm, 52 * mm, 46 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONT", (0, 0), (-1, -1), st.regular, 9.5),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f3ee")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white]),
                ("TOPPADDING", (0, 1), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
            ]
        )
    )
    return _build(out, f"Daftar Hadir {dh.acara}", kop, [*head, t])
