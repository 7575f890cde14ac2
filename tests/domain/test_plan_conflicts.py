"""Merging never loses a value silently.

Concurrent structured edits and edit-versus-delete are conflicts with who and when, settled
by an edit that travels like any other.

Plain pycrdt would keep one of two concurrent values of a map key and drop the other, and a
deletion would swallow a concurrent edit inside the deleted afspraak (see docs/bundle-format.md).
"""

from __future__ import annotations

from datetime import date

from tafel.domain import plan_delen
from tafel.domain.enums import Gegevenscategorie
from tafel.domain.plan_content import AfspraakStatus, Auteur, Schrijver
from tafel.domain.plan_doc import (
    ChooseValue,
    PlanDoc,
    RemoveAfspraak,
    SetAfspraak,
    SetMeta,
    SetTarget,
    SetText,
)
from tafel.domain.plan_register import ConflictSoort

JONGERE = Auteur(Schrijver.JONGERE)
COACH = Auteur(Schrijver.PROFESSIONAL, "Fatima Amrani")
SCHOOL = Auteur(Schrijver.PROFESSIONAL, "Mentor Bas")


def _copies(base: PlanDoc, n: int = 2) -> list[PlanDoc]:
    return [PlanDoc.from_bytes(base.to_bytes(), partij=f"vault-{i}") for i in range(n)]


def _exchange(*docs: PlanDoc) -> None:
    for one in docs:
        for other in docs:
            if one is not other:
                other.merge(one.changes_since(other.state()))


def _base() -> tuple[PlanDoc, str]:
    base = PlanDoc.new(date(2027, 2, 23))
    afspraak = base.apply(SetAfspraak(None, {"actie": "Bellen", "pijler": "wonen"}), COACH)
    assert afspraak is not None
    return base, afspraak


def test_two_deadlines_set_apart_are_both_kept_as_a_conflict_with_who() -> None:
    base, afspraak = _base()
    young, coach = _copies(base)
    young.apply(SetAfspraak(afspraak, {"deadline": date(2027, 1, 10)}), JONGERE)
    coach.apply(SetAfspraak(afspraak, {"deadline": date(2027, 2, 1)}), COACH)
    _exchange(young, coach)
    assert young.content() == coach.content()
    [conflict] = young.conflicts()
    assert conflict == coach.conflicts()[0]
    assert conflict.soort is ConflictSoort.WAARDEN
    assert (conflict.item_id, conflict.name, conflict.deel) == (afspraak, "deadline", "wonen")
    assert {w.value for w in conflict.values} == {"2027-01-10", "2027-02-01"}
    assert {w.stempel.door for w in conflict.values} == {"jongere:", "professional:Fatima Amrani"}
    assert all(w.stempel.op for w in conflict.values)


def test_choosing_a_value_settles_the_conflict_on_every_copy() -> None:
    base, afspraak = _base()
    young, coach = _copies(base)
    young.apply(SetAfspraak(afspraak, {"status": "gedaan"}), JONGERE)
    coach.apply(SetAfspraak(afspraak, {"status": "bezig"}), COACH)
    _exchange(young, coach)
    [conflict] = coach.conflicts()
    coach.apply(ChooseValue(conflict.field, "gedaan"), COACH)
    assert coach.conflicts() == ()
    _exchange(young, coach)
    assert young.conflicts() == ()
    assert young.content().afspraken[0].status is AfspraakStatus.GEDAAN


def test_two_resolutions_made_apart_are_a_conflict_again_not_a_silent_pick() -> None:
    base, _afspraak = _base()
    young, coach = _copies(base)
    young.apply(SetTarget("wonen.huisvesting", 4), JONGERE)
    coach.apply(SetTarget("wonen.huisvesting", 3), COACH)
    _exchange(young, coach)
    field = young.conflicts()[0].field
    young.apply(ChooseValue(field, 4), JONGERE)
    coach.apply(ChooseValue(field, 5), COACH)
    _exchange(young, coach)
    assert [c.field for c in young.conflicts()] == [field]


def test_saving_a_field_with_its_own_value_is_no_conflict() -> None:
    base, afspraak = _base()
    young, coach = _copies(base)
    young.apply(SetAfspraak(afspraak, {"actie": "Bellen", "status": "bezig"}), JONGERE)
    coach.apply(SetAfspraak(afspraak, {"actie": "Bellen"}), COACH)
    coach.apply(SetMeta("evaluatie_datum", date(2027, 3, 1)), COACH)
    _exchange(young, coach)
    assert young.conflicts() == ()
    assert young.content().evaluatie_datum == date(2027, 3, 1)


def test_the_same_value_set_apart_is_no_conflict() -> None:
    """Nobody disagrees when both chose the same date: no choice to ask for, nothing to block."""
    base, afspraak = _base()
    young, coach = _copies(base)
    young.apply(SetAfspraak(afspraak, {"deadline": date(2027, 1, 10)}), JONGERE)
    coach.apply(SetAfspraak(afspraak, {"deadline": date(2027, 1, 10)}), COACH)
    young.apply(SetTarget("wonen.huisvesting", 4), JONGERE)
    coach.apply(SetTarget("wonen.huisvesting", 3), COACH)
    _exchange(young, coach)
    assert [c.field for c in young.conflicts()] == ["doel/wonen.huisvesting"]
    assert young.content().afspraken[0].deadline == date(2027, 1, 10)


