"""The record of a casus-overleg on paper: one A4 page for everyone who was in the room.

Everyone present takes the same page home, so it holds only what *all* of them may see: the
:class:`~tafel.views.overleg.OverlegVerslag` is already cut to that, and this module prints
nothing else. Same fonts, colours and reproducible bytes as the printed plan and verslag.

It is always exactly one page, because people are handed it at the end of the meeting. When
the content is long, the type shrinks a little first (never below what reads comfortably);
when that is not enough, the longest texts are cut with a visible "…" and, when there are
too many, the last conclusions or afspraken make way for a count. The page then says that
the full record is in the dossier, so nobody mistakes a shortened page for all there was.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import datetime, time

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from tafel.domain.dates import dutch_date
from tafel.domain.enums import Gegevenscategorie
from tafel.render.pdf_canvas import numbered_canvas
from tafel.render.pdf_document import FRAME_HEIGHT, a4_document
from tafel.render.pdf_styles import (
    ACCENT,
    ACCENT_DARK,
    CREAM,
    CREAM_EDGE,
    FONT_BOLD,
    FRAME_WIDTH,
    RULE,
    SOFT,
    WARM,
    para,
    styles,
    table_commands,
)
from tafel.views.overleg import OverlegVerslag
from tafel.views.wand import WandRegel

TITLE = "Verslag casus-overleg"
FOOTER = "Op dit papier staat alleen wat iedereen die erbij was mag zien"
IN_DOSSIER = "Het volledige verslag staat in het dossier."
NO_CONCLUSIONS = "Er zijn geen conclusies opgeschreven."
CONCLUSIONS_WITHHELD = ("Op dit papier staan geen conclusies: niet iedereen die erbij was, mag "
                        "gegevens uit het dossier zien.")
NO_AFSPRAKEN = "Er zijn geen nieuwe afspraken gemaakt."
ELLIPSIS = "…"
#: The kinds of information, as the line under the page names them (notes never get here).
SEEN = {
    Gegevenscategorie.PERSOONSGEGEVENS: "namen",
    Gegevenscategorie.TOEKOMSTPLAN: "het toekomstplan",
    Gegevenscategorie.WONEN: "wonen",
    Gegevenscategorie.INKOMEN: "inkomen",
    Gegevenscategorie.WELZIJN: "welzijn",
    Gegevenscategorie.SCHOOL_WERK: "school en werk",
    Gegevenscategorie.SUPPORT: "support",
}

#: Type sizes tried in turn: the house size first, never smaller than about 8.5 pt body.
SCALES = (1.0, 0.93, 0.87, 0.81)
#: No single text is ever longer than this on paper (a page holds about 4 000 characters).
MAX_TEXT = 900
#: A text is never cut shorter than this: below it, items make way instead.
MIN_TEXT = 90
#: The names of who was (not) there are never cut shorter than this (about three lines).
MIN_NAMES = 300
#: The names of who was (not) there never take more than this (about eight lines).
MAX_NAMES = 800
#: No more items than could ever fit a page.
MAX_ITEMS = 30
#: A name or reference on the page (not the lists): longer ones are cut.
MAX_LINE = 80
_WHEN_WIDTH = 96.0
_WHO_WIDTH = 118.0


def overleg_pdf(verslag: OverlegVerslag) -> bytes:
    """The record as PDF bytes: always exactly one A4 page, the same bytes for the same record."""
    page = fit(verslag)
    buffer = io.BytesIO()
    document = a4_document(buffer, f"{TITLE} ({_cut(verslag.casus_referentie, MAX_LINE)})",
                           _cut(verslag.opgesteld_door, MAX_LINE) or "tafel")
    footer = f"{FOOTER} · {_cut(verslag.casus_referentie, MAX_LINE)}"
    created = datetime.combine(verslag.datum, time(12))
    # The guard: content that was fitted never needs it, but nothing ever spills to page 2.
    guarded = KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, story(page), mode="shrink")
    document.build([guarded], canvasmaker=numbered_canvas(footer, created))
    return buffer.getvalue()


@dataclass(frozen=True)
class Page:
    """What goes on the page after fitting: the record's texts, perhaps shortened."""

    verslag: OverlegVerslag
    scale: float = 1.0
    #: Conclusions and afspraken that made way for the count ("en nog 3 …").
    conclusies_weg: int = 0
    afspraken_weg: int = 0
    ingekort: bool = False


