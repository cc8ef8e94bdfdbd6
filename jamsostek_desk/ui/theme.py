"""The look of the application: one style sheet, colours named once.

Views never write a colour themselves: they use these names (``span(ERROR, text)`` for a
coloured piece of a label, ``brush(MUTED)`` for a table cell)."""

from __future__ import annotations

from html import escape

GREEN = "#0b7a3e"
GREEN_DARK = "#075e2f"
NAVY = "#12324a"
ERROR = "#c62828"
WARNING = "#b26a00"
OK = GREEN
MUTED = "#8a969e"  # secondary text: empty cells, hints
INACTIVE = "#a32020"  # a participant who is no longer active
# The highlighted (current or selected) item of every list, table and drop-down: dark text
# on a light green, so the text stays readable in the Fusion style on every platform.
SELECTED_BG = "#cfe9da"
HOVER_BG = "#e6f3eb"
TEXT = "#1b2730"
BADGE_INACTIVE = f"background:#fde7e7; color:{INACTIVE};"
BADGE_ACTIVE = f"background:#e3f4ea; color:{GREEN};"


def span(colour: str, html: str) -> str:
    """A coloured piece of rich text (``html`` is already escaped)."""
    return f"<span style='color:{colour}'>{html}</span>"


def error_html(*messages: str) -> str:
    """Plain-text messages as one red block (escaped, one per line)."""
    return span(ERROR, "<br>".join(escape(m) for m in messages))


STYLE = f"""
QMainWindow, QDialog {{ background: #f6f8f7; }}
QFrame#sidebar {{ background: {NAVY}; }}
QLabel#brandLabel {{ color: white; font-size: 17px; font-weight: 600; padding: 18px 14px 2px 14px; }}
QLabel#officeLabel {{ color: #b9cbd8; font-size: 11px; padding: 0 14px 12px 14px; }}
QLabel#operatorLabel {{ color: #b9cbd8; font-size: 11px; padding: 8px 14px; }}
QListWidget#navList {{ background: transparent; color: #dfe9f0; font-size: 14px; outline: none; }}
QListWidget#navList::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#navList::item:selected {{ background: #1d4766; color: white; border-left: 4px solid #3ccf7a; }}
QListWidget#navList::item:hover:!selected {{ background: #183d58; }}
QLabel#titleLabel {{ font-size: 20px; font-weight: 600; color: {NAVY}; }}
QLabel#countLabel {{ color: #4a5a66; }}
QLineEdit, QComboBox, QPlainTextEdit {{
    border: 1px solid #b8c4cc; border-radius: 4px; padding: 3px 6px; background: white;
    min-height: 18px; selection-background-color: {SELECTED_BG}; selection-color: {TEXT};
}}
QLineEdit:focus, QComboBox:focus {{ border: 1px solid {GREEN}; }}
QLineEdit#searchEdit {{ font-size: 14px; padding: 7px 10px; }}
QLineEdit[state="error"], QComboBox[state="error"] {{ border: 2px solid {ERROR}; background: #fff4f4; }}
QLineEdit[state="warning"], QComboBox[state="warning"] {{ border: 2px solid #e0a100; background: #fffbea; }}
QPushButton {{
    border: 1px solid #9fb0bb; border-radius: 4px; padding: 6px 14px; background: white;
}}
QPushButton:hover {{ background: #eef3f1; }}
QPushButton#saveButton, QPushButton#addButton, QPushButton#syncButton {{
    background: {GREEN}; color: white; border: 1px solid {GREEN_DARK}; font-weight: 600;
}}
/* Not bold: a button becomes the default after its width was measured, and bold text would
   no longer fit ("Simpan perubahan" was cut). */
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QDialogButtonBox QPushButton:default {{
    background: {GREEN}; color: white; border: 1px solid {GREEN_DARK};
}}
QDialogButtonBox QPushButton:default:disabled {{
    background: #a9c9b6; border: 1px solid #a9c9b6; color: #f4f8f6;
}}
QPushButton#saveButton:hover, QPushButton#addButton:hover, QPushButton#syncButton:hover {{ background: {GREEN_DARK}; }}
QPushButton#deleteButton {{ color: {ERROR}; }}
QPushButton#deleteButton:disabled {{ color: {MUTED}; }}
QGroupBox {{
    font-weight: 600; color: {NAVY}; border: 1px solid #d3dde3; border-radius: 6px;
    margin-top: 12px; padding: 8px 8px 6px 8px; background: white;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
QTableView {{ background: white; gridline-color: #e3e9ed; selection-background-color: {SELECTED_BG};
    selection-color: {TEXT}; alternate-background-color: #f7faf9; }}
QComboBox QAbstractItemView, QListView, QListWidget, QTreeView, QTreeWidget {{
    background: white; color: {TEXT}; selection-background-color: {SELECTED_BG};
    selection-color: {TEXT}; outline: none; alternate-background-color: #f2f6f4;
}}
QComboBox QAbstractItemView::item {{ min-height: 22px; padding: 0 4px; }}
QComboBox QAbstractItemView::item:selected, QComboBox QAbstractItemView::item:hover,
QListView::item:selected, QTreeView::item:selected, QTableView::item:selected {{
    background: {SELECTED_BG}; color: {TEXT};
}}
QListView::item:hover:!selected, QTreeView::item:hover:!selected {{ background: {HOVER_BG}; }}
QHeaderView::section {{ background: #eaf0ee; padding: 5px 6px; border: none;
    border-right: 1px solid #d6dfdc; border-bottom: 1px solid #d6dfdc; font-weight: 600; }}
QFrame#undoBar {{ background: #fff6d6; border: 1px solid #ecd58a; border-radius: 4px; }}
QLabel#nikInfoLabel, QLabel#desaInfoLabel {{ color: #3d5566; font-size: 11px; }}
QLabel#statusBadge {{ padding: 3px 10px; border-radius: 10px; font-weight: 600; }}
QLabel#errorLabel {{ color: {ERROR}; }}
"""
