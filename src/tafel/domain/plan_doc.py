"""A toekomstplan version as pycrdt documents (one per part), and the edits that change it.

Several parties write the same plan on their own laptops and merge later, so the plan is a
CRDT: free text as :class:`pycrdt.Text` (a change is stored as the smallest insert and delete,
so two people typing in the same part both keep their words, interleaved), and every
structured value (a target score, an afspraak's deadline, owner or status, a cost line, the
doorbraak's kind) as a multi-value register (:mod:`tafel.domain.plan_register`), so two values
set apart are both kept and shown as a conflict instead of one being dropped.

The plan is split into parts along consent (:mod:`tafel.domain.plan_delen`): each part is its
own document, exchanged only with parties whose consent covers it.
:meth:`PlanDoc.content` reads all parts out as one :class:`PlanContent`.

A copy of a vault (a restored backup, a copied file) edited on two laptops must still
converge, so the CRDT client id is never stored: every opened vault gets a fresh one
(``client_id``), and the id a document is loaded with is the one its new edits carry.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from pycrdt import Doc, Map, Text

from tafel.domain import plan_delen
from tafel.domain.plan_content import (
    TEXT_KEYS,
    Afspraak,
    Auteur,
    DoorbraakSoort,
    Kostenpost,
    PlanContent,
    afspraak_from_dict,
    kostenpost_from_dict,
    parse_date,
    parse_enum,
)
from tafel.domain.plan_delen import DELEN, META_DEEL, deel_van_pijler, deel_van_tekst
from tafel.domain.plan_edits import (
    AFSPRAAK_KEYS,
    KOSTEN_KEYS,
    MAX_TEXT,
    ChooseValue,
    PlanEdit,
    RemoveAfspraak,
    RemoveKosten,
    SetAfspraak,
    SetKosten,
    SetMeta,
    SetTarget,
    SetText,
    changed_span,
    clean_afspraak,
    clean_kosten,
    clean_meta,
    clean_target,
    storable,
    utf8_len,
)
from tafel.domain.plan_items import (
    Item,
    by_order,
    decode_state,
    edits_unseen_by_deletion,
    is_live,
    items_of,
    order_key,
)
from tafel.domain.plan_register import (
    ITEM_KINDS,
    Conflict,
    ConflictSoort,
    Registers,
    Stempel,
    agreeing_deletions,
    winner,
)

__all__ = [
    "ChooseValue", "Conflict", "PlanDoc", "PlanEdit", "RemoveAfspraak", "RemoveKosten",
    "SetAfspraak", "SetKosten", "SetMeta", "SetTarget", "SetText", "new_client_id",
]


def new_client_id() -> int:
    """A fresh CRDT client id (never reused: two copies of one vault must not share one)."""
    return secrets.randbits(52) + 1


class _Deel:
    """One part's document and its three roots."""

    def __init__(self, name: str, doc: Doc) -> None:
        self.name = name
        self.doc = doc
        self.teksten = doc.get("teksten", type=Map)
        self.auteurs = doc.get("auteurs", type=Map)
        self.registers = Registers(doc.get("velden", type=Map))


