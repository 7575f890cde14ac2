"""Comparing two versions of a toekomstplan, section by section, as plain data."""

from __future__ import annotations

from datetime import date

from tafel.domain.enums import Pijler
from tafel.domain.plan_compare import SectionDiff, afspraak_text, compare, kostenpost_text
from tafel.domain.plan_content import (
    Afspraak,
    AfspraakStatus,
    Auteur,
    DoorbraakSoort,
    Kostenpost,
    KostenRoute,
    PlanContent,
    Schrijver,
)
from tafel.domain.plan_doc import (
    PlanDoc,
    RemoveAfspraak,
    SetAfspraak,
    SetKosten,
    SetMeta,
    SetTarget,
    SetText,
)

ME = Auteur(Schrijver.JONGERE)
PLAN_ORDER = (
    ["perspectief", "droom"] + [f"pijler:{p.value}" for p in Pijler]
    + ["afspraken", "doorbraak", "kosten", "vangnet", "evaluatie"]
)


def by_key(diffs: list[SectionDiff]) -> dict[str, SectionDiff]:
    return {d.key: d for d in diffs}


def base_doc() -> PlanDoc:
    doc = PlanDoc.new(date(2027, 2, 23))
    doc.apply(SetText("perspectief", "Over een half jaar woon ik op mezelf."), ME)
    doc.apply(SetText("wonen.ik_doel", "Ik wil een eigen kamer."), ME)
    doc.apply(SetTarget("wonen.huisvesting", 4), ME)
    doc.apply(SetTarget("wonen.huishouden", 3), ME)
    return doc


def test_the_same_plan_has_every_section_in_plan_order_and_nothing_changed() -> None:
    content = base_doc().content()
    diffs = compare(content, content)
    assert [d.key for d in diffs] == PLAN_ORDER
    assert not any(d.changed for d in diffs)
    sections = by_key(diffs)
    assert sections["perspectief"].lines_a == [
        ("perspectief", "Over een half jaar woon ik op mezelf.")
    ]
    assert sections["droom"].is_empty and sections["afspraken"].is_empty
    assert sections["evaluatie"].lines_b == [("evaluatie", "2027-02-23")]


def test_a_changed_text_marks_only_its_section_and_part() -> None:
    doc = base_doc()
    before = doc.content()
    doc.apply(SetText("wonen.zelf_doen", "Ik zoek elke week op Woonnet."), ME)
    doc.apply(SetText("perspectief", "Over een half jaar woon ik op mezelf in Almelo."), ME)
    after = doc.content()
    sections = by_key(compare(before, after))
    assert [k for k, d in sections.items() if d.changed] == ["perspectief", "pijler:wonen"]
    wonen = sections["pijler:wonen"]
    assert wonen.changed_parts() == ["wonen.zelf_doen"]
    # Both sides hold the same parts in the same order; an empty part on one side is "".
    assert [k for k, _ in wonen.lines_a] == [k for k, _ in wonen.lines_b] == [
        "wonen.ik_doel", "wonen.zelf_doen", "doelscore:wonen.huishouden",
        "doelscore:wonen.huisvesting",
    ]
    assert ("wonen.zelf_doen", "") in wonen.lines_a
    assert ("wonen.zelf_doen", "Ik zoek elke week op Woonnet.") in wonen.lines_b


def test_target_scores_follow_the_instruments_domain_order() -> None:
    doc = base_doc()
    before = doc.content()
    doc.apply(SetTarget("wonen.huisvesting", 5), ME)
    wonen = by_key(compare(before, doc.content(), ["huisvesting", "huishouden"]))["pijler:wonen"]
    assert wonen.rows()[1:] == [
        ("doelscore:wonen.huisvesting", "4", "5"),
        ("doelscore:wonen.huishouden", "3", "3"),
    ]
    assert wonen.changed_parts() == ["doelscore:wonen.huisvesting"]


def test_afspraken_line_up_by_id_added_removed_and_changed() -> None:
    doc = base_doc()
    first = doc.apply(SetAfspraak(None, {"actie": "Bel de woningcorporatie",
                                         "eigenaar_naam": "Jesse", "deadline": "2026-12-15"}), ME)
    second = doc.apply(SetAfspraak(None, {"actie": "Vraag huurtoeslag aan",
                                          "eigenaar_naam": "Mehmet"}), ME)
    before = doc.content()
    doc.apply(SetAfspraak(first, {"status": "gedaan"}), ME)
    doc.apply(RemoveAfspraak(second), ME)
    third = doc.apply(SetAfspraak(None, {"actie": "Open een bankrekening"}), ME)
    section = by_key(compare(before, doc.content()))["afspraken"]
    assert section.changed
    assert section.rows() == [
        (f"afspraak:{first}", "Bel de woningcorporatie · Jesse · 2026-12-15 · open",
         "Bel de woningcorporatie · Jesse · 2026-12-15 · gedaan"),
        (f"afspraak:{second}", "Vraag huurtoeslag aan · Mehmet ·  · open", ""),
        (f"afspraak:{third}", "", "Open een bankrekening ·  ·  · open"),
    ]


