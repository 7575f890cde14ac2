"""A text corrected or removed on request (AVG art. 16/17) leaves the plan's history too.

The words live in every version's CRDT document (a deleted afspraak keeps its values there),
in the frozen text of a signed and printed version and in the page texts of its copy. After
the correction none of that holds them: the test reads the whole database decrypted, checks
that no freed page or journal could still hold them, and that an old copy on paper is still
recognised as real (with the correction named) while a forged one is not.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from tafel.domain.models import AuditEvent
from tafel.domain.plan_content import VersieStatus
from tafel.domain.plan_edits import RemoveAfspraak, SetAfspraak, SetText
from tafel.domain.tekstcorrectie import CorrectieGrond
from tafel.errors import EXIT_MISMATCH, EXIT_OK, ValidationError
from tafel.services import Services
from tafel.services.plan_check import Compared, check_code, check_pdf
from tafel.services.plan_print import plan_pdf
from tests.builders import CASE, build_plan, decrypted, pdf_text, sign_all

SECRET = "MRKGEHEIM drinkt elke avond"


def _secret_everywhere(services: Services) -> tuple[uuid.UUID, uuid.UUID, bytes]:
    """A signed, printed version 1 and a concept version 2, both holding ``SECRET``.

    Returns the case, the young person's id and the printed PDF of version 1.
    """
    built = build_plan(services, CASE)
    gone = services.plans.edit(built.version_id, SetAfspraak(None, {
        "actie": f"Praten over: {SECRET}", "pijler": "welzijn"})).created_id
    assert gone is not None
    edited = services.plans.edit(
        built.version_id,
        SetText("welzijn.ik_doel", f"Mijn moeder zegt: {SECRET}. Ik wil rust."),
        SetAfspraak(None, {"actie": f"Afspraak bij de huisarts want {SECRET}",
                           "pijler": "welzijn"}),
        RemoveAfspraak(gone))  # a deleted afspraak keeps its words in the document
    if services.plans.view_of_version(edited.version_id).latest.status is VersieStatus.CONCEPT:
        services.plans.set_status(edited.version_id, VersieStatus.TER_ONDERTEKENING)
    sign_all(services, built.case_id)
    printed = plan_pdf(services, edited.version_id)
    assert SECRET.split()[0] in pdf_text(printed)
    services.plans.new_version(edited.version_id)
    view = services.plans.for_case(built.case_id)
    assert view is not None
    services.plans.edit(view.latest.id, SetText("droom", "Een eigen zaak."))
    jongere = uuid.UUID(view.case.jongere.sleutel.partition(":")[2])
    return built.case_id, jongere, printed


def test_a_removed_text_is_gone_from_every_version_frozen_text_and_print(
    demo_services: Services,
) -> None:
    services = demo_services
    case_id, jongere, _ = _secret_everywhere(services)
    vault = services.context.vault
    copy = vault.path.with_name(f"{vault.path.name}.voor-migratie-0018")
    copy.write_bytes(vault.path.read_bytes())  # as a migration would have left it
    assert "MRKGEHEIM" in decrypted(vault)
    found = services.tekstcorrectie.zoek(case_id, SECRET)
    numbers = [v.nummer for v in services.plans.for_case(case_id).versions]  # type: ignore[union-attr]
    assert [v.versie for v in found.versies] == numbers[-2:]
    assert found.vastgelegde_teksten >= 1 and found.afdrukken == 1

    done = services.tekstcorrectie.corrigeer(case_id, SECRET, "", gevraagd_door=jongere)

    assert done.grond is CorrectieGrond.VERWIJDEREN and done.plaatsen >= 6
    assert "MRKGEHEIM" not in decrypted(vault)
    with vault.engine.connect() as connection:
        assert connection.execute(text("PRAGMA freelist_count")).scalar() == 0
    wal = vault.path.with_name(vault.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert copy in done.verwijderde_kopieen and not copy.exists()
    view = services.plans.for_case(case_id)
    assert view is not None
    first, second = view.versions[-2], view.versions[-1]
    assert first.content.text("welzijn.ik_doel") == "Mijn moeder zegt: . Ik wil rust."
    assert second.content.text("droom") == "Een eigen zaak."  # nothing else changed
    assert first.status is VersieStatus.VERVANGEN and first.getekend_op is not None
    assert services.plans.verify(first.inhoud_hash).all_signed  # signatures still count
    reprinted = pdf_text(plan_pdf(services, first.id, record=None))
    assert "verwijderd (AVG art. 17)" in reprinted and "vóór die correctie" in reprinted
    assert "MRKGEHEIM" not in reprinted
    [correctie] = services.tekstcorrectie.voor_casus(case_id)
    assert "verwijderd (AVG art. 17)" in correctie.zin and correctie.versies == tuple(numbers[-2:])
    with vault.transaction() as session:
        logged = session.exec(select(AuditEvent).where(
            AuditEvent.actie == "gecorrigeerd op verzoek")).all()
    assert logged and {e.grondslag for e in logged} == {"AVG art. 17"}
    assert vault.integrity_errors() == []


def test_an_old_print_is_still_recognised_and_says_its_text_was_corrected(
    demo_services: Services, tmp_path: Path
) -> None:
    from reportlab.pdfgen import canvas

    services = demo_services
    case_id, jongere, printed = _secret_everywhere(services)
    services.tekstcorrectie.corrigeer(case_id, SECRET, "", gevraagd_door=jongere)

    check = check_pdf(services, printed)
    assert check is not None and check.compared is Compared.CORRECTED_COPY
    assert check.exit_code == EXIT_OK
    said = " ".join(check.sentences())
    assert "Deze afdruk is echt" in said and "verwijderd (AVG art. 17)" in said
    old_code = check.verification.inhoud_hash

    forged = tmp_path / "vervalst.pdf"  # the old code beside other words
    page = canvas.Canvas(str(forged))
    page.drawString(72, 720, "Toekomstplan, versie 1. Alles is prima.")
    page.drawString(72, 700, f"Code: {old_code}")
    page.save()
    bad = check_pdf(services, forged.read_bytes())
    assert bad is not None and bad.exit_code == EXIT_MISMATCH
    assert "niet de tekst van een afdruk die tafel maakte" in " ".join(bad.sentences())

    on_paper = check_code(services, old_code)
    assert "MRKGEHEIM" not in "\n".join(on_paper.sentences())
    assert "verwijderd (AVG art. 17)" in "\n".join(on_paper.sentences())


def test_a_corrected_text_replaces_the_old_words_in_every_version(
    demo_services: Services,
) -> None:
    services = demo_services
    case_id, jongere, _ = _secret_everywhere(services)
    done = services.tekstcorrectie.corrigeer(case_id, SECRET, "gaat soms naar de kroeg",
                                             gevraagd_door=jongere)
    assert done.grond is CorrectieGrond.VERBETEREN
    view = services.plans.for_case(case_id)
    assert view is not None
    for version in view.versions:
        assert version.content.text("welzijn.ik_doel") == \
            "Mijn moeder zegt: gaat soms naar de kroeg. Ik wil rust."
        assert [a.actie for a in version.content.afspraken if "huisarts" in a.actie] == \
            ["Afspraak bij de huisarts want gaat soms naar de kroeg"]
    assert "MRKGEHEIM" not in decrypted(services.context.vault)
    assert "verbeterd (AVG art. 16)" in services.tekstcorrectie.voor_casus(case_id)[0].zin


@pytest.mark.parametrize(("tekst", "vervanging", "fout"), [
    ("", "", "Typ de tekst"),
    ("x", "", "Typ de tekst"),
    (SECRET, f"{SECRET} niet", "bevat de oude tekst nog"),
    ("Dit staat nergens", "", "staat nergens"),
])
def test_a_request_that_cannot_be_meant_changes_nothing(
    demo_services: Services, tekst: str, vervanging: str, fout: str,
) -> None:
    services = demo_services
    case_id, jongere, _ = _secret_everywhere(services)
    before = decrypted(services.context.vault)
    with pytest.raises(ValidationError, match=fout):
        services.tekstcorrectie.corrigeer(case_id, tekst, vervanging, gevraagd_door=jongere)
    assert decrypted(services.context.vault) == before


def test_only_someone_of_the_case_can_ask(demo_services: Services) -> None:
    services = demo_services
    case_id, _, _ = _secret_everywhere(services)
    with pytest.raises(ValidationError, match="bij deze casus horen"):
        services.tekstcorrectie.corrigeer(case_id, SECRET, "", gevraagd_door=uuid.uuid4())
