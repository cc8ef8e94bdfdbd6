"""One place that finds shipped resource files.

Works from a source checkout (``<repo>/resources``), an installed wheel (the build maps
``resources/`` to ``jamsostek_desk/_resources``) and a PyInstaller bundle (``sys._MEIPASS``).
An unknown name fails loudly instead of returning a path that does not exist.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

# Every resource the code may ask for. Adding a file means adding its name here.
KNOWN: frozenset[str] = frozenset(
    {
        "wilayah/wilayah.csv",
        "wilayah/LICENSE-wilayah.txt",
        "icons/app.svg",
        "icons/app.png",
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "kode/pekerjaan_dukcapil.csv",
        "kode/README.md",
    }
)


class ResourceNotFound(LookupError):
    """A resource name is unknown or its file is missing from this installation."""


@cache
def resource_root() -> Path:
    """The folder that holds the shipped resources."""
    here = Path(__file__).resolve().parent
    candidates = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources")
    candidates += [here / "_resources", here.parent / "resources"]
    for c in candidates:
        if (c / "wilayah" / "wilayah.csv").is_file():
            return c
    raise ResourceNotFound(
        "Folder resources aplikasi tidak ditemukan (dicari di: "
        + ", ".join(str(c) for c in candidates)
        + "). Pasang ulang aplikasi."
    )


def resource_path(name: str) -> Path:
    """Path of a shipped resource; raises ResourceNotFound for an unknown or missing name."""
    if name not in KNOWN:
        raise ResourceNotFound(f"Resource tidak dikenal: {name!r}")
    path = resource_root() / name
    if not path.is_file():
        raise ResourceNotFound(f"Berkas resource hilang: {path}. Pasang ulang aplikasi.")
    return path
