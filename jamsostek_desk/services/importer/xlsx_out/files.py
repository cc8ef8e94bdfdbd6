"""Writing a workbook file safely: the target is checked first and the file appears whole or
not at all (a temporary file renamed over the target), with Indonesian messages on failure.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import IO

from jamsostek_desk.domain.errors import UserError


def _check_target(path: Path) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(
            f"Folder tujuan tidak ditemukan: {path.parent}. Pilih folder lain untuk menyimpan "
            f"berkas {path.name}."
        )
    if path.is_dir():
        raise UserError(f"{path} adalah folder, bukan berkas. Beri nama berkas .xlsx.")
    return path


def _atomic_write(path: Path, write: Callable[[IO[bytes]], None]) -> Path:
    """Write into a temporary file beside ``path``, then rename it over ``path`` at once."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise UserError(
            f"Berkas tidak dapat dibuat di folder {path.parent}: {e.strerror or e}. "
            "Periksa izin folder atau pilih folder lain."
        ) from e
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        with suppress(OSError):
            os.unlink(tmp)
        raise UserError(
            f"Berkas {path.name} tidak dapat disimpan: {e.strerror or e}. Jika berkas itu sedang "
            "dibuka di Excel atau LibreOffice, tutup dulu lalu coba lagi; periksa juga sisa ruang "
            "disk."
        ) from e
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
    return path
