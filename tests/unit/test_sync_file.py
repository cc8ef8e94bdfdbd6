"""The central file refuses what is not right, and a crash never leaves it (or a database) half
written."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from jamsostek_desk.services import peserta as ps
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.sync import container, keys
from jamsostek_desk.services.sync.container import SyncFileError
from jamsostek_desk.services.sync.engine import BODY_FORMAT, sync
from jamsostek_desk.services.sync.trust import seal
from tests.unit.sync_helpers import PASS, fts_consistent, generator, make_office, snapshot, two_desa

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[AppContext, AppContext, Path]:
    desa = two_desa()[0]
    dinas = make_office(tmp_path, "dinas")
    desa1 = make_office(tmp_path, "desa1", "desa", desa)
    g = generator(desa)
    for _ in range(4):
        ps.create_peserta(desa1, g.make())
    f = tmp_path / "pusat.jdsync"
    sync(desa1, f, PASS)
    return dinas, desa1, f


def _refused(ctx: AppContext, f: Path, passphrase: str, words: str) -> None:
    before_file, before_db = f.read_bytes(), snapshot(ctx)
    with pytest.raises(SyncFileError) as e:
        sync(ctx, f, passphrase)
    assert words in e.value.message
    assert "Tidak ada yang diubah" in e.value.message
    assert f.read_bytes() == before_file
    assert snapshot(ctx) == before_db


def test_wrong_passphrase_is_refused(pair) -> None:
    dinas, _, f = pair
    _refused(dinas, f, "bukan-kata-sandinya", "kata sandinya salah")


def test_file_does_not_carry_niks_in_clear(pair) -> None:
    _, desa1, f = pair
    raw = f.read_bytes()
    nik = next(iter(snapshot(desa1)["peserta"].values()))["nik"]
    assert nik.encode() not in raw
    assert b"Kantor desa1" not in raw


@pytest.mark.parametrize("where", [0.3, 0.6, 0.95])
def test_a_flipped_byte_anywhere_is_refused(pair, where: float) -> None:
    dinas, _, f = pair
    raw = bytearray(f.read_bytes())
    pos = max(container._HEADER.size + 1, int(len(raw) * where))
    raw[pos] ^= 0x40
    f.write_bytes(bytes(raw))
    _refused(dinas, f, PASS, "ditolak")


@pytest.mark.parametrize("keep", [10, 100, 0.5, -1])
def test_a_truncated_file_is_refused(pair, keep: float) -> None:
    dinas, _, f = pair
    raw = f.read_bytes()
    n = int(len(raw) * keep) if isinstance(keep, float) else keep
    f.write_bytes(raw[:n])
    _refused(dinas, f, PASS, "terpotong" if keep != 10 else "ditolak")


def test_a_newer_format_is_refused(pair) -> None:
    dinas, _, f = pair
    sf = container.read_file(f, PASS)
    data = bytearray(sf.data)  # a newer application's file: its trailer covers its header
    struct.pack_into("<H", data, 8, container.FORMAT_VERSION + 1)
    trailer = {"records": sf.records, "sha256": hashlib.sha256(data).hexdigest()}
    sf.data = bytes(data)
    end = container._record(sf, container.KIND_TRAILER, sf.records, json.dumps(trailer).encode())
    f.write_bytes(bytes(data) + end)
    _refused(dinas, f, PASS, "versi aplikasi yang lebih baru")


@pytest.mark.parametrize("bit", [1, 8])  # format 3 and format 257
def test_a_flipped_bit_in_the_version_field_is_damage_not_a_newer_format(pair, bit) -> None:
    dinas, _, f = pair
    raw = bytearray(f.read_bytes())
    struct.pack_into("<H", raw, 8, container.FORMAT_VERSION ^ (1 << bit))
    f.write_bytes(bytes(raw))
    _refused(dinas, f, PASS, "kepala berkasnya rusak")


@pytest.mark.parametrize(
    "content", [b"PK\x03\x04 an xlsx perhaps", b"SQLite format 3\x00" + bytes(200), b""]
)
def test_a_foreign_file_is_refused(pair, content: bytes) -> None:
    dinas, _, f = pair
    f.write_bytes(content)
    _refused(dinas, f, PASS, "bukan berkas sinkronisasi Jamsostek Desk")


def test_a_short_passphrase_cannot_start_a_file(tmp_path: Path) -> None:
    ctx = make_office(tmp_path, "dinas")
    with pytest.raises(container.UserError, match="minimal 8"):
        sync(ctx, tmp_path / "baru.jdsync", "pendek")
    assert not (tmp_path / "baru.jdsync").exists()


def _sync_and_die(db: Path, f: Path, patch: str) -> int:
    """Run a sync in another process that is killed at the point ``patch`` names."""
    code = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from jamsostek_desk.store.db import open_database
        from jamsostek_desk.services.context import load_context
        from jamsostek_desk.services.sync import container, engine
        from jamsostek_desk.store import files
        def die(*a, **k):
            os._exit(9)
        {patch} = die
        ctx = load_context(open_database(Path({str(db)!r})))
        engine.sync(ctx, Path({str(f)!r}), {PASS!r})
        """
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=False).returncode


