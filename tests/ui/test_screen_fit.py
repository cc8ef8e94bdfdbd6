"""Every window fits a 1366 x 768 laptop with a 40-px taskbar and a title bar, speaks
Indonesian, and shows the highlighted item of a list readably."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from jamsostek_desk.cli import main as cli_main
from jamsostek_desk.services import kartu as kartu_svc
from jamsostek_desk.services.context import AppContext
from jamsostek_desk.ui import dialogs
from jamsostek_desk.ui.main_window import MainWindow

SCREEN_W, SCREEN_H = 1366, 768
TASKBAR, TITLE_BAR = 40, 28
MAX_W, MAX_H = SCREEN_W, SCREEN_H - TASKBAR - TITLE_BAR  # the client area: 1366 x 700


def _windows(w: MainWindow, ctx: AppContext, tmp_path: Path) -> dict[str, Callable[[], QWidget]]:
    """Every top-level window and dialog a clerk can open, by a name for the report."""
    from reportlab.pdfgen import canvas

    from jamsostek_desk.ui.views.nonaktif_dialog import NonaktifDialog
    from jamsostek_desk.ui.views.pdf_preview import PdfPreviewDialog
    from jamsostek_desk.ui.views.setup_dialog import SetupDialog

    pdf = tmp_path / "contoh.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(72, 720, "Contoh")
    c.save()
    pid = w.peserta_page.model.id_at(0)

    def hand_over() -> QWidget:
        kartu_svc.request_cards(ctx, [pid])
        w.kartu_page.reload()
        w.kartu_page.ui.table.selectAll()
        dialog = w.kartu_page.hand_over_selected()
        assert dialog is not None
        return dialog

    def bpjs_import() -> QWidget:
        from openpyxl import Workbook

        from jamsostek_desk.services.lists import bpjs_import as svc
        from jamsostek_desk.services.peserta import get_peserta
        from jamsostek_desk.ui.views.bpjs_import_dialog import BpjsImportDialog

        wb = Workbook()
        ws = wb.active
        ws.append(["NIK", "NOMOR KPJ"])
        ws.append([get_peserta(ctx, pid).nik, "12345678901"])
        wb.save(tmp_path / "hasil.xlsx")
        return BpjsImportDialog(ctx, svc.analyse(ctx, tmp_path / "hasil.xlsx"), w)

    return {
        "jendela utama": lambda: w,
        "formulir peserta baru": lambda: w.peserta_page.open_form(None),
        "formulir peserta": lambda: w.peserta_page.open_form(pid),
        "impor Excel": w.open_import,
        "ekspor BPJS": w.export_for_bpjs,
        "pulihkan cadangan": w.open_restore,
        "bantuan": lambda: w.open_help("panduan"),
        "manfaat": lambda: w.manfaat_page.open_dialog(None),
        "pengaturan cetak": w.manfaat_page.open_settings,
        "verifikasi kode QR": w.kartu_page.open_verify,
        "serahkan kartu": hand_over,
        "pratinjau PDF": lambda: PdfPreviewDialog(pdf, "Contoh", "contoh.pdf", w),
        "nonaktifkan": lambda: NonaktifDialog("Contoh", w),
        "impor hasil BPJS": bpjs_import,
        "pengaturan awal": lambda: SetupDialog(ctx.db, w.ref),
        "daftar panjang": lambda: dialogs.show_list(
            w, "Daftar", "Banyak baris:", ["Keterangan"], [[f"baris {i}"] for i in range(500)]
        ),
    }


def test_every_window_fits_the_laptop_screen(qtbot, window, ctx, tmp_path):
    """Minimum and initial size of every window within 1366 x 700 (768 minus a 40-px taskbar
    and a title bar), so its buttons are never under the taskbar."""
    too_big = []
    for name, open_ in _windows(window, ctx, tmp_path).items():
        w = open_()
        if not w.isVisible():
            w.show()
        qtbot.waitExposed(w)
        minimum = w.minimumSizeHint().expandedTo(w.minimumSize())
        for what, size in (("minimum", minimum), ("awal", w.size())):
            if size.width() > MAX_W or size.height() > MAX_H:
                too_big.append(f"{name}: ukuran {what} {size.width()} x {size.height()}")
        for button in w.findChildren(QPushButton):
            text = button.text().replace("&", "")
            icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
            need = button.fontMetrics().horizontalAdvance(text) + icon + 8
            if button.isVisible() and text and button.width() < need:
                too_big.append(f"{name}: tombol '{text}' terpotong")
        if w is not window:
            w.close()
    assert not too_big


def test_the_form_keeps_its_size_when_messages_appear(qtbot, window):
    form = window.peserta_page.open_form(None)
    qtbot.waitExposed(form)
    before = form.minimumSizeHint().height()
    form.save()  # every required field reported
    assert form.ui.messageLabel.text().count("✖") >= 3
    assert form.ui.messageScroll.isVisible()
    assert form.minimumSizeHint().height() <= max(before, MAX_H)
    assert form.height() <= MAX_H
    form.close()


def test_long_message_list_scrolls_and_saves(qtbot, window, tmp_path):
    rows = [[f"Peserta {i}", f"630305******{i:04d}", "tempat lahir"] for i in range(39)]
    dialog = dialogs.show_list(
        window, "Data belum lengkap", "39 peserta belum lengkap:", ("Nama", "NIK", "Kurang"), rows
    )
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 420 and dialog.maximumHeight() <= MAX_H
    assert dialog.table.rowCount() == 39
    assert dialog.table.verticalScrollBar().maximum() > 0  # the list scrolls, the box does not grow
    saved = dialog.save(str(tmp_path / "kurang"))
    assert saved == tmp_path / "kurang.xlsx"
    from openpyxl import load_workbook

    ws = load_workbook(saved).active
    assert [c.value for c in ws[3]] == ["Nama", "NIK", "Kurang"]
    assert ws.cell(row=4 + 38, column=1).value == "Peserta 38"


def test_a_long_warning_becomes_a_list(qtbot, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    lines = [f"- Peserta {i} (NIK 630305******{i:04d}): tempat lahir" for i in range(39)]
    dialogs.warn(window, "PDF belum bisa dibuat", "39 peserta belum lengkap:\n" + "\n".join(lines))
    assert not shown
    dialog = window.last_list_dialog
    assert dialog.table.rowCount() == 39 and dialog.label.text() == "39 peserta belum lengkap:"
    dialog.close()
    dialogs.warn(window, "Singkat", "Satu baris saja.")
    assert shown == ["Satu baris saja."]
    dialogs.warn(window, "Panjang", "Sebab pertama.\n" + "kata " * 400)  # one long paragraph
    assert len(shown) == 1 and window.last_list_dialog.windowTitle() == "Panjang"
    window.last_list_dialog.close()


# -- Indonesian buttons ---------------------------------------------------------------------


def test_standard_buttons_speak_indonesian(qtbot):
    B = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", B.Yes | B.No | B.Save | B.Cancel)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Ya", "Tidak", "Simpan", "Batal"}
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    assert {b.text().replace("&", "") for b in buttons.buttons()} == {"OK", "Batal"}


def test_ask_sets_indonesian_texts_and_a_safe_default(qtbot, monkeypatch):
    seen = {}

    def run(box: QMessageBox) -> QMessageBox.StandardButton:
        seen["texts"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(dialogs, "_run", run)
    answer = dialogs.ask(None, "Perubahan belum disimpan", "Simpan?", dialogs.SAVE_DISCARD_CANCEL)
    assert answer == QMessageBox.StandardButton.Discard
    assert sorted(seen["texts"]) == ["Batal", "Jangan simpan", "Simpan"]
    assert seen["default"] == "Simpan"
    assert not dialogs.yes(None, "Hapus", "Hapus?")  # "Discard" is not a yes
    assert seen["default"] == "Tidak"


def test_form_labels_survive_the_translation(qtbot, window):
    """Qt's translator answers only Qt's own texts: the forms keep theirs."""
    form = window.peserta_page.open_form(None)
    assert form.ui.namaCaption.text() == "Nama lengkap"
    assert form.ui.saveButton.text() == "Simpan (Ctrl+S)"
    form.close()


# -- readable highlighted items -------------------------------------------------------------


def _luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _text_contrast(image: QImage) -> tuple[QColor, float, int]:
    """Background (the commonest colour), the best text contrast against it, and how many
    pixels reach a contrast of 3 (the strokes of the letters)."""
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = QColor.fromRgb(max(counts, key=lambda k: counts[k]))
    best, strokes = 1.0, 0
    for rgb, n in counts.items():
        ratio = _contrast(QColor.fromRgb(rgb), background)
        best = max(best, ratio)
        if ratio >= 3:
            strokes += n
    return background, best, strokes


def _item_image(view: QAbstractItemView, row: int, col: int = 0) -> QImage:
    rect: QRect = view.visualRect(view.model().index(row, col))
    rect = rect.intersected(view.viewport().rect()).adjusted(1, 1, -1, -1)
    return view.viewport().grab(rect).toImage()


def _select(view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    QApplication.processEvents()


def _check_highlight(view: QAbstractItemView, row: int, other: int) -> None:
    _select(view, row)
    background, contrast, strokes = _text_contrast(_item_image(view, row))
    plain, _c, _s = _text_contrast(_item_image(view, other))
    assert contrast >= 4.5, f"text on {background.name()} has contrast {contrast:.1f}"
    assert strokes >= 20, "no text drawn on the highlighted item"
    assert background != plain, "the highlighted item looks like the others"


def test_highlighted_item_of_a_drop_down_is_readable(qtbot):
    combo = QComboBox()
    combo.addItems(["Kalimantan Selatan", "Kalimantan Tengah", "Kalimantan Timur"])
    combo.resize(300, 30)
    qtbot.addWidget(combo)
    combo.show()
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    _check_highlight(combo.view(), 1, 0)
    combo.hidePopup()


def test_highlighted_item_of_lists_and_tables_is_readable(qtbot):
    lst = QListWidget()
    lst.addItems(["Operator Demo", "Rina Operator", "Budi"])
    table = QTableWidget(3, 2)
    for r in range(3):
        for c in range(2):
            table.setItem(r, c, QTableWidgetItem(f"Isi {r}{c}"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for w in (lst, table):
        qtbot.addWidget(w)
        w.resize(300, 200)
        w.show()
        qtbot.waitExposed(w)
        _check_highlight(w, 1, 2)


def test_sync_conflict_choice_is_readable(qtbot, window):
    """The "Pakai" drop-down of a conflict (a combo in a table cell), opened."""
    window.ui.navList.setCurrentRow(window.ui.pages.indexOf(window.sync_page))
    window._watch.stop()  # no reload of the page while the drop-down is open
    combo = QComboBox()
    combo.addItems(["Data di kantor ini", "Data dari kantor lain"])
    t = window.sync_page.ui.fieldsTable
    t.setRowCount(1)
    t.setCellWidget(0, 3, combo)
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    _check_highlight(combo.view(), 1, 0)
    combo.hidePopup()


# -- real geometry under an X server --------------------------------------------------------

CHILD = r"""
import json, sys, tempfile
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from jamsostek_desk.app import make_app, show_fitting
from jamsostek_desk.domain.wilayah import load_wilayah
from jamsostek_desk.services.demo import ensure_demo
from jamsostek_desk.ui.main_window import MainWindow

