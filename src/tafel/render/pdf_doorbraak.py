"""The doorbraak on paper: what blocks and who decides, the waardendriehoek, and the costs.

The cost comparison shows every sum in full (tarief x aantal x periode = totaal) so anyone at
the table can check it with a calculator, and ends with one sentence comparing the plan with
the threatening route: the Almelo kind of doorbraak, a small gift against a large avoided
cost, has to be visible at a glance.
"""

from __future__ import annotations

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tafel.brand import BRAND
from tafel.domain.plan_content import (
    DOORBRAAK_PARTS,
    WAARDEN,
    Kostenpost,
    KostenRoute,
    PlanContent,
    format_euro,
    format_number,
    kosten_samenvatting,
)
from tafel.domain.plan_parts import DOORBRAAK_NAMES, WAARDEN_NAMES
from tafel.render.pdf_labels import DOORBRAAK_SOORT, ROUTES, WAARDEN_QUESTIONS
from tafel.render.pdf_model import PlanPrint
from tafel.render.pdf_picture import PictureFlowable
from tafel.render.pdf_sections import NOT_FILLED, heading, part
from tafel.render.pdf_styles import (
    ACCENT,
    CREAM,
    FRAME_WIDTH,
    RULE,
    SOFT,
    WARM,
    para,
    styles,
    table_commands,
)
from tafel.render.picture import Picture, Polyline, Text

TRIANGLE_COLOR = BRAND
TRIANGLE_FILL = "#eef4f4"


def doorbraak(plan: PlanPrint) -> list[Flowable]:
    """The whole doorbraak section (only called when the plan has one)."""
    content = plan.content
    s = styles()
    flow: list[Flowable] = [CondPageBreak(330), heading("Doorbraak")]
    flow.append(Paragraph(
        "De doorbraak is de eerste stap naar het perspectief: wat nu in de weg zit, en wat "
        "daarvoor doorbroken moet worden.", s.muted))
    for name in DOORBRAAK_PARTS[:2]:
        flow += _part_or_empty(content, f"doorbraak.{name}", DOORBRAAK_NAMES[name])
    facts = [(DOORBRAAK_NAMES["uitzondering"], _yes_no(content.uitzondering_nodig))]
    if content.doorbraak_soort is not None:
        facts.append((DOORBRAAK_NAMES["soort"], DOORBRAAK_SOORT[content.doorbraak_soort]))
    flow.append(Spacer(1, 4))
    flow.append(_facts(facts))
    for name in DOORBRAAK_PARTS[2:]:
        flow += _part_or_empty(content, f"doorbraak.{name}", DOORBRAAK_NAMES[name])
    flow += waardendriehoek(content)
    flow += costs(content)
    return flow


def _yes_no(value: bool | None) -> str:
    if value is None:
        return "Nog niet bepaald"
    return "Ja, een uitzondering op de regel is nodig" if value else "Nee"


def _facts(facts: list[tuple[str, str]]) -> Table:
    s = styles()
    rows = [[Paragraph(para(k), s.cell_bold), Paragraph(para(v), s.cell)] for k, v in facts]
    table = Table(rows, colWidths=[150, FRAME_WIDTH - 150], hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_commands(),
        ("BACKGROUND", (0, 0), (-1, -1), SOFT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
    ]))
    return table


def _part_or_empty(content: PlanContent, key: str, label: str) -> list[Flowable]:
    if content.text(key):
        return part(content, key, label)
    s = styles()
    title = Paragraph(para(label), s.label)
    title.keepWithNext = True
    return [title, Paragraph(NOT_FILLED, s.muted)]


def triangle_picture(width: float = 230, height: float = 150) -> Picture:
    """The waardendriehoek: a triangle with its three corners named."""
    size = 10.0
    top = (width / 2, 20.0)
    left = (28.0, height - 26)
    right = (width - 28.0, height - 26)
    items: list[Polyline | Text] = [
        Polyline((top, left, right, top), TRIANGLE_COLOR, 2.0),
        Text(top[0], top[1] - 7, WAARDEN_NAMES["legitimiteit"], size, "#184f55", bold=True,
             anchor="middle"),
        Text(left[0] - 14, left[1] + 17, WAARDEN_NAMES["betrokkenheid"], size, "#184f55",
             bold=True),
        Text(right[0] + 14, right[1] + 17, WAARDEN_NAMES["rendement"], size, "#184f55",
             bold=True, anchor="end"),
    ]
    mid = "waardendriehoek"
    items.append(Text(width / 2, (top[1] + 2 * left[1]) / 3 + 4, mid, 8.5, "#5b6770",
                      anchor="middle"))
    return Picture(width, height, tuple(items),
                   "Waardendriehoek: legitimiteit, betrokkenheid en rendement.")


