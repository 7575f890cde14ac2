"""Logical icon names mapped to glyphs of the Material Design font that qtawesome ships.

Screens ask for ``icon("lock")``, never for a font glyph, so the look can change here alone.

Why not ``qtawesome.icon()`` itself: importing qtawesome pulls in qtpy, which star-imports all
of QtGui, QtWidgets and QtOpenGL and loads a dozen icon fonts with their charmaps; that alone
took longer than a bare PySide6 window needs to start. tafel uses one font, so it loads that
font file from the installed qtawesome package and paints its glyphs with a small icon engine,
the way qtawesome's own ``CharIconEngine`` does (glyph at 7/8 of the icon height, centred).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from tafel.brand import BRAND

ACCENT = BRAND
MUTED = "#5b6770"
WARNING = "#b25e00"
VERIFIED = "#1e7b34"
DANGER = "#b3261e"

FONT_FILE = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP_FILE = "materialdesignicons6-webfont-charmap-6.9.96.json"

# Logical name: (glyph name in the charmap, its code point, colour). The code points are
# copied so start-up need not parse the 7,000-glyph charmap; a test checks them against it.
ICONS: dict[str, tuple[str, int, str]] = {
    "app": ("table-chair", 0xf1061, ACCENT),
    "lock": ("lock-outline", 0xf0341, ACCENT),
    "unlock": ("lock-open-variant-outline", 0xf0fc7, "white"),
    "new-vault": ("safe-square-outline", 0xf127d, "white"),
    "open-vault": ("folder-open-outline", 0xf0dcf, ACCENT),
    "demo": ("school-outline", 0xf1180, ACCENT),
    "new-case": ("account-plus-outline", 0xf0801, ACCENT),
    "search": ("magnify", 0xf0349, MUTED),
    "case": ("folder-account-outline", 0xf0b9c, ACCENT),
    "household": ("home-heart", 0xf0827, ACCENT),
    "network": ("account-group-outline", 0xf0b58, ACCENT),
    "consent": ("shield-check-outline", 0xf0cc8, ACCENT),
    "care": ("medical-bag", 0xf06ef, ACCENT),
    "signal": ("bell-ring-outline", 0xf009f, WARNING),
    "signal-age": ("cake-variant-outline", 0xf17f0, WARNING),
    "signal-care": ("calendar-alert", 0xf0a31, WARNING),
    "close-case": ("archive-outline", 0xf120e, MUTED),
    "reopen": ("folder-refresh-outline", 0xf0542, ACCENT),
    "heart": ("heart-outline", 0xf02d5, ACCENT),
    "referral": ("send-outline", 0xf1165, ACCENT),
    "hand-over": ("account-arrow-right-outline", 0xf0b54, ACCENT),
    "empty": ("folder-search-outline", 0xf0969, MUTED),
    "error": ("alert-circle-outline", 0xf05d6, DANGER),
    "person": ("account-outline", 0xf0013, ACCENT),
    "signal-acute": ("alert-outline", 0xf002a, DANGER),
    "intake": ("table-chair", 0xf1061, ACCENT),
    "quick-scan": ("timer-outline", 0xf051b, ACCENT),
    "chart": ("chart-bar", 0xf0128, ACCENT),
    "timeline": ("chart-timeline-variant", 0xf0e93, ACCENT),
    "young-view": ("account-switch-outline", 0xf04cb, ACCENT),
    "step-done": ("check-circle-outline", 0xf05e1, ACCENT),
    "step-open": ("circle-outline", 0xf0766, MUTED),
    "step-skipped": ("minus-circle-outline", 0xf0377, MUTED),
    "levels": ("help-circle-outline", 0xf0625, ACCENT),
    "previous": ("chevron-left", 0xf0141, ACCENT),
    "next": ("chevron-right", 0xf0142, "white"),
    "finish": ("flag-checkered", 0xf023c, "white"),
    "discard": ("delete-outline", 0xf09e7, MUTED),
    "continue": ("play-circle-outline", 0xf040d, ACCENT),
    "info": ("information-outline", 0xf02fd, ACCENT),
    "unsaved": ("content-save-alert-outline", 0xf0f43, WARNING),
    # toekomstplan
    "plan": ("file-document-edit-outline", 0xf0dc9, ACCENT),
    "perspective": ("bullseye-arrow", 0xf08c9, ACCENT),
    "pillar-wonen": ("home-outline", 0xf06a1, ACCENT),
    "pillar-inkomen": ("cash", 0xf0114, ACCENT),
    "pillar-welzijn": ("heart-pulse", 0xf05f6, ACCENT),
    "pillar-school_werk": ("school-outline", 0xf1180, ACCENT),
    "pillar-support": ("account-heart-outline", 0xf0be3, ACCENT),
    "afspraken": ("handshake-outline", 0xf15a1, ACCENT),
    "doorbraak": ("scale-balance", 0xf05d1, ACCENT),
    "vangnet": ("lifebuoy", 0xf087e, ACCENT),
    "signatures": ("signature-freehand", 0xf0dfc, ACCENT),
    "sign": ("draw", 0xf0f49, ACCENT),
    "print": ("printer-outline", 0xf1786, ACCENT),
    "compare": ("compare-horizontal", 0xf1492, ACCENT),
    "ready-to-sign": ("send-check-outline", 0xf1162, ACCENT),
    "new-version": ("source-branch-plus", 0xf14ca, ACCENT),
    "add": ("plus", 0xf0415, ACCENT),
    "remove": ("close", 0xf0156, MUTED),
    "overdue": ("clock-alert-outline", 0xf05ce, DANGER),
    "signed": ("check-decagram-outline", 0xf1740, ACCENT),
    "outdated": ("alert-outline", 0xf002a, WARNING),
    "to-sign": ("progress-clock", 0xf0996, MUTED),
    "writer-young": ("account-edit-outline", 0xf0ffb, ACCENT),
    "writer-pro": ("account-tie-outline", 0xf10ca, MUTED),
    "evaluation": ("calendar-clock", 0xf00f0, ACCENT),
    "history": ("history", 0xf02da, MUTED),
    # parties and keys
    "parties": ("card-account-details-outline", 0xf0dab, ACCENT),
    "party-verified": ("check-decagram", 0xf0791, VERIFIED),
    "party-unverified": ("alert-outline", 0xf002a, WARNING),
    "save": ("content-save-outline", 0xf0818, ACCENT),
    "import-card": ("file-import-outline", 0xf102f, ACCENT),
    "key": ("key-outline", 0xf0dd6, MUTED),
    "conflict": ("arrow-decision-outline", 0xf09be, ACCENT),
    "choose": ("check", 0xf012c, ACCENT),
    "other-value": ("pencil-outline", 0xf0cb6, ACCENT),
    # bundles between parties
    "bundle-export": ("package-up", 0xf03d5, ACCENT),
    "bundle-import": ("package-down", 0xf03d4, ACCENT),
    "bundle-waiting": ("timer-sand", 0xf051f, WARNING),
    "not-shared": ("eye-off-outline", 0xf06d1, MUTED),
}


def fonts_dir() -> Path:
    """The folder of icon fonts inside the installed qtawesome package (not imported)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _font_family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / FONT_FILE))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"icon font {FONT_FILE} could not be loaded")
    return families[0]


