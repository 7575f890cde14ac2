"""The gespreksverslag: a finished keukentafelgesprek on paper, in plain words, for the home.

Real vaults, real PDFs read back with PDFium. What the household takes home holds their own
words, both scores, what was agreed and whom to call, and never the professional's notes.
"""

from __future__ import annotations

import uuid

import pytest
from sqlmodel import select

from tafel.domain.enums import GesprekSoort, NetwerkSoort
from tafel.domain.models import AuditEvent
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import Services
from tafel.services.netwerk import NieuweBetrokkene
from tafel.services.verslag import gather_verslag, verslag_pdf
from tests.builders import PRIVATE_NOTE, finished_keukentafelgesprek, new_case, pdf_text


@pytest.fixture
def talked(services: Services):  # type: ignore[no-untyped-def]
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Bas Oosterwoud", "jongerencoach", "Jongerenloket",
        telefoon="06 12345678"))
    return case_id, finished_keukentafelgesprek(services, case_id)


def test_the_verslag_holds_their_words_both_scores_the_agreement_and_whom_to_call(
    services: Services, talked  # type: ignore[no-untyped-def]
) -> None:
    _case_id, gesprek_id = talked
    text = pdf_text(verslag_pdf(services, gesprek_id))
    assert text.startswith("Verslag van ons gesprek Noor Bakker")
    assert "Wat we afspraken We bellen volgende week de woningcorporatie." in text
    assert "Je gaf je leven op dit moment een 6 (van 0 tot 10)." in text
    assert "Wat goed gaat: Over wonen: ik kan goed koken." in text
    assert "Wat je nodig hebt: Iemand die meedenkt." in text
    assert "Huisvesting 4 van 5 2 van 5" in text  # the young person's own score first
    assert "Wie kun je bellen?" in text
    assert "Bas Oosterwoud jongerencoach, Jongerenloket 06 12345678" in text
    assert "Oma Ria iemand die er altijd is" in text
    assert "Fatima Amrani je consulent" in text


def test_the_professionals_own_notes_never_reach_the_paper(
    services: Services, talked  # type: ignore[no-untyped-def]
) -> None:
    text = pdf_text(verslag_pdf(services, talked[1]))
    assert PRIVATE_NOTE not in text
    assert "Toelichting van de consulent" not in text


def test_the_same_gesprek_gives_the_same_bytes(services: Services, talked) -> None:  # type: ignore[no-untyped-def]
    assert verslag_pdf(services, talked[1]) == verslag_pdf(services, talked[1])


def test_printing_or_saving_it_is_logged_and_nothing_else_changes(
    services: Services, talked  # type: ignore[no-untyped-def]
) -> None:
    _case_id, gesprek_id = talked
    before = services.gesprekken.gesprek(gesprek_id)
    changes = services.gesprekken.record_verslag(gesprek_id, AuditAction.OPGESLAGEN_ALS_PDF)
    assert changes.touches(RecordKind.GESPREK) and changes.primary_id == gesprek_id
    with services.context.vault.transaction() as session:
        newest_first = select(AuditEvent).order_by(AuditEvent.volgnummer.desc())  # type: ignore[union-attr]
        last = session.exec(newest_first).first()
    assert last is not None
    assert (last.actie, last.soort, last.details) == (
        AuditAction.OPGESLAGEN_ALS_PDF, RecordKind.GESPREK, "gespreksverslag")
    assert services.gesprekken.gesprek(gesprek_id) == before
    with pytest.raises(ValidationError):
        services.gesprekken.record_verslag(gesprek_id, AuditAction.BEKEKEN)


def test_a_quick_scan_or_an_unknown_gesprek_gets_one_dutch_sentence(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    lopend = services.gesprekken.start(case_id, GesprekSoort.SNELLE_CHECK).lopend
    content = lopend.content
    for pillar in content["pijlers"].values():
        pillar["professional"], pillar["jongere"] = 3, 4
    services.gesprekken.save(lopend.id, content, 1)
    check = services.gesprekken.finish(lopend.id).primary_id
    assert check is not None
    with pytest.raises(ValidationError, match="keukentafelgesprek"):
        gather_verslag(services, check)
    with pytest.raises(NotFoundError, match="Dit gesprek bestaat niet"):
        services.gesprekken.record_verslag(uuid.uuid4())
