"""A toekomstplan version as a pycrdt document, and the edits that change it.

Several parties will write the same plan on their own laptops and merge later, so the plan is
a CRDT from the start: free text as :class:`pycrdt.Text` (a change is stored as the smallest
insert and delete, so two people typing in the same part both keep their words), afspraken
and cost lines as maps in arrays, and plain values in maps. :meth:`PlanDoc.content` reads it
out as a :class:`~tafel.domain.plan_content.PlanContent`.

Each edit is a small value object; :meth:`PlanDoc.apply` validates it and raises
``ValueError`` with one Dutch sentence when it is not possible.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pycrdt import Array, Doc, Map, Text

from tafel.domain.enums import Pijler
from tafel.domain.plan_content import (
    TEXT_KEYS,
    AfspraakStatus,
    Auteur,
    DoorbraakSoort,
    KostenRoute,
    PlanContent,
    afspraak_from_dict,
    kostenpost_from_dict,
    parse_date,
    parse_enum,
)

MAX_TEXT = 20_000
MAX_SHORT = 500
MAX_CENTS = 100_000_000_00  # a hundred million euro: anything above is a typing error
MAX_AMOUNT = 100_000


@dataclass(frozen=True)
class SetText:
    """Replace one free-text part with what is in the field now."""

    key: str
    text: str


@dataclass(frozen=True)
class SetTarget:
    """Set (or clear, with ``None``) the target score of one domain: ``wonen.huisvesting``."""

    key: str
    score: int | None


@dataclass(frozen=True)
class SetAfspraak:
    """Add an afspraak (``id`` None) or change some of its values."""

    id: str | None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RemoveAfspraak:
    """Remove one afspraak."""

    id: str


@dataclass(frozen=True)
class SetKosten:
    """Add a cost line (``id`` None) or change some of its values."""

    id: str | None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RemoveKosten:
    """Remove one cost line."""

    id: str


@dataclass(frozen=True)
class SetMeta:
    """Set one plain value: evaluatie_datum, uitzondering_nodig or doorbraak_soort."""

    key: str
    value: Any


PlanEdit = SetText | SetTarget | SetAfspraak | RemoveAfspraak | SetKosten | RemoveKosten | SetMeta

_AFSPRAAK_KEYS = {"actie", "eigenaar", "eigenaar_naam", "deadline", "status", "pijler"}
_KOSTEN_KEYS = {"route", "omschrijving", "tarief_cent", "eenheid", "aantal", "periode",
                "periode_eenheid"}


class PlanDoc:
    """One version's CRDT document."""

    def __init__(self, doc: Doc | None = None) -> None:
        self.doc = doc if doc is not None else Doc()
        self._teksten = self.doc.get("teksten", type=Map)
        self._auteurs = self.doc.get("auteurs", type=Map)
        self._doelscores = self.doc.get("doelscores", type=Map)
        self._afspraken = self.doc.get("afspraken", type=Array)
        self._kosten = self.doc.get("kosten", type=Array)
        self._meta = self.doc.get("meta", type=Map)

    # -- storage ------------------------------------------------------------------------

    @classmethod
    def from_bytes(cls, data: bytes) -> PlanDoc:
        """Load a document from its stored update."""
        doc: Doc = Doc()
        if data:
            doc.apply_update(data)
        return cls(doc)

    def to_bytes(self) -> bytes:
        """The whole document as one update, to store or to copy into a new version."""
        return self.doc.get_update()

    def state(self) -> bytes:
        """The state vector: what this copy has seen, to ask later for what changed since."""
        return self.doc.get_state()

    def changes_since(self, state: bytes) -> bytes:
        """The update holding every change made after ``state``."""
        return self.doc.get_update(state)

    def merge(self, update: bytes) -> None:
        """Apply another copy's update; both sides' edits are kept."""
        self.doc.apply_update(update)

    @classmethod
    def new(cls, evaluatie_datum: date | None = None) -> PlanDoc:
        """An empty plan, with the evaluation date already set.

        Every free-text part gets its (empty) Text now, in the shared base. Were it made on
        first use, two people who both start writing the same empty part on their own laptops
        would each make a Text under the same key, and the merge would keep only one of them.
        """
        plan = cls()
        with plan.doc.transaction():
            for key in TEXT_KEYS:
                plan._teksten[key] = Text()
        if evaluatie_datum is not None:
            plan.apply(SetMeta("evaluatie_datum", evaluatie_datum), Auteur.decode("jongere:"))
        return plan

    # -- reading ------------------------------------------------------------------------

    def content(self) -> PlanContent:
        """The plan as plain values."""
        # sorted: a pycrdt map gives its keys in a different order in every process
        teksten = {k: str(v) for k, v in sorted(self._teksten.items())
                   if k in TEXT_KEYS and str(v)}
        auteurs = {k: Auteur.decode(v) for k, v in sorted(self._auteurs.items()) if k in teksten}
        doelscores = {k: int(v) for k, v in sorted(self._doelscores.items()) if v is not None}
        afspraken = tuple(afspraak_from_dict(m.to_py()) for m in self._afspraken)
        kosten = tuple(kostenpost_from_dict(m.to_py()) for m in self._kosten)
        meta = self._meta.to_py()
        nodig = meta.get("uitzondering_nodig")
        return PlanContent(
            teksten=teksten, auteurs=auteurs, doelscores=doelscores,
            afspraken=afspraken, kosten=kosten,
            evaluatie_datum=parse_date(meta.get("evaluatie_datum")),
            uitzondering_nodig=bool(nodig) if nodig is not None else None,
            doorbraak_soort=parse_enum(DoorbraakSoort, meta.get("doorbraak_soort")),
        )

    # -- writing ------------------------------------------------------------------------

    def apply(self, edit: PlanEdit, auteur: Auteur) -> str | None:
        """Apply one edit in one CRDT transaction; returns the id of an added item."""
        with self.doc.transaction():
            match edit:
                case SetText():
                    self._set_text(edit, auteur)
                case SetTarget():
                    self._set_target(edit)
                case SetAfspraak():
                    return self._set_item(self._afspraken, edit.id, _clean_afspraak(edit.values),
                                          "afspraak")
                case RemoveAfspraak():
                    self._remove_item(self._afspraken, edit.id, "afspraak")
                case SetKosten():
                    return self._set_item(self._kosten, edit.id, _clean_kosten(edit.values),
                                          "kostenpost")
                case RemoveKosten():
                    self._remove_item(self._kosten, edit.id, "kostenpost")
                case SetMeta():
                    key, value = _clean_meta(edit.key, edit.value)
                    if value is None:
                        self._meta.pop(key, None)
                    else:
                        self._meta[key] = value
                case _:
                    raise ValueError("Deze wijziging kent tafel niet.")
        return None

    def _set_text(self, edit: SetText, auteur: Auteur) -> None:
        if edit.key not in TEXT_KEYS:
            raise ValueError(f"Het plan heeft geen deel '{edit.key}'.")
        new = _storable(edit.text).replace("\r\n", "\n")
        if len(new) > MAX_TEXT:
            raise ValueError("Deze tekst is te lang: houd het onder de 20.000 tekens.")
        if edit.key not in self._teksten:
            self._teksten[edit.key] = Text()
        text: Text = self._teksten[edit.key]
        old = str(text)
        if old == new:
            return
        start, old_end, new_end = _changed_span(old, new)
        # pycrdt counts positions in UTF-8 bytes, Python in characters: convert, or an edit
        # after an "é" or "€" lands in the wrong place.
        at = _utf8_len(old[:start])
        if old_end > start:
            del text[at:at + _utf8_len(old[start:old_end])]
        if new_end > start:
            text.insert(at, new[start:new_end])
        self._auteurs[edit.key] = auteur.encode()

    def _set_target(self, edit: SetTarget) -> None:
        pijler, _, domein = edit.key.partition(".")
        try:
            Pijler(pijler)
        except ValueError:
            raise ValueError(f"Het plan heeft geen domein '{edit.key}'.") from None
        if not domein:
            raise ValueError(f"Het plan heeft geen domein '{edit.key}'.")
        if edit.score is None:
            self._doelscores.pop(edit.key, None)
            return
        score = _whole_number(edit.score)
        if score is None or not 1 <= score <= 5:
            raise ValueError("Een doelscore is een heel getal van 1 tot en met 5.")
        self._doelscores[edit.key] = score

    def _set_item(self, array: Array, item_id: str | None, values: dict[str, Any],
                  what: str) -> str | None:
        if item_id is None:
            new_id = str(uuid.uuid4())
            array.append(Map({"id": new_id, **values}))
            return new_id
        item = _find(array, item_id, what)
        for key, value in values.items():
            if value is None:
                item.pop(key, None)
            else:
                item[key] = value
        return None

    def _remove_item(self, array: Array, item_id: str, what: str) -> None:
        for index, item in enumerate(array):
            if item.get("id") == item_id:
                del array[index]
                return
        raise ValueError(f"Deze {what} bestaat niet (meer).")


