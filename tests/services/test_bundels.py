"""One plan drafted on three vaults offline, bundles exchanged in different orders.

The wijkteam (who holds the case) shares it with jeugdhulp (everything) and with the school
(everything but Inkomen). All three edit while apart; the bundles go round in different
orders, twice, late. Every vault ends with the same plan (the school without Inkomen), every
concurrent structured edit is one conflict, and every word anyone typed is there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.plan_content import VersieStatus
from tafel.domain.plan_doc import RemoveAfspraak, SetAfspraak, SetText
from tafel.errors import BundelFout
from tafel.sync import bundle as bundles
from tests.builders import Laptop, introduce, laptop, new_case, send, share_with

ALL = tuple(C)
NO_INKOMEN = tuple(c for c in C if c is not C.INKOMEN)


@pytest.fixture
def three(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Laptop, uuid.UUID]]:
    wijkteam = laptop(tmp_path / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    jeugdhulp = laptop(tmp_path / "j", "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
    school = laptop(tmp_path / "s", "Bas de Vries", "ROC Weidestad", "mentor")
    introduce(wijkteam, jeugdhulp, school)
    case_id = wijkteam.services.casussen.register(new_case()).primary_id
    assert case_id is not None
    share_with(wijkteam, case_id, jeugdhulp, ALL)
    share_with(wijkteam, case_id, school, NO_INKOMEN)
    yield wijkteam, jeugdhulp, school, case_id
    for one in (wijkteam, jeugdhulp, school):
        one.vault.lock()


def _plan(one: Laptop, case_id: uuid.UUID):  # type: ignore[no-untyped-def]
    view = one.services.plans.for_case(case_id)
    assert view is not None
    return view.latest


def _edit(one: Laptop, case_id: uuid.UUID, *edits: object) -> None:
    one.services.plans.edit(_plan(one, case_id).id, *edits)  # type: ignore[arg-type]


def _read(one: Laptop, data: bytes) -> str:
    return one.services.bundels.lees_in(data).uitkomst.status


def test_three_vaults_in_different_orders_end_with_one_plan(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID],
) -> None:
    wijkteam, jeugdhulp, school, case_id = three
    wijkteam.services.plans.start(case_id)
    _edit(wijkteam, case_id, SetText("perspectief", "Ik wil op mezelf wonen."),
          SetText("inkomen.ik_doel", "Geen schulden meer."),
          SetText("school_werk.ik_doel", "Mijn diploma halen."))
    afspraak = wijkteam.services.plans.edit(
        _plan(wijkteam, case_id).id,
        SetAfspraak(None, {"actie": "Kamer zoeken", "pijler": "wonen"})).created_id
    weg = wijkteam.services.plans.edit(
        _plan(wijkteam, case_id).id,
        SetAfspraak(None, {"actie": "Stage zoeken", "pijler": "school_werk"})).created_id
    assert afspraak and weg
    to_j, to_s = send(wijkteam, case_id, jeugdhulp), send(wijkteam, case_id, school)
    assert _read(jeugdhulp, to_j) == "toegepast" and _read(school, to_s) == "toegepast"
    assert "Geen schulden" not in str(_plan(school, case_id).content)

    # apart: everyone edits the same plan
    _edit(wijkteam, case_id, SetText("perspectief", "Ik wil op mezelf wonen, in Weidestad."),
          SetAfspraak(afspraak, {"deadline": date(2027, 1, 10)}),
          RemoveAfspraak(weg))
    _edit(jeugdhulp, case_id, SetText("perspectief", "Ik wil graag op mezelf wonen."),
          SetAfspraak(afspraak, {"deadline": date(2027, 2, 1)}),
          SetText("inkomen.zelf_doen", "Budget bijhouden."))
    _edit(school, case_id, SetText("school_werk.zelf_doen", "Elke dag op tijd."),
          SetAfspraak(weg, {"status": "bezig"}))

    from_j, from_s = send(jeugdhulp, case_id, wijkteam), send(school, case_id, wijkteam)
    # the wijkteam reads them in one order, twice, and a copy of it in the other order
    assert [_read(wijkteam, b) for b in (from_s, from_j, from_s)] == \
        ["toegepast", "toegepast", "al_ingelezen"]
    for receiver in (jeugdhulp, school):
        assert _read(receiver, send(wijkteam, case_id, receiver)) == "toegepast"

    w, j, s = (_plan(x, case_id) for x in three[:3])
    assert w.content == j.content
    assert w.content.text("perspectief") == s.content.text("perspectief")
    assert s.content.text("inkomen.zelf_doen") == "" and "Budget" in w.content.text(
        "inkomen.zelf_doen")
    for words in ("mezelf", "Weidestad", "graag", "Mijn diploma", "Elke dag op tijd"):
        assert words in str(w.content.teksten), words
    fields = sorted(c.field for c in w.conflicts)
    assert fields == sorted(c.field for c in j.conflicts) == sorted(c.field for c in s.conflicts)
    assert fields == sorted([f"afspraak/{afspraak}/deadline", f"afspraak/{weg}/verwijderd"])
    assert {a.id for a in w.content.afspraken} == {afspraak, weg}  # the edited one is kept


def test_a_bundle_without_inkomen_holds_nothing_of_it(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID],
) -> None:
    wijkteam, _jeugdhulp, school, case_id = three
    wijkteam.services.plans.start(case_id)
    _edit(wijkteam, case_id, SetText("inkomen.ik_doel", "GEHEIM-schuld bij de bank"),
          SetAfspraak(None, {"actie": "GEHEIM-afspraak", "pijler": "inkomen"}))
    _edit(wijkteam, case_id, SetText("inkomen.ik_doel", "iets anders"))  # history too
    from tafel.domain.plan_doc import SetTarget

    _edit(wijkteam, case_id, SetTarget("inkomen.financien", 4))
    data = send(wijkteam, case_id, school)
    mine = school.services.partijen.eigen_sleutels()
    opened = bundles.open_bundle(data, identities=[mine.age_identiteit])
    whole = b"".join(opened.parts.values()) + opened.manifest_bytes
    assert b"GEHEIM" not in whole and b"inkomen" not in whole.lower()
    assert not any("inkomen" in name for name in opened.parts)


def test_a_flipped_byte_is_refused_and_changes_nothing(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID],
) -> None:
    wijkteam, jeugdhulp, _school, case_id = three
    wijkteam.services.plans.start(case_id)
    data = bytearray(send(wijkteam, case_id, jeugdhulp))
    data[len(data) // 2] ^= 0x01
    with pytest.raises(BundelFout) as refused:
        jeugdhulp.services.bundels.lees_in(bytes(data))
    assert "\n" not in str(refused.value) and str(refused.value).endswith(".")
    assert jeugdhulp.services.plans.for_case(case_id) is None  # no case arrived
    assert jeugdhulp.services.bundels.wachtend() == []


def test_a_bundle_that_builds_on_a_missing_one_waits_then_applies(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID],
) -> None:
    wijkteam, jeugdhulp, _school, case_id = three
    wijkteam.services.plans.start(case_id)
    first = send(wijkteam, case_id, jeugdhulp)
    _edit(wijkteam, case_id, SetText("vangnet", "Bel oma."))
    second = send(wijkteam, case_id, jeugdhulp)
    result = jeugdhulp.services.bundels.lees_in(second).uitkomst
    assert result.status == "wacht" and result.ontbreekt == "bundel 1 van Fatima Amrani " \
        "(Wijkteam Weidestad)"
    [waiting] = jeugdhulp.services.bundels.wachtend()
    assert waiting.volgnummer == 2
    later = jeugdhulp.services.bundels.lees_in(first).uitkomst
    assert later.status == "toegepast" and later.daarna_toegepast
    assert jeugdhulp.services.bundels.wachtend() == []
    assert _plan(jeugdhulp, case_id).content.text("vangnet") == "Bel oma."


def test_a_late_edit_to_a_signed_version_starts_a_new_one_and_outdates_signatures(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID],
) -> None:
    wijkteam, jeugdhulp, _school, case_id = three
    wijkteam.services.plans.start(case_id)
    _edit(wijkteam, case_id, SetText("perspectief", "Mijn plan."))
    assert _read(jeugdhulp, send(wijkteam, case_id, jeugdhulp)) == "toegepast"
    _edit(jeugdhulp, case_id, SetText("droom", "Kok worden."))  # apart, unsigned
    from tests.builders import sign_all

    sign_all(wijkteam.services, case_id)
    assert _plan(wijkteam, case_id).status is VersieStatus.GETEKEND
    outcome = wijkteam.services.bundels.lees_in(send(jeugdhulp, case_id, wijkteam)).uitkomst
    assert outcome.plan.outdated_signed == [1] and outcome.plan.created_versions == [2]
    view = wijkteam.services.plans.for_case(case_id)
    assert view is not None and [v.nummer for v in view.versions] == [1, 2]
    assert view.latest.content.text("droom") == "Kok worden."
    first = next(v for v in view.versions if v.nummer == 1)
    assert first.status is VersieStatus.VERVANGEN and first.outdated_signatures


def test_a_case_whose_reference_is_taken_here_keeps_its_signatures_valid(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID],
) -> None:
    wijkteam, jeugdhulp, _school, case_id = three
    jeugdhulp.services.casussen.register(new_case(voornaam="Eigen"))  # takes the same number
    wijkteam.services.plans.start(case_id)
    _edit(wijkteam, case_id, SetText("perspectief", "Mijn plan."))
    from tests.builders import sign_all

    sign_all(wijkteam.services, case_id)
    outcome = jeugdhulp.services.bundels.lees_in(send(wijkteam, case_id, jeugdhulp)).uitkomst
    assert outcome.nieuwe_casus
    theirs, mine = _plan(wijkteam, case_id), _plan(jeugdhulp, case_id)
    assert outcome.referentie != next(s.referentie for s in wijkteam.services.casussen
                                      .summaries() if s.id == case_id)
    assert mine.inhoud_hash == theirs.inhoud_hash
    assert mine.status is VersieStatus.GETEKEND and not mine.outdated_signatures


def test_people_consents_and_a_person_conflict_travel_with_consent(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID], tmp_path: Path,
) -> None:
    wijkteam, jeugdhulp, _school, case_id = three
    woning = laptop(tmp_path / "c", "Kees Jansen", "Woonbron", "woonconsulent")
    introduce(wijkteam, woning)
    share_with(wijkteam, case_id, woning, (C.WONEN,))
    wijkteam.services.plans.start(case_id)
    for receiver in (jeugdhulp, woning):
        assert _read(receiver, send(wijkteam, case_id, receiver)) == "toegepast"

    def young(one: Laptop) -> str:
        return next(s.jongere for s in one.services.casussen.summaries() if s.id == case_id)

    assert young(jeugdhulp) == young(wijkteam) == "Noor Bakker"
    assert "Noor" not in young(woning) and "niet gedeeld" in young(woning)
    assert len(woning.services.casussen.open(case_id).toestemmingen) == 1  # only its own

    from tests.builders import people_of

    person = next(k for k, v in people_of(wijkteam.services, case_id).items()
                  if k.startswith("persoon/") and v.get("voornaam") == "Noor")
    person_id = uuid.UUID(person.split("/")[1])
    from tafel.domain.enums import Rol
    from tafel.services.netwerk import NieuwePersoon

    for one, phone in ((wijkteam, "0612345678"), (jeugdhulp, "0687654321")):
        one.services.netwerk.edit_person(person_id, NieuwePersoon(
            Rol.JONGERE, "Noor", "Bakker", telefoon=phone,
            geboortedatum=people_of(one.services, case_id)[person]["geboortedatum"]),  # type: ignore[arg-type]
            keep_bsn=True)
    outcome = wijkteam.services.bundels.lees_in(send(jeugdhulp, case_id, wijkteam)).uitkomst
    assert outcome.mensen is not None
    [conflict] = wijkteam.services.dossier.conflicts(case_id)
    assert {w.value for w in conflict.values} == {"0612345678", "0687654321"}
    woning.vault.lock()


def test_every_export_and_import_is_logged_without_case_text(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID],
) -> None:
    wijkteam, jeugdhulp, _school, case_id = three
    wijkteam.services.plans.start(case_id)
    _edit(wijkteam, case_id, SetText("perspectief", "Ik wil op mezelf wonen."))
    assert _read(jeugdhulp, send(wijkteam, case_id, jeugdhulp)) == "toegepast"
    from sqlmodel import select

    from tafel.domain.models import AuditEvent

    for one, action in ((wijkteam, "geëxporteerd"), (jeugdhulp, "ingelezen")):
        with one.vault.transaction() as session:
            events = [e for e in session.exec(select(AuditEvent)) if e.soort == "bundel"]
        [event] = [e for e in events if e.actie == action]
        assert event.casus_id == str(case_id)
        assert wijkteam.kluis_id in event.details or jeugdhulp.kluis_id in event.details
        assert "toekomstplan" in event.details
        for word in ("Noor", "Bakker", "mezelf", "Sanne", "Fatima"):
            assert word not in event.details
    with wijkteam.vault.transaction() as session:
        [exported] = [e for e in session.exec(select(AuditEvent)) if e.actie == "geëxporteerd"]
    assert "toestemming:" in exported.details and exported.details.split(
        "toestemming: ")[1] != "-"


def test_a_full_bundle_releases_one_that_waits_for_a_lost_bundle(
    three: tuple[Laptop, Laptop, Laptop, uuid.UUID],
) -> None:
    wijkteam, jeugdhulp, _school, case_id = three
    wijkteam.services.plans.start(case_id)
    send(wijkteam, case_id, jeugdhulp)  # lost on the way
    _edit(wijkteam, case_id, SetText("vangnet", "Bel oma."))
    assert _read(jeugdhulp, send(wijkteam, case_id, jeugdhulp)) == "wacht"
    _edit(wijkteam, case_id, SetText("droom", "Kok worden."))
    full = wijkteam.services.bundels.exporteer(
        case_id, partij_ids=[wijkteam.party(jeugdhulp)], volledig=True)
    assert full.volgnummer == 3
    outcome = jeugdhulp.services.bundels.lees_in(full.data).uitkomst
    assert outcome.status == "toegepast" and len(outcome.daarna_toegepast) == 1
    content = _plan(jeugdhulp, case_id).content
    assert (content.text("vangnet"), content.text("droom")) == ("Bel oma.", "Kok worden.")
    assert jeugdhulp.services.bundels.wachtend() == []
