"""First run, start-up against damaged files, and the installer's self-check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from jamsostek_desk import app as app_module
from jamsostek_desk.services.auth import sign_in
from jamsostek_desk.store.backup import make_backup
from jamsostek_desk.store.db import open_database
from jamsostek_desk.ui.views.setup_dialog import SetupDialog


@pytest.fixture
def dialog(qtbot, tmp_path: Path, ref) -> SetupDialog:
    d = SetupDialog(open_database(tmp_path / "baru.sqlite"), ref)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def choose(combo, code: str) -> None:
    i = combo.findData(code)
    assert i >= 0, code
    combo.setCurrentIndex(i)


def test_setup_for_a_village_office(qtbot, dialog, ref, recovery_codes):
    o = dialog.office.ui
    assert not o.desaEdit.isVisible()
    choose(o.jenisCombo, "desa")
    assert o.desaEdit.isVisible()
    choose(o.provinsiCombo, "63")
    choose(o.kabupatenCombo, "63.03")
    o.desaEdit.setFocus()
    qtbot.keyClicks(o.desaEdit, "sungai tabuk kota")
    o.desaEdit.editingFinished.emit()
    assert dialog.office.desa.code() == "63.03.04.2009"
    assert o.namaEdit.text() == "Pemerintah Desa Sungai Tabuk Kota"  # suggested
    qtbot.keyClicks(dialog.ui.operatorEdit, "nur aisyah")
    qtbot.keyClicks(dialog.passwordEdit, "sandi-admin-1")
    qtbot.keyClicks(dialog.confirmEdit, "sandi-admin-1")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert recovery_codes == [dialog.recovery_code] and len(dialog.recovery_code) == 23
    assert dialog.context is not None and dialog.context.peran == "admin"
    ctx = sign_in(dialog.db, dialog.context.operator_id, "sandi-admin-1")
    assert (ctx.kantor_jenis, ctx.wilayah_kode, ctx.operator_nama) == (
        "desa",
        "63.03.04.2009",
        "Nur Aisyah",
    )
    assert ctx.kabupaten_kode == "63.03"


def test_setup_shows_every_missing_field(qtbot, dialog):
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.context is None
    o = dialog.office.ui
    assert o.kabupatenCombo.property("state") == "error"
    assert dialog.ui.operatorEdit.property("state") == "error"
    text = dialog.ui.errorLabel.text()
    assert "kabupaten" in text.lower() and "operator" in text.lower()


def test_start_offers_the_last_backup_for_a_damaged_database(tmp_path, monkeypatch, qapp):
    path = tmp_path / "kantor.sqlite"
    db = open_database(path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS tanda (x INTEGER)")
        conn.exec_driver_sql("INSERT INTO tanda VALUES (42)")
    db.close()
    make_backup(path, "harian")
    for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        side.unlink(missing_ok=True)
    path.write_bytes(b"this is not a database at all" * 100)

    shown = []

    def fake_exec(box):  # the user chooses "Pulihkan cadangan"
        shown.append(box.text())
        restore = next(b for b in box.buttons() if b.text() == "Pulihkan cadangan")
        box.clickedButton = lambda: restore  # type: ignore[method-assign]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    db = app_module._open_with_repair(path)
    assert db is not None and shown and "rusak" in shown[0]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT x FROM tanda").scalar() == 42
    db.close()
    set_aside = list(tmp_path.glob("kantor-rusak-*.sqlite"))
    assert len(set_aside) == 1 and set_aside[0].read_bytes().startswith(b"this is not")


def test_start_refuses_a_newer_database_with_a_message(tmp_path, monkeypatch, qapp):
    path = tmp_path / "baru.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    messages = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: messages.append(text)
    )
    assert app_module._open_with_repair(path) is None
    assert messages and "versi Jamsostek Desk yang lebih baru" in messages[0]


def test_self_check_opens_and_closes_the_main_window(qapp, capsys):
    assert app_module._self_check(qapp) == 0
    assert "berhasil" in capsys.readouterr().out
