"""The central sync file (``.jdsync``): an encrypted, authenticated, append-only container.

Layout (see FORMAT.md beside this module): a plain header (magic, format version, file id,
scrypt salt and parameters, a key-check block), then records ``kind | length | nonce |
AES-GCM ciphertext``. A sync appends one segment (a small meta record and a body record) and a
new trailer whose authenticated content holds the SHA-256 of every byte before it, so a
truncated, damaged or tampered file is refused before anything is read from it. Earlier records
are copied byte for byte, never decrypted or re-encrypted, so a sync costs what it adds.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import struct
import time
import uuid
import zlib
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.store.files import atomic_output

EXTENSION = ".jdsync"
MAGIC = b"JDSYNC\r\n"  # \r\n: a transfer that rewrote line endings breaks the magic at once
FORMAT_VERSION = 2  # 2: segments signed by their office (Ed25519); 1 is read and upgraded
_HEADER = struct.Struct("<8sHH16s16sBBBB12s32s")  # 92 bytes
_RECORD = struct.Struct("<cI12s")  # kind, ciphertext length, nonce
_KEY_CHECK = b"jamsostek-desk-k"  # 16 bytes, encrypted in the header
KIND_META, KIND_BODY, KIND_TRAILER = b"M", b"B", b"T"
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
MIN_PASSPHRASE = 8
MAX_FILE = 4 << 30


class SyncFileError(UserError):
    """The central file was refused; nothing was changed (file or database)."""


def _refused(path: Path, why: str) -> SyncFileError:
    return SyncFileError(f"Berkas sinkronisasi {path.name} ditolak: {why} Tidak ada yang diubah.")


def derive_key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase.encode())


@dataclass
class Segment:
    """One sync's worth of changes from one office: its meta (decrypted) and where its body is."""

    meta: dict[str, Any]
    index: int  # record index of the body
    nonce: bytes
    start: int  # offset of the body ciphertext
    length: int

    @property
    def id(self) -> str:
        return str(self.meta["segmen"])

    @property
    def kantor_id(self) -> str:
        return str(self.meta["kantor_id"])


@dataclass
class SyncFile:
    path: Path
    file_id: str
    key: bytes
    header: bytes
    data: bytes = b""  # every byte before the trailer
    records: int = 0
    segments: list[Segment] = field(default_factory=list)

    @property
    def version(self) -> int:
        return int(struct.unpack_from("<H", self.header, 8)[0])

    @property
    def upgrade(self) -> bool:
        """Written by an older format: the next write moves it on (see ``write``)."""
        return self.version < FORMAT_VERSION

    def plain(self, seg: Segment) -> bytes:
        """The segment's body as written (decrypted, still compressed): what is signed."""
        ct = self.data[seg.start : seg.start + seg.length]
        try:
            return AESGCM(self.key).decrypt(seg.nonce, ct, _aad(self.file_id, KIND_BODY, seg.index))
        except InvalidTag as e:
            raise _refused(self.path, "isi salah satu bagiannya rusak.") from e

    def body(self, seg: Segment) -> dict[str, Any]:
        """The segment's changes (decrypted, decompressed, parsed)."""
        plain = self.plain(seg)
        try:
            out: dict[str, Any] = json.loads(zlib.decompress(plain))
        except (InvalidTag, zlib.error, ValueError) as e:
            raise _refused(self.path, "isi salah satu bagiannya rusak.") from e
        return out


def _aad(file_id: str, kind: bytes, index: int) -> bytes:
    return uuid.UUID(file_id).bytes + kind + struct.pack("<I", index)


def new_file(path: Path, passphrase: str) -> SyncFile:
    """An empty central file in memory (written by ``write``)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            f"Kata sandi berkas sinkronisasi minimal {MIN_PASSPHRASE} karakter. Kata sandi ini "
            "ditetapkan oleh Dinas dan dipakai semua kantor."
        )
    file_id = str(uuid.uuid4())
    salt = os.urandom(16)
    key = derive_key(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    nonce = os.urandom(12)
    fid = uuid.UUID(file_id).bytes
    check = AESGCM(key).encrypt(nonce, _KEY_CHECK, fid)
    header = _HEADER.pack(
        MAGIC, FORMAT_VERSION, 0, fid, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, 0, nonce, check
    )
    return SyncFile(path, file_id, key, header, data=header)


def read_file(path: Path, passphrase: str | None = None, key: bytes | None = None) -> SyncFile:
    """Open and verify a central file. Raises SyncFileError (with the reason) when refused."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise _refused(path, "ukurannya tidak wajar untuk berkas sinkronisasi.")
        raw = path.read_bytes()
    except FileNotFoundError as e:
        raise SyncFileError(f"Berkas sinkronisasi {path} tidak ditemukan.") from e
    except IsADirectoryError as e:
        raise SyncFileError(f"{path} adalah folder, bukan berkas sinkronisasi.") from e
    except OSError as e:
        raise SyncFileError(
            f"Berkas sinkronisasi {path.name} tidak bisa dibaca: {e.strerror or e}. Periksa "
            "flash disk atau folder bersama."
        ) from e
    return _open(path, raw, passphrase, key)


