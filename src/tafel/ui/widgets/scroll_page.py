"""A page that scrolls vertically, on the workspace background, inside any widget."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_page(owner: QWidget, margins: tuple[int, int, int, int],
                   spacing: int) -> QVBoxLayout:
    """Fill ``owner`` with a scroll area and return the layout of the page inside it."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    outer.addWidget(scroll)
    page = QWidget()
    page.setObjectName("Workspace")
    scroll.setWidget(page)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def white_scroll(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area on white: a long list inside a section card."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    content.setObjectName("whiteScroll")
    content.setStyleSheet("QWidget#whiteScroll { background: white; }")
    scroll.setWidget(content)
    return scroll
