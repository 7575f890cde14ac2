"""Small text helpers for showing case data (dates, BSN, contact)."""

from __future__ import annotations

from datetime import date

from tafel.domain.dates import short_date


def fmt_date(value: date | None) -> str:
    """Dutch day-month-year, or a dash."""
    return short_date(value)


def contact(*parts: str) -> str:
    """Phone and e-mail on their own lines, skipping empty parts."""
    return "\n".join(p for p in parts if p) or "–"
