"""Signature blocks: the drawn strokes on paper, or an empty line to sign by hand.

A signature typed with the keyboard (for someone who cannot draw on the pad) is the typed name
in a slanted, handwriting-like letter above the line, and under it "Getypt en bevestigd op
<datum>", so the paper never passes it off as drawn.

A stored signature is strokes of (x, y) points normalised to 0..1 (y downwards) on a pad
``verhouding`` times as wide as it is high. On paper the pad is fitted into the box keeping
that proportion, so a signature is never stretched. A signer who has not signed gets the same
block with an empty line, so the printed copy can be signed with a pen at the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from tafel.domain.dates import dutch_date
from tafel.render.pdf_labels import role_text
from tafel.render.pdf_styles import (
    FONT_ITALIC,
    MUTED,
    RULE,
    SIGN_INK,
    SOFT,
    para,
    styles,
    table_commands,
)

Strokes = Sequence[Sequence[tuple[float, float]]]

BOX_HEIGHT = 62.0
PAD = 10.0


@dataclass(frozen=True)
class SignerBlock:
    """One signer on paper: who, as what, and their current signature if they signed."""

    naam: str
    rol: str
    signed: bool = False
    plaats: str = ""
    datum: date | None = None
    lijnen: tuple[tuple[tuple[float, float], ...], ...] = ()
    verhouding: float = 3.0
    getypt: bool = False  # typed with the keyboard and confirmed, not drawn


TYPED_SIZE = 22.0


def typed_mark(datum: date | None) -> str:
    """What paper says under a typed signature."""
    return f"Getypt en bevestigd op {dutch_date(datum, '–')}"


class SignatureBox(Flowable):
    """The area to sign in: the strokes (or the typed name) fitted into it, above a line."""

    def __init__(self, width: float, lijnen: Strokes = (), verhouding: float = 3.0,
                 height: float = BOX_HEIGHT, typed_name: str = "") -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.lijnen = lijnen
        self.verhouding = verhouding
        self.typed_name = typed_name

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """A fixed size: a signature does not flow."""
        return self.width, self.height

    def draw(self) -> None:
        """The strokes, then the line to sign on."""
        canv = self.canv
        canv.saveState()
        line_y = 8.0
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.6)
        canv.line(0, line_y, self.width, line_y)
        if self.typed_name:
            size = TYPED_SIZE
            while size > 9 and stringWidth(self.typed_name, FONT_ITALIC, size) > self.width - 8:
                size -= 1
            canv.setFillColor(SIGN_INK)
            canv.setFont(FONT_ITALIC, size)
            canv.drawString(4, line_y + 6, self.typed_name)
        if self.lijnen:
            left, bottom, w, h = fit_pad(self.width, self.height - line_y + 4, self.verhouding)
            bottom += line_y - 4
            canv.setStrokeColor(SIGN_INK)
            canv.setLineWidth(1.3)
            canv.setLineCap(1)
            canv.setLineJoin(1)
            for stroke in self.lijnen:
                points = [(left + x * w, bottom + h - y * h) for x, y in stroke]
                if len(points) == 1:
                    (x, y), = points
                    canv.setFillColor(SIGN_INK)
                    canv.circle(x, y, 0.8, stroke=0, fill=1)
                    continue
                path = canv.beginPath()
                path.moveTo(*points[0])
                for point in points[1:]:
                    path.lineTo(*point)
                canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()


def fit_pad(box_w: float, box_h: float, verhouding: float) -> tuple[float, float, float, float]:
    """The largest pad of proportion ``verhouding`` (w/h) inside the box, centred: x, y, w, h."""
    ratio = verhouding if verhouding > 0 else 3.0
    w, h = box_w, box_w / ratio
    if h > box_h:
        h, w = box_h, box_h * ratio
    return (box_w - w) / 2, (box_h - h) / 2, w, h


def _cells(block: SignerBlock, width: float) -> list[Flowable]:
    """One signer's four cells: name, role, the signature box, place and date."""
    s = styles()
    if block.signed:
        where = (f"Plaats: {para(block.plaats) or '–'}<br/>"
                 f"Datum: {dutch_date(block.datum, '–')}")
        if block.getypt:
            where = f"<i>{para(typed_mark(block.datum))}</i><br/>{where}"
    else:
        blank = "_" * 24
        where = f"Plaats: {blank}<br/>Datum: {blank}"
    return [
        Paragraph(para(block.naam) or "&nbsp;", s.cell_bold),
        Paragraph(para(role_text(block.rol)) or "&nbsp;", s.muted),
        SignatureBox(width - 2 * PAD, block.lijnen if block.signed else (), block.verhouding,
                     typed_name=block.naam if block.signed and block.getypt else ""),
        Paragraph(where, s.small.clone("where", leading=16)),
    ]


def signature_grid(blocks: Sequence[SignerBlock], width: float) -> list[Flowable]:
    """The blocks two by two; a pair shares its row heights and stays on one page."""
    gap = 16.0
    column = (width - gap) / 2
    rows = []
    for start in range(0, len(blocks), 2):
        pair = list(blocks[start:start + 2])
        left = _cells(pair[0], column)
        right = _cells(pair[1], column) if len(pair) > 1 else [Spacer(0, 0) for _ in range(4)]
        grid = Table([[a, Spacer(0, 0), b] for a, b in zip(left, right, strict=True)],
                     colWidths=[column, gap, column])
        commands = [
            *table_commands(),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (1, 0), (1, -1), 0),
            ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
            ("TOPPADDING", (0, 1), (-1, 1), 0),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 6),
            ("TOPPADDING", (0, 2), (-1, 2), 6),
            ("BOTTOMPADDING", (0, 2), (-1, 2), 0),
            ("TOPPADDING", (0, 3), (-1, 3), 4),
            ("BOTTOMPADDING", (0, 3), (-1, 3), 10),
            ("VALIGN", (0, 2), (-1, 2), "BOTTOM"),
        ]
        for col in range(0, 2 * len(pair), 2):
            commands += [("BOX", (col, 0), (col, -1), 0.6, RULE),
                         ("BACKGROUND", (col, 0), (col, 1), SOFT)]
        grid.setStyle(TableStyle(commands))
        rows.append(KeepTogether([grid, Spacer(1, 12)]))
    return rows
