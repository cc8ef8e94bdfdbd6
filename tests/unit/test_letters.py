"""Benefits, letter numbers, Berita Acara Serah Terima, tanda terima, daftar hadir and the
ceremony pack (service and CLI)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_helpers import all_text, decode_qr, page_count, page_texts
from sqlalchemy import select

from jamsostek_desk.cli import EXIT_OK, EXIT_USER, main
from jamsostek_desk.domain.errors import UserError, ValidationError
from jamsostek_desk.services import acara as A
from jamsostek_desk.services import manfaat as M
from jamsostek_desk.services.cetak_settings import Pejabat, load_settings, save_settings
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.kartu_data import MissingData
from jamsostek_desk.services.surat import write_manfaat_letters
from jamsostek_desk.services.synthetic import insert_generated
from jamsostek_desk.services.verifikasi import verify_code
from jamsostek_desk.store.models import Peserta
from jamsostek_desk.store.models_cetak import NomorSurat

DAY = date(2026, 1, 12)  # a Monday


def configure(
    ctx: AppContext, saksi: int = 2, pola: str = "{nomor}/{kode}/{bulan_romawi}/{tahun}"
) -> None:
    s = load_settings(ctx.db)
    s.kota = "Martapura"
    s.pola_nomor = pola
    s.penandatangan = [
        Pejabat("Kepala Cabang Contoh", "Kepala Kantor Cabang BPJS Ketenagakerjaan", ""),
        Pejabat("Bupati Contoh", "Bupati Banjar", ""),
        Pejabat("Kadis Contoh", "Kepala Dinas PMD", "197001012000031001"),
    ]
    s.saksi = [Pejabat(f"Saksi Contoh {i}", "Kepala Desa", "") for i in range(1, saksi + 1)]
    save_settings(ctx.db, s)


def some_peserta(ctx: AppContext, n: int = 3) -> list[str]:
    insert_generated(ctx, 40, seed=9)
    with ctx.db.session() as s:
        return list(
            s.execute(
                select(Peserta.id).where(Peserta.status == "aktif").order_by(Peserta.seq).limit(n)
            ).scalars()
        )


def jkm_case(ctx: AppContext, pid: str, heirs: int = 1, anak: int = 0) -> str:
    with ctx.db.session() as s:  # members for 4 years: scholarships are due (JKM: 3 years)
        s.get(Peserta, pid).mulai_kepesertaan = date(2021, 6, 1)
    penerima = [
        M.Penerima(f"Ahli Waris Contoh {i}", "Anak" if i > 1 else "Istri", f"63030541019000{i:02d}")
        for i in range(1, heirs + 1)
    ]
    return M.save_manfaat(
        ctx,
        M.ManfaatData(
            peserta_id=pid,
            program="JKM",
            tanggal_kejadian=date(2026, 1, 3),
            keterangan="sakit",
            penerima=penerima,
            anak=["sd", "sma"][:anak],
            komponen=M.komponen_aturan(ctx, pid, "jkm", date(2026, 1, 3), ["sd", "sma"][:anak]),
        ),
        today=DAY,
    )


def test_case_validation(ctx: AppContext) -> None:
    pid = some_peserta(ctx, 1)[0]
    data = M.ManfaatData(pid, "JKM", date(2026, 1, 3), komponen=[M.Komponen("a", "A", 1)])
    with pytest.raises(ValidationError) as e:
        M.save_manfaat(ctx, data, today=DAY)
    assert "penerima" in e.value.errors
    data.penerima = [M.Penerima("Ahli Waris Contoh")]
    data.tanggal_kejadian = date(2026, 2, 1)
    with pytest.raises(ValidationError) as e:
        M.save_manfaat(ctx, data, today=DAY)
    assert "tanggal_kejadian" in e.value.errors


def test_heirs_become_recipients(ctx: AppContext) -> None:
    insert_generated(ctx, 60, seed=4)
    with ctx.db.session() as s:
        from jamsostek_desk.store.models import AhliWaris

        heir = s.execute(select(AhliWaris)).scalars().first()
        assert heir is not None
        pid, nama = heir.peserta_id, heir.nama
    assert [r.nama for r in M.heirs_as_recipients(ctx, pid)] == [nama]


def test_berita_acara_text(ctx: AppContext, tmp_path: Path) -> None:
    configure(ctx)
    pid = some_peserta(ctx, 1)[0]
    mid = jkm_case(ctx, pid)
    files = write_manfaat_letters(ctx, mid, tmp_path, DAY, "Pendopo Bupati")
    text = " ".join(all_text(files.berita_acara).split())
    assert "BERITA ACARA SERAH TERIMA" in text
    assert "Nomor: 001/PMD/I/2026" in text
    assert (
        "Pada hari ini Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh enam, "
        "bertempat di Pendopo Bupati" in text
    )
    assert "Rp42.000.000" in text
    assert "empat puluh dua juta rupiah" in text
    for name in (
        "Kepala Cabang Contoh",
        "Bupati Contoh",
        "Kadis Contoh",
        "Saksi Contoh 2",
        "Ahli Waris Contoh 1",
    ):
        assert name in text
    assert "PEMERINTAH KABUPATEN BANJAR" in text
    receipt = " ".join(all_text(files.tanda_terima).split())
    assert "TANDA TERIMA" in receipt and "Rp42.000.000" in receipt
    assert "Empat puluh dua juta rupiah" in receipt
    assert "Nomor : 002/PMD/I/2026" in receipt or "002/PMD/I/2026" in receipt


def test_letter_numbers_unique_per_year_and_kept(ctx: AppContext, tmp_path: Path) -> None:
    configure(ctx, pola="{nomor}/{kode}/{bulan}/{tahun}")
    ids = some_peserta(ctx, 2)
    first, second = jkm_case(ctx, ids[0]), jkm_case(ctx, ids[1])
    a = write_manfaat_letters(ctx, first, tmp_path, DAY)
    again = write_manfaat_letters(ctx, first, tmp_path, DAY)  # reprint: same number
    b = write_manfaat_letters(ctx, second, tmp_path / "..", date(2027, 2, 1))
    assert a.nomor == again.nomor == "001/PMD/01/2026"
    assert b.nomor == "001/PMD/02/2027"  # a new year starts again at 001
    with ctx.db.session() as s:
        rows = s.execute(select(NomorSurat.tahun, NomorSurat.urut)).all()
    assert sorted(rows) == [(2026, 1), (2026, 2), (2027, 1), (2027, 2)]


Where = tuple[int, float]  # (page index, baseline y)


def placed(path: Path) -> list[tuple[int, str, float]]:
    """(page, text, y) of every line drawn, in reading order (the page number footer left out)."""
    out: list[tuple[int, str, float]] = []
    for page in range(page_count(path)):
        out += [
            (page, t.text, t.y) for t in page_texts(path, page) if not t.text.startswith("Halaman")
        ]
    return out


def last(path: Path, text: str) -> Where:
    """Where the last line that is exactly ``text`` is (a signature's caption or name comes
    after the same words in the list of parties)."""
    found = [(page, -y) for page, t, y in placed(path) if t == text]
    assert found, text
    page, neg_y = max(found)
    return page, -neg_y


def assert_signed_under(path: Path, caption: str, name: str) -> None:
    """The caption and the name under it are on one page, the name below the caption."""
    c, n = last(path, caption), last(path, name)
    assert c[0] == n[0], f"{caption!r} on page {c[0] + 1}, {name!r} on page {n[0] + 1}"
    assert c[1] > n[1], (caption, name)


def assert_pages_filled(path: Path) -> None:
    """No page but the last ends in its upper half (a near-empty page before a page break;
    a piece kept whole, such as the table of amounts with its sentence and total, may leave
    the lower part of a page free)."""
    lines = placed(path)
    pages = page_count(path)
    for page in range(pages - 1):
        lowest = min(y for p, _t, y in lines if p == page)
        assert lowest < 842 / 2, f"page {page + 1} of {pages} ends at y={lowest:.0f}"


@pytest.mark.parametrize("heirs", [1, 2, 3, 4, 5, 6, pytest.param(10, marks=pytest.mark.slow)])
def test_signature_blocks_stay_with_their_text(ctx: AppContext, tmp_path: Path, heirs: int) -> None:
    """However long the letter: every signature's caption is on the page of its name, the
    closing sentence, place and date lead the first row of signatures, headings stay with
    their signatures, and no page is left near-empty before a break."""
    configure(ctx, saksi=2 + heirs % 3)
    pid = some_peserta(ctx, 1)[0]
    mid = jkm_case(ctx, pid, heirs=heirs, anak=2)
    data = M.get_manfaat(ctx, mid)
    data.bank_nama, data.bank_rekening = "Bank Kalsel", "0012345678"
    M.save_manfaat(ctx, data, mid, today=DAY)
    files = write_manfaat_letters(ctx, mid, tmp_path, DAY)
    ba = files.berita_acara
    captions = ["PIHAK KEDUA"] if heirs == 1 else [f"PIHAK KEDUA {i}" for i in range(1, heirs + 1)]
    for i, caption in enumerate(captions, 1):
        assert_signed_under(ba, caption, f"Ahli Waris Contoh {i}")
    assert_signed_under(ba, "PIHAK PERTAMA", "Kepala Cabang Contoh")
    assert_signed_under(ba, "Bupati Banjar", "Bupati Contoh")
    assert_signed_under(ba, "Kepala Dinas PMD", "Kadis Contoh")
    assert_signed_under(ba, "Mengetahui,", "Bupati Contoh")
    for i in range(1, 2 + heirs % 3 + 1):
        assert_signed_under(ba, f"Saksi {i}", f"Saksi Contoh {i}")
    assert_signed_under(ba, "Saksi-saksi:", "Saksi Contoh 1")
    assert_signed_under(ba, "sebagaimana mestinya.", captions[0])
    assert_signed_under(ba, "Martapura, 12 Januari 2026", captions[0])
    # one copy per signing party; the bank line is never alone: it shares its page with the
    # closing sentence
    closing = next(p for p, t, _y in placed(ba) if t.startswith("Demikian berita acara ini"))
    assert f"dalam rangkap {heirs + 1} (" in " ".join(all_text(ba).split())
    assert closing == next(
        p for p, t, _y in placed(ba) if t.startswith("Manfaat dibayarkan melalui")
    )
    # the letterhead is on the first page only; the QR code and the witnesses are never alone
    assert [t for p, t, _y in placed(ba) if "PEMERINTAH KABUPATEN" in t.upper()] and all(
        p == 0 for p, t, _y in placed(ba) if t == "DINAS PMD KABUPATEN BANJAR"
    )
    last_page = page_count(ba) - 1
    assert last(ba, "Saksi Contoh 1")[0] == last_page == last(ba, "Kadis Contoh")[0]
    assert any(p == last_page and t.startswith("Ahli Waris Contoh") for p, t, _y in placed(ba))
    # the sentence announcing the table is on the page of the table
    intro = next(p for p, t, _y in placed(ba) if t.endswith("sebagai berikut:"))
    assert intro == last(ba, "Santunan kematian")[0]
    assert_pages_filled(ba)


@pytest.mark.parametrize("recipients", range(1, 13))
def test_receipt_signatures_never_split(ctx: AppContext, tmp_path: Path, recipients: int) -> None:
    configure(ctx)
    pid = some_peserta(ctx, 1)[0]
    mid = jkm_case(ctx, pid, heirs=recipients)
    tt = write_manfaat_letters(ctx, mid, tmp_path, DAY).tanda_terima
    captions = ["PIHAK KEDUA"] if recipients == 1 else [f"PIHAK KEDUA {i}" for i in range(1, 13)]
    for i in range(1, recipients + 1):
        assert_signed_under(tt, captions[i - 1], f"Ahli Waris Contoh {i}")
    assert_signed_under(tt, "Yang menyerahkan,", "Kepala Cabang Contoh")
    assert_signed_under(tt, "Martapura, 12 Januari 2026", "Ahli Waris Contoh 1")
    assert last(tt, "TANDA TERIMA")[0] == last(tt, "Martapura, 12 Januari 2026")[0] == 0
    assert_pages_filled(tt)


def test_missing_settings_and_logo_are_explained(ctx: AppContext, tmp_path: Path) -> None:
    pid = some_peserta(ctx, 1)[0]
    mid = jkm_case(ctx, pid)
    with pytest.raises(UserError, match="kota tempat surat dibuat belum diisi") as e:
        write_manfaat_letters(ctx, mid, tmp_path, DAY)
    assert not isinstance(e.value, MissingData)  # the office's settings, not a participant
    # the head of office from set-up signs by default; without one nobody can sign
    assert "penanda tangan" not in e.value.message
    from jamsostek_desk.services.office import get_office, update_office

    office = get_office(ctx.db)
    office.kepala_nama = ""
    update_office(ctx, office)
    with pytest.raises(UserError, match="penanda tangan belum diatur"):
        write_manfaat_letters(ctx, mid, tmp_path, DAY)
    configure(ctx)
    s = load_settings(ctx.db)
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not an image")
    s.logo = str(logo)
    save_settings(ctx.db, s)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError) as e:
        write_manfaat_letters(ctx, mid, out, DAY)
    assert e.value.message == (
        f"Logo {logo} bukan gambar yang bisa dibaca. Pakai berkas gambar PNG atau JPG: pilih "
        "ulang logo di pengaturan cetak, atau kosongkan logonya."
    )
    assert list(out.iterdir()) == []
    logo.unlink()
    with pytest.raises(UserError) as e:
        write_manfaat_letters(ctx, mid, out, DAY)
    assert not isinstance(e.value, MissingData)
    assert "peserta" not in e.value.message and "NIK" not in e.value.message
    assert f"logo {logo} tidak ditemukan" in e.value.message
    assert "pengaturan cetak" in e.value.message


def test_letters_cli_refusing_leaves_no_folder(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A refused pack (no recipients, a missing logo) makes no output folder; the missing logo
    is reported as the office's setting, not as a participant."""
    configure(ctx)
    pid = some_peserta(ctx, 1)[0]
    db = str(ctx.db.path)
    aid = A.save_acara(ctx, A.AcaraData("Acara Kosong", DAY, "Aula"))
    out = tmp_path / "paket"
    assert main(["letters", "--db", db, "--acara", aid, "--out", str(out)]) != EXIT_OK
    assert "belum punya penerima" in capsys.readouterr().err
    assert not out.exists()
    A.set_benefit_recipients(ctx, aid, [jkm_case(ctx, pid)])
    s = load_settings(ctx.db)
    logo = tmp_path / "hilang.png"
    logo.write_bytes(b"")
    s.logo = str(logo)
    save_settings(ctx.db, s)
    logo.unlink()
    assert main(["letters", "--db", db, "--acara", aid, "--out", str(out)]) != EXIT_OK
    err = capsys.readouterr().err
    assert f"logo {tmp_path / 'hilang.png'} tidak ditemukan" in err
    assert "peserta belum lengkap" not in err and "(NIK -)" not in err
    assert not out.exists()


