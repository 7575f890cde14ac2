"""The inzage on paper: everything tafel holds about one person, readable for that person.

Same fonts, margins and footer as the printed plan and the gespreksverslag. A cover block
says whose inzage it is and what is in it; each part follows with a heading, one plain
sentence, and its records as label/value tables (the log as one chronological table). The
JSON file beside it holds the same facts for machines.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from tafel.domain.dates import dutch_date, short_date
from tafel.domain.enums import PIJLER_NAMEN, Pijler
from tafel.domain.plan_content import TEXT_KEYS, AfspraakStatus, VersieStatus
from tafel.domain.plan_parts import part_name
from tafel.render.pdf_canvas import numbered_canvas
from tafel.render.pdf_document import a4_document
from tafel.render.pdf_labels import AFSPRAAK_STATUS, VERSION_STATUS
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
LOCAL = ZoneInfo("Europe/Amsterdam")


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
        top: list[Flowable] = [heading(titel), Paragraph(para(uitleg), s.intro)]
        if not found:
            flow.append(KeepTogether([*top, Paragraph(NOTHING, s.muted)]))
        elif key == "logboek":
            flow += [*top, _log_table(found)]
        else:
            # the heading stays with its first record
            # never a heading alone: it keeps with the first record (which, when long,
            # may still split; a KeepTogether inside another would force a new page)
            top[-1].keepWithNext = True
            flow += [*top, _record_table(found[0])[0], Spacer(1, 10)]
            for r in found[1:]:
                flow += _record(r)
    return flow


def _intro_box(text: str) -> Table:
    box = Table([[Paragraph(para(text), styles().body)]], colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        *table_commands(),  # without them the table sets Helvetica, which is not embedded
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


#: A record with more rows than this flows on over pages instead of being kept together.
LONG = 12


def _record(record: InzageRecord) -> list[Flowable]:
    """One record: a short one kept together, a long one flowing on.

    A long record (a conversation, a whole plan version) starts where it stands and repeats
    its title at the top of the next page, so no page is left half empty before it.
    """
    table, count = _record_table(record)
    flow: list[Flowable] = [table, Spacer(1, 10)]
    return flow if count > LONG else [KeepTogether(flow)]


def _record_table(record: InzageRecord) -> tuple[Table, int]:
    """One record as one table (title on a soft band, then its facts), and its row count."""
    s = styles()
    when = f" · {_value(record.datum)}" if record.datum else ""
    label_style = s.cell.clone("inzage_label", textColor=MUTED)
    rows: list[list[Any]] = [
        [Paragraph(f"<b>{para(record.titel)}</b>{when}", s.cell), ""],
        *([Paragraph(para(label), label_style), Paragraph(text, s.cell)]
          for v in record.velden if _filled(v.waarde)
          for label, text in _rows(v.label, v.waarde, v.sleutel)),
    ]
    table = Table(rows, colWidths=[FRAME_WIDTH * LABEL_WIDTH, FRAME_WIDTH * (1 - LABEL_WIDTH)],
                  repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([*table_commands(),
                               ("SPAN", (0, 0), (-1, 0)),
                               ("BACKGROUND", (0, 0), (-1, 0), SOFT),
                               ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                               ("TOPPADDING", (0, 1), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), 3)]))
    return table, len(rows)


def _rows(label: str, value: Any, key: str) -> list[tuple[str, str]]:
    """A fact as table rows: a map or a list of maps gets a row per entry, so pages can break."""
    special = _SPECIAL.get(key)
    if special is not None:
        return special(value)
    if isinstance(value, dict) and key != "lijnen":
        return [(f"{label}: {str(k).replace('_', ' ')}", _value(v))
                for k, v in value.items() if _filled(v)]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [(label if i == 0 else "", _value(v)) for i, v in enumerate(value)]
    return [(label, _value(value, key))]


def _pijler(raw: Any) -> str:
    try:
        return PIJLER_NAMEN[Pijler(raw)]
    except ValueError:
        return str(raw or "")


def _score_rows(scores: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """One line per domain: the young person's own score first, then the consulent's."""
    rows = []
    for sc in scores:
        if sc.get("niet_besproken"):
            text = "niet besproken"
        else:
            text = (f"jij: {_mark(sc.get('score_jongere'))} · "
                    f"consulent: {_mark(sc.get('score_professional'))}")
        if sc.get("toelichting"):
            text += f"<br/><i>{para(sc['toelichting'])}</i>"
        rows.append((f"{_pijler(sc.get('pijler'))}: {sc.get('naam', '')}", text))
    return rows


def _mark(value: Any) -> str:
    return "–" if value is None else f"{value} van 5"


_PILLAR_WORDS = (("wat_gaat_goed", "Wat gaat goed"), ("zorgen", "Zorgen"),
                 ("ik_wil", "Ik wil"), ("ik_kan", "Ik kan"),
                 ("ik_heb_nodig", "Ik heb nodig"), ("notitie", "Notitie van de consulent"))


def _pillar_rows(pijlers: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """What was said per life domain, in the young person's words (empty domains left out)."""
    rows = []
    for p in pijlers:
        said = [f"<b>{label}:</b> {para(str(p[key]))}" for key, label in _PILLAR_WORDS
                if str(p.get(key) or "").strip()]
        if said:
            rows.append((_pijler(p.get("pijler")), "<br/>".join(said)))
    return rows


