"""Fonts, colours and paragraph styles of the printed toekomstplan.

The plan is printed in DejaVu Sans, shipped in ``resources/fonts`` and embedded (as a subset)
in every PDF, so ë, é and € print the same on any computer and no reader has to substitute a
font. The standard PDF fonts (Helvetica) are never used: they are not embedded.

The look is calm and warm: generous margins, a body a little above 10 pt (DejaVu is wide, so
it reads like 11 pt), a teal accent taken from the Big 5 picture and a warm cream for the
young person's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Table, TableStyle

from tafel.brand import BRAND
from tafel.paths import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 64.0
MARGIN_TOP = 58.0
MARGIN_BOTTOM = 70.0
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = HexColor("#1d2327")
MUTED = HexColor("#5b6770")
ACCENT = HexColor(BRAND)  # the professional's teal in the Big 5 picture
ACCENT_DARK = HexColor("#184f55")
WARM = HexColor("#c2571a")  # the young person's orange
CREAM = HexColor("#fbf6ee")
CREAM_EDGE = HexColor("#ecdcc4")
SOFT = HexColor("#eef4f4")
RULE = HexColor("#c9d3d5")
LATE = HexColor("#b3261e")
LATE_BACK = HexColor("#fbeceb")
SIGN_INK = HexColor("#1b2a6b")  # ballpoint blue


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (four faces) with reportlab once per process."""
    for name, filename in _FONT_FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FileNotFoundError(f"Het lettertype {filename} ontbreekt in resources/fonts.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


@dataclass(frozen=True)
class Styles:
    """Every paragraph style the plan uses, by what it is for."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    author: ParagraphStyle
    label: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    pillar: ParagraphStyle
    intro: ParagraphStyle
    title: ParagraphStyle
    name: ParagraphStyle
    status: ParagraphStyle
    own_words: ParagraphStyle
    dream: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_late: ParagraphStyle
    code: ParagraphStyle


def _style(name: str, size: float, leading: float, font: str = FONT,
           color: Color = INK, **extra: object) -> ParagraphStyle:
    options: dict[str, object] = {"alignment": TA_LEFT, **extra}
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                          textColor=color, **options)


@cache
def styles() -> Styles:
    """The styles (fonts are registered first)."""
    register_fonts()
    return Styles(
        body=_style("body", 10.5, 15.5, spaceAfter=4),
        small=_style("small", 9, 12.5),
        muted=_style("muted", 9.5, 13.5, color=MUTED),
        author=_style("author", 8.5, 11.5, FONT_ITALIC, MUTED, spaceBefore=1, spaceAfter=2),
        label=_style("label", 9.5, 13, FONT_BOLD, ACCENT_DARK, spaceBefore=8, spaceAfter=2),
        h1=_style("h1", 17, 22, FONT_BOLD, ACCENT_DARK, spaceBefore=16, spaceAfter=8),
        h2=_style("h2", 12.5, 17, FONT_BOLD, INK, spaceBefore=12, spaceAfter=4),
        pillar=_style("pillar", 14, 18, FONT_BOLD, ACCENT_DARK),
        intro=_style("intro", 9.5, 13.5, FONT_ITALIC, MUTED, spaceAfter=6),
        title=_style("title", 32, 38, FONT_BOLD, ACCENT_DARK, spaceAfter=10),
        name=_style("name", 20, 26, FONT, INK, spaceAfter=18),
        status=_style("status", 11, 15, FONT_BOLD, WARM),
        own_words=_style("own_words", 16, 23, FONT, INK),
        dream=_style("dream", 13, 19, FONT_ITALIC, INK),
        cell=_style("cell", 9.5, 13),
        cell_bold=_style("cell_bold", 9.5, 13, FONT_BOLD),
        cell_right=_style("cell_right", 9.5, 13, alignment=2),
        cell_late=_style("cell_late", 9.5, 13, FONT_BOLD, LATE),
        code=_style("code", 8.5, 12, FONT, INK),
    )


def para(text: str) -> str:
    """Plain text made safe for a Paragraph: markup characters escaped, line breaks kept."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.strip().replace("\r\n", "\n").replace("\n", "<br/>")


def table_commands() -> list[tuple[object, ...]]:
    """Commands every table starts with: the embedded font, never reportlab's Helvetica."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]


def ruled_table(data: list[list[object]], fractions: tuple[float, ...]) -> Table:
    """A table with a tinted heading row that repeats on every page and a rule under each row.

    ``fractions``: each column's share of the frame's width.
    """
    table = Table(data, colWidths=[FRAME_WIDTH * f for f in fractions], repeatRows=1)
    table.setStyle(TableStyle([
        *table_commands(),
        ("BACKGROUND", (0, 0), (-1, 0), SOFT),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT_DARK),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table

