"""The frozen text of a toekomstplan as plain text, to lay next to a paper copy.

tafel cannot read paper. When only the code of a printed plan can be typed or scanned, or when
an old copy cannot be compared by tafel itself, ``tafel verify`` shows the text the vault holds
under that code, in the order and the words of the printed plan, so a person can read the two
side by side. Only what the code stands for is shown (the content of that version), not what
changes around it (status, signatures, today's "te laat").
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from tafel.domain.dates import dutch_date
from tafel.domain.enums import PIJLER_NAMEN, Pijler
from tafel.domain.plan_content import (
    DOORBRAAK_PARTS,
    PILLAR_PARTS,
    WAARDEN,
    KostenRoute,
    PlanContent,
    format_euro,
    pillar_key,
)
from tafel.domain.plan_parts import DOORBRAAK_NAMES, WAARDEN_NAMES, part_name
from tafel.render.pdf_doorbraak import calculation, summary
from tafel.render.pdf_labels import (
    AFSPRAAK_STATUS,
    DOORBRAAK_SOORT,
    ROUTES,
    WAARDEN_QUESTIONS,
)

WIDTH = 88
INDENT = "  "
NOT_FILLED = "Nog niet ingevuld."


def plan_text(content: PlanContent, *, jongere: str, referentie: str, nummer: int,
              inhoud_hash: str, domain_names: Mapping[str, str] | None = None) -> str:
    """The whole frozen text, headed by whose plan, which version and its code."""
    names = domain_names or {}
    out = [f"Toekomstplan van {jongere}", f"Kenmerk {referentie} · versie {nummer}",
           f"Controlecode (SHA-256): {inhoud_hash}"]
    _section(out, part_name("perspectief"))
    _text(out, content, "perspectief")
    if content.text("droom"):
        _section(out, part_name("droom"))
        _text(out, content, "droom")
    _section(out, "Mijn plan per pijler")
    for pijler in Pijler:
        _pillar(out, content, pijler, names)
    _section(out, "Afspraken")
    _afspraken(out, content)
    if content.has_doorbraak():
        _section(out, "Doorbraak")
        _doorbraak(out, content)
    _section(out, part_name("vangnet"))
    _text(out, content, "vangnet")
    _section(out, "Evaluatie")
    out.append(f"Volgende evaluatie: {dutch_date(content.evaluatie_datum)}")
    return "\n".join(out) + "\n"


def _section(out: list[str], title: str) -> None:
    out += ["", title, "-" * len(title)]


def _wrap(text: str, indent: str = "", hanging: str = "") -> list[str]:
    """``text`` wrapped at :data:`WIDTH`, its own line breaks kept, each line indented."""
    lines: list[str] = []
    for paragraph in text.strip().splitlines() or [""]:
        lines += textwrap.wrap(paragraph, WIDTH, initial_indent=indent,
                               subsequent_indent=indent + hanging) or [indent.rstrip()]
    return lines


def _text(out: list[str], content: PlanContent, key: str, indent: str = "") -> None:
    text = content.text(key)
    out += _wrap(text or NOT_FILLED, indent)
    auteur = content.written_by_professional(key)
    if auteur is not None:
        who = auteur.naam.strip() or "een professional"
        out.append(f"{indent}(geschreven door {who}, professional)")


def _pillar(out: list[str], content: PlanContent, pijler: Pijler,
            names: Mapping[str, str]) -> None:
    out += ["", PIJLER_NAMEN[pijler]]
    filled = [p for p in PILLAR_PARTS if content.text(pillar_key(pijler, p))]
    if not filled:
        out.append(INDENT + NOT_FILLED)
    for part in filled:
        out.append(f"{INDENT}{part_name(pillar_key(pijler, part))}:")
        _text(out, content, pillar_key(pijler, part), INDENT * 2)
    targets = content.targets_for(pijler, names)
    if targets:
        scores = " · ".join(
            f"{_domain(names, pijler, domain)} {score}" for domain, score in targets.items())
        out += [f"{INDENT}Doelscore (van 1 tot 5):", f"{INDENT * 2}{scores}"]


def _domain(names: Mapping[str, str], pijler: Pijler, domain: str) -> str:
    return names.get(f"{pijler.value}.{domain}") or domain.replace("_", " ").capitalize()


def _afspraken(out: list[str], content: PlanContent) -> None:
    if not content.afspraken:
        out.append("Er zijn nog geen afspraken gemaakt.")
    for item in content.afspraken:
        what = item.actie.strip() or "(nog geen omschrijving)"
        if item.pijler is not None:
            what += f" ({PIJLER_NAMEN[item.pijler]})"
        facts = [item.eigenaar_naam.strip() or "nog niemand",
                 dutch_date(item.deadline, "geen datum"), AFSPRAAK_STATUS[item.status]]
        out += _wrap(f"- {what} · {' · '.join(facts)}", hanging="  ")


def _doorbraak(out: list[str], content: PlanContent) -> None:
    for name in DOORBRAAK_PARTS[:2]:
        out.append(f"{DOORBRAAK_NAMES[name]}:")
        _text(out, content, f"doorbraak.{name}", INDENT)
    needed = content.uitzondering_nodig
    answer = ("Nog niet bepaald" if needed is None
              else "Ja, een uitzondering op de regel is nodig" if needed else "Nee")
    out.append(f"{DOORBRAAK_NAMES['uitzondering']}: {answer}")
    if content.doorbraak_soort is not None:
        out.append(f"{DOORBRAAK_NAMES['soort']}: {DOORBRAAK_SOORT[content.doorbraak_soort]}")
    for name in DOORBRAAK_PARTS[2:]:
        out.append(f"{DOORBRAAK_NAMES[name]}:")
        _text(out, content, f"doorbraak.{name}", INDENT)
    out += ["", "Waardendriehoek"]
    for corner in WAARDEN:
        label, question = WAARDEN_NAMES[corner], WAARDEN_QUESTIONS[corner]
        out.append(f"{label} · {question}")
        _text(out, content, f"waarden.{corner}", INDENT)
    out += ["", "Kostenvergelijking"]
    if not content.kosten:
        out.append("Er is nog geen kostenvergelijking ingevuld.")
        return
    for route in (KostenRoute.HUIDIG, KostenRoute.DREIGEND, KostenRoute.PLAN):
        name, _meaning = ROUTES[route]
        out.append(f"{name}:")
        lines = content.costs(route)
        if not lines:
            out.append(f"{INDENT}Nog geen bedragen ingevuld.")
        for post in lines:
            what = post.omschrijving.strip() or "(geen omschrijving)"
            out += _wrap(f"{what}: {calculation(post)} = {format_euro(post.totaal_cent)}",
                         INDENT)
        out.append(f"{INDENT}Totaal {name.lower()}: "
                   f"{format_euro(content.route_total_cent(route))}")
    out += _wrap(summary(content))