def _text_rows(teksten: dict[str, str]) -> list[tuple[str, str]]:
    """The plan's written parts under their own names ("Wonen · Mijn doel")."""
    rows = []
    rank = {key: index for index, key in enumerate(TEXT_KEYS)}  # the plan's own order
    for key, text in sorted(teksten.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0])):
        head, _, rest = key.partition(".")
        name = part_name(key)
        if rest and head not in ("doorbraak", "waarden"):
            name = f"{_pijler(head)} · {name}"
        rows.append((name, para(text)))
    return rows


def _target_rows(targets: dict[str, int]) -> list[tuple[str, str]]:
    return [(f"Doel {_pijler(k.partition('.')[0])}: {k.partition('.')[2].replace('_', ' ')}",
             _mark(v)) for k, v in targets.items()]


def _afspraak_rows(afspraken: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Each afspraak in words: what, who, by when, how it stands (no ids on paper)."""
    rows = []
    for i, a in enumerate(afspraken):
        status = a.get("status") or ""
        with contextlib.suppress(ValueError):
            status = AFSPRAAK_STATUS[AfspraakStatus(status)]
        deadline = f", uiterlijk {_date_text(a['deadline'])}" if a.get("deadline") else ""
        who = a.get("eigenaar_naam") or "nog niemand gekozen"
        rows.append(("Afspraken" if i == 0 else "",
                     f"{para(a.get('actie') or '')}<br/><i>{para(who)}{para(deadline)} · "
                     f"{para(status)}</i>"))
    return rows


def _cost_rows(kosten: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [("Kosten" if i == 0 else "", para(f"{k.get('omschrijving', '')} "
                                                f"({k.get('route', '')})"))
            for i, k in enumerate(kosten)]


def _status_rows(status: str) -> list[tuple[str, str]]:
    with contextlib.suppress(ValueError):
        return [("Stand", VERSION_STATUS[VersieStatus(status)])]
    return [("Stand", para(status))]


_SPECIAL: dict[str, Callable[[Any], list[tuple[str, str]]]] = {
    "scores": _score_rows, "pijlers": _pillar_rows, "teksten": _text_rows,
    "doelscores": _target_rows, "afspraken": _afspraak_rows, "kosten": _cost_rows,
    "status": _status_rows,
}


def _log_table(found: tuple[InzageRecord, ...]) -> Table:
    """The log, chronological: when, who, what, about what."""
    s = styles()
    head = [Paragraph(f"<b>{t}</b>", s.cell) for t in ("Wanneer", "Wie", "Wat", "Waaraan")]
    rows: list[list[Any]] = [head]
    for r in found:
        facts = {v.sleutel: v.waarde for v in r.velden}
        rows.append([Paragraph(para(_moment(facts.get("tijdstip"), short=True)), s.cell),
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


def _moment(raw: Any, short: bool = False) -> str:
    if not raw:
        return ""
    moment = datetime.fromisoformat(str(raw))
    if moment.tzinfo is not None:
        moment = moment.astimezone(LOCAL)  # stored in UTC, read in Dutch time
    if short:
        return f"{short_date(moment.date())} {moment:%H:%M}"
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
            return para(", ".join(v.replace("_", " ") for v in value))
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
