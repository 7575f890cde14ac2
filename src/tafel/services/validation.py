"""Checks on input, each failing with one Dutch sentence and nothing written."""

from __future__ import annotations

from datetime import date

from tafel.domain.bsn import is_test_bsn, is_valid_bsn, normalise_bsn
from tafel.errors import ValidationError

OLDEST_AGE_YEARS = 120


def required_text(value: str, what: str, max_length: int = 200) -> str:
    """Trimmed text that must not be empty."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"Vul {what} in.")
    if len(text) > max_length:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} is te lang (hoogstens {max_length} tekens)."
        )
    return text


def optional_text(value: str | None, what: str, max_length: int = 200) -> str:
    """Trimmed text that may be empty."""
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} is te lang (hoogstens {max_length} tekens)."
        )
    return text


def birth_date(value: date | None, today: date) -> date | None:
    """A birth date that is not in the future and not impossibly long ago."""
    if value is None:
        return None
    if value > today:
        raise ValidationError("Een geboortedatum kan niet in de toekomst liggen.")
    if value.year < today.year - OLDEST_AGE_YEARS:
        raise ValidationError(
            "Deze geboortedatum ligt te ver in het verleden; controleer het jaar."
        )
    return value


def bsn(value: str | None, *, demo_vault: bool = False) -> str | None:
    """An optional BSN that passes the elfproef, stored as nine digits.

    A demo vault opens with a public passphrase, so it takes only test BSNs (see
    :data:`tafel.domain.bsn.TEST_BSN_PREFIX`): a real one typed there would be readable by anyone.
    """
    if value is None or not value.strip():
        return None
    if not is_valid_bsn(value):
        raise ValidationError(
            "Dit BSN klopt niet: het moet uit 9 cijfers bestaan en de elfproef doorstaan."
        )
    if demo_vault and not is_test_bsn(value):
        raise ValidationError(
            "Dit is een demokluis die iedereen kan openen, dus hier mag geen echt BSN in, "
            "alleen een test-BSN dat met 9999 begint."
        )
    return normalise_bsn(value)


def date_order(start: date | None, end: date | None, what: str) -> None:
    """An end date may not come before its start date."""
    if start is not None and end is not None and end < start:
        raise ValidationError(f"De einddatum van {what} ligt vóór de begindatum.")


def positive_hours(value: float | None) -> float | None:
    """Hours per week: empty, or between 0 and 168."""
    if value is None:
        return None
    if not 0 <= value <= 168:
        raise ValidationError("Het aantal uren per week moet tussen 0 en 168 liggen.")
    return value