def fit(verslag: OverlegVerslag) -> Page:
    """The largest type that fits, then shorter texts, then fewer items: always one page."""
    page = _capped(verslag)
    for scale in SCALES:
        candidate = replace(page, scale=scale)
        if _fits(candidate):
            return candidate
    page = replace(page, scale=SCALES[-1], ingekort=True)
    while not _fits(page) and (shorter := _shorter(page)) is not None:
        page = shorter
    if _fits(page):
        return page
    return _fewer(page)


def _capped(verslag: OverlegVerslag) -> Page:
    """Absurd input cut to what a page could ever hold, before anything is measured."""
    v = verslag
    conclusies = v.conclusies[:MAX_ITEMS]
    afspraken = v.afspraken[:MAX_ITEMS]
    capped = replace(
        v, jongere=_cut(v.jongere, MAX_LINE), casus_referentie=_cut(v.casus_referentie, MAX_LINE),
        opgesteld_door=_cut(v.opgesteld_door, MAX_LINE),
        aanwezigen=_cut_list(tuple(_cut(a, MAX_LINE) for a in v.aanwezigen), MAX_NAMES),
        afwezigen=_cut_list(tuple(_cut(a, MAX_LINE) for a in v.afwezigen), MAX_NAMES),
        conclusies=tuple(_cut(t, MAX_TEXT) for t in conclusies),
        afspraken=tuple(WandRegel(_cut(a.kop, MAX_LINE), _cut(a.tekst, MAX_TEXT), a.deadline)
                        for a in afspraken))
    return Page(capped, conclusies_weg=len(v.conclusies) - len(conclusies),
                afspraken_weg=len(v.afspraken) - len(afspraken), ingekort=capped != v)


def _shorter(page: Page) -> Page | None:
    """One step towards fitting: cut the longest texts (None: none is long any more)."""
    v = page.verslag
    texts = [*v.conclusies, *(a.tekst for a in v.afspraken)]
    longest = max((len(t) for t in texts), default=0)
    if longest > MIN_TEXT:
        limit = max(MIN_TEXT, int(longest * 0.75))
        return replace(page, verslag=replace(
            v, conclusies=tuple(_cut(t, limit) for t in v.conclusies),
            afspraken=tuple(replace(a, tekst=_cut(a.tekst, limit)) for a in v.afspraken)))
    names = max(len(", ".join(v.aanwezigen)), len(", ".join(v.afwezigen)))
    if names > MIN_NAMES:
        # Everyone looks for their own name: that list keeps at least three lines.
        limit = max(MIN_NAMES, int(names * 0.75))
        shorter = replace(page, verslag=replace(v, aanwezigen=_cut_list(v.aanwezigen, limit),
                                                afwezigen=_cut_list(v.afwezigen, limit)))
        return shorter if shorter != page else None
    return None


def _fewer(page: Page) -> Page:
    """The most conclusions and afspraken that fit; the longer list makes way first.

    Found by halving (each try lays out the page once), so a long record costs a handful of
    layouts, not one per item.
    """
    v = page.verslag

    def keeping(total: int) -> Page:
        conclusies, afspraken = len(v.conclusies), len(v.afspraken)
        while conclusies + afspraken > total:
            if conclusies >= afspraken:
                conclusies -= 1
            else:
                afspraken -= 1
        return replace(
            page, verslag=replace(v, conclusies=v.conclusies[:conclusies],
                                  afspraken=v.afspraken[:afspraken]),
            conclusies_weg=page.conclusies_weg + len(v.conclusies) - conclusies,
            afspraken_weg=page.afspraken_weg + len(v.afspraken) - afspraken)

    low, high = 0, len(v.conclusies) + len(v.afspraken)
    while low < high:
        middle = (low + high + 1) // 2
        if _fits(keeping(middle)):
            low = middle
        else:
            high = middle - 1
    # With nothing left the page fits (names and lines are capped); the guard stays anyway.
    return keeping(low)


def _cut_list(names: tuple[str, ...], limit: int) -> tuple[str, ...]:
    """Names joined longer than ``limit``: the last ones make way for "…"."""
    if len(", ".join(names)) <= limit:
        return names
    kept = list(names)
    while len(kept) > 1 and len(", ".join([*kept, ELLIPSIS])) > limit:
        kept.pop()
    if len(kept) < len(names):
        kept.append(ELLIPSIS)
    return tuple(kept)


def _cut(text: str, limit: int) -> str:
    """``text`` at most ``limit`` characters, cut at a word and ended with a visible "…"."""
    text = " ".join(text.split()) if len(text) > limit else text
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,.;:") + ELLIPSIS


