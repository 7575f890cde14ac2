"""The page canvas: "pagina x van y" in the footer, and a creation date that never drifts.

Under the footer, in smaller print, the audit log's position when the plan was printed
("Logboek: 1234 regels, kop 3fa2…"), so a paper copy witnesses the vault's log.

Platypus does not know the page count while it lays out, so the canvas keeps each finished
page aside and writes the footers when the document is saved (the usual "numbered canvas").
The PDF's creation date is the version's last change, not the clock, and reportlab runs in
invariant mode (no random ids), so the same plan always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime
from typing import Any

from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tafel.render.pdf_styles import FONT, MARGIN_X, MUTED, PAGE_WIDTH, RULE

FOOTER_Y = 36.0
LOG_LINE_Y = FOOTER_Y - 10.0
LOG_LINE_SIZE = 6.5


def fixed_timestamp(moment: datetime) -> TimeStamp:
    """A reportlab time stamp for ``moment`` (in UTC), used as creation and change date."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    seconds = int(aware.timestamp())
    stamp = TimeStamp(invariant=True)
    lt = time.gmtime(seconds)
    stamp.t = seconds
    stamp.lt = lt
    stamp.YMDhms = tuple(lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def numbered_canvas(footer: str, created: datetime, log_line: str = "") -> type[Canvas]:
    """A canvas class that writes ``footer · pagina x van y`` (and ``log_line``) on every page."""
    stamp = fixed_timestamp(created)

    class PlanCanvas(Canvas):
        """Keeps finished pages until the end, then numbers them."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = stamp
            # The file id is a digest seeded with the time stamp: seed it with ours too, so
            # no SOURCE_DATE_EPOCH or clock leaks into the bytes.
            seed = hashlib.md5(usedforsecurity=False)
            seed.update(b"a reportlab document")
            seed.update(ascii(stamp.t).encode())
            self._doc.signature = seed
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            """Put the finished page aside."""
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            """Write each page with its footer, then the file."""
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, FOOTER_Y + 12, PAGE_WIDTH - MARGIN_X, FOOTER_Y + 12)
            text = f"{footer} · pagina {number} van {total}"
            room = PAGE_WIDTH - 2 * MARGIN_X
            size = min(8.0, 8.0 * room / max(stringWidth(text, FONT, 8.0), 1.0))
            self.setFont(FONT, size)
            self.setFillColor(MUTED)
            self.drawCentredString(PAGE_WIDTH / 2, FOOTER_Y, text)
            if log_line:
                self.setFont(FONT, LOG_LINE_SIZE)
                self.drawCentredString(PAGE_WIDTH / 2, LOG_LINE_Y, log_line)
            self.restoreState()

    return PlanCanvas
