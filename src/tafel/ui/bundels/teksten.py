"""Bundles in plain words: why a category goes or stays, what a bundle changes, what is open.

The export screen, the preview and what-happened all say these things the same way, so the
sentences live here (context ``BundelTekst``), built from the service's frozen outcomes.
The consulent and the household read them: no version vectors, no "CRDT", no file names of
parts, only the plan's own words (the pillar names, Perspectief, Doorbraak, Vangnet).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from tafel.domain.dates import short_date
from tafel.domain.enums import Gegevenscategorie, Grondslag, Pijler
from tafel.domain.plan_content import Auteur
from tafel.domain.plan_delen import DELEN
from tafel.domain.plan_register import ConflictSoort
from tafel.services.bundel_toestemming import REIZEN
from tafel.ui.i18n import fill
from tafel.ui.labels import basis_label, category_label
from tafel.ui.plan.plan_labels import pillar_label

if TYPE_CHECKING:
    from tafel.domain.plan_register import Conflict
    from tafel.services.bundel_in import Afzender, Uitkomst
    from tafel.services.bundel_toestemming import Grond


# A short name for Qt's translate; lupdate finds the strings by this call.
translate = QCoreApplication.translate


def opsomming(items: Iterable[str]) -> str:
    """``a``, ``a and b``, ``a, b and c`` (translated "and")."""
    words = [item for item in items if item]
    if len(words) < 2:
        return "".join(words)
    return fill(translate("BundelTekst", "%1 and %2"), ", ".join(words[:-1]), words[-1])


def deel_label(deel: str) -> str:
    """A part of the plan as the plan itself names it: a pillar, Perspectief, ..."""
    if deel in {p.value for p in Pijler}:
        return pillar_label(Pijler(deel))
    return {
        "perspectief": translate("BundelTekst", "Perspective"),
        "doorbraak": translate("BundelTekst", "Doorbraak"),
        "vangnet": translate("BundelTekst", "Safety net"),
    }.get(deel, deel)


def _in_order(delen: Iterable[str]) -> list[str]:
    """Parts in the plan's reading order (Perspectief, the pillars, Doorbraak, Vangnet)."""
    return sorted(delen, key=lambda d: DELEN.index(d) if d in DELEN else len(DELEN))


def categorieen_tekst(categorieen: Iterable[Gegevenscategorie]) -> str:
    """``Het toekomstplan, Wonen and Welzijn``, in the order the screens list them."""
    chosen = set(categorieen)
    ordered = [c for c in REIZEN if c in chosen] + sorted(c for c in chosen if c not in REIZEN)
    return opsomming(category_label(c) for c in ordered)


def afzender_naam(afzender: Afzender) -> str:
    """``Fatima Amrani (Wijkteam Weidestad)``."""
    if afzender.organisatie:
        return f"{afzender.naam} ({afzender.organisatie})"
    return afzender.naam


# -- what goes, and why -----------------------------------------------------------------


def grond_tekst(grond: Grond, gegeven_door: str = "",
                categorieen: Iterable[Gegevenscategorie] = ()) -> str:
    """``Wonen — consent from Noor until 01-03-2027, for: Samen aan het plan werken``.

    ``categorieen``: every category that goes on this same ground (one line for them all).
    """
    name = categorieen_tekst(categorieen) or category_label(grond.categorie)
    if grond.teruggestuurd:
        return fill(translate("BundelTekst", "%1 — it came from this party, so it may go back"),
                    name)
    if grond.grondslag is not None and grond.grondslag is not Grondslag.TOESTEMMING:
        basis = basis_label(grond.grondslag)
        basis = basis[:1].lower() + basis[1:]
    elif gegeven_door:
        basis = fill(translate("BundelTekst", "consent from %1"), gegeven_door)
    else:
        basis = translate("BundelTekst", "consent")
    if grond.verloopt_op is not None:
        basis = fill(translate("BundelTekst", "%1 until %2"), basis,
                     short_date(grond.verloopt_op))
    if grond.doel:
        return fill(translate("BundelTekst", "%1 — %2, for: %3"), name, basis, grond.doel)
    return fill(translate("BundelTekst", "%1 — %2"), name, basis)


def blijft_tekst(categorieen: Iterable[Gegevenscategorie]) -> str:
    """``Inkomen — stays here: no consent``."""
    return fill(translate("BundelTekst", "%1 — stays here: no consent"),
                categorieen_tekst(categorieen))


def niet_voor_allen_tekst(categorieen: Iterable[Gegevenscategorie]) -> str:
    """A category this party may have that still stays: another recipient may not."""
    return fill(translate("BundelTekst", "%1 — may go to this party, but stays here all the "
                          "same: not everyone you chose may have it"),
                categorieen_tekst(categorieen))


# -- what a bundle changes ----------------------------------------------------------------


def _versies(numbers: Sequence[int]) -> str:
    return opsomming(str(n) for n in sorted(numbers))


def _aantal(value: object) -> int:
    """How many people came (the dossier may report a number or a list)."""
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int):
        return value
    try:
        return len(value)  # type: ignore[arg-type]
    except TypeError:
        return 0


