"""The progress callback every long job takes: ``(done, total, message)``.

``total`` 0 means "not known yet" (a busy indicator). Numbers in messages are written the
Indonesian way (10.000, not 10,000: a clerk reads "10,000" as ten), which ``step`` does.
"""

from __future__ import annotations

from collections.abc import Callable

from jamsostek_desk.domain.money import format_angka

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str) -> None:
    """The progress callback for callers that show none."""


def step(progress: Progress, done: int, total: int, message: str, **numbers: int) -> None:
    """Report a step; ``{done}``, ``{total}`` and any other ``{name}`` in ``message`` are filled
    with Indonesian thousands separators, e.g. "Menyimpan {done} dari {total} peserta…"."""
    for name, value in {"done": done, "total": total, **numbers}.items():
        # replace, not str.format: a sheet or file name in the message may hold braces
        message = message.replace("{" + name + "}", format_angka(value))
    progress(done, total, message)
