"""Who is in the room decides what the wall may show: the intersection over everyone present.

The first rule of the casus-overleg (issue 13): a category reaches the wall only when the
household agreed to share it with every person in the room; a guest hides everything; notes
never show; the private part is the household and its own circle.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.enums import Grondslag
from tafel.domain.overleg import OP_DE_WAND, Aanwezige, AanwezigeSoort, zichtbaar

TODAY = date(2026, 11, 30)
NOOR = Aanwezige(AanwezigeSoort.HUISHOUDEN, "Noor", uuid.uuid4())
SCHOOL = Aanwezige(AanwezigeSoort.PROFESSIONEEL, "Bas (ROC)", uuid.uuid4())
WOONBRON = Aanwezige(AanwezigeSoort.PROFESSIONEEL, "Kees (Woonbron)", uuid.uuid4())
TANTE = Aanwezige(AanwezigeSoort.INFORMEEL, "Tante Ria", uuid.uuid4())
AGENT = Aanwezige(AanwezigeSoort.GAST, "Wijkagent")


@dataclass
class Consent:
    """A toestemming as the rule reads it (a row or a view has the same fields)."""

    ontvanger_betrokkene_id: uuid.UUID | None
    categorieen: list[str] = field(default_factory=list)
    grondslag: Grondslag = Grondslag.TOESTEMMING
    gegeven_op: date = TODAY - timedelta(days=30)
    verloopt_op: date | None = None
    ingetrokken_op: date | None = None
    ontvanger_persoon_id: uuid.UUID | None = None


def _for(who: Aanwezige, *categories: C, **dates: date) -> Consent:
    return Consent(who.id, [c.value for c in categories], **dates)  # type: ignore[arg-type]


CONSENTS = [
    _for(SCHOOL, C.TOEKOMSTPLAN, C.SCHOOL_WERK, C.WONEN, C.PERSOONSGEGEVENS, C.NOTITIES),
    _for(WOONBRON, C.WONEN, C.PERSOONSGEGEVENS),
]


def test_the_household_alone_sees_everything_but_notes() -> None:
    assert zichtbaar([NOOR], CONSENTS, TODAY) == OP_DE_WAND
    assert C.NOTITIES not in OP_DE_WAND


def test_the_wall_shows_what_everyone_present_may_see() -> None:
    assert zichtbaar([NOOR, SCHOOL], CONSENTS, TODAY) == {
        C.TOEKOMSTPLAN, C.SCHOOL_WERK, C.WONEN, C.PERSOONSGEGEVENS}
    assert zichtbaar([NOOR, SCHOOL, WOONBRON], CONSENTS, TODAY) == {C.WONEN, C.PERSOONSGEGEVENS}
    assert C.INKOMEN not in zichtbaar([NOOR, SCHOOL], CONSENTS, TODAY)


def test_someone_leaving_shows_more_and_a_guest_hides_everything() -> None:
    assert zichtbaar([NOOR, SCHOOL, WOONBRON], CONSENTS, TODAY) < \
        zichtbaar([NOOR, SCHOOL], CONSENTS, TODAY)
    assert zichtbaar([NOOR, SCHOOL, AGENT], CONSENTS, TODAY) == frozenset()
    assert zichtbaar([], CONSENTS, TODAY) == frozenset()


def test_withdrawn_expired_or_future_consent_shows_nothing() -> None:
    for dates in ({"ingetrokken_op": TODAY}, {"verloopt_op": TODAY - timedelta(days=1)},
                  {"gegeven_op": TODAY + timedelta(days=1)}):
        consent = _for(SCHOOL, C.WONEN, **dates)
        assert zichtbaar([NOOR, SCHOOL], [consent], TODAY) == frozenset(), dates


def test_the_private_part_is_the_household_and_its_own_circle() -> None:
    room = [NOOR, TANTE, SCHOOL, AGENT]
    assert zichtbaar(room, CONSENTS, TODAY) == frozenset()
    assert zichtbaar(room, CONSENTS, TODAY, besloten=True) == OP_DE_WAND
    assert zichtbaar([TANTE], CONSENTS, TODAY, besloten=True) == frozenset()


people = st.sampled_from([NOOR, SCHOOL, WOONBRON, TANTE, AGENT])


@settings(max_examples=300, deadline=None)
@given(room=st.lists(people, max_size=5), extra=people,
       given_to=st.lists(st.tuples(st.sampled_from([SCHOOL, WOONBRON, TANTE]),
                                   st.sets(st.sampled_from(list(C)))), max_size=4))
def test_nobody_ever_sees_more_than_their_own_consent_and_a_newcomer_never_reveals_more(
    room: list[Aanwezige], extra: Aanwezige,
    given_to: list[tuple[Aanwezige, set[C]]],
) -> None:
    consents = [_for(who, *cats) for who, cats in given_to]
    shown = zichtbaar(room, consents, TODAY)
    assert C.NOTITIES not in shown
    assert zichtbaar([*room, extra], consents, TODAY) <= shown or not room
    for person in room:
        if person.soort is AanwezigeSoort.HUISHOUDEN:
            continue
        own: set[C] = set()
        for who, cats in given_to:
            if who == person:
                own |= cats
        assert shown <= own
