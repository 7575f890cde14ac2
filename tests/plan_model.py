"""A model of who has seen which plan edit, to predict what merging bundles must show.

The property test in tests/services/test_bundels_property.py lets several vaults edit one
plan and exchange bundles in random orders. This model follows the same story on paper:
every edit is an event in one plan part, every vault knows a set of events per part, a
bundle carries what its sender knew and builds on what was sent before. From that alone it
says which fields must be in conflict (writes made apart that nobody settled), which
afspraken must be shown, which value a field without conflict must show, and which words
must be in every text. It knows nothing of pycrdt; the vaults must agree with it.

The rules are those of docs/bundle-format.md ("Merging without silent loss"): a write
replaces the values its writer could see; two deletions made apart count as one that saw
what either saw; a write to an item that no deletion saw keeps the item as a conflict; a
deleted item takes the conflicts of its fields with it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tafel.domain.plan_delen import DELEN

Knowledge = dict[str, set[int]]  # plan part -> the events known in it


@dataclass(frozen=True)
class Write:
    """One write of a structured field (a multi-value register), as the model sees it."""

    id: int
    part: str
    field: str
    value: Any
    supersedes: frozenset[int]
    seen: frozenset[int] = frozenset()  # a deletion: the item's writes it saw

    @property
    def item(self) -> tuple[str, str, str] | None:
        """(kind, id, name) for a field of an afspraak, else None."""
        kind, _, rest = self.field.partition("/")
        if kind != "afspraak":
            return None
        item_id, _, name = rest.partition("/")
        return kind, item_id, name


@dataclass
class Expected:
    """What a vault that knows exactly these events must show."""

    conflicts: dict[tuple[str, str, str], Counter[Any]] = field(default_factory=dict)
    live: set[str] = field(default_factory=set)  # afspraak ids shown
    single: dict[str, Any] = field(default_factory=dict)  # field -> its one value
    shown_among: dict[str, set[Any]] = field(default_factory=dict)  # field in conflict


class PlanModel:
    """Events, who knows them, and what follows."""

    def __init__(self) -> None:
        self.writes: dict[int, Write] = {}
        self.events = 0
        self.knows: dict[str, Knowledge] = {}
        self.words: dict[str, set[str]] = {}  # text key -> every word inserted
        self.deleted: dict[str, set[str]] = {}  # text key -> every word someone deleted

    def party(self, name: str) -> Knowledge:
        """A vault's knowledge (empty for a new one)."""
        return self.knows.setdefault(name, {part: set() for part in DELEN})

    # -- events -------------------------------------------------------------------------

    def event(self, who: str, part: str) -> int:
        """A change that is not a structured write (text, a new document): known by ``who``."""
        self.events += 1
        self.party(who)[part].add(self.events)
        return self.events

    def values(self, knowledge: Knowledge, part: str, name: str) -> list[Write]:
        """The current values of a field for a vault that knows ``knowledge``."""
        known = [self.writes[e] for e in knowledge[part] if e in self.writes]
        gone: set[int] = set().union(*(w.supersedes for w in known))
        return [w for w in known if w.field == name and w.id not in gone]

    def write(self, who: str, part: str, name: str, value: Any, *, force: bool = False,
              deletion: bool = False) -> bool:
        """``who`` writes a field as :meth:`Registers.set` does; False when nothing is written.

        Writing the one value a field already has changes nothing (unless ``force``), and so
        does clearing a field that has no value.
        """
        knowledge = self.party(who)
        current = self.values(knowledge, part, name)
        if not force and not deletion:
            if len(current) == 1 and current[0].value == value:
                return False
            if value is None and not current:
                return False
        seen: frozenset[int] = frozenset()
        if deletion:
            prefix = name.rpartition("/")[0] + "/"
            known = [self.writes[e] for e in knowledge[part] if e in self.writes]
            gone: set[int] = set().union(*(w.supersedes for w in known))
            seen = frozenset(w.id for w in known if w.field.startswith(prefix)
                             and not w.field.endswith("/verwijderd") and w.id not in gone)
        number = self.event(who, part)
        self.writes[number] = Write(number, part, name, value,
                                    frozenset(w.id for w in current), seen)
        return True

    def text(self, key: str, inserted: Iterable[str] = (), removed: Iterable[str] = ()) -> None:
        """Words put into or taken out of a text by someone."""
        self.words.setdefault(key, set()).update(inserted)
        self.deleted.setdefault(key, set()).update(removed)

    # -- bundles ------------------------------------------------------------------------

    def snapshot(self, who: str, parts: Iterable[str]) -> dict[str, frozenset[int]]:
        """What ``who`` knows of ``parts`` now (what a bundle from it carries)."""
        knowledge = self.party(who)
        return {p: frozenset(knowledge[p]) for p in parts}

    def can_apply(self, who: str, builds_on: dict[str, frozenset[int]]) -> bool:
        """Whether ``who`` knows everything a bundle's parts build on."""
        knowledge = self.party(who)
        return all(state <= knowledge[p] for p, state in builds_on.items())

    def receive(self, who: str, carried: dict[str, frozenset[int]]) -> None:
        """``who`` applied a bundle that carried these parts."""
        knowledge = self.party(who)
        for part, known in carried.items():
            knowledge[part] |= known

    # -- what must show -----------------------------------------------------------------

    def expected(self, knowledge: Knowledge, parts: Iterable[str] = DELEN) -> Expected:
        """Conflicts, shown afspraken and single values for a vault knowing ``knowledge``."""
        out = Expected()
        for part in parts:
            known = [self.writes[e] for e in knowledge[part] if e in self.writes]
            gone: set[int] = set().union(*(w.supersedes for w in known))
            fields: dict[str, list[Write]] = {}
            for w in known:
                if w.id not in gone:
                    fields.setdefault(w.field, []).append(w)
            hidden = self._items(part, fields, out)
            for name, values in fields.items():
                if name.endswith("/bestaat") or name.startswith(hidden):
                    continue
                if name.endswith("/verwijderd") and all(w.value is True for w in values):
                    continue  # agreeing deletions; an edit they missed is its own conflict
                # the same value written apart is no disagreement (PlanDoc.conflicts)
                if len({(type(w.value).__name__, repr(w.value)) for w in values}) > 1:
                    out.conflicts[(part, name, "waarden")] = Counter(w.value for w in values)
                    out.shown_among[name] = {w.value for w in values}
                else:
                    out.single[name] = values[0].value
        return out

    def _items(self, part: str, fields: dict[str, list[Write]], out: Expected) -> tuple[str, ...]:
        """Live afspraken into ``out``, edit-versus-delete conflicts too; the gone prefixes."""
        hidden: list[str] = []
        ids = {f.split("/")[1] for f in fields if f.startswith("afspraak/")
               and f.endswith("/bestaat")}
        for item_id in ids:
            prefix = f"afspraak/{item_id}/"
            deletions = fields.get(prefix + "verwijderd", [])
            if not deletions or not all(w.value is True for w in deletions):
                out.live.add(item_id)
                continue
            seen: set[int] = set().union(*(w.seen for w in deletions))
            unseen = [w for name, values in fields.items() if name.startswith(prefix)
                      and not name.endswith(("/bestaat", "/verwijderd"))
                      for w in values if w.id not in seen]
            if unseen:
                out.live.add(item_id)
                out.conflicts[(part, prefix + "verwijderd", "bewerkt_na_verwijderen")] = \
                    Counter(w.value for w in unseen)
            else:
                hidden.append(prefix)
        return tuple(hidden)
