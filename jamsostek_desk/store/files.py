"""Writing a file so that it appears whole or not at all: every PDF, workbook, sync file and
backup the application makes goes through ``atomic_output``.

The content is written to a temporary file beside the target, flushed to the disk, then renamed
over the target in one step (and the folder flushed, so the rename survives a power cut).
Pulling a USB stick, a full disk or a killed process leaves the old file or the new one, never a
mix; the temporary name ``.<stem>-<random>.tmp`` never looks like a finished file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

from jamsostek_desk.domain.errors import UserError


def write_problem(e: OSError) -> str:
    """Why a write failed, in Indonesian where the reason is a common one."""
    known = {
        errno.ENOSPC: "disk penuh",
        errno.EFBIG: "berkas melebihi batas ukuran",
        errno.EDQUOT: "kuota disk habis",
        errno.EROFS: "disk hanya bisa dibaca",
        errno.EACCES: "tidak ada izin menulis",
        errno.EIO: "kesalahan baca/tulis disk",
    }
    return known.get(e.errno or 0, e.strerror or str(e))


def check_target(target: Path) -> Path:
    """``target`` as a Path, or a UserError when it is a folder or its folder is missing."""
    target = Path(target)
    if target.is_dir():
        example = target / f"hasil{target.suffix}"
        raise UserError(
            f"{target} adalah folder, bukan berkas. Tulis nama berkasnya, misalnya {example}."
        )
    if not target.parent.is_dir():
        raise UserError(
            f"Folder tujuan tidak ditemukan: {target.parent}. Pilih folder lain untuk menyimpan "
            f"berkas {target.name}."
        )
    return target


@contextlib.contextmanager
def atomic_output(
    target: Path,
    what: str = "Berkas",
    advice: str = "kosongkan ruang disk atau pilih tempat lain",
) -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; renamed onto ``target`` only when the
    block succeeds. ``what`` names the file in messages ("PDF", "Berkas sinkronisasi"),
    ``advice`` says what to do when the disk refuses. Raises UserError (Indonesian)."""
    target = check_target(target)
    folder = target.parent
    # Not mkstemp: its 0600 mode would stay on the finished file; "x" honours the user's umask.
    tmp = folder / f".{target.stem}-{secrets.token_hex(6)}.tmp"
    try:
        open(tmp, "xb").close()
    except OSError as e:
        raise UserError(
            f"Folder {folder} tidak bisa ditulisi ({write_problem(e)}). Periksa izin folder atau "
            "pilih folder lain."
        ) from e
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as e:
            raise UserError(
                f"Berkas {target} tidak bisa ditimpa: mungkin sedang dibuka di program lain "
                "(Excel, LibreOffice, pembaca PDF). Tutup berkasnya lalu coba lagi."
            ) from e
        _fsync_dir(folder)
    except OSError as e:  # the disk full, a file size limit, a removed USB stick, …
        raise UserError(
            f"{what} {target} tidak bisa ditulis: {write_problem(e)}. Tidak ada berkas yang "
            f"setengah jadi; {advice}, lalu coba lagi."
        ) from e
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
