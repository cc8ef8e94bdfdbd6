"""Benchmark: which QR version decodes reliably at card size (19 mm on the card).

    python tests/bench/bench_qr_decode.py [--codes 200]

Draws the codes as the card PDF does (services/qrcode.py, 19 mm square) at the resolution a
phone camera or a scanner sees them, softened by a Gaussian blur and speckled by noise (print
and camera), and reads them back with zxing-cpp. Compares the old HMAC payload (61 characters,
version 4-M) with the Ed25519-signed payload (140 characters, version 6-M). Numbers, not
assertions.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from PIL import Image, ImageFilter  # noqa: E402

from jamsostek_desk.domain.qrsign import KIND_CARD, QrPayload, sign  # noqa: E402
from jamsostek_desk.services.qrcode import qr_rows  # noqa: E402

MM = 19.0


def render(text: str, dpi: int, blur: float, noise: float, rng: random.Random) -> Image.Image:
    rows = qr_rows(text)
    n = len(rows)
    side = round(MM / 25.4 * dpi)
    quiet = round(side / n * 4)
    img = Image.new("L", (n, n), 255)
    img.putdata([0 if c == "1" else 255 for row in rows for c in row])
    img = img.resize((side, side), Image.Resampling.NEAREST)
    canvas = Image.new("L", (side + 2 * quiet, side + 2 * quiet), 255)
    canvas.paste(img, (quiet, quiet))
    if blur:
        canvas = canvas.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        px = canvas.load()
        w, h = canvas.size
        for _ in range(int(w * h * noise)):
            x, y = rng.randrange(w), rng.randrange(h)
            px[x, y] = 255 - px[x, y]
    return canvas


def main() -> None:
    import zxingcpp

    ap = argparse.ArgumentParser()
    ap.add_argument("--codes", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(7)
    key = Ed25519PrivateKey.generate()
    hmac_key = bytes(range(32))
    payloads = []
    for _ in range(args.codes):
        ref = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        nik = f"630305******{rng.randrange(10000):04d}"
        payloads.append(QrPayload(KIND_CARD, ref, nik, date(2026, 12, rng.randrange(1, 28))))
    kinds = {
        "HMAC (JD1), 61 chars, version 4": [sign(p, hmac_key) for p in payloads],
        "Ed25519 (JD2), 140 chars, version 6": [sign(p, key.sign) for p in payloads],
    }
    print(f"{args.codes} codes each, {MM:.0f} mm square")
    for dpi, blur, noise in ((75, 0.0, 0.0), (100, 0.5, 0.0), (100, 0.8, 0.0), (150, 1.0, 0.0),
                             (150, 1.5, 0.0), (200, 1.5, 0.002), (300, 2.0, 0.002),
                             (300, 3.0, 0.002)):  # fmt: skip
        line = f"{dpi:>4} dpi, blur {blur:3.1f} px, speckle {noise:4.1%}:"
        for label, texts in kinds.items():
            ok = sum(
                [r.text for r in zxingcpp.read_barcodes(render(t, dpi, blur, noise, rng))] == [t]
                for t in texts
            )
            line += f"   {label.split(',')[0]} {ok}/{len(texts)}"
        print(line)


if __name__ == "__main__":
    main()
