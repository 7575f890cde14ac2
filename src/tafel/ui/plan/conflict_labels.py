"""Words for what two laptops filled in differently: what it is about, each value, who, when.

The plan's registers keep keys and raw values (``afspraak/<id>/deadline``, ``"2026-12-20"``,
``"professional:Bas de Vries"``) and the other party's vault id. A person chooses between
values they can read, so everything here is turned into plain Dutch: a date as 20-12-2026,
a status as "Bezig", an owner by name, an amount in euro, the writer by name (the young
person by first name) and the moment as "30 nov, 14:05". The vault id is for the machine
and never shown.

One *punt* is one thing a person decides on. Mostly that is one conflict, but an owner
chosen apart is two (the owner and their name are written together): they are shown and
settled as one, so the count on the screen is the count of choices to make.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from tafel.domain.dates import short_date
from tafel.domain.enums import Pijler
from tafel.domain.instrument import Instrument
from tafel.domain.plan_content import (
    AfspraakStatus,
    Auteur,
    DoorbraakSoort,
    KostenRoute,
    PlanContent,
    Schrijver,
    format_euro,
    format_number,
    parse_date,
)
from tafel.domain.plan_register import Conflict, ConflictSoort, Stempel, Waarde
from tafel.ui.i18n import fill
from tafel.ui.plan.plan_labels import (
    afspraak_status_label,
    doorbraak_kind_label,
    pillar_label,
    route_label,
)
from tafel.ui.widgets.conflict_choice import filled_in_by, when_text
from tafel.views.plans import PlanCasus

translate = QCoreApplication.translate

LONGEST_TITLE = 60  # characters of an afspraak's text in a heading


@dataclass(frozen=True)
class Punt:
    """One choice to make: a conflict, with the conflicts settled together with it."""

    conflict: Conflict
    companions: tuple[Conflict, ...] = ()

    @property
    def field(self) -> str:
        """The register's name (``afspraak/<id>/deadline``), as the conflict has it."""
        return self.conflict.field

    @property
    def is_deletion(self) -> bool:
        """An edit to an item another party deleted: keep it, or delete it after all."""
        return self.conflict.soort is ConflictSoort.BEWERKT_NA_VERWIJDEREN

    def companion_value(self, chosen: Waarde, name: str) -> Waarde | None:
        """The value of companion field ``name`` written together with ``chosen``."""
        for companion in self.companions:
            if companion.name == name:
                return next((w for w in companion.values if w.stempel == chosen.stempel), None)
        return None


def punten(conflicts: Iterable[Conflict]) -> list[Punt]:
    """The choices to make, in the plan's order: an owner and their name are one choice."""
    found = list(conflicts)
    by_field = {c.field: c for c in found}
    out: list[Punt] = []
    for conflict in found:
        if conflict.item_kind == "afspraak" and conflict.name == "eigenaar_naam" \
                and f"afspraak/{conflict.item_id}/eigenaar" in by_field:
            continue  # settled with the owner
        companions: tuple[Conflict, ...] = ()
        if conflict.item_kind == "afspraak" and conflict.name == "eigenaar":
            naam = by_field.get(f"afspraak/{conflict.item_id}/eigenaar_naam")
            companions = (naam,) if naam is not None else ()
        out.append(Punt(conflict, companions))
    return out


def field_prefix(kind: str, key: str) -> str:
    """What a mark on an item or a target opens the dialog at (see :meth:`Punt.field`)."""
    return f"{kind}/{key}/" if kind in ("afspraak", "kosten") else f"{kind}/{key}"


def is_about(field: str, prefix: str) -> bool:
    """Whether ``field`` is ``prefix`` itself, or a field of the item ``prefix`` ends with /."""
    return field == prefix or (prefix.endswith("/") and field.startswith(prefix))


def count_for(conflicts: Iterable[Conflict], prefix: str) -> int:
    """How many choices concern ``prefix`` (an item, a target score)."""
    return sum(1 for punt in punten(conflicts) if is_about(punt.field, prefix))


def who_text(stempel: Stempel, young_first_name: str) -> str:
    """Who wrote a value: a professional by name, the young person by first name."""
    auteur = Auteur.decode(stempel.door)
    if auteur.schrijver is Schrijver.JONGERE:
        return young_first_name or translate("ConflictLabels", "the young person")
    return auteur.naam or translate("ConflictLabels", "a professional")