def _fits(page: Page) -> bool:
    """Whether the page's story is no taller than the text frame."""
    used = 0.0
    for index, flowable in enumerate(story(page)):
        _, height = flowable.wrap(FRAME_WIDTH, FRAME_HEIGHT)
        used += height + flowable.getSpaceAfter()
        if index:
            used += flowable.getSpaceBefore()
        if used > FRAME_HEIGHT:
            return False
    return True


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    name: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    label: ParagraphStyle
    body: ParagraphStyle
    item: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    gentle: ParagraphStyle


def _styles(scale: float) -> _Styles:
    """The house styles, the body and lists ``scale`` times their size."""
    s = styles()

    def sized(base: ParagraphStyle, name: str, **extra: object) -> ParagraphStyle:
        options: dict[str, object] = {
            "fontSize": base.fontSize * scale, "leading": base.leading * scale,
            "spaceBefore": base.spaceBefore * scale, "spaceAfter": base.spaceAfter * scale,
            **extra}
        return ParagraphStyle(f"overleg_{name}_{scale}", parent=base, **options)

    return _Styles(
        title=sized(s.title, "title", fontSize=26 * scale, leading=32 * scale, spaceAfter=2),
        name=sized(s.name, "name", spaceAfter=2 * scale),
        muted=sized(s.muted, "muted", spaceAfter=10 * scale),
        h1=sized(s.h1, "h1", fontSize=15 * scale, leading=20 * scale, spaceBefore=14 * scale,
                 spaceAfter=6 * scale),
        label=sized(s.label, "label", spaceBefore=0),
        body=sized(s.body, "body"),
        item=sized(s.body, "item", leftIndent=16 * scale, bulletIndent=2 * scale,
                   bulletFontName=FONT_BOLD, bulletColor=ACCENT, spaceAfter=3 * scale),
        cell=sized(s.cell, "cell"),
        cell_bold=sized(s.cell_bold, "cell_bold"),
        gentle=sized(s.intro, "gentle", spaceBefore=6 * scale),
    )


def story(page: Page) -> list[Flowable]:
    """The page in reading order: who, what was concluded, what was agreed, when again."""
    v, st = page.verslag, _styles(page.scale)
    flow: list[Flowable] = [
        Paragraph(TITLE, st.title),
        Paragraph(para(v.jongere), st.name),
        Paragraph(para(_subtitle(v)), st.muted),
        _who(v, st, page.scale),
        _heading("Wat we hebben besloten", st),
    ]
    flow += _conclusions(page, st)
    flow.append(_heading("Wat we hebben afgesproken", st))
    flow += _afspraken(page, st)
    flow += [Spacer(1, 12 * page.scale), _next(v, st, page.scale)]
    flow.append(Paragraph(para(_seen(v)), st.gentle))
    if page.ingekort or page.conclusies_weg or page.afspraken_weg:
        flow.append(Paragraph(f"<b>{IN_DOSSIER}</b>", st.gentle.clone(
            f"dossier_{page.scale}", textColor=ACCENT_DARK, fontName=FONT_BOLD)))
    return flow


def _subtitle(v: OverlegVerslag) -> str:
    parts = [dutch_date(v.datum)]
    if v.casus_referentie.strip():
        parts.append(v.casus_referentie.strip())
    if v.opgesteld_door.strip():
        parts.append(f"opgeschreven door {v.opgesteld_door.strip()}")
    return " · ".join(parts)


def _heading(text: str, st: _Styles) -> Paragraph:
    h = Paragraph(para(text), st.h1)
    h.keepWithNext = True
    return h


def _who(v: OverlegVerslag, st: _Styles, scale: float) -> Table:
    """Who was there (and who not) in a soft band: the first thing people look for."""
    cell: list[Flowable] = [Paragraph("Wie waren erbij?", st.label)]
    present = ", ".join(v.aanwezigen) if v.aanwezigen else "Niemand opgeschreven."
    cell.append(Paragraph(para(present), st.body))
    if v.afwezigen:
        cell += [Paragraph("Wie waren er niet bij?", st.label.clone(
            f"absent_{scale}", spaceBefore=4 * scale)), Paragraph(para(", ".join(v.afwezigen)),
                                                                  st.body)]
    box = Table([[cell]], colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        *table_commands(),
        ("BACKGROUND", (0, 0), (-1, -1), SOFT),
        ("LINEBEFORE", (0, 0), (0, -1), 3.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
        ("TOPPADDING", (0, 0), (-1, -1), 7 * scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * scale),
    ]))
    return box


