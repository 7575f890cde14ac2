"""Two versions of a toekomstplan side by side, section by section.

The family and the professionals sign a version; when the plan changes they want to see what
changed before they sign again. :func:`compare` lines up both versions per section, in the
order the plan reads, and says which sections differ.

This is data only: every line is a part key (a :data:`~tafel.domain.plan_content.TEXT_KEYS`
entry, or ``doelscore:<pillar>.<domain>``, ``afspraak:<id>``, ``kostenpost:<route>:<id>``,
``kosten:<route>`` (the route's total), ``doorbraak.uitzondering_nodig``, ``doorbraak.soort``,
``evaluatie``) with the value as text. The screens turn keys into words. Both sides of a
section hold the same keys in the same order (``""`` where a side has nothing), so a screen can
set them next to each other row by row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from tafel.domain.enums import Pijler
from tafel.domain.plan_content import (
    DOORBRAAK_PARTS,
    PILLAR_PARTS,
    WAARDEN,
    Afspraak,
    Kostenpost,
    KostenRoute,
    PlanContent,
    format_euro,
    format_number,
    pillar_key,
)

#: Separates the values of one afspraak or cost line in its text.
SEPARATOR = " · "

Line = tuple[str, str]


@dataclass(frozen=True)
class SectionDiff:
    """One section of the plan in version a and version b."""

    key: str  # "perspectief", "droom", "pijler:wonen", "afspraken", "doorbraak", ...
    lines_a: list[Line] = field(default_factory=list)
    lines_b: list[Line] = field(default_factory=list)
    changed: bool = False

    @property
    def is_empty(self) -> bool:
        """Nothing in this section in either version."""
        return not self.lines_a and not self.lines_b

    def rows(self) -> list[tuple[str, str, str]]:
        """(part key, text in a, text in b) per line: the sides hold the same keys."""
        return [(ka, ta, tb) for (ka, ta), (_kb, tb) in zip(self.lines_a, self.lines_b,
                                                            strict=True)]

    def changed_parts(self) -> list[str]:
        """The part keys whose text differs."""
        return [key for key, ta, tb in self.rows() if ta != tb]


def compare(a: PlanContent, b: PlanContent, domain_order: Sequence[str] = ()) -> list[SectionDiff]:
    """Every section of the plan, in plan order, with a's and b's lines and whether they differ.

    ``domain_order`` lists domain keys (``"huisvesting"``, ...) in the instrument's order, so the
    target scores line up as the intake shows them; domains not in it follow alphabetically.
    """
    sections = [
        _section("perspectief", a, b, lambda c: _texts(c, ["perspectief"])),
        _section("droom", a, b, lambda c: _texts(c, ["droom"])),
    ]
    for pijler in Pijler:
        keys = _target_keys(pijler, a, b, domain_order)
        sections.append(_section(
            f"pijler:{pijler.value}", a, b,
            lambda c, p=pijler, k=keys: _pillar_lines(c, p, k),  # type: ignore[misc]
        ))
    order = _merged_ids([x.id for x in a.afspraken], [x.id for x in b.afspraken])
    sections.append(_section("afspraken", a, b, lambda c: _afspraak_lines(c, order)))
    sections.append(_section("doorbraak", a, b, _doorbraak_lines))
    cost_order = _merged_ids([x.id for x in a.kosten], [x.id for x in b.kosten])
    sections.append(_section("kosten", a, b,
                             lambda c: _kosten_lines(c, cost_order, a, b)))
    sections.append(_section("vangnet", a, b, lambda c: _texts(c, ["vangnet"])))
    sections.append(_section("evaluatie", a, b, lambda c: [
        ("evaluatie", c.evaluatie_datum.isoformat() if c.evaluatie_datum else "")
    ]))
    return sections


def afspraak_text(afspraak: Afspraak) -> str:
    """An afspraak as one line of values: action · owner · deadline · status."""
    deadline = afspraak.deadline.isoformat() if afspraak.deadline else ""
    return SEPARATOR.join([afspraak.actie.strip(), afspraak.eigenaar_naam.strip(), deadline,
                           afspraak.status.value])


def kostenpost_text(post: Kostenpost) -> str:
    """A cost line as values: what · tariff / unit × quantity × period unit = total."""
    tariff = format_euro(post.tarief_cent) + (f" / {post.eenheid}" if post.eenheid else "")
    period = format_number(post.periode) + (f" {post.periode_eenheid}"
                                            if post.periode_eenheid else "")
    total = format_euro(post.totaal_cent)
    sum_text = f"{tariff} × {format_number(post.aantal)} × {period} = {total}"
    return SEPARATOR.join([post.omschrijving.strip(), sum_text])


# -- sections -------------------------------------------------------------------------------


def _section(key: str, a: PlanContent, b: PlanContent, lines_of) -> SectionDiff:  # type: ignore[no-untyped-def]
    """Both sides' lines, keeping only parts that have something on at least one side."""
    raw_a: list[Line] = lines_of(a)
    raw_b: list[Line] = lines_of(b)
    text_b = dict(raw_b)
    text_a = dict(raw_a)
    keys = list(text_a)
    keys += [k for k in text_b if k not in text_a]
    kept = [k for k in keys if text_a.get(k, "") or text_b.get(k, "")]
    lines_a = [(k, text_a.get(k, "")) for k in kept]
    lines_b = [(k, text_b.get(k, "")) for k in kept]
    return SectionDiff(key, lines_a, lines_b, lines_a != lines_b)


