"""Backups as the office uses them: a copy made now (and a second copy on a flash disk),
the list of backups to choose from, and putting one back in place of the database.

``restore_database`` is the one way a backup replaces the database (the window, and the CLI's
``restore`` after signing in): Admin only, and an audit entry in the database as it was and in
the restored one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.services import audit
from jamsostek_desk.services.access import require_admin
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.store.backup import (
    backup_dir,
    backup_if_due,
    copy_backup,
    count_peserta,
    list_backups,
    make_backup,
    restore_backup,
)
from jamsostek_desk.store.db import Database
from jamsostek_desk.store.settings import get_setting, set_setting

SECOND_FOLDER = "cadangan_folder_kedua"
COPIES = "JamsostekDesk-cadangan"  # the folder made inside the second folder
RESTORE = "pulihkan_cadangan"  # the audit action of a restore


@dataclass(frozen=True)
class BackupDone:
    path: Path | None  # None: no backup was due
    copy: Path | None  # the copy in the second folder
    warning: str  # why the second copy is missing ("" when all is well)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime
    size: int  # bytes
    peserta: int | None  # live participants; None when the file cannot be read


@dataclass(frozen=True)
class Restored:
    safety: Path | None  # the backup of the database as it was (None: it was missing or damaged)
    moved: Path | None  # where the replaced file was kept


def second_folder(db: Database) -> str:
    with db.session() as s:
        return get_setting(s, SECOND_FOLDER)


def set_second_folder(db: Database, folder: str) -> None:
    """The folder (a flash disk) where every backup is copied too; "" for none."""
    if folder and not Path(folder).is_dir():
        raise UserError(f"Folder {folder} tidak ada. Pasang dulu flash disk-nya, lalu pilih lagi.")
    with db.session() as s:
        set_setting(s, SECOND_FOLDER, folder)


def _second_copy(db_path: Path, made: Path | None, folder: str) -> BackupDone:
    if made is None or not folder:
        return BackupDone(made, None, "")
    target = Path(folder)
    if not target.is_dir():
        return BackupDone(
            made,
            None,
            f"Folder cadangan kedua {folder} tidak ditemukan (flash disk tidak terpasang?): "
            "cadangan hanya ada di komputer ini.",
        )
    try:
        return BackupDone(made, copy_backup(db_path, made, target / COPIES), "")
    except (OSError, UserError) as e:
        why = e.message if isinstance(e, UserError) else (e.strerror or str(e))
        return BackupDone(
            made,
            None,
            f"Cadangan tidak bisa disalin ke {folder} ({why}): cadangan hanya ada di komputer ini.",
        )


def backup_now(db_path: Path, folder: str, reason: str = "manual") -> BackupDone:
    """A backup beside the database, and its copy in ``folder`` when one is set."""
    try:
        made = make_backup(db_path, reason)
    except OSError as e:
        raise UserError(
            f"Cadangan tidak bisa dibuat di {backup_dir(db_path)}: {e.strerror or e}."
        ) from e
    return _second_copy(db_path, made, folder)


def daily_backup(db_path: Path, folder: str) -> BackupDone:
    return _second_copy(db_path, backup_if_due(db_path), folder)


def backups(db_path: Path, folder: str = "") -> list[BackupInfo]:
    """Backups beside the database and in the second folder, newest first."""
    paths = list_backups(db_path)
    if folder:
        names = {p.name for p in paths}
        paths += [p for p in list_backups(db_path, Path(folder) / COPIES) if p.name not in names]
    out = []
    for p in paths:
        st = p.stat()
        out.append(BackupInfo(p, datetime.fromtimestamp(st.st_mtime), st.st_size, count_peserta(p)))
    return sorted(out, key=lambda b: b.made, reverse=True)


def restore_file(db_path: Path, backup: Path) -> Restored:
    """Put ``backup`` in place of the (closed) database at ``db_path``, after a fresh backup
    of it as it is now. The replaced file is moved aside, never deleted."""
    backup = Path(backup)
    if not backup.is_file():
        raise UserError(f"Berkas cadangan {backup} tidak ada.")
    if count_peserta(backup) is None:
        raise UserError(
            f"Berkas {backup.name} bukan cadangan database Jamsostek Desk (atau rusak); "
            "database tidak diganti."
        )
    safety = make_backup(db_path, "sebelum-pulihkan") if db_path.is_file() else None
    moved = restore_backup(backup, db_path, "diganti")
    return Restored(safety or backup, moved)


def restore_database(ctx: AppContext, backup: Path) -> Restored:
    """Restore as the signed-in Admin: the database of ``ctx`` is closed, then replaced.

    The caller starts the application again on the restored file (a sign-in of its own)."""
    require_admin(ctx, "memulihkan database dari cadangan")
    path = ctx.db.path
    if not Path(backup).is_file():
        raise UserError(f"Berkas cadangan {backup} tidak ada.")
    if count_peserta(Path(backup)) is None:
        raise UserError(
            f"Berkas {Path(backup).name} bukan cadangan database Jamsostek Desk (atau rusak); "
            "database tidak diganti."
        )
    _audit_restore(ctx, Path(backup))  # kept in the safety backup and the replaced file
    ctx.db.close()
    done = restore_file(path, Path(backup))
    audit_restored(ctx, path, Path(backup))
    return done


def _audit_restore(ctx: AppContext, backup: Path) -> None:
    with ctx.db.session() as s:
        audit.record(s, ctx, "kantor", ctx.kantor_id, RESTORE, {"berkas": (None, backup.name)})


def audit_restored(ctx: AppContext, path: Path, backup: Path) -> None:
    """The same entry in the restored database, when the operator and office are in it (a
    backup older than the operator has no one to name)."""
    from dataclasses import replace

    from jamsostek_desk.store.db import open_database
    from jamsostek_desk.store.models import Kantor, Operator

    db = open_database(path, create=False)
    try:
        with db.session() as s:
            known = s.get(Operator, ctx.operator_id) and s.get(Kantor, ctx.kantor_id)
        if known:
            _audit_restore(replace(ctx, db=db), backup)
    finally:
        db.close()
