"""The household's overview "Wie mag wat zien en waarom", one printed page in plain Dutch.

The household gets it on paper: with whom their data is shared, which data, why and until
when, and what no longer is. The state of each line is the one consent rule's
(:mod:`tafel.domain.consent`), carried in the view. The page is always Dutch and speaks to
the young person ("je"); it is shrunk to fit one page rather than spill onto a second.
"""

from __future__ import annotations

import io
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    Spacer,
    Table,
)

from tafel.domain.consent import ToestemmingStaat
from tafel.domain.dates import dutch_date
from tafel.domain.enums import Gegevenscategorie, Grondslag
from tafel.render.pdf_document import FRAME_HEIGHT, a4_document
from tafel.render.pdf_styles import (
    FRAME_WIDTH,
    para,
    ruled_table,
    styles,
)
from tafel.views.casussen import ToestemmingView
from tafel.views.toestemmingen import ToestemmingOverzicht

CATEGORIES = {
    Gegevenscategorie.WONEN: "Wonen",
    Gegevenscategorie.INKOMEN: "Inkomen",
    Gegevenscategorie.WELZIJN: "Welzijn",
    Gegevenscategorie.SCHOOL_WERK: "School & Werk",
    Gegevenscategorie.SUPPORT: "Support",
    Gegevenscategorie.PERSOONSGEGEVENS: "je persoonsgegevens",
    Gegevenscategorie.NOTITIES: "notities",
    Gegevenscategorie.TOEKOMSTPLAN: "het toekomstplan",
}

BASIS = {
    Grondslag.TOESTEMMING: "Toestemming",
    Grondslag.WETTELIJKE_TAAK: "Wettelijke taak: de wet zegt dat dit moet",
    Grondslag.CONVENANT: "Convenant: een afspraak tussen organisaties",
    Grondslag.VITAAL_BELANG: "Vitaal belang: nodig om iemand te beschermen",
}


@cache
def _title() -> ParagraphStyle:
    """The title fits one line of A4 (the plan's cover title is larger)."""
    return ParagraphStyle("overzicht_title", parent=styles().title, fontSize=24, leading=30)


HEADER = ("Aan wie", "Welke gegevens", "Waarom", "Tot wanneer")


def toestemming_pdf(overzicht: ToestemmingOverzicht) -> bytes:
    """The overview as PDF bytes: one A4 page."""
    buffer = io.BytesIO()
    document = a4_document(buffer, f"Wie mag wat zien en waarom ({overzicht.referentie})",
                           "tafel")
    page = KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, story(overzicht), mode="shrink")
    document.build([page])
    return buffer.getvalue()


def story(o: ToestemmingOverzicht) -> list[Flowable]:
    """Title, plain words, what may be shared now, what no longer, and who decides."""
    s = styles()
    now = [t for t in o.toestemmingen if t.staat.covers]
    later = [t for t in o.toestemmingen if t.staat is ToestemmingStaat.NOG_NIET]
    gone = [t for t in o.toestemmingen
            if t.staat in (ToestemmingStaat.VERLOPEN, ToestemmingStaat.INGETROKKEN)]
    flow: list[Flowable] = [
        Paragraph("Wie mag wat zien en waarom", _title()),
        Paragraph(para(f"{o.huishouden} · {o.referentie} · zo staat het op "
                       f"{dutch_date(o.op)}"), s.muted),
        Spacer(1, 4 * mm),
        Paragraph(para(
            f"Hier staat met wie we gegevens over {o.jongere} delen, welke gegevens, waarom "
            "en tot wanneer. Alleen wat hier onder 'Dit mag nu' staat, mag gedeeld worden. "
            f"Wil je iets veranderen of je toestemming intrekken? Zeg het tegen "
            f"{o.casusregisseur}. Dat kan altijd, en het kost je niets."), s.body),
        Paragraph("Dit mag nu", s.h1),
    ]
    flow.append(_table(now) if now else Paragraph("Er mag nu niets gedeeld worden.", s.body))
    if later:
        flow += [Paragraph("Dit mag straks", s.h2), _table(later)]
    if gone:
        flow += [Paragraph("Dit mag niet meer", s.h2), _table(gone)]
    flow += [
        Paragraph("Wie beslist?", s.h2),
        Paragraph(para(
            "Vanaf 16 jaar beslis je zelf over je gegevens. Ben je jonger, dan beslist een "
            "ouder of voogd met gezag. Soms mogen we gegevens delen zonder toestemming: als "
            "de wet zegt dat het moet, als organisaties er een afspraak over hebben gemaakt "
            "(een convenant), of als het nodig is om iemand te beschermen. Dat staat er dan "
            "bij."), s.body),
        Paragraph(para(
            "We delen nooit meer dan nodig is, en alleen met wie hier staat. Wil je alles zien "
            "wat we over je bewaren? Vraag het: dat is je recht (inzage)."), s.body),
    ]
    return flow


def _table(rows: list[ToestemmingView]) -> Table:
    s = styles()
    data = [[Paragraph(h, s.cell_bold) for h in HEADER]]
    for t in rows:
        data.append([
            Paragraph(para(t.ontvanger), s.cell_bold),
            Paragraph(para(", ".join(CATEGORIES[c] for c in t.categorieen)), s.cell),
            Paragraph(para(t.doel), s.cell),
            Paragraph(para(_until(t)), s.cell),
        ])
    return ruled_table(data, (0.25, 0.27, 0.22, 0.26))


def _until(t: ToestemmingView) -> str:
    """Until when, and on what ground, in plain words."""
    if t.staat is ToestemmingStaat.INGETROKKEN:
        return f"Ingetrokken op {dutch_date(t.ingetrokken_op)}"
    if t.staat is ToestemmingStaat.VERLOPEN:
        return f"Verlopen op {dutch_date(t.verloopt_op)}"
    if t.grondslag is not Grondslag.TOESTEMMING:
        return BASIS[t.grondslag]
    given = f"Gegeven door {t.gegeven_door} op {dutch_date(t.gegeven_op)}"
    if t.staat is ToestemmingStaat.NOG_NIET:
        return f"Vanaf {dutch_date(t.gegeven_op)}. {given}"
    if t.verloopt_op is None:
        return f"Zolang je het goed vindt. {given}"
    soon = " (binnenkort opnieuw vragen)" if t.staat is ToestemmingStaat.VERLOOPT_BINNENKORT \
        else ""
    return f"Tot {dutch_date(t.verloopt_op)}{soon}. {given}"