def _conclusions(page: Page, st: _Styles) -> list[Flowable]:
    v = page.verslag
    if not v.conclusies and not page.conclusies_weg:
        # With no category for everyone (a guest), the conclusions stay off the wall and paper.
        return [Paragraph(NO_CONCLUSIONS if v.categorieen else CONCLUSIONS_WITHHELD, st.body)]
    flow: list[Flowable] = [Paragraph(para(text), st.item, bulletText="•")
                            for text in v.conclusies]
    if page.conclusies_weg:
        flow.append(Paragraph(f"… en nog {_count(page.conclusies_weg, 'conclusie', 'conclusies')}"
                              ".", st.item, bulletText=" "))
    return flow


def _afspraken(page: Page, st: _Styles) -> list[Flowable]:
    """Who does what, by when: one owner per afspraak, the date as in a letter."""
    v = page.verslag
    flow: list[Flowable] = []
    if not v.afspraken and not page.afspraken_weg:
        flow.append(Paragraph(NO_AFSPRAKEN, st.body))
    else:
        header = [Paragraph(t, st.cell_bold) for t in ("Wie", "Wat", "Wanneer")]
        rows: list[list[object]] = [header]
        for regel in v.afspraken:
            rows.append([Paragraph(f"<b>{para(regel.kop) or 'nog niemand'}</b>", st.cell),
                         Paragraph(para(regel.tekst), st.cell),
                         Paragraph(dutch_date(regel.deadline, "geen datum"), st.cell)])
        if page.afspraken_weg:
            more = _count(page.afspraken_weg, "afspraak", "afspraken")
            rows.append([Paragraph("", st.cell), Paragraph(f"… en nog {more}.", st.cell),
                         Paragraph("", st.cell)])
        what = FRAME_WIDTH - _WHO_WIDTH - _WHEN_WIDTH
        table = Table(rows, colWidths=[_WHO_WIDTH, what, _WHEN_WIDTH])
        table.setStyle(TableStyle([
            *table_commands(),
            ("FONTSIZE", (0, 0), (-1, -1), 9.5 * page.scale),
            ("BACKGROUND", (0, 0), (-1, 0), SOFT),
            ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT_DARK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4 * page.scale),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * page.scale),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ]))
        flow.append(table)
    if v.niet_getoond:
        flow.append(Paragraph(para(_not_shown(v.niet_getoond)), st.gentle))
    return flow


def _not_shown(count: int) -> str:
    """The gentle line for afspraken this room may not all see."""
    if count == 1:
        return ("Er is nog 1 afspraak gemaakt die hier niet staat, omdat niet iedereen die "
                "erbij was dat deel mag zien. Wie het aangaat, hoort het van de consulent.")
    return (f"Er zijn nog {count} afspraken gemaakt die hier niet staan, omdat niet iedereen "
            "die erbij was dat deel mag zien. Wie het aangaat, hoort het van de consulent.")


def _next(v: OverlegVerslag, st: _Styles, scale: float) -> Table:
    """When we look again, in the warm band of the plan's evaluation."""
    if v.volgende_evaluatie is not None:
        sentence = ("We kijken samen opnieuw hoe het gaat op "
                    f"<b>{dutch_date(v.volgende_evaluatie)}</b>.")
    else:
        sentence = "We kijken samen opnieuw hoe het gaat. De datum hoor je nog."
    box = Table([[[Paragraph("Wanneer kijken we weer?", st.label),
                   Paragraph(sentence, st.body)]]], colWidths=[FRAME_WIDTH])
    box.setStyle(TableStyle([
        *table_commands(),
        ("BACKGROUND", (0, 0), (-1, -1), CREAM),
        ("BOX", (0, 0), (-1, -1), 0.6, CREAM_EDGE),
        ("LINEBEFORE", (0, 0), (0, -1), 3.5, WARM),
        ("LEFTPADDING", (0, 0), (-1, -1), 14),
        ("TOPPADDING", (0, 0), (-1, -1), 7 * scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * scale),
    ]))
    return box


def _seen(v: OverlegVerslag) -> str:
    """Which kinds of information everyone in the room was allowed to see."""
    names = [name for c, name in SEEN.items() if c in v.categorieen]
    if not names:
        return ("Niet iedereen die erbij was, mocht gegevens uit het dossier zien. Daarom "
                "staat er weinig op dit papier.")
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"
    return f"Iedereen die erbij was, mocht dit zien: {listed}."


def _count(n: int, one: str, many: str) -> str:
    return f"1 {one}" if n == 1 else f"{n} {many}"


