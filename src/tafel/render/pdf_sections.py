"""The parts every printed plan has: cover, Big 5, pillars, afspraken, vangnet, evaluation.

Free text always goes into paragraphs (which split across pages), never into table cells
(which cannot), so a long story is never cut off. Parts a professional wrote carry a small
italic line saying so: the plan is the young person's, and the paper shows whose words are
whose.

A plan read in from another party holds only the parts the household shared with this vault;
a part it lacks is printed as not shared (:data:`NOT_SHARED`), never as "not filled in yet",
which would tell the family that nobody wrote anything there.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tafel.domain.dates import dutch_date
from tafel.domain.enums import PIJLER_NAMEN, Pijler
from tafel.domain.plan_content import PILLAR_PARTS, PlanContent, VersieStatus, pillar_key
from tafel.domain.plan_parts import part_name
from tafel.render.big5_picture import ChartLabels, big5_picture
from tafel.render.pdf_labels import (
    AFSPRAAK_STATUS,
    VERSION_STATUS,
    months_text,
)
from tafel.render.pdf_model import PlanPrint
from tafel.render.pdf_picture import PictureFlowable
from tafel.render.pdf_styles import (
    ACCENT,
    ACCENT_DARK,
    CREAM,
    CREAM_EDGE,
    FRAME_WIDTH,
    LATE_BACK,
    RULE,
    SOFT,
    WARM,
    para,
    styles,
    table_commands,
)

NOT_FILLED = "Nog niet ingevuld."
NOT_SHARED = ("Dit deel is niet gedeeld. Het huishouden beslist wie welk deel van het plan "
              "ziet.")


def heading(text: str) -> Paragraph:
    """A section heading that never stands alone at the bottom of a page."""
    h = Paragraph(para(text), styles().h1)
    h.keepWithNext = True
    return h


def band(text: str) -> Table:
    """A pillar's heading: its name on a soft band with the accent on the left."""
    table = Table([[Paragraph(para(text), styles().pillar)]], colWidths=[FRAME_WIDTH])
    table.setStyle(TableStyle([
        *table_commands(),
        ("BACKGROUND", (0, 0), (-1, -1), SOFT),
        ("LINEBEFORE", (0, 0), (0, -1), 3.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    table.keepWithNext = True
    return table


def part(content: PlanContent, key: str, label: str) -> list[Flowable]:
    """One free-text part: its label, the text, and who wrote it when a professional did."""
    s = styles()
    title = Paragraph(para(label), s.label)
    title.keepWithNext = True
    text = Paragraph(para(content.text(key)), s.body)
    auteur = content.written_by_professional(key)
    if auteur is None:
        return [title, text]
    who = auteur.naam.strip() or "een professional"
    text.keepWithNext = True  # the mark never starts a page on its own
    return [title, text, Paragraph(para(f"Geschreven door {who} (professional)"), s.author)]


def own_words(text: str, style_name: str, shared: bool = True) -> Paragraph:
    """The young person's own words on a warm background (a paragraph, so it can split)."""
    s = styles()
    base = getattr(s, style_name)
    style = base.clone(f"{style_name}_box", backColor=CREAM, borderColor=CREAM_EDGE,
                       borderWidth=0.6, borderPadding=(12, 14, 14, 14), leftIndent=14,
                       rightIndent=14, spaceBefore=14, spaceAfter=22)
    if not shared or not text.strip():
        style = style.clone(f"{style_name}_empty", textColor=s.muted.textColor)
        return Paragraph(NOT_FILLED if shared else NOT_SHARED, style)
    return Paragraph(para(text), style)


def status_badge(text: str, signed: bool) -> Table:
    """Where the version stands, as a small badge: warm for a concept, teal once signed."""
    s = styles()
    color = ACCENT_DARK if signed else WARM
    style = s.status.clone("status_badge", textColor=color)
    width = stringWidth(text, style.fontName, style.fontSize) + 24
    badge = Table([[Paragraph(para(text), style)]], colWidths=[min(width, FRAME_WIDTH)],
                  hAlign="LEFT")
    badge.setStyle(TableStyle([
        *table_commands(),
        ("BOX", (0, 0), (-1, -1), 1, color),
        ("BACKGROUND", (0, 0), (-1, -1), SOFT if signed else CREAM),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return badge


def cover(plan: PlanPrint) -> list[Flowable]:
    """The first page: whose plan, which version and status, and the perspectief."""
    s = styles()
    content = plan.content
    status = VERSION_STATUS[plan.status]
    if plan.status is VersieStatus.GETEKEND and plan.getekend_op is not None:
        status = f"Getekend op {dutch_date(plan.getekend_op)}"
    facts = [
        ("Kenmerk", plan.referentie),
        ("Versie", str(plan.nummer)),
        ("Datum van deze versie", dutch_date(plan.gewijzigd_op.date())),
        ("Casusregisseur", plan.casusregisseur or "–"),
        ("Volgende evaluatie", dutch_date(content.evaluatie_datum)),
    ]
    if plan.bsn:
        facts.insert(1, ("BSN", plan.bsn))
    rows = [[Paragraph(para(k), s.muted), Paragraph(para(v), s.body)] for k, v in facts]
    table = Table(rows, colWidths=[150, FRAME_WIDTH - 150], hAlign="LEFT")
    table.setStyle(TableStyle([
        *table_commands(),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    flow: list[Flowable] = [
        Spacer(1, 36),
        Paragraph("Mijn toekomstplan", s.title),
        Paragraph(para(plan.jongere), s.name),
        status_badge(status, signed=plan.status is VersieStatus.GETEKEND),
        Spacer(1, 14),
        table,
        Spacer(1, 30),
        Paragraph(part_name("perspectief"), s.h2),
        own_words(content.text("perspectief"), "own_words", plan.holds("perspectief")),
    ]
    if content.text("droom"):
        flow += [Paragraph(part_name("droom"), s.h2),
                 own_words(content.text("droom"), "dream")]
    for key in ("perspectief", "droom"):
        auteur = content.written_by_professional(key)
        if auteur is not None:
            who = auteur.naam.strip() or "een professional"
            label = "het perspectief" if key == "perspectief" else "de droom"
            flow.append(Paragraph(para(f"Tekst van {label} geschreven door {who} "
                                       f"(professional)"), s.author))
    flow.append(PageBreak())
    return flow


def big5(plan: PlanPrint) -> list[Flowable]:
    """The Big 5 picture as on the screen, or a sentence while there is no conversation."""
    s = styles()
    flow: list[Flowable] = [heading("Hoe gaat het nu? De Big 5")]
    if not plan.has_gesprek:
        flow.append(Paragraph(
            "Er is nog geen keukentafelgesprek of snelle check gedaan, dus er zijn nog geen "
            "scores om te laten zien.", s.body))
        return flow
    flow.append(Paragraph(
        "Per pijler de score van het laatste gesprek, van 1 (het gaat nu echt niet) tot 5 "
        "(helemaal zelf goed geregeld): wat de professional ziet en wat de jongere zelf "
        "vindt. Het doel is de score waar dit plan naartoe werkt.", s.muted))
    flow.append(Spacer(1, 8))
    picture = big5_picture(list(plan.points), ChartLabels(), width=FRAME_WIDTH, height=250)
    flow.append(PictureFlowable(picture, FRAME_WIDTH))
    return flow


def pillars(plan: PlanPrint) -> list[Flowable]:
    """A section per Big 5 pillar, in the Big 5 order."""
    s = styles()
    content = plan.content
    flow: list[Flowable] = [CondPageBreak(200), heading("Mijn plan per pijler")]
    for pijler in Pijler:
        flow.append(Spacer(1, 6))
        flow.append(band(PIJLER_NAMEN[pijler]))
        intro = plan.pillar_intros.get(pijler, "")
        if intro:
            line = Paragraph(para(intro), s.intro.clone("intro_pillar", spaceBefore=5))
            line.keepWithNext = True
            flow.append(line)
        if not plan.holds(pijler.value):
            flow.append(Paragraph(NOT_SHARED, s.muted.clone("not_shared", spaceBefore=6)))
            flow.append(Spacer(1, 8))
            continue
        filled = [p for p in PILLAR_PARTS if content.text(pillar_key(pijler, p))]
        if not filled:
            flow.append(Paragraph(NOT_FILLED, s.muted.clone("not_filled", spaceBefore=6)))
        for name in filled:
            key = pillar_key(pijler, name)
            flow += part(content, key, part_name(key))
        targets = content.targets_for(pijler, plan.domain_names)
        if targets:
            scores = " · ".join(
                f"{para(plan.domain_name(f'{pijler.value}.{domain}'))} <b>{score}</b>"
                for domain, score in targets.items()
            )
            flow.append(Paragraph("Doelscore (van 1 tot 5)", s.label))
            flow.append(Paragraph(scores, s.body))
        flow.append(Spacer(1, 8))
    return flow


def afspraken(plan: PlanPrint) -> list[Flowable]:
    """The afspraken table: wat, wie, wanneer, status; late ones marked."""
    s = styles()
    flow: list[Flowable] = [CondPageBreak(160), heading("Afspraken")]
    items = plan.content.afspraken
    if not items:
        flow.append(Paragraph("Er zijn nog geen afspraken gemaakt.", s.muted))
        return flow
    flow.append(Paragraph("Wie doet wat, en wanneer. Elke afspraak heeft één eigenaar.",
                          s.muted.clone("afspraken_intro", spaceAfter=8)))
    header = [Paragraph(t, s.cell_bold) for t in ("Wat", "Wie", "Wanneer", "Status")]
    rows: list[list[object]] = [header]
    late_rows: list[int] = []
    for index, item in enumerate(items, start=1):
        what = para(item.actie) or "<i>(nog geen omschrijving)</i>"
        if item.pijler is not None:
            what += f'<br/><font size="8" color="#5b6770">{PIJLER_NAMEN[item.pijler]}</font>'
        status = para(AFSPRAAK_STATUS[item.status])
        if item.is_overdue(plan.today):
            late_rows.append(index)
            status = f'{status}<br/><font color="#b3261e"><b>te laat</b></font>'
        rows.append([
            Paragraph(what, s.cell),
            Paragraph(para(item.eigenaar_naam) or "<i>nog niemand</i>", s.cell),
            Paragraph(dutch_date(item.deadline, "geen datum"), s.cell),
            Paragraph(status, s.cell),
        ])
    widths = [FRAME_WIDTH - 100 - 96 - 86, 100, 96, 86]
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = [
        *table_commands(),
        ("BACKGROUND", (0, 0), (-1, 0), SOFT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]
    for row in late_rows:
        commands += [("BACKGROUND", (0, row), (-1, row), LATE_BACK),
                     ("LINEBEFORE", (0, row), (0, row), 2.5, WARM)]
    table.setStyle(TableStyle(commands))
    flow.append(table)
    return flow


def vangnet(plan: PlanPrint) -> list[Flowable]:
    """What happens if the plan does not work out."""
    s = styles()
    flow: list[Flowable] = [CondPageBreak(120), heading(part_name("vangnet"))]
    flow.append(Paragraph("Wat doen we als het plan niet lukt? Wie bel je dan?", s.muted))
    if not plan.holds("vangnet"):
        flow.append(Paragraph(NOT_SHARED, s.muted))
    elif plan.content.text("vangnet"):
        flow += part(plan.content, "vangnet", "Als het niet lukt")
    else:
        flow.append(Paragraph(NOT_FILLED, s.body))
    return flow


def evaluatie(plan: PlanPrint) -> list[Flowable]:
    """When the plan is looked at again, and the question that lets help scale down."""
    s = styles()
    when = plan.content.evaluatie_datum
    rhythm = months_text(plan.ritme_maanden)
    if when is not None:
        sentence = (f"We bekijken dit plan samen opnieuw op <b>{dutch_date(when)}</b> "
                    f"(we doen dat {rhythm}).")
    else:
        sentence = f"We bekijken dit plan samen opnieuw ({rhythm}); de datum volgt nog."
    question = Table([[Paragraph(
        "<b>Is dit nog van mij om te doen?</b><br/>"
        '<font size="9.5" color="#5b6770">Bij elke evaluatie vragen we dit per afspraak. '
        "Wat je zelf weer kunt, hoeft niemand meer voor je te doen: dan kan er hulp af."
        "</font>", s.body)]], colWidths=[FRAME_WIDTH])
    question.setStyle(TableStyle([
        *table_commands(),
        ("BACKGROUND", (0, 0), (-1, -1), CREAM),
        ("LINEBEFORE", (0, 0), (0, -1), 3.5, WARM),
        ("LEFTPADDING", (0, 0), (-1, -1), 14),
        ("TOPPADDING", (0, 0), (-1, -1), 10),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    return [CondPageBreak(150), heading("Evaluatie"), Paragraph(sentence, s.body),
            Spacer(1, 6), KeepTogether([question])]
