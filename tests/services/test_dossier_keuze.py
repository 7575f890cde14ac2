"""Choosing between values of the people around a case that were written apart.

The case screen shows each value with who wrote it and when, and the BSN only masked: the
screen never holds a full BSN, so a value is chosen by its write, not handed back whole.
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from tafel.domain.models import Casus, Persoon
from tafel.errors import ValidationError
from tafel.services import Services
from tests.builders import dossier_update_elsewhere

CASE = "T-2026-0003"  # El Khatib: Nadia (with a BSN) and her baby Amira
OTHER_BSN = "999900018"  # a test BSN nobody in the demo has
THIRD_BSN = "999900031"


def _young_id(services: Services, case_id: uuid.UUID) -> uuid.UUID:
    with services.context.vault.transaction() as session:
        casus = session.get(Casus, case_id)
        assert casus is not None
        return casus.jongere_id


def _apart(services: Services, case_id: uuid.UUID, field: str, first: object,
           second: object) -> None:
    """Two other laptops set ``field`` apart (one from the same state each), both merged."""
    one = dossier_update_elsewhere(services, case_id, {field: first}, who="Bas de Vries")
    two = dossier_update_elsewhere(services, case_id, {field: second}, who="Sanne de Wit")
    services.dossier.merge(case_id, one)
    services.dossier.merge(case_id, two)


def _bsn(services: Services, person_id: uuid.UUID) -> str | None:
    with services.context.vault.transaction() as session:
        person = session.get(Persoon, person_id)
        assert person is not None
        return person.bsn


def test_the_view_of_a_conflict_names_writers_and_masks_the_bsn(
    demo_services: Services,
) -> None:
    case_id = demo_services.casussen.resolve(CASE)
    young = _young_id(demo_services, case_id)
    field = f"persoon/{young}/bsn"
    _apart(demo_services, case_id, field, OTHER_BSN, THIRD_BSN)
    [point] = demo_services.dossier.conflict_views(case_id)
    assert point.field == field and point.kind == "persoon" and point.name == "bsn"
    assert point.record_id == young
    assert {w.value for w in point.values} == {"•••••018", "•••••031"}
    assert {w.door for w in point.values} == {"Bas de Vries", "Sanne de Wit"}
    assert all(w.op and w.write_id for w in point.values)
    assert OTHER_BSN not in repr(point) and THIRD_BSN not in repr(point)
    assert sum(w.shown for w in point.values) == 1  # the latest, which the case shows now
    shown = next(w for w in point.values if w.shown)
    assert _bsn(demo_services, young) in (OTHER_BSN, THIRD_BSN)
    assert shown.value.endswith(str(_bsn(demo_services, young))[-3:])


def test_choosing_a_written_value_settles_it_with_the_full_value(
    demo_services: Services,
) -> None:
    case_id = demo_services.casussen.resolve(CASE)
    young = _young_id(demo_services, case_id)
    field = f"persoon/{young}/bsn"
    _apart(demo_services, case_id, field, OTHER_BSN, THIRD_BSN)
    [point] = demo_services.dossier.conflict_views(case_id)
    bas = next(w for w in point.values if w.door == "Bas de Vries")
    changes = demo_services.dossier.choose_written(case_id, field, bas.write_id)
    assert young in changes.ids and case_id in changes.casus_ids
    assert demo_services.dossier.conflicts(case_id) == ()
    assert demo_services.dossier.conflict_views(case_id) == ()
    assert _bsn(demo_services, young) == OTHER_BSN


def test_a_write_that_is_gone_is_one_dutch_sentence(demo_services: Services) -> None:
    case_id = demo_services.casussen.resolve(CASE)
    young = _young_id(demo_services, case_id)
    field = f"persoon/{young}/telefoon"
    _apart(demo_services, case_id, field, "06-11111111", "06-22222222")
    [point] = demo_services.dossier.conflict_views(case_id)
    demo_services.dossier.choose(case_id, field, "06-33333333")
    with pytest.raises(ValidationError, match="intussen"):
        demo_services.dossier.choose_written(case_id, field, point.values[0].write_id)
    with pytest.raises(ValidationError):
        demo_services.dossier.choose_written(case_id, "persoon/x/telefoon", "abc")


def test_values_are_as_the_tables_hold_them(demo_services: Services) -> None:
    case_id = demo_services.casussen.resolve(CASE)
    young = _young_id(demo_services, case_id)
    mentor = demo_services.casussen.open(case_id).betrokkenen[0].id
    _apart(demo_services, case_id, f"betrokkene/{mentor}/uren_per_week", 2.0, 3.5)
    _apart(demo_services, case_id, f"persoon/{young}/einddatum", "2026-12-01", None)
    points = {p.name: p for p in demo_services.dossier.conflict_views(case_id)}
    assert {w.value for w in points["uren_per_week"].values} == {2.0, 3.5}
    assert {w.value for w in points["einddatum"].values} == {date(2026, 12, 1), None}