def test_doorbraak_holds_its_parts_the_exception_the_kind_and_the_waardendriehoek() -> None:
    doc = base_doc()
    before = doc.content()
    doc.apply(SetText("doorbraak.blokkade", "Geen woning zonder inkomen."), ME)
    doc.apply(SetMeta("uitzondering_nodig", True), ME)
    doc.apply(SetMeta("doorbraak_soort", "gift"), ME)
    doc.apply(SetText("waarden.rendement", "Een gift van € 2.000 voorkomt € 56.000."), ME)
    section = by_key(compare(before, doc.content()))["doorbraak"]
    assert section.lines_a == [
        ("doorbraak.blokkade", ""), ("doorbraak.uitzondering_nodig", ""),
        ("doorbraak.soort", ""), ("waarden.rendement", ""),
    ]
    assert section.lines_b == [
        ("doorbraak.blokkade", "Geen woning zonder inkomen."),
        ("doorbraak.uitzondering_nodig", "true"), ("doorbraak.soort", "gift"),
        ("waarden.rendement", "Een gift van € 2.000 voorkomt € 56.000."),
    ]


def test_costs_show_lines_per_route_and_the_route_totals() -> None:
    doc = base_doc()
    line = doc.apply(SetKosten(None, {"route": "dreigend", "omschrijving": "Opvang",
                                      "tarief_cent": 15000, "eenheid": "dag", "aantal": 1,
                                      "periode": 365, "periode_eenheid": "dagen"}), ME)
    before = doc.content()
    gift = doc.apply(SetKosten(None, {"route": "plan", "omschrijving": "Gift borg",
                                      "tarief_cent": 200000}), ME)
    doc.apply(SetKosten(line, {"periode": 180}), ME)
    section = by_key(compare(before, doc.content()))["kosten"]
    assert section.rows() == [
        (f"kostenpost:dreigend:{line}",
         "Opvang · € 150,00 / dag × 1 × 365 dagen = € 54.750,00",
         "Opvang · € 150,00 / dag × 1 × 180 dagen = € 27.000,00"),
        ("kosten:dreigend", "€ 54.750,00", "€ 27.000,00"),
        (f"kostenpost:plan:{gift}", "", "Gift borg · € 2.000,00 × 1 × 1 = € 2.000,00"),
        ("kosten:plan", "€ 0,00", "€ 2.000,00"),
    ]


def test_a_cost_line_moved_to_another_route_leaves_one_and_joins_the_other() -> None:
    post = Kostenpost("k1", KostenRoute.HUIDIG, "Begeleiding", 6000, "uur", 2, 10, "weken")
    a = PlanContent(kosten=(post,))
    b = PlanContent(kosten=(Kostenpost("k1", KostenRoute.PLAN, "Begeleiding", 6000, "uur", 2,
                                       10, "weken"),))
    rows = by_key(compare(a, b))["kosten"].rows()
    assert [(k, bool(x), bool(y)) for k, x, y in rows] == [
        ("kostenpost:huidig:k1", True, False), ("kosten:huidig", True, True),
        ("kostenpost:plan:k1", False, True), ("kosten:plan", True, True),
    ]
    assert kostenpost_text(post) == "Begeleiding · € 60,00 / uur × 2 × 10 weken = € 1.200,00"


def test_vangnet_and_evaluation_date() -> None:
    a = PlanContent(teksten={"vangnet": "Bel oma."}, evaluatie_datum=date(2027, 2, 23))
    b = PlanContent(teksten={"vangnet": "Bel oma of Mehmet."}, evaluatie_datum=None)
    sections = by_key(compare(a, b))
    assert sections["vangnet"].rows() == [("vangnet", "Bel oma.", "Bel oma of Mehmet.")]
    assert sections["evaluatie"].rows() == [("evaluatie", "2027-02-23", "")]
    assert sections["vangnet"].changed and sections["evaluatie"].changed


def test_only_values_leave_the_core_and_whitespace_alone_is_no_change() -> None:
    a = PlanContent(teksten={"droom": "Kok worden"})
    b = PlanContent(teksten={"droom": "Kok worden  \n"})
    assert not by_key(compare(a, b))["droom"].changed
    done = Afspraak("x", "Bellen", "", "Jesse", None, AfspraakStatus.GEDAAN)
    assert afspraak_text(done) == "Bellen · Jesse ·  · gedaan"
    assert DoorbraakSoort.GIFT.value == "gift"