class PlanDoc:
    """One version's documents, one per part."""

    def __init__(self, docs: Mapping[str, Doc] | None = None, *, partij: str = "",
                 client_id: int | None = None) -> None:
        self.client_id = client_id or new_client_id()
        self.partij = partij
        self.delen: dict[str, _Deel] = {}
        for name in DELEN:
            doc = (docs or {}).get(name) or Doc(client_id=self.client_id)
            self.delen[name] = _Deel(name, doc)

    # -- storage ------------------------------------------------------------------------

    @classmethod
    def from_bytes(cls, data: bytes, *, partij: str = "",
                   client_id: int | None = None) -> PlanDoc:
        """Load the documents from their stored value (see :meth:`to_bytes`)."""
        plan = cls(partij=partij, client_id=client_id)
        if data:
            plan.merge(data)
        return plan

    def to_bytes(self) -> bytes:
        """Every part as one update each, packed: to store or to copy into a new version."""
        return plan_delen.pack({n: d.doc.get_update() for n, d in self.delen.items()})

    def state(self) -> bytes:
        """The state vectors of every part: what this copy has seen."""
        return plan_delen.pack({n: d.doc.get_state() for n, d in self.delen.items()})

    def states(self) -> dict[str, bytes]:
        """The state vector per part."""
        return {n: d.doc.get_state() for n, d in self.delen.items()}

    def changes_since(self, state: bytes | None = None,
                      delen: Iterable[str] | None = None) -> bytes:
        """The updates holding every change after ``state`` (packed), of ``delen`` only."""
        seen = plan_delen.unpack(state) if state else {}
        chosen = DELEN if delen is None else tuple(delen)
        return plan_delen.pack({
            n: self.delen[n].doc.get_update(seen[n]) if n in seen
            else self.delen[n].doc.get_update()
            for n in chosen
        })

    def merge(self, update: bytes) -> None:
        """Apply another copy's packed updates; both sides' edits are kept.

        ``ValueError`` (Dutch) when the update is damaged; the pycrdt library may panic on
        garbage (a ``BaseException``), which is turned into the same error here.
        """
        parts = plan_delen.unpack(update)
        unknown = set(parts) - set(DELEN)
        if unknown:
            raise ValueError("Dit plan heeft een deel dat tafel niet kent.")
        for name, data in parts.items():
            self.merge_part(name, data)

    def merge_part(self, name: str, data: bytes) -> None:
        """Apply one part's update."""
        if name not in self.delen:
            raise ValueError("Dit plan heeft een deel dat tafel niet kent.")
        try:
            self.delen[name].doc.apply_update(data)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:
            raise ValueError("Een deel van dit plan is beschadigd.") from None

    def missing(self, states: Mapping[str, bytes]) -> list[str]:
        """The parts whose ``states`` (what an update builds on) this copy has not all seen."""
        out = []
        for name, wanted in states.items():
            if name not in self.delen:
                out.append(name)
                continue
            have = decode_state(self.delen[name].doc.get_state())
            need = decode_state(wanted)
            if any(have.get(client, 0) < clock for client, clock in need.items()):
                out.append(name)
        return out

    @classmethod
    def new(cls, evaluatie_datum: date | None = None, *, partij: str = "",
            client_id: int | None = None) -> PlanDoc:
        """An empty plan, with the evaluation date already set.

        Every free-text part gets its (empty) Text now, in the shared base. Were it made on
        first use, two people who both start writing the same empty part on their own laptops
        would each make a Text under the same key, and the merge would keep only one of them.
        """
        plan = cls(partij=partij, client_id=client_id)
        for key in TEXT_KEYS:
            deel = plan.delen[deel_van_tekst(key)]
            with deel.doc.transaction():
                deel.teksten[key] = Text()
        if evaluatie_datum is not None:
            plan.apply(SetMeta("evaluatie_datum", evaluatie_datum), Auteur.decode("jongere:"))
        return plan

    @classmethod
    def from_content(cls, content: PlanContent, *, partij: str = "",
                     client_id: int | None = None) -> PlanDoc:
        """A plan holding ``content`` (to convert a plan stored before the split)."""
        from tafel.domain.plan_legacy import fill_from_content

        plan = cls.new(partij=partij, client_id=client_id)
        fill_from_content(plan, content)
        return plan

    # -- reading ------------------------------------------------------------------------

    def content(self) -> PlanContent:
        """The plan as plain values (a field in conflict shows its latest value)."""
        teksten: dict[str, str] = {}
        auteurs: dict[str, Auteur] = {}
        doelscores: dict[str, int] = {}
        meta: dict[str, Any] = {}
        items: dict[str, list[tuple[str, str, Any]]] = {"afspraak": [], "kosten": []}
        seen_ids: set[str] = set()
        for deel in self.delen.values():
            for key, text in deel.teksten.items():
                if key in TEXT_KEYS and str(text):
                    teksten[key] = str(text)
            for key, raw in deel.auteurs.items():
                if key in TEXT_KEYS:
                    auteurs[key] = Auteur.decode(raw)
            grouped = deel.registers.grouped()
            for field, values in grouped.items():
                kind, _, name = field.partition("/")
                value = winner(values).value
                if kind == "doel" and value is not None:
                    doelscores[name] = int(value)
                elif kind == "meta" and value is not None:
                    meta[name] = value
            for kind in ITEM_KINDS:
                for item in items_of(grouped, kind):
                    if item.id in seen_ids or not is_live(item):
                        continue
                    seen_ids.add(item.id)
                    shown = {k: winner(v).value for k, v in (item.values or {}).items()
                             if winner(v).value is not None}
                    items[kind].append((item.order, item.id, {"id": item.id, **shown}))
        afspraken: tuple[Afspraak, ...] = tuple(
            afspraak_from_dict(v) for _o, _i, v in sorted(items["afspraak"], key=by_order))
        kosten: tuple[Kostenpost, ...] = tuple(
            kostenpost_from_dict(v) for _o, _i, v in sorted(items["kosten"], key=by_order))
        nodig = meta.get("uitzondering_nodig")
        return PlanContent(
            teksten=dict(sorted(teksten.items())),
            auteurs={k: auteurs[k] for k in sorted(auteurs) if k in teksten},
            doelscores=dict(sorted(doelscores.items())),
            afspraken=afspraken, kosten=kosten,
            evaluatie_datum=parse_date(meta.get("evaluatie_datum")),
            uitzondering_nodig=bool(nodig) if nodig is not None else None,
            doorbraak_soort=parse_enum(DoorbraakSoort, meta.get("doorbraak_soort")),
        )

    def present_parts(self) -> tuple[str, ...]:
        """The parts this copy holds (a plan that came in a bundle may lack some)."""
        return tuple(name for name, deel in self.delen.items() if len(deel.teksten))

    def conflicts(self) -> tuple[Conflict, ...]:
        """Every open conflict, part by part in reading order."""
        found: list[Conflict] = []
        for deel in self.delen.values():
            grouped = deel.registers.grouped()
            items = {kind: items_of(grouped, kind) for kind in ITEM_KINDS}
            # A deleted item takes the conflicts of its fields with it: nobody can settle
            # them any more (the item is gone), and they must not keep the plan from signing.
            gone = tuple(f"{kind}/{item.id}/" for kind, of_kind in items.items()
                         for item in of_kind if not is_live(item))
            for field, values in sorted(grouped.items()):
                # the same value written apart (both chose 10 January) is no disagreement
                if len({_same(w.value) for w in values}) > 1 and not field.startswith(gone) \
                        and not agreeing_deletions(field, values):
                    found.append(Conflict(deel.name, field, ConflictSoort.WAARDEN,
                                          tuple(values)))
            for kind, of_kind in items.items():
                for item in of_kind:
                    unseen = edits_unseen_by_deletion(item)
                    if unseen:
                        assert item.deleted is not None
                        found.append(Conflict(
                            deel.name, f"{kind}/{item.id}/verwijderd",
                            ConflictSoort.BEWERKT_NA_VERWIJDEREN,
                            (winner(item.deleted), *unseen)))
        return tuple(found)

    # -- writing ------------------------------------------------------------------------

    def apply(self, edit: PlanEdit, auteur: Auteur, *, op: datetime | None = None) -> str | None:
        """Apply one edit; returns the id of an added item.

        ``ValueError`` with one Dutch sentence when the edit is not possible.
        """
        stempel = Stempel.now(auteur.encode(), self.partij, op)
        self._check_shared(edit)
        match edit:
            case SetText():
                self._set_text(edit, auteur)
            case SetTarget():
                self._set_target(edit, stempel)
            case SetAfspraak():
                return self._set_item("afspraak", edit.id, clean_afspraak(edit.values), stempel)
            case SetKosten():
                return self._set_item("kosten", edit.id, clean_kosten(edit.values), stempel)
            case RemoveAfspraak():
                self._remove_item("afspraak", edit.id, stempel)
            case RemoveKosten():
                self._remove_item("kosten", edit.id, stempel)
            case SetMeta():
                key, value = clean_meta(edit.key, edit.value)
                deel = self.delen[META_DEEL[key]]
                with deel.doc.transaction():
                    deel.registers.set(f"meta/{key}", value, stempel)
            case ChooseValue():
                self._choose(edit, stempel)
            case _:
                raise ValueError("Deze wijziging kent tafel niet.")
        return None

    def _check_shared(self, edit: PlanEdit) -> None:
        """Refuse a write into a part this copy was never given.

        A party without consent for a part gets none of it, not even its empty texts. What it
        wrote there could never travel (it is not sent back), an afspraak moved there would
        vanish from its old part for everyone else, and a text made there would clash with
        the real one if the part is shared later. So such a write is one Dutch sentence.
        """
        target = plan_delen.deel_van_edit(edit)
        if target is None or self.delen[target].teksten or \
                not any(d.teksten for d in self.delen.values()):
            return
        raise ValueError(f"{plan_delen.DEEL_NAMEN[target]} is niet met je gedeeld: wat je "
                         "daar schrijft, kan nooit mee naar de anderen.")

    def _set_text(self, edit: SetText, auteur: Auteur) -> None:
        if edit.key not in TEXT_KEYS:
            raise ValueError(f"Het plan heeft geen deel '{edit.key}'.")
        new = storable(edit.text).replace("\r\n", "\n")
        if len(new) > MAX_TEXT:
            raise ValueError("Deze tekst is te lang: houd het onder de 20.000 tekens.")
        deel = self.delen[deel_van_tekst(edit.key)]
        if edit.key not in deel.teksten:
            # Only a part that was shared with this vault has its texts; writing a new Text
            # here would clash with the owner's when the part is shared later, and one of
            # the two would be lost.
            raise ValueError("Dit deel van het plan is niet met jou gedeeld; je kunt het "
                             "hier niet invullen.")
        with deel.doc.transaction():
            text: Text = deel.teksten[edit.key]
            old = str(text)
            if old == new:
                return
            start, old_end, new_end = changed_span(old, new)
            # pycrdt counts positions in UTF-8 bytes, Python in characters: convert, or an
            # edit after an "é" or "€" lands in the wrong place.
            at = utf8_len(old[:start])
            if old_end > start:
                del text[at:at + utf8_len(old[start:old_end])]
            if new_end > start:
                text.insert(at, new[start:new_end])
            # A new writer is recorded. The same writer again only when nothing was typed: a
            # deletion alone does not move the part's state, and a bundle holds the parts whose
            # state moved. Writing the name on every save would break the run of typed
            # characters into pieces (three times the stored size).
            if deel.auteurs.get(edit.key) != auteur.encode() or new_end == start:
                deel.auteurs[edit.key] = auteur.encode()

    def _set_target(self, edit: SetTarget, stempel: Stempel) -> None:
        pijler, _, domein = edit.key.partition(".")
        try:
            deel = self.delen[deel_van_pijler(pijler)]
        except ValueError:
            raise ValueError(f"Het plan heeft geen domein '{edit.key}'.") from None
        if not pijler or not domein:
            raise ValueError(f"Het plan heeft geen domein '{edit.key}'.")
        score = clean_target(edit.score)
        field = f"doel/{edit.key}"
        with deel.doc.transaction():
            if score is None and not deel.registers.keys_of(field):
                return
            deel.registers.set(field, score, stempel)

    def _find(self, kind: str, item_id: str) -> tuple[_Deel, Item] | None:
        """The part where an item lives now (not deleted, or kept by a conflict)."""
        for deel in self.delen.values():
            for item in items_of(deel.registers.grouped(), kind):
                if item.id == item_id and is_live(item):
                    return deel, item
        return None

    def add_item(self, kind: str, item_id: str, values: dict[str, Any], auteur: Auteur,
                 order: str | None = None) -> None:
        """Add an afspraak or cost line under a known id (new, moved, or converted)."""
        stempel = Stempel.now(auteur.encode(), self.partij)
        deel = self.delen[deel_van_pijler(values.get("pijler")) if kind == "afspraak"
                          else plan_delen.DOORBRAAK]
        with deel.doc.transaction():
            deel.registers.set(f"{kind}/{item_id}/bestaat",
                               order or order_key(), stempel)
            for key, value in values.items():
                if value is not None:
                    deel.registers.set(f"{kind}/{item_id}/{key}", value, stempel)

    def _set_item(self, kind: str, item_id: str | None, values: dict[str, Any],
                  stempel: Stempel) -> str | None:
        auteur = Auteur.decode(stempel.door)
        if item_id is None:
            new_id = str(uuid.uuid4())
            self.add_item(kind, new_id, values, auteur)
            return new_id
        found = self._find(kind, item_id)
        if found is None:
            raise ValueError(f"Deze {_what(kind)} bestaat niet (meer).")
        deel, item = found
        if kind == "afspraak" and "pijler" in values and \
                deel_van_pijler(values["pijler"]) != deel.name:
            # Another pillar is another part: the afspraak moves there, keeping its place.
            current = {k: winner(v).value for k, v in (item.values or {}).items()}
            moved = {**current, **values}
            self._remove_item(kind, item_id, stempel, only=deel)
            self.add_item(kind, item_id, {k: v for k, v in moved.items() if v is not None},
                           auteur, order=item.order)
            return None
        with deel.doc.transaction():
            for key, value in values.items():
                field = f"{kind}/{item_id}/{key}"
                if value is None and not deel.registers.keys_of(field):
                    continue
                deel.registers.set(field, value, stempel)
        return None

    def _remove_item(self, kind: str, item_id: str, stempel: Stempel, *,
                     only: _Deel | None = None) -> None:
        found = self._find(kind, item_id) if only is None else (only, None)
        if found is None:
            raise ValueError(f"Deze {_what(kind)} bestaat niet (meer).")
        deel = found[0]
        prefix = f"{kind}/{item_id}/"
        with deel.doc.transaction():
            seen = [k.rpartition("#")[2] for k in list(deel.registers.store.keys())
                    if k.startswith(prefix) and not k.startswith(prefix + "verwijderd#")]
            deel.registers.set(prefix + "verwijderd", True, stempel, seen=seen)

    def _choose(self, edit: ChooseValue, stempel: Stempel) -> None:
        kind, _, rest = edit.field.partition("/")
        if kind in ITEM_KINDS:
            item_id, _, name = rest.partition("/")
            if name == "verwijderd":
                if edit.value:
                    self._remove_item(kind, item_id, stempel)
                    return
                found = self._find(kind, item_id)
                if found is None:
                    raise ValueError(f"Deze {_what(kind)} bestaat niet (meer).")
                with found[0].doc.transaction():
                    found[0].registers.set(edit.field, False, stempel, force=True)
                return
            if name not in (AFSPRAAK_KEYS if kind == "afspraak" else KOSTEN_KEYS):
                raise ValueError("Dit gegeven van het plan bestaat niet.")
            found = self._find(kind, item_id)
            if found is None:
                raise ValueError(f"Deze {_what(kind)} bestaat niet (meer).")
            clean = (clean_afspraak if kind == "afspraak" else clean_kosten)({name: edit.value})
            with found[0].doc.transaction():
                found[0].registers.set(edit.field, clean[name], stempel, force=True)
            return
        if kind == "doel":
            pijler = rest.partition(".")[0]
            try:
                deel = self.delen[deel_van_pijler(pijler)]
            except ValueError:
                raise ValueError("Dit gegeven van het plan bestaat niet.") from None
            with deel.doc.transaction():
                deel.registers.set(edit.field, clean_target(edit.value), stempel, force=True)
            return
        if kind == "meta" and rest in META_DEEL:
            _key, value = clean_meta(rest, edit.value)
            deel = self.delen[META_DEEL[rest]]
            with deel.doc.transaction():
                deel.registers.set(edit.field, value, stempel, force=True)
            return
        raise ValueError("Dit gegeven van het plan bestaat niet.")


def _same(value: Any) -> tuple[str, str]:
    """What makes two register values the same value (True is not 1; any value hashes)."""
    return type(value).__name__, repr(value)


def _what(kind: str) -> str:
    return "afspraak" if kind == "afspraak" else "kostenpost"
