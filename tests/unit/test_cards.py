"""Membership cards: layouts, text and positions in the PDF, QR codes that decode and verify,
incomplete data refused before printing, and the card queue."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import dinas_office
from pdf_helpers import all_text, decode_qr, page_count, page_texts
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import kartu
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.kartu_data import MissingData, load_cards
from jamsostek_desk.services.kartu_pdf import (
    CARD_H,
    CARD_W,
    COLS,
    QR_X,
    SHEET_X,
    SHEET_Y,
    TEXT_RIGHT,
    fit_lines,
    write_cards,
)
from jamsostek_desk.services.office import setup_office
from jamsostek_desk.services.pdf_base import FONT_BOLD, register_fonts
from jamsostek_desk.services.synthetic import LONGEST_NAME, insert_generated
from jamsostek_desk.services.verifikasi import verify_code
from jamsostek_desk.store.db import open_database
from jamsostek_desk.store.models import Peserta
from jamsostek_desk.store.models_cetak import Kartu, PesertaFoto

LONGEST_MALE = "H. Muhammad Abdurrahman Syaifullah Zainal Arifin Hidayatullah bin Ahmad Mahfudz"


@pytest.fixture
def empty_other_office(tmp_path: Path) -> Iterator[AppContext]:
    """Another installation (its own QR key) of the same kind of office."""
    db = open_database(tmp_path / "lain" / "lain.sqlite")
    yield setup_office(db, dinas_office(nama="Dinas Lain"), "Operator Lain")
    db.close()


def active_ids(ctx: AppContext, n: int) -> list[str]:
    insert_generated(ctx, max(3 * n, 40), seed=5)
    with ctx.db.session() as s:
        return list(
            s.execute(
                select(Peserta.id).where(Peserta.status == "aktif").order_by(Peserta.seq).limit(n)
            ).scalars()
        )


def set_fields(ctx: AppContext, pid: str, **values: object) -> None:
    with ctx.db.session() as s:
        p = s.get(Peserta, pid)
        assert p is not None
        for k, v in values.items():
            setattr(p, k, v)


def photo_jpeg() -> bytes:
    img = Image.new("RGB", (300, 400), (200, 215, 230))
    ImageDraw.Draw(img).ellipse((90, 60, 210, 190), fill=(120, 90, 70))
    out = io.BytesIO()
    img.save(out, "JPEG")
    return out.getvalue()


def names(ctx: AppContext, ids: list[str]) -> list[str]:
    with ctx.db.session() as s:
        return [s.get(Peserta, i).nama for i in ids]  # type: ignore[union-attr]


def test_a4_sheet_places_ten_cards_inside_their_slots(ctx: AppContext, tmp_path: Path) -> None:
    ids = active_ids(ctx, 12)
    out = tmp_path / "kartu.pdf"
    pages = kartu.print_for_participants(ctx, ids, out, "a4-10").pages
    assert pages == page_count(out) == 2
    texts = page_texts(out, 0)
    wanted = names(ctx, ids)
    page1 = [t for t in texts if t.text in wanted[:10]]
    assert len(page1) == 10
    for i, name in enumerate(wanted[:10]):
        t = next(t for t in page1 if t.text == name)
        row, col = divmod(i, COLS)
        left = SHEET_X + col * CARD_W
        bottom = SHEET_Y + (4 - row) * CARD_H
        assert left < t.x < left + CARD_W, name
        assert bottom < t.y < bottom + CARD_H, name
        # the name ends before the QR code starts
        assert t.x + stringWidth(t.text, FONT_BOLD, t.size) <= left + QR_X + 0.01
    # masked NIK by default, KPJ or "Terdaftar"
    body = all_text(out)
    assert "******" in body
    with ctx.db.session() as s:
        p = s.get(Peserta, ids[0])
        assert p is not None
        assert p.nik not in body
        assert f"{p.nik[:6]}******{p.nik[-4:]}" in body


def test_full_nik_on_request_and_kpj_in_process(ctx: AppContext, tmp_path: Path) -> None:
    ids = active_ids(ctx, 2)
    set_fields(ctx, ids[0], kpj=None)
    out = tmp_path / "kartu.pdf"
    kartu.print_for_participants(ctx, ids, out, "single", full_nik=True)
    with ctx.db.session() as s:
        nik = s.get(Peserta, ids[0]).nik  # type: ignore[union-attr]
    first = [t.text for t in page_texts(out, 0)]
    assert nik in first
    assert "KPJ: dalam proses" in first and "Terdaftar" not in first


def test_layout_page_sizes(ctx: AppContext, tmp_path: Path) -> None:
    ids = active_ids(ctx, 3)
    for layout, size in (
        ("single", (CARD_W, CARD_H)),
        ("ceremony", (297 * mm, 210 * mm)),
        ("a4-10", (210 * mm, 297 * mm)),
    ):
        out = tmp_path / f"{layout}.pdf"
        kartu.print_for_participants(ctx, ids, out, layout)
        box = PdfReader(str(out)).pages[0].mediabox
        assert float(box.width) == pytest.approx(size[0], abs=0.5)
        assert float(box.height) == pytest.approx(size[1], abs=0.5)
        assert page_count(out) == (1 if layout == "a4-10" else 3)


def test_duplex_backs_are_mirrored(ctx: AppContext, tmp_path: Path) -> None:
    ids = active_ids(ctx, 3)
    out = tmp_path / "duplex.pdf"
    assert kartu.print_for_participants(ctx, ids, out, "a4-10", back=True).pages == 2
    reader = PdfReader(str(out))
    assert "BILA TERJADI KECELAKAAN KERJA" in (reader.pages[1].extract_text() or "")
    # The back of the first card (top left on the front) sits top right on the back side.
    content = reader.pages[1].get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
    moves = [
        (float(x), float(y))
        for x, y in re.findall(r"1 0 0 1 ([0-9.]+) ([0-9.]+) cm", content)
        if (float(x), float(y)) != (0, 0)
    ]
    assert len(moves) == 3
    assert moves[0][0] == pytest.approx(SHEET_X + CARD_W, abs=0.1)  # right column
    assert moves[1][0] == pytest.approx(SHEET_X, abs=0.1)


def test_font_is_embedded(ctx: AppContext, tmp_path: Path) -> None:
    ids = active_ids(ctx, 1)
    out = tmp_path / "k.pdf"
    kartu.print_for_participants(ctx, ids, out, "single")
    raw = out.read_bytes()
    assert b"DejaVuSans" in raw
    assert b"/FontFile2" in raw


@pytest.mark.parametrize("with_photo", [False, True])
@pytest.mark.parametrize("name", [LONGEST_NAME, LONGEST_MALE])
def test_longest_names_fit_whole(
    ctx: AppContext, tmp_path: Path, name: str, with_photo: bool
) -> None:
    ids = active_ids(ctx, 1)
    set_fields(ctx, ids[0], nama=name)
    if with_photo:
        with ctx.db.session() as s:
            s.add(PesertaFoto(peserta_id=ids[0], jpeg=photo_jpeg()))
    out = tmp_path / "k.pdf"
    for layout in ("single", "a4-10"):
        kartu.print_for_participants(ctx, ids, out, layout)
        texts = page_texts(out, 0)
        name_lines = [t for t in texts if t.text in name and len(t.text) > 3]
        assert " ".join(t.text for t in sorted(name_lines, key=lambda t: -t.y)) == name
        left = min(t.x for t in name_lines)
        for t in name_lines:
            assert t.x + stringWidth(t.text, FONT_BOLD, t.size) <= left + (QR_X - 4 * mm) + 0.5
            assert t.size >= 5
        # lines do not overlap each other
        ys = sorted(t.y for t in name_lines)
        assert all(b - a >= 5 for a, b in itertools.pairwise(ys))


def test_fit_lines_never_wider_than_the_box() -> None:
    _regular, bold = register_fonts()
    width = TEXT_RIGHT - 4 * mm
    for text in (LONGEST_NAME, "Budi", "A" * 90, "Nama" + "x" * 70 + " Akhir"):
        size, lines = fit_lines(text, bold, width, (8.5, 7, 6, 5), max_lines=4)
        assert all(stringWidth(line, bold, size) <= width for line in lines)
    size, lines = fit_lines("Budi Santoso", bold, width, (8.5, 7))
    assert (size, lines) == (8.5, ["Budi Santoso"])


def test_qr_codes_decode_from_render_and_verify(ctx: AppContext, tmp_path: Path) -> None:
    ids = active_ids(ctx, 10)
    out = tmp_path / "kartu.pdf"
    kartu.print_for_participants(ctx, ids, out, "a4-10")
    codes = decode_qr(out, tmp_path)
    assert len(codes) == 10
    wanted = set(names(ctx, ids))
    seen = set()
    for code in codes:
        result = verify_code(ctx, code)
        assert result.genuine, result.details
        details = dict(result.details)
        seen.add(details["Nama"])
        assert details["Status kartu"] == "Dicetak"
        assert details["Status kepesertaan"] == "Aktif"
    assert seen == wanted


def test_changed_or_foreign_codes_are_not_genuine(
    ctx: AppContext, tmp_path: Path, empty_other_office: AppContext
) -> None:
    ids = active_ids(ctx, 1)
    with ctx.db.session() as s:
        cards, _ = load_cards(s, ids, printed_on=date(2026, 1, 12))
    code = cards[0].qr
    assert verify_code(ctx, code).genuine
    head, nik, day, sig = code.rsplit(":", 3)
    other_nik = nik[:-1] + ("1" if nik[-1] != "1" else "2")
    assert not verify_code(ctx, f"{head}:{other_nik}:{day}:{sig}").genuine
    assert not verify_code(ctx, f"{head}:{nik}:20260113:{sig}").genuine
    assert verify_code(ctx, "hello world").title == "TIDAK ASLI"
    # the same card verified by another office (another key) is not genuine there
    assert not verify_code(empty_other_office, code).genuine


def test_status_change_shows_in_verification(ctx: AppContext) -> None:
    ids = active_ids(ctx, 1)
    with ctx.db.session() as s:
        cards, _ = load_cards(s, ids)
    set_fields(
        ctx, ids[0], status="nonaktif", nonaktif_alasan="meninggal", nonaktif_tanggal=date.today()
    )
    result = verify_code(ctx, cards[0].qr)
    assert result.genuine
    assert dict(result.details)["Status kepesertaan"] == "Nonaktif"


def test_complete_people_print_and_the_others_are_listed(ctx: AppContext, tmp_path: Path) -> None:
    """A mixed selection: everyone complete is printed and recorded; the others are listed
    with what is missing and get no card; nobody complete writes nothing at all."""
    ids = active_ids(ctx, 4)
    set_fields(ctx, ids[1], mulai_kepesertaan=None)
    set_fields(
        ctx, ids[2], status="nonaktif", nonaktif_alasan="pindah", nonaktif_tanggal=date.today()
    )
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "kartu.pdf"
    done = kartu.print_for_participants(ctx, ids, out, "single")
    assert page_count(out) == done.pages == 2 == len(done.kartu_ids)
    assert [m.what for m in done.dilewati] == [
        ("tanggal mulai kepesertaan belum diisi",),
        ("status nonaktif",),
    ]
    with ctx.db.session() as s:  # only the printed are queued and marked
        printed = s.execute(select(Kartu.peserta_id).where(Kartu.status == "dicetak")).scalars()
        assert set(printed) == {ids[0], ids[3]}
    nobody = folder / "none.pdf"
    with pytest.raises(MissingData) as e:
        kartu.print_for_participants(ctx, [ids[1], ids[2]], nobody, "a4-10")
    assert len(e.value.missing) == 2
    assert "tanggal mulai kepesertaan" in e.value.message
    assert "status nonaktif" in e.value.message
    assert not nobody.exists()


def test_unreadable_photo_leaves_no_file(ctx: AppContext, tmp_path: Path) -> None:
    ids = active_ids(ctx, 2)
    with ctx.db.session() as s:
        s.add(PesertaFoto(peserta_id=ids[1], jpeg=b"not a picture"))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "kartu.pdf"
    out.write_bytes(b"old")
    with pytest.raises(UserError, match="Foto peserta"):
        kartu.print_for_participants(ctx, ids, out, "a4-10")
    assert out.read_bytes() == b"old"  # the earlier file is untouched
    assert sorted(p.name for p in folder.iterdir()) == ["kartu.pdf"]


def print_queue(ctx: AppContext, kartu_ids: list[str], out: Path) -> None:
    """What the Kartu page does: the PDF of the queued cards, then the cards marked printed."""
    kartu.render_queue(ctx, kartu_ids, out)
    kartu.mark_printed(ctx, kartu_ids)


def test_queue_request_print_reprint_hand_over(ctx: AppContext, tmp_path: Path) -> None:
    ids = active_ids(ctx, 3)
    assert kartu.request_cards(ctx, ids) == (3, 0)
    assert kartu.request_cards(ctx, ids[:2]) == (0, 2)  # already waiting
    queued = kartu.list_cards(ctx, kartu.CardFilter(status="diminta"))
    assert len(queued) == 3
    assert kartu.already_carded(ctx, ids) == {}
    with pytest.raises(UserError, match="belum dicetak"):
        kartu.hand_over(ctx, [queued[0].id], date(2026, 1, 12))
    print_queue(ctx, [r.id for r in queued], tmp_path / "k.pdf")
    printed = kartu.list_cards(ctx, kartu.CardFilter(status="dicetak"))
    assert len(printed) == 3
    assert all(r.dicetak_oleh == ctx.operator_nama and r.cetak_ulang == 0 for r in printed)
    assert set(kartu.already_carded(ctx, ids)) == set(ids)
    print_queue(ctx, [printed[0].id], tmp_path / "k2.pdf")
    again = {r.id: r for r in kartu.list_cards(ctx, kartu.CardFilter())}
    assert again[printed[0].id].cetak_ulang == 1
    kartu.hand_over(ctx, [printed[0].id], date(2026, 1, 12), penerima="Penerima Contoh")
    handed = kartu.list_cards(ctx, kartu.CardFilter(status="diserahkan"))
    assert [(r.diserahkan_tanggal, r.penerima) for r in handed] == [
        (date(2026, 1, 12), "Penerima Contoh")
    ]


def test_queue_filters_by_region_and_search(ctx: AppContext) -> None:
    ids = active_ids(ctx, 6)
    kartu.request_cards(ctx, ids)
    with ctx.db.session() as s:
        first = s.get(Peserta, ids[0])
        assert first is not None
        desa, nama = first.desa_kode, first.nama
    kec = desa.rsplit(".", 1)[0]
    assert all(r.desa_kode == desa for r in kartu.list_cards(ctx, kartu.CardFilter(desa=desa)))
    in_kec = kartu.list_cards(ctx, kartu.CardFilter(kecamatan=kec))
    assert in_kec and all(r.desa_kode.startswith(kec + ".") for r in in_kec)
    assert nama in [r.nama for r in kartu.list_cards(ctx, kartu.CardFilter(search=nama))]


def test_write_cards_refuses_unknown_layout(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Tata letak"):
        write_cards([], tmp_path / "x.pdf", None, "a5")  # type: ignore[arg-type]


def test_missing_or_broken_font_is_explained(tmp_path: Path) -> None:
    from jamsostek_desk.services.pdf_base import load_font

    with pytest.raises(UserError, match="tidak ditemukan"):
        load_font("Hilang", tmp_path / "hilang.ttf")
    broken = tmp_path / "rusak.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00 not really a font")
    with pytest.raises(UserError, match="rusak"):
        load_font("Rusak", broken)


def test_each_print_is_in_the_participants_history(ctx: AppContext, tmp_path: Path) -> None:
    from jamsostek_desk.services.peserta import history

    ids = active_ids(ctx, 2)
    kartu.print_for_participants(ctx, ids, tmp_path / "a.pdf", "single")
    kartu.print_for_participants(ctx, ids[:1], tmp_path / "b.pdf", "single")
    first = [e for e in history(ctx, ids[0]) if e.aksi == "cetak_kartu"]
    second = [e for e in history(ctx, ids[1]) if e.aksi == "cetak_kartu"]
    assert len(first) == 2 and len(second) == 1
    assert all(e.operator_nama == ctx.operator_nama for e in first)


def test_time_ordered_ids_with_a_shared_prefix_verify_the_right_person(
    ctx: AppContext, gen: object
) -> None:
    """Version 7 UUIDs made in the same millisecond share their first 12 hex digits; the QR
    reference uses the random end of the id."""
    from sqlalchemy import update

    from jamsostek_desk.services.peserta import create_peserta

    ids = []
    for i in range(2):
        d = gen.make()  # type: ignore[attr-defined]
        d.ahli_waris = []
        d.status, d.kpj, d.mulai_kepesertaan = "aktif", "", date(2024, 1, 1)
        d.nonaktif_alasan, d.nonaktif_tanggal = None, None
        old = create_peserta(ctx, d).id
        new = f"0192f3a4-5b6c-7def-8{i:03d}-{i + 1:012x}"
        with ctx.db.session() as s:
            s.execute(update(Peserta).where(Peserta.id == old).values(id=new))
        ids.append(new)
    with ctx.db.session() as s:
        cards, _ = load_cards(s, ids)
    for pid, card in zip(ids, cards, strict=True):
        result = verify_code(ctx, card.qr)
        assert result.genuine
        assert dict(result.details)["Nama"] == card.nama
        with ctx.db.session() as s:
            assert s.get(Peserta, pid).nama == card.nama  # type: ignore[union-attr]


def test_office_logo_on_cards_and_a_missing_logo_explained(ctx: AppContext, tmp_path: Path) -> None:
    from jamsostek_desk.services.cetak_settings import load_settings, save_settings

    ids = active_ids(ctx, 1)
    logo = tmp_path / "logo.png"
    Image.new("RGB", (60, 60), (200, 30, 30)).save(logo)
    settings = load_settings(ctx.db)
    settings.logo = str(logo)
    save_settings(ctx.db, settings)
    out = tmp_path / "k.pdf"
    kartu.print_for_participants(ctx, ids, out, "single")
    assert b"/Subtype /Image" in out.read_bytes()
    logo.unlink()
    with pytest.raises(UserError, match=r"Logo .* tidak ditemukan"):
        kartu.print_for_participants(ctx, ids, tmp_path / "k2.pdf", "single")
    assert not (tmp_path / "k2.pdf").exists()
    assert len(kartu.list_cards(ctx, kartu.CardFilter())) == 1  # nothing new queued


def test_printing_again_counts_reprints_and_queues_nothing_on_failure(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI printing the same people four times keeps one card each, with three reprints;
    a failed write (``--out`` is a folder) adds nothing to the queue; the CLI warns."""
    from pdf_helpers import decode_qr

    from jamsostek_desk.cli import EXIT_OK, main

    ids = active_ids(ctx, 3)
    db = str(ctx.db.path)
    wanted = kartu.matching_participants(ctx, status="aktif")
    out = tmp_path / "kartu.pdf"
    for _ in range(4):
        assert main(["cards", "--db", db, "--layout", "a4-10", "--out", str(out)]) == EXIT_OK
    assert "sudah punya kartu" in capsys.readouterr().err
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    assert main(["cards", "--db", db, "--layout", "a4-10", "--out", str(folder)]) != EXIT_OK
    with ctx.db.session() as s:
        rows = s.execute(
            select(Kartu.peserta_id, Kartu.status, Kartu.cetak_ulang).where(
                Kartu.deleted_at.is_(None)
            )
        ).all()
    assert sorted(r.peserta_id for r in rows) == sorted(wanted)  # one card per person
    assert {(r.status, r.cetak_ulang) for r in rows} == {("dicetak", 3)}
    assert kartu.already_carded(ctx, ids) == {i: 4 for i in ids}
    # the ceremony pack path (queue_for) reuses the printed card as well
    kid = kartu.queue_for(ctx, ids[:1])
    kartu.mark_printed(ctx, kid)
    again = {r.id: r.cetak_ulang for r in kartu.list_cards(ctx, kartu.CardFilter())}
    assert again[kid[0]] == 4
    code = decode_qr(out, tmp_path)[0]
    capsys.readouterr()
    main(["verify", "--db", db, code])
    assert "Status kartu: Dicetak" in capsys.readouterr().out