class ConflictWords:
    """Turns one case's conflicts into words: titles, values, writers, moments."""

    def __init__(self, case: PlanCasus, instrument: Instrument, today: date) -> None:
        self.case = case
        self.instrument = instrument
        self.today = today
        naam = case.jongere.naam
        self.young_first_name = naam.split(" ")[0] if naam else ""

    # -- who and when -------------------------------------------------------------------

    def who(self, stempel: Stempel) -> str:
        """The writer's name (never the other vault's id)."""
        return who_text(stempel, self.young_first_name)

    def when(self, stempel: Stempel) -> str:
        """The moment of writing: "30 nov, 14:05"."""
        return when_text(stempel.op, self.today)

    def by(self, values: Iterable[Waarde]) -> str:
        """"Filled in by Bas de Vries · 30 nov, 14:05" for one or more writes of one value."""
        values = list(values)
        latest = max(values, key=lambda w: w.stempel.op)
        return filled_in_by([self.who(w.stempel) for w in values], self.when(latest.stempel))

    # -- what it is about ---------------------------------------------------------------

    def title(self, punt: Punt, content: PlanContent) -> str:
        """What the choice is about: "Afspraak “Bellen met Woonbron” — deadline"."""
        conflict = punt.conflict
        kind, _, rest = conflict.field.partition("/")
        if conflict.item_kind is not None:
            item = self.item_name(conflict.item_kind, conflict.item_id or "", content)
            if punt.is_deletion:
                return item
            return f"{item} — {self.field_label(kind, conflict.name)}"
        if kind == "doel":
            return self.target_title(rest)
        if kind == "meta":
            return self.meta_label(rest)
        return conflict.field

    def item_name(self, kind: str, item_id: str, content: PlanContent) -> str:
        """"Afspraak “Bellen met Woonbron”" or "Kostenpost “Gift: borg”"."""
        if kind == "afspraak":
            text = next((a.actie for a in content.afspraken if a.id == item_id), "")
            template = translate("ConflictLabels", "Afspraak “%1”") if text.strip() else \
                translate("ConflictLabels", "An afspraak without text")
        else:
            text = next((k.omschrijving for k in content.kosten if k.id == item_id), "")
            template = translate("ConflictLabels", "Kostenpost “%1”") if text.strip() else \
                translate("ConflictLabels", "A cost line without description")
        return fill(template, _shorten(text.strip()))

    def target_title(self, key: str) -> str:
        """"Doelscore Wonen — Huisvesting"."""
        pijler, _, domein = key.partition(".")
        try:
            pillar = pillar_label(Pijler(pijler))
        except ValueError:
            pillar = pijler
        try:
            domain = self.instrument.domain(domein).name
        except KeyError:
            domain = domein
        return fill(translate("ConflictLabels", "Doelscore %1 — %2"), pillar, domain)

    def meta_label(self, key: str) -> str:
        """The plan's plain values by name."""
        return {
            "evaluatie_datum": translate("ConflictLabels", "Evaluation date"),
            "uitzondering_nodig": translate("ConflictLabels", "Exception needed"),
            "doorbraak_soort": translate("ConflictLabels", "Kind of doorbraak"),
        }.get(key, key)

    def field_label(self, kind: str, name: str) -> str:
        """A field of an afspraak or cost line, in small letters: "deadline", "bedrag"."""
        labels = {
            "actie": translate("ConflictLabels", "what will be done"),
            "eigenaar": translate("ConflictLabels", "owner"),
            "eigenaar_naam": translate("ConflictLabels", "owner's name"),
            "deadline": translate("ConflictLabels", "deadline"),
            "status": translate("ConflictLabels", "status"),
            "pijler": translate("ConflictLabels", "pillar"),
            "verwijderd": translate("ConflictLabels", "keep or delete"),
        } if kind == "afspraak" else {
            "route": translate("ConflictLabels", "route"),
            "omschrijving": translate("ConflictLabels", "description"),
            "tarief_cent": translate("ConflictLabels", "amount"),
            "eenheid": translate("ConflictLabels", "unit"),
            "aantal": translate("ConflictLabels", "quantity"),
            "periode": translate("ConflictLabels", "period"),
            "periode_eenheid": translate("ConflictLabels", "unit of the period"),
            "verwijderd": translate("ConflictLabels", "keep or delete"),
        }
        return labels.get(name, name)

    # -- values -------------------------------------------------------------------------

    def value(self, field: str, value: Any, naam: str = "") -> str:
        """A value as people read it; ``naam``: an owner's name written with the owner."""
        kind, _, rest = field.partition("/")
        name = rest.rsplit("/", 1)[-1]
        try:
            if kind == "doel":
                return self.target_value(value)
            if kind == "meta":
                return self._meta_value(rest, value)
            if kind == "afspraak":
                return self._afspraak_value(name, value, naam)
            if kind == "kosten":
                return self._kosten_value(name, value)
        except (ValueError, TypeError, IndexError):
            pass
        return str(value)

    def target_value(self, value: Any) -> str:
        """"4 · Voldoende zelfredzaam", or that there is no target."""
        if value is None:
            return translate("ConflictLabels", "no target score")
        score = int(value)
        return f"{score} · {self.instrument.scale_label(score)}"

    def date_value(self, value: Any) -> str:
        """30-11-2026, or that there is no date."""
        return short_date(parse_date(value), translate("ConflictLabels", "no date"))

    def _meta_value(self, key: str, value: Any) -> str:
        if key == "evaluatie_datum":
            return self.date_value(value)
        if key == "uitzondering_nodig":
            if value is None:
                return translate("ConflictLabels", "Not known yet")
            return translate("ConflictLabels", "Yes") if value else \
                translate("ConflictLabels", "No")
        if key == "doorbraak_soort":
            if not value:
                return translate("ConflictLabels", "Not chosen yet")
            return doorbraak_kind_label(DoorbraakSoort(value))
        return str(value)

    def _afspraak_value(self, name: str, value: Any, naam: str) -> str:
        if name == "deadline":
            return self.date_value(value)
        if name == "status":
            return afspraak_status_label(AfspraakStatus(value))
        if name == "pijler":
            return pillar_label(Pijler(value)) if value else \
                translate("ConflictLabels", "no pillar")
        if name == "eigenaar":
            person = self.case.person(str(value or ""))
            if person is not None:
                return person.naam
            if naam:
                return naam
            return translate("ConflictLabels", "nobody yet") if not value else \
                translate("ConflictLabels", "someone no longer in this case")
        if name == "verwijderd":
            return translate("ConflictLabels", "Deleted") if value else \
                translate("ConflictLabels", "Kept")
        return _quoted(value)

    def _kosten_value(self, name: str, value: Any) -> str:
        if name == "tarief_cent":
            return format_euro(int(value or 0))
        if name in ("aantal", "periode"):
            return format_number(float(value or 0))
        if name == "route":
            return route_label(KostenRoute(value))
        if name == "verwijderd":
            return translate("ConflictLabels", "Deleted") if value else \
                translate("ConflictLabels", "Kept")
        return _quoted(value)

    # -- an edit to a deleted item ------------------------------------------------------

    def story(self, punt: Punt) -> str:
        """"Bas deleted this afspraak on …; Fatima changed it meanwhile: status Bezig."."""
        deletion, *edits = punt.conflict.values
        kind = punt.conflict.item_kind or "afspraak"
        template = translate("ConflictLabels", "%1 deleted this afspraak on %2") \
            if kind == "afspraak" else \
            translate("ConflictLabels", "%1 deleted this cost line on %2")
        parts = [fill(template, self.who(deletion.stempel), self.when(deletion.stempel))]
        by_writer: dict[str, list[Waarde]] = {}
        for edit in edits:
            by_writer.setdefault(self.who(edit.stempel), []).append(edit)
        for writer, written in by_writer.items():
            parts.append(fill(translate("ConflictLabels", "%1 changed it meanwhile: %2"),
                              writer, self._changes(kind, written)))
        return "; ".join(parts) + "."

    def _changes(self, kind: str, edits: list[Waarde]) -> str:
        """"deadline 20-12-2026, status Bezig": what one writer changed."""
        fields = {edit.field.rsplit("/", 1)[-1]: edit for edit in edits}
        said: list[str] = []
        for name, edit in fields.items():
            if name == "eigenaar_naam" and "eigenaar" in fields:
                continue
            naam = fields["eigenaar_naam"].value if name == "eigenaar" and \
                "eigenaar_naam" in fields else ""
            said.append(f"{self.field_label(kind, name)} "
                        f"{self.value(edit.field, edit.value, str(naam or ''))}")
        return ", ".join(said)


def _quoted(value: Any) -> str:
    text = str(value or "").strip()
    return f"“{text}”" if text else translate("ConflictLabels", "(empty)")


def _shorten(text: str) -> str:
    one_line = " ".join(text.split())
    if len(one_line) <= LONGEST_TITLE:
        return one_line
    return one_line[:LONGEST_TITLE - 1].rstrip() + "…"
