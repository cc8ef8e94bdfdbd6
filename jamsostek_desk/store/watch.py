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
        event.listen(self.engine, "commit", self._count_own)
        self.poll()  # the starting point

    def _count_own(self, _conn: Any) -> None:
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
        if event.contains(self.engine, "commit", self._count_own):
            event.remove(self.engine, "commit", self._count_own)