app = make_app()
ctx = ensure_demo(Path(sys.argv[1]) / "demo.sqlite", count=40)
window = MainWindow(ctx, load_wilayah())
show_fitting(window, app)
QTest.qWaitForWindowExposed(window)
window.activateWindow()
QTest.qWait(300)
QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # from Beranda
QTest.qWait(300)
form = window.peserta_page._form
opened = {"form": form is not None}
if form is not None:
    QTest.keyClick(form, Qt.Key.Key_Escape)
    QTest.qWait(300)
window.activateWindow()
QTest.qWait(200)
QTest.keyClick(window.peserta_page.ui.tableView, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
QTest.qWait(500)
screen = app.primaryScreen().geometry()
seen = [{"name": "screen", "w": screen.width(), "h": screen.height(), **opened}]
window.peserta_page.open_form(None)
QTest.qWait(300)
for w in app.topLevelWidgets():
    if w.isVisible() and w.isWindow() and w.windowType() != Qt.WindowType.Popup:
        f = w.frameGeometry()
        seen.append({"name": type(w).__name__, "x": f.x(), "y": f.y(), "w": f.width(),
                     "h": f.height()})
from PySide6.QtWidgets import QPushButton
cut = []
for w in app.topLevelWidgets():
    for b in w.findChildren(QPushButton) if w.isVisible() else []:
        text = b.text().replace("&", "")
        icon = 0 if b.icon().isNull() else b.iconSize().width() + 4
        need = b.fontMetrics().horizontalAdvance(text) + icon + 8
        if b.isVisible() and text and b.width() < need:
            cut.append(text)
seen[0]["cut"] = cut
print(json.dumps(seen))
"""


@contextmanager
def _xvfb() -> Iterator[dict[str, str]]:
    """A 1366 x 768 X server of its own (no window manager); yields the environment for a
    Qt application on it."""
    display = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{SCREEN_W}x{SCREEN_H}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path.cwd()), env.get("PYTHONPATH")]))
        yield env
    finally:
        server.terminate()
        server.wait(10)


def _free_display() -> int:
    for n in range(140, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    pytest.fail("no free X display number")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_real_geometry_under_xvfb(tmp_path):
    """The application under a real X server at 1366 x 768: main window, Ctrl+N and Ctrl+I;
    every window's frame within 1366 x 728 and on the screen."""
    with _xvfb() as env:
        run = subprocess.run(
            [sys.executable, "-c", CHILD, str(tmp_path)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert run.returncode == 0, run.stderr[-2000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen[0] == {"name": "screen", "w": SCREEN_W, "h": SCREEN_H, "form": True, "cut": []}
    names = {s["name"] for s in seen[1:]}
    assert {"MainWindow", "ImportWizard", "PesertaFormDialog"} <= names
    for s in seen[1:]:
        assert s["w"] <= SCREEN_W and s["h"] <= SCREEN_H - TASKBAR, s
        assert s["h"] <= MAX_H, s  # room for the title bar a window manager adds
        assert s["x"] >= 0 and s["y"] >= 0 and s["x"] + s["w"] <= SCREEN_W, s


def _x(display: str, *args: str) -> str:
    out = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return out.stdout


def _visible_windows(display: str) -> dict[str, tuple[int, int, int, int]]:
    """Title -> (x, y, width, height) of every visible top-level window, as X reports it."""
    found = {}
    for wid in _x(display, "search", "--onlyvisible", "--name", ".").split():
        name = _x(display, "getwindowname", wid).strip()
        geo = _x(display, "getwindowgeometry", "--shell", wid)
        v = dict(line.split("=", 1) for line in geo.split() if "=" in line)
        if name and "WIDTH" in v:
            found[name] = (int(v["X"]), int(v["Y"]), int(v["WIDTH"]), int(v["HEIGHT"]))
    return found


@pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="Xvfb or xdotool is not installed",
)
def test_the_app_as_started_by_a_clerk_under_xvfb(tmp_path):
    """`jamsostek-desk` itself on a 1366 x 768 X server without a window manager; Ctrl+N and
    Ctrl+I typed as keys on the X display (the focus must be where a clerk expects it)."""
    db = tmp_path / "kantor.sqlite"
    password = tmp_path / "sandi.txt"
    password.write_text("sandi-rina-123", encoding="utf-8")
    sign_in = ["--password-file", str(password)]
    assert (
        cli_main(
            [
                "setup",
                "--db",
                str(db),
                "--kind",
                "dinas-pmd",
                "--wilayah",
                "63.03",
                "--name",
                "Dinas PMD Kabupaten Banjar",
                "--operator",
                "Rina",
                *sign_in,
            ]
        )
        == 0
    )
    demo = ["demo-data", "--db", str(db), "--count", "40", "--operator", "Rina", *sign_in]
    assert cli_main(demo) == 0
    with _xvfb() as env:
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
        env["XDG_DATA_HOME"] = str(tmp_path / "data")
        app = subprocess.Popen(
            [sys.executable, "-m", "jamsostek_desk", "--db", str(db)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            x = env["DISPLAY"]
            # the sign-in screen first: the one operator chosen, the password typed, Enter
            _x(x, "search", "--sync", "--onlyvisible", "--name", "Masuk")
            time.sleep(1)
            seen = dict(_visible_windows(x))
            _x(x, "type", "sandi-rina-123")
            _x(x, "key", "Return")
            _x(x, "search", "--sync", "--onlyvisible", "--name", "Dinas PMD Kabupaten Banjar")
            time.sleep(1)
            seen.update(_visible_windows(x))
            _x(x, "key", "ctrl+n")
            _x(x, "search", "--sync", "--onlyvisible", "--name", "Peserta baru")
            seen.update(_visible_windows(x))
            _x(x, "key", "Escape")
            time.sleep(1)
            _x(x, "key", "ctrl+i")
            _x(x, "search", "--sync", "--onlyvisible", "--name", "Impor daftar peserta")
            seen.update(_visible_windows(x))
        finally:
            app.kill()
            app.wait(10)
    titles = " | ".join(seen)
    assert "Peserta baru" in titles and "Impor daftar peserta" in titles, titles
    for name, (x, y, w, h) in seen.items():
        assert w <= SCREEN_W and h <= MAX_H, (name, w, h)
        assert x >= 0 and y >= 0 and x + w <= SCREEN_W and y + h <= SCREEN_H - TASKBAR, name
