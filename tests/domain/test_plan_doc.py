"""The plan's CRDT document: edits validate, text changes stay small, copies merge.

The plan is written by several people on their own laptops later on, so two copies of one
plan, edited apart, must come together with both people's words, and the hash a signature is
placed under must depend on what the plan says, never on how it came to say it.
"""

from __future__ import annotations

import random
import re
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tafel.domain.plan_content import (
    TEXT_KEYS,
    AfspraakStatus,
    Auteur,
    DoorbraakSoort,
    KostenRoute,
    Schrijver,
    content_hash,
)
from tafel.domain.plan_doc import (
    PlanDoc,
    PlanEdit,
    RemoveAfspraak,
    RemoveKosten,
    SetAfspraak,
    SetKosten,
    SetMeta,
    SetTarget,
    SetText,
)

JONGERE = Auteur(Schrijver.JONGERE)
PRO = Auteur(Schrijver.PROFESSIONAL, "Fatima Amrani")
#: Words that would give away an English or Python message leaking through to the user.
NOT_DUTCH = re.compile(r"\b(invalid|literal|error|the|must|not|none|object|base)\b", re.I)

# Text with the characters a Dutch plan uses, and some that take several bytes in UTF-8.
plan_text = st.text(
    alphabet=st.sampled_from([*"abcdeéëï €\n.,'-", "😀", "ĳ", "ü", "ß", "中"]),
    max_size=40,
)


def _hash(doc: PlanDoc) -> str:
    return content_hash(doc.content(), "plan", "T-2026-0001", 1)


def _doc_with_items() -> tuple[PlanDoc, str, str]:
    doc = PlanDoc.new(date(2027, 2, 23))
    afspraak = doc.apply(SetAfspraak(None, {"actie": "Bellen"}), PRO)
    kosten = doc.apply(SetKosten(None, {"route": "plan", "tarief_cent": 100}), PRO)
    assert afspraak is not None and kosten is not None
    return doc, afspraak, kosten


BAD_EDITS: list[tuple[str, PlanEdit]] = [
    ("unknown part", SetText("hobby", "voetbal")),
    ("text too long", SetText("perspectief", "a" * 20_001)),
    ("lone surrogate", SetText("perspectief", "kapot \ud800 teken")),
    ("text not a string", SetText("perspectief", 12)),  # type: ignore[arg-type]
    ("unknown pillar", SetTarget("hobby.voetbal", 3)),
    ("no domain", SetTarget("wonen", 3)),
    ("score too low", SetTarget("wonen.huisvesting", 0)),
    ("score too high", SetTarget("wonen.huisvesting", 6)),
    ("score not a number", SetTarget("wonen.huisvesting", "veel")),  # type: ignore[arg-type]
    ("score with decimals", SetTarget("wonen.huisvesting", 2.5)),  # type: ignore[arg-type]
    ("score a boolean", SetTarget("wonen.huisvesting", True)),
    ("afspraak unknown field", SetAfspraak(None, {"kleur": "rood"})),
    ("afspraak bad date", SetAfspraak(None, {"deadline": "31-02-2027"})),
    ("afspraak impossible date", SetAfspraak(None, {"deadline": "2027-02-30"})),
    ("afspraak bad status", SetAfspraak(None, {"status": "misschien"})),
    ("afspraak bad pillar", SetAfspraak(None, {"pijler": "hobby"})),
    ("afspraak long action", SetAfspraak(None, {"actie": "x" * 501})),
    ("afspraak unknown id", SetAfspraak("bestaat-niet", {"actie": "Bellen"})),
    ("remove unknown afspraak", RemoveAfspraak("bestaat-niet")),
    ("kosten bad route", SetKosten(None, {"route": "omweg"})),
    ("kosten negative", SetKosten(None, {"tarief_cent": -1})),
    ("kosten not a number", SetKosten(None, {"tarief_cent": "veel"})),
    ("kosten too much", SetKosten(None, {"tarief_cent": 10**13})),
    ("kosten amount nan", SetKosten(None, {"aantal": float("nan")})),
    ("kosten period too long", SetKosten(None, {"periode": 100_001})),
    ("kosten unknown field", SetKosten(None, {"btw": 21})),
    ("remove unknown kosten", RemoveKosten("bestaat-niet")),
    ("meta unknown key", SetMeta("kleur", "rood")),
    ("meta bad date", SetMeta("evaluatie_datum", "gisteren")),
    ("meta bad soort", SetMeta("doorbraak_soort", "subsidie")),
    ("meta uitzondering not yes/no", SetMeta("uitzondering_nodig", "misschien")),
]


