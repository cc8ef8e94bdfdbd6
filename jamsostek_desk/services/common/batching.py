"""Long id lists in ``IN (...)`` queries, cut into batches the database accepts.

SQLite refuses a statement with more bound variables than SQLITE_MAX_VARIABLE_NUMBER: 999
before SQLite 3.32 (2020), 32,766 since. Builds of the older kind still ship (some Linux
distributions, old Python installers on Windows), so a batch stays under 999 with room for the
other parameters of the statement; PostgreSQL (a central office) allows more. 500 ids per query
costs nothing measurable against one query for all (a few hundred queries for 100,000 ids).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Executable
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

SQLITE_MAX_VARIABLES = 999  # the smallest limit a supported SQLite build may have
BATCH = 500  # ids per IN (...) query, leaving room below the limit for other parameters

T = TypeVar("T")


def in_chunks(items: Sequence[T], size: int = BATCH) -> Iterator[Sequence[T]]:
    """``items`` in consecutive slices of at most ``size``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def select_in(
    db: Session | Connection,
    statement: Callable[[Sequence[T]], Executable],
    items: Sequence[T],
    size: int = BATCH,
) -> Iterator[Any]:  # the rows (tuples) the statement returns
    """The rows of ``statement(batch)`` for each batch of ``items`` (the statement puts the
    batch into its ``IN (...)``)."""
    for part in in_chunks(items, size):
        yield from db.execute(statement(part))
