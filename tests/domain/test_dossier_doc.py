"""The people's registers: fields travel as plain values and come back as they were stored."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from tafel.domain.dossier_doc import DossierDoc, parse_field
from tafel.domain.dossier_velden import FIELDS, veld
from tafel.domain.enums import NetwerkSoort, Rol
from tafel.domain.plan_register import Stempel

STORED = {
    ("persoon", "rol"): Rol.OUDER, ("persoon", "voornaam"): "Noor",
    ("persoon", "geboortedatum"): date(2008, 2, 29), ("persoon", "bsn"): "999990020",
    ("persoon", "gezag"): True, ("persoon", "einddatum"): None,
    ("betrokkene", "soort"): NetwerkSoort.PROFESSIONEEL,
    ("betrokkene", "uren_per_week"): 1.5, ("huishouden", "adres"): "Lindelaan 12",
}


@pytest.mark.parametrize(("kind", "name"), sorted(STORED))
def test_a_stored_value_comes_back_the_same(kind: str, name: str) -> None:
    field = veld(kind, name)
    assert field.from_plain(field.to_plain(STORED[kind, name])) == STORED[kind, name]


@pytest.mark.parametrize(("kind", "name", "value"), [
    ("persoon", "voornaam", ""), ("persoon", "voornaam", "x" * 101),
    ("persoon", "telefoon", 612345678), ("persoon", "bsn", "123456789"),
    ("persoon", "bsn", "9999.90.020"), ("persoon", "gezag", "ja"), ("persoon", "rol", "koning"),
    ("persoon", "geboortedatum", "2008-W09-5"), ("persoon", "geboortedatum", "29-02-2008"),
    ("betrokkene", "uren_per_week", 169), ("betrokkene", "uren_per_week", float("nan")),
    ("betrokkene", "uren_per_week", True), ("huishouden", "naam", "a\x00b"),
])
def test_a_value_no_tafel_writes_is_refused_in_dutch(kind: str, name: str, value: object) -> None:
    with pytest.raises(ValueError, match=r"^Een gegeven in deze bundel klopt niet: "):
        veld(kind, name).from_plain(value)


def test_every_field_has_a_default_that_passes_its_own_check() -> None:
    for fields in FIELDS.values():
        for field in fields.values():
            if not field.required:
                assert field.from_plain(field.default) == field.from_plain(field.default)


SOMEONE = "5f0c1e52-7d0b-4c4e-9a55-0d6f4c2b8e11"  # fixed: xdist workers collect the same ids


@pytest.mark.parametrize("field", [
    "persoon/abc/telefoon", f"schuld/{SOMEONE}/bedrag", f"persoon/{SOMEONE}/salaris",
    f"persoon/{SOMEONE.upper()}/telefoon", f"persoon/{SOMEONE}", "",
])
def test_only_known_fields_of_well_formed_records_parse(field: str) -> None:
    with pytest.raises(ValueError, match="bestaat niet"):
        parse_field(field)


def test_values_written_apart_are_a_conflict_and_the_same_value_is_not() -> None:
    base = DossierDoc(client_id=1)
    record = str(uuid.uuid4())
    stamp = Stempel.now("A", "kluis-a", datetime(2026, 11, 1, tzinfo=UTC))
    base.write("persoon", record, "bestaat", True, stamp)
    a, b = (DossierDoc(base.to_bytes(), client_id=n) for n in (2, 3))
    a.write("persoon", record, "telefoon", "06-1", stamp)
    b.write("persoon", record, "telefoon", "06-2", Stempel.now("B", "kluis-b",
                                                                datetime(2026, 11, 2, tzinfo=UTC)))
    a.write("persoon", record, "email", "x@y.example", stamp)
    b.write("persoon", record, "email", "x@y.example", stamp)
    a.merge(b.changes_since(base.state()))
    (conflict,) = a.conflicts()
    assert conflict.name == "telefoon" and conflict.deel == "personen"
    assert [w.stempel.door for w in conflict.values] == ["A", "B"]
    assert a.current("persoon", record, "telefoon") == "06-2"  # the latest, everywhere
    assert a.current("persoon", record, "achternaam") == ""  # never written: the default