@pytest.mark.parametrize(("why", "edit"), BAD_EDITS, ids=[why for why, _ in BAD_EDITS])
def test_bad_edits_give_one_dutch_sentence_and_change_nothing(why: str, edit: PlanEdit) -> None:
    doc, _afspraak, _kosten = _doc_with_items()
    doc.apply(SetText("perspectief", "Ik woon op mezelf."), JONGERE)
    before = doc.content()
    with pytest.raises(ValueError) as raised:
        doc.apply(edit, PRO)
    message = str(raised.value)
    assert message.endswith("."), message
    assert message[0].isupper() or message[0] == "'", message
    assert not NOT_DUTCH.search(message), message
    assert "\n" not in message
    assert doc.content() == before


def test_good_edits_land_in_the_content() -> None:
    doc, afspraak, kosten = _doc_with_items()
    doc.apply(SetText("wonen.zelf_doen", "Ik zoek zelf kamers."), JONGERE)
    doc.apply(SetTarget("wonen.huisvesting", "4"), PRO)  # type: ignore[arg-type]
    doc.apply(SetAfspraak(afspraak, {"deadline": datetime(2027, 1, 5, 9, 30), "status": "bezig",
                                     "pijler": "wonen"}), PRO)
    doc.apply(SetKosten(kosten, {"tarief_cent": "12,5", "aantal": "3", "periode": 26,
                                 "route": "dreigend"}), PRO)
    doc.apply(SetMeta("uitzondering_nodig", True), PRO)
    doc.apply(SetMeta("doorbraak_soort", "gift"), PRO)
    content = doc.content()
    assert content.text("wonen.zelf_doen") == "Ik zoek zelf kamers."
    assert content.auteurs["wonen.zelf_doen"] == JONGERE
    assert content.doelscores == {"wonen.huisvesting": 4}
    (item,) = content.afspraken
    assert (item.deadline, item.status) == (date(2027, 1, 5), AfspraakStatus.BEZIG)
    (line,) = content.kosten
    assert line.route is KostenRoute.DREIGEND and line.totaal_cent == 12 * 3 * 26
    assert content.uitzondering_nodig is True
    assert content.doorbraak_soort is DoorbraakSoort.GIFT
    assert content.evaluatie_datum == date(2027, 2, 23)
    doc.apply(RemoveAfspraak(afspraak), PRO)
    doc.apply(RemoveKosten(kosten), PRO)
    doc.apply(SetTarget("wonen.huisvesting", None), PRO)
    doc.apply(SetMeta("uitzondering_nodig", None), PRO)
    content = doc.content()
    assert (content.afspraken, content.kosten, content.doelscores) == ((), (), {})
    assert content.uitzondering_nodig is None


def test_a_new_plan_is_empty_apart_from_its_evaluation_date() -> None:
    content = PlanDoc.new(date(2027, 2, 28)).content()
    assert content.teksten == {} and content.afspraken == () and content.kosten == ()
    assert content.evaluatie_datum == date(2027, 2, 28)


def test_the_last_writer_of_a_part_is_its_author_and_an_empty_part_has_none() -> None:
    doc = PlanDoc.new()
    doc.apply(SetText("droom", "Kok worden."), JONGERE)
    doc.apply(SetText("droom", "Kok worden in een groot restaurant."), PRO)
    assert doc.content().written_by_professional("droom") == PRO
    doc.apply(SetText("droom", "Kok worden in een groot restaurant."), JONGERE)  # no change
    assert doc.content().written_by_professional("droom") == PRO
    doc.apply(SetText("droom", ""), PRO)
    assert doc.content().written_by_professional("droom") is None
    assert "droom" not in doc.content().canonical()["auteurs"]


def test_a_small_change_in_a_long_text_is_stored_as_a_small_update() -> None:
    doc = PlanDoc.new()
    long_text = "Ik wil op mezelf wonen en een opleiding doen. " * 100
    doc.apply(SetText("perspectief", long_text), JONGERE)
    state = doc.state()
    changed = long_text[:2000] + "graag " + long_text[2000:]
    doc.apply(SetText("perspectief", changed), JONGERE)
    update = doc.changes_since(state, ["perspectief"])
    assert len(update) < 200 < len(long_text)
    assert doc.content().text("perspectief") == changed


@settings(max_examples=150, deadline=None)
@given(old=plan_text, new=plan_text)
def test_any_text_change_gives_exactly_the_new_text(old: str, new: str) -> None:
    doc = PlanDoc.new()
    doc.apply(SetText("vangnet", old), JONGERE)
    doc.apply(SetText("vangnet", new), JONGERE)
    assert doc.content().text("vangnet") == new.replace("\r\n", "\n")
    assert PlanDoc.from_bytes(doc.to_bytes()).content() == doc.content()


