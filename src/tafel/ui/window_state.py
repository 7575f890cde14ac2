"""Where the main window opens: remembered per screen set-up, and always on a screen.

A consulent works on a laptop alone, on the same laptop with a monitor at the office and at
home: each set-up (which screens, where, at what scaling) keeps its own size, place and
maximised state, in the settings file. Saved on close and on every lock (a lock replaces
the process, see ui/restart.py). A place saved on a monitor that is gone, or a size larger
than the screen at 150% scaling, is pulled back onto the screen the window lands on.

The first start fits the screen it opens on: maximised on a small laptop (or any screen at
high scaling), a comfortable centred window on a large one. The placement rules are pure
functions of rectangles, tested without a screen.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from tafel.settings import (
    WINDOW_GEOMETRY_MAX_CHARS,
    WINDOW_KEY_MAX_CHARS,
    WINDOW_PLACES_MAX,
    Settings,
)

if TYPE_CHECKING:
    from tafel.ui.controller import AppController

# Below this available size (logical pixels) a window with margins around it wastes the
# little room there is: 1366x768 at 100%, 1920x1080 at 150% and 2560x1440 at 200% all open
# maximised.
MAXIMISE_BELOW = QSize(1400, 900)
# The comfortable size on a large screen: the layouts are designed for about 1366x768.
COMFORTABLE = QSize(1440, 900)
# The smallest window the layouts are made for; smaller screens lower it (see fitted_minimum).
DESIGN_MINIMUM = QSize(1024, 640)
# Room for the window's title bar and frame, which Qt does not know before the window shows.
FRAME_RESERVE = QSize(16, 40)


@dataclass(frozen=True)
class Placement:
    """The window's client rectangle and whether it opens maximised."""

    rect: QRect
    maximised: bool


