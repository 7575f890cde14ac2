"""Kengetallen: figures about all cases together, without names, for the municipality to learn.

The figures are built here from :class:`CasusFeiten`, facts about one case that hold no name,
BSN, date of birth, reference or free text (the service reads the rows and keeps only these),
so nothing personal can reach a cell. Every cell that describes fewer than :data:`DREMPEL`
cases is suppressed (its number and value are never kept in the view), and where a table has
a total, more cells are suppressed until the suppressed cells together hold at least
:data:`DREMPEL` cases: so a small cell cannot be found back by subtracting the shown cells
from the total.

A zero describes fewer than five cases too, so it is suppressed like any small cell; but
suppressed zeros alone need no further cell hidden (that they are empty describes no one).

The figures are signals for learning, never targets (DOMAIN.md, "Must not"): the view ranks
nothing and judges no one; the screen and the CSV's documentation say so.

The CSV (:func:`als_csv`) has one row per cell, comma separated, UTF-8, with a point as the
decimal sign. Its columns:

``peildatum``    the day the figures were made (ISO date)
``tabel``        ``fase``, ``verandering``, ``teruggekomen`` or ``overgang_18``
``rij``          the cell's key within its table (a phase, a pillar, ``totaal``, ...)
``omschrijving`` the cell in Dutch words
``stem``         whose score (``professional`` or ``jongere``); empty where it does not apply
``maat``         ``aantal`` (a number of cases) or ``gemiddelde_verandering`` (the mean change,
                 latest minus first, one decimal)
``casussen``     how many cases the cell describes; empty when suppressed
``waarde``       the figure; empty when suppressed
``onderdrukt``   ``ja`` when the cell is suppressed (fewer than 5 cases, or it would reveal
                 such a cell through the total), otherwise ``nee``
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tafel.domain.dates import add_years
from tafel.domain.enums import PIJLER_NAMEN, CasusStatus, Pijler

#: A cell must describe at least this many cases to be shown.
DREMPEL = 5

#: The voices of a score, as :meth:`GesprekView.pillar_score` names them, and in the CSV.
STEMMEN = (("professional", "professional"), ("young", "jongere"))

FASE_NAMEN = {
    CasusStatus.AANMELDING: "Aanmelding",
    CasusStatus.INTAKE: "Intake",
    CasusStatus.PLAN: "Plan",
    CasusStatus.UITVOERING: "Uitvoering",
    CasusStatus.EVALUATIE: "Evaluatie",
    CasusStatus.AFGESLOTEN: "Afgesloten",
    CasusStatus.WAAKVLAM: "Waakvlam",
    CasusStatus.OVERGEDRAGEN: "Overgedragen",
}

COLUMNS = ("peildatum", "tabel", "rij", "omschrijving", "stem", "maat", "casussen", "waarde",
           "onderdrukt")


@dataclass(frozen=True, slots=True)
class Meting:
    """The scores of one finished conversation: its date, rapportcijfer and pillar scores.

    ``scores`` holds (pillar, voice, score) for every pillar a voice scored.
    """

    datum: date
    rapportcijfer: int | None
    scores: tuple[tuple[Pijler, str, float], ...]


@dataclass(frozen=True, slots=True)
class CasusFeiten:
    """What the figures need to know about one case, and nothing that names anyone.

    ``geboortedatum`` is used only to find the day the young person turned 18 and their age
    in whole years at the plan's start; it never reaches a cell.
    """

    status: CasusStatus
    afgesloten_geweest: bool
    heropend: bool
    metingen: tuple[Meting, ...]
    geboortedatum: date | None
    aangemeld_op: date
    afgesloten_op: date | None
    plan_sinds: date | None


@dataclass(frozen=True, slots=True)
class Cel:
    """One figure. Suppressed: ``casussen`` and ``waarde`` are None (never kept)."""

    tabel: str
    rij: str
    omschrijving: str
    stem: str
    maat: str
    casussen: int | None
    waarde: float | None

    @property
    def onderdrukt(self) -> bool:
        """Whether the figure is hidden (fewer than 5 cases, or it would reveal one)."""
        return self.casussen is None

    def getoond(self) -> str:
        """The figure as text: a count as a whole number, a change with its sign."""
        if self.waarde is None:
            return ""
        if self.maat == "aantal":
            return str(int(self.waarde))
        return f"{self.waarde:+.1f}"


@dataclass(frozen=True, slots=True)
class Tabel:
    """A group of figures; where there is a total, it is ``cellen[-1]``."""

    naam: str
    titel: str
    uitleg: str
    cellen: tuple[Cel, ...]
    heeft_totaal: bool


@dataclass(frozen=True, slots=True)
class Kengetallen:
    """All figures of one vault on one day."""

    peildatum: date
    tabellen: tuple[Tabel, ...]

    def tabel(self, naam: str) -> Tabel:
        """The table called ``naam``."""
        return next(t for t in self.tabellen if t.naam == naam)

    def cel(self, tabel: str, rij: str, stem: str = "") -> Cel:
        """One cell, by table, row and voice."""
        return next(c for c in self.tabel(tabel).cellen if c.rij == rij and c.stem == stem)


def verborgen(aantallen: Sequence[int], totaal: int | None) -> set[int]:
    """Which of ``aantallen`` to suppress (indexes; ``len(aantallen)`` stands for the total).

    First every count under :data:`DREMPEL`. With a total shown, the suppressed counts
    together must hold at least :data:`DREMPEL` cases, or the total minus the shown cells
    would give them away: the smallest shown count is suppressed too, until they do. Only
    when they hold no case at all (every suppressed cell is a zero) is that not needed: the
    total then tells that those phases are empty, which describes no one.
    """
    hidden = {i for i, n in enumerate(aantallen) if n < DREMPEL}
    if totaal is None:
        return hidden
    if totaal < DREMPEL:
        return set(range(len(aantallen) + 1))
    while 0 < sum(aantallen[i] for i in hidden) < DREMPEL:
        shown = [i for i in range(len(aantallen)) if i not in hidden]
        if not shown:
            return set(range(len(aantallen) + 1))
        hidden.add(min(shown, key=lambda i: (aantallen[i], i)))
    return hidden


def _telling(naam: str, rijen: Sequence[tuple[str, str, int]],
             totaal: tuple[str, str, int] | None) -> tuple[Cel, ...]:
    counts = [n for _, _, n in rijen]
    hidden = verborgen(counts, totaal[2] if totaal is not None else None)
    all_rows = [*rijen, *([totaal] if totaal is not None else [])]
    return tuple(
        Cel(naam, rij, omschrijving, "", "aantal",
            None if i in hidden else n, None if i in hidden else float(n))
        for i, (rij, omschrijving, n) in enumerate(all_rows)
    )


def _fase(feiten: Sequence[CasusFeiten]) -> Tabel:
    rows = [(s.value, FASE_NAMEN[s], sum(1 for f in feiten if f.status is s)) for s in CasusStatus]
    return Tabel("fase", "Casussen per fase",
                 "Hoeveel casussen nu in elke fase staan.",
                 _telling("fase", rows, ("totaal", "Alle casussen", len(feiten))), True)


def _verandering(naam: str, rij: str, omschrijving: str, stem: str,
                 paren: Sequence[tuple[float, float]]) -> Cel:
    if len(paren) < DREMPEL:
        return Cel(naam, rij, omschrijving, stem, "gemiddelde_verandering", None, None)
    change = sum(last - first for first, last in paren) / len(paren)
    return Cel(naam, rij, omschrijving, stem, "gemiddelde_verandering", len(paren),
               round(change, 1))


def eerste_en_laatste(metingen: Sequence[Meting], pijler: Pijler | None,
                      stem: str = "") -> tuple[float, float] | None:
    """The first and the latest score of a case (a pillar's for one voice, or the rapportcijfer).

    Only conversations that have the score count; with fewer than two there is no change.
    """
    ordered = sorted(metingen, key=lambda m: m.datum)
    if pijler is None:
        values = [float(m.rapportcijfer) for m in ordered if m.rapportcijfer is not None]
    else:
        values = [score for m in ordered for p, voice, score in m.scores
                  if p is pijler and voice == stem]
    return (values[0], values[-1]) if len(values) >= 2 else None


def _veranderingen(feiten: Sequence[CasusFeiten]) -> Tabel:
    cells = []
    for pijler in Pijler:
        for voice, stem in STEMMEN:
            pairs = [p for f in feiten
                     if (p := eerste_en_laatste(f.metingen, pijler, voice)) is not None]
            cells.append(_verandering("verandering", pijler.value, PIJLER_NAMEN[pijler], stem,
                                      pairs))
    pairs = [p for f in feiten if (p := eerste_en_laatste(f.metingen, None)) is not None]
    cells.append(_verandering("verandering", "rapportcijfer", "Rapportcijfer", "jongere",
                              pairs))
    return Tabel("verandering", "Verandering tussen het eerste en het laatste gesprek",
                 "Gemiddeld verschil (laatste min eerste gesprek) bij casussen met minstens "
                 "twee gesprekken; beide stemmen naast elkaar.", tuple(cells), False)


def _teruggekomen(feiten: Sequence[CasusFeiten]) -> Tabel:
    closed = [f for f in feiten if f.afgesloten_geweest]
    back = sum(1 for f in closed if f.heropend)
    rows = [("heropend", "Weer geopend", back),
            ("niet_heropend", "Niet weer geopend", len(closed) - back)]
    return Tabel("teruggekomen", "Teruggekomen na afsluiten",
                 "Van de casussen die ooit zijn afgesloten: hoeveel weer zijn geopend.",
                 _telling("teruggekomen", rows,
                          ("totaal", "Ooit afgesloten", len(closed))), True)


def achttien_tijdens_casus(f: CasusFeiten, peildatum: date) -> date | None:
    """The day the young person turned 18, if that happened while the case was open."""
    if f.geboortedatum is None:
        return None
    birthday = add_years(f.geboortedatum, 18)
    if not f.aangemeld_op <= birthday <= peildatum:
        return None
    if f.status.is_closed and f.afgesloten_op is not None and f.afgesloten_op < birthday:
        return None
    return birthday


def _overgang(feiten: Sequence[CasusFeiten], peildatum: date) -> Tabel:
    under_17 = at_17 = without = 0
    for f in feiten:
        birthday = achttien_tijdens_casus(f, peildatum)
        if birthday is None or f.geboortedatum is None:
            continue
        if f.plan_sinds is None or f.plan_sinds > birthday:
            without += 1
        elif f.plan_sinds < add_years(f.geboortedatum, 17):
            under_17 += 1
        else:
            at_17 += 1
    rows = [("plan_voor_17", "Plan begonnen vóór 17 jaar", under_17),
            ("plan_op_17", "Plan begonnen op 17 jaar", at_17),
            ("geen_plan", "Geen plan toen de jongere 18 werd", without)]
    return Tabel("overgang_18", "De overgang naar 18",
                 "Casussen waarin de jongere 18 werd: was er toen een toekomstplan?",
                 _telling("overgang_18", rows,
                          ("totaal", "18 geworden tijdens de casus",
                           under_17 + at_17 + without)), True)


def kengetallen(feiten: Sequence[CasusFeiten], peildatum: date) -> Kengetallen:
    """All figures of these cases on ``peildatum``, small cells suppressed."""
    return Kengetallen(peildatum, (_fase(feiten), _veranderingen(feiten), _teruggekomen(feiten),
                                   _overgang(feiten, peildatum)))


def als_csv(figures: Kengetallen) -> bytes:
    """The figures as one CSV file (the columns are described in this module's docstring)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for table in figures.tabellen:
        for cell in table.cellen:
            writer.writerow([
                figures.peildatum.isoformat(), cell.tabel, cell.rij, cell.omschrijving,
                cell.stem, cell.maat,
                "" if cell.casussen is None else str(cell.casussen),
                "" if cell.waarde is None else (str(int(cell.waarde)) if cell.maat == "aantal"
                                                else f"{cell.waarde:.1f}"),
                "ja" if cell.onderdrukt else "nee",
            ])
    return out.getvalue().encode("utf-8")
