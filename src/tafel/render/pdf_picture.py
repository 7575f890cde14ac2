"""Draw a Qt-free :class:`~tafel.render.picture.Picture` on a reportlab canvas.

This is the paper twin of ``ui/widgets/picture_view.py``: the same primitives drawn the same
way, so the Big 5 picture on paper is the one the family saw on the screen. The picture is in
points with y downwards; the PDF has y upwards, so each point is flipped, never the whole
canvas (a flipped canvas would mirror the text).

Text is set in the embedded DejaVu Sans. The picture's layout assumed Helvetica's widths, and
DejaVu is a little wider, so a word that would run wider is squeezed to the expected width,
exactly as the screen does.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from tafel.render.pdf_styles import FONT, FONT_BOLD, register_fonts
from tafel.render.picture import Line, Marker, Picture, Polyline, Rect, Text, text_width


class PictureFlowable(Flowable):
    """A picture scaled to ``width`` (keeping its proportions), as a Platypus flowable."""

    def __init__(self, picture: Picture, width: float | None = None) -> None:
        super().__init__()
        register_fonts()
        self.picture = picture
        self.scale = (width / picture.width) if width and picture.width > 0 else 1.0
        self.width = picture.width * self.scale
        self.height = picture.height * self.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The picture's size on the page."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw every item in order, later ones on top."""
        draw_picture(self.canv, self.picture, 0.0, 0.0, self.scale)


def draw_picture(canv: Canvas, picture: Picture, x: float, y: float, scale: float = 1.0) -> None:
    """Draw ``picture`` with its bottom-left corner at (x, y) in canvas coordinates."""
    top = y + picture.height * scale

    def px(value: float) -> float:
        return x + value * scale

    def py(value: float) -> float:
        return top - value * scale

    canv.saveState()
    canv.setLineCap(0)
    canv.setLineJoin(1)
    for item in picture.items:
        if isinstance(item, Rect):
            _stroke_fill(canv, item.stroke, item.fill, item.stroke_width * scale)
            left, bottom = px(item.x), py(item.y + item.h)
            w, h = item.w * scale, item.h * scale
            if item.radius > 0:
                canv.roundRect(left, bottom, w, h, item.radius * scale,
                               stroke=int(item.stroke is not None),
                               fill=int(item.fill is not None))
            else:
                canv.rect(left, bottom, w, h, stroke=int(item.stroke is not None),
                          fill=int(item.fill is not None))
        elif isinstance(item, Line):
            _pen(canv, item.color, item.width * scale, item.dash, scale)
            canv.line(px(item.x1), py(item.y1), px(item.x2), py(item.y2))
        elif isinstance(item, Polyline):
            if len(item.points) < 2:
                continue
            _pen(canv, item.color, item.width * scale, item.dash, scale)
            path = canv.beginPath()
            first, *rest = item.points
            path.moveTo(px(first[0]), py(first[1]))
            for point in rest:
                path.lineTo(px(point[0]), py(point[1]))
            canv.drawPath(path, stroke=1, fill=0)
        elif isinstance(item, Text):
            _text(canv, item, px(item.x), py(item.y), scale)
        elif isinstance(item, Marker):
            _marker(canv, item, px(item.x), py(item.y), scale)
    canv.restoreState()


def _stroke_fill(canv: Canvas, stroke: str | None, fill: str | None, width: float) -> None:
    if stroke is not None:
        canv.setStrokeColor(HexColor(stroke))
        canv.setLineWidth(width)
    if fill is not None:
        canv.setFillColor(HexColor(fill))
    canv.setDash()


def _pen(canv: Canvas, color: str, width: float, dash: tuple[float, ...] | None,
         scale: float) -> None:
    canv.setStrokeColor(HexColor(color))
    canv.setLineWidth(width)
    if dash:
        canv.setDash([max(d * scale, 0.01) for d in dash], 0)
    else:
        canv.setDash()


def _text(canv: Canvas, item: Text, x: float, baseline: float, scale: float) -> None:
    font = FONT_BOLD if item.bold else FONT
    size = item.size * scale
    actual = stringWidth(item.text, font, size)
    expected = text_width(item.text, item.size, item.bold) * scale
    squeeze = expected / actual if actual > expected * 1.02 and actual > 0 else 1.0
    width = actual * squeeze
    left = {"start": x, "middle": x - width / 2, "end": x - width}[item.anchor]
    text = canv.beginText()
    text.setFont(font, size)
    text.setFillColor(HexColor(item.color))
    text.setHorizScale(squeeze * 100)
    text.setTextOrigin(left, baseline)
    text.textOut(item.text)
    canv.drawText(text)


def _marker(canv: Canvas, item: Marker, x: float, y: float, scale: float) -> None:
    _stroke_fill(canv, item.stroke, item.fill, item.stroke_width * scale)
    stroke, fill = int(item.stroke is not None), int(item.fill is not None)
    r = item.size * scale / 2
    if item.shape == "circle":
        canv.circle(x, y, r, stroke=stroke, fill=fill)
    elif item.shape == "square":
        canv.rect(x - r, y - r, 2 * r, 2 * r, stroke=stroke, fill=fill)
    else:
        path = canv.beginPath()
        path.moveTo(x, y + r)
        path.lineTo(x + r, y)
        path.lineTo(x, y - r)
        path.lineTo(x - r, y)
        path.close()
        canv.drawPath(path, stroke=stroke, fill=fill)
