"""PictureView draws the Qt-free picture: right colours in the right places, right size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from tafel.domain.enums import PIJLER_NAMEN, Pijler
from tafel.render.big5_picture import PROFESSIONAL, YOUNG, PillarPoint, big5_picture
from tafel.render.picture import Line, Picture, Rect, Text
from tafel.ui.widgets.picture_view import PictureView, paint_picture

pytestmark = pytest.mark.gui


def points() -> list[PillarPoint]:
    scores = [(4, 2), (2, 5), (3.5, None), (5, 1), (None, 3)]
    return [
        PillarPoint(p, PIJLER_NAMEN[p], pro, young, 2, 2, 4)
        for p, (pro, young) in zip(Pijler, scores, strict=True)
    ]


def close(color: QColor, expected: str, tolerance: int = 12) -> bool:
    """``color`` is within ``tolerance`` of ``expected`` on every channel."""
    want = QColor(expected)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(color.getRgb()[:3], want.getRgb()[:3], strict=True)
    )


def test_bars_are_drawn_in_their_colours(qtbot) -> None:  # type: ignore[no-untyped-def]
    picture = big5_picture(points())
    view = PictureView(picture)
    qtbot.addWidget(view)
    view.resize(640, 280)
    image = view.grab().toImage()
    assert (image.width(), image.height()) == (640, 280)
    bars = [r for r in picture.of_type(Rect) if r.fill in (PROFESSIONAL, YOUNG)]
    assert len(bars) == 8
    for bar in bars:
        # Sample inside each bar, away from the hollow marker on its centre line.
        x = round(bar.x + bar.w * 0.2)
        for y in (round(bar.y + 3), round(bar.y + bar.h - 3)):
            assert close(image.pixelColor(x, y), bar.fill), (bar, image.pixelColor(x, y).name())
    # Where a score is missing there is no bar: Welzijn's young person and Support's pro.
    teal = sorted((r for r in bars if r.fill == PROFESSIONAL), key=lambda r: r.x)
    orange = sorted((r for r in bars if r.fill == YOUNG), key=lambda r: r.x)
    offset = orange[0].x - teal[0].x  # from a teal bar to its orange neighbour
    welzijn_young_x = round(teal[2].x + offset + teal[2].w * 0.15)  # beside the marker
    assert close(image.pixelColor(round(orange[0].x + orange[0].w * 0.15), 240), YOUNG)
    column = [image.pixelColor(welzijn_young_x, y) for y in range(60, 250)]
    assert not any(close(c, YOUNG, 40) for c in column)
    assert orange[-1].x > teal[-1].x  # Support has only the young person's bar


def test_the_picture_scales_with_the_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    picture = big5_picture(points())
    view = PictureView(picture)
    qtbot.addWidget(view)
    assert view.hasHeightForWidth()
    assert view.heightForWidth(640) == 280
    assert view.heightForWidth(1280) == 560
    assert view.heightForWidth(320) == 140
    assert view.sizeHint() == QSize(640, 280)
    assert view.sizePolicy().hasHeightForWidth()
    view.resize(1280, 560)
    image = view.grab().toImage()
    bar = next(r for r in picture.of_type(Rect) if r.fill == PROFESSIONAL)
    assert close(image.pixelColor(round((bar.x + bar.w * 0.2) * 2), round((bar.y + 4) * 2)),
                 PROFESSIONAL)
    # Left of the first bar, at the same height, is not teal.
    assert not close(image.pixelColor(round((bar.x - 3) * 2), round((bar.y + 4) * 2)),
                     PROFESSIONAL, 40)


def test_screen_readers_get_the_scores(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = PictureView(big5_picture(points()), name="De Big 5")
    qtbot.addWidget(view)
    assert view.accessibleName() == "De Big 5"
    assert "Wonen: Professional 4" in view.accessibleDescription()
    assert "Welzijn: Professional 3,5" in view.accessibleDescription()
    plain = Picture(100, 40, (Text(5, 20, "Eén", 10, "#000000"), Text(5, 35, "Twee", 10,
                                                                       "#000000")))
    view.set_picture(plain)
    assert view.accessibleDescription() == "Eén, Twee"
    assert view.heightForWidth(200) == 80


def render(picture: Picture, scale: float = 1.0) -> QImage:
    """``picture`` painted on white."""
    image = QImage(round(picture.width * scale), round(picture.height * scale),
                   QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_picture(painter, picture)
    painter.end()
    return image


def ink_columns(image: QImage, top: int, bottom: int) -> list[int]:
    """The x of every column with a dark pixel between ``top`` and ``bottom``."""
    return [
        x for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(top, bottom))
    ]


@pytest.mark.parametrize("anchor", ["start", "middle", "end"])
def test_text_is_anchored_at_x(qtbot, anchor: str) -> None:  # type: ignore[no-untyped-def]
    image = render(Picture(200, 30, (Text(100, 20, "Wonen 3,5", 12, "#000000", True, anchor),)))
    ink = ink_columns(image, 0, 30)
    assert ink
    if anchor == "start":
        assert 98 <= min(ink) <= 104
    elif anchor == "end":
        assert 96 <= max(ink) <= 101
    else:
        assert abs((min(ink) + max(ink)) / 2 - 100) <= 3
    # The baseline is at y: nothing dark below the descender, letters above it.
    rows = [y for y in range(30) if any(image.pixelColor(x, y).lightness() < 128 for x in ink)]
    assert max(rows) <= 24 and min(rows) >= 8


def test_a_dashed_line_has_gaps(qtbot) -> None:  # type: ignore[no-untyped-def]
    solid = render(Picture(100, 10, (Line(0, 5, 100, 5, "#000000", 2),)))
    dashed = render(Picture(100, 10, (Line(0, 5, 100, 5, "#000000", 2, (4, 4)),)))
    assert len(ink_columns(solid, 0, 10)) >= 99
    assert 40 <= len(ink_columns(dashed, 0, 10)) <= 60
