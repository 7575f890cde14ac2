"""Legal statuses on a real vault: added, changed and ended, audited, shown as an age signal."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import select

from tafel.domain.juridisch import Instantie, JuridischeStatus, Maatregel
from tafel.domain.models import AuditEvent
from tafel.domain.signals import SignaalSoort
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.juridisch import NieuweJuridischeStatus
from tests.builders import TODAY, new_case

OTS = NieuweJuridischeStatus(Maatregel.OTS, Instantie.KINDERRECHTER, "Jeugdbescherming Regio",
                             date(2026, 1, 5))


def _case(services: Services) -> uuid.UUID:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    return case_id


def _rows(services: Services) -> list[JuridischeStatus]:
    with services.context.vault.transaction() as session:
        return list(session.exec(select(JuridischeStatus)))


def test_an_ots_is_recorded_for_the_young_person_and_logged(services: Services) -> None:
    case_id = _case(services)
    changes = services.juridisch.add(case_id, OTS)
    [view] = services.juridisch.for_case(case_id)
    assert (view.soort, view.instantie, view.uitgevoerd_door, view.persoon) == (
        Maatregel.OTS, Instantie.KINDERRECHTER, "Jeugdbescherming Regio", "Noor")
    with services.context.vault.transaction() as session:
        events = session.exec(select(AuditEvent).where(
            AuditEvent.record_id == str(changes.primary_id))).all()
    assert [e.actie for e in events] == ["aangemaakt"]


def test_an_end_date_before_the_start_changes_nothing(services: Services) -> None:
    case_id = _case(services)
    bad = NieuweJuridischeStatus(Maatregel.VOOGDIJ, startdatum=date(2026, 3, 1),
                                 einddatum=date(2026, 2, 1))
    with pytest.raises(ValidationError, match="einddatum van de maatregel ligt vóór"):
        services.juridisch.add(case_id, bad)
    assert _rows(services) == []
    status_id = services.juridisch.add(case_id, OTS).primary_id
    assert status_id is not None
    with pytest.raises(ValidationError, match="vóór de begindatum"):
        services.juridisch.end(status_id, date(2025, 12, 1))
    assert _rows(services)[0].einddatum is None


def test_editing_and_ending_keep_the_record(services: Services) -> None:
    case_id = _case(services)
    status_id = services.juridisch.add(case_id, OTS).primary_id
    assert status_id is not None
    services.juridisch.edit(status_id, NieuweJuridischeStatus(
        Maatregel.OTS, Instantie.GI, "Jeugdbescherming Noord", date(2026, 1, 5)))
    services.juridisch.end(status_id, TODAY - timedelta(days=1))
    [view] = services.juridisch.for_case(case_id)
    assert view.uitgevoerd_door == "Jeugdbescherming Noord"
    assert view.ended(TODAY) and view.einddatum == TODAY - timedelta(days=1)
    with pytest.raises(ValidationError, match="al beëindigd"):
        services.juridisch.end(status_id)


def test_someone_outside_the_household_cannot_have_the_status(services: Services) -> None:
    case_id = _case(services)
    other = services.casussen.register(new_case(voornaam="Tess", huishouden="Huis Twee"))
    other_young = services.casussen.open(other.primary_id).jongere.id  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="hoort niet bij het huishouden"):
        services.juridisch.add(case_id, NieuweJuridischeStatus(
            Maatregel.OTS, persoon_id=other_young))


def test_an_ots_running_until_18_is_an_age_signal_on_the_case_and_the_list(
    services: Services,
) -> None:
    case_id = _case(services)  # Noor is 17 and a half
    services.juridisch.add(case_id, OTS)
    overview = services.casussen.open(case_id)
    assert [(s.soort, s.onderwerp) for s in overview.signalen
            if s.soort is SignaalSoort.WORDT_18_MAATREGEL_STOPT] == [
        (SignaalSoort.WORDT_18_MAATREGEL_STOPT, "OTS")]
    [summary] = services.casussen.summaries()
    assert SignaalSoort.WORDT_18_MAATREGEL_STOPT in summary.signalen
    assert all(s.is_age for s in summary.signalen
               if s is SignaalSoort.WORDT_18_MAATREGEL_STOPT)
