"""Charts of the Beranda, painted with QPainter (no chart library needed in the installer):
active people against target per kecamatan, and active people per month."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from jamsostek_desk.domain.money import format_angka

GREEN = QColor("#1f6e43")
LIGHT = QColor("#cfe5d6")
GRID = QColor("#d0d0d0")
TEXT = QColor("#222222")
BULAN = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    target: int | None = None


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().Base)
        self.empty_text = "Belum ada data."

    def _font(self, points: float, bold: bool = False) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(points)
        f.setBold(bold)
        return f


class TargetBarChart(_Chart):
    """Horizontal bars, one row per area: active people (green) over the target (light), with
    "aktif / target (capaian %)" at the end of each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setMinimumSize(QSize(420, 260))

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.update()

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(6, 6, -6, -6)
        if not self.bars:
            p.setPen(TEXT)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        n = len(self.bars)
        row_h = min(26.0, (rect.height() - 18) / n)
        size = max(6.5, min(9.0, row_h * 0.55))
        font = self._font(size)
        fm = QFontMetrics(font)
        p.setFont(font)
        label_w = max(fm.horizontalAdvance(b.label) for b in self.bars) + 8
        value_w = fm.horizontalAdvance("000.000 / 000.000 (100,0 %)") + 6
        plot_w = max(40.0, rect.width() - label_w - value_w)
        top = max(max(b.value, b.target or 0) for b in self.bars) or 1
        y = float(rect.top())
        for b in self.bars:
            bar = QRectF(rect.left() + label_w, y + row_h * 0.15, 0, row_h * 0.7)
            p.setPen(TEXT)
            p.drawText(
                QRectF(rect.left(), y, label_w - 6, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                b.label,
            )
            p.setPen(Qt.PenStyle.NoPen)
            if b.target:
                p.setBrush(LIGHT)
                p.drawRect(bar.adjusted(0, 0, plot_w * b.target / top, 0))
            p.setBrush(GREEN)
            p.drawRect(bar.adjusted(0, 0, plot_w * b.value / top, 0))
            text = format_angka(b.value)
            if b.target:
                pct = f"{b.value * 100 / b.target:.1f}".replace(".", ",")
                text += f" / {format_angka(b.target)} ({pct} %)"
            end = bar.left() + plot_w * max(b.value, b.target or 0) / top + 4
            p.setPen(TEXT)
            p.drawText(
                QRectF(end, y, value_w + 40, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += row_h
        # legend
        y = rect.top() + n * row_h + 4
        p.setPen(Qt.PenStyle.NoPen)
        for i, (color, name) in enumerate(((GREEN, "aktif"), (LIGHT, "target"))):
            x = rect.left() + label_w + i * 80
            p.setBrush(color)
            p.drawRect(QRectF(x, y + 2, 12, 9))
            p.setPen(TEXT)
            p.drawText(QRectF(x + 16, y, 60, 13), Qt.AlignmentFlag.AlignVCenter, name)
            p.setPen(Qt.PenStyle.NoPen)
        p.end()


class TrendChart(_Chart):
    """Active people per month of the year, as columns with their figure above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[int, int]] = []  # (month 1-12, people)
        self.target: int | None = None
        self.setMinimumSize(QSize(300, 150))

    def set_points(self, points: Sequence[tuple[int, int]], target: int | None) -> None:
        self.points, self.target = list(points), target
        self.update()

    def paintEvent(self, _e: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(6, 6, -6, -6)
        if not self.points:
            p.setPen(TEXT)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        font = self._font(7.5)
        p.setFont(font)
        fm = QFontMetrics(font)
        base = rect.bottom() - fm.height() - 2
        top_y = rect.top() + fm.height() + 2
        top = max([n for _m, n in self.points] + [self.target or 0]) or 1
        col_w = rect.width() / 12
        if self.target:
            y = base - (base - top_y) * self.target / top
            p.setPen(QColor("#b85c00"))
            p.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
            p.drawText(
                QRectF(rect.left(), y - fm.height(), rect.width(), fm.height()),
                Qt.AlignmentFlag.AlignRight,
                f"target {format_angka(self.target)}",
            )
        labels = [_short(n) for _m, n in self.points]
        size = 7.5
        while (
            size > 5.5
            and max(QFontMetrics(self._font(size)).horizontalAdvance(t) for t in labels) > col_w - 2
        ):
            size -= 0.5
        small = self._font(size)
        for (m, n), short in zip(self.points, labels, strict=True):
            x = rect.left() + (m - 1) * col_w
            h = (base - top_y) * n / top
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(GREEN)
            p.drawRect(QRectF(x + col_w * 0.18, base - h, col_w * 0.64, h))
            p.setPen(TEXT)
            p.setFont(small)
            p.drawText(
                QRectF(x, base - h - fm.height(), col_w, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                short,
            )
        p.setPen(TEXT)
        p.setFont(font)
        for m in range(1, 13):
            p.drawText(
                QRectF(rect.left() + (m - 1) * col_w, base + 2, col_w, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                BULAN[m - 1],
            )
        p.setPen(GRID)
        p.drawLine(int(rect.left()), int(base), int(rect.right()), int(base))
        p.end()


def _short(n: int) -> str:
    """1.234.567 -> "1,2 jt", 45.600 -> "45,6 rb" (column labels must stay narrow)."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} jt".replace(".", ",")
    if n >= 100_000:
        return f"{n / 1000:.0f} rb"
    if n >= 10_000:
        return f"{n / 1000:.1f} rb".replace(".", ",")
    return format_angka(n)