def test_an_edit_after_multibyte_characters_lands_in_the_right_place() -> None:
    doc = PlanDoc.new()
    doc.apply(SetText("droom", "Café 😀 met € 5"), JONGERE)
    doc.apply(SetText("droom", "Café 😀 met maar € 5"), JONGERE)
    doc.apply(SetText("droom", "Café 😀 met maar € 50"), JONGERE)
    doc.apply(SetText("droom", "Café met maar € 50"), JONGERE)
    assert doc.content().text("droom") == "Café met maar € 50"


# -- the hash depends on the content only -------------------------------------------------

final_texts = st.dictionaries(st.sampled_from(TEXT_KEYS[:14]), plan_text, max_size=6)
targets = st.dictionaries(
    st.sampled_from(["wonen.huisvesting", "inkomen.financien", "welzijn.justitie",
                     "support.sociaal_netwerk"]),
    st.integers(1, 5), max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(texts=final_texts, scores=targets, lopende=st.lists(plan_text, max_size=4),
       seed=st.integers(0, 10_000), uitzondering=st.sampled_from([None, True, False]))
def test_the_hash_depends_only_on_the_content(
    texts: dict[str, str], scores: dict[str, int], lopende: list[str], seed: int,
    uitzondering: bool | None,
) -> None:
    # One person types the final values straight in.
    direct = PlanDoc.new(date(2027, 3, 1))
    for key, text in texts.items():
        direct.apply(SetText(key, text), JONGERE)
    for key, score in scores.items():
        direct.apply(SetTarget(key, score), JONGERE)
    direct.apply(SetMeta("uitzondering_nodig", uitzondering), JONGERE)

    # Another gets there in a different order, with drafts, wrong scores and detours.
    rng = random.Random(seed)
    winding = PlanDoc.new(date(2026, 1, 1))
    steps: list[PlanEdit] = []
    for key, text in texts.items():
        steps += [SetText(key, lopend) for lopend in lopende] + [SetText(key, text)]
    for key, score in scores.items():
        steps += [SetTarget(key, 6 - score if score != 3 else None), SetTarget(key, score)]
    per_key: dict[str, list[PlanEdit]] = {}
    for step in steps:
        per_key.setdefault(getattr(step, "key", ""), []).append(step)
    keys = list(per_key)
    rng.shuffle(keys)
    winding.apply(SetMeta("uitzondering_nodig", not uitzondering), JONGERE)
    for key in keys:
        for step in per_key[key]:
            winding.apply(step, JONGERE)
    winding.apply(SetMeta("evaluatie_datum", date(2027, 3, 1)), JONGERE)
    winding.apply(SetMeta("uitzondering_nodig", uitzondering), JONGERE)
    # A throwaway afspraak, added and removed again, leaves no trace in the content.
    scratch = winding.apply(SetAfspraak(None, {"actie": "Weg ermee"}), JONGERE)
    assert scratch is not None
    winding.apply(RemoveAfspraak(scratch), JONGERE)

    assert winding.content() == direct.content()
    assert _hash(winding) == _hash(direct)
    assert _hash(PlanDoc.from_bytes(winding.to_bytes())) == _hash(direct)


def test_any_change_of_content_changes_the_hash() -> None:
    doc, afspraak, kosten = _doc_with_items()
    steps: list[tuple[PlanEdit, Auteur, bool]] = [
        (SetText("perspectief", "Op mezelf wonen."), JONGERE, True),
        (SetText("perspectief", "Op mezelf wonen!"), JONGERE, True),
        (SetText("perspectief", "Op mezelf wonen!"), PRO, False),  # same words: no change
        (SetText("droom", "Op mezelf wonen!"), JONGERE, True),
        (SetText("droom", "Op mezelf wonen!"), JONGERE, False),
        (SetTarget("wonen.huisvesting", 3), JONGERE, True),
        (SetAfspraak(afspraak, {"status": "gedaan"}), JONGERE, True),
        (SetKosten(kosten, {"aantal": 2}), JONGERE, True),
        (SetMeta("doorbraak_soort", "gift"), JONGERE, True),
        (SetMeta("evaluatie_datum", date(2027, 2, 24)), JONGERE, True),
        (SetMeta("evaluatie_datum", date(2027, 2, 24)), JONGERE, False),
        # The same words from another writer are another content: the plan shows who wrote.
        (SetText("droom", "Op mezelf wonen?"), PRO, True),
    ]
    seen = {_hash(doc)}
    for edit, auteur, changes in steps:
        before = _hash(doc)
        doc.apply(edit, auteur)
        assert (_hash(doc) != before) is changes, edit
        if changes:
            assert _hash(doc) not in seen, edit
        seen.add(_hash(doc))


def test_the_hash_ignores_unicode_normal_form() -> None:
    composed, decomposed = PlanDoc.new(), PlanDoc.new()
    composed.apply(SetText("droom", "Café"), JONGERE)
    decomposed.apply(SetText("droom", "Cafe\u0301"), JONGERE)
    assert _hash(composed) == _hash(decomposed)


# -- two copies, edited apart, merge ------------------------------------------------------


def _copies(base: PlanDoc) -> tuple[PlanDoc, PlanDoc]:
    return PlanDoc.from_bytes(base.to_bytes()), PlanDoc.from_bytes(base.to_bytes())


def _exchange(one: PlanDoc, other: PlanDoc) -> None:
    """What the file-based exchange will do: each sends the other what it is missing."""
    to_other = one.changes_since(other.state())
    to_one = other.changes_since(one.state())
    other.merge(to_other)
    one.merge(to_one)


def _insert(text: str, fraction: float, word: str) -> str:
    at = round(len(text) * fraction)
    return text[:at] + word + text[at:]


@settings(max_examples=80, deadline=None)
@given(base_text=plan_text, mine=st.text(alphabet="ABCDEFG", min_size=1, max_size=6),
       theirs=st.text(alphabet="stuvwxyz", min_size=1, max_size=6),
       at_mine=st.floats(0, 1), at_theirs=st.floats(0, 1),
       key=st.sampled_from(["perspectief", "droom", "wonen.zelf_doen"]))
def test_copies_edited_apart_converge_and_keep_both_peoples_text(
    base_text: str, mine: str, theirs: str, at_mine: float, at_theirs: float, key: str,
) -> None:
    base = PlanDoc.new(date(2027, 2, 23))
    base.apply(SetText("perspectief", base_text), JONGERE)
    young, coach = _copies(base)
    start = young.content().text(key)
    young.apply(SetText(key, _insert(start, at_mine, mine)), JONGERE)
    coach.apply(SetText(key, _insert(start, at_theirs, theirs)), PRO)
    coach.apply(SetText("vangnet", "Bel Bas."), PRO)
    _exchange(young, coach)
    assert young.content() == coach.content()
    merged = young.content()
    assert mine in merged.text(key) and theirs in merged.text(key)
    assert len(merged.text(key)) == len(start) + len(mine) + len(theirs)
    assert merged.text("vangnet") == "Bel Bas."
    assert _hash(young) == _hash(coach)


def test_copies_merge_afspraken_kosten_and_edits_to_one_afspraak() -> None:
    base, afspraak, _kosten = _doc_with_items()
    young, coach = _copies(base)
    young.apply(SetAfspraak(afspraak, {"status": "gedaan"}), JONGERE)
    young.apply(SetAfspraak(None, {"actie": "Kamer bekijken"}), JONGERE)
    coach.apply(SetAfspraak(afspraak, {"deadline": date(2027, 1, 10)}), PRO)
    coach.apply(SetKosten(None, {"route": "dreigend", "tarief_cent": 30800, "periode": 182}), PRO)
    coach.apply(SetTarget("welzijn.justitie", 5), PRO)
    _exchange(young, coach)
    assert young.content() == coach.content()
    content = young.content()
    first = next(a for a in content.afspraken if a.id == afspraak)
    assert (first.status, first.deadline) == (AfspraakStatus.GEDAAN, date(2027, 1, 10))
    assert {a.actie for a in content.afspraken} == {"Bellen", "Kamer bekijken"}
    assert content.route_total_cent(KostenRoute.DREIGEND) == 30800 * 182
    assert content.doelscores == {"welzijn.justitie": 5}


def test_typing_on_in_many_saves_stores_about_what_one_save_would() -> None:
    """Saving while typing (every 0.6 s) must not grow the plan by a record per save.

    Each save used to write who wrote the part again, even when it was the same person;
    that broke the run of typed characters into pieces and tripled the stored size.
    """
    typed, once = PlanDoc.new(), PlanDoc.new()
    text = ""
    for i in range(50):
        text += f" woord{i}"
        typed.apply(SetText("vangnet", text), PRO)
    once.apply(SetText("vangnet", text), PRO)
    assert typed.content() == once.content()
    size = len(typed.delen["vangnet"].doc.get_update())
    assert size < 1.2 * len(once.delen["vangnet"].doc.get_update()), size
    typed.apply(SetText("vangnet", text + " klaar"), JONGERE)  # another writer is recorded
    assert typed.content().auteurs["vangnet"] == JONGERE


@settings(max_examples=300, deadline=None)
@given(old=st.text("ab ", max_size=14), new=st.text("ab ", max_size=14))
def test_the_place_chosen_for_a_change_still_gives_the_new_text(old: str, new: str) -> None:
    """Moving a typed or deleted block to word edges never changes what the text becomes."""
    from tafel.domain.plan_edits import changed_span

    start, old_end, new_end = changed_span(old, new)
    assert old[:start] + new[start:new_end] + old[old_end:] == new
    if old_end == start or new_end == start:  # a pure insert or delete: as small as can be
        assert abs(len(new) - len(old)) == max(old_end, new_end) - start
