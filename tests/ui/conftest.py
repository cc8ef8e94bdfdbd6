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


@pytest.fixture(scope="session", autouse=True)
def styled_app(qapp):  # type: ignore[no-untyped-def]
    """The test application as the real one: Fusion style, the style sheet, Qt's own texts
    in Indonesian (make_app on pytest-qt's QApplication)."""
    from jamsostek_desk.app import make_app

    return make_app()


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


@pytest.fixture
def window(qtbot, ctx: AppContext, ref: WilayahRef):  # type: ignore[no-untyped-def]
    """The main window on 300 synthetic participants, shown and active."""
    from jamsostek_desk.ui.main_window import MainWindow

    w = MainWindow(ctx, ref)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


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

    from jamsostek_desk.ui import dialogs

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        # ask() builds its own box with Indonesian buttons; in tests it is answered by
        # QMessageBox.question, looked up at call time so a test's own patch of it applies.
        return QMessageBox.question(
            box.parent(), box.windowTitle(), box.text(), box.standardButtons()
        )

    monkeypatch.setattr(dialogs, "_run", answer)

    from PySide6.QtWidgets import QInputDialog

    # a password prompt nobody answers: cancelled (tests that type one patch it themselves)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    return asked


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """QSettings (the last folder used) go to a throw-away folder, never the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


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