def _open(path: Path, raw: bytes, passphrase: str | None, key: bytes | None) -> SyncFile:
    if not raw.startswith(MAGIC[:6]):
        raise _refused(path, "ini bukan berkas sinkronisasi Jamsostek Desk.")
    if len(raw) < _HEADER.size:
        raise _refused(path, "berkasnya terpotong (tidak lengkap).")
    magic, version, _flags, fid, salt, log2_n, r, p, _pad, nonce, check = _HEADER.unpack_from(raw)
    if magic != MAGIC:
        raise _refused(path, "tanda pengenalnya rusak (mungkin disalin sebagai teks).")
    if version > FORMAT_VERSION:
        if _version_field_damaged(path, raw, passphrase, key):
            raise _refused(
                path,
                "kepala berkasnya rusak (nomor format berubah). Pakai salinan berkas yang lain.",
            )
        raise _refused(
            path,
            f"dibuat oleh versi aplikasi yang lebih baru (format {version}; versi ini membaca "
            f"sampai format {FORMAT_VERSION}). Perbarui Jamsostek Desk dulu.",
        )
    if version < 1 or not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4):
        raise _refused(path, "kepala berkasnya rusak.")
    file_id = str(uuid.UUID(bytes=fid))
    header = raw[: _HEADER.size]
    if key is None:
        if passphrase is None:
            raise UserError("Kata sandi berkas sinkronisasi belum diisi.")
        key = derive_key(passphrase, salt, log2_n, r, p)
    try:
        AESGCM(key).decrypt(nonce, check, fid)
    except InvalidTag as e:
        raise _refused(
            path, "kata sandinya salah (atau kepala berkas rusak). Tanyakan kata sandi ke Dinas."
        ) from e
    sf = SyncFile(path, file_id, key, header)
    _read_records(sf, raw)
    return sf


def _version_field_damaged(
    path: Path, raw: bytes, passphrase: str | None, key: bytes | None
) -> bool:
    """Whether a file whose header claims a newer format is really a file of this format with a
    damaged version field: with the field set back, the whole file checks out (the trailer's
    hash covers the header), so the damage is told apart from a genuinely newer file."""
    if passphrase is None and key is None:
        return False
    fixed = raw[:8] + struct.pack("<H", FORMAT_VERSION) + raw[10:]
    try:
        _open(path, fixed, passphrase, key)
    except UserError:
        return False
    return True


def _read_records(sf: SyncFile, raw: bytes) -> None:
    pos, index, meta = _HEADER.size, 0, None
    aes = AESGCM(sf.key)
    while True:
        if pos + _RECORD.size > len(raw):
            raise _refused(sf.path, "berkasnya terpotong (tidak lengkap).")
        kind, length, nonce = _RECORD.unpack_from(raw, pos)
        start = pos + _RECORD.size
        if start + length > len(raw) or length < 16:
            raise _refused(sf.path, "berkasnya terpotong (tidak lengkap).")
        ct = raw[start : start + length]
        if kind == KIND_TRAILER:
            try:
                trailer = json.loads(aes.decrypt(nonce, ct, _aad(sf.file_id, kind, index)))
            except (InvalidTag, ValueError) as e:
                raise _refused(sf.path, "penutup berkasnya rusak atau telah diubah.") from e
            digest = hashlib.sha256(raw[:pos]).hexdigest()
            if trailer.get("sha256") != digest or trailer.get("records") != index:
                raise _refused(sf.path, "isinya rusak atau telah diubah orang lain.")
            if start + length != len(raw):
                raise _refused(sf.path, "ada data tambahan setelah penutup berkas.")
            sf.data, sf.records = raw[:pos], index
            return
        if kind == KIND_META:
            try:
                meta = json.loads(aes.decrypt(nonce, ct, _aad(sf.file_id, kind, index)))
            except (InvalidTag, ValueError) as e:
                raise _refused(sf.path, "isinya rusak atau telah diubah orang lain.") from e
        elif kind == KIND_BODY and meta is not None:
            sf.segments.append(Segment(meta, index, nonce, start, length))
            meta = None
        else:
            raise _refused(sf.path, "susunan isinya tidak dikenal.")
        pos, index = start + length, index + 1


