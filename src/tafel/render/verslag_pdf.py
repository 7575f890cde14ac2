"""The printed gespreksverslag: what we talked about, in plain words, for the household.

One or two A4 pages the young person and the family keep after a keukentafelgesprek: when
and with whom, their own words per life domain, both scores side by side (the young person's
first), what was agreed, and whom to call. A colleague can take the case over from it too.
Same fonts, margins and reproducible bytes as the printed plan.
"""

from __future__ import annotations

import io

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tafel.domain.dates import dutch_date
from tafel.render.pdf_canvas import numbered_canvas
from tafel.render.pdf_document import a4_document
from tafel.render.pdf_sections import heading
from tafel.render.pdf_styles import (
    ACCENT,
    CREAM,
    CREAM_EDGE,
    FRAME_WIDTH,
    RULE,
    WARM,
    para,
    styles,
    table_commands,
)
from tafel.render.verslag_model import VerslagPijler, VerslagPrint

SCALE_EXPLAINED = (
    "De cijfers gaan van 1 (het gaat echt niet) tot 5 (dit heb ik zelf goed geregeld). "
    "Eerst staat jouw eigen cijfer, dan dat van de consulent. Verschillen zijn niet erg: "
    "daar praten we over."
)
NOTHING_SAID = "Hier hebben we het deze keer niet over gehad."


def render_verslag_pdf(verslag: VerslagPrint) -> bytes:
    """The gespreksverslag as PDF bytes (the same verslag always gives the same bytes)."""
    buffer = io.BytesIO()
    document = a4_document(buffer, verslag.titel, verslag.door)
    document.build(story(verslag), canvasmaker=numbered_canvas(verslag.footer,
                                                               verslag.gemaakt_op))
    return buffer.getvalue()


def story(verslag: VerslagPrint) -> list[Flowable]:
    """Every part of the verslag, in reading order."""
    s = styles()
    flow: list[Flowable] = [
        Paragraph("Verslag van ons gesprek", s.title.clone("verslag_title", fontSize=26,
                                                            leading=32)),
        Paragraph(para(verslag.jongere), s.name.clone("verslag_name", spaceAfter=6)),
        Paragraph(para(_when_and_who(verslag)), s.muted.clone("verslag_who", spaceAfter=12)),
    ]
    flow += _agreed(verslag)
    if verslag.rapportcijfer is not None:
        flow.append(Paragraph(
            f"Je gaf je leven op dit moment een <b>{verslag.rapportcijfer}</b> (van 0 tot 10).",
            s.body))
    flow += [heading("Wat we bespraken"), Paragraph(SCALE_EXPLAINED, s.intro)]
    for pijler in verslag.pijlers:
        flow.append(_pillar(pijler))
    if verslag.bestaande_zorg.strip():
        flow += [heading("Hulp die er al is"), Paragraph(para(verslag.bestaande_zorg), s.body)]
    flow += _contacts(verslag)
    return flow


def _when_and_who(verslag: VerslagPrint) -> str:
    line = f"{dutch_date(verslag.datum)}, {verslag.plaats} · met {verslag.door}"
    if verslag.aanwezig:
        line += " · er waren bij: " + ", ".join(verslag.aanwezig)
    return f"{line} · {verslag.referentie}"


def _agreed(verslag: VerslagPrint) -> list[Flowable]:
    """What was agreed, in a cream band at the top: the first thing anyone reads."""
    s = styles()
    text = verslag.samenvatting.strip() or "Er is nog niets afgesproken."
    cell = [Paragraph("Wat we afspraken", s.label.clone("agreed_label", spaceBefore=0)),
            Paragraph(para(text), s.body)]
    box = Table([[cell]], colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), CREAM),
        ("BOX", (0, 0), (-1, -1), 0.8, CREAM_EDGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return [box, Spacer(1, 10)]


def _pillar(pijler: VerslagPijler) -> Flowable:
    s = styles()
    parts: list[Flowable] = [Paragraph(para(pijler.naam), s.h2)]
    said = [(label, words) for label, words in pijler.woorden if words.strip()]
    for label, words in said:
        parts.append(Paragraph(f"<b>{para(label)}</b> {para(words)}", s.body))
    if not said and not any(sc.jongere or sc.professional for sc in pijler.scores):
        parts.append(Paragraph(NOTHING_SAID, s.muted))
        return KeepTogether(parts)
    if pijler.scores:
        parts.append(_score_table(pijler))
    return KeepTogether(parts)


def _score_table(pijler: VerslagPijler) -> Table:
    s = styles()
    rows: list[list[object]] = [[
        Paragraph("", s.cell),
        Paragraph("Jouw cijfer", s.cell_bold.clone("young_head", textColor=WARM)),
        Paragraph("Consulent", s.cell_bold.clone("prof_head", textColor=ACCENT)),
    ]]
    for score in pijler.scores:
        if score.niet_besproken:
            rows.append([Paragraph(para(score.naam), s.cell),
                         Paragraph("niet besproken", s.cell), Paragraph("", s.cell)])
            continue
        rows.append([Paragraph(para(score.naam), s.cell),
                     Paragraph(_mark(score.jongere), s.cell),
                     Paragraph(_mark(score.professional), s.cell)])
    table = Table(rows, colWidths=[FRAME_WIDTH * 0.56, FRAME_WIDTH * 0.22, FRAME_WIDTH * 0.22])
    table.setStyle(TableStyle([*table_commands(),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return table


def _mark(value: int | None) -> str:
    return "–" if value is None else f"{value} van 5"


def _contacts(verslag: VerslagPrint) -> list[Flowable]:
    s = styles()
    flow: list[Flowable] = [heading("Wie kun je bellen?")]
    if not verslag.contacten:
        flow.append(Paragraph("Bel je consulent als er iets is.", s.body))
        return flow
    rows = [[Paragraph(f"<b>{para(c.naam)}</b>", s.cell), Paragraph(para(c.wat), s.cell),
             Paragraph(para(c.bereikbaar or "–"), s.cell)] for c in verslag.contacten]
    table = Table(rows, colWidths=[FRAME_WIDTH * 0.34, FRAME_WIDTH * 0.36, FRAME_WIDTH * 0.30])
    table.setStyle(TableStyle([*table_commands(), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow.append(table)
    return flow
