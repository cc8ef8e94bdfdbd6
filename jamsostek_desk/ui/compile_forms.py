"""Compile forms/*.ui into jamsostek_desk/ui/forms/ui_*.py (run after editing a form).

    python -m jamsostek_desk.ui.compile_forms

Each compiled file records the SHA-256 of its .ui source; a test fails when a form was edited
but not compiled again (file times are useless for this: git does not keep them).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
OUT = Path(__file__).resolve().parent / "forms"
MARK = "# source-sha256: "


def source_hash(ui: Path) -> str:
    return hashlib.sha256(ui.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def compiled_path(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def recorded_hash(py: Path) -> str | None:
    for line in py.read_text(encoding="utf-8").splitlines()[:5]:
        if line.startswith(MARK):
            return line[len(MARK) :].strip()
    return None


def _uic() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (here / name).exists():
            return str(here / name)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic tidak ditemukan: pasang PySide6-Essentials.")
    return found


def compile_all() -> list[Path]:
    written = []
    for ui in sorted(FORMS.glob("*.ui")):
        code = subprocess.run(
            [_uic(), "-g", "python", str(ui)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        header = (
            f"# Generated from forms/{ui.name} by jamsostek_desk.ui.compile_forms: do not edit.\n"
            f"{MARK}{source_hash(ui)}\n"
        )
        target = compiled_path(ui)
        target.write_text(header + code, encoding="utf-8", newline="\n")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(ROOT))
