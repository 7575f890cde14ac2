"""The rule for who is expected to sign a toekomstplan, and who may own an afspraak."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tafel.domain.enums import Rol
from tafel.domain.models import Persoon
from tafel.domain.ondertekenaars import (
    SignerKind,
    expected_signers,
    heeft_gezag,
    is_minor,
    may_own,
    nog_betrokken,
)

ON = date(2026, 11, 23)
SEVENTEEN = date(2009, 5, 1)
TWENTY = date(2006, 5, 1)


@dataclass(frozen=True)
class Mens:
    sleutel: str
    soort: str
    gezag: bool = False
    einddatum: date | None = None


JONGERE = Mens("persoon:jongere", SignerKind.JONGERE)
MOEDER = Mens("persoon:moeder", SignerKind.OUDER, gezag=True)
VADER = Mens("persoon:vader", SignerKind.OUDER, gezag=True)
STIEFVADER = Mens("persoon:stiefvader", SignerKind.NETWERK)  # lives there, no gezag
BROER = Mens("persoon:broer", SignerKind.NETWERK)
MENTOR = Mens("betrokkene:mentor", SignerKind.NETWERK)
WIJKTEAM = Mens("betrokkene:wijkteam", SignerKind.PROFESSIONAL)
SCHULDHULP = Mens("betrokkene:schuldhulp", SignerKind.PROFESSIONAL)
VERTROKKEN = Mens("betrokkene:oud", SignerKind.PROFESSIONAL, einddatum=date(2026, 10, 1))
PEOPLE = [JONGERE, MOEDER, VADER, STIEFVADER, BROER, MENTOR, WIJKTEAM, SCHULDHULP, VERTROKKEN]


def keys(people: list[Mens]) -> list[str]:
    return [p.sleutel for p in people]


def test_a_minor_with_two_parents_with_gezag_needs_both_parents() -> None:
    signers = expected_signers(JONGERE, PEOPLE, SEVENTEEN, [], ON)
    assert keys(signers) == [JONGERE.sleutel, MOEDER.sleutel, VADER.sleutel]


def test_an_adult_signs_alone_when_no_professional_owns_an_afspraak() -> None:
    assert keys(expected_signers(JONGERE, PEOPLE, TWENTY, [MENTOR.sleutel, ""], ON)) == [
        JONGERE.sleutel
    ]


def test_the_parents_drop_out_on_the_eighteenth_birthday() -> None:
    assert len(expected_signers(JONGERE, PEOPLE, SEVENTEEN, [], date(2027, 4, 30))) == 3
    assert keys(expected_signers(JONGERE, PEOPLE, SEVENTEEN, [], date(2027, 5, 1))) == [
        JONGERE.sleutel
    ]


def test_every_professional_who_owns_an_afspraak_signs_once() -> None:
    owners = [WIJKTEAM.sleutel, MENTOR.sleutel, WIJKTEAM.sleutel, SCHULDHULP.sleutel]
    signers = expected_signers(JONGERE, PEOPLE, TWENTY, owners, ON)
    assert keys(signers) == [JONGERE.sleutel, WIJKTEAM.sleutel, SCHULDHULP.sleutel]


def test_minor_professional_owner_and_parents_together() -> None:
    signers = expected_signers(JONGERE, PEOPLE, SEVENTEEN, [MENTOR.sleutel, WIJKTEAM.sleutel],
                               ON)
    assert keys(signers) == [JONGERE.sleutel, MOEDER.sleutel, VADER.sleutel, WIJKTEAM.sleutel]


def test_someone_who_left_the_network_is_not_asked_to_sign() -> None:
    signers = expected_signers(JONGERE, PEOPLE, TWENTY, [VERTROKKEN.sleutel], ON)
    assert keys(signers) == [JONGERE.sleutel]
    # on a date before they left, they were
    assert VERTROKKEN in expected_signers(JONGERE, PEOPLE, TWENTY, [VERTROKKEN.sleutel],
                                          date(2026, 9, 1))


def test_an_unknown_birth_date_counts_as_adult() -> None:
    assert not is_minor(None, ON)
    assert is_minor(SEVENTEEN, ON) and not is_minor(TWENTY, ON)


def test_left_the_network_means_an_end_date_in_the_past() -> None:
    assert nog_betrokken(None, ON)
    assert nog_betrokken(ON, ON)  # the last day still counts
    assert not nog_betrokken(date(2026, 11, 22), ON)
    assert may_own(MENTOR, ON) and not may_own(VERTROKKEN, ON) and not may_own(None, ON)


def test_gezag_is_what_was_recorded_for_a_parent_or_carer_never_the_role_alone() -> None:
    household = uuid.uuid4()

    def member(rol: Rol, gezag: bool) -> Persoon:
        return Persoon(huishouden_id=household, rol=rol, voornaam="X", gezag=gezag)

    assert heeft_gezag(member(Rol.OUDER, True)) and heeft_gezag(member(Rol.VERZORGER, True))
    assert not heeft_gezag(member(Rol.OUDER, False))  # a parent without gezag
    for rol in (Rol.JONGERE, Rol.PARTNER, Rol.KIND, Rol.BROER_ZUS, Rol.OVERIG):
        assert not heeft_gezag(member(rol, True))