def test_an_edit_to_an_afspraak_another_party_deleted_is_kept_as_a_conflict() -> None:
    base, afspraak = _base()
    young, coach = _copies(base)
    young.apply(RemoveAfspraak(afspraak), JONGERE)
    coach.apply(SetAfspraak(afspraak, {"actie": "Bellen met Woonbron"}), COACH)
    _exchange(young, coach)
    assert young.content() == coach.content()
    assert [a.actie for a in young.content().afspraken] == ["Bellen met Woonbron"]
    [conflict] = young.conflicts()
    assert conflict.soort is ConflictSoort.BEWERKT_NA_VERWIJDEREN
    deletion, edit = conflict.values
    assert deletion.stempel.door == "jongere:" and edit.value == "Bellen met Woonbron"
    assert edit.field == f"afspraak/{afspraak}/actie"  # the screen says what was changed
    # deleting after all (now having seen the edit) settles it, on both copies
    young.apply(ChooseValue(conflict.field, True), JONGERE)
    _exchange(young, coach)
    assert young.content().afspraken == coach.content().afspraken == ()
    assert young.conflicts() == coach.conflicts() == ()


def test_bringing_a_deleted_afspraak_back_settles_it_too() -> None:
    base, afspraak = _base()
    young, coach = _copies(base)
    young.apply(RemoveAfspraak(afspraak), JONGERE)
    coach.apply(SetAfspraak(afspraak, {"status": "bezig"}), COACH)
    _exchange(young, coach)
    coach.apply(ChooseValue(coach.conflicts()[0].field, False), COACH)
    _exchange(young, coach)
    assert young.conflicts() == ()
    assert young.content().afspraken[0].status is AfspraakStatus.BEZIG


def test_a_delete_that_saw_every_edit_is_no_conflict() -> None:
    base, afspraak = _base()
    young, coach = _copies(base)
    coach.apply(SetAfspraak(afspraak, {"status": "bezig"}), COACH)
    _exchange(young, coach)
    young.apply(RemoveAfspraak(afspraak), JONGERE)
    _exchange(young, coach)
    assert coach.content().afspraken == () and coach.conflicts() == ()


def test_three_copies_in_any_order_converge() -> None:
    base, afspraak = _base()
    a, b, c = _copies(base, 3)
    a.apply(SetText("perspectief", "Ik wil een eigen kamer."), JONGERE)
    b.apply(SetAfspraak(afspraak, {"deadline": date(2027, 1, 5)}), COACH)
    c.apply(SetAfspraak(afspraak, {"deadline": date(2027, 1, 9)}), SCHOOL)
    c.apply(SetText("perspectief", "Naar school."), SCHOOL)
    updates = [(x, x.changes_since()) for x in (a, b, c)]
    for target in (a, b, c):
        for _source, update in reversed(updates):
            target.merge(update)
            target.merge(update)  # twice changes nothing
    assert a.content() == b.content() == c.content()
    assert len(a.conflicts()) == 1
    text = a.content().text("perspectief")
    assert "eigen kamer" in text and "Naar school" in text


def test_moving_an_afspraak_to_another_pillar_moves_it_to_that_part() -> None:
    base, afspraak = _base()
    base.apply(SetAfspraak(afspraak, {"pijler": "inkomen"}), COACH)
    [moved] = base.content().afspraken
    assert moved.actie == "Bellen" and moved.pijler is not None
    wonen_only = PlanDoc.from_bytes(base.changes_since(delen=["wonen"]))
    assert wonen_only.content().afspraken == ()
    inkomen_only = PlanDoc.from_bytes(base.changes_since(delen=["inkomen"]))
    assert [a.id for a in inkomen_only.content().afspraken] == [afspraak]


def test_the_parts_follow_the_consent_categories() -> None:
    assert plan_delen.delen_voor({Gegevenscategorie.WONEN}) == ("wonen",)
    assert "inkomen" not in plan_delen.delen_voor(
        {c for c in Gegevenscategorie if c is not Gegevenscategorie.INKOMEN})
    assert plan_delen.delen_voor({Gegevenscategorie.TOEKOMSTPLAN}) == (
        "perspectief", "doorbraak", "vangnet")


def test_a_part_left_out_leaves_no_trace_of_its_words() -> None:
    plan = PlanDoc.new()
    plan.apply(SetText("inkomen.ik_doel", "SCHULD-GEHEIM bij de Belastingdienst"), JONGERE)
    plan.apply(SetAfspraak(None, {"actie": "AFSPRAAK-GEHEIM", "pijler": "inkomen"}), COACH)
    plan.apply(SetTarget("inkomen.financien", 4), COACH)
    plan.apply(SetText("wonen.ik_doel", "Een kamer"), JONGERE)
    sent = plan.changes_since(delen=plan_delen.delen_voor(
        {c for c in Gegevenscategorie if c is not Gegevenscategorie.INKOMEN}))
    assert b"GEHEIM" not in sent and b"inkomen" not in sent and b"Een kamer" in sent


