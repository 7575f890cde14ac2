"""The audit log: every write leaves an entry, and tampering outside tafel is detected."""

from __future__ import annotations

from sqlalchemy import text

from tafel.services import Services, audit
from tafel.services.casussen import NieuweCasus
from tests.builders import TODAY


def _register(services: Services) -> None:
    services.casussen.register(NieuweCasus("Huishouden Proef", "Sam", "Proef", date_17(), "Fatima"))


def date_17():  # type: ignore[no-untyped-def]
    return TODAY.replace(year=TODAY.year - 17)


def test_every_write_and_every_view_is_logged(services: Services) -> None:
    _register(services)
    case_id = services.casussen.summaries()[0].id
    services.casussen.open(case_id)
    with services.context.vault.transaction() as session:
        actions = [(e.actie, e.soort) for e in audit.events_for_case(session, case_id)]
        chain = audit.verify_chain(session)
    assert ("bekeken", "casus") in actions
    assert ("aangemaakt", "casus") in actions
    assert chain.intact and chain.entries == 4


def test_an_edited_entry_breaks_the_chain(services: Services) -> None:
    _register(services)
    with services.context.vault.transaction() as session:
        session.connection().execute(
            text("UPDATE auditevent SET wie = 'iemand anders' WHERE volgnummer = 2")
        )
    with services.context.vault.transaction() as session:
        check = audit.verify_chain(session)
    assert not check.intact
    assert check.first_bad == 2


def test_a_removed_entry_breaks_the_chain(services: Services) -> None:
    _register(services)
    with services.context.vault.transaction() as session:
        session.connection().execute(text("DELETE FROM auditevent WHERE volgnummer = 2"))
    with services.context.vault.transaction() as session:
        assert audit.verify_chain(session).first_bad == 3


def test_removing_the_last_entry_is_seen_through_the_stored_head(services: Services) -> None:
    _register(services)
    with services.context.vault.transaction() as session:
        session.connection().execute(
            text(
                "DELETE FROM auditevent"
                " WHERE volgnummer = (SELECT max(volgnummer) FROM auditevent)"
            )
        )
    with services.context.vault.transaction() as session:
        check = audit.verify_chain(session)
    assert check.first_bad is None
    assert not check.head_matches
    assert not check.intact


def test_a_failed_write_leaves_no_entry(services: Services) -> None:
    import pytest

    from tafel.errors import ValidationError

    with pytest.raises(ValidationError):
        services.casussen.register(NieuweCasus("Huishouden X", "", "X", date_17(), "Fatima"))
    with services.context.vault.transaction() as session:
        assert audit.verify_chain(session).entries == 0
