"""Referrals (verwijzingen) as warm handovers, and when one needs following up.

Seed 002 (R19): it is often "niet eenvoudig te achterhalen of de inwoner navolging heeft
gegeven" to a referral; seed 000 (R29) asks to refer warmly: to whom, and whether contact was
really made. So a referral records when contact was made and what came of it. One that has no
follow-up recorded :data:`VERVOLG_TERMIJN` after it was made is a signal: a reminder to ask,
never a decision.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

#: How long after a referral its follow-up is expected: then it becomes a signal.
VERVOLG_TERMIJN = timedelta(weeks=4)


class _Verwijzing(Protocol):
    @property
    def verwezen_op(self) -> date: ...

    @property
    def vervolg_op(self) -> date | None: ...


def vervolg_verwacht_op(verwezen_op: date) -> date:
    """The day a referral made on ``verwezen_op`` should have had its follow-up."""
    return verwezen_op + VERVOLG_TERMIJN


def zonder_vervolg(verwijzing: _Verwijzing, today: date) -> bool:
    """No follow-up recorded and the expected day has passed (that day itself is on time)."""
    return verwijzing.vervolg_op is None and vervolg_verwacht_op(verwijzing.verwezen_op) < today