def test_a_damaged_update_is_one_dutch_error_and_changes_nothing() -> None:
    plan = PlanDoc.new()
    plan.apply(SetText("droom", "Kok"), JONGERE)
    before = plan.content()
    good = plan.changes_since()
    for bad in (b"", b"garbage", good[:-3], plan_delen.pack({"wonen": b"\xff" * 40}),
                plan_delen.pack({"onbekend": b"\x00\x00"})):
        try:
            plan.merge(bad)
        except ValueError as exc:
            assert str(exc).endswith(".")
    assert plan.content() == before


def test_a_legacy_content_converts_to_the_same_hash() -> None:
    base, _afspraak = _base()
    base.apply(SetText("inkomen.zelf_doen", "Sparen"), JONGERE)
    base.apply(SetTarget("support.sociaal_netwerk", 2), COACH)
    converted = PlanDoc.from_content(base.content())
    assert converted.content() == base.content()


def test_a_part_that_was_not_shared_cannot_be_written_here() -> None:
    owner = PlanDoc.new()
    school = PlanDoc.from_bytes(owner.changes_since(delen=["perspectief", "wonen"]))
    assert school.present_parts() == ("perspectief", "wonen")
    school.apply(SetText("wonen.ik_doel", "Een kamer"), JONGERE)
    try:
        school.apply(SetText("inkomen.ik_doel", "Sparen"), JONGERE)
    except ValueError as exc:
        assert "niet met je gedeeld" in str(exc)
    else:
        raise AssertionError("a part that was not shared took a text")


def test_an_afspraak_two_parties_deleted_apart_stays_deleted_without_a_conflict() -> None:
    base, afspraak = _base()
    young, coach = _copies(base)
    young.apply(RemoveAfspraak(afspraak), JONGERE)
    coach.apply(RemoveAfspraak(afspraak), COACH)
    _exchange(young, coach)
    assert young.content().afspraken == coach.content().afspraken == ()
    assert young.conflicts() == coach.conflicts() == ()


def test_two_deletions_apart_keep_an_edit_that_neither_saw_as_one_conflict() -> None:
    base, afspraak = _base()
    young, coach, school = _copies(base, 3)
    young.apply(RemoveAfspraak(afspraak), JONGERE)
    coach.apply(RemoveAfspraak(afspraak), COACH)
    school.apply(SetAfspraak(afspraak, {"status": "bezig"}), SCHOOL)
    _exchange(young, coach, school)
    assert [a.id for a in young.content().afspraken] == [afspraak]
    [conflict] = young.conflicts()
    assert conflict.soort is ConflictSoort.BEWERKT_NA_VERWIJDEREN
    assert conflict.values[-1].value == "bezig"
    assert young.conflicts() == coach.conflicts() == school.conflicts()


def test_a_conflict_inside_an_afspraak_that_was_deleted_after_it_goes_with_it() -> None:
    base, afspraak = _base()
    young, coach = _copies(base)
    young.apply(SetAfspraak(afspraak, {"status": "gedaan"}), JONGERE)
    coach.apply(SetAfspraak(afspraak, {"status": "bezig"}), COACH)
    _exchange(young, coach)
    assert len(coach.conflicts()) == 1
    coach.apply(RemoveAfspraak(afspraak), COACH)  # seeing both values
    _exchange(young, coach)
    assert young.content().afspraken == coach.content().afspraken == ()
    # nothing left to settle (it could not be: the afspraak is gone), so the plan can be signed
    assert young.conflicts() == coach.conflicts() == ()


def test_a_word_typed_next_to_a_word_deleted_elsewhere_stays_whole() -> None:
    """Where the change goes is chosen at word edges, never inside a word that stays.

    "weer " typed before "werken" could be stored as "er we" between the "we" and "rken"
    of "werken" (the same text); when someone else deleted "werken" meanwhile, what was left
    was "Ik wiler we": the typed word torn apart.
    """
    base = PlanDoc.new()
    base.apply(SetText("perspectief", "Ik wil werken"), JONGERE)
    young, coach = _copies(base)
    young.apply(SetText("perspectief", "Ik wil weer werken"), JONGERE)
    coach.apply(SetText("perspectief", "Ik wil"), COACH)
    _exchange(young, coach)
    assert young.content().text("perspectief") == coach.content().text("perspectief")
    assert young.content().text("perspectief") == "Ik wil weer"
    # and a word deleted next to one typed elsewhere takes nothing of that one with it
    base.apply(SetText("perspectief", "Ik wil weer werken"), JONGERE)
    young, coach = _copies(base)
    young.apply(SetText("perspectief", "Ik wil werken"), JONGERE)
    coach.apply(SetText("perspectief", "Ik wil weer werken nu"), COACH)
    coach.apply(SetText("perspectief", "Ik wil weer graag werken nu"), COACH)
    _exchange(young, coach)
    assert young.content().text("perspectief") == "Ik wil graag werken nu"
