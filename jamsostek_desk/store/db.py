"""Opening the database: checks, pragmas, backup and migrations at start-up."""

from __future__ import annotations

import functools
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, exc, inspect
from sqlalchemy.orm import Session, sessionmaker

from jamsostek_desk.domain.errors import UserError
from jamsostek_desk.store.backup import make_backup
from jamsostek_desk.store.errors import (
    DatabaseCorrupt,
    DatabaseDiskError,
    DatabaseFailure,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseTooNew,
    NoOffice,
)
from jamsostek_desk.store.private import make_private, private_files_of

DB_ENV = "JAMSOSTEK_DESK_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def data_dir() -> Path:
    return platformdirs.user_data_path("JamsostekDesk", appauthor=False)


def default_db_path() -> Path:
    """The database used when neither --db nor JAMSOSTEK_DESK_DB says otherwise."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "jamsostek-desk.sqlite"


def demo_db_path() -> Path:
    return data_dir() / "demo" / "jamsostek-desk-demo.sqlite"


class Database:
    """An open database: its file, its engine and a session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.sessionmaker = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """A locked, read-only, full or damaged database becomes a DatabaseProblem with a user
        message. Constraint violations (IntegrityError) are left to the caller."""
        try:
            yield
        except exc.IntegrityError:
            raise
        except exc.DBAPIError as e:
            raise _translate(self.path, e) from e

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back on any error."""
        with self._translated(), self.sessionmaker() as s, s.begin():
            yield s

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A read connection, with errors translated as in ``session``."""
        with self._translated(), self.engine.connect() as conn:
            yield conn

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


BUSY_TIMEOUT_MS = 3000  # how long a write waits for another program's lock before "terkunci"


def _on_connect(busy_timeout_ms: int, dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA cache_size = -65536")
        cur.execute("PRAGMA temp_store = MEMORY")
    finally:
        cur.close()


# POSIX record locks belong to a process and a file, not to a descriptor: closing ANY
# descriptor of the database file in this process drops every lock SQLite holds on it, and
# another program may then checkpoint and delete the WAL under our open connections (seen:
# a second process removed the -wal and -shm files, then "disk I/O error" and a damaged
# index). So this process reads the file only through descriptors it never closes: one per
# file (device and inode), kept until the process exits. Windows locks differently.
_KEPT: dict[tuple[int, int], int] = {}
_KEPT_LOCK = threading.Lock()


def _read_at(path: Path, size: int, offset: int) -> bytes:
    """``size`` bytes of ``path`` at ``offset``, without ever closing a descriptor of it."""
    if os.name != "posix":
        with path.open("rb") as fh:
            fh.seek(offset)
            return fh.read(size)
    st = path.stat()
    key = (st.st_dev, st.st_ino)
    with _KEPT_LOCK:
        fd = _KEPT.get(key)
        if fd is None:
            fd = os.open(path, os.O_RDONLY)
            _KEPT[key] = fd
    return os.pread(fd, size, offset)


def prefetch(path: Path, max_bytes: int = 4 << 30, chunk: int = 8 << 20) -> int:
    """Read the database file once so that the operating system caches it.

    Right after start-up the first search otherwise waits on the disk (measured: 1.1 s on a
    million participants with a cold cache, 0.1 s warm). Meant for a background thread; files
    larger than ``max_bytes`` are left alone. Returns the bytes read.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return 0
        done = 0
        while block := _read_at(path, chunk, done):
            done += len(block)
        return done
    except OSError:
        return 0  # only an optimisation


def _alembic_config(connection: Any = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _translate(path: Path, error: BaseException) -> DatabaseProblem:
    """Name what went wrong. Only a file SQLite itself calls damaged counts as corrupt, so a
    full disk never leads to the offer of putting an old backup in place of good data."""
    original = getattr(error, "orig", None) or error
    detail = str(original).split("\n")[0]
    text = detail.lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked(path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DatabaseReadOnly(path)
    if "full" in text or "disk i/o" in text or "i/o error" in text:
        return DatabaseDiskError(path, detail)
    if "not a database" in text or "malformed" in text or "encrypted" in text:
        return DatabaseCorrupt(path, "isi berkas rusak")
    return DatabaseFailure(path, detail)


def _check_file(path: Path) -> None:
    if path.exists():
        if not path.is_file():
            raise DatabaseCorrupt(path, "bukan berkas")
        header = _read_at(path, 16, 0)
        if header and header != SQLITE_HEADER:
            raise DatabaseCorrupt(path, "bukan berkas SQLite")
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnly(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DatabaseReadOnly(path) from e
        if not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnly(path)


def open_database(
    path: Path,
    *,
    migrate: bool = True,
    create: bool = True,
    busy_timeout_ms: int | None = None,
) -> Database:
    """Open (creating if needed) and upgrade the database at ``path``.

    Raises a DatabaseProblem with a user message when the file is locked, read-only, not a
    database, damaged, or made by a newer version of the app. A database from an older version
    is copied to the backup folder before it is migrated. With ``create=False`` a missing file
    is reported as "no office set up yet" instead of being created (commands that only read).
    ``busy_timeout_ms``: how long a statement waits for another program's lock (default
    ``BUSY_TIMEOUT_MS``).
    """
    path = path.expanduser().resolve()
    if not create and (not path.exists() or (path.is_file() and path.stat().st_size == 0)):
        raise NoOffice(path)  # an empty file stays empty: it is not made into a database
    _check_file(path)
    # hide_parameters: an error message never carries the values (names, NIKs) of a statement
    engine = create_engine(f"sqlite:///{path}", hide_parameters=True)
    event.listen(
        engine, "connect", functools.partial(_on_connect, busy_timeout_ms or BUSY_TIMEOUT_MS)
    )
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn)
            current = context.get_current_revision()
            has_tables = bool(inspect(conn).get_table_names())
            conn.rollback()
        script = ScriptDirectory.from_config(_alembic_config())
        head = script.get_current_head()
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise DatabaseTooNew(path, current)
        if has_tables and current is None:
            raise DatabaseCorrupt(path, "tidak ada versi skema")
        # Only now, with the file known to be ours: WAL mode is stored in the file itself.
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
            # A reader can open a WAL database that another program holds a write lock on;
            # find that out now rather than at the user's first save.
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            conn.exec_driver_sql("ROLLBACK")
        if migrate and current != head:
            if current is not None:
                try:
                    make_backup(path, f"sebelum-migrasi-{current}")
                except (OSError, sqlite3.Error, UserError) as e:
                    raise DatabaseFailure(
                        path,
                        f"cadangan sebelum pembaruan skema tidak bisa dibuat: {e}; "
                        "database tidak diubah",
                    ) from e
            with engine.begin() as conn:
                command.upgrade(_alembic_config(conn), "head")
    except DatabaseProblem:
        engine.dispose()
        raise
    except (exc.DBAPIError, sqlite3.Error) as e:
        engine.dispose()
        raise _translate(path, e) from e
    make_private(*private_files_of(path))  # made by a version that left them world-readable
    return Database(path, engine)