def _texts(content: PlanContent, keys: Sequence[str]) -> list[Line]:
    return [(k, content.text(k).strip()) for k in keys]


def _pillar_lines(content: PlanContent, pijler: Pijler, domains: Sequence[str]) -> list[Line]:
    lines = _texts(content, [pillar_key(pijler, part) for part in PILLAR_PARTS])
    targets = content.targets_for(pijler)
    lines += [(f"doelscore:{pijler.value}.{d}", str(targets[d]) if d in targets else "")
              for d in domains]
    return lines


def _target_keys(pijler: Pijler, a: PlanContent, b: PlanContent,
                 domain_order: Sequence[str]) -> list[str]:
    present = set(a.targets_for(pijler)) | set(b.targets_for(pijler))
    ordered = [d for d in domain_order if d in present]
    return ordered + sorted(present - set(ordered))


def _afspraak_lines(content: PlanContent, order: Sequence[str]) -> list[Line]:
    by_id = {x.id: x for x in content.afspraken}
    return [(f"afspraak:{i}", afspraak_text(by_id[i]) if i in by_id else "") for i in order]


def _doorbraak_lines(content: PlanContent) -> list[Line]:
    lines = _texts(content, [f"doorbraak.{p}" for p in DOORBRAAK_PARTS[:2]])
    needed = content.uitzondering_nodig
    lines.append(("doorbraak.uitzondering_nodig",
                  "" if needed is None else ("true" if needed else "false")))
    lines += _texts(content, [f"doorbraak.{p}" for p in DOORBRAAK_PARTS[2:]])
    kind = content.doorbraak_soort
    lines.append(("doorbraak.soort", kind.value if kind else ""))
    lines += _texts(content, [f"waarden.{w}" for w in WAARDEN])
    return lines


def _kosten_lines(content: PlanContent, order: Sequence[str], a: PlanContent,
                  b: PlanContent) -> list[Line]:
    """Per route its lines, then its total (shown when either version has lines there).

    A line is keyed by route and id, so a line moved to another route shows as gone from one
    route and added to the other.
    """
    here = {(x.route, x.id): x for x in content.kosten}
    either = {(x.route, x.id) for x in (*a.kosten, *b.kosten)}
    lines: list[Line] = []
    for route in KostenRoute:
        ids = [i for i in order if (route, i) in either]
        lines += [(f"kostenpost:{route.value}:{i}",
                   kostenpost_text(here[route, i]) if (route, i) in here else "") for i in ids]
        if ids:
            lines.append((f"kosten:{route.value}", format_euro(content.route_total_cent(route))))
    return lines


def _merged_ids(a_ids: Sequence[str], b_ids: Sequence[str]) -> list[str]:
    """Both id lists as one, in reading order: what both share stays where it is."""
    merged: list[str] = []
    seen: set[str] = set()
    matcher = SequenceMatcher(None, list(a_ids), list(b_ids), autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for item in [*a_ids[i1:i2], *b_ids[j1:j2]]:
            if item not in seen:
                seen.add(item)
                merged.append(item)
    return merged
