"""The command line: sub-commands, exit codes and messages (in-process and as a real process)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import jamsostek_desk
from jamsostek_desk.cli import EXIT_FATAL, EXIT_OK, EXIT_USER, main
from jamsostek_desk.services.context import load_context
from jamsostek_desk.services.office import has_office
from jamsostek_desk.store.db import DB_ENV, open_database

SETUP = [
    "--kind",
    "dinas-pmd",
    "--wilayah",
    "63.03",
    "--name",
    "Dinas PMD Kabupaten Banjar",
    "--operator",
    "Operator Satu",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def info(capsys: pytest.CaptureFixture[str], db: Path, *sign_in: str) -> dict:
    code, out, err = run(capsys, "info", "--db", str(db), "--json", *sign_in)
    assert code == EXIT_OK, err
    return json.loads(out)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"Jamsostek Desk {jamsostek_desk.__version__}"


def test_setup_then_info(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    code, out, err = run(
        capsys, "setup", "--db", str(db), *SETUP, "--kepala-nip", "1970 0101 2000 03 1001"
    )
    assert code == EXIT_OK, err
    assert "Dinas PMD Kabupaten Banjar" in out and "Operator Satu" in out
    assert err == ""
    data = info(capsys, db)
    assert data == {
        "database": str(db.resolve()),
        "kantor": "Dinas PMD Kabupaten Banjar",
        "jenis": "dinas_pmd",
        "wilayah": "63.03",
        "wilayah_nama": "Kabupaten Banjar",
        "operator": "Operator Satu",
        "peran": "admin",
        "peserta": 0,
    }
    code, out, _ = run(capsys, "info", "--db", str(db))
    assert code == EXIT_OK
    assert "Dinas PMD Kabupaten Banjar" in out and "peserta: 0" in out


def test_db_option_before_the_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run(capsys, "--db", str(db), "setup", *SETUP)[0] == EXIT_OK
    assert run(capsys, "--db", str(db), "info", "--json")[0] == EXIT_OK


def test_setup_village_office(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    args = ["--kind", "desa", "--wilayah", "63.03.05.2012", "--name", "Desa Bincau"]
    code, _, err = run(capsys, "setup", "--db", str(db), *args, "--operator", "Ani")
    assert code == EXIT_OK, err
    assert info(capsys, db, "--operator", "ani")["wilayah"] == "63.03.05.2012"


@pytest.mark.parametrize(
    ("changes", "options"),
    [
        ({"--wilayah": "63.03.05.2012"}, ["--wilayah"]),  # a desa for a dinas
        ({"--wilayah": "99.99"}, ["--wilayah"]),
        ({"--name": "  "}, ["--name"]),
        ({"--operator": " "}, ["--operator"]),
        ({"--name": "", "--wilayah": "63"}, ["--name", "--wilayah"]),
        ({"--kepala-nip": "19700101abc"}, ["--kepala-nip"]),
        ({"--kind": "desa"}, ["--wilayah"]),  # a kabupaten code for a village office
    ],
)
def test_setup_bad_input_names_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, changes: dict, options: list[str]
) -> None:
    db = tmp_path / "db.sqlite"
    args = dict(zip(SETUP[::2], SETUP[1::2], strict=True))
    args.update(changes)
    argv = ["setup", "--db", str(db)] + [x for kv in args.items() for x in kv]
    code, out, err = run(capsys, *argv)
    assert code == EXIT_USER
    assert out == ""
    assert err.startswith("Galat: data tidak valid:")
    problem_lines = [line.strip() for line in err.splitlines()[1:]]
    assert sorted(line.split(":", 1)[0] for line in problem_lines) == sorted(options)
    assert all(len(line.split(":", 1)[1].strip()) > 5 for line in problem_lines)
    assert "Traceback" not in err
    check = open_database(db)
    try:
        assert not has_office(check)
    finally:
        check.close()


def test_setup_unknown_kind_is_refused_in_indonesian(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = ["setup", "--db", str(tmp_path / "db.sqlite"), *SETUP, "--kind", "kecamatan"]
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 1  # invalid input, like every other wrong option
    err = capsys.readouterr().err
    assert "--kind" in err and "tidak dikenal" in err
    assert not (tmp_path / "db.sqlite").exists()


def test_setup_twice_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run(capsys, "setup", "--db", str(db), *SETUP)[0] == EXIT_OK
    code, _, err = run(capsys, "setup", "--db", str(db), *SETUP)
    assert code == EXIT_FATAL
    assert "sudah punya kantor" in err


def test_info_without_office(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "info", "--db", str(tmp_path / "kosong.sqlite"), "--json")
    assert code == EXIT_FATAL
    assert out == ""
    assert err.startswith("Galat: ")
    assert "belum punya data kantor" in err
    assert "Traceback" not in err


def test_info_on_a_file_that_is_not_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "catatan.txt"
    bad.write_text("bukan database\n")
    code, _, err = run(capsys, "info", "--db", str(bad))
    assert code == EXIT_FATAL
    assert "rusak atau bukan database" in err
    assert bad.read_text() == "bukan database\n"


def test_demo_data_then_info(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    assert run(capsys, "setup", "--db", str(db), *SETUP)[0] == EXIT_OK
    code, out, err = run(capsys, "demo-data", "--db", str(db), "--count", "50")
    assert code == EXIT_OK, err
    assert "50 peserta sintetis ditambahkan" in out
    assert info(capsys, db)["peserta"] == 50
    assert run(capsys, "demo-data", "--db", str(db), "--count", "7", "--seed", "2")[0] == EXIT_OK
    assert info(capsys, db)["peserta"] == 57


@pytest.mark.parametrize("n", ["0", "-3"])
def test_demo_data_needs_a_positive_count(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, n: str
) -> None:
    db = tmp_path / "db.sqlite"
    assert run(capsys, "setup", "--db", str(db), *SETUP)[0] == EXIT_OK
    code, _, err = run(capsys, "demo-data", "--db", str(db), "--count", n)
    assert code == EXIT_USER
    assert "--count" in err
    assert info(capsys, db)["peserta"] == 0


def test_demo_data_without_office(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "demo-data", "--db", str(tmp_path / "db.sqlite"), "--count", "5")
    assert code == EXIT_FATAL
    assert "belum punya data kantor" in err


def test_demo_data_on_a_locked_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Another program holds a write lock: a message and exit code, never a traceback."""
    monkeypatch.setattr("jamsostek_desk.store.db.BUSY_TIMEOUT_MS", 100)  # not 3 s of waiting
    db = tmp_path / "db.sqlite"
    assert run(capsys, "setup", "--db", str(db), *SETUP)[0] == EXIT_OK
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "demo-data", "--db", str(db), "--count", "5")
    finally:
        con.rollback()
        con.close()
    assert code == EXIT_FATAL
    assert "terkunci" in err