def test_missing_font_and_unreadable_logo_are_explained(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One plain Indonesian sentence each, no doubled words or reportlab internals."""
    from jamsostek_desk import resources
    from jamsostek_desk.services import pdf_base

    monkeypatch.setattr(
        resources, "resource_root", lambda: tmp_path
    )  # an installation without fonts
    with pytest.raises(UserError) as e:
        pdf_base.register_fonts.__wrapped__()
    message = e.value.message
    assert message.startswith("Huruf (font) DejaVuSans.ttf untuk PDF tidak ditemukan.")
    assert message.count("Pasang ulang aplikasi") == 1 and ".." not in message
    monkeypatch.undo()
    ids = active_ids(ctx, 1)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG broken")
    from jamsostek_desk.services.cetak_settings import load_settings, save_settings

    settings = load_settings(ctx.db)
    settings.logo = str(logo)
    save_settings(ctx.db, settings)
    with pytest.raises(UserError) as e:
        kartu.print_for_participants(ctx, ids, tmp_path / "k.pdf", "single")
    assert e.value.message == (
        f"Logo {logo} bukan gambar yang bisa dibaca. Pakai berkas gambar PNG atau JPG: pilih "
        "ulang logo di pengaturan cetak, atau kosongkan logonya."
    )
    assert not (tmp_path / "k.pdf").exists()


def test_footer_band_follows_the_rounded_corners(ctx: AppContext, tmp_path: Path) -> None:
    """Rendered, the light footer band stays inside the card's rounded bottom corners."""
    import subprocess

    ids = active_ids(ctx, 1)
    out = tmp_path / "kartu.pdf"
    kartu.print_for_participants(ctx, ids, out, "single")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "300", "-singlefile", str(out), str(tmp_path / "kartu")],
        check=True,
    )
    img = Image.open(tmp_path / "kartu.png").convert("RGB")
    w, h = img.size
    band = (0xE8, 0xF3, 0xEE)

    def near(pixel: tuple[int, int, int], colour: tuple[int, int, int]) -> bool:
        return all(abs(a - b) <= 6 for a, b in zip(pixel, colour, strict=True))

    assert near(img.getpixel((w // 2, h - 12)), band)  # the band itself
    for x, y in ((3, h - 4), (w - 4, h - 4), (8, h - 8), (w - 9, h - 8)):  # outside the arcs
        assert not near(img.getpixel((x, y)), band), (x, y)


def test_printing_fulfils_a_waiting_request_for_a_new_card(ctx: AppContext, tmp_path: Path) -> None:
    """Someone with a printed card for whom a new card was requested (a lost card): printing
    by filter prints the request, it does not count a reprint of the old card."""
    ids = active_ids(ctx, 2)
    kartu.print_for_participants(ctx, ids, tmp_path / "a.pdf", "single")
    assert kartu.request_cards(ctx, ids[:1]) == (1, 0)  # "Tetap minta kartu baru"
    kartu.print_for_participants(ctx, ids, tmp_path / "b.pdf", "single")
    rows = kartu.list_cards(ctx, kartu.CardFilter())
    mine = sorted((r.status, r.cetak_ulang) for r in rows if r.peserta_id == ids[0])
    other = [(r.status, r.cetak_ulang) for r in rows if r.peserta_id == ids[1]]
    assert mine == [("dicetak", 0), ("dicetak", 0)]  # the old card and the new one
    assert other == [("dicetak", 1)]
    assert kartu.list_cards(ctx, kartu.CardFilter(status="diminta")) == []


def test_card_type_sizes_and_heading_from_the_settings(ctx: AppContext, tmp_path: Path) -> None:
    """No type under 5.5 pt on a card (labels in the shared form included), values at 7 pt;
    heading and programme line from the settings; a back side that says what to do."""
    import re

    from jamsostek_desk.services.cetak_settings import load_settings, save_settings

    s = load_settings(ctx.db)
    s.judul_kartu, s.judul_program = "KARTU PERJAKA", "Perjaka HSS Semangat"
    save_settings(ctx.db, s)
    ids = active_ids(ctx, 2)
    out = tmp_path / "k.pdf"
    kartu.print_for_participants(ctx, ids, out, "a4-10", back=True)
    reader = PdfReader(str(out))
    streams = [page.get_contents().get_data() for page in reader.pages]  # type: ignore[union-attr]
    for page in reader.pages:
        for xobject in page["/Resources"]["/XObject"].values():  # type: ignore[index]
            streams.append(xobject.get_object().get_data())
    sizes = [float(m) for data in streams for m in re.findall(rb"/F\d+\+\d+ ([\d.]+) Tf", data)]
    assert sizes and min(sizes) >= 5.5
    values = [t for t in page_texts(out, 0) if t.text.startswith("KPJ")]
    assert values and all(t.size == pytest.approx(7) for t in values)
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    assert "KARTU PERJAKA" in text and "Perjaka HSS Semangat" in text
    assert "layanan 175" in text and "Jl. Contoh No. 1" in text


def test_cli_prints_a_mixed_selection_and_lists_the_skipped(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`cards` prints everyone complete and lists the others as skipped rows (masked NIK);
    exit 1 says some were skipped, as `import` does for rejected rows."""
    from jamsostek_desk.cli import EXIT_USER, main

    active_ids(ctx, 1)
    wanted = kartu.matching_participants(ctx, status="aktif")
    set_fields(ctx, wanted[0], mulai_kepesertaan=None)
    with ctx.db.session() as s:
        nik = s.get(Peserta, wanted[0]).nik  # type: ignore[union-attr]
    out = tmp_path / "kartu.pdf"
    code = main(["cards", "--db", str(ctx.db.path), "--layout", "single", "--out", str(out)])
    captured = capsys.readouterr().out
    assert code == EXIT_USER
    assert page_count(out) == len(wanted) - 1
    assert f"{len(wanted) - 1} kartu dicetak" in captured
    skipped = [line for line in captured.splitlines() if line.strip().startswith("dilewati")]
    assert len(skipped) == 1 and "tanggal mulai kepesertaan belum diisi" in skipped[0]
    assert nik not in captured and nik[:6] in skipped[0]
