"""The app's look: one calm style sheet, readable at the kitchen table.

Large enough type for two people reading one screen, clear focus rings for keyboard use, and
one accent colour. Widgets opt in through object names and the ``role`` property.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from tafel.paths import resource_path
from tafel.ui.icons import ACCENT, DANGER

# The style's own drop-down box drew a square corner over the rounded field, as if cut off.
CHEVRON = resource_path("icons", "chevron-down.svg").as_posix()

STYLE_SHEET = f"""
QWidget {{ font-size: 11pt; color: #1d2327; }}
QMainWindow, QWidget#Workspace, QWidget#FirstRunPage, QWidget#UnlockPage {{ background: #f4f6f6; }}
QFrame#card {{
    background: white; border: 1px solid #dde3e4; border-radius: 14px;
}}
QLabel[role="title"] {{ font-size: 20pt; font-weight: 600; color: #14393d; }}
QLabel[role="subtitle"] {{ font-size: 12pt; color: #4a555c; }}
QLabel[role="section"] {{ font-size: 13pt; font-weight: 600; color: #14393d; padding-top: 6px; }}
QLabel[role="muted"] {{ color: #5b6770; }}
QLabel[role="error"] {{ color: #b3261e; font-weight: 600; }}
QLabel[role="filenotice"] {{
    background: #f4f6f6; color: #4a555c; border-left: 3px solid #b9c4c6; padding: 6px 10px;
}}
QLabel[role="chip"] {{
    background: #fff2df; color: #7a4100; border: 1px solid #f0c48a; border-radius: 10px;
    padding: 3px 10px;
}}
QLabel[role="status"] {{
    background: #e3f1f2; color: #14393d; border-radius: 10px; padding: 3px 10px; font-weight: 600;
}}
QPushButton {{
    background: white; border: 1px solid #b9c4c6; border-radius: 8px; padding: 8px 16px;
}}
QPushButton:hover {{ background: #eef5f5; }}
QPushButton:checked {{ background: #d4ecee; border: 1px solid {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[role="primary"] {{
    background: {ACCENT}; color: white; border: 1px solid {ACCENT}; font-weight: 600;
    padding: 10px 18px;
}}
QPushButton[role="primary"]:hover {{ background: #195c63; }}
QPushButton[role="primary"]:focus {{ border: 2px solid #0d3438; }}
QPushButton[role="primary"]:disabled {{
    background: #c9d2d4; border: 1px solid #c9d2d4; color: #f4f6f6;
}}
QPushButton[role="danger"] {{
    background: #b3261e; color: white; border: 1px solid #b3261e; font-weight: 600;
    padding: 10px 18px;
}}
QPushButton[role="danger"]:focus {{ border: 2px solid #5c100b; }}
QPushButton[role="danger"]:disabled {{
    background: #e6c9c6; border: 1px solid #e6c9c6; color: #fbf3f2;
}}
QPushButton:flat {{ border: none; color: {ACCENT}; background: transparent; }}
QPushButton:flat:focus {{ border: 2px solid {ACCENT}; border-radius: 6px; }}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit {{
    background: white; border: 1px solid #b9c4c6; border-radius: 6px; padding: 6px 8px;
}}
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QPlainTextEdit:focus {{
    border: 2px solid {ACCENT};
}}
QComboBox::drop-down, QDateEdit::drop-down {{
    border: none; width: 26px; subcontrol-origin: padding; subcontrol-position: center right;
}}
QComboBox::down-arrow, QDateEdit::down-arrow {{
    image: url("{CHEVRON}"); width: 12px; height: 12px;
}}
QTableView {{
    background: white; border: 1px solid #dde3e4; border-radius: 8px;
    gridline-color: #eef1f1; selection-background-color: #d4ecee; selection-color: #10292c;
    alternate-background-color: #f8fafa;
}}
QHeaderView::section {{
    background: #eef3f3; border: none; border-bottom: 1px solid #dde3e4; padding: 6px 8px;
    font-weight: 600; color: #33424a;
}}
QMenuBar {{ background: white; color: #1d2327; border-bottom: 1px solid #dde3e4; }}
QMenuBar::item {{ background: transparent; padding: 4px 10px; }}
QMenuBar::item:selected {{ background: #d4ecee; color: #10292c; border-radius: 4px; }}
QMenu {{ background: white; color: #1d2327; border: 1px solid #b9c4c6; }}
QMenu::item:selected {{ background: #d4ecee; color: #10292c; }}
QMenu::item:disabled {{ color: #8a969d; }}
QMenu::separator {{ height: 1px; background: #dde3e4; margin: 4px 8px; }}
QToolTip {{ background: white; color: #1d2327; border: 1px solid #b9c4c6; padding: 4px; }}
QToolBar {{ background: white; border-bottom: 1px solid #dde3e4; spacing: 6px; padding: 4px; }}
QToolButton {{ padding: 6px 10px; border-radius: 6px; }}
QToolButton:hover {{ background: #eef5f5; }}
QStatusBar {{ background: white; border-top: 1px solid #dde3e4; color: #4a555c; }}
QScrollArea {{ border: none; background: transparent; }}
QWidget#Conversation {{ background: #f4f6f6; }}
QWidget#conversationHeader, QWidget#conversationFooter {{
    background: white; border-bottom: 1px solid #dde3e4;
}}
QListWidget#steps {{
    background: white; border: none; border-right: 1px solid #dde3e4; font-size: 12pt;
    padding-top: 8px;
}}
QListWidget#steps::item {{ padding: 10px 12px; }}
QListWidget#steps::item:selected {{ background: #d4ecee; color: #10292c; }}
QLabel[role="ik"] {{ font-size: 14pt; font-style: italic; color: #14393d; }}
QLabel[role="voice"] {{ font-weight: 600; color: #33424a; }}
QLabel[role="fieldcaption"] {{ font-weight: 600; color: #33424a; padding-top: 4px; }}
QLabel[role="domain"] {{ font-weight: 600; font-size: 12pt; }}
QFrame#levels {{ background: #f8fafa; border: 1px solid #dde3e4; border-radius: 8px; }}
QPushButton[role="score"] {{
    padding: 0; border-radius: 6px; background: white; border: 1px solid #b9c4c6;
    font-weight: 600;
}}
QPushButton[role="score"]:checked {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[role="score"][level="1"]:checked {{ background: #b3261e; border-color: #b3261e; }}
QPushButton[role="score"]:disabled {{ color: #b9c4c6; border-color: #e3e8e9; }}
ScorePicker[focused="true"] {{ background: #d4ecee; border-radius: 8px; }}
QFrame#section {{ background: white; border: 1px solid #dde3e4; border-radius: 10px; }}
QWidget#PlanPage {{ background: #f4f6f6; }}
QWidget#planHeader {{ background: white; border-bottom: 1px solid #dde3e4; }}
QPlainTextEdit[role="plantext"] {{ font-size: 14pt; padding: 6px 10px; }}
QPlainTextEdit[role="plantext"][locked="true"] {{ background: #f8fafa; border-style: dashed; }}
QWidget#PlanPage QLineEdit, QWidget#PlanPage QComboBox, QWidget#PlanPage QDateEdit,
QWidget#PlanPage QSpinBox, QWidget#PlanPage QRadioButton {{ font-size: 12pt; }}
QWidget#PlanPage QLabel[role="title"] {{ font-size: 22pt; }}
QLabel[role="parthead"] {{ font-size: 14pt; font-weight: 600; color: #14393d; }}
QLabel[role="sectionhead"] {{ font-size: 17pt; font-weight: 600; color: #14393d; }}
QLabel[role="planintro"] {{ font-size: 12pt; color: #33424a; }}
QLabel[role="authormark"] {{ color: #5b6770; font-style: italic; }}
QLabel[role="targetmeaning"] {{ color: #33424a; font-style: italic; }}
QFrame#plancard {{ background: white; border: 1px solid #dde3e4; border-radius: 10px; }}
QFrame#notShared {{ background: #f3f5f5; border: 1px solid #dde3e4; border-radius: 10px; }}
QFrame#afspraak {{ background: white; border: 1px solid #dde3e4; border-radius: 8px; }}
QFrame#afspraak[conflict="true"] {{ border-left: 5px solid #7f9bd0; }}
QFrame#afspraak[overdue="true"] {{
    background: #fdf0ef; border: 1px solid #e8b4b0; border-left: 5px solid {DANGER};
}}
QLabel[role="overdue"] {{ color: #8c1d18; font-weight: 600; }}
QLabel[role="linetotal"] {{ font-weight: 600; }}
QLabel[role="routetotal"] {{ font-size: 13pt; font-weight: 700; color: #14393d; }}
QLabel[role="costsummary"] {{
    background: #e3f1f2; border-radius: 8px; padding: 10px 14px; font-size: 13pt;
    font-weight: 600; color: #14393d;
}}
QLineEdit[role="invalid"] {{ border: 2px solid {DANGER}; background: #fdf0ef; }}
QFrame#planBanner {{ background: #e3f1f2; border-bottom: 1px solid #b9dadd; }}
QFrame#planBanner[kind="outdated"] {{ background: #fff2df; border-bottom: 1px solid #f0c48a; }}
QLabel[role="bannertext"] {{ font-size: 12pt; font-weight: 600; color: #14393d; }}
QFrame#conflictBanner {{ background: #edf2fb; border-bottom: 1px solid #c9d6ee; }}
QFrame#conflictBanner[inpage="true"] {{ border: 1px solid #c9d6ee; border-radius: 8px; }}
QLabel[role="conflicttext"] {{ font-size: 12pt; font-weight: 600; color: #1f3560; }}
QPushButton[role="conflictmark"] {{
    background: #edf2fb; border: 1px solid #c9d6ee; border-radius: 12px; padding: 3px 12px;
    color: #1f3560; font-weight: 600;
}}
QPushButton[role="conflictmark"]:hover {{ background: #dfe8f8; }}
QPushButton[role="conflictmark"]:focus {{ border: 2px solid #1f3560; }}
QFrame#conflictchoice {{ background: #f8fafa; border: 1px solid #dde3e4; border-radius: 8px; }}
QLabel[role="conflictvalue"] {{ font-size: 13pt; font-weight: 600; color: #14393d; }}
QLabel[role="conflictnow"] {{
    color: #4a555c; background: #eef1f1; border-radius: 9px; padding: 2px 8px; font-size: 10pt;
}}
QLabel[role="conflictstory"] {{ font-size: 12pt; color: #1d2327; }}
QLabel[role="conflictdone"] {{
    background: #e3f1f2; border-radius: 8px; padding: 12px 16px; font-size: 13pt;
    font-weight: 600; color: #14393d;
}}
QFrame#unsavedBanner {{ background: #fff2df; border-bottom: 1px solid #f0c48a; }}
QLabel[role="unsavedtext"] {{ font-size: 12pt; font-weight: 600; color: #7a4100; }}
QLabel[role="unsavedhint"] {{ color: #7a4100; }}
QLabel#planMessage {{ padding: 8px 16px; background: #fdf0ef; }}
QLabel#planMessage[role="notice"] {{ background: #e3f1f2; color: #14393d; font-weight: 600; }}
QFrame#logWarning {{
    background: #fdf0ef; border-bottom: 1px solid #e8b4b0; border-left: 5px solid {DANGER};
}}
QLabel#logWarningText {{ color: #8c1d18; font-size: 12pt; }}
QLabel[role="signedstate"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel[role="outdatedstate"] {{ color: #7a4100; font-weight: 600; }}
"""


def apply_style(app: QApplication, zoom_percent: int = 100) -> None:
    """Set the style sheet, tafel's light palette and the desktop's font size times the zoom.

    The sheet is written for an 11 pt body text; every size in it grows and shrinks with
    the font (see ui/zoom.py), so headings keep their proportion.
    """
    from tafel.ui.theme import apply_light_palette, desktop_point_size

    apply_light_palette(app)
    size = desktop_point_size(app) * zoom_percent / 100
    font = QFont(app.font())
    font.setPointSizeF(size)
    app.setFont(font)
    app.setProperty("tafel_zoom", zoom_percent)
    app.setStyleSheet(scaled_sheet(STYLE_SHEET, size / DESIGN_POINT_SIZE))


DESIGN_POINT_SIZE = 11.0  # the body text STYLE_SHEET is written for
_POINT_SIZE = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def scaled_sheet(sheet: str, factor: float) -> str:
    """``sheet`` with every point size times ``factor`` (to a tenth of a point)."""
    if abs(factor - 1.0) < 1e-6:
        return sheet

    def scale(match: re.Match[str]) -> str:
        return f"{round(float(match.group(1)) * factor, 1):g}pt"

    return _POINT_SIZE.sub(scale, sheet)


def error_label() -> QLabel:
    """The hidden line under a form where its one Dutch sentence about bad input appears."""
    label = QLabel()
    label.setWordWrap(True)
    set_role(label, "error")
    label.hide()
    return label


def set_role(widget, role: str) -> None:  # type: ignore[no-untyped-def]
    """Give a widget a style role and make the style sheet notice."""
    widget.setProperty("role", role)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.ensurePolished()  # first polish reads the role; no QStyle needed from Python
        return
    widget.style().unpolish(widget)
    widget.style().polish(widget)
