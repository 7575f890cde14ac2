"""Who is expected to sign a toekomstplan, and who may own an afspraak: one rule for all.

The services (is a version signed in full?), the case overview, the plan editor, the sign
dialog and the printed plan all ask this module, so they can never disagree about whether
"everyone" signed. The rule (DOMAIN.md, "Signatures"):

- the young person always;
- the holders of parental authority (gezag) while the young person is under 18 on the date
  the plan is looked at;
- every professional who owns an afspraak in the text.

Someone who has left the network (an end date before that date) is no longer asked to sign,
and cannot become the owner of an afspraak; an afspraak that still names them keeps the name.
Plain Python, no Qt: tested in ``tests/domain/test_ondertekenaars.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from tafel.domain.enums import Rol
from tafel.domain.models import Persoon
from tafel.domain.signals import age_on

ADULT_AGE = 18

# Roles of a household member that hold parental authority until Persoon records it itself.
GEZAG_ROLLEN = frozenset({Rol.OUDER, Rol.VERZORGER})


class SignerKind:
    """What part a signer plays (plain strings, so they print and store as they are)."""

    JONGERE = "jongere"
    OUDER = "ouder"
    PROFESSIONAL = "professional"
    NETWERK = "netwerk"


class Ondertekenaar(Protocol):
    """What the rule needs to know of a person around the case."""

    @property
    def sleutel(self) -> str: ...  # "persoon:<uuid>" or "betrokkene:<uuid>"

    @property
    def soort(self) -> str: ...  # a SignerKind value

    @property
    def gezag(self) -> bool: ...

    @property
    def einddatum(self) -> date | None: ...


P = TypeVar("P", bound=Ondertekenaar)


def heeft_gezag(persoon: Persoon) -> bool:
    """Whether this household member holds parental authority (gezag) over the young person.

    The one place that decides it: what the consulent recorded for a parent or carer (the
    service refuses gezag for any other role), never guessed from the role alone: a
    stepfather in the house, or a parent without gezag, does not sign for a minor.
    """
    return persoon.gezag and persoon.rol in GEZAG_ROLLEN


def is_minor(geboortedatum: date | None, on: date) -> bool:
    """Whether someone born on ``geboortedatum`` is under 18 on ``on`` (unknown: no)."""
    if geboortedatum is None:
        return False
    return age_on(geboortedatum, on) < ADULT_AGE


def nog_betrokken(einddatum: date | None, on: date) -> bool:
    """Whether someone is still in the network on ``on`` (no end date, or not yet passed)."""
    return einddatum is None or einddatum >= on


def expected_signers(jongere: P, people: Sequence[P], geboortedatum: date | None,
                     owners: Iterable[str], on: date) -> list[P]:
    """Who is expected to sign, in order: the young person, gezag holders, professional owners.

    ``people`` is everyone around the case (the young person may be among them),
    ``geboortedatum`` the young person's, ``owners`` the owner keys of the afspraken and
    ``on`` the date the plan is looked at (today, or the day it was signed).
    """
    signers: list[P] = [jongere]
    present = [p for p in people if p.sleutel != jongere.sleutel and nog_betrokken(p.einddatum, on)]
    if is_minor(geboortedatum, on):
        signers += [p for p in present if p.gezag]
    owner_keys = {k for k in owners if k}
    for person in present:
        if (person.sleutel in owner_keys and person.soort == SignerKind.PROFESSIONAL
                and all(s.sleutel != person.sleutel for s in signers)):
            signers.append(person)
    return signers


def may_own(person: Ondertekenaar | None, on: date) -> bool:
    """Whether ``person`` can be chosen as a new owner of an afspraak on ``on``."""
    return person is not None and nog_betrokken(person.einddatum, on)
