"""Vaults that edit one plan and exchange bundles, checked against :mod:`tests.plan_model`.

A :class:`Round` is one case shared by a holder (the wijkteam) with other parties. Every
edit goes through the plan service of the vault that makes it, every bundle through
``services.bundels``; the model follows along and says what each vault must show. Used by
tests/services/test_bundels_property.py (random rounds) and its copied-vault test.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import select

from tafel.domain.bundel_tables import Bundel, BundelStatus
from tafel.domain.enums import Gegevenscategorie
from tafel.domain.plan_content import PlanContent
from tafel.domain.plan_delen import DELEN, deel_van_pijler, deel_van_tekst, delen_voor
from tafel.domain.plan_doc import (
    ChooseValue,
    PlanEdit,
    RemoveAfspraak,
    SetAfspraak,
    SetMeta,
    SetTarget,
    SetText,
)
from tafel.domain.plan_edits import clean_afspraak, clean_meta, clean_target
from tafel.domain.plan_register import Conflict
from tafel.sync import bundle as bundles
from tafel.views.plans import PlanVersieView
from tests.builders import Laptop, new_case, share_with
from tests.plan_model import Expected, PlanModel

ALL = tuple(Gegevenscategorie)
NO_INKOMEN = tuple(c for c in Gegevenscategorie if c is not Gegevenscategorie.INKOMEN)


@dataclass
class Sent:
    """A bundle on its way, and what the model says it carries and builds on."""

    bundel_id: str
    data: bytes
    sender: str
    receivers: tuple[str, ...]
    number: int
    builds_on: dict[str, frozenset[int]]
    carried: dict[str, frozenset[int]]


@dataclass
class Tally:
    """What happened, over all rounds: so a test can show its rounds were not all trivial."""

    waited: int = 0
    applied_later: int = 0
    duplicates: int = 0
    conflicts: Counter[str] = field(default_factory=Counter)
    edits: Counter[str] = field(default_factory=Counter)


class Round:
    """One case, its holder and the other parties, the model and the bundles in flight."""

    def __init__(self, holder: Laptop, others: list[Laptop], without_inkomen: Laptop | None,
                 tally: Tally | None = None) -> None:
        self.holder = holder
        self.laptops = {one.naam: one for one in (holder, *others)}
        self.model = PlanModel()
        self.tally = tally or Tally()
        self.parts: dict[str, tuple[str, ...]] = {holder.naam: DELEN}
        case_id = holder.services.casussen.register(new_case()).primary_id
        assert case_id is not None
        self.case_id: uuid.UUID = case_id
        for other in others:
            categorieen = NO_INKOMEN if other is without_inkomen else ALL
            share_with(holder, case_id, other, categorieen)
            self.parts[other.naam] = delen_voor(set(categorieen))
        self.stand: dict[tuple[str, tuple[str, ...]], dict[str, frozenset[int]]] = {}
        self.applied: dict[str, set[str]] = {n: set() for n in self.laptops}
        self.waiting: dict[str, dict[str, Sent]] = {n: {} for n in self.laptops}
        self.flying: list[tuple[Sent, str]] = []
        self.afspraak_part: dict[str, str] = {}
        self.version_ids: dict[str, uuid.UUID] = {}
        self.counter = 0

    # -- the plan -----------------------------------------------------------------------

    def start(self, afspraken: tuple[str | None, ...] = ("wonen", "inkomen", None)) -> None:
        """The holder starts the plan and adds afspraken everyone will share."""
        who = self.holder.naam
        self.holder.services.plans.start(self.case_id)
        for part in DELEN:  # every part's empty texts, made in the shared base
            self.model.event(who, part)
        evaluatie = self.view(self.holder).content.evaluatie_datum
        assert evaluatie is not None
        self.model.write(who, "perspectief", "meta/evaluatie_datum", evaluatie.isoformat())
        for pijler in afspraken:
            self.add_afspraak(self.holder, pijler)

    def view(self, one: Laptop) -> PlanVersieView:
        """The newest version as ``one`` shows it."""
        found = one.services.plans.for_case(self.case_id)
        assert found is not None
        self.version_ids[one.naam] = found.latest.id
        return found.latest

    def edit(self, one: Laptop, edit: PlanEdit, *, writes: bool = True) -> str | None:
        """``one`` makes an edit; it must be saved exactly when the model says it writes."""
        version = self.version_ids.get(one.naam) or self.view(one).id
        result = one.services.plans.edit(version, edit)
        assert result.changes.is_empty is not writes, (one.naam, edit)
        self.tally.edits[type(edit).__name__] += 1
        return result.created_id

    def word(self, one: Laptop) -> str:
        """A new word nobody typed before, in letters that are more than one UTF-8 byte."""
        self.counter += 1
        mark = "aéø€🙂"[list(self.laptops).index(one.naam) % 5]
        return f"{mark}{self.counter:04d}"

    def insert(self, one: Laptop, key: str, at: int, text: str | None = None) -> None:
        """``one`` types a new word into ``key`` at a word boundary (``at`` picks which).

        ``text`` is what ``one`` shows in ``key`` now (read when not given).
        """
        text = self.view(one).content.text(key) if text is None else text
        bounds = [0, len(text), *(i for i, ch in enumerate(text) if ch == " ")]
        where = sorted(set(bounds))[at % len(set(bounds))]
        new = self.word(one)
        self.model.text(key, inserted=[new])
        self.model.event(one.naam, deel_van_tekst(key))
        self.edit(one, SetText(key, text[:where] + " " + new + text[where:]))

    def delete(self, one: Laptop, key: str, pick: int, text: str | None = None) -> bool:
        """``one`` deletes a word it sees in ``key`` (with one space); False if none."""
        text = self.view(one).content.text(key) if text is None else text
        present = sorted(w for w in self.model.words.get(key, ()) if w in text)
        if not present:
            return False
        gone = present[pick % len(present)]
        at = text.index(gone)
        start, end = at, at + len(gone)
        if start > 0 and text[start - 1] == " ":
            start -= 1
        elif end < len(text) and text[end] == " ":
            end += 1
        self.model.text(key, removed=[gone])
        self.model.event(one.naam, deel_van_tekst(key))
        self.edit(one, SetText(key, text[:start] + text[end:]))
        return True

    def add_afspraak(self, one: Laptop, pijler: str | None) -> str:
        """``one`` adds an afspraak (in its pillar's part)."""
        values = clean_afspraak({"actie": f"Actie {self.counter}", "pijler": pijler,
                                 "status": "open"})
        created = self.edit(one, SetAfspraak(None, values))
        assert created is not None
        part = deel_van_pijler(pijler)
        self.afspraak_part[created] = part
        self.model.write(one.naam, part, f"afspraak/{created}/bestaat", created)
        for name, value in values.items():
            if value is not None:
                self.model.write(one.naam, part, f"afspraak/{created}/{name}", value)
        return created

    def set_afspraak(self, one: Laptop, afspraak: str, name: str, value: Any) -> None:
        """``one`` changes one field of an afspraak it sees."""
        clean = clean_afspraak({name: value})[name]
        writes = self.model.write(one.naam, self.afspraak_part[afspraak],
                                  f"afspraak/{afspraak}/{name}", clean)
        self.edit(one, SetAfspraak(afspraak, {name: value}), writes=writes)

    def remove_afspraak(self, one: Laptop, afspraak: str) -> None:
        """``one`` deletes an afspraak it sees."""
        self.model.write(one.naam, self.afspraak_part[afspraak],
                         f"afspraak/{afspraak}/verwijderd", True, deletion=True)
        self.edit(one, RemoveAfspraak(afspraak))

    def set_target(self, one: Laptop, key: str, score: int | None) -> None:
        """``one`` sets (or clears) a target score."""
        writes = self.model.write(one.naam, deel_van_pijler(key.partition(".")[0]),
                                  f"doel/{key}", score)
        self.edit(one, SetTarget(key, score), writes=writes)

    def set_meta(self, one: Laptop, key: str, value: Any) -> None:
        """``one`` sets the evaluation date, the exception or the kind of doorbraak."""
        _key, clean = clean_meta(key, value)
        part = "perspectief" if key == "evaluatie_datum" else "doorbraak"
        writes = self.model.write(one.naam, part, f"meta/{key}", clean)
        self.edit(one, SetMeta(key, value), writes=writes)

    def choose(self, one: Laptop, conflict: Conflict, pick: int) -> None:
        """``one`` settles a conflict it sees: one of the values, or delete / keep."""
        if conflict.name == "verwijderd":
            value: Any = pick % 2 == 0
        else:
            value = conflict.values[pick % len(conflict.values)].value
        kind, _, rest = conflict.field.partition("/")
        if conflict.name == "verwijderd" and value:
            self.model.write(one.naam, conflict.deel, conflict.field, True, deletion=True)
        elif kind == "afspraak" and conflict.name != "verwijderd":
            clean = clean_afspraak({conflict.name: value})[conflict.name]
            self.model.write(one.naam, conflict.deel, conflict.field, clean, force=True)
        elif kind == "doel":
            self.model.write(one.naam, conflict.deel, conflict.field, clean_target(value),
                             force=True)
        elif kind == "meta":
            self.model.write(one.naam, conflict.deel, conflict.field,
                             clean_meta(rest, value)[1], force=True)
        else:
            self.model.write(one.naam, conflict.deel, conflict.field, value, force=True)
        self.edit(one, ChooseValue(conflict.field, value))

    def in_order(self, ids: Iterable[str]) -> list[str]:
        """Afspraak ids in the order they were made (not by their random uuid).

        So a failing round chooses the same afspraken when Hypothesis runs it again.
        """
        wanted = set(ids)
        return [a for a in self.afspraak_part if a in wanted]

    def conflicts_in_order(self, conflicts: tuple[Conflict, ...]) -> list[Conflict]:
        """Conflicts in an order that does not depend on random ids (see :meth:`in_order`)."""
        rank = {a: f"{i:04d}" for i, a in enumerate(self.afspraak_part)}

        def key(c: Conflict) -> tuple[str, str]:
            return c.deel, "/".join(rank.get(p, p) for p in c.field.split("/"))
        return sorted(conflicts, key=key)

    def copy_party(self, original: Laptop, copy: Laptop) -> None:
        """``copy`` is a copy of ``original``'s vault file: it knows and sent what it did."""
        self.laptops[copy.naam] = copy
        self.parts[copy.naam] = self.parts[original.naam]
        self.applied[copy.naam] = set(self.applied[original.naam])
        self.waiting[copy.naam] = dict(self.waiting[original.naam])
        self.model.knows[copy.naam] = {p: set(k) for p, k in
                                       self.model.party(original.naam).items()}
        for (sender, names), stand in list(self.stand.items()):
            if sender == original.naam:
                self.stand[(copy.naam, names)] = dict(stand)

    # -- bundles ------------------------------------------------------------------------

    def send(self, sender: Laptop, *receivers: Laptop) -> Sent:
        """``sender`` makes a bundle for ``receivers``; it flies until delivered."""
        names = tuple(sorted(r.naam for r in receivers))
        allowed = [p for p in self.parts[sender.naam]
                   if all(p in self.parts[r] for r in names)]
        made = sender.services.bundels.exporteer(
            self.case_id, partij_ids=[sender.party(r) for r in receivers])
        stand = self.stand.setdefault((sender.naam, names), {})
        now = self.model.snapshot(sender.naam, allowed)
        changed = [p for p in allowed if stand.get(p) != now[p]]
        mine = receivers[0].services.partijen.eigen_sleutels()
        opened = bundles.open_bundle(made.data, identities=[mine.age_identiteit])
        carried = sorted(d["part"].rpartition(".")[2] for d in opened.manifest["documents"]
                         if d["kind"] == "plan_deel")  # the dossier travels whole, always
        assert carried == sorted(changed), (carried, changed)
        sent = Sent(made.bundel_id, made.data, sender.naam, names, made.volgnummer,
                    builds_on={p: stand[p] for p in changed if p in stand},
                    carried={p: now[p] for p in changed})
        stand.update(now)
        self.flying.extend((sent, r) for r in names)
        return sent

    def deliver(self, sent: Sent, receiver: Laptop) -> str:
        """``receiver`` reads a bundle in; what the service does must be what the model says."""
        name = receiver.naam
        status = receiver.services.bundels.lees_in(sent.data).uitkomst.status
        if sent.bundel_id in self.applied[name]:
            assert status == "al_ingelezen", status
            self.tally.duplicates += 1
            return status
        if not self.model.can_apply(name, sent.builds_on):
            assert status == "wacht", (status, "it builds on a bundle not read yet")
            self.waiting[name][sent.bundel_id] = sent
            self.tally.waited += 1
            assert waiting_in(receiver, self.case_id) == set(self.waiting[name])
            return status
        assert status == "toegepast", (status, "everything it builds on is here")
        self._apply(name, sent)
        progress = True
        while progress:  # what waited and can apply now, as the service does
            progress = False
            for waiting in list(self.waiting[name].values()):
                if self.model.can_apply(name, waiting.builds_on):
                    self._apply(name, waiting)
                    self.tally.applied_later += 1
                    progress = True
        assert waiting_in(receiver, self.case_id) == set(self.waiting[name])
        return status

    def _apply(self, name: str, sent: Sent) -> None:
        self.model.receive(name, sent.carried)
        self.applied[name].add(sent.bundel_id)
        self.waiting[name].pop(sent.bundel_id, None)

    # -- checks -------------------------------------------------------------------------

    def expected(self, one: Laptop) -> Expected:
        """What the model says ``one`` must show now."""
        return self.model.expected(self.model.party(one.naam), self.parts[one.naam])

    def check(self, one: Laptop) -> None:
        """``one`` shows exactly the conflicts, afspraken and values the model predicts."""
        found = one.services.plans.for_case(self.case_id)
        if found is None:
            return
        latest = found.latest
        self.version_ids[one.naam] = latest.id
        want = self.expected(one)
        got = conflicts_of(latest.conflicts)
        assert got == want.conflicts, (one.naam, got, want.conflicts)
        assert {a.id for a in latest.content.afspraken} == want.live, one.naam
        shown = shown_values(latest.content)
        for name, value in want.single.items():
            if _on_screen(name, want.live):
                assert shown.get(name) == value, (one.naam, name, shown.get(name), value)
        for name, among in want.shown_among.items():
            if _on_screen(name, want.live):
                assert shown.get(name) in among, (one.naam, name, shown.get(name), among)
        for conflict in latest.conflicts:
            self.tally.conflicts[conflict.soort.value] += 1

    def check_words(self, one: Laptop) -> None:
        """Every word anyone typed and nobody deleted is there once; deleted ones are gone."""
        content = self.view(one).content
        for key, words in self.model.words.items():
            if deel_van_tekst(key) not in self.parts[one.naam]:
                assert content.text(key) == "", (one.naam, key)
                continue
            text = content.text(key)
            deleted = self.model.deleted.get(key, set())
            for word in words:
                assert text.count(word) == (0 if word in deleted else 1), (one.naam, key, word)


def _on_screen(name: str, live: set[str]) -> bool:
    """Whether a field is one the plan shows: a score, a meta value, a shown afspraak's."""
    if name.startswith(("doel/", "meta/")):
        return True
    kind, item_id, rest = [*name.split("/", 2), "", ""][:3]
    return kind == "afspraak" and item_id in live and rest not in ("bestaat", "verwijderd")


def waiting_in(one: Laptop, case_id: uuid.UUID) -> set[str]:
    """The ids of the bundles about a case waiting in a vault, read from its table."""
    with one.vault.transaction() as session:
        rows = session.exec(select(Bundel.bundel_id).where(Bundel.casus_id == case_id).where(
            Bundel.status == BundelStatus.WACHT)).all()
    return {str(r) for r in rows}


def conflicts_of(conflicts: tuple[Conflict, ...]) -> dict[tuple[str, str, str], Counter[Any]]:
    """Conflicts as the model writes them: field -> the competing values.

    For an edit to a deleted item: the edits the deletion did not see.
    """
    out: dict[tuple[str, str, str], Counter[Any]] = {}
    for c in conflicts:
        values = c.values if c.soort.value == "waarden" else c.values[1:]
        out[(c.deel, c.field, c.soort.value)] = Counter(w.value for w in values)
    return out


def shown_values(content: PlanContent) -> dict[str, Any]:
    """The structured values a plan shows, under the model's field names."""
    shown: dict[str, Any] = {f"doel/{k}": v for k, v in content.doelscores.items()}
    shown["meta/evaluatie_datum"] = content.evaluatie_datum.isoformat() \
        if content.evaluatie_datum else None
    shown["meta/uitzondering_nodig"] = content.uitzondering_nodig
    shown["meta/doorbraak_soort"] = content.doorbraak_soort.value \
        if content.doorbraak_soort else None
    for afspraak in content.afspraken:
        for name, value in afspraak.canonical().items():
            if name != "id":
                shown[f"afspraak/{afspraak.id}/{name}"] = value
    return shown


def without_inkomen(content: PlanContent) -> PlanContent:
    """The plan as a party without consent for Inkomen must have it."""
    from dataclasses import replace

    return replace(
        content,
        teksten={k: v for k, v in content.teksten.items() if not k.startswith("inkomen.")},
        auteurs={k: v for k, v in content.auteurs.items() if not k.startswith("inkomen.")},
        doelscores={k: v for k, v in content.doelscores.items()
                    if not k.startswith("inkomen.")},
        afspraken=tuple(a for a in content.afspraken
                        if a.pijler is None or a.pijler.value != "inkomen"),
    )


DATES = tuple(date(2027, m, 1) for m in (1, 2, 3))
