"""A damaged, truncated, random or hostile dossier update: one Dutch sentence, nothing changed.

The bytes come from another machine. pycrdt may panic on garbage (a BaseException, which
no ``except Exception`` catches), and a well-formed update may still carry values no tafel
would write. Either way the import refuses with one Dutch sentence and the vault keeps
exactly what it had: its people, its shadow and its audit log.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pycrdt
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Text
from sqlmodel import select

from tafel.domain.dossier_doc import DossierDoc
from tafel.domain.models import AuditEvent, Casus, CasusDocument
from tafel.domain.plan_doc import new_client_id
from tafel.errors import TafelError, ValidationError
from tafel.services import Services
from tests.builders import dossier_update_elsewhere, people_of

CASE = "T-2026-0003"

#: Words of a message that is not Dutch: a library's own text leaking through.
NOT_DUTCH = ("error", "panic", "decode", "update", "invalid", "expected", "traceback",
             "exception", "none")


class Party:
    """The school's vault, holding the case and its people after one exchange."""

    def __init__(self, source: Services, school: Services) -> None:
        self.source, self.school = source, school
        self.case_id = source.casussen.resolve(CASE)
        school.dossier.receive_case(source.dossier.record(self.case_id))
        self.valid = source.dossier.export(self.case_id).update
        school.dossier.merge(self.case_id, self.valid)

    def snapshot(self) -> tuple[Any, ...]:
        with self.school.context.vault.transaction() as session:
            documents = [bytes(d.document) for d in session.exec(select(CasusDocument))]
            log = len(session.exec(select(AuditEvent)).all())
            cases = len(session.exec(select(Casus)).all())
        return people_of(self.school, self.case_id), documents, log, cases

    def refuses_or_keeps(self, data: bytes) -> str | None:
        """Merge ``data``; the Dutch refusal, or None. Refused: the vault is unchanged."""
        before = self.snapshot()
        try:
            self.school.dossier.merge(self.case_id, data)
        except TafelError as error:
            assert isinstance(error, ValidationError)
            message = str(error)
            assert message.endswith(".") and message.count(". ") == 0, message
            assert not any(w in message.lower().split() for w in NOT_DUTCH), message
            assert self.snapshot() == before
            return message
        return None


@pytest.fixture
def party(demo_services: Services,
          more_vaults: Callable[[str], Services]) -> Iterator[Party]:
    yield Party(demo_services, more_vaults("Bas de Vries"))


SLOW = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


@SLOW
@given(data=st.binary(max_size=400))
@example(data=b"")
@example(data=b"\x00\x00")
@example(data=b"\xff" * 64)
@example(data=b"\x01\x01\x01\x01\x01")
def test_random_bytes_are_refused_or_change_nothing(party: Party, data: bytes) -> None:
    before = party.snapshot()
    if party.refuses_or_keeps(data) is None:
        assert party.snapshot()[0] == before[0]  # a valid empty update: no one changed


@SLOW
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_a_truncated_update_is_refused(party: Party, cut: int) -> None:
    update = dossier_update_elsewhere(party.source, party.case_id, {
        f"persoon/{_young_id(party)}/telefoon": "06-12345678",
        f"huishouden/{_household_id(party)}/adres": "Lindelaan 12"})
    message = party.refuses_or_keeps(update[:cut % len(update)])
    assert message is not None


@SLOW
@given(at=st.integers(min_value=0, max_value=10_000), byte=st.integers(0, 255))
def test_a_changed_byte_is_refused_or_merges_cleanly(party: Party, at: int, byte: int) -> None:
    update = bytearray(party.valid)
    update[at % len(update)] = byte
    party.refuses_or_keeps(bytes(update))  # refused: unchanged; else a value merely differs


def _young_id(party: Party) -> uuid.UUID:
    with party.school.context.vault.transaction() as session:
        casus = session.get(Casus, party.case_id)
        assert casus is not None
        return casus.jongere_id


def _household_id(party: Party) -> uuid.UUID:
    with party.school.context.vault.transaction() as session:
        casus = session.get(Casus, party.case_id)
        assert casus is not None
        return casus.huishouden_id


def _raw(party: Party, entries: dict[str, object]) -> bytes:
    """A well-formed update holding ``entries`` as they are, on top of the shared history."""
    doc = DossierDoc(party.valid, client_id=new_client_id())
    state = doc.state()
    with doc.doc.transaction():
        for key, value in entries.items():
            doc.registers.store[key] = value
    return doc.changes_since(state)


def _entry(value: object) -> dict[str, object]:
    return {"v": value, "d": "Onbekend", "p": "elders", "o": "2999-01-01T00:00:00+00:00"}  # wins


NEW = uuid.uuid4()