def test_pack_that_fails_writing_removes_its_folder(ctx: AppContext, tmp_path: Path) -> None:
    """Writing fails half-way (the last file of the pack cannot be made: a folder appeared in
    its place while the pack was written): the folder the pack made is gone again, and no
    symbolic card is recorded as printed."""
    from jamsostek_desk.services.kartu import already_carded

    configure(ctx)
    ids = some_peserta(ctx, 2)
    aid = A.save_acara(ctx, A.AcaraData("Acara Contoh", DAY, "Aula"))
    A.set_card_recipients(ctx, aid, ids)
    out = tmp_path / "baru" / "paket"
    steps: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        steps.append(message)
        if message.startswith("Daftar hadir"):
            (out / "99_daftar_hadir.pdf").mkdir()

    with pytest.raises(UserError, match="adalah folder, bukan berkas"):
        A.build_pack(ctx, aid, out, progress)
    assert steps[0] == "Kartu simbolis…"  # the cards were written before the failure
    assert not out.exists()
    assert (tmp_path / "baru").is_dir()  # only what the pack made is removed
    assert already_carded(ctx, ids) == {}


def test_full_disk_names_the_file_and_leaves_nothing(tmp_path: Path) -> None:
    """A write that fails on a full disk names the PDF in Indonesian and leaves no file."""
    from jamsostek_desk.store.files import atomic_output

    target = tmp_path / "kartu.pdf"
    with pytest.raises(UserError) as e, atomic_output(target, "PDF") as tmp:
        tmp.write_bytes(b"%PDF-")
        with open("/dev/full", "wb", buffering=0) as full:  # always "No space left on device"
            full.write(b"x")
    assert e.value.message.startswith(f"PDF {target} tidak bisa ditulis: disk penuh.")
    assert list(tmp_path.iterdir()) == []


