"""What is left of a destroyed case: a record of the destruction, without personal data.

A case is destroyed after its retention term, or earlier when the young person or a parent
asks (AVG art. 17; the Jeugdwet allows it on a written request). Everything about the case
goes; this row stays, so the vault can show that and when it happened, who decided and on
what ground. It holds the case's reference (a number tafel made, not a name), never a name,
date of birth, BSN or any text from the case.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from tafel.domain.models import _Record


class Vernietiging(_Record, table=True):
    """One destroyed case: which reference, when, who decided, on what ground."""

    referentie: str = Field(max_length=20, index=True)
    vernietigd_op: date
    besloten_door: str = Field(max_length=150)
    reden: str = Field(max_length=300)
