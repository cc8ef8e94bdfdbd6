"""The wizard's style sheet, kept out of the code that builds the pages."""

from __future__ import annotations

from jamsostek_desk.ui import theme

STYLE = f"""
QLabel#stepsLabel {{ color: #7b8a94; font-size: 13px; }}
QFrame#dropFrame {{ border: 2px dashed #9fb0bb; border-radius: 8px; background: white; }}
QFrame#dropFrame[hover="true"] {{ border: 2px dashed {theme.GREEN}; background: #eef8f2; }}
QLabel#dropLabel {{ font-size: 15px; color: #4a5a66; border: none; }}
QLabel#fileLabel {{ color: {theme.NAVY}; border: none; }}
QLabel[role="error"] {{ color: {theme.ERROR}; background: #fdecec; border: 1px solid #f0b4b4;
    border-radius: 4px; padding: 6px 10px; }}
QLabel[role="ok"] {{ color: #0b5e31; background: #e6f5ec; border: 1px solid #a9d8bb;
    border-radius: 4px; padding: 6px 10px; }}
QLabel[role="info"] {{ color: #3d5566; }}
QListWidget#sheetList::item {{ padding: 5px 6px; }}
QLabel#previousLabel {{ background: #fff1cc; border: 1px solid #e0b84a; border-radius: 4px;
    padding: 8px 10px; color: #5c3d00; font-weight: 600; }}
QLabel#notesLabel {{ background: #eef4f8; border: 1px solid #c9d8e2; border-radius: 4px;
    padding: 6px 10px; color: #22394a; }}
QLabel#detailLabel {{ background: white; border: 1px solid #d3dde3; border-radius: 4px;
    padding: 6px 10px; }}
QLabel[card="true"] {{ border-radius: 6px; padding: 6px 12px; font-size: 12px; }}
QPushButton[primary="true"] {{ background: {theme.GREEN}; color: white; border: 1px solid
    {theme.GREEN_DARK}; font-weight: 600; }}
QPushButton[primary="true"]:hover {{ background: {theme.GREEN_DARK}; }}
QPushButton[primary="true"]:disabled {{ background: #a9c9b6; border: 1px solid #a9c9b6; }}
QLabel#doneLabel {{ background: white; border: 1px solid #a9d8bb; border-left: 5px solid
    {theme.GREEN}; border-radius: 4px; padding: 12px 16px; }}
QLabel#doneNotesLabel {{ background: #eef4f8; border: 1px solid #c9d8e2; border-radius: 4px;
    padding: 6px 10px; color: #22394a; }}
"""
