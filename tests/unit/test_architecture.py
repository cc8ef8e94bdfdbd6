"""The layering of docs/ARCHITECTURE.md as tests: data flows one way, Qt stays in ui/, no module
reaches into another package's private names, forms stay compiled."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import jamsostek_desk
from jamsostek_desk.ui import compile_forms

PACKAGE = Path(jamsostek_desk.__file__).resolve().parent
ROOT = PACKAGE.parent
LAYERS = ("domain", "store", "services")


def modules_of(layer: str) -> list[Path]:
    found = sorted((PACKAGE / layer).rglob("*.py"))
    assert found, layer
    return found


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path) -> set[str]:
    """Every module name a file imports, anywhere in it (also inside functions)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    return imports_in(path.read_text(encoding="utf-8"), package)


def imports_in(source: str, package: list[str]) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            first = node.args[0]
            if (
                called in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                names.add(first.value)
    return names


def offenders(layer: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    bad: dict[str, list[str]] = {}
    for path in modules_of(layer):
        hits = sorted(
            n for n in imported(path) if any(n == f or n.startswith(f + ".") for f in forbidden)
        )
        if hits:
            bad[str(path.relative_to(ROOT))] = hits
    return bad


def test_import_scanner_sees_every_import_form() -> None:
    source = (
        "import PySide6\n"
        "import PySide6.QtCore as qc\n"
        "from PySide6 import QtWidgets\n"
        "from PySide6.QtGui import QIcon\n"
        "from ..store import db\n"
        "from . import audit\n"
        "def f():\n"
        "    import importlib\n"
        "    importlib.import_module('shiboken6')\n"
    )
    names = imports_in(source, ["jamsostek_desk", "services"])
    assert {"PySide6", "PySide6.QtCore", "PySide6.QtWidgets", "PySide6.QtGui.QIcon"} <= names
    assert "jamsostek_desk.store.db" in names
    assert "jamsostek_desk.services.audit" in names
    assert "shiboken6" in names


@pytest.mark.parametrize("layer", LAYERS)
def test_no_qt_below_the_ui(layer: str) -> None:
    assert offenders(layer, ("PySide6", "shiboken6", "PyQt5", "PyQt6")) == {}


def test_domain_is_pure() -> None:
    assert offenders("domain", ("sqlalchemy", "alembic")) == {}


@pytest.mark.parametrize(
    ("layer", "above"),
    [
        ("domain", ("store", "services", "ui", "app", "cli")),
        ("store", ("services", "ui", "app", "cli")),
        ("services", ("ui", "app", "cli")),
    ],
)
def test_layers_import_only_downwards(layer: str, above: tuple[str, ...]) -> None:
    assert offenders(layer, tuple(f"jamsostek_desk.{a}" for a in above)) == {}


def test_layers_do_not_load_qt_when_imported() -> None:
    """Also at run time: importing every module of the three layers leaves PySide6 unloaded."""
    names = [module_name(p) for layer in LAYERS for p in modules_of(layer)]
    names = [n for n in names if ".migrations." not in n and not n.endswith(".migrations")]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "import jamsostek_desk.ui.compile_forms\n"
        "import jamsostek_desk.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --- private names -----------------------------------------------------------------------------


def package_of(module: str) -> str:
    """The package a module belongs to (a package's ``__init__`` belongs to the package itself)."""
    path = ROOT.joinpath(*module.split("."))
    return module if (path / "__init__.py").is_file() else module.rpartition(".")[0]


def private_imports(source: str, module: str, is_package: bool) -> list[str]:
    """``from X import _name`` in ``source`` (the module ``module``) where X lies in another
    package than ``module``: private names are for their own package only."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            parts = package.split(".")
            base = parts[: len(parts) - (node.level - 1)]
            origin = ".".join(base + ([node.module] if node.module else []))
        else:
            origin = node.module or ""
        if origin.split(".")[0] != "jamsostek_desk" or package_of(origin) == package:
            continue
        found += [
            f"{origin}.{a.name}"
            for a in node.names
            if a.name.startswith("_") and not a.name.startswith("__")
        ]
    return found


def test_private_import_scanner() -> None:
    source = (
        "from jamsostek_desk.services.peserta_list import _conditions\n"
        "from jamsostek_desk.services.xlsx.cells import _ILLEGAL_XML\n"
        "from .style import _secret\n"
        "from jamsostek_desk.services.peserta_list import filtered_source\n"
        "from jamsostek_desk.services import __version__\n"
    )
    found = private_imports(source, "jamsostek_desk.services.xlsx.sheet", is_package=False)
    # the sibling modules of jamsostek_desk.services.xlsx may share private names
    assert found == ["jamsostek_desk.services.peserta_list._conditions"]
    assert private_imports(source, "jamsostek_desk.services.lists.export", False) == [
        "jamsostek_desk.services.peserta_list._conditions",
        "jamsostek_desk.services.xlsx.cells._ILLEGAL_XML",
    ]  # ".style" is jamsostek_desk.services.lists.style here: the same package


def test_no_private_names_imported_from_other_packages() -> None:
    bad = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        hits = private_imports(
            path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py"
        )
        if hits:
            bad[str(path.relative_to(ROOT))] = hits
    assert bad == {}


# --- compiled forms ---------------------------------------------------------------------------

UI_FILES = sorted(compile_forms.FORMS.glob("*.ui"))


def test_forms_folder_is_found() -> None:
    assert compile_forms.FORMS == ROOT / "forms"
    assert UI_FILES, "no .ui files found"


def test_compile_forms_does_not_import_qt_at_import_time() -> None:
    tree = ast.parse(Path(compile_forms.__file__).read_text(encoding="utf-8"))
    top_level = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            top_level.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            top_level.add(node.module or "")
    assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in top_level)


@pytest.mark.parametrize("ui", UI_FILES, ids=lambda p: p.name)
def test_each_form_is_compiled_from_its_current_source(ui: Path) -> None:
    py = compile_forms.compiled_path(ui)
    assert py.is_file(), f"{ui.name} is not compiled: run python -m jamsostek_desk.ui.compile_forms"
    assert py.parent == PACKAGE / "ui" / "forms"
    assert py.name == f"ui_{ui.stem}.py"
    assert compile_forms.recorded_hash(py) == compile_forms.source_hash(ui), (
        f"{ui.name} changed since it was compiled: run python -m jamsostek_desk.ui.compile_forms"
    )


def test_no_compiled_form_without_its_source() -> None:
    compiled = {p.name for p in (PACKAGE / "ui" / "forms").glob("ui_*.py")}
    expected = {compile_forms.compiled_path(ui).name for ui in UI_FILES}
    assert compiled == expected


def test_source_hash_ignores_line_endings(tmp_path: Path) -> None:
    unix = tmp_path / "a.ui"
    dos = tmp_path / "b.ui"
    unix.write_bytes(b"<ui>\n<widget/>\n</ui>\n")
    dos.write_bytes(b"<ui>\r\n<widget/>\r\n</ui>\r\n")
    assert compile_forms.source_hash(unix) == compile_forms.source_hash(dos)
    dos.write_bytes(b"<ui>\r\n<widget name='x'/>\r\n</ui>\r\n")
    assert compile_forms.source_hash(unix) != compile_forms.source_hash(dos)
