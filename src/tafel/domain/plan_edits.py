"""The edits a toekomstplan takes, and the rules that clean their values.

Each edit is a small value object; :meth:`tafel.domain.plan_doc.PlanDoc.apply` applies it.
The cleaning functions here raise ``ValueError`` with one Dutch sentence when a value is not
possible (an impossible date, an unknown status, an amount nobody means), so bad input never
reaches the plan's CRDT document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tafel.domain.enums import Pijler
from tafel.domain.plan_content import AfspraakStatus, DoorbraakSoort, KostenRoute

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


@dataclass(frozen=True)
class ChooseValue:
    """Settle a conflict: the field gets one of the values in conflict, or a new one.

    ``field`` is as in :class:`~tafel.domain.plan_register.Conflict`. It travels as any
    other edit.

    For an edit to a deleted item (``…/verwijderd``), True deletes it after all and False
    brings it back.
    """

    field: str
    value: Any


PlanEdit = (SetText | SetTarget | SetAfspraak | RemoveAfspraak | SetKosten | RemoveKosten
            | SetMeta | ChooseValue)

AFSPRAAK_KEYS = ("actie", "eigenaar", "eigenaar_naam", "deadline", "status", "pijler")
KOSTEN_KEYS = ("route", "omschrijving", "tarief_cent", "eenheid", "aantal", "periode",
               "periode_eenheid")
_AFSPRAAK_KEYS = set(AFSPRAAK_KEYS)
_KOSTEN_KEYS = set(KOSTEN_KEYS)


def clean_target(score: Any) -> int | None:
    """A target score: a whole number from 1 to 5, or None to clear it."""
    if score is None:
        return None
    whole = whole_number(score)
    if whole is None or not 1 <= whole <= 5:
        raise ValueError("Een doelscore is een heel getal van 1 tot en met 5.")
    return whole


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def storable(text: Any) -> str:
    """The text as a string that can be stored (no lone surrogates from a broken paste)."""
    if not isinstance(text, str):
        raise ValueError("Hier hoort tekst te staan.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("Deze tekst bevat een teken dat tafel niet kan bewaren.") from None
    return text


def whole_number(value: Any) -> int | None:
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


def changed_span(old: str, new: str) -> tuple[int, int, int]:
    """The smallest span that differs: where it starts, and its end in ``old`` and ``new``.

    A word typed or deleted next to a word that starts or ends alike can be placed in more
    than one way with the same result ("weer " before "werken" is also "er we" inside it).
    The place matters when someone else changes the text at the same time: a word typed
    inside the letters of a word that someone else deletes is torn apart. So a pure insert
    or delete is moved to word edges, and to start with its space (" weer" after "wil"),
    the way a deleted word takes the space before it.
    """
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    old_end, new_end = len(old), len(new)
    while old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1]:
        old_end -= 1
        new_end -= 1
    if old_end == start < new_end:  # typed: new[start:new_end] goes in at start
        at = _edge(new, start, new_end - start, old, typed=True)
        return at, at, at + new_end - start
    if new_end == start < old_end:  # deleted: old[start:old_end] goes
        at = _edge(old, start, old_end - start, old, typed=False)
        return at, at + old_end - start, at
    return start, old_end, new_end


def _edge(text: str, start: int, size: int, old: str, *, typed: bool) -> int:
    """Where a block of ``size`` characters at ``start`` of ``text`` best goes.

    The same block can slide left while the character before it equals its last one. Of
    those places (from the right): the first that splits no word of ``old`` and starts with
    a space; else the first that splits no word; else ``start`` itself (a change inside a
    word, as typing a letter into it is).
    """
    places = [start]
    while places[-1] > 0 and text[places[-1] - 1] == text[places[-1] - 1 + size]:
        places.append(places[-1] - 1)
    clean = [at for at in places
             if not _splits(old, at) and (typed or not _splits(old, at + size))]
    spaced = [at for at in clean if text[at].isspace()]
    return (spaced or clean or [start])[0]


def _splits(text: str, at: int) -> bool:
    """Whether position ``at`` lies between two characters of one word."""
    return 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace()


def _short(value: Any, what: str) -> str:
    text = storable(str(value or "")).strip()
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


def clean_afspraak(values: dict[str, Any]) -> dict[str, Any]:
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


def clean_kosten(values: dict[str, Any]) -> dict[str, Any]:
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


def clean_meta(key: str, value: Any) -> tuple[str, Any]:
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
