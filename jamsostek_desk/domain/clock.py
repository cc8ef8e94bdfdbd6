"""Hybrid logical clock: change versions that order edits across offline offices.

A version packs wall-clock milliseconds and a counter into one integer
(``ms << 16 | counter``). It never goes backwards on one installation even when the PC clock
does, and after seeing a remote version every later local version is larger than it.
"""

from __future__ import annotations

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | (counter & _COUNTER_MASK)


def unpack(version: int) -> tuple[int, int]:
    return version >> COUNTER_BITS, version & _COUNTER_MASK


def next_version(last: int, now_ms: int) -> int:
    """The next local version after ``last`` at wall time ``now_ms``."""
    last_ms, last_counter = unpack(last)
    if now_ms > last_ms:
        return pack(now_ms, 0)
    if last_counter < _COUNTER_MASK:
        return pack(last_ms, last_counter + 1)
    return pack(last_ms + 1, 0)


def observe(last: int, remote: int, now_ms: int) -> int:
    """The local clock after receiving a remote version: larger than both."""
    return next_version(max(last, remote), now_ms)