def veranderingen(uitkomst: Uitkomst) -> list[str]:
    """What reading the bundle in changes (or changed), one line each."""
    plan = uitkomst.plan
    started = [n for n in plan.created_versions if n - 1 in plan.outdated_signed]
    new = [n for n in plan.created_versions if n not in started]
    changed = [n for n in plan.changed_versions if n not in plan.created_versions]
    lines = []
    if uitkomst.nieuwe_casus:
        lines.append(fill(translate(
            "BundelTekst", "The case %1 is new in this vault (without names: only what was "
            "shared comes)."), uitkomst.referentie))
    if new:
        lines.append(fill(_meervoud().nieuw(len(new)), _versies(new)))
    if changed:
        lines.append(fill(_meervoud().bijgewerkt(len(changed)), _versies(changed)))
    if uitkomst.gewijzigde_delen:
        lines.append(fill(translate("BundelTekst", "Parts of the plan: %1"),
                          opsomming(deel_label(d) for d in _in_order(uitkomst.gewijzigde_delen))))
    for nummer in plan.outdated_signed:
        lines.append(fill(translate(
            "BundelTekst", "Version %1 was signed: those signatures now belong to the earlier "
            "text."), nummer))
    for nummer in started:
        lines.append(fill(translate(
            "BundelTekst", "New version %1 started with the merged text, so the signed version "
            "stays as it was."), nummer))
    if plan.correcties:
        lines.append(translate(
            "BundelTekst", "A text was corrected or removed at someone's request (AVG art. 16 "
            "or 17): here too it is gone, from every version and from your own prints."))
    if uitkomst.toestemmingen:
        lines.append(_meervoud().toestemmingen(uitkomst.toestemmingen))
    people = _aantal(uitkomst.mensen)
    if people:
        lines.append(_meervoud().mensen(people))
    if not lines:
        lines.append(translate("BundelTekst", "Nothing in the plan changes."))
    return lines


def daarna_tekst(uitkomst: Uitkomst) -> list[str]:
    """The bundles that waited for this one and were read in with it."""
    also = translate("BundelTekst", "Also read in, because it waited for this one: %1.")
    return [fill(also, name) for name in uitkomst.daarna_toegepast]


def wacht_tekst(ontbreekt: str) -> str:
    """Why a bundle waits, and that tafel reads it in by itself later."""
    return fill(translate(
        "BundelTekst", "This bundle builds on %1, which is not here yet. tafel keeps it and "
        "reads it in by itself as soon as that one arrives."), ontbreekt)


# -- conflicts ------------------------------------------------------------------------------


def _veld(name: str) -> str:
    words = {
        "actie": translate("BundelTekst", "what"),
        "eigenaar": translate("BundelTekst", "who"),
        "deadline": translate("BundelTekst", "deadline"),
        "status": translate("BundelTekst", "status"),
        "pijler": translate("BundelTekst", "pillar"),
        "evaluatie_datum": translate("BundelTekst", "evaluation date"),
        "uitzondering_nodig": translate("BundelTekst", "exception needed"),
        "doorbraak_soort": translate("BundelTekst", "kind of doorbraak"),
        "bedrag": translate("BundelTekst", "amount"),
        "aantal": translate("BundelTekst", "quantity"),
        "periode": translate("BundelTekst", "period"),
        "omschrijving": translate("BundelTekst", "description"),
    }
    return words.get(name, name.replace("_", " "))


def conflict_tekst(conflict: Conflict) -> str:
    """``Wonen: an afspraak, deadline (filled in differently by Fatima and Sanne)``."""
    deel = deel_label(conflict.deel)
    names = list(dict.fromkeys(Auteur.decode(v.stempel.door).naam for v in conflict.values
                               if Auteur.decode(v.stempel.door).naam))
    kind = conflict.item_kind
    item = {"afspraak": translate("BundelTekst", "an afspraak"),
            "kosten": translate("BundelTekst", "a cost line")}.get(kind or "", "")
    if conflict.soort is ConflictSoort.BEWERKT_NA_VERWIJDEREN:
        deleter, editors = (names[0], names[1:]) if names else ("", [])
        what = fill(translate("BundelTekst", "%1 deleted by %2, but changed by %3"), item,
                    deleter, opsomming(editors) or deleter)
        return fill(translate("BundelTekst", "%1: %2"), deel, what)
    head = conflict.field.split("/", 1)[0]
    if kind:
        field = fill(translate("BundelTekst", "%1, %2"), item, _veld(conflict.name))
    elif head == "doel":
        field = translate("BundelTekst", "target score")
    else:
        field = _veld(conflict.name)
    if names:
        field = fill(translate("BundelTekst", "%1 (filled in differently by %2)"), field,
                     opsomming(names))
    return fill(translate("BundelTekst", "%1: %2"), deel, field)


def conflicten_kop(count: int) -> str:
    """The heading above the open conflicts."""
    return _meervoud().conflicten(count)


class BundelMeervoud(QObject):
    """The sentences with a number (Qt's plural forms; lupdate reads them from ``self.tr``)."""

    def nieuw(self, n: int) -> str:
        """``New in this vault: plan version %1`` (one or more numbers)."""
        return self.tr("New in this vault: plan version %1", "", n)

    def bijgewerkt(self, n: int) -> str:
        """``Updated: plan version %1``."""
        return self.tr("Updated: plan version %1", "", n)

    def toestemmingen(self, n: int) -> str:
        """Consents that came with the bundle."""
        return self.tr("%n consent(s) for the people who share this plan", "", n)

    def mensen(self, n: int) -> str:
        """People that came with the bundle."""
        return self.tr("%n person(s) in the household or network", "", n)

    def conflicten(self, n: int) -> str:
        """The heading above the open conflicts."""
        return self.tr("Afterwards %n point(s) in the plan were filled in differently: choose "
                       "together what it will be.", "", n)


@cache
def _meervoud() -> BundelMeervoud:
    return BundelMeervoud()
