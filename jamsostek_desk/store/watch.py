"""Noticing that the database was changed by someone else: a command-line import while the
window is open, another program.

SQLite's ``PRAGMA data_version`` on one long-lived connection changes whenever any other
connection (of this process or another) commits. Asking it costs microseconds and takes no
lock, so the window can ask every second or two. Commits made through this process's own
engine are counted too and do not count as a change from outside: the screen that made them
already shows them.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import event

from jamsostek_desk.store.db import Database

OWN = "own"  # committed through this process's engine
OUTSIDE = "outside"  # committed by another process (or both)


class ChangeProbe:
    """``poll()`` says once whether the database changed since the last poll, and by whom."""

    def __init__(self, db: Database) -> None:
        self.path = db.path
        self.engine = db.engine
        self._conn: sqlite3.Connection | None = None
        self._last: int | None = None
        self._own = 0
        self._own_seen = 0
        self._changes: dict[int, int] = {}  # per open transaction: total_changes at its start
        event.listen(self.engine, "begin", self._note_begin)
        event.listen(self.engine, "commit", self._count_own)
        self.poll()  # the starting point

    @staticmethod
    def _total_changes(conn: Any) -> int | None:
        total = getattr(conn.connection.dbapi_connection, "total_changes", None)
        return total if isinstance(total, int) else None

    def _note_begin(self, conn: Any) -> None:
        self._changes[id(conn)] = self._total_changes(conn) or 0

    def _count_own(self, conn: Any) -> None:
        # Reads commit too (a page's query ends its transaction): only a commit that changed
        # rows counts, or a read just before an outside import would hide that import.
        total = self._total_changes(conn)
        if total is None or total != self._changes.pop(id(conn), None):
            self._own += 1

    def _version(self) -> int | None:
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
                )
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            self.close()
            return None

    def poll(self) -> str | None:
        """OWN, OUTSIDE, or None when nothing was committed since the last poll."""
        version = self._version()
        if version is None or version == self._last:
            return None
        first = self._last is None
        own, self._own_seen = self._own != self._own_seen, self._own
        self._last = version
        if first:
            return None
        return OWN if own else OUTSIDE

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        for name, fn in (("begin", self._note_begin), ("commit", self._count_own)):
            if event.contains(self.engine, name, fn):
                event.remove(self.engine, name, fn)
