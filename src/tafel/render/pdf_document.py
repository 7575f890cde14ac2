"""One A4 document as tafel prints it: margins, embedded font, one text frame, fixed metadata.

The toekomstplan, the gespreksverslag and the consent overview all start here, so their
pages share one layout and the same document gives the same bytes (``invariant``).
"""

from __future__ import annotations

from typing import IO, Any

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from tafel.render.pdf_styles import (
    FONT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    register_fonts,
)

FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM


def a4_document(buffer: IO[bytes], title: str, author: str, **metadata: Any) -> BaseDocTemplate:
    """A document writing to ``buffer``; ``metadata`` adds e.g. ``subject`` and ``keywords``."""
    register_fonts()
    document = BaseDocTemplate(
        buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author=author, creator="tafel", producer="tafel (reportlab)", invariant=1,
        lang="nl-NL", displayDocTitle=True, initialFontName=FONT, initialFontSize=10, **metadata,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="tekst")
    document.addPageTemplates([PageTemplate(id="pagina", frames=[frame])])
    return document