def charmap() -> dict[str, int]:
    """Glyph name to code point, from the font's charmap (for tests and new icons)."""
    raw = json.loads((fonts_dir() / CHARMAP_FILE).read_text(encoding="utf-8"))
    return {name: int(code, 16) for name, code in raw.items()}


class GlyphIconEngine(QIconEngine):
    """Paints one font glyph in one colour; greyed out when the icon is disabled."""

    def __init__(self, char: str, color: QColor) -> None:
        super().__init__()
        self._char = char
        self._color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Draw the glyph centred in ``rect`` at 7/8 of its height."""
        color = self._color
        if mode == QIcon.Mode.Disabled:
            color = QGuiApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        painter.save()
        font = QFont(_font_family())
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """A transparent pixmap of ``size`` with the glyph painted on it."""
        result = QPixmap(size)
        result.fill(Qt.GlobalColor.transparent)
        painter = QPainter(result)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return result

    def clone(self) -> QIconEngine:
        """A copy, as QIcon needs when it detaches."""
        return GlyphIconEngine(self._char, QColor(self._color))


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """The icon for a logical name; unknown names raise, so a typo fails in tests."""
    _glyph, code_point, default_color = ICONS[name]
    return QIcon(GlyphIconEngine(chr(code_point), QColor(color or default_color)))
