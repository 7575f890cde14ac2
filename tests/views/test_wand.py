"""The wall's view holds nothing the room may not see.

A marker planted in every field of the plan never shows up for a room whose consent leaves
its category out.

The presentation window is built only from :class:`~tafel.views.wand.WandView`, so this is
where the safety lives (the widget walk and the OCR test of issue 13 build on it).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tafel.domain import plan_delen
from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.enums import Pijler
from tafel.domain.plan_content import TEXT_KEYS, Auteur, Schrijver
from tafel.domain.plan_doc import PlanDoc, SetAfspraak, SetText
from tafel.views.wand import AgendaStap, wand_view

PRO = Auteur(Schrijver.PROFESSIONAL, "Fatima")


def _marked_plan() -> PlanDoc:
    plan = PlanDoc.new()
    for key in TEXT_KEYS:
        plan.apply(SetText(key, f"MARK-{key}"), PRO)
    for pijler in [*Pijler, None]:
        plan.apply(SetAfspraak(None, {"actie": f"MARK-afspraak-{pijler or 'algemeen'}",
                                      "pijler": pijler.value if pijler else None,
                                      "eigenaar": "persoon:x"}), PRO)
    return plan


PLAN = _marked_plan().content()


def _part_of_marker(text: str) -> str:
    body = text.removeprefix("MARK-")
    if body.startswith("afspraak-"):
        pillar = body.removeprefix("afspraak-")
        return plan_delen.deel_van_pijler(None if pillar == "algemeen" else pillar)
    return plan_delen.deel_van_tekst(body)


@settings(max_examples=200, deadline=None)
@given(room=st.sets(st.sampled_from(list(C))))
def test_no_marker_of_a_part_the_room_may_not_see_is_in_the_view(room: set[C]) -> None:
    view = wand_view(PLAN, "Noor", frozenset(room), {"persoon:x": "Noor"})
    allowed = set(plan_delen.delen_voor(room))
    for text in view.teksten():
        for word in text.split():
            if word.startswith("MARK-"):
                assert _part_of_marker(word) in allowed, (word, sorted(room))
    if C.PERSOONSGEGEVENS not in room:
        assert "Noor" not in view.teksten()


def test_a_room_without_inkomen_shows_everything_else_and_counts_what_it_leaves_out() -> None:
    room = frozenset(c for c in C if c is not C.INKOMEN)
    view = wand_view(PLAN, "Noor", room, {"persoon:x": "Noor"})
    text = " ".join(view.teksten())
    assert "inkomen" not in text.lower()
    assert "MARK-wonen.zelf_doen" in text and "MARK-perspectief" in text
    steps = {s.stap: s for s in view.stappen}
    assert steps[AgendaStap.ZELF_DOEN].niet_getoond == 1
    assert steps[AgendaStap.AFSPRAKEN].niet_getoond == 1
    assert [s.stap for s in view.stappen][:2] == [AgendaStap.SITUATIESCHETS,
                                                  AgendaStap.PERSPECTIEF]


def test_an_empty_room_shows_no_case_text_at_all() -> None:
    view = wand_view(PLAN, "Noor", frozenset())
    assert not any("MARK" in t for t in view.teksten()) and "Noor" not in view.teksten()


def test_the_doorbraak_step_shows_the_cost_comparison_only_with_the_doorbraak() -> None:
    from tafel.domain.plan_doc import SetKosten

    plan = PlanDoc.new()
    plan.apply(SetKosten(None, {"route": "dreigend", "omschrijving": "Maatschappelijke opvang",
                                "tarief_cent": 9000, "aantal": 1, "periode": 180}), PRO)
    plan.apply(SetKosten(None, {"route": "plan", "omschrijving": "Gift: huur en borg",
                                "tarief_cent": 170000}), PRO)
    content = plan.content()
    shown = wand_view(content, "Noor", frozenset({C.TOEKOMSTPLAN})).stap(AgendaStap.DOORBRAAK)
    texts = [f"{r.kop}: {r.tekst}" for r in shown.regels]
    assert any("Dreigende route" in t and "16.200" in t and "opvang" in t for t in texts)
    assert any("Dit plan" in t and "1.700" in t for t in texts)
    assert any("minder" in t for t in texts)  # the comparison in one sentence
    hidden = wand_view(content, "Noor", frozenset({C.WONEN})).stap(AgendaStap.DOORBRAAK)
    assert hidden.regels == () and hidden.niet_getoond == 1
