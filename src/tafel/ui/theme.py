"""One look in light and dark desktops: tafel keeps its own light palette everywhere.

The style sheet names tafel's colours for most widgets, but Fusion paints the rest (the
menu bar, menus, scroll bars, dialogs of Qt itself) from the application palette, which a
dark desktop makes dark: the sheet's dark text then stood on a dark menu bar, unreadable.
A full dark theme would mean a second colour for every one of about thirty screens with
their own colours, and the paper previews, the signature pad and the charts are white
like paper on purpose; half a dark theme looks broken. So tafel asks Qt for the light
scheme (Qt 6.8+, which also gives a light title bar on Windows) and sets a complete light
palette, so no colour of the desktop's scheme leaks in, now or when the desktop switches.

The font follows the desktop: the size the platform gives the application at start, with
a floor for reading together at the kitchen table (see ui/zoom.py for the zoom on top).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

# Two people read one screen at the kitchen table: never smaller than this, whatever the
# desktop's default (Windows and Qt's own default give 9 pt): the size the layouts are
# designed for. A desktop set to larger text makes tafel larger too.
MIN_POINT_SIZE = 11.0

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f6f6",
    QPalette.ColorRole.WindowText: "#1d2327",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f8fafa",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1d2327",
    QPalette.ColorRole.PlaceholderText: "#6b777f",
    QPalette.ColorRole.Text: "#1d2327",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1d2327",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#eef1f1",
    QPalette.ColorRole.Mid: "#b9c4c6",
    QPalette.ColorRole.Dark: "#8a969d",
    QPalette.ColorRole.Shadow: "#4a555c",
    QPalette.ColorRole.Highlight: "#1f6f77",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1f6f77",
    QPalette.ColorRole.LinkVisited: "#14393d",
    QPalette.ColorRole.Accent: "#1f6f77",
}
_DISABLED_TEXT = "#8a969d"


def light_palette() -> QPalette:
    """tafel's palette, every role set, so nothing of a dark desktop shows through."""
    palette = QPalette()
    for role, colour in _LIGHT.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def apply_light_palette(app: QApplication) -> None:
    """Ask for the light scheme where Qt can (6.8+) and set tafel's palette."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(light_palette())
    QToolTip.setPalette(light_palette())  # tool tips keep a palette of their own


def desktop_point_size(app: QApplication) -> float:
    """The desktop's font size, as the platform gave it at start (kept on the app)."""
    saved = app.property("tafel_desktop_pt")
    if isinstance(saved, float) and saved > 0:
        return saved
    size = app.font().pointSizeF()
    size = max(MIN_POINT_SIZE, size if size > 0 else 11.0)
    app.setProperty("tafel_desktop_pt", size)
    return size