def _find(array: Array, item_id: str, what: str) -> Map:
    for item in array:
        if item.get("id") == item_id:
            return item
    raise ValueError(f"Deze {what} bestaat niet (meer).")


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def _storable(text: Any) -> str:
    """The text as a string that can be stored (no lone surrogates from a broken paste)."""
    if not isinstance(text, str):
        raise ValueError("Hier hoort tekst te staan.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("Deze tekst bevat een teken dat tafel niet kan bewaren.") from None
    return text


def _whole_number(value: Any) -> int | None:
    """``value`` as a whole number, or None when it is not one (True is not a score)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _changed_span(old: str, new: str) -> tuple[int, int, int]:
    """The smallest span that differs: common prefix length, and both ends after it."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    old_end, new_end = len(old), len(new)
    while old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1]:
        old_end -= 1
        new_end -= 1
    return start, old_end, new_end


def _short(value: Any, what: str) -> str:
    text = _storable(str(value or "")).strip()
    if len(text) > MAX_SHORT:
        raise ValueError(f"{what} is te lang: houd het onder de {MAX_SHORT} tekens.")
    return text


def _iso_date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"'{value}' is geen bestaande datum.") from None


def _clean_afspraak(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - _AFSPRAAK_KEYS
    if unknown:
        raise ValueError(f"Een afspraak heeft geen veld '{sorted(unknown)[0]}'.")
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key == "deadline":
            clean[key] = _iso_date(value)
        elif key == "status":
            try:
                clean[key] = AfspraakStatus(value).value
            except ValueError:
                raise ValueError(f"'{value}' is geen status van een afspraak.") from None
        elif key == "pijler":
            try:
                clean[key] = Pijler(value).value if value else None
            except ValueError:
                raise ValueError(f"'{value}' is geen pijler van de Big 5.") from None
        else:
            clean[key] = _short(value, "Deze tekst")
    return clean


def _clean_kosten(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - _KOSTEN_KEYS
    if unknown:
        raise ValueError(f"Een kostenpost heeft geen veld '{sorted(unknown)[0]}'.")
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key == "route":
            try:
                clean[key] = KostenRoute(value).value
            except ValueError:
                raise ValueError(f"'{value}' is geen route in de kostenvergelijking.") from None
        elif key == "tarief_cent":
            cents = _number(value, "Het bedrag")
            if not 0 <= cents <= MAX_CENTS:
                raise ValueError("Het bedrag moet tussen € 0 en € 100 miljoen liggen.")
            clean[key] = round(cents)
        elif key in ("aantal", "periode"):
            amount = _number(value, "Het aantal")
            if not 0 <= amount <= MAX_AMOUNT:
                raise ValueError("Een aantal moet tussen 0 en 100.000 liggen.")
            clean[key] = amount
        else:
            clean[key] = _short(value, "Deze tekst")
    return clean


def _number(value: Any, what: str) -> float:
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        raise ValueError(f"{what} moet een getal zijn.") from None


def _clean_meta(key: str, value: Any) -> tuple[str, Any]:
    if key == "evaluatie_datum":
        return key, _iso_date(value)
    if key == "uitzondering_nodig":
        if value is None or isinstance(value, bool):
            return key, value
        if value in (0, 1):
            return key, bool(value)
        raise ValueError("Kies ja of nee bij de vraag of er een uitzondering nodig is.")
    if key == "doorbraak_soort":
        try:
            return key, DoorbraakSoort(value).value if value else None
        except ValueError:
            raise ValueError(f"'{value}' is geen soort doorbraak.") from None
    raise ValueError(f"Het plan heeft geen gegeven '{key}'.")