HOSTILE: dict[str, Callable[[Party], bytes]] = {
    "an unknown field": lambda p: _raw(p, {f"persoon/{_young_id(p)}/schulden#a1": _entry("ja")}),
    "an unknown kind": lambda p: _raw(p, {f"schuld/{uuid.uuid4()}/bedrag#a1": _entry(9)}),
    "a key without a write id": lambda p: _raw(p, {f"persoon/{_young_id(p)}/email": _entry("")}),
    "a value that is no entry": lambda p: _raw(p, {f"persoon/{_young_id(p)}/email#a1": "x"}),
    "an id that is no uuid": lambda p: _raw(p, {"persoon/nadia/telefoon#a1": _entry("06")}),
    "a BSN without elfproef": lambda p: _raw(p, {
        f"persoon/{_young_id(p)}/bsn#a1": _entry("123456789")}),
    "a BSN another person has": lambda p: _raw(p, {
        f"persoon/{_young_id(p)}/bsn#a1": _entry("999994414")}),
    "a name too long": lambda p: _raw(p, {
        f"persoon/{_young_id(p)}/voornaam#a1": _entry("N" * 101)}),
    "an empty name": lambda p: _raw(p, {f"persoon/{_young_id(p)}/voornaam#a1": _entry(" ")}),
    "a number as text": lambda p: _raw(p, {f"persoon/{_young_id(p)}/telefoon#a1": _entry(6)}),
    "an unknown role": lambda p: _raw(p, {f"persoon/{_young_id(p)}/rol#a1": _entry("koning")}),
    "the young person made a parent": lambda p: _raw(p, {
        f"persoon/{_young_id(p)}/rol#a1": _entry("ouder")}),
    "a second young person": lambda p: _raw(p, {
        f"persoon/{uuid.uuid4()}/bestaat#a1": _entry(True)}),
    "a birth date in the future": lambda p: _raw(p, {
        f"persoon/{_young_id(p)}/geboortedatum#a1": _entry("2031-01-01")}),
    "hours beyond a week": lambda p: _raw(p, {
        f"betrokkene/{NEW}/bestaat#a1": _entry(True),
        f"betrokkene/{NEW}/naam#a1": _entry("Henk"),
        f"betrokkene/{NEW}/uren_per_week#a1": _entry(200)}),
    "another household": lambda p: _raw(p, {
        f"huishouden/{uuid.uuid4()}/bestaat#a1": _entry(True)}),
    "a text where the fields are": lambda p: _text_root(p),
}


def _text_root(party: Party) -> bytes:
    other: Doc[Any] = Doc(client_id=new_client_id())
    text = other.get("velden", type=Text)
    text += "persoon/x/telefoon"
    return other.get_update()


@pytest.mark.parametrize("hostile", sorted(HOSTILE))
def test_a_well_formed_but_hostile_update_is_refused(party: Party, hostile: str) -> None:
    assert party.refuses_or_keeps(HOSTILE[hostile](party)) is not None


def test_a_person_of_another_case_here_is_refused(party: Party) -> None:
    other_case = party.school.casussen.register(_new_case())
    with party.school.context.vault.transaction() as session:
        casus = session.get(Casus, other_case.primary_id)
        assert casus is not None
        stranger = casus.jongere_id
    update = _raw(party, {f"persoon/{stranger}/bestaat#a1": _entry(True),
                          f"persoon/{stranger}/rol#a1": _entry("ouder")})
    assert party.refuses_or_keeps(update) == ("Iemand in deze bundel hoort hier bij een ander "
                                              "huishouden.")


def test_a_damaged_state_of_the_recipient_is_refused(party: Party) -> None:
    with pytest.raises(ValidationError, match=r"^Wat de ontvanger al heeft, is beschadigd\.$"):
        party.source.dossier.export(party.case_id, b"\xff\xff\xff\xff")


def test_an_oversized_update_is_refused_before_it_is_read(party: Party) -> None:
    assert party.refuses_or_keeps(b"\x00" * (16 * 1024 * 1024 + 1)) is not None


def _real_panic() -> BaseException:
    """pyo3's PanicException, raised for real (restoring a snapshot into a gc'd document)."""
    try:
        pycrdt.Doc.from_snapshot(pycrdt.Snapshot.from_doc(pycrdt.Doc(skip_gc=True)),
                                 pycrdt.Doc())
    except BaseException as panic:
        assert not isinstance(panic, Exception)
        return panic
    raise AssertionError("pycrdt no longer panics here; find another real panic")


def test_a_pycrdt_panic_in_a_merge_is_one_dutch_sentence_and_changes_nothing(
    party: Party, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A panic out of apply_update is one Dutch sentence, and the vault stays as it was.

    No garbage found makes apply_update itself panic (20,000 tries), so a real panic is
    raised from it here: the guard must catch a BaseException, not only an Exception.
    """
    panic = _real_panic()

    def panicking(self: pycrdt.Doc, update: bytes) -> None:  # type: ignore[type-arg]
        raise panic

    update = dossier_update_elsewhere(party.source, party.case_id, {
        f"persoon/{_young_id(party)}/telefoon": "06-12345678"})
    monkeypatch.setattr(pycrdt.Doc, "apply_update", panicking)
    message = party.refuses_or_keeps(update)
    assert message == ("De gegevens over de mensen rond de casus zijn beschadigd "
                       "(niet te lezen).")


def _new_case() -> Any:
    from tests.builders import new_case

    return new_case()