def _record(sf: SyncFile, kind: bytes, index: int, plain: bytes) -> bytes:
    nonce = os.urandom(12)
    ct = AESGCM(sf.key).encrypt(nonce, plain, _aad(sf.file_id, kind, index))
    return _RECORD.pack(kind, len(ct), nonce) + ct


def encode_segment(
    sf: SyncFile,
    index: int,
    meta: dict[str, Any],
    body: dict[str, Any],
    seal: Callable[[dict[str, Any], bytes], dict[str, Any]] | None = None,
) -> tuple[bytes, bytes]:
    """(meta record, body record) for a segment starting at record ``index``; ``seal`` signs
    the meta together with the body as written."""
    plain = zlib.compress(json.dumps(body, separators=(",", ":")).encode(), 1)
    if seal is not None:
        meta = seal(meta, plain)
    return (
        _record(sf, KIND_META, index, json.dumps(meta).encode()),
        _record(sf, KIND_BODY, index + 1, plain),
    )


def write(sf: SyncFile, appended: list[bytes]) -> None:
    """Append records and a new trailer: temporary file, fsync, verify, rename, fsync folder.

    Pulling the disk or killing the process at any moment leaves either the old file or the
    new one, never a mix.
    """
    data = sf.data
    if sf.upgrade:  # an older format moves on at its first write (the key check stays)
        data = data[:8] + struct.pack("<H", FORMAT_VERSION) + data[10:]
    data += b"".join(appended)
    records = sf.records + len(appended)
    trailer = {"records": records, "sha256": hashlib.sha256(data).hexdigest()}
    blob = data + _record(sf, KIND_TRAILER, records, json.dumps(trailer).encode())
    with atomic_output(sf.path, "Berkas sinkronisasi", "periksa sisa ruang flash disk") as tmp:
        tmp.write_bytes(blob)
        read_file(tmp, key=sf.key)  # verify what reached the disk before it counts
    sf.data, sf.records = data, records
    sf.header = data[: _HEADER.size]


def remove_leftovers(path: Path) -> None:
    """Temporary files of a sync that was killed before its rename (only while locked)."""
    for tmp in path.parent.glob(f".{path.stem}-*.tmp"):
        with suppress(OSError):
            tmp.unlink()


def _dead_here(owner: str) -> bool:
    """The lock's owner ran on this computer and is gone (a crash or a killed process)."""
    host, _, pid = owner.strip().rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or os.name != "posix":
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


class FileLock:
    """A lock file beside the central file, so two offices on a shared folder take turns."""

    STALE_SECONDS = 15 * 60

    def __init__(self, path: Path, holder: str) -> None:
        self.lock = path.with_name(path.name + ".lock")
        self.holder = holder
        self._held = False

    def __enter__(self) -> FileLock:
        for _ in range(2):
            try:
                fd = os.open(self.lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                try:
                    age = time.time() - self.lock.stat().st_mtime
                    who, _, owner = self.lock.read_text(encoding="utf-8", errors="replace")[
                        :300
                    ].partition("\n")
                except OSError:
                    continue
                if age > self.STALE_SECONDS or _dead_here(owner):
                    with suppress(OSError):
                        self.lock.unlink()
                    continue
                raise UserError(
                    f"Berkas sinkronisasi sedang dipakai oleh {who or 'kantor lain'}. Tunggu "
                    "sebentar lalu ulangi. Jika tidak ada yang sedang sinkronisasi (misalnya "
                    f"flash disk dicabut di tengah sinkronisasi), hapus berkas {self.lock.name} "
                    "di folder yang sama, lalu ulangi."
                ) from None
            except OSError as e:
                raise UserError(
                    f"Folder {self.lock.parent} tidak bisa ditulisi: {e.strerror or e}."
                ) from e
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(f"{self.holder}\n{socket.gethostname()}:{os.getpid()}")
            self._held = True
            return self
        raise UserError("Berkas sinkronisasi sedang dipakai kantor lain. Ulangi sebentar lagi.")

    def __exit__(self, *exc: object) -> None:
        if self._held:
            with suppress(OSError):
                self.lock.unlink()
