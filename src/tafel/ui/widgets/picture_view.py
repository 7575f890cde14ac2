"""Draw a Qt-free :class:`~tafel.render.picture.Picture` with a QPainter, and show one.

The picture is built in points; :class:`PictureView` scales it to its width, so the
screen shows the same picture the PDF prints.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from tafel.render.picture import (
    Line,
    Marker,
    Picture,
    Polyline,
    Rect,
    Text,
    text_width,
)

# Sans-serif families close to Helvetica's widths, the metrics the layout assumes.
FONT_FAMILIES = ["Helvetica", "Arial", "Liberation Sans", "Nimbus Sans", "DejaVu Sans"]


def _pen(color: str | None, width: float, dash: tuple[float, ...] | None = None) -> QPen:
    if color is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(color))
    pen.setWidthF(width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        # Qt measures dashes in pen widths; the picture measures them in points.
        pen.setDashPattern([max(d, 0.01) / max(width, 0.01) for d in dash])
    return pen


def _brush(color: str | None) -> QBrush:
    return QBrush(QColor(color)) if color is not None else QBrush(Qt.BrushStyle.NoBrush)


def _draw_text(painter: QPainter, item: Text) -> None:
    pixels = max(1, round(item.size))
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(pixels)
    font.setBold(item.bold)
    font.setKerning(False)
    painter.setFont(font)
    painter.setPen(QColor(item.color))
    zoom = item.size / pixels
    actual = QFontMetricsF(font).horizontalAdvance(item.text) * zoom
    expected = text_width(item.text, item.size, item.bold)
    # A wider screen font would break the layout, so squeeze it to the expected width.
    squeeze = expected / actual if actual > expected * 1.02 and actual > 0 else 1.0
    width = actual * squeeze
    left = {"start": 0.0, "middle": -width / 2, "end": -width}[item.anchor]
    painter.save()
    painter.translate(item.x + left, item.y)
    painter.scale(zoom * squeeze, zoom)
    painter.drawText(QPointF(0, 0), item.text)
    painter.restore()


def _draw_marker(painter: QPainter, item: Marker) -> None:
    painter.setPen(_pen(item.stroke, item.stroke_width))
    painter.setBrush(_brush(item.fill))
    r = item.size / 2
    if item.shape == "circle":
        painter.drawEllipse(QPointF(item.x, item.y), r, r)
    elif item.shape == "square":
        painter.drawRect(QRectF(item.x - r, item.y - r, item.size, item.size))
    else:
        painter.drawPolygon(QPolygonF([
            QPointF(item.x, item.y - r), QPointF(item.x + r, item.y),
            QPointF(item.x, item.y + r), QPointF(item.x - r, item.y),
        ]))


def paint_picture(painter: QPainter, picture: Picture) -> None:
    """Draw every item of ``picture`` in order, in the painter's current coordinates."""
    painter.save()
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
    )
    for item in picture.items:
        if isinstance(item, Rect):
            painter.setPen(_pen(item.stroke, item.stroke_width))
            painter.setBrush(_brush(item.fill))
            rect = QRectF(item.x, item.y, item.w, item.h)
            if item.radius > 0:
                painter.drawRoundedRect(rect, item.radius, item.radius)
            else:
                painter.drawRect(rect)
        elif isinstance(item, Line):
            painter.setPen(_pen(item.color, item.width, item.dash))
            painter.drawLine(QPointF(item.x1, item.y1), QPointF(item.x2, item.y2))
        elif isinstance(item, Polyline):
            painter.setPen(_pen(item.color, item.width, item.dash))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in item.points]))
        elif isinstance(item, Text):
            _draw_text(painter, item)
        elif isinstance(item, Marker):
            _draw_marker(painter, item)
    painter.restore()


def picture_text(picture: Picture) -> str:
    """The picture as text for screen readers: its description, else its words in order."""
    if picture.description:
        return picture.description
    return ", ".join(item.text for item in picture.of_type(Text) if item.text.strip())


class PictureView(QWidget):
    """Shows a picture scaled to the widget's width, keeping its aspect ratio.

    Its height follows its width (``heightForWidth``), and screen readers get the
    picture's scores as text through the accessible description.
    """

    def __init__(
        self, picture: Picture | None = None, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._picture = picture or Picture(1, 1, ())
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        if name:
            self.setAccessibleName(name)
        self.set_picture(self._picture)

    def picture(self) -> Picture:
        """The picture shown."""
        return self._picture

    def set_picture(self, picture: Picture) -> None:
        """Show ``picture`` and describe it for screen readers."""
        self._picture = picture
        self.setAccessibleDescription(picture_text(picture))
        self.updateGeometry()
        self.update()

    def scale(self) -> float:
        """Screen pixels per picture point at the current width."""
        return self.width() / self._picture.width if self._picture.width > 0 else 1.0

    def hasHeightForWidth(self) -> bool:
        """The height follows the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height that shows the whole picture at ``width``."""
        if self._picture.width <= 0:
            return 0
        return math.ceil(width * self._picture.height / self._picture.width)

    def sizeHint(self) -> QSize:
        """The picture at its own size, one pixel per point."""
        return QSize(math.ceil(self._picture.width), math.ceil(self._picture.height))

    def minimumSizeHint(self) -> QSize:
        """Small enough to fit narrow windows; the height follows the width."""
        width = min(320, math.ceil(self._picture.width))
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the picture scaled uniformly to fit, top-left aligned."""
        if not self._picture.items:
            return
        painter = QPainter(self)
        scale = min(self.scale(), self.height() / self._picture.height
                    if self._picture.height > 0 else 1.0)
        painter.scale(scale, scale)
        paint_picture(painter, self._picture)
        painter.end()
