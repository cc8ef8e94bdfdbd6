"""The rekapitulasi as PDF (A4 landscape) for the Bupati, BPJS and the Paritrana dossier.

The letters' kop surat and "Halaman n dari m" (services.surat_pdf), a title with the period, a
bar chart of coverage against target per kecamatan, the table across pages with its header
repeated, totals, the budget, and the place, date and the head of office's signature kept
together on one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jamsostek_desk.domain.dates import format_tanggal
from jamsostek_desk.domain.money import format_angka, format_rupiah
from jamsostek_desk.services.cetak_settings import Pejabat, load_settings
from jamsostek_desk.services.common.progress import Progress, no_progress
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.rekap import Rekap
from jamsostek_desk.services.surat import kop_for
from jamsostek_desk.services.surat_pdf import (
    Kop,
    _esc,
    _letterhead,
    _NumberedCanvas,
    _row,
    _signature,
    _Styles,
)
from jamsostek_desk.store.files import atomic_output
from jamsostek_desk.store.models import Kantor

PAGE = landscape(A4)
GREEN = colors.HexColor("#1f6e43")
LIGHT = colors.HexColor("#d9ead3")
HEAD = colors.HexColor("#e8f3ee")


@dataclass(frozen=True)
class Batang:
    nama: str
    aktif: int
    target: int | None


class BarChart(Flowable):  # type: ignore[misc]
    """Horizontal bars: active people (green) against the target (light bar behind, with its
    figure), one row per kecamatan; readable at any count up to about 30 rows."""

    def __init__(self, rows: Sequence[Batang], width: float, font: str, bold: str) -> None:
        super().__init__()
        self.rows, self.font, self.bold = list(rows), font, bold
        self.row_h = 4.6 * mm if len(self.rows) <= 24 else 3.4 * mm
        self.width, self.height = width, self.row_h * len(self.rows) + 14 * mm

    def draw(self) -> None:
        c = self.canv
        size = 7.5 if self.row_h > 4 * mm else 6
        label_w = max((stringWidth(r.nama, self.font, size) for r in self.rows), default=0) + 3 * mm
        value_w = 34 * mm
        plot_w = self.width - label_w - value_w
        top = max((max(r.aktif, r.target or 0) for r in self.rows), default=0) or 1
        y = self.height - 8 * mm
        c.setFont(self.bold, 8)
        c.setFillColor(colors.black)
        c.drawString(0, self.height - 4 * mm, "Peserta aktif terhadap target")
        for r in self.rows:
            y -= self.row_h
            c.setFont(self.font, size)
            c.setFillColor(colors.black)
            c.drawRightString(label_w - 2 * mm, y + self.row_h * 0.28, r.nama)
            bar_h = self.row_h * 0.7
            if r.target:
                c.setFillColor(LIGHT)
                c.rect(label_w, y + self.row_h * 0.15, plot_w * r.target / top, bar_h, 0, 1)
            c.setFillColor(GREEN)
            c.rect(label_w, y + self.row_h * 0.15, plot_w * r.aktif / top, bar_h, 0, 1)
            c.setFillColor(colors.black)
            text = format_angka(r.aktif) + (
                f" / {format_angka(r.target)}" if r.target is not None else ""
            )
            end = label_w + plot_w * max(r.aktif, r.target or 0) / top
            c.drawString(end + 1.5 * mm, y + self.row_h * 0.28, text)
        c.setFont(self.font, 7)
        c.setFillColor(GREEN)
        c.rect(label_w, 0, 3 * mm, 2.5 * mm, 0, 1)
        c.setFillColor(LIGHT)
        c.rect(label_w + 22 * mm, 0, 3 * mm, 2.5 * mm, 0, 1)
        c.setFillColor(colors.black)
        c.drawString(label_w + 4 * mm, 0.3 * mm, "aktif")
        c.drawString(label_w + 26 * mm, 0.3 * mm, "target")


def batang_kecamatan(r: Rekap) -> list[Batang]:
    """Bars per kecamatan (a per-desa rekap is summed up to its kecamatan)."""
    return [Batang(b.nama, b.aktif, b.target) for b in r.kecamatan]


def _persen(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f}".replace(".", ",")


def _n(v: int | None) -> str:
    return "-" if v is None else format_angka(v)


def _table(r: Rekap, st: _Styles) -> Table:
    head = [
        "No",
        "Kode",
        r.per.capitalize(),
        "Target",
        "Terdaftar",
        "Belum aktif",
        "Aktif",
        "Nonaktif",
        "Capaian (%)",
        "Iuran per bulan",
    ]
    rows: list[list[Any]] = [head]
    for i, b in enumerate(r.baris, 1):
        rows.append(
            [
                str(i),
                b.kode,
                b.nama,
                _n(b.target),
                _n(b.terdaftar),
                _n(b.didaftarkan),
                _n(b.aktif),
                _n(b.nonaktif),
                _persen(b.capaian_persen),
                format_rupiah(b.iuran_bulanan),
            ]
        )
    t = r.total
    rows.append(
        [
            "",
            "",
            "JUMLAH",
            _n(t.target),
            _n(t.terdaftar),
            _n(t.didaftarkan),
            _n(t.aktif),
            _n(t.nonaktif),
            _persen(t.capaian_persen),
            format_rupiah(t.iuran_bulanan),
        ]
    )
    widths = [10, 25, 56, 22, 22, 22, 22, 21, 24, 33]
    table = Table(rows, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.regular, 8.5),
                ("FONT", (0, 0), (-1, 0), st.bold, 8.5),
                ("FONT", (0, -1), (-1, -1), st.bold, 8.5),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("BACKGROUND", (0, -1), (-1, -1), HEAD),
                ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _anggaran(r: Rekap, st: _Styles) -> list[Any]:
    a = r.anggaran
    if not a.pagu:
        return [Paragraph("Belum ada pagu anggaran iuran untuk tahun ini.", st.small)]
    text = (
        f"<b>Anggaran iuran {a.tahun}</b>: pagu {format_rupiah(a.pagu)}; tagihan bulan ini "
        f"{format_rupiah(a.tagihan_bulan_ini)}; terpakai sampai bulan ini "
        f"{format_rupiah(a.terpakai)}; komitmen sampai Desember "
        f"{format_rupiah(a.komitmen_sampai_desember)}; sisa <b>{format_rupiah(a.sisa)}</b>"
    )
    if a.bulan_tersisa and a.iuran_per_orang:
        text += (
            f", cukup untuk <b>{format_angka(a.tambahan_peserta)}</b> peserta lagi selama "
            f"{a.bulan_tersisa} bulan (iuran {format_rupiah(a.iuran_per_orang)} per orang per "
            "bulan)"
        )
    return [Paragraph(text + ".", st.plain), Paragraph(rincian(r), st.small)]


def rincian(r: Rekap) -> str:
    """Who the active people are: by funding source, sex, age band; the inactive by reason."""
    from jamsostek_desk.domain.codes import ALASAN_NONAKTIF, SUMBER_DANA

    def join(items: dict[str, int], labels: dict[str, str] | None = None) -> str:
        return ", ".join(
            f"{_esc((labels or {}).get(k, k))} {format_angka(v)}" for k, v in items.items() if v
        )

    parts = [f"<b>Peserta aktif</b> menurut sumber dana: {join(r.sumber_dana, SUMBER_DANA)}"]
    if r.demografi is not None:
        parts.append(
            "jenis kelamin: "
            + join(r.demografi.jenis_kelamin, {"L": "laki-laki", "P": "perempuan"})
        )
        parts.append("usia: " + join(r.demografi.usia))
    text = "; ".join(p for p in parts if not p.endswith(": "))
    if r.nonaktif_alasan:
        text += f". <b>Nonaktif</b> menurut alasan: {join(r.nonaktif_alasan, ALASAN_NONAKTIF)}"
    return text + "."


def _kepala(ctx: AppContext) -> Pejabat:
    with ctx.db.session() as s:
        k = s.get(Kantor, ctx.kantor_id)
        assert k is not None
        return Pejabat(k.kepala_nama, k.kepala_jabatan or f"Kepala {k.nama}", k.kepala_nip)


def write_rekap_pdf(ctx: AppContext, r: Rekap, out: Path, progress: Progress = no_progress) -> int:
    """Write the PDF; returns its page count. Figures only, so every role may; audited."""
    from jamsostek_desk.domain.wilayah import load_wilayah
    from jamsostek_desk.services.access import PERAN, require_role
    from jamsostek_desk.services.rekap_xlsx import audit_report

    require_role(ctx, *PERAN, action="menyimpan rekapitulasi")
    settings = load_settings(ctx.db)
    kop = kop_for(ctx, settings)
    kota = settings.kota or (load_wilayah().name(ctx.kabupaten_kode) or "").split()[-1]
    pages = write_pdf(out, kop, r, _kepala(ctx), kota, progress)
    audit_report(ctx, r, out)
    return pages


def write_pdf(
    out: Path,
    kop: Kop,
    r: Rekap,
    kepala: Pejabat,
    kota: str,
    progress: Progress = no_progress,
) -> int:

    st = _Styles()
    progress(0, 3, "Menyusun rekapitulasi…")
    width = PAGE[0] - 40 * mm
    story: list[Any] = [
        Paragraph(_esc(r.judul.upper()), st.title),
        Paragraph(
            f"{_esc(r.wilayah_nama)} — keadaan per {format_tanggal(r.tanggal)}, "
            f"target tahun {r.tahun}",
            st.center,
        ),
        Spacer(1, 4 * mm),
    ]
    bars = batang_kecamatan(r)
    if bars:
        story += [BarChart(bars, width, st.regular, st.bold), Spacer(1, 3 * mm)]
    # the budget under the chart; the table starts on a page of its own unless most of a
    # page is left
    story += [*_anggaran(r, st), CondPageBreak(90 * mm), _table(r, st), Spacer(1, 4 * mm)]
    progress(1, 3, "Menyusun rekapitulasi…")
    head, foot = _signature(kepala, "", st, 16 * mm)
    place = Paragraph(f"{_esc(kota)}, {format_tanggal(r.tanggal)}", st.center)
    # place and date head the signature block: one unbreakable piece, aligned with it
    story.append(_row([None, ([place, Spacer(1, 2 * mm), *head], foot)], width * 0.9))
    draw = _letterhead(kop, st, PAGE)
    w, h = PAGE
    # the kop on the first page only; later pages give the table the whole height
    first = Frame(20 * mm, 16 * mm, w - 40 * mm, h - 57 * mm, id="pertama")
    later = Frame(20 * mm, 16 * mm, w - 40 * mm, h - 30 * mm, id="lanjutan")
    with atomic_output(out, "PDF") as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=PAGE,
            title=r.judul,
            author=kop.kantor,
            creator="Jamsostek Desk",
            invariant=1,
        )
        doc.addPageTemplates(
            [
                PageTemplate("pertama", [first], onPage=draw),
                PageTemplate("lanjutan", [later]),
            ]
        )
        doc.build([NextPageTemplate("lanjutan"), *story], canvasmaker=_NumberedCanvas)
        progress(3, 3, "Selesai")
        return int(doc.page)
