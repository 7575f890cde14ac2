"""The toekomstplan service on real vaults: versions, signatures, verification, audit.

What a signature stands for must never move: a signature names the exact text it was placed
under, a change to a signed plan makes a new version, and a printed copy can be checked later.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from tafel.domain.enums import NetwerkSoort, Rol
from tafel.domain.plan_content import Schrijver, VersieStatus, content_hash
from tafel.domain.plan_doc import SetAfspraak, SetMeta, SetTarget, SetText
from tafel.errors import NotFoundError, ValidationError
from tafel.services import Services, audit
from tafel.services.casussen import NieuweCasus
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.plans import NieuweHandtekening
from tafel.views.plans import PlanPersoon, PlanView
from tests.builders import TODAY

STROKES = [[(0.1, 0.6), (0.2, 0.3), (0.3, 0.7), (0.45, 0.35)], [(0.5, 0.5), (0.9, 0.55)]]


def _case(services: Services, age: int = 17) -> uuid.UUID:
    """A young person with a mother, a little brother, a coach, an aunt and a mentor."""
    born = TODAY.replace(year=TODAY.year - age) - timedelta(days=40)
    case_id = services.casussen.register(
        NieuweCasus("Huishouden Proef", "Sam", "Proef", born, "Fatima Amrani")).primary_id
    assert case_id is not None
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.OUDER, "Ria", "Proef", gezag=True))
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.BROER_ZUS, "Tim", "Proef"))
    for soort, naam, rol, org in (
        (NetwerkSoort.PROFESSIONEEL, "Bas Coach", "jongerencoach", "Jongerenloket"),
        (NetwerkSoort.PROFESSIONEEL, "Mila Mentor", "mentor", "Het College"),
        (NetwerkSoort.INFORMEEL, "Els Tante", "tante", ""),
    ):
        services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(soort, naam, rol, org))
    return case_id


def _person(view: PlanView, naam: str) -> PlanPersoon:
    return next(p for p in view.case.people if p.naam == naam)


def _owned_by(view: PlanView, naam: str, actie: str = "Bellen") -> SetAfspraak:
    owner = _person(view, naam)
    return SetAfspraak(None, {"actie": actie, "eigenaar": owner.sleutel,
                              "eigenaar_naam": owner.naam, "deadline": TODAY})


def _sign(services: Services, view: PlanView, who: str, **changes: object) -> None:
    person = _person(view, who)
    values: dict[str, object] = {
        "sleutel": person.sleutel, "naam": person.naam, "rol": person.rol,
        "plaats": "Weidestad", "datum": TODAY, "lijnen": STROKES, "verhouding": 3.0,
    }
    values.update(changes)
    signature = NieuweHandtekening(**values)  # type: ignore[arg-type]
    services.plans.sign(view.latest.id, signature, view.latest.inhoud_hash)


def _fresh(services: Services, case_id: uuid.UUID) -> PlanView:
    view = services.plans.for_case(case_id)
    assert view is not None
    return view


def _signed_plan(services: Services) -> tuple[uuid.UUID, PlanView]:
    """A plan for a minor with one professional afspraak, signed by all three expected."""
    case_id = _case(services)
    view = services.plans.start(case_id).view
    view = services.plans.edit(view.latest.id, SetText("perspectief", "Op mezelf wonen."),
                               _owned_by(view, "Bas Coach"), schrijver=Schrijver.JONGERE).view
    for naam in ("Sam Proef", "Ria Proef", "Bas Coach"):
        _sign(services, _fresh(services, case_id), naam)
    return case_id, _fresh(services, case_id)


def _actions(services: Services, case_id: uuid.UUID) -> list[str]:
    with services.context.vault.transaction() as session:
        assert audit.verify_chain(session).intact
        return [e.actie for e in reversed(audit.events_for_case(session, case_id))]


# -- start and the evaluation date -----------------------------------------------------


def test_start_makes_one_concept_with_evaluation_in_three_months(services: Services) -> None:
    case_id = _case(services)
    assert services.plans.for_case(case_id) is None
    view = services.plans.start(case_id).view
    assert [(v.nummer, v.status) for v in view.versions] == [(1, VersieStatus.CONCEPT)]
    assert view.latest.content.evaluatie_datum == date(2027, 2, 23)
    assert view.ritme_maanden == 3
    again = services.plans.start(case_id).view
    assert again.plan_id == view.plan_id and len(again.versions) == 1
    with pytest.raises(NotFoundError):
        services.plans.start(uuid.uuid4())


def test_start_on_the_last_of_november_evaluates_on_the_last_of_february(
    services: Services,
) -> None:
    case_id = _case(services)
    late = Services(services.context.vault, "Fatima Amrani", today=lambda: date(2026, 11, 30))
    assert late.plans.start(case_id).view.latest.content.evaluatie_datum == date(2027, 2, 28)


# -- editing, authorship and the hash ------------------------------------------------------


def test_edits_are_stored_as_typed_with_who_wrote_them(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    for typed in ("Over", "Over een half", "Over een half jaar woon ik op mezelf."):
        services.plans.edit(view.latest.id, SetText("perspectief", typed),
                            schrijver=Schrijver.JONGERE)
    result = services.plans.edit(view.latest.id, SetText("wonen.ondersteuning", "Bas helpt."),
                                 _owned_by(view, "Bas Coach"))
    assert result.created_id is not None and not result.new_version
    assert result.changes.touches("planversie") and case_id in result.changes.casus_ids
    content = _fresh(services, case_id).latest.content
    assert content.text("perspectief") == "Over een half jaar woon ik op mezelf."
    assert content.written_by_professional("perspectief") is None
    assert content.auteurs["perspectief"].schrijver is Schrijver.JONGERE
    marked = content.written_by_professional("wonen.ondersteuning")
    assert marked is not None and marked.naam == "Fatima Amrani"
    assert content.afspraken[0].id == result.created_id
    assert content.afspraken[0].eigenaar_naam == "Bas Coach"


def test_the_hash_follows_the_content_and_nothing_else(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    version_id = view.latest.id
    first = services.plans.edit(version_id, SetText("droom", "Kok worden.")).view.latest
    assert first.inhoud_hash == content_hash(first.content, str(view.plan_id),
                                             view.case.referentie, 1)
    changed = services.plans.edit(version_id, SetText("droom", "Kok worden!")).view.latest
    assert changed.inhoud_hash != first.inhoud_hash
    back = services.plans.edit(version_id, SetText("droom", "Kok worden.")).view.latest
    assert back.inhoud_hash == first.inhoud_hash
    assert _fresh(services, case_id).latest.inhoud_hash == first.inhoud_hash
    hashes = {first.inhoud_hash}
    for edit in (SetTarget("wonen.huisvesting", 4), SetMeta("evaluatie_datum", TODAY),
                 SetMeta("uitzondering_nodig", False), _owned_by(view, "Sam Proef")):
        latest = services.plans.edit(version_id, edit).view.latest
        assert latest.inhoud_hash not in hashes
        hashes.add(latest.inhoud_hash)


def test_owner_must_be_someone_around_the_case(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    stranger = SetAfspraak(None, {"actie": "Bellen", "eigenaar": f"persoon:{uuid.uuid4()}"})
    with pytest.raises(ValidationError, match="eigenaar"):
        services.plans.edit(view.latest.id, stranger)


def test_a_failing_edit_leaves_the_stored_version_as_it_was(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    services.plans.edit(view.latest.id, SetText("droom", "Kok worden."))
    before = _fresh(services, case_id).latest
    entries = len(_actions(services, case_id))
    with pytest.raises(ValidationError) as raised:
        services.plans.edit(view.latest.id, SetText("droom", "Iets anders."),
                            SetTarget("wonen.huisvesting", 9))
    assert raised.value.message == "Een doelscore is een heel getal van 1 tot en met 5."
    after = _fresh(services, case_id).latest
    assert (after.content, after.inhoud_hash, after.gewijzigd_op) == (
        before.content, before.inhoud_hash, before.gewijzigd_op)
    assert len(_actions(services, case_id)) == entries


def test_a_failing_edit_of_a_signed_plan_makes_no_new_version(services: Services) -> None:
    case_id, view = _signed_plan(services)
    with pytest.raises(ValidationError, match="geen bestaande datum"):
        services.plans.edit(view.latest.id, SetText("droom", "Kok."),
                            SetMeta("evaluatie_datum", "2027-02-30"))
    after = _fresh(services, case_id)
    assert [v.status for v in after.versions] == [VersieStatus.GETEKEND]
    assert after.latest.content == view.latest.content


# -- signing and the status flow ---------------------------------------------------------


def test_signatures_go_stale_after_an_edit_and_are_never_deleted(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    services.plans.edit(view.latest.id, SetText("perspectief", "Op mezelf wonen."))
    _sign(services, _fresh(services, case_id), "Sam Proef")
    view = _fresh(services, case_id)
    assert view.latest.status is VersieStatus.TER_ONDERTEKENING
    assert [s.naam for s in view.latest.current_signatures] == ["Sam Proef"]
    signed = view.latest.signatures[0]
    assert signed.lijnen == tuple(tuple(stroke) for stroke in STROKES)
    assert (signed.plaats, signed.datum, signed.verhouding) == ("Weidestad", TODAY, 3.0)

    services.plans.edit(view.latest.id, SetText("perspectief", "Op mezelf wonen, in Zwolle."))
    view = _fresh(services, case_id)
    assert view.latest.status is VersieStatus.TER_ONDERTEKENING
    assert view.latest.current_signatures == ()
    assert [s.id for s in view.latest.outdated_signatures] == [signed.id]
    _sign(services, view, "Sam Proef")
    view = _fresh(services, case_id)
    assert len(view.latest.signatures) == 2
    assert len(view.latest.current_signatures) == len(view.latest.outdated_signatures) == 1


def test_all_expected_signers_make_it_getekend(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    view = services.plans.edit(view.latest.id, _owned_by(view, "Bas Coach"),
                               _owned_by(view, "Els Tante")).view
    assert [p.naam for p in view.expected_signers(view.latest.content, TODAY)] == [
        "Sam Proef", "Ria Proef", "Bas Coach"]
    for naam in ("Sam Proef", "Ria Proef"):
        _sign(services, _fresh(services, case_id), naam)
        assert _fresh(services, case_id).latest.status is VersieStatus.TER_ONDERTEKENING
    _sign(services, _fresh(services, case_id), "Bas Coach")
    latest = _fresh(services, case_id).latest
    assert latest.status is VersieStatus.GETEKEND and latest.getekend_op == TODAY


def test_an_edit_of_a_signed_plan_makes_a_new_version(services: Services) -> None:
    case_id, view = _signed_plan(services)
    signed = view.latest
    same = services.plans.edit(signed.id, SetText("perspectief", "Op mezelf wonen."))
    assert not same.new_version and same.version_id == signed.id  # nothing changed
    assert len(same.view.versions) == 1 and not same.changes.kinds

    result = services.plans.edit(signed.id, SetText("droom", "Een eigen zaak."),
                                 schrijver=Schrijver.JONGERE)
    assert result.new_version and result.version_id != signed.id
    old, new = result.view.versions
    assert (old.status, new.status) == (VersieStatus.VERVANGEN, VersieStatus.CONCEPT)
    assert (new.nummer, new.gemaakt_uit) == (2, 1)
    assert old.content == signed.content and old.inhoud_hash == signed.inhoud_hash
    assert len(old.current_signatures) == 3 and new.signatures == ()
    assert new.content.text("droom") == "Een eigen zaak."
    assert new.content.text("perspectief") == "Op mezelf wonen."
    with pytest.raises(ValidationError) as raised:
        services.plans.edit(old.id, SetText("droom", "Iets anders."))
    assert raised.value.message == (
        "Deze versie is vervangen door een nieuwere; werk verder in de nieuwste.")
    with pytest.raises(ValidationError, match="vervangen"):
        _sign(services, PlanView(view.plan_id, view.case, 3, (old,)), "Sam Proef")
    assert len(_fresh(services, case_id).versions) == 2


def test_new_version_and_status_steps(services: Services) -> None:
    case_id = _case(services)
    concept = services.plans.start(case_id).view.latest
    with pytest.raises(ValidationError, match="getekend plan"):
        services.plans.new_version(concept.id)
    with pytest.raises(ValidationError, match="status"):
        services.plans.set_status(concept.id, VersieStatus.GETEKEND)
    services.plans.set_status(concept.id, VersieStatus.TER_ONDERTEKENING)
    services.plans.set_status(concept.id, VersieStatus.CONCEPT)
    assert _fresh(services, case_id).latest.status is VersieStatus.CONCEPT
    _case_id, signed = _signed_plan(services)
    result = services.plans.new_version(signed.latest.id)
    assert [v.status for v in result.view.versions] == [
        VersieStatus.VERVANGEN, VersieStatus.CONCEPT]
    assert result.view.latest.content == signed.latest.content
    with pytest.raises(ValidationError):
        services.plans.set_rhythm(signed.plan_id, 0)
    services.plans.set_rhythm(signed.plan_id, 6)
    assert _fresh(services, _case_id).ritme_maanden == 6


def test_sent_for_signing_after_turning_18_it_is_signed_without_the_parent(
    services: Services,
) -> None:
    case_id = _case(services, age=17)
    view = services.plans.start(case_id).view
    view = services.plans.edit(view.latest.id, _owned_by(view, "Bas Coach")).view
    for naam in ("Sam Proef", "Bas Coach"):
        _sign(services, _fresh(services, case_id), naam)
    services.plans.set_status(view.latest.id, VersieStatus.CONCEPT)
    adult = Services(services.context.vault, "Fatima Amrani",
                     today=lambda: TODAY + timedelta(days=365))
    adult.plans.set_status(view.latest.id, VersieStatus.TER_ONDERTEKENING)
    latest = _fresh(services, case_id).latest
    assert latest.status is VersieStatus.GETEKEND
    assert latest.getekend_op == TODAY + timedelta(days=365)


def test_expected_signers_parent_only_while_minor(services: Services) -> None:
    adult_case = _case(services, age=19)
    view = services.plans.start(adult_case).view
    view = services.plans.edit(view.latest.id, _owned_by(view, "Mila Mentor"),
                               _owned_by(view, "Tim Proef")).view
    names = [p.naam for p in view.expected_signers(view.latest.content, TODAY)]
    assert names == ["Sam Proef", "Mila Mentor"]
    minor = services.plans.start(_case(services, age=17)).view
    born = minor.case.geboortedatum
    assert born is not None
    eighteen = born.replace(year=born.year + 18)
    before = minor.expected_signers(minor.latest.content, eighteen - timedelta(days=1))
    assert [p.naam for p in before] == ["Sam Proef", "Ria Proef"]
    assert [p.naam for p in minor.expected_signers(minor.latest.content, eighteen)] == [
        "Sam Proef"]


def test_signing_a_text_that_changed_meanwhile_is_refused(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    read = view.latest.inhoud_hash
    services.plans.edit(view.latest.id, SetText("perspectief", "Iets nieuws."))
    sam = _person(view, "Sam Proef")
    with pytest.raises(ValidationError, match="net gewijzigd"):
        services.plans.sign(view.latest.id, NieuweHandtekening(
            sam.sleutel, sam.naam, "jongere", "", TODAY, STROKES), read)
    assert _fresh(services, case_id).latest.signatures == ()


@pytest.mark.parametrize(("changes", "words"), [
    ({"naam": "  "}, "naam"),
    ({"naam": "x" * 151}, "te lang"),
    ({"plaats": "x" * 101}, "te lang"),
    ({"lijnen": []}, "handtekening in het vak"),
    ({"lijnen": [[(0.5, 0.5)]]}, "handtekening in het vak"),
    ({"lijnen": [[(0.1, 0.1), (1.2, 0.5)]]}, "buiten het vak"),
    ({"lijnen": [[(0.1, 0.1), (float("nan"), 0.5)]]}, "buiten het vak"),
    ({"lijnen": [[(0.1, 0.1), ("links", 0.5)]]}, "niet lezen"),
    ({"lijnen": [[(0.1, 0.1), (0.2, 0.2)]] * 401}, "te groot"),
    ({"verhouding": 0.1}, "onmogelijke vorm"),
    ({"datum": None}, "datum"),
])
def test_bad_signatures_are_refused_and_nothing_is_stored(
    services: Services, changes: dict[str, object], words: str,
) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    with pytest.raises(ValidationError, match=words) as raised:
        _sign(services, view, "Sam Proef", **changes)
    assert raised.value.message.endswith(".")
    latest = _fresh(services, case_id).latest
    assert latest.signatures == () and latest.status is VersieStatus.CONCEPT


def test_one_person_signs_one_text_once(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    _sign(services, view, "Sam Proef")
    with pytest.raises(ValidationError, match="al getekend"):
        _sign(services, _fresh(services, case_id), "Sam Proef")
    assert len(_fresh(services, case_id).latest.signatures) == 1


def test_an_extra_signature_keeps_the_day_it_was_signed_in_full(services: Services) -> None:
    case_id, view = _signed_plan(services)
    later = Services(services.context.vault, "Fatima Amrani",
                     today=lambda: TODAY + timedelta(days=5))
    els = _person(view, "Els Tante")
    later.plans.sign(view.latest.id, NieuweHandtekening(els.sleutel, els.naam, "tante", "", TODAY,
                                                  STROKES), view.latest.inhoud_hash)
    latest = _fresh(services, case_id).latest
    assert latest.status is VersieStatus.GETEKEND and latest.getekend_op == TODAY
    assert len(latest.current_signatures) == 4
    assert _actions(services, case_id).count("volledig getekend") == 1


# -- verification ------------------------------------------------------------------------


def test_verify_a_signed_copy_then_after_an_edit_then_after_a_new_version(
    services: Services,
) -> None:
    case_id, view = _signed_plan(services)
    printed = view.latest.inhoud_hash
    check = services.plans.verify(f"  {printed.upper()}\n")
    assert check.found and check.all_signed and not check.replaced
    assert check.versie == 1 and check.jongere == "Sam Proef"
    assert set(check.signed) == {"Sam Proef", "Ria Proef", "Bas Coach"}
    assert check.sentences()[1].startswith("Alle ondertekenaars hebben precies deze tekst")
    assert check.sentences()[2].startswith("Niet vervangen")
    assert check.as_json()["all_signed"] is True

    result = services.plans.edit(view.latest.id, SetText("droom", "Kok."))
    check = services.plans.verify(printed)
    assert check.found and check.all_signed and check.replaced
    assert check.newest_versie == 2 and check.status is VersieStatus.VERVANGEN
    assert check.sentences()[2] == "Vervangen: er is een nieuwere versie (versie 2)."

    printing = services.plans.record_print(result.version_id)
    assert printing.touches("planversie") and printing.primary_id == result.version_id
    draft_hash = _fresh(services, case_id).latest.inhoud_hash
    check = services.plans.verify(draft_hash)
    assert check.found and not check.all_signed and not check.replaced
    assert set(check.missing) == {"Sam Proef", "Ria Proef", "Bas Coach"}
    assert check.sentences()[1] == "Nog niet getekend door: Sam Proef, Ria Proef, Bas Coach."


def test_verify_sees_a_change_within_the_same_version(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    services.plans.edit(view.latest.id, SetText("droom", "Kok."))
    _sign(services, _fresh(services, case_id), "Sam Proef")
    first = _fresh(services, case_id).latest.inhoud_hash
    check = services.plans.verify(first)
    assert check.missing == ("Ria Proef",) and not check.replaced
    services.plans.edit(view.latest.id, SetText("droom", "Kok in Parijs."))
    check = services.plans.verify(first)
    assert check.found and check.changed_since and check.replaced and check.newest_versie == 1
    assert check.sentences()[2] == "Vervangen: het plan is na deze afdruk gewijzigd (nu versie 1)."


def test_verify_an_unknown_hash(services: Services) -> None:
    check = services.plans.verify("ab" * 32)
    assert not check.found and not check.all_signed and not check.replaced
    assert check.sentences() == [
        "Deze afdruk (code abababababab…) past bij geen enkel plan in deze kluis."]


# -- the audit log ---------------------------------------------------------------------------


def test_every_step_is_in_the_audit_log(services: Services) -> None:
    case_id, view = _signed_plan(services)
    services.plans.record_print(view.latest.id)
    services.plans.edit(view.latest.id, SetText("droom", "Kok."))
    newest = _fresh(services, case_id).latest
    services.plans.set_status(newest.id, VersieStatus.TER_ONDERTEKENING)
    services.plans.set_rhythm(view.plan_id, 4)
    actions = _actions(services, case_id)
    plan_actions = actions[actions.index("gestart"):]
    assert plan_actions == [
        "gestart", "aangemaakt", "bewerkt",  # the plan and its version 1, the first words
        "getekend", "getekend",  # a signature, and the version it was placed under
        "getekend", "getekend",
        "getekend", "volledig getekend",  # the last signature completes the version
        "afgedrukt",
        "vervangen", "nieuwe versie", "bewerkt",  # a change to a signed version
        "status gewijzigd", "ritme",
    ]
    with services.context.vault.transaction() as session:
        events = audit.events_for_case(session, case_id)
    texts = " ".join(e.details for e in events)
    assert "Op mezelf wonen" not in texts and "Kok" not in texts  # ids and actions, no content