def test_environment_variable_chooses_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "dari-env" / "kantor.sqlite"
    monkeypatch.setenv(DB_ENV, str(db))
    assert run(capsys, "setup", *SETUP)[0] == EXIT_OK
    assert db.is_file()
    code, out, _ = run(capsys, "info", "--json")
    assert code == EXIT_OK
    assert json.loads(out)["database"] == str(db.resolve())
    # --db still wins over the environment.
    other = tmp_path / "lain.sqlite"
    code, _, err = run(capsys, "info", "--db", str(other))
    assert code == EXIT_FATAL and "belum punya data kantor" in err
    opened = open_database(db)
    try:
        assert load_context(opened).kantor_nama == "Dinas PMD Kabupaten Banjar"
    finally:
        opened.close()


# --- as a real process ------------------------------------------------------------------------


def python_m(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != DB_ENV}
    full_env.update(env or {})
    full_env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "jamsostek_desk", *argv],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_module_entry_point_version() -> None:
    done = python_m("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Jamsostek Desk {jamsostek_desk.__version__}"


@pytest.mark.slow
def test_module_entry_point_with_environment_database(tmp_path: Path) -> None:
    db = tmp_path / "proses" / "kantor.sqlite"
    env = {DB_ENV: str(db)}
    done = python_m("info", "--json", env=env)
    assert done.returncode == EXIT_FATAL
    assert "belum punya data kantor" in done.stderr
    assert "Traceback" not in done.stderr
    done = python_m("setup", *SETUP, env=env)
    assert done.returncode == EXIT_OK, done.stderr
    done = python_m("demo-data", "--count", "12", env=env)
    assert done.returncode == EXIT_OK, done.stderr
    done = python_m("info", "--json", env=env)
    assert done.returncode == EXIT_OK, done.stderr
    data = json.loads(done.stdout)
    assert data["peserta"] == 12
    assert data["database"] == str(db.resolve())
    bad = python_m("setup", *SETUP[:-1], " ", "--db", str(tmp_path / "lain.sqlite"))
    assert bad.returncode == EXIT_USER
    assert "--operator:" in bad.stderr
