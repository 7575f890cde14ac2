"""Scrolling: a page on the workspace background, a list in a card, a dialog's form."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget


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


class FormScroll(QScrollArea):
    """The fields of a dialog, scrolling only where the screen is too short for them.

    At 200% on a full-HD screen (960x540 logical pixels) a form of fifteen fields does not
    fit; its buttons stay below the scroll area, always in view. It asks for its content's
    whole size, so on a laptop (and with :func:`~tafel.ui.window_state.keep_on_screen`) the
    dialog opens as tall as its form and nothing scrolls. Its content fills the view and
    gives way down to its minimum before it scrolls (Qt's own resizable scroll area keeps a
    content with wrapped text at its preferred height, and scrolls sooner). It never scrolls
    sideways: it is at least as wide as its content's minimum beside a vertical scroll bar.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)  # sized by _fit
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields, and
        self.setWidget(content)  # QScrollArea scrolls the one with the focus into view
        content.setAutoFillBackground(False)
        self.viewport().setAutoFillBackground(False)
        content.installEventFilter(self)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def _least_height(self, content: QWidget, width: int) -> int:
        """The content's least height at ``width``: wrapped text as tall as it needs there.

        A box layout's minimum height for a width is its preferred one; what can give way
        (a signature pad, a list) is the difference between preferred and minimum.
        """
        least = content.minimumSizeHint().height()
        layout = content.layout()
        if layout is None or not layout.hasHeightForWidth():
            return least
        slack = max(0, content.sizeHint().height() - least)
        return max(least, layout.totalHeightForWidth(width) - slack)

    def _fit(self) -> None:
        content = self.widget()
        if content is None:
            return
        view = self.viewport().size()
        width = max(view.width(), content.minimumSizeHint().width())
        height = view.height()
        if self._least_height(content, width) > height:  # it scrolls: nothing squeezed
            layout = content.layout()
            height = max(content.sizeHint().height(), layout.totalHeightForWidth(width)
                         if layout is not None and layout.hasHeightForWidth() else 0)
        size = QSize(width, height)
        if content.size() != size:
            content.resize(size)

    def viewportEvent(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:  # Qt override
        """The content's whole size: no scrolling where the screen has room."""
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(max(hint.height(), layout.totalHeightForWidth(hint.width())))
        return hint

    def minimumSizeHint(self) -> QSize:  # Qt override
        """As wide as the content needs beside a scroll bar; a few lines tall."""
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        least = content.minimumSizeHint()
        return QSize(least.width() + self._bar(), min(least.height(), 120))


def scroll_the_fields(layout: QBoxLayout, count: int) -> FormScroll:
    """Move the first ``count`` items of a dialog's ``layout`` into a :class:`FormScroll`.

    For a dialog made in Designer (forms/*.ui): its intro and fields scroll, the error line
    and the buttons below them stay in view. Tab keeps its round; the moved fields now come
    after the buttons in it, so the dialog gives its first field the focus itself.
    """
    fields = QWidget()
    inner = QVBoxLayout(fields)
    inner.setContentsMargins(0, 0, 0, 0)
    if layout.spacing() >= 0:
        inner.setSpacing(layout.spacing())
    for _ in range(count):
        item = layout.takeAt(0)
        if item is None:
            break
        widget, child = item.widget(), item.layout()
        if widget is not None:
            inner.addWidget(widget)
        elif child is not None:
            child.setParent(None)  # type: ignore[call-overload]
            inner.addLayout(child)
    inner.addStretch(1)
    scroll = FormScroll(fields)
    layout.insertWidget(0, scroll, 1)
    return scroll

