"""Errors that carry a message for the user (Bahasa Indonesia).

Every layer raises these (or subclasses) for problems a user can understand and fix; the UI
and the CLI show ``str(error)`` and never a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem explained to the user; ``str()`` is the Indonesian message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(UserError):
    """A wrong value given by the user (an option, a column name, a size): the command line
    exits 1 (invalid input), not 2 (database or file cannot be used)."""


class ValidationError(UserError):
    """Field-level problems: ``errors`` maps a field name to its message."""

    def __init__(self, errors: dict[str, str], message: str | None = None) -> None:
        self.errors = dict(errors)
        lines = [f"- {msg}" for msg in errors.values()]
        super().__init__(message or "Data belum bisa disimpan:\n" + "\n".join(lines))


class Cancelled(UserError):
    """The user pressed Batal; whatever the job had started is rolled back."""

    def __init__(self) -> None:
        super().__init__("Dibatalkan oleh pengguna. Tidak ada data yang diubah.")
