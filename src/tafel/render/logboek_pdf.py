"""The household's overview of the log: "Wie heeft wat gezien of gedeeld, en waarom".

NEN 7513 gives a client the right to see who looked at or shared their data: chronological,
with who (name, organisation and role), which data, which action and on which consent or
legal basis. This is that overview on paper, in plain Dutch that speaks to the young person
("je"); the same fonts, margins and reproducible bytes as the printed plan. Only looking and
sharing are listed (every autosave would bury them); the consulent's Logboek shows the rest.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from tafel.domain.dates import dutch_date
from tafel.render.pdf_canvas import numbered_canvas
from tafel.render.pdf_document import a4_document
from tafel.render.pdf_styles import (
    para,
    ruled_table,
    styles,
)
from tafel.views.logboek import Logboek, LogRegel, voor_huishouden

TITLE = "Wie heeft wat gezien of gedeeld, en waarom"
HEADER = ("Wanneer", "Wie", "Wat", "Waarom")
INTRO = (
    "Hier staat wie je dossier heeft bekeken, afgedrukt of met anderen heeft gedeeld, en "
    "waarom dat mocht. Alles staat op volgorde van tijd, het oudste eerst. tafel houdt dit "
    "zelf bij: niemand kan een regel weghalen zonder dat het opvalt."
)
WHY = (
    "<b>Wettelijke taak</b>: de consulent werkt aan je dossier, omdat de gemeente jou "
    "moet helpen (Jeugdwet, Wmo, Participatiewet). <b>Eigen dossier</b>: het was voor jou "
    "en je huishouden zelf, bijvoorbeeld een afdruk van je plan. <b>Toestemming</b>: je gaf "
    "toestemming om dit met deze organisatie te delen; daar staat bij aan wie en waarvoor."
)
QUESTIONS = (
    "Klopt er iets niet, of wil je weten waarom iemand iets heeft gezien? Vraag het je "
    "consulent. Je mag ook al je gegevens opvragen (inzage) en je toestemming intrekken."
)


def logboek_pdf(logboek: Logboek, today: date) -> bytes:
    """The overview as PDF bytes (the same log on the same day gives the same bytes)."""
    buffer = io.BytesIO()
    title = f"{TITLE} ({logboek.referentie})" if logboek.referentie else TITLE
    document = a4_document(buffer, title, "tafel")
    footer = f"{TITLE} · {logboek.referentie}" if logboek.referentie else TITLE
    created = datetime.combine(today, time(12), UTC)
    document.build(story(logboek, today), canvasmaker=numbered_canvas(footer, created))
    return buffer.getvalue()


def story(logboek: Logboek, today: date) -> list[Flowable]:
    """Title, who it is about, plain words, the lines, what the reasons mean."""
    s = styles()
    regels = voor_huishouden(logboek.regels)
    about = " · ".join(part for part in (logboek.huishouden, logboek.referentie) if part)
    flow: list[Flowable] = [
        Paragraph(TITLE, s.title.clone("logboek_title", fontSize=17, leading=22)),
        Paragraph(para(f"{about} · zo staat het op {dutch_date(today)}" if about
                       else f"Zo staat het op {dutch_date(today)}"), s.muted),
        Spacer(1, 10),
        Paragraph(para(INTRO), s.body),
    ]
    if regels:
        flow.append(_table(regels))
    else:
        flow.append(Paragraph("Niemand heeft in deze periode iets gezien of gedeeld.", s.body))
    flow += [
        Paragraph("Wat betekent 'waarom'?", s.h2),
        Paragraph(WHY, s.body),
        Paragraph("Vragen?", s.h2),
        Paragraph(para(QUESTIONS), s.body),
    ]
    return flow


def _table(regels: list[LogRegel]) -> Table:
    s = styles()
    data = [[Paragraph(h, s.cell_bold) for h in HEADER]]
    for r in regels:
        functie = ", ".join(part for part in (r.rol, r.organisatie) if part)
        who = f"<b>{para(r.wie)}</b>" + (f"<br/>{para(functie)}" if functie else "")
        data.append([
            Paragraph(para(r.moment), s.cell),
            Paragraph(who, s.cell),
            Paragraph(para(f"heeft {r.gegevens} {r.handeling}"), s.cell),
            Paragraph(para(_why(r)), s.cell),
        ])
    return ruled_table(data, (0.16, 0.26, 0.30, 0.28))


def _why(r: LogRegel) -> str:
    """The basis with a capital, as the table's last column says it."""
    text = r.grondslag_tekst
    return text[:1].upper() + text[1:]