def test_killed_before_the_rename_leaves_file_and_database_as_they_were(pair) -> None:
    dinas, desa1, f = pair
    ps.create_peserta(desa1, generator(desa1.wilayah_kode, 9).make())
    before_file, before_db = f.read_bytes(), snapshot(desa1)
    assert _sync_and_die(desa1.db.path, f, "container.os.replace") == 9
    assert f.read_bytes() == before_file
    assert snapshot(desa1) == before_db
    assert list(f.parent.glob(".pusat-*.tmp"))  # the verified new file that never took over
    # the dead process left its lock behind; it is known dead, so the lock is taken over
    assert (f.parent / (f.name + ".lock")).exists()
    assert sync(desa1, f, PASS).keluar["peserta"] == 1
    assert not list(f.parent.glob(".pusat-*.tmp"))  # cleaned up by the next sync
    sync(dinas, f, PASS)
    assert snapshot(dinas) == snapshot(desa1)


def test_killed_after_the_rename_but_before_the_commit_loses_nothing(pair) -> None:
    dinas, desa1, f = pair
    sync(dinas, f, PASS)
    ps.create_peserta(desa1, generator(desa1.wilayah_kode, 9).make())
    assert _sync_and_die(desa1.db.path, f, "files._fsync_dir") == 9
    container.read_file(f, PASS)  # the new file is whole
    # the database did not learn that it pushed: it pushes the same versions again, harmlessly
    assert sync(desa1, f, PASS).keluar["peserta"] == 1
    r = sync(dinas, f, PASS)
    assert r.masuk["peserta_baru"] == 1 and r.konflik_baru == 0
    assert snapshot(dinas) == snapshot(desa1)
    assert fts_consistent(dinas)


def test_a_lock_held_by_another_office_is_reported(pair) -> None:
    dinas, _, f = pair
    lock = f.parent / (f.name + ".lock")
    lock.write_text("Kantor Desa Lain (Budi)", encoding="utf-8")
    with pytest.raises(container.UserError, match="Kantor Desa Lain"):
        sync(dinas, f, PASS)
    old = lock.stat().st_mtime - 3600
    os.utime(lock, (old, old))  # an abandoned lock (a crash) is taken over after a while
    assert sync(dinas, f, PASS).masuk["peserta_baru"] == 4
    assert not lock.exists()


def test_cancel_during_a_sync_changes_nothing(pair) -> None:
    from jamsostek_desk.domain.errors import Cancelled

    dinas, desa1, f = pair
    ps.create_peserta(dinas, generator(desa1.wilayah_kode, 9).make())
    before_file, before_db = f.read_bytes(), snapshot(dinas)
    calls: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        calls.append(message)
        if message.startswith("Mengumpulkan"):  # after the incoming rows were applied
            raise Cancelled()

    with pytest.raises(Cancelled):
        sync(dinas, f, PASS, progress)
    assert any(m.startswith("Menerima") for m in calls)
    assert f.read_bytes() == before_file
    assert snapshot(dinas) == before_db
    assert not (f.parent / (f.name + ".lock")).exists()


def test_a_segment_from_a_newer_version_is_refused(pair) -> None:
    dinas, desa1, f = pair
    sf = container.read_file(f, PASS)
    meta = {
        "segmen": "00000000-0000-4000-8000-000000000001",
        "kantor_id": desa1.kantor_id,
        "kantor_nama": "Kantor Versi Baru",
        "kunci": keys.public_b64(keys.office_key(desa1)),
    }
    newer = {"format": BODY_FORMAT + 1}
    signed = functools.partial(seal, keys.office_key(desa1))  # a genuine office, newer app
    container.write(sf, list(container.encode_segment(sf, sf.records, meta, newer, signed)))
    _refused(dinas, f, PASS, "versi aplikasi yang lebih baru")
    assert snapshot(dinas)["peserta"] == {}  # not even the older segments were applied


def test_a_segment_of_format_1_without_column_versions_is_still_read(pair) -> None:
    """Files written before the field-level merge (body format 1, no ``versi_kolom``) are
    read: every column of such a row counts as changed at the row's version."""
    dinas, desa1, f = pair
    sf = container.read_file(f, PASS)
    [seg] = sf.segments
    body = sf.body(seg)
    table = body["tabel"]["peserta"]
    drop = table["kolom"].index("versi_kolom")
    table["kolom"].pop(drop)
    for row in table["baris"]:
        row.pop(drop)
    body["format"] = 1
    old = container.new_file(f.parent / "lama.jdsync", PASS)
    meta = {k: v for k, v in seg.meta.items() if k not in ("tanda", "isi_sha256")}
    signed = functools.partial(seal, keys.office_key(desa1))
    container.write(old, list(container.encode_segment(old, old.records, meta, body, signed)))
    r = sync(dinas, old.path, PASS)
    assert r.masuk["peserta_baru"] == 4
    assert {p: row["nama"] for p, row in snapshot(dinas)["peserta"].items()} == {
        p: row["nama"] for p, row in snapshot(desa1)["peserta"].items()
    }


def test_cancel_is_noticed_inside_a_big_segment(tmp_path: Path) -> None:
    """The cancel button is looked at every CHECK_EVERY rows, not only between segments."""
    from jamsostek_desk.domain.errors import Cancelled
    from jamsostek_desk.services.sync.records import CHECK_EVERY
    from jamsostek_desk.services.synthetic import insert_generated

    dinas = make_office(tmp_path, "dinas")
    insert_generated(dinas, CHECK_EVERY * 2 + 10, seed=4)
    f = tmp_path / "pusat.jdsync"
    sync(dinas, f, PASS)  # one segment with all of them
    other = make_office(tmp_path, "dinas2")
    before_db = snapshot(other)
    looks: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        if message.startswith("Menerima"):
            looks.append(message)
            if len(looks) == 2:  # the first look inside the segment
                raise Cancelled()

    with pytest.raises(Cancelled):
        sync(other, f, PASS, progress)
    assert len(looks) == 2
    assert snapshot(other) == before_db
