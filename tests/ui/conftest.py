"""Fixtures for the window tests: a real database in tmp_path with synthetic participants."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from jamsostek_desk.domain.wilayah import WilayahRef, load_wilayah
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.services.office import OfficeData, setup_office
from jamsostek_desk.services.synthetic import insert_generated
from jamsostek_desk.store.db import open_database

KABUPATEN = "63.03"


@pytest.fixture
def ref() -> WilayahRef:
    return load_wilayah()


def _office(path: Path) -> AppContext:
    db = open_database(path)
    return setup_office(
        db,
        OfficeData(jenis="dinas_pmd", wilayah_kode=KABUPATEN, nama="Dinas PMD Kabupaten Banjar"),
        operator_nama="Rina Operator",
    )


@pytest.fixture
def empty_ctx(tmp_path: Path) -> Iterator[AppContext]:
    ctx = _office(tmp_path / "kantor.sqlite")
    yield ctx
    ctx.db.close()


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[AppContext]:
    ctx = _office(tmp_path / "kantor.sqlite")
    insert_generated(ctx, 300, seed=11)
    yield ctx
    ctx.db.close()


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A modal question would block an offscreen test forever: answer "Discard" and record it.

    Tests that care about the answer patch QMessageBox.question themselves.
    """
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]) if len(args) > 1 else "")
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    from PySide6.QtWidgets import QInputDialog

    # a password prompt nobody answers: cancelled (tests that type one patch it themselves)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    return asked


@pytest.fixture(autouse=True)
def recovery_codes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The recovery-code dialog is modal: record the code shown and close it."""
    from jamsostek_desk.ui.views.sign_in_dialog import RecoveryCodeDialog

    shown: list[str] = []

    def exec_(self: RecoveryCodeDialog) -> int:
        shown.append(self.code)
        return 1

    monkeypatch.setattr(RecoveryCodeDialog, "exec", exec_)
    return shown


@pytest.fixture(autouse=True)
def _cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at a low cost in tests (the hash records its cost, so checking still works):
    the full cost, 0.2-0.3 s a hash here, would add minutes to the suite."""
    from jamsostek_desk.services import auth

    monkeypatch.setattr(auth, "COST_N", 2**10)
