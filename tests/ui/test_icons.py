"""Icons: every logical name has a glyph in the font, and it paints something visible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from tafel.ui.icons import ICONS, charmap, icon


def test_every_icon_code_point_matches_the_fonts_charmap() -> None:
    glyphs = charmap()
    wrong = [name for name, (glyph, code, _) in ICONS.items() if glyphs.get(glyph) != code]
    assert wrong == []


@pytest.mark.parametrize("name", ["lock", "search", "signal"])
def test_icon_paints_pixels(qapp, name: str) -> None:
    image = icon(name).pixmap(QSize(32, 32)).toImage()
    painted = sum(
        1 for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 0
    )
    assert painted > 20



def test_disabled_icon_is_grey(qapp) -> None:
    normal = icon("error").pixmap(QSize(32, 32)).toImage()
    disabled = icon("error").pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    def reddest(image):
        return max(
            image.pixelColor(x, y).red() - image.pixelColor(x, y).blue()
            for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 200
        )
    assert reddest(normal) > 80
    assert reddest(disabled) < 30


def test_unknown_icon_name_fails(qapp) -> None:
    with pytest.raises(KeyError):
        icon("no-such-icon")
