"""Reading PDFs in tests: text with positions (pypdf), and QR codes from a pdftoppm render."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader


@dataclass(frozen=True)
class Text:
    text: str
    x: float  # page coordinates (points), baseline start
    y: float
    size: float


def page_texts(path: Path, page: int = 0) -> list[Text]:
    """Text drawn directly on a page (not inside reusable forms) with its position."""
    found: list[Text] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            scale = cm[0]
            found.append(
                Text(
                    text.strip(),
                    cm[4] + tm[4] * scale,
                    cm[5] + tm[5] * scale,
                    size * scale,
                )
            )

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return found


def all_text(path: Path) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def decode_qr(path: Path, tmp: Path, page: int = 1, dpi: int = 150) -> list[str]:
    """Texts of every QR code on a page, rendered with pdftoppm and read with zxing-cpp."""
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed to render PDFs in tests")
    import zxingcpp
    from PIL import Image

    prefix = tmp / f"render-{path.stem}-{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(prefix),
        ],
        check=True,
    )
    image = Image.open(f"{prefix}.png")
    return [r.text for r in zxingcpp.read_barcodes(image)]
