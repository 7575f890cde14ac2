"""A pad to sign the toekomstplan on, with a mouse, a pen or a finger.

The strokes are kept as points normalised to the pad (x over its width, y over its height, y
downwards, each 0..1) with a fixed aspect ratio, so the same signature draws the same on a
small laptop screen, a large tablet and the printed page. Pen and touch input are accepted
before Qt turns them into mouse events, so a pen stroke is not drawn twice.

The pad also shows a stored signature read-only (:meth:`SignaturePad.set_strokes`), so the
signing dialog and the plan screens draw signatures the one same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from tafel.brand import BRAND

# Width over height of the signing area; stored with every signature.
DEFAULT_ASPECT = 3.0
# Points closer than this (in pixels) to the previous one add nothing but bytes.
MIN_STEP_PX = 1.0
# Stay below what the plan service accepts (400 strokes, 20 000 points).
MAX_STROKES = 380
MAX_POINTS = 19_000
# Where the line to sign on sits, as a share of the height.
BASELINE = 0.74

Point = tuple[float, float]
Stroke = list[Point]

INK = QColor("#10292c")
LINE = QColor("#9aa7ab")
HINT = QColor("#a7b2b5")
PAPER = QColor("white")
BORDER = QColor("#b9c4c6")
FOCUS = QColor(BRAND)


def stroke_path(points: Sequence[QPointF]) -> QPainterPath:
    """A smooth path through ``points``: quadratic curves via the midpoints between them.

    Drawing straight segments between sampled mouse positions shows corners at speed; curving
    through the midpoints keeps the ink close to the hand without overshooting it.
    """
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:
        return path
    for current, following in pairwise(points[1:]):
        middle = (current + following) / 2.0
        path.quadTo(current, middle)
    path.lineTo(points[-1])
    return path


class SignaturePad(QWidget):
    """Sign here: collects strokes as normalised points and draws them anti-aliased."""

    # Emitted when a stroke starts or ends, and after clear() or set_strokes().
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, verhouding: float = DEFAULT_ASPECT,
                 align_top: bool = False) -> None:
        super().__init__(parent)
        self.verhouding = float(verhouding)
        # Keep the area at the top of a taller widget (in a dialog) instead of centred.
        self.align_top = align_top
        self._strokes: list[Stroke] = []
        self._active: Stroke | None = None
        self._read_only = False
        self._hint = self.tr("Sign here")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(300, 100)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setToolTip(self.tr("Sign with the mouse, a pen or your finger"))

    # -- public API ---------------------------------------------------------------------

    def strokes(self) -> list[list[tuple[float, float]]]:
        """The strokes drawn so far (the one being drawn included), normalised to 0..1."""
        done = [list(s) for s in self._strokes if s]
        if self._active:
            done.append(list(self._active))
        return done

    def clear(self) -> None:
        """Wipe the pad."""
        self._strokes = []
        self._active = None
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        """True while nothing has been drawn."""
        return not any(self._strokes) and not self._active

    def set_strokes(self, strokes: Iterable[Iterable[tuple[float, float]]],
                    verhouding: float | None = None, read_only: bool = True) -> None:
        """Show stored strokes (read-only unless asked otherwise), for example a signature."""
        if verhouding is not None and verhouding > 0:
            self.verhouding = float(verhouding)
            self.updateGeometry()
        self._strokes = [[(_clamp(x), _clamp(y)) for x, y in s] for s in strokes]
        self._strokes = [s for s in self._strokes if s]
        self._active = None
        self.set_read_only(read_only)
        self.update()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """A read-only pad shows strokes and takes no input."""
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
        self.update()

    def is_read_only(self) -> bool:
        """Whether input is ignored."""
        return self._read_only

    def pad_rect(self) -> QRectF:
        """The signing area: the largest rectangle of the pad's aspect, centred in the widget.

        Layouts do not always honour height-for-width, so the widget may be taller or wider
        than the aspect; the area keeps the aspect and sits in the middle (or at the top).
        """
        margin = 2.0
        width = max(1.0, self.width() - 2 * margin)
        height = max(1.0, self.height() - 2 * margin)
        if width / height > self.verhouding:
            width = height * self.verhouding
        else:
            height = width / self.verhouding
        left = (self.width() - width) / 2
        top = margin if self.align_top else (self.height() - height) / 2
        return QRectF(left, top, width, height)

    # -- size ---------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        """The pad keeps its aspect ratio in layouts."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Height that gives the pad its aspect at ``width``."""
        return max(self.minimumHeight(), round(width / self.verhouding))

    def sizeHint(self) -> QSize:
        """Large enough to sign comfortably with a finger."""
        return QSize(720, round(720 / self.verhouding))

    # -- input --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a stroke with the left button."""
        if event.button() == Qt.MouseButton.LeftButton and not self._read_only:
            self._begin(event.position())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Extend the stroke while the left button is held."""
        if self._active is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """End the stroke."""
        if event.button() == Qt.MouseButton.LeftButton and self._active is not None:
            self._extend(event.position())
            self._end()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: handled here and accepted, so Qt does not also send it as a mouse."""
        if self._read_only:
            event.ignore()
            return
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove and self._active is not None:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease and self._active is not None:
            self._extend(event.position())
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        """A finger: the first touch point draws; a second finger is ignored."""
        kind = event.type()
        touch_kinds = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                       QEvent.Type.TouchCancel)
        if kind in touch_kinds and isinstance(event, QTouchEvent):
            if self._read_only:
                return False
            points = event.points()
            position = points[0].position() if points else None
            if kind == QEvent.Type.TouchBegin and position is not None:
                self._begin(position)
            elif kind == QEvent.Type.TouchUpdate and position is not None:
                if self._active is None:
                    self._begin(position)
                else:
                    self._extend(position)
            elif kind == QEvent.Type.TouchEnd:
                if position is not None and self._active is not None:
                    self._extend(position)
                self._end()
            elif kind == QEvent.Type.TouchCancel:
                self._end()
            event.accept()
            return True
        return super().event(event)

    def _begin(self, position: QPointF) -> None:
        if len(self._strokes) >= MAX_STROKES or self._point_count() >= MAX_POINTS:
            return
        self._active = [self._normalise(position)]
        self.update()
        self.changed.emit()

    def _extend(self, position: QPointF) -> None:
        if self._active is None or self._point_count() >= MAX_POINTS:
            return
        point = self._normalise(position)
        last = self._active[-1]
        rect = self.pad_rect()
        step = max(abs(point[0] - last[0]) * rect.width(), abs(point[1] - last[1]) * rect.height())
        if step >= MIN_STEP_PX:
            self._active.append(point)
            self.update()

    def _end(self) -> None:
        if self._active:
            self._strokes.append(self._active)
        self._active = None
        self.update()
        self.changed.emit()

    def _normalise(self, position: QPointF) -> Point:
        rect = self.pad_rect()
        x = (position.x() - rect.left()) / rect.width()
        y = (position.y() - rect.top()) / rect.height()
        return (round(_clamp(x), 4), round(_clamp(y), 4))

    def _point_count(self) -> int:
        return sum(len(s) for s in self._strokes) + len(self._active or [])

    # -- drawing ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paper, a line to sign on, the hint while empty, and the ink."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.pad_rect()
        border = QPen(FOCUS if self.hasFocus() else BORDER, 2 if self.hasFocus() else 1)
        painter.setPen(border)
        painter.setBrush(PAPER)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        if not self._read_only:
            self._paint_guides(painter, rect)
        self._paint_ink(painter, rect)
        painter.end()

    def _paint_guides(self, painter: QPainter, rect: QRectF) -> None:
        left = rect.left() + rect.width() * 0.06
        right = rect.right() - rect.width() * 0.06
        base = rect.top() + rect.height() * BASELINE
        line = QPen(LINE, 1.2)
        painter.setPen(line)
        painter.drawLine(QPointF(left, base), QPointF(right, base))
        font = painter.font()
        font.setPixelSize(max(12, round(rect.height() * 0.09)))
        painter.setFont(font)
        painter.setPen(HINT)
        cross = QRectF(left, base - rect.height() * 0.16, rect.height() * 0.12,
                       rect.height() * 0.14)
        painter.drawText(cross, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "×")
        if self.is_empty():
            below = QRectF(left, base + 4, right - left, rect.bottom() - base - 6)
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self._hint)

    def _paint_ink(self, painter: QPainter, rect: QRectF) -> None:
        width = max(1.6, rect.height() * 0.013)
        pen = QPen(INK, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        strokes = [*self._strokes, *([self._active] if self._active else [])]
        for stroke in strokes:
            points = [QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())
                      for x, y in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
            else:
                painter.drawPath(stroke_path(points))


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value)))
