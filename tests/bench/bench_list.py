"""Benchmark: the participant list and the main window on a large database.

    python tests/bench/bench_list.py [--count 1000000] [--db PATH]

Builds (once, then reuses) a database of synthetic participants in Kabupaten Banjar, then
prints: start-up to a visible main window, first page, search keystrokes, filters, sorting,
scrolling to the end, and the process's peak memory. Not part of the test suite: numbers,
not assertions. Run it on the target machine; the README keeps the latest figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(path: Path, count: int) -> None:
    from jamsostek_desk.services.office import OfficeData, setup_office
    from jamsostek_desk.services.synthetic import insert_generated
    from jamsostek_desk.store.db import open_database

    t = time.perf_counter()
    db = open_database(path)
    ctx = setup_office(
        db,
        OfficeData(jenis="dinas_pmd", wilayah_kode="63.03", nama="Dinas PMD Kabupaten Banjar"),
        "Operator Benchmark",
    )
    insert_generated(ctx, count, seed=7, batch=50_000)
    db.close()
    print(f"built {count:,} participants in {time.perf_counter() - t:.1f} s -> {path}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=ROOT / "tests" / "bench" / "out" / "list-1m.sqlite")
    ap.add_argument(
        "--no-prefetch",
        action="store_true",
        help="skip what the app does after start-up: reading the file into the OS cache",
    )
    args = ap.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build(args.db, args.count)

    # --- start-up to a visible window on this database (what a user waits for) ------------
    t0 = time.perf_counter()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from jamsostek_desk.app import make_app
    from jamsostek_desk.domain.wilayah import load_wilayah
    from jamsostek_desk.services.context import load_context
    from jamsostek_desk.services.peserta_list import PesertaFilter, count, fetch_page
    from jamsostek_desk.store.db import open_database
    from jamsostek_desk.ui.main_window import MainWindow

    t_import = time.perf_counter()
    app = make_app()  # noqa: F841 - the window needs the application object alive
    t_open = time.perf_counter()
    db = open_database(args.db)
    ctx = load_context(db)
    ref = load_wilayah()
    window = MainWindow(ctx, ref)
    window.show()
    QApplication.processEvents()
    t_shown = time.perf_counter()
    model = window.peserta_page.model
    print(
        f"database: {args.db} ({args.db.stat().st_size / 2**20:,.0f} MB), "
        f"{model.rowCount():,} participants"
    )
    print(
        f"start-up to visible window   {ms(t_shown - t0)}  (imports {ms(t_import - t0)}, "
        f"open db + window {ms(t_shown - t_open)})"
    )
    print(
        f"first page visible after db open {ms(t_shown - t_open)}; pages read: "
        f"{model.pages_fetched}"
    )

    # --- what the app does in the background after showing the window --------------------
    if not args.no_prefetch:
        from jamsostek_desk.store.db import prefetch

        t = time.perf_counter()
        n = prefetch(args.db)
        print(
            f"prefetch into the OS cache (background in the app) {ms(time.perf_counter() - t)}"
            f" for {n / 2**20:,.0f} MB"
        )

    # --- search as you type: each keystroke = count + the first visible page -------------
    page = window.peserta_page
    view = page.ui.tableView

    def keystroke(text: str) -> float:
        t = time.perf_counter()
        page.ui.searchEdit.setText(text)
        page.apply_filter()  # what the 60 ms debounce timer calls
        view.viewport().repaint()  # paint the rows the user sees
        QApplication.processEvents()
        return time.perf_counter() - t

    def settle() -> float:
        """Wait for a broad search's exact count (made on a worker thread)."""
        t = time.perf_counter()
        while not model.exact and time.perf_counter() - t < 30:
            QApplication.processEvents()
            time.sleep(0.002)
        return time.perf_counter() - t

    print("search keystrokes (count + first page painted):")
    # Typed one letter at a time, as a user does; each prefix is one keystroke.
    for text in ("siti rahman", "630305", "1000012"):
        times = []
        for i in range(1, len(text) + 1):
            times.append(keystroke(text[:i]))
        worst = max(range(len(times)), key=times.__getitem__)
        print(
            f"  typing {text!r:14} median {ms(statistics.median(times))}, slowest "
            f"{ms(times[worst])} at {text[: worst + 1]!r} -> {model.rowCount():,} rows"
        )
        keystroke("")
    for word in ("s", "si", "a", "6303", "630305"):
        t = keystroke(word)
        shown = model.rowCount()
        exact = settle()
        print(
            f"  single {word!r:14} {ms(t)} (list shows {shown:,} rows at once; exact count "
            f"{model.rowCount():,} after {ms(exact).strip()} more, in the background)"
        )
        keystroke("")

    # --- filters and sorting ----------------------------------------------------------------
    def timed(label: str, fn) -> None:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        fn()
        view.viewport().repaint()
        QApplication.processEvents()
        print(f"{label:38} {ms(time.perf_counter() - t)}  ({model.rowCount():,} rows)")

    combo = page.ui.kecamatanCombo
    timed("filter: one kecamatan", lambda: combo.setCurrentIndex(3))
    timed("filter: + one desa", lambda: page.ui.desaCombo.setCurrentIndex(2))
    timed("filter: reset", page.reset_filters)
    timed(
        "filter: status nonaktif",
        lambda: page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("nonaktif")),
    )
    timed(
        "filter: program JHT",
        lambda: (
            page.reset_filters(),
            page.ui.programCombo.setCurrentIndex(page.ui.programCombo.findData("jht")),
        ),
    )
    page.reset_filters()
    for col, label in ((0, "nama"), (1, "NIK"), (4, "desa"), (10, "KPJ")):
        timed(
            f"sort by {label} descending",
            lambda c=col: view.sortByColumn(c, Qt.SortOrder.DescendingOrder),
        )
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # --- scrolling ----------------------------------------------------------------------------
    before = model.pages_fetched
    t = time.perf_counter()
    view.scrollToBottom()
    view.viewport().repaint()
    QApplication.processEvents()
    print(
        f"{'scroll to the last row':38} {ms(time.perf_counter() - t)}  "
        f"(pages read: {model.pages_fetched - before}, rows cached: "
        f"{len(model._pages) * model.PAGE:,} of {model.rowCount():,})"
    )
    t = time.perf_counter()
    for frac in (0.1, 0.3, 0.5, 0.7, 0.9):
        view.verticalScrollBar().setValue(int(view.verticalScrollBar().maximum() * frac))
        view.viewport().repaint()
        QApplication.processEvents()
    print(f"{'5 jumps of the scroll bar':38} {ms((time.perf_counter() - t) / 5)} each")

    # --- the service calls alone --------------------------------------------------------------
    for label, f in (
        ("count: everything", PesertaFilter()),
        ("count: search 'siti'", PesertaFilter(search="siti")),
    ):
        t = time.perf_counter()
        count(db, f)
        print(f"{label:38} {ms(time.perf_counter() - t)}")
    t = time.perf_counter()
    fetch_page(db, PesertaFilter(), offset=model.rowCount() - 200, limit=200)
    print(f"{'page at the last offset':38} {ms(time.perf_counter() - t)}")
    print(f"peak memory (max RSS)                  {peak_mb():8.0f} MB")
    window.close()
    db.close()


if __name__ == "__main__":
    main()