def first_placement(available: QRect) -> Placement:
    """The first start: maximised on a small screen, otherwise a comfortable size centred."""
    if available.width() < MAXIMISE_BELOW.width() or available.height() < MAXIMISE_BELOW.height():
        return Placement(clamp_rect(QRect(available.topLeft(), available.size()), available),
                         maximised=True)
    size = COMFORTABLE.boundedTo(QSize(available.width() * 9 // 10,
                                       available.height() * 9 // 10))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return Placement(rect, maximised=False)


def clamp_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` made to fit ``available``, title bar included: smaller where needed, moved in.

    ``rect`` is the client area (as QWidget.geometry()); the frame around it takes
    :data:`FRAME_RESERVE`, the title bar above it.
    """
    room = QSize(max(1, available.width() - FRAME_RESERVE.width()),
                 max(1, available.height() - FRAME_RESERVE.height()))
    size = rect.size().boundedTo(room)
    left_most = available.left() + FRAME_RESERVE.width() // 2
    top_most = available.top() + FRAME_RESERVE.height() - FRAME_RESERVE.width() // 2
    right_most = available.right() - FRAME_RESERVE.width() // 2 - size.width() + 1
    bottom_most = available.bottom() - FRAME_RESERVE.width() // 2 - size.height() + 1
    x = min(max(rect.x(), left_most), max(left_most, right_most))
    y = min(max(rect.y(), top_most), max(top_most, bottom_most))
    return QRect(x, y, size.width(), size.height())


def fitted_minimum(available: QRect, wanted: QSize = DESIGN_MINIMUM) -> QSize:
    """The window's minimum size, never more than the screen has room for.

    At 150% on 1920x1080 the screen has 1280x720 logical pixels, minus a panel or task
    bar: the design minimum of 1024x640 plus a title bar may not fit, and a minimum the
    screen cannot hold pushes the status bar and the lock button off the screen.
    """
    room = QSize(available.width() - FRAME_RESERVE.width(),
                 available.height() - FRAME_RESERVE.height())
    return wanted.boundedTo(room.expandedTo(QSize(480, 360)))


def screen_signature(screens: list[tuple[str, QRect]]) -> str:
    """One key per screen set-up: each screen's name and logical geometry, in a fixed order.

    The logical geometry changes with the scaling, so 100% and 150% on the same monitor
    keep their own places.
    """
    parts = sorted(f"{name}@{r.x()},{r.y()},{r.width()}x{r.height()}" for name, r in screens)
    return ";".join(parts)[:WINDOW_KEY_MAX_CHARS]


def current_signature() -> str:
    """The signature of the screens attached now."""
    return screen_signature([(screen.name(), screen.geometry())
                             for screen in QGuiApplication.screens()])


class WindowPlace(QObject):
    """Restores the main window's place for this screen set-up and saves it on close/lock."""

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.fit_minimum()
        window.installEventFilter(self)

    def saved_geometry(self) -> bytes | None:
        """What was saved for the screens attached now, or None."""
        text = self._settings.window_places.get(current_signature())
        if not text:
            return None
        try:
            return base64.b64decode(text.encode("ascii"), validate=True) or None
        except (ValueError, binascii.Error):
            return None

    def restore(self, handed_over: bytes | None = None) -> None:
        """Before show: the geometry a restart handed over, else the saved one, else a fit."""
        window = self._window
        for data in (handed_over, self.saved_geometry()):
            if data and window.restoreGeometry(QByteArray(data)):
                if not window.isMaximized() and not window.isFullScreen():
                    self._pull_onto_screen()
                return
        placement = first_placement(self._available(None))
        window.setGeometry(placement.rect)
        if placement.maximised:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)

    def save(self) -> None:
        """Remember the place for this screen set-up (quietly: a preference, not work).

        Only a window on the screen has a place: a lock while the window is still being
        built (the first-run page locks) must not overwrite the saved one.
        """
        if not self._window.isVisible():
            return
        text = base64.b64encode(bytes(self._window.saveGeometry().data())).decode("ascii")
        if len(text) > WINDOW_GEOMETRY_MAX_CHARS:
            return
        places = self._settings.window_places
        places.pop(current_signature(), None)
        places[current_signature()] = text  # the newest last; the oldest go first
        while len(places) > WINDOW_PLACES_MAX:
            places.pop(next(iter(places)))
        self._settings.save()

    def fit_minimum(self) -> None:
        """Lower the minimum size on a screen too small for the design minimum."""
        self._window.setMinimumSize(fitted_minimum(self._available(self._window.screen())))

    def _pull_onto_screen(self) -> None:
        window = self._window
        geometry = window.geometry()
        screen = QGuiApplication.screenAt(geometry.center())
        window.setGeometry(clamp_rect(geometry, self._available(screen)))

    @staticmethod
    def _available(screen: QScreen | None) -> QRect:
        screen = screen or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self._window:
            if event.type() == QEvent.Type.Close:
                self.save()
            elif event.type() == QEvent.Type.Show:
                self.fit_minimum()  # the screen it shows on may be smaller than the primary
        return False


class _FitOnShow(QObject):
    """Each time the window shows: no larger than its screen, and wholly on it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # The window is asked for, not kept: a dialog closed and collected by Python may
        # still send an event or two while Qt takes it down.
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) \
                and watched is self.parent():
            # Not resized by its maker: Qt gave it at most two thirds of the screen.
            grow = not watched.testAttribute(Qt.WidgetAttribute.WA_Resized)
            fit_on_screen(watched, grow=grow)
        return False


def fit_on_screen(window: QWidget, available: QRect | None = None, *,
                  grow: bool = False) -> None:
    """Shrink and move a top-level ``window`` so all of it, title bar too, is on its screen.

    ``available`` is the screen's free area; by default that of the screen it is on. With
    ``grow`` the window first takes its whole size hint (Qt's own first size stops at two
    thirds of the screen): a form that scrolls on a small screen opens whole on a laptop.
    """
    if window.isMaximized() or window.isFullScreen():
        return
    if available is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
    window.setMinimumSize(fitted_minimum(available, window.minimumSize()))
    if grow:
        hint = window.sizeHint()
        layout = window.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(layout.totalHeightForWidth(hint.width()))
        window.resize(hint.expandedTo(window.size()))
    fitted = clamp_rect(window.geometry(), available)
    if fitted != window.geometry():
        window.setGeometry(fitted)


def keeps_on_screen(window: QWidget) -> bool:
    """Whether :func:`keep_on_screen` was called for ``window``."""
    return window.findChild(_FitOnShow, "", Qt.FindChildOption.FindDirectChildrenOnly) is not None


def keep_on_screen(window: QWidget) -> None:
    """A dialog made for 1366x768 fits a smaller screen too (1920x1080 at 200%: 960x540).

    Call once, in its constructor; the window is fitted each time it shows. A dialog not
    resized in its constructor opens at its size hint where the screen has room for it.
    """
    _FitOnShow(window)


def install_window_place(window: QMainWindow, controller: AppController) -> WindowPlace:
    """Give the main window its remembered place; :meth:`WindowPlace.restore` before show.

    Saved on close and on every lock, before the lock's restart replaces the process.
    """
    place = WindowPlace(window, controller.settings)
    controller.locked.connect(place.save)
    return place
