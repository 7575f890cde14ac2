"""The content of a conversation in progress: one plain dict, checked and normalised here.

The draft is saved whole on every change, so its shape is defined once, in this module: the
services store it, the screens fill it, and :func:`open_items` says what is still open before
finishing. Keeping it a dict (JSON in the vault) lets a draft survive a crash at any moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tafel.domain.enums import Antwoord, GesprekPlaats, GesprekSoort, Pijler
from tafel.domain.instrument import Instrument

PILLAR_TEXTS = ("wat_gaat_goed", "zorgen", "ik_wil", "ik_kan", "ik_heb_nodig", "notitie")
TEXT_LIMITS = {
    "wat_gaat_goed": 4000, "zorgen": 4000, "ik_wil": 2000, "ik_kan": 2000,
    "ik_heb_nodig": 2000, "notitie": 4000, "samenvatting": 4000, "bestaande_zorg": 2000,
    "volwassene_wie": 200, "toelichting": 2000,
}
VOICES = ("professional", "jongere")


def empty_content(instrument: Instrument, soort: GesprekSoort, today: date) -> dict[str, Any]:
    """A fresh draft for ``instrument``: every pillar and domain present, nothing filled in."""
    return {
        "datum": today.isoformat(),
        "plaats": GesprekPlaats.KEUKENTAFEL.value
        if soort is GesprekSoort.KEUKENTAFELGESPREK else GesprekPlaats.KANTOOR.value,
        "aanwezig": [],
        "pijlers": {
            p.key.value: {**dict.fromkeys(PILLAR_TEXTS, ""), "professional": None, "jongere": None}
            for p in instrument.pillars
        },
        "scores": {
            d.key: {"professional": None, "jongere": None, "niet_besproken": False,
                    "toelichting": ""}
            for d in instrument.domains
        },
        "rapportcijfer": None,
        "samenvatting": "",
        "bestaande_zorg": "",
        "volwassene_altijd_daar": None,
        "volwassene_wie": "",
    }


def normalise(content: dict[str, Any], instrument: Instrument) -> dict[str, Any]:
    """A clean copy of ``content``: known keys only, scores 1-5, texts within their limits.

    Raises ``ValueError`` (in Dutch) for what the screens should never send: a score outside
    1 to 5, a rapportcijfer outside 0 to 10, an unknown place or answer.
    """
    soort_default = empty_content(instrument, GesprekSoort.KEUKENTAFELGESPREK, date.today())
    clean = soort_default | {k: content[k] for k in soort_default if k in content}
    date.fromisoformat(str(clean["datum"]))
    clean["plaats"] = GesprekPlaats(clean["plaats"]).value
    clean["aanwezig"] = [str(name)[:200] for name in clean["aanwezig"] if str(name).strip()][:30]
    for key in ("samenvatting", "bestaande_zorg", "volwassene_wie"):
        clean[key] = _text(clean[key], key)
    if clean["volwassene_altijd_daar"] is not None:
        clean["volwassene_altijd_daar"] = Antwoord(clean["volwassene_altijd_daar"]).value
    clean["rapportcijfer"] = _score(clean["rapportcijfer"], 0, 10, "Het rapportcijfer")
    pillars = {}
    for pillar in instrument.pillars:
        given = (content.get("pijlers") or {}).get(pillar.key.value) or {}
        pillars[pillar.key.value] = {
            **{k: _text(given.get(k, ""), k) for k in PILLAR_TEXTS},
            **{v: _score(given.get(v), 1, 5, "Een score") for v in VOICES},
        }
    clean["pijlers"] = pillars
    scores = {}
    for domain in instrument.domains:
        given = (content.get("scores") or {}).get(domain.key) or {}
        scores[domain.key] = {
            **{v: _score(given.get(v), 1, 5, "Een score") for v in VOICES},
            "niet_besproken": bool(given.get("niet_besproken", False)),
            "toelichting": _text(given.get("toelichting", ""), "toelichting"),
        }
    clean["scores"] = scores
    return clean


@dataclass(frozen=True)
class OpenItem:
    """Something not yet done before finishing; ``blocking`` items must be resolved first."""

    pillar: Pijler
    domain: str | None
    what: str  # "geen_score", "score_jongere", "score_professional", "geen_pijlerscore"
    blocking: bool


def open_items(
    content: dict[str, Any], instrument: Instrument, soort: GesprekSoort
) -> list[OpenItem]:
    """What is still open, in pillar order.

    A domain without any score that is not marked "niet besproken" blocks finishing: no
    domain is skipped silently. A domain scored by only one voice is listed, not blocking.
    In a snelle check the same holds per pillar.
    """
    items = []
    if soort is GesprekSoort.SNELLE_CHECK:
        for pillar in instrument.pillars:
            given = content["pijlers"][pillar.key.value]
            if given["professional"] is None and given["jongere"] is None:
                items.append(OpenItem(pillar.key, None, "geen_pijlerscore", True))
        return items
    for domain in instrument.domains:
        given = content["scores"][domain.key]
        if given["niet_besproken"]:
            continue
        pro, young = given["professional"], given["jongere"]
        if pro is None and young is None:
            items.append(OpenItem(domain.pillar, domain.key, "geen_score", True))
        elif young is None:
            items.append(OpenItem(domain.pillar, domain.key, "score_jongere", False))
        elif pro is None:
            items.append(OpenItem(domain.pillar, domain.key, "score_professional", False))
    return items


def mark_rest_not_discussed(content: dict[str, Any]) -> dict[str, Any]:
    """Mark every domain without any score as "niet besproken" (an explicit choice)."""
    for given in content["scores"].values():
        if given["professional"] is None and given["jongere"] is None:
            given["niet_besproken"] = True
    return content


def _text(value: Any, key: str) -> str:
    return str(value or "")[: TEXT_LIMITS.get(key, 2000)]


def _score(value: Any, low: int, high: int, what: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{what} moet een heel getal van {low} tot en met {high} zijn.")
    return value
