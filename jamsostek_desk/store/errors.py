"""Problems with the database file itself, each with a message for the user."""

from __future__ import annotations

from pathlib import Path

from jamsostek_desk.domain.errors import UserError


class DatabaseProblem(UserError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class DatabaseLocked(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Database {path} sedang dipakai program lain (terkunci). Tutup Jamsostek Desk yang "
            "lain atau program yang membuka berkas ini, lalu coba lagi.",
        )


class DatabaseReadOnly(DatabaseProblem):
    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            f"Database {path} hanya bisa dibaca (read-only). Periksa izin berkas/folder, atau "
            "salin berkas ke folder yang bisa ditulisi (bukan CD atau folder terproteksi).",
        )


class DatabaseCorrupt(DatabaseProblem):
    def __init__(self, path: Path, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            path,
            f"Berkas {path} rusak atau bukan database Jamsostek Desk{extra}. "
            "Data bisa dipulihkan dari cadangan terakhir.",
        )


class DatabaseDiskError(DatabaseProblem):
    """The disk is full or failing: the file itself may be fine, so no restore is offered."""

    def __init__(self, path: Path, detail: str = "") -> None:
        full = "full" in detail.lower()
        reason = "Disk penuh" if full else "Disk tidak bisa dibaca/ditulis dengan baik"
        super().__init__(
            path,
            f"{reason} saat memakai database {path}. Perubahan terakhir tidak tersimpan. "
            + (
                "Kosongkan ruang disk, lalu coba lagi."
                if full
                else "Periksa disk atau flash disk tempat berkas ini, lalu coba lagi."
            ),
        )


class DatabaseFailure(DatabaseProblem):
    """Any other database error: said plainly, without guessing that the file is damaged."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            path, f"Database {path} tidak bisa dipakai saat ini ({detail}). Coba lagi."
        )


class DatabaseTooNew(DatabaseProblem):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            path,
            f"Database {path} dibuat oleh versi Jamsostek Desk yang lebih baru "
            f"(skema {revision}). Perbarui aplikasi ini untuk membukanya; berkas tidak diubah.",
        )


class NoOffice(UserError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Database {path} belum punya data kantor. Jalankan pengaturan awal dulu: buka "
            "aplikasi, atau `jamsostek-desk setup --db PATH --kind ... --wilayah ... --name ... "
            "--operator ...`."
        )
