"""Reading a plan stored before it was split into parts (one pycrdt document per version).

Only the migration that converts stored plans uses this (vault migration 0012): it reads the
old document out as plain content, and :func:`fill_from_content` (through
:meth:`~tafel.domain.plan_doc.PlanDoc.from_content`) writes that content into the parts.
The content, and so the hash a signature stands for, stays exactly the same.
"""

from __future__ import annotations

from typing import Any, Protocol

from pycrdt import Array, Doc, Map

from tafel.domain.plan_content import (
    TEXT_KEYS,
    Auteur,
    DoorbraakSoort,
    PlanContent,
    afspraak_from_dict,
    kostenpost_from_dict,
    parse_date,
    parse_enum,
)
from tafel.domain.plan_edits import (
    PlanEdit,
    SetMeta,
    SetTarget,
    SetText,
    clean_afspraak,
    clean_kosten,
)


class _Plan(Protocol):
    """What filling needs of a plan (a :class:`~tafel.domain.plan_doc.PlanDoc`)."""

    def apply(self, edit: PlanEdit, auteur: Auteur) -> str | None: ...

    def add_item(self, kind: str, item_id: str, values: dict[str, Any],
                 auteur: Auteur) -> None: ...


def legacy_content(data: bytes) -> PlanContent:
    """The content of a version stored as one pycrdt document."""
    doc: Doc = Doc()
    if data:
        doc.apply_update(data)
    teksten_map = doc.get("teksten", type=Map)
    auteurs_map = doc.get("auteurs", type=Map)
    doelscores_map = doc.get("doelscores", type=Map)
    afspraken_array = doc.get("afspraken", type=Array)
    kosten_array = doc.get("kosten", type=Array)
    meta = doc.get("meta", type=Map).to_py()
    teksten = {k: str(v) for k, v in sorted(teksten_map.items())
               if k in TEXT_KEYS and str(v)}
    nodig = meta.get("uitzondering_nodig")
    return PlanContent(
        teksten=teksten,
        auteurs={k: Auteur.decode(v) for k, v in sorted(auteurs_map.items()) if k in teksten},
        doelscores={k: int(v) for k, v in sorted(doelscores_map.items()) if v is not None},
        afspraken=tuple(afspraak_from_dict(m.to_py()) for m in afspraken_array),
        kosten=tuple(kostenpost_from_dict(m.to_py()) for m in kosten_array),
        evaluatie_datum=parse_date(meta.get("evaluatie_datum")),
        uitzondering_nodig=bool(nodig) if nodig is not None else None,
        doorbraak_soort=parse_enum(DoorbraakSoort, meta.get("doorbraak_soort")),
    )


def fill_from_content(plan: _Plan, content: PlanContent) -> None:
    """Write ``content`` into a new plan: texts with their writers, scores, items, meta."""
    for key, text in content.teksten.items():
        plan.apply(SetText(key, text), content.auteurs.get(key, Auteur.decode("")))
    pro = Auteur.decode("professional:")
    for key, score in content.doelscores.items():
        plan.apply(SetTarget(key, score), pro)
    for afspraak in content.afspraken:
        values = {k: v for k, v in afspraak.canonical().items() if k != "id"}
        plan.add_item("afspraak", afspraak.id, clean_afspraak(values), pro)
    for kosten in content.kosten:
        plan.add_item("kosten", kosten.id, clean_kosten(
            {k: v for k, v in kosten.canonical().items() if k != "id"}), pro)
    for key in ("evaluatie_datum", "uitzondering_nodig", "doorbraak_soort"):
        value = getattr(content, key)
        if value is not None:
            plan.apply(SetMeta(key, value), pro)