def test_output_that_is_a_folder_is_named(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "hasil.pdf"
    folder.mkdir()
    some_peserta(ctx, 1)
    code = main(["cards", "--db", str(ctx.db.path), "--layout", "single", "--out", str(folder)])
    assert code != EXIT_OK
    err = capsys.readouterr().err
    assert f"{folder} adalah folder, bukan berkas" in err
    assert ".tmp" not in err and "Is a directory" not in err
    assert list(folder.iterdir()) == []


def test_ceremony_pack_and_cli(ctx: AppContext, tmp_path: Path) -> None:
    configure(ctx)
    ids = some_peserta(ctx, 3)
    mid = jkm_case(ctx, ids[0], heirs=2)
    aid = A.save_acara(
        ctx,
        A.AcaraData(
            "Penyerahan Kartu dan Santunan", DAY, "Pendopo Bupati", "Bupati Contoh", "Bupati Banjar"
        ),
    )
    A.set_card_recipients(ctx, aid, ids[1:])
    A.set_benefit_recipients(ctx, aid, [mid])
    assert [r.kartu for r in A.list_acara(ctx)] == [2]
    db = str(ctx.db.path)
    out = tmp_path / "paket"
    assert main(["letters", "--db", db, "--acara", aid, "--out", str(out)]) == EXIT_OK
    files = sorted(p.name for p in out.iterdir())
    assert files[0] == "01_kartu_simbolis.pdf"
    assert files[-1] == "99_daftar_hadir.pdf"
    assert len([f for f in files if "berita_acara" in f]) == 1
    assert len([f for f in files if "tanda_terima" in f]) == 1
    assert page_count(out / "01_kartu_simbolis.pdf") == 2
    hadir = all_text(out / "99_daftar_hadir.pdf")
    assert "Ahli Waris Contoh 2" in hadir and "Bupati Contoh" in hadir
    assert "Senin, 12 Januari 2026" in hadir
    ba = next(out.glob("*berita_acara*.pdf"))
    codes = decode_qr(ba, tmp_path, page=page_count(ba), dpi=200)
    assert len(codes) == 1
    result = verify_code(ctx, codes[0])
    assert result.genuine
    assert dict(result.details)["Jumlah"] == "Rp42.000.000"
    # the ceremony's cards are in the queue as printed
    from jamsostek_desk.services.kartu import already_carded

    assert set(already_carded(ctx, ids[1:])) == set(ids[1:])


def test_pack_with_incomplete_participant_writes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    configure(ctx)
    ids = some_peserta(ctx, 2)
    with ctx.db.session() as s:
        p = s.get(Peserta, ids[0])
        assert p is not None
        p.mulai_kepesertaan = None
    aid = A.save_acara(ctx, A.AcaraData("Acara Contoh", DAY, "Aula"))
    A.set_card_recipients(ctx, aid, ids)
    out = tmp_path / "paket"
    assert main(["letters", "--db", str(ctx.db.path), "--acara", aid, "--out", str(out)]) == (
        EXIT_USER
    )
    assert not out.exists() or list(out.iterdir()) == []


def test_cli_cards(ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = some_peserta(ctx, 1)
    with ctx.db.session() as s:
        p = s.get(Peserta, ids[0])
        assert p is not None
        desa = p.desa_kode
    db = str(ctx.db.path)
    out = tmp_path / "kartu.pdf"
    code = main(["cards", "--db", db, "--desa", desa, "--layout", "single", "--out", str(out)])
    assert code == EXIT_OK, capsys.readouterr().err
    assert out.exists() and page_count(out) >= 1
    assert "kartu dicetak" in capsys.readouterr().out
    code = main(
        [
            "cards",
            "--db",
            db,
            "--desa",
            "63.03.99.9999",
            "--layout",
            "a4-10",
            "--out",
            str(tmp_path / "none.pdf"),
        ]
    )
    assert code == EXIT_USER
    assert not (tmp_path / "none.pdf").exists()
    # verify from the command line
    text = decode_qr(out, tmp_path)[0]
    assert main(["verify", "--db", db, text]) == EXIT_OK
    assert "ASLI" in capsys.readouterr().out
    assert main(["verify", "--db", db, text[:-1] + ("A" if text[-1] != "A" else "B")]) == EXIT_USER


def test_recipient_without_nik_is_listed(ctx: AppContext, tmp_path: Path) -> None:
    configure(ctx)
    pid = some_peserta(ctx, 1)[0]
    mid = M.save_manfaat(
        ctx,
        M.ManfaatData(
            pid,
            "JKM",
            date(2026, 1, 3),
            penerima=[M.Penerima("Waris Tanpa NIK")],
            komponen=M.komponen_aturan(ctx, pid, "jkm", date(2026, 1, 3)),
        ),
        today=DAY,
    )
    with pytest.raises(MissingData, match="NIK penerima Waris Tanpa Nik belum diisi"):
        write_manfaat_letters(ctx, mid, tmp_path, DAY)
    assert list(tmp_path.glob("*.pdf")) == []


def test_database_of_release_0_1_0_gets_the_benefit_table(tmp_path: Path) -> None:
    """An office upgrading from 0.1.0 finds the default benefit table and can print cards."""
    import shutil

    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.store.db import open_database

    original = Path(__file__).resolve().parents[1] / "data" / "db" / "v0.1.0.sqlite"
    copy = tmp_path / "lama" / "jamsostek-desk.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(original, copy)
    db = open_database(copy)
    try:
        ctx = load_context(db)
        with ctx.db.session() as s:
            pid = s.execute(
                select(Peserta.id)
                .where(Peserta.deleted_at.is_(None), Peserta.status != "nonaktif")
                .limit(1)
            ).scalar_one()
        assert sum(k.jumlah for k in M.komponen_aturan(ctx, pid, "jkm", DAY)) == 42_000_000
        from jamsostek_desk.services.kartu import request_cards

        assert request_cards(ctx, [pid]) == (1, 0)
    finally:
        db.close()


def test_reissued_letter_supersedes_the_old_amount(ctx: AppContext, tmp_path: Path) -> None:
    configure(ctx)
    pid = some_peserta(ctx, 1)[0]
    mid = jkm_case(ctx, pid)
    write_manfaat_letters(ctx, mid, tmp_path, DAY)
    old_code = decode_qr(next(tmp_path.glob("berita_acara_*.pdf")), tmp_path, page=1, dpi=200)
    old_code += decode_qr(next(tmp_path.glob("berita_acara_*.pdf")), tmp_path, page=2, dpi=200)
    assert len(old_code) == 1 and verify_code(ctx, old_code[0]).genuine
    data = M.get_manfaat(ctx, mid)
    data.komponen.append(M.Komponen("lain", "Koreksi", 1_000_000))
    data.alasan_ubah = "Koreksi menurut surat BPJS"
    M.save_manfaat(ctx, data, mid, today=DAY)
    again = write_manfaat_letters(ctx, mid, tmp_path, DAY)
    assert again.nomor == "001/PMD/I/2026"  # the same letter, corrected
    result = verify_code(ctx, old_code[0])
    assert not result.genuine and result.title == "TIDAK COCOK"


def test_letters_cli_names_the_known_acara(
    ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aid = A.save_acara(ctx, A.AcaraData("Acara Contoh", DAY, "Aula"))
    code = main(["letters", "--db", str(ctx.db.path), "--acara", "salah", "--out", str(tmp_path)])
    assert code != EXIT_OK
    err = capsys.readouterr().err
    assert "Acara salah tidak ditemukan" in err and aid in err and "Acara Contoh" in err


def test_acara_official_hands_over_in_the_letters(ctx: AppContext, tmp_path: Path) -> None:
    """Letters of an acara name its official as PIHAK PERTAMA and "Yang menyerahkan"; who signs
    "Mengetahui" is the acara's choice: nobody signs above the official unless it says so
    (outside an acara the first signatory hands over and the others sign "Mengetahui", see
    test_signature_blocks_stay_with_their_text)."""
    configure(ctx)
    pid = some_peserta(ctx, 1)[0]
    mid = jkm_case(ctx, pid)
    aid = A.save_acara(
        ctx,
        A.AcaraData(
            "Penyerahan Santunan",
            DAY,
            "Pendopo Bupati",
            "Wakil Bupati Contoh",
            "Wakil Bupati Banjar",
        ),
    )
    A.set_benefit_recipients(ctx, aid, [mid])
    out = tmp_path / "paket"
    A.build_pack(ctx, aid, out)
    ba = next(out.glob("*berita_acara*.pdf"))
    tt = next(out.glob("*tanda_terima*.pdf"))
    assert_signed_under(ba, "PIHAK PERTAMA", "Wakil Bupati Contoh")
    assert_signed_under(ba, "Wakil Bupati Banjar", "Wakil Bupati Contoh")
    parties = " ".join(all_text(ba).split())
    assert "Mengetahui" not in parties and "Kadis Contoh" not in parties
    assert "Nama : Wakil Bupati Contoh Jabatan : Wakil Bupati Banjar" in parties
    assert_signed_under(tt, "Yang menyerahkan,", "Wakil Bupati Contoh")
    receipt = " ".join(all_text(tt).split())
    assert "Telah terima dari : BPJS Ketenagakerjaan" in receipt
    assert "diserahkan oleh Wakil Bupati Banjar" in receipt
    # the acara names the Bupati as "Mengetahui"
    data = A.get_acara(ctx, aid)
    data.mengetahui_nama, data.mengetahui_jabatan = "Bupati Contoh", "Bupati Banjar"
    A.save_acara(ctx, data, aid)
    out2 = tmp_path / "paket2"
    A.build_pack(ctx, aid, out2)
    ba = next(out2.glob("*berita_acara*.pdf"))
    assert_signed_under(ba, "Mengetahui,", "Bupati Contoh")
    assert "Kadis Contoh" not in all_text(ba)


def test_letter_number_follows_a_moved_date(ctx: AppContext, tmp_path: Path) -> None:
    """A reprint keeps its number; a date in another month gets a number of that month (the old
    one stays used and its QR code says it was replaced); verify reports the current date."""
    configure(ctx)
    ids = some_peserta(ctx, 2)
    mid = jkm_case(ctx, ids[0])
    nov, jan, later_jan = date(2026, 11, 17), date(2027, 1, 12), date(2027, 1, 20)

    def letters(day: date, name: str) -> tuple[str, str]:
        out = tmp_path / name
        out.mkdir()
        files = write_manfaat_letters(ctx, mid, out, day)
        ba = files.berita_acara
        code = decode_qr(ba, tmp_path, page=page_count(ba), dpi=200)[0]
        return " ".join(all_text(ba).split()), code

    text, old_code = letters(nov, "a")
    assert "Nomor: 001/PMD/XI/2026" in text
    assert "Nomor: 001/PMD/XI/2026" in letters(nov, "b")[0]  # a reprint keeps its number
    text, code = letters(jan, "c")
    assert "Nomor: 001/PMD/I/2027" in text
    assert "tanggal dua belas bulan Januari tahun dua ribu dua puluh tujuh" in text
    result = verify_code(ctx, code)
    assert result.genuine and dict(result.details)["Tanggal surat"] == "12 Januari 2027"
    replaced = verify_code(ctx, old_code)
    assert not replaced.genuine and replaced.title == "DIGANTI"
    assert dict(replaced.details)["Nomor baru"] == "001/PMD/I/2027"
    # another day of the same month: the same number, the new date
    text, code = letters(later_jan, "d")
    assert "Nomor: 001/PMD/I/2027" in text
    assert dict(verify_code(ctx, code).details)["Tanggal surat"] == "20 Januari 2027"
    # the given-up numbers of November are not given out again
    other = jkm_case(ctx, ids[1])
    assert write_manfaat_letters(ctx, other, tmp_path, nov).nomor == "003/PMD/XI/2026"


def test_jkm_case_records_the_death(ctx: AppContext, tmp_path: Path) -> None:
    """A JKM case makes the participant nonaktif (meninggal, event date) in the same
    transaction, audited; no symbolic card is printed for them, not even after a reactivation."""
    from jamsostek_desk.services import peserta as P
    from jamsostek_desk.services.kartu import print_for_participants

    pid, other = some_peserta(ctx, 2)
    data = M.ManfaatData(
        pid,
        "JKM",
        date(2026, 1, 3),
        penerima=[M.Penerima("Ahli Waris Contoh", "Istri", "6303054101900001")],
        komponen=M.komponen_aturan(ctx, pid, "jkm", date(2026, 1, 3)),
    )
    notice = M.records_death(ctx, data)
    assert "dicatat meninggal dunia" in notice and "3 Januari 2026" in notice
    mid = M.save_manfaat(ctx, data, today=DAY)
    with ctx.db.session() as s:
        p = s.get(Peserta, pid)
        assert p is not None
        assert (p.status, p.nonaktif_alasan, p.nonaktif_tanggal) == (
            "nonaktif",
            "meninggal",
            date(2026, 1, 3),
        )
    assert any(e.aksi == "nonaktif" for e in P.history(ctx, pid))
    assert M.records_death(ctx, M.get_manfaat(ctx, mid), mid) == ""
    aid = A.save_acara(ctx, A.AcaraData("Acara Contoh", DAY, "Aula"))
    A.set_card_recipients(ctx, aid, [pid, other])
    with pytest.raises(MissingData, match="meninggal dunia"):
        A.build_pack(ctx, aid, tmp_path / "paket")
    # the deceased is not queued and drops out of the card queue
    from jamsostek_desk.services import kartu as K

    assert K.request_cards(ctx, [pid, other]) == (1, 0)
    assert [r.peserta_id for r in K.list_cards(ctx, K.CardFilter())] == [other]
    # reactivated (say by mistake): the JKM case still refuses a card (and a reprint)
    P.reactivate(ctx, pid)
    with pytest.raises(MissingData, match="meninggal dunia"):
        print_for_participants(ctx, [pid], tmp_path / "k.pdf", "ceremony")
    assert K.deceased(ctx, [pid, other]) == {pid}
    # editing the case again leaves the reactivated participant alone
    M.save_manfaat(ctx, M.get_manfaat(ctx, mid), mid, today=DAY)
    with ctx.db.session() as s:
        assert s.get(Peserta, pid).status != "nonaktif"  # type: ignore[union-attr]
    # a JKK case other than a death does not touch the status
    M.save_manfaat(
        ctx,
        M.ManfaatData(
            other,
            "JKK",
            date(2026, 1, 3),
            jenis="jkk-perawatan",
            penerima=[M.Penerima("Pekerja Contoh")],
            komponen=[M.Komponen("biaya", "Biaya perawatan", 1_000_000)],
        ),
        today=DAY,
    )
    with ctx.db.session() as s:
        assert s.get(Peserta, other).status == "aktif"  # type: ignore[union-attr]


def fonts_of(path: Path) -> set[str]:
    """Base names of every font a PDF refers to (pages and the forms they use)."""
    from pypdf import PdfReader

    found: set[str] = set()

    def visit(resources: object) -> None:
        res = resources.get_object() if hasattr(resources, "get_object") else resources
        if not isinstance(res, dict):
            return
        for font in (res.get("/Font") or {}).values():  # type: ignore[union-attr]
            found.add(str(font.get_object()["/BaseFont"]))
        for xobject in (res.get("/XObject") or {}).values():  # type: ignore[union-attr]
            x = xobject.get_object()
            if "/Resources" in x:
                visit(x["/Resources"])

    for page in PdfReader(str(path)).pages:
        visit(page.get("/Resources", {}))
    return found


def test_pack_texts_footer_and_fonts(ctx: AppContext, tmp_path: Path) -> None:
    """Heirs typed in lower case read like those copied from the ahli waris; "binti" stays in
    lower case; the witnesses are on the attendance list; pages say "Halaman 1 dari N"; every
    font is the embedded DejaVu (no unembedded Helvetica)."""
    configure(ctx, saksi=2)
    ids = some_peserta(ctx, 2)
    mid = M.save_manfaat(
        ctx,
        M.ManfaatData(
            ids[0],
            "JKM",
            date(2026, 1, 3),
            penerima=[
                M.Penerima("SITI AMINAH BINTI ABDULLAH", "istri", "6303054101900001"),
                M.Penerima("ahmad bin yusuf", "ANAK", "6303054101900002"),
                M.Penerima("Rudi Hartono", "saudara kandung", "6303054101900003"),
            ],
            komponen=M.komponen_aturan(ctx, ids[0], "jkm", date(2026, 1, 3)),
        ),
        today=DAY,
    )
    assert [(r.nama, r.hubungan) for r in M.get_manfaat(ctx, mid).penerima] == [
        ("Siti Aminah binti Abdullah", "Istri"),
        ("Ahmad bin Yusuf", "Anak"),
        ("Rudi Hartono", "Saudara Kandung"),
    ]
    aid = A.save_acara(ctx, A.AcaraData("Acara Contoh", DAY, "Aula", "Bupati Contoh", "Bupati"))
    A.set_card_recipients(ctx, aid, ids[1:])
    A.set_benefit_recipients(ctx, aid, [mid])
    out = tmp_path / "paket"
    files = A.build_pack(ctx, aid, out)
    hadir = " ".join(all_text(out / "99_daftar_hadir.pdf").split())
    assert "Siti Aminah binti Abdullah Penerima manfaat (Istri)" in hadir
    assert "Ahmad bin Yusuf Penerima manfaat (Anak)" in hadir
    assert "Saksi Contoh 1 Saksi, Kepala Desa" in hadir and "Saksi Contoh 2" in hadir
    ba = next(out.glob("*berita_acara*.pdf"))
    pages = page_count(ba)
    for page in range(pages):
        footer = [t.text for t in page_texts(ba, page) if t.text.startswith("Halaman")]
        assert footer == [f"Halaman {page + 1} dari {pages}"]
    for f in files:
        fonts = fonts_of(f)
        assert fonts and all("DejaVuSans" in name for name in fonts), (f.name, fonts)


def test_letters_from_the_manfaat_page_keep_their_date(ctx: AppContext, tmp_path: Path) -> None:
    """Printed again later from the Manfaat page, a letter keeps its date and number; a case of
    an acara gets the acara's date and official, as in the ceremony pack."""
    from jamsostek_desk.services.surat import write_case_letters

    configure(ctx)
    ids = some_peserta(ctx, 2)
    alone, ceremony = jkm_case(ctx, ids[0]), jkm_case(ctx, ids[1])
    first = write_case_letters(ctx, alone, tmp_path, today=date(2026, 1, 20))
    later = write_case_letters(ctx, alone, tmp_path, today=date(2026, 3, 2))
    assert first.nomor == later.nomor == "001/PMD/I/2026"
    assert "Martapura, 20 Januari 2026" in all_text(later.berita_acara)
    aid = A.save_acara(
        ctx, A.AcaraData("Penyerahan", DAY, "Pendopo", "Wakil Bupati Contoh", "Wakil Bupati")
    )
    A.set_benefit_recipients(ctx, aid, [ceremony])
    files = write_case_letters(ctx, ceremony, tmp_path, today=date(2026, 3, 2))
    assert files.nomor == "003/PMD/I/2026"  # dated as the acara (12 January)
    assert_signed_under(files.berita_acara, "PIHAK PERTAMA", "Wakil Bupati Contoh")
    text = " ".join(all_text(files.berita_acara).split())
    assert "tanggal dua belas bulan Januari" in text and "bertempat di Pendopo" in text


def test_one_case_fits_two_pages_with_meterai_and_own_addresses(
    ctx: AppContext, tmp_path: Path
) -> None:
    """A 1-heir berita acara takes 2 pages with every signature on the second; a receipt of
    more than Rp5.000.000 has a meterai box beside the recipient's signature (a setting); each
    heir is printed with their own address; the receipt names BPJS and the transfer."""
    configure(ctx)
    pid = some_peserta(ctx, 1)[0]
    mid = jkm_case(ctx, pid, heirs=2)
    data = M.get_manfaat(ctx, mid)
    data.penerima[1].alamat = "Jl. Kenanga No. 9, Banjarbaru"
    data.bank_nama, data.bank_rekening = "Bank Kalsel", "0012345678"
    M.save_manfaat(ctx, data, mid, today=DAY)
    files = write_manfaat_letters(ctx, mid, tmp_path, DAY)
    ba_text = " ".join(all_text(files.berita_acara).split())
    assert "Jl. Kenanga No. 9, Banjarbaru" in ba_text
    assert M.alamat_peserta(ctx, pid).split(",")[0] in ba_text  # the first heir: the default
    assert page_count(files.berita_acara) == 2
    assert last(files.berita_acara, "PIHAK PERTAMA")[0] == 1
    assert last(files.berita_acara, "Saksi Contoh 2")[0] == 1
    assert "Meterai" in ba_text and "Rp10.000" in ba_text  # Rp46.500.000 > Rp5.000.000
    tt_text = " ".join(all_text(files.tanda_terima).split())
    assert "BPJS Ketenagakerjaan melalui transfer ke rekening Bank Kalsel nomor 0012345678" in (
        tt_text
    )
    assert "Meterai" in tt_text and "Rp10.000" in tt_text
    s = load_settings(ctx.db)
    s.meterai = False
    save_settings(ctx.db, s)
    assert load_settings(ctx.db).meterai is False
    again = tmp_path / "lagi"
    again.mkdir()
    files = write_manfaat_letters(ctx, mid, again, DAY)
    assert "Meterai" not in all_text(files.tanda_terima)
