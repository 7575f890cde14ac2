"""``tafel`` in its own process, with one service call that fails the way a real bug fails.

Run as ``python -m tests.drivers.cli_with_a_fault ARGS...`` with the arguments of ``tafel``
(for example ``--debug show --vault V --case T-2026-0001``). ``GesprekService.history`` is
replaced by a version that reads every person of the vault (their names, BSNs and a note are
then in its locals) and runs a query that SQLite refuses, with those names as parameters:
SQLAlchemy's message quotes them, and the ``ValueError`` raised from it names them too. The
rest is the real entry point, ``tafel.app.main``.
"""

from __future__ import annotations

import sys
import uuid

from sqlalchemy import text
from sqlmodel import select

from tafel.app import main
from tafel.domain.models import Persoon
from tafel.services.gesprekken import GesprekService


def broken_history(self: GesprekService, casus_id: uuid.UUID) -> list[object]:
    """Fail inside the vault with case data in the locals, the SQL parameters and the message."""
    with self._read() as session:
        people = session.exec(select(Persoon)).all()
        surnames = [person.achternaam for person in people]
        bsns = [person.bsn for person in people if person.bsn]
        note = "Schulden in beeld, aanvraag schuldregeling loopt."
        try:
            session.execute(text("SELECT * FROM geen_tabel WHERE naam IN (:a, :b) OR bsn = :c"),
                            {"a": surnames[0], "b": note, "c": bsns[0]})
        except Exception as error:
            raise ValueError(f"geen geschiedenis voor {surnames} ({bsns}): {note}") from error
    return []


if __name__ == "__main__":
    GesprekService.history = broken_history  # type: ignore[method-assign]
    sys.exit(main(sys.argv[1:]))
