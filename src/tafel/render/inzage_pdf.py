"""The inzage on paper: everything tafel holds about one person, readable for that person.

Same fonts, margins and footer as the printed plan and the gespreksverslag. A cover block
says whose inzage it is and what is in it; each part follows with a heading, one plain
sentence, and its records as label/value tables (the log as one chronological table). The
JSON file beside it holds the same facts for machines.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from tafel.domain.dates import dutch_date
from tafel.render.pdf_canvas import numbered_canvas
from tafel.render.pdf_document import a4_document
from tafel.render.pdf_sections import heading
from tafel.render.pdf_styles import (
    CREAM,
    CREAM_EDGE,
    FRAME_WIDTH,
    MUTED,
    RULE,
    SOFT,
    para,
    styles,
    table_commands,
)
from tafel.views.inzage import ONDERDELEN, InzageRecord, InzageView

INTRO = (
    "Dit is alles wat tafel, het dossierprogramma van je consulent, over jou bewaart in "
    "casus {ref}. Je hebt recht op deze kopie (AVG, artikel 15). Klopt er iets niet, of wil "
    "je dat iets wordt verwijderd? Zeg het je consulent: dat is ook je recht. Naast dit "
    "document staat een JSON-bestand met dezelfde gegevens, voor een computer."
)
NOTHING = "Hierover staat niets over jou in tafel."
LABEL_WIDTH = 0.30


def render_inzage_pdf(inzage: InzageView) -> bytes:
    """The inzage as PDF bytes."""
    buffer = io.BytesIO()
    title = f"Inzage {inzage.naam}"
    document = a4_document(buffer, title, inzage.gemaakt_door)
    footer = f"Inzage · {inzage.referentie} · {dutch_date(inzage.gemaakt_op.date())}"
    document.build(story(inzage), canvasmaker=numbered_canvas(footer, inzage.gemaakt_op))
    return buffer.getvalue()


def story(inzage: InzageView) -> list[Flowable]:
    """The cover block, then every part in the order of :data:`ONDERDELEN`."""
    s = styles()
    flow: list[Flowable] = [
        Paragraph("Inzage in je gegevens", s.title.clone("inzage_title", fontSize=26,
                                                          leading=32)),
        Paragraph(para(inzage.naam), s.name.clone("inzage_name", spaceAfter=6)),
        Paragraph(para(f"{inzage.omschrijving} · casus {inzage.referentie} · gemaakt op "
                       f"{dutch_date(inzage.gemaakt_op.date())} door {inzage.gemaakt_door}"),
                  s.muted.clone("inzage_who", spaceAfter=12)),
        _intro_box(INTRO.format(ref=inzage.referentie)),
        _contents(inzage),
    ]
    for key, titel, uitleg in ONDERDELEN:
        found = inzage.records(key)
        flow += [heading(titel), Paragraph(para(uitleg), s.intro)]
        if not found:
            flow.append(Paragraph(NOTHING, s.muted))
        elif key == "logboek":
            flow.append(_log_table(found))
        else:
            for r in found:
                flow += _record(r)
    return flow


def _intro_box(text: str) -> Table:
    box = Table([[Paragraph(para(text), styles().body)]], colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), CREAM), ("BOX", (0, 0), (-1, -1), 0.8, CREAM_EDGE),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return box


def _contents(inzage: InzageView) -> Table:
    """What is in this inzage: each part and how many records it has."""
    s = styles()
    rows = [[Paragraph(para(titel), s.cell), Paragraph(str(len(inzage.records(key))),
                                                       s.cell_right)]
            for key, titel, _ in ONDERDELEN]
    table = Table(rows, colWidths=[FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.12], hAlign="LEFT",
                  spaceBefore=12)
    table.setStyle(TableStyle([*table_commands(), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return table


def _record(record: InzageRecord) -> list[Flowable]:
    """One record: its title on a soft band, then its filled-in facts (a long one splits)."""
    s = styles()
    when = f" · {_value(record.datum)}" if record.datum else ""
    title = Table([[Paragraph(f"<b>{para(record.titel)}</b>{para(when)}", s.cell)]],
                  colWidths=[FRAME_WIDTH])
    title.setStyle(TableStyle([*table_commands(), ("BACKGROUND", (0, 0), (-1, -1), SOFT)]))
    title.keepWithNext = True
    label_style = s.cell.clone("inzage_label", textColor=MUTED)
    rows = [[Paragraph(para(label), label_style), Paragraph(text, s.cell)]
            for v in record.velden if _filled(v.waarde)
            for label, text in _rows(v.label, v.waarde, v.sleutel)]
    flow: list[Flowable] = [title]
    if rows:
        table = Table(rows, colWidths=[FRAME_WIDTH * LABEL_WIDTH,
                                       FRAME_WIDTH * (1 - LABEL_WIDTH)], splitInRow=1)
        table.setStyle(TableStyle([*table_commands(),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        flow.append(table)
    flow.append(Spacer(1, 10))
    return [KeepTogether(flow)] if len(rows) < 12 else flow


def _rows(label: str, value: Any, key: str) -> list[tuple[str, str]]:
    """A fact as table rows: a map or a list of maps gets a row per entry, so pages can break."""
    if isinstance(value, dict) and key != "lijnen":
        return [(f"{label}: {str(k).replace('_', ' ')}", _value(v))
                for k, v in value.items() if _filled(v)]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [(label if i == 0 else "", _value(v)) for i, v in enumerate(value)]
    return [(label, _value(value, key))]


def _log_table(found: tuple[InzageRecord, ...]) -> Table:
    """The log, chronological: when, who, what, about what."""
    s = styles()
    head = [Paragraph(f"<b>{t}</b>", s.cell) for t in ("Wanneer", "Wie", "Wat", "Waaraan")]
    rows: list[list[Any]] = [head]
    for r in found:
        facts = {v.sleutel: v.waarde for v in r.velden}
        rows.append([Paragraph(para(_moment(facts.get("tijdstip"))), s.cell),
                     Paragraph(para(str(facts.get("wie") or "")), s.cell),
                     Paragraph(para(str(facts.get("actie") or "")), s.cell),
                     Paragraph(para(str(facts.get("soort") or "").replace("_", " ")), s.cell)])
    table = Table(rows, colWidths=[FRAME_WIDTH * f for f in (0.26, 0.28, 0.26, 0.20)],
                  repeatRows=1)
    table.setStyle(TableStyle([*table_commands(), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("BACKGROUND", (0, 0), (-1, 0), SOFT)]))
    return table


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})


def _moment(raw: Any) -> str:
    if not raw:
        return ""
    moment = datetime.fromisoformat(str(raw))
    return f"{dutch_date(moment.date())} {moment:%H:%M}"


def _value(value: Any, key: str = "") -> str:
    """A JSON value as readable text (escaped for a Paragraph)."""
    if key == "lijnen":
        return "getekend (de lijnen van je handtekening staan in het JSON-bestand)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, str):
        return para(_date_text(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return "<br/>".join(f"{para(str(k).replace('_', ' '))}: {_value(v)}"
                            for k, v in value.items() if _filled(v))
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return para(", ".join(value))
        return "<br/><br/>".join(_value(v) for v in value)
    return para(str(value))


def _date_text(text: str) -> str:
    """An ISO date becomes "3 maart 2026"; other text stays as it is."""
    try:
        if len(text) == 10:
            return dutch_date(date.fromisoformat(text))
        if len(text) > 10 and text[10] == "T":
            return _moment(text)
    except ValueError:
        pass
    return text
