"""A correction on request (AVG art. 16/17) travels to the other parties with the next bundle.

The wijkteam signed and printed a plan holding a text, and shared the whole plan with
jeugdhulp, who printed it too. The young person asks the wijkteam to remove the text. The
wijkteam's next bundle takes the words out of jeugdhulp's vault as well: the version's
documents, its frozen signed text and the page texts of its own print. The signed version
stays signed (a correction is not an edit that outdates signatures), the correction is
recorded there with where it came from, and jeugdhulp's old print is still recognised as real.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import select

from tafel.domain.enums import Gegevenscategorie
from tafel.domain.models import AuditEvent
from tafel.domain.plan_content import VersieStatus
from tafel.domain.plan_doc import SetAfspraak, SetText
from tafel.errors import EXIT_OK, BundelFout
from tafel.services.plan_check import Compared, check_pdf
from tafel.services.plan_print import plan_pdf
from tafel.sync import bundle as bundles
from tafel.sync.minisign import SigningKey
from tests.builders import (
    Laptop,
    decrypted,
    introduce,
    laptop,
    new_case,
    send,
    share_with,
    sign_all,
    vault_rows,
)
from tests.bundle_forgeries import Party, forge

MARKER = "MRKGEHEIM drinkt elke avond"


Scene = tuple[Laptop, Laptop, uuid.UUID, uuid.UUID, bytes]


def _latest(one: Laptop, case_id: uuid.UUID):  # type: ignore[no-untyped-def]
    view = one.services.plans.for_case(case_id)
    assert view is not None
    return view.latest


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    """A signed, printed plan with ``MARKER``, read in and printed by jeugdhulp.

    Yields the wijkteam, jeugdhulp, the case, the young person's id and jeugdhulp's print.
    """
    wijkteam = laptop(tmp_path / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    jeugdhulp = laptop(tmp_path / "j", "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
    introduce(wijkteam, jeugdhulp)
    case_id = wijkteam.services.casussen.register(new_case()).primary_id
    assert case_id is not None
    share_with(wijkteam, case_id, jeugdhulp, tuple(Gegevenscategorie))  # the whole plan
    view = wijkteam.services.plans.start(case_id).view
    wijkteam.services.plans.edit(
        view.latest.id, SetText("perspectief", f"Mijn moeder zegt: {MARKER}. Ik wil rust."),
        SetAfspraak(None, {"actie": f"Praten over: {MARKER}", "pijler": "welzijn"}))
    latest = _latest(wijkteam, case_id)
    if latest.status is VersieStatus.CONCEPT:
        wijkteam.services.plans.set_status(latest.id, VersieStatus.TER_ONDERTEKENING)
    sign_all(wijkteam.services, case_id)
    assert _latest(wijkteam, case_id).status is VersieStatus.GETEKEND
    plan_pdf(wijkteam.services, latest.id)
    assert jeugdhulp.services.bundels.lees_in(
        send(wijkteam, case_id, jeugdhulp)).uitkomst.status == "toegepast"
    theirs = _latest(jeugdhulp, case_id)
    assert theirs.status is VersieStatus.GETEKEND
    printed = plan_pdf(jeugdhulp.services, theirs.id)
    assert "MRKGEHEIM" in decrypted(jeugdhulp.vault)
    jongere = uuid.UUID(view.case.jongere.sleutel.partition(":")[2])
    yield wijkteam, jeugdhulp, case_id, jongere, printed
    for one in (wijkteam, jeugdhulp):
        one.vault.lock()


def test_a_correction_leaves_the_other_vault_too_and_the_version_stays_signed(
    scene: Scene,
) -> None:
    wijkteam, jeugdhulp, case_id, jongere, printed = scene
    done = wijkteam.services.tekstcorrectie.corrigeer(case_id, MARKER, "",
                                                      gevraagd_door=jongere)

    outcome = jeugdhulp.services.bundels.lees_in(send(wijkteam, case_id, jeugdhulp)).uitkomst

    assert outcome.status == "toegepast"
    assert outcome.plan.outdated_signed == [] and outcome.plan.created_versions == []
    assert outcome.plan.correcties == 1
    vault = jeugdhulp.vault
    assert "MRKGEHEIM" not in decrypted(vault)
    with vault.engine.connect() as connection:  # compacted: no freed page keeps the words
        assert connection.execute(text("PRAGMA freelist_count")).scalar() == 0
    mine, theirs = (one.services.plans.for_case(case_id) for one in (jeugdhulp, wijkteam))
    assert mine is not None and theirs is not None
    assert len(mine.versions) == len(theirs.versions) == 1
    assert mine.latest.status is VersieStatus.GETEKEND
    assert mine.latest.inhoud_hash == theirs.latest.inhoud_hash
    assert mine.latest.content.text("perspectief") == "Mijn moeder zegt: . Ik wil rust."
    assert not mine.latest.outdated_signatures
    assert jeugdhulp.services.plans.verify(mine.latest.inhoud_hash).all_signed
    [correctie] = jeugdhulp.services.tekstcorrectie.voor_casus(case_id)
    assert correctie.id == done.correctie_id and correctie.herkomst == wijkteam.kluis_id
    assert correctie.gevraagd_door_naam == "Noor Bakker"
    assert "verwijderd (AVG art. 17)" in correctie.zin
    with vault.transaction() as session:
        [logged] = session.exec(select(AuditEvent).where(AuditEvent.soort == "tekstcorrectie")
                                .where(AuditEvent.actie == "gecorrigeerd op verzoek")).all()
    assert logged.grondslag == "AVG art. 17" and wijkteam.kluis_id in logged.details

    check = check_pdf(jeugdhulp.services, printed)  # jeugdhulp's own print, from before
    assert check is not None and check.compared is Compared.CORRECTED_COPY
    assert check.exit_code == EXIT_OK
    said = " ".join(check.sentences())
    assert "Deze afdruk is echt" in said and "verwijderd (AVG art. 17)" in said
    assert vault.integrity_errors() == []


def test_reading_the_correction_again_changes_nothing(scene: Scene) -> None:
    wijkteam, jeugdhulp, case_id, jongere, _ = scene
    wijkteam.services.tekstcorrectie.corrigeer(case_id, MARKER, "", gevraagd_door=jongere)
    data = send(wijkteam, case_id, jeugdhulp)
    jeugdhulp.services.bundels.lees_in(data)
    before = vault_rows(jeugdhulp.vault)
    assert jeugdhulp.services.bundels.lees_in(data).uitkomst.status == "al_ingelezen"
    assert vault_rows(jeugdhulp.vault) == before
    # a next bundle carries the same correction again: it is known here by its id
    again = jeugdhulp.services.bundels.lees_in(send(wijkteam, case_id, jeugdhulp)).uitkomst
    assert again.status == "toegepast" and again.plan.created_versions == []
    assert len(jeugdhulp.services.tekstcorrectie.voor_casus(case_id)) == 1
    assert _latest(jeugdhulp, case_id).status is VersieStatus.GETEKEND
    after = vault_rows(jeugdhulp.vault)
    for table in ("tekstcorrectie", "planmoment", "handtekening", "afdruk", "planversie"):
        assert after[table] == before[table], table


def _party(one: Laptop) -> Party:
    keys = one.services.partijen.eigen_sleutels()
    return Party(one.naam, keys.age_identiteit, SigningKey.from_text(keys.tekensleutel),
                 keys.kluis_id)


def _with_corrections(change: Any) -> Any:
    def edit(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        manifest["bundle_id"] = str(uuid.uuid4())
        record = json.loads(parts["plan.json"])
        change(record)
        parts["plan.json"] = json.dumps(record).encode()
    return edit


def _first(record: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = record["correcties"][0]
    return entry


def _without_log(rows: dict[str, list[tuple[object, ...]]]) -> dict[str, list[tuple[object, ...]]]:
    """Every table but the log (and the log's chain head)."""
    rest = {t: r for t, r in rows.items() if t != "auditevent"}
    rest["vaultmeta"] = [r for r in rest["vaultmeta"] if r[0] != "audit_head"]
    return rest


@pytest.mark.parametrize("change", [
    lambda r: r.update(correcties="alles"),
    lambda r: r.update(correcties=[None]),
    lambda r: _first(r).update(id="geen-id"),
    lambda r: _first(r).update(grond="avg99"),
    lambda r: _first(r).update(gecorrigeerd_op="gisteren"),
    lambda r: _first(r).update(besloten_door=["Fatima"]),
    lambda r: _first(r).update(codes="v1"),
    lambda r: _first(r).update(codes=[{"versie": "een", "voor": "a" * 64, "na": "b" * 64}]),
    lambda r: _first(r)["codes"][0].update(na="<script>"),
    lambda r: _first(r)["codes"][0].pop("voor"),
])
def test_a_malformed_correction_is_refused_in_dutch_and_changes_nothing(
    scene: Scene, change: Any,
) -> None:
    wijkteam, jeugdhulp, case_id, jongere, _ = scene
    wijkteam.services.tekstcorrectie.corrigeer(case_id, MARKER, "", gevraagd_door=jongere)
    data = send(wijkteam, case_id, jeugdhulp)
    forged = forge(data, _party(jeugdhulp), _party(jeugdhulp), change=_with_corrections(change),
                   key=_party(wijkteam).signing)
    before = vault_rows(jeugdhulp.vault)
    with pytest.raises(BundelFout) as refused:
        jeugdhulp.services.bundels.lees_in(forged)
    sentence = str(refused.value)
    assert "\n" not in sentence and sentence.endswith(".") and "correctie" in sentence
    after = vault_rows(jeugdhulp.vault)
    assert _without_log(after) == _without_log(before)
    [line] = [r for r in after["auditevent"] if r not in before["auditevent"]]
    assert "bundel geweigerd" in line  # only the refusal is logged (NEN 7513)
    assert jeugdhulp.services.bundels.lees_in(data).uitkomst.status == "toegepast"
    assert "MRKGEHEIM" not in decrypted(jeugdhulp.vault)


def test_a_corrected_text_reaches_every_version_there_once(scene: Scene) -> None:
    """Art. 16 in an older signed version and the concept after it: each has the new words once.

    The wijkteam's edits to version 1 are carried into version 2 on merge as well; the new
    words must not arrive twice.
    """
    wijkteam, jeugdhulp, case_id, jongere, printed = scene
    wijkteam.services.plans.new_version(_latest(wijkteam, case_id).id)
    wijkteam.services.plans.edit(_latest(wijkteam, case_id).id, SetText("droom", "Kok worden."))
    assert jeugdhulp.services.bundels.lees_in(
        send(wijkteam, case_id, jeugdhulp)).uitkomst.status == "toegepast"
    wijkteam.services.tekstcorrectie.corrigeer(case_id, MARKER, "gaat soms naar de kroeg",
                                               gevraagd_door=jongere)

    outcome = jeugdhulp.services.bundels.lees_in(send(wijkteam, case_id, jeugdhulp)).uitkomst

    assert outcome.plan.created_versions == [] and outcome.plan.outdated_signed == []
    mine, theirs = (one.services.plans.for_case(case_id) for one in (jeugdhulp, wijkteam))
    assert mine is not None and theirs is not None
    assert [(v.nummer, v.status, v.inhoud_hash) for v in mine.versions] == \
        [(v.nummer, v.status, v.inhoud_hash) for v in theirs.versions]
    for version in mine.versions:
        assert version.content.text("perspectief") == \
            "Mijn moeder zegt: gaat soms naar de kroeg. Ik wil rust."
        assert [a.actie for a in version.content.afspraken] == \
            ["Praten over: gaat soms naar de kroeg"]
    first = mine.versions[0]
    assert first.status is VersieStatus.VERVANGEN and first.getekend_op is not None
    assert jeugdhulp.services.plans.verify(first.inhoud_hash).all_signed
    assert "MRKGEHEIM" not in decrypted(jeugdhulp.vault)
    check = check_pdf(jeugdhulp.services, printed)
    assert check is not None and check.exit_code == EXIT_OK
    assert "verbeterd (AVG art. 16)" in " ".join(check.sentences())


def test_a_version_only_this_vault_has_gets_the_correction_once(scene: Scene) -> None:
    """Jeugdhulp signed version 2 and started version 3 itself; it follows version 2, once.

    The wijkteam corrects each of its versions apart (each with a CRDT client of its own);
    carrying both version 1's and version 2's correction into version 3 would write the new
    words there twice.
    """
    wijkteam, jeugdhulp, case_id, jongere, _ = scene
    wijkteam.services.plans.new_version(_latest(wijkteam, case_id).id)
    wijkteam.services.plans.edit(_latest(wijkteam, case_id).id, SetText("droom", "Kok worden."))
    jeugdhulp.services.bundels.lees_in(send(wijkteam, case_id, jeugdhulp))
    jeugdhulp.services.plans.set_status(_latest(jeugdhulp, case_id).id,
                                        VersieStatus.TER_ONDERTEKENING)
    sign_all(jeugdhulp.services, case_id)  # a new version is made from a signed one
    jeugdhulp.services.plans.new_version(_latest(jeugdhulp, case_id).id)
    jeugdhulp.services.plans.edit(_latest(jeugdhulp, case_id).id, SetText("vangnet", "Bel oma."))
    wijkteam.services.tekstcorrectie.corrigeer(case_id, MARKER, "gaat soms naar de kroeg",
                                               gevraagd_door=jongere)

    jeugdhulp.services.bundels.lees_in(send(wijkteam, case_id, jeugdhulp))

    view = jeugdhulp.services.plans.for_case(case_id)
    assert view is not None and [v.nummer for v in view.versions] == [1, 2, 3]
    for version in view.versions:
        assert version.content.text("perspectief") == \
            "Mijn moeder zegt: gaat soms naar de kroeg. Ik wil rust.", version.nummer
    assert view.latest.content.text("vangnet") == "Bel oma."
    assert view.latest.content.text("droom") == "Kok worden."
    assert "MRKGEHEIM" not in decrypted(jeugdhulp.vault)


def test_who_asked_goes_only_where_personal_data_may_go(scene: Scene, tmp_path: Path) -> None:
    """A party that may see only Wonen gets the correction's codes, not who asked, no text."""
    wijkteam, _jeugdhulp, case_id, jongere, _ = scene
    woning = laptop(tmp_path / "c", "Kees Jansen", "Woonbron", "woonconsulent")
    introduce(wijkteam, woning)
    share_with(wijkteam, case_id, woning, (Gegevenscategorie.WONEN,))
    done = wijkteam.services.tekstcorrectie.corrigeer(case_id, MARKER, "", gevraagd_door=jongere)
    data = send(wijkteam, case_id, woning)
    opened = bundles.open_bundle(data, identities=[
        woning.services.partijen.eigen_sleutels().age_identiteit])
    [entry] = json.loads(opened.parts["plan.json"])["correcties"]
    assert entry["id"] == str(done.correctie_id) and entry["grond"] == "avg17"
    assert "gevraagd_door_naam" not in entry and "Noor" not in json.dumps(entry)
    assert [(c["voor"], c["na"]) for c in entry["codes"]] == [(b, a) for _, b, a in done.codes]
    assert woning.services.bundels.lees_in(data).uitkomst.status == "toegepast"
    [here] = woning.services.tekstcorrectie.voor_casus(case_id)
    assert here.herkomst == wijkteam.kluis_id and here.gevraagd_door_naam == ""
    woning.vault.lock()


def test_an_older_copy_from_a_third_party_does_not_bring_the_words_back(
    scene: Scene, tmp_path: Path,
) -> None:
    """School got the plan before the correction and sends it back: the correction holds.

    Its documents still hold the words (the deletions win on merge), its plan.json still has
    the signed text under the old code (not taken in again) and the signatures under it.
    """
    wijkteam, _jeugdhulp, case_id, jongere, _ = scene
    school = laptop(tmp_path / "s", "Bas de Vries", "ROC Weidestad", "mentor")
    introduce(wijkteam, school)
    share_with(wijkteam, case_id, school, tuple(Gegevenscategorie))
    assert school.services.bundels.lees_in(
        send(wijkteam, case_id, school)).uitkomst.status == "toegepast"
    wijkteam.services.tekstcorrectie.corrigeer(case_id, MARKER, "", gevraagd_door=jongere)

    outcome = wijkteam.services.bundels.lees_in(send(school, case_id, wijkteam)).uitkomst

    assert outcome.plan.outdated_signed == [] and outcome.plan.created_versions == []
    assert "MRKGEHEIM" not in decrypted(wijkteam.vault)
    latest = _latest(wijkteam, case_id)
    assert latest.status is VersieStatus.GETEKEND
    assert wijkteam.services.plans.verify(latest.inhoud_hash).all_signed
    school.vault.lock()


def test_a_party_with_only_some_parts_loses_the_words_from_its_own_print_too(
    scene: Scene, tmp_path: Path,
) -> None:
    """The school holds the plan without Inkomen: its own code for the version differs."""
    wijkteam, _jeugdhulp, case_id, jongere, _ = scene
    school = laptop(tmp_path / "s", "Bas de Vries", "ROC Weidestad", "mentor")
    introduce(wijkteam, school)
    share_with(wijkteam, case_id, school, tuple(
        c for c in Gegevenscategorie if c is not Gegevenscategorie.INKOMEN))
    wijkteam.services.plans.edit(_latest(wijkteam, case_id).id,  # version 2, with Inkomen
                                 SetText("inkomen.ik_doel", "Ik wil zelf mijn geld regelen."))
    try:
        assert school.services.bundels.lees_in(
            send(wijkteam, case_id, school)).uitkomst.status == "toegepast"
        mine = _latest(school, case_id)
        assert mine.inhoud_hash != _latest(wijkteam, case_id).inhoud_hash  # its own code
        printed = plan_pdf(school.services, mine.id)
        assert "MRKGEHEIM" in decrypted(school.vault)

        wijkteam.services.tekstcorrectie.corrigeer(case_id, MARKER, "", gevraagd_door=jongere)
        outcome = school.services.bundels.lees_in(send(wijkteam, case_id, school)).uitkomst

        assert outcome.status == "toegepast" and outcome.plan.created_versions == []
        assert "MRKGEHEIM" not in decrypted(school.vault)
        check = check_pdf(school.services, printed)
        assert check is not None and check.compared is Compared.CORRECTED_COPY
        assert check.exit_code == EXIT_OK
    finally:
        school.vault.lock()
