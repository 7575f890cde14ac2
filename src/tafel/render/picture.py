"""Vector primitives for a picture that both the screen and the PDF can draw.

Units are points (1/72 inch), the origin is the top-left corner and y grows downwards.
Colours are ``"#rrggbb"`` strings; ``None`` means "no fill" or "no outline". Nothing here
imports Qt or reportlab: a backend only has to draw each primitive as described.

Text widths are estimated with Helvetica's metrics (:func:`text_width`), the font a PDF
uses by default; the layout code relies on that estimate to keep text inside the picture,
and a screen backend squeezes text that its own font would draw wider.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

ANCHORS = ("start", "middle", "end")
SHAPES = ("circle", "diamond", "square")

#: Share of the font size above the baseline (capitals and ascenders) and below it.
ASCENT = 0.78
DESCENT = 0.22


@dataclass(frozen=True)
class Rect:
    """A rectangle with its top-left corner at (x, y); ``radius`` rounds all four corners."""

    x: float
    y: float
    w: float
    h: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 1.0
    radius: float = 0.0


@dataclass(frozen=True)
class Line:
    """A straight line; ``dash`` is on/off lengths in points (butt caps), ``None`` is solid."""

    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 1.0
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Polyline:
    """An open line through ``points``, drawn like :class:`Line`."""

    points: tuple[tuple[float, float], ...]
    color: str
    width: float = 1.0
    dash: tuple[float, ...] | None = None


@dataclass(frozen=True)
class Text:
    """One line of text; ``y`` is the baseline, ``anchor`` says where ``x`` is on the line.

    ``size`` is the font size in points (a sans-serif font: Helvetica in a PDF).
    """

    x: float
    y: float
    text: str
    size: float
    color: str
    bold: bool = False
    anchor: str = "start"

    def __post_init__(self) -> None:
        if self.anchor not in ANCHORS:
            raise ValueError(f"anchor must be one of {ANCHORS}, not {self.anchor!r}")


@dataclass(frozen=True)
class Marker:
    """A symbol centred on (x, y), ``size`` points wide and tall.

    A diamond is a square turned 45 degrees whose corners touch that size. The outline,
    when ``stroke`` is given, is ``stroke_width`` points wide and centred on the edge.
    """

    x: float
    y: float
    shape: str
    size: float
    fill: str | None
    stroke: str | None = None
    stroke_width: float = 1.5

    def __post_init__(self) -> None:
        if self.shape not in SHAPES:
            raise ValueError(f"shape must be one of {SHAPES}, not {self.shape!r}")


Item: TypeAlias = Rect | Line | Polyline | Text | Marker


@dataclass(frozen=True)
class Picture:
    """A picture: its size in points and its items, drawn in order (later ones on top).

    ``description`` is the same information as plain text, for screen readers and as
    alternative text in a PDF.
    """

    width: float
    height: float
    items: tuple[Item, ...]
    description: str = ""

    def of_type(self, kind: type) -> list:
        """The items that are instances of ``kind``, in drawing order."""
        return [item for item in self.items if isinstance(item, kind)]


# Helvetica advance widths (per 1000 units of font size) for ASCII 32..126.
_HELVETICA = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
)
_BOLD_FACTOR = 1.08


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The estimated width in points of ``text`` at ``size`` (Helvetica metrics).

    Characters outside ASCII count as a digit's width, which suits accented letters.
    """
    units = sum(
        _HELVETICA[ord(ch) - 32] if 32 <= ord(ch) <= 126 else 556 for ch in text
    )
    return units * size / 1000 * (_BOLD_FACTOR if bold else 1.0)


def text_bounds(item: Text) -> tuple[float, float, float, float]:
    """The box (left, top, right, bottom) that ``item`` is expected to cover."""
    width = text_width(item.text, item.size, item.bold)
    left = {"start": item.x, "middle": item.x - width / 2, "end": item.x - width}[item.anchor]
    return left, item.y - ASCENT * item.size, left + width, item.y + DESCENT * item.size


def fit_text(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis so it is at most ``max_width`` wide."""
    if text_width(text, size, bold) <= max_width:
        return text
    while text and text_width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def wrap_text(text: str, size: float, max_width: float, bold: bool = False) -> list[str]:
    """``text`` broken at spaces into lines of at most ``max_width`` (long words stay whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size, bold) <= max_width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines
