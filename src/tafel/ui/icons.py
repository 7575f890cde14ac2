"""Logical icon names mapped to qtawesome glyphs, in one place.

Screens ask for ``icon("lock")``, never for a font glyph, so the look can change here alone.
"""

from __future__ import annotations

from functools import cache

import qtawesome
from PySide6.QtGui import QColor, QIcon

ACCENT = "#1f6f78"
MUTED = "#5b6770"
WARNING = "#b25e00"
DANGER = "#b3261e"

ICONS: dict[str, tuple[str, str]] = {
    "app": ("mdi6.table-chair", ACCENT),
    "lock": ("mdi6.lock-outline", ACCENT),
    "unlock": ("mdi6.lock-open-variant-outline", "white"),
    "new-vault": ("mdi6.safe-square-outline", "white"),
    "open-vault": ("mdi6.folder-open-outline", ACCENT),
    "demo": ("mdi6.school-outline", ACCENT),
    "new-case": ("mdi6.account-plus-outline", ACCENT),
    "search": ("mdi6.magnify", MUTED),
    "case": ("mdi6.folder-account-outline", ACCENT),
    "household": ("mdi6.home-heart", ACCENT),
    "network": ("mdi6.account-group-outline", ACCENT),
    "consent": ("mdi6.shield-check-outline", ACCENT),
    "care": ("mdi6.medical-bag", ACCENT),
    "signal": ("mdi6.bell-ring-outline", WARNING),
    "signal-age": ("mdi6.cake-variant-outline", WARNING),
    "signal-care": ("mdi6.calendar-alert", WARNING),
    "close-case": ("mdi6.archive-outline", MUTED),
    "reopen": ("mdi6.folder-refresh-outline", ACCENT),
    "heart": ("mdi6.heart-outline", ACCENT),
    "empty": ("mdi6.folder-search-outline", MUTED),
    "error": ("mdi6.alert-circle-outline", DANGER),
    "person": ("mdi6.account-outline", ACCENT),
}


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """The icon for a logical name; unknown names raise, so a typo fails in tests."""
    glyph, default_color = ICONS[name]
    return qtawesome.icon(glyph, color=QColor(color or default_color))
