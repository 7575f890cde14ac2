"""A QR code painted crisp: black modules on white with the standard quiet zone.

segno makes the matrix (pure Python); Qt paints it. Each module is a whole number of device
pixels and the image is never smoothed, so a phone or webcam reads it from the screen at
the first try, and a projected screen in a casus-overleg keeps sharp edges too.
"""

from __future__ import annotations

from collections.abc import Sequence

import segno
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: The quiet zone around the code, in modules: four is what the QR standard asks for.
QUIET_ZONE = 4
ERROR_LEVEL = "m"  # recovers about 15%: a smudge or a screen reflection


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of ``text``'s QR code, without the quiet zone."""
    code = segno.make(text, error=ERROR_LEVEL, micro=False)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def qr_image(matrix: Sequence[Sequence[bool]], module_px: int) -> QImage:
    """The matrix painted at ``module_px`` pixels a module, with the quiet zone, no smoothing."""
    count = len(matrix) + 2 * QUIET_ZONE
    side = count * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    black = QColor("black")
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect((x + QUIET_ZONE) * module_px, (y + QUIET_ZONE) * module_px,
                                 module_px, module_px, black)
    painter.end()
    return image


class QrCodeLabel(QLabel):
    """Shows the QR code of a text at whole pixels per module, as large as ``max_side`` allows."""

    def __init__(self, max_side: int = 260, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_side = max_side
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        self.text_shown = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        """Encode ``text`` and show it (an empty text shows nothing)."""
        self.text_shown = text
        self.matrix = qr_matrix(text) if text else ()
        if not self.matrix:
            self.clear()
            return
        count = len(self.matrix) + 2 * QUIET_ZONE
        ratio = max(1.0, self.devicePixelRatioF())
        module_px = max(2, int(self._max_side * ratio) // count)
        pixmap = QPixmap.fromImage(qr_image(self.matrix, module_px))
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
        side = round(count * module_px / ratio)
        self.setFixedSize(QSize(side, side))

    def module_px(self) -> int:
        """Device pixels per module as painted (for tests that read the image back)."""
        pixmap = self.pixmap()
        if pixmap.isNull() or not self.matrix:
            return 0
        return pixmap.width() // (len(self.matrix) + 2 * QUIET_ZONE)
