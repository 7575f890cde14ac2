"""What the wall in the casus-overleg is built from: only what the room may see.

Hiding a window from a projector is unreliable, so the safety comes from here: the
presentation window gets a :class:`WandView` and nothing else. It is made from the plan's
content and the people's first names, filtered by the categories the room may see
(:func:`tafel.domain.overleg.zichtbaar`); what is left out is not in the value at all, so no
widget, tooltip or accessible name can show it. BSN, address, contact details and notes are
never in it, whoever is present.

The agenda follows the Doorbraakmethode: situatieschets, perspectief (the young person's own
words first), zelf doen, netwerk, ondersteuning, behandeling, doorbraak, afspraken, vangnet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tafel.domain import plan_delen
from tafel.domain.enums import PIJLER_NAMEN, Gegevenscategorie, Pijler
from tafel.domain.overleg import AgendaStap
from tafel.domain.plan_content import (
    DOORBRAAK_PARTS,
    ROUTE_NAMEN,
    WAARDEN,
    PlanContent,
    format_euro,
    kosten_samenvatting,
    pillar_key,
)

#: The pillar part each middle step shows.
_PILLAR_STEP = {AgendaStap.ZELF_DOEN: "zelf_doen", AgendaStap.NETWERK: "netwerk",
                AgendaStap.ONDERSTEUNING: "ondersteuning", AgendaStap.BEHANDELING: "behandeling"}


@dataclass(frozen=True)
class WandRegel:
    """One line on the wall: a heading (a pillar, a corner of the triangle) and its text."""

    kop: str
    tekst: str
    deadline: date | None = None  # an afspraak's "by when"


@dataclass(frozen=True)
class WandStap:
    """One agenda step as the wall shows it; ``niet_getoond`` counts what the room may not see."""

    stap: AgendaStap
    regels: tuple[WandRegel, ...]
    niet_getoond: int = 0


@dataclass(frozen=True)
class WandView:
    """Everything the presentation window may show, and nothing more."""

    jongere: str  # the first name, or "de jongere" without persoonsgegevens
    categorieen: frozenset[Gegevenscategorie]
    stappen: tuple[WandStap, ...]
    #: What the room concluded so far (typed by the consulent, said aloud in the room).
    conclusies: tuple[str, ...] = ()

    def stap(self, stap: AgendaStap) -> WandStap:
        """One step of the agenda."""
        return next(s for s in self.stappen if s.stap is stap)

    def teksten(self) -> list[str]:
        """Every string in the view (for tests that search it, and for the window itself)."""
        out = [self.jongere]
        for stap in self.stappen:
            out += [t for r in stap.regels for t in (r.kop, r.tekst)]
        return out + list(self.conclusies)


def _kosten(plan: PlanContent) -> list[WandRegel]:
    """The cost comparison: each route's total with what it is made of, then one sentence."""
    if not plan.kosten:
        return []
    regels = [WandRegel(naam, f"{format_euro(plan.route_total_cent(route))}: "
                        + ", ".join(k.omschrijving for k in plan.costs(route) if k.omschrijving))
              for route, naam in ROUTE_NAMEN.items() if plan.costs(route)]
    return [*regels, WandRegel("Kostenvergelijking", kosten_samenvatting(plan))]


def wand_view(content: PlanContent | None, voornaam: str,
              categorieen: frozenset[Gegevenscategorie],
              namen: dict[str, str] | None = None,
              conclusies: tuple[str, ...] = ()) -> WandView:
    """The wall for a room that may see ``categorieen``.

    ``namen`` maps an afspraak owner's key to a first name; it is used only when the room
    may see persoonsgegevens (otherwise an owner shows as their role in the plan: "iemand").
    """
    people = Gegevenscategorie.PERSOONSGEGEVENS in categorieen
    delen = set(plan_delen.delen_voor(set(categorieen)))
    plan = content or PlanContent()
    pijlers = [p for p in Pijler if p.value in delen]
    hidden_pijlers = len(Pijler) - len(pijlers)
    stappen = [WandStap(AgendaStap.SITUATIESCHETS, tuple(
        WandRegel(PIJLER_NAMEN[p], plan.text(pillar_key(p, "ik_doel"))) for p in pijlers
        if plan.text(pillar_key(p, "ik_doel"))), hidden_pijlers)]
    shared = plan_delen.PERSPECTIEF in delen
    stappen.append(WandStap(AgendaStap.PERSPECTIEF, tuple(
        WandRegel(kop, plan.text(key)) for kop, key in (("Mijn perspectief", "perspectief"),
                                                      ("Mijn droom", "droom"))
        if shared and plan.text(key)), 0 if shared else 1))
    for stap, part in _PILLAR_STEP.items():
        stappen.append(WandStap(stap, tuple(
            WandRegel(PIJLER_NAMEN[p], plan.text(pillar_key(p, part))) for p in pijlers
            if plan.text(pillar_key(p, part))), hidden_pijlers))
    doorbraak = plan_delen.DOORBRAAK in delen
    keys = [f"doorbraak.{p}" for p in DOORBRAAK_PARTS] + [f"waarden.{w}" for w in WAARDEN]
    stappen.append(WandStap(AgendaStap.DOORBRAAK, tuple(
        [WandRegel(key.partition(".")[2].capitalize(), plan.text(key)) for key in keys
         if doorbraak and plan.text(key)] + (_kosten(plan) if doorbraak else [])),
        0 if doorbraak else 1))
    shown, hidden = [], 0
    for afspraak in plan.afspraken:
        deel = plan_delen.deel_van_pijler(afspraak.pijler.value if afspraak.pijler else None)
        if deel not in delen:
            hidden += 1
            continue
        owner = (namen or {}).get(afspraak.eigenaar, "") if people else ""
        shown.append(WandRegel(owner or "Iemand uit het netwerk", afspraak.actie,
                               afspraak.deadline))
    stappen.append(WandStap(AgendaStap.AFSPRAKEN, tuple(shown), hidden))
    vangnet = plan_delen.VANGNET in delen
    stappen.append(WandStap(AgendaStap.VANGNET, tuple(
        [WandRegel("Vangnet", plan.text("vangnet"))] if vangnet and plan.text("vangnet")
        else []), 0 if vangnet else 1))
    return WandView(voornaam if people else "de jongere", categorieen, tuple(stappen),
                    conclusies if categorieen else ())