def waardendriehoek(content: PlanContent) -> list[Flowable]:
    """The three corners, each with its question and the written answer."""
    s = styles()
    flow: list[Flowable] = [CondPageBreak(220), Paragraph("Waardendriehoek", s.h2)]
    intro = Paragraph(
        "Zo toetsen we de doorbraak: is het legitiem, maakt het het leven beter, en levert "
        "het meer op dan het kost?", s.muted)
    triangle = PictureFlowable(triangle_picture(), 190)
    head = Table([[intro, triangle]], colWidths=[FRAME_WIDTH - 200, 200])
    head.setStyle(TableStyle([
        *table_commands(),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    head.keepWithNext = True
    flow.append(head)
    for corner in WAARDEN:
        name, question = WAARDEN_NAMES[corner], WAARDEN_QUESTIONS[corner]
        key = f"waarden.{corner}"
        title = Paragraph(f"{name} <font color='#5b6770' size='9'>· {para(question)}</font>",
                          s.label)
        title.keepWithNext = True
        flow.append(title)
        if content.text(key):
            flow += part(content, key, "")[1:]
        else:
            flow.append(Paragraph(NOT_FILLED, s.muted))
    return flow


def calculation(post: Kostenpost) -> str:
    """``€ 95,00 per uur × 4 × 26 weken``: the line's sum written out."""
    text = format_euro(post.tarief_cent)
    if post.eenheid.strip():
        text += f" per {post.eenheid.strip()}"
    text += f" × {format_number(post.aantal)}"
    period = f"{format_number(post.periode)} {post.periode_eenheid.strip()}".strip()
    if post.periode != 1 or post.periode_eenheid.strip():
        text += f" × {period}"
    return text


def route_table(content: PlanContent, route: KostenRoute) -> Flowable:
    """One route's lines and its total."""
    s = styles()
    name, meaning = ROUTES[route]
    lines = content.costs(route)
    header = Paragraph(f"<b>{name}</b> <font size='8.5' color='#5b6770'>· {meaning}</font>",
                       s.cell)
    rows: list[list[object]] = [[header, "", ""]]
    if not lines:
        rows.append([Paragraph("<i>Nog geen bedragen ingevuld.</i>", s.cell), "", ""])
    for post in lines:
        rows.append([
            Paragraph(para(post.omschrijving) or "<i>(geen omschrijving)</i>", s.cell),
            Paragraph(para(calculation(post)), s.cell),
            Paragraph(format_euro(post.totaal_cent), s.cell_right),
        ])
    total = format_euro(content.route_total_cent(route))
    rows.append([Paragraph(f"Totaal {name.lower()}", s.cell_bold), "",
                 Paragraph(f"<b>{total}</b>", s.cell_right)])
    widths = [FRAME_WIDTH - 190 - 92, 190, 92]
    table = Table(rows, colWidths=widths, repeatRows=1)
    color = {KostenRoute.HUIDIG: RULE, KostenRoute.DREIGEND: WARM, KostenRoute.PLAN: ACCENT}
    commands = [
        *table_commands(),
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SOFT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, color[route]),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, RULE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, color[route]),
        ("SPAN", (0, -1), (1, -1)),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]
    if not lines:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def summary(content: PlanContent) -> str:
    """One sentence comparing the plan with the threatening route."""
    return kosten_samenvatting(content)


def costs(content: PlanContent) -> list[Flowable]:
    """The cost comparison: the three routes and the comparison sentence."""
    s = styles()
    flow: list[Flowable] = [CondPageBreak(200), Paragraph("Kostenvergelijking", s.h2)]
    flow.append(Paragraph(
        "Wat kost elke route? Elke regel is tarief × aantal × periode, zodat iedereen de "
        "som kan narekenen.", s.muted.clone("costs_intro", spaceAfter=8)))
    if not content.kosten:
        flow.append(Paragraph("Er is nog geen kostenvergelijking ingevuld.", s.body))
        return flow
    for route in (KostenRoute.HUIDIG, KostenRoute.DREIGEND, KostenRoute.PLAN):
        flow.append(KeepTogether([route_table(content, route), Spacer(1, 10)]))
    box = Table([[Paragraph(para(summary(content)), s.body.clone("sum", spaceAfter=0))]],
                colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        *table_commands(),
        ("BACKGROUND", (0, 0), (-1, -1), CREAM),
        ("LINEBEFORE", (0, 0), (0, -1), 3.5, WARM),
        ("LEFTPADDING", (0, 0), (-1, -1), 14),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))
    flow.append(box)
    return flow
