"""Conversations through the services: drafts, finishing in one go, acute signals, audit."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlmodel import select

from tafel.domain.enums import GesprekSoort, Pijler
from tafel.domain.gesprek import Gesprek, GesprekScore, LopendGesprek
from tafel.domain.models import AuditEvent
from tafel.domain.signals import SignaalSoort
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.casussen import NieuweCasus

KTG = GesprekSoort.KEUKENTAFELGESPREK


@pytest.fixture
def case_id(services: Services) -> uuid.UUID:
    changes = services.casussen.register(
        NieuweCasus("Huishouden Bakker", "Sanne", "Bakker", None, "Fatima Amrani"))
    assert changes.primary_id is not None
    return changes.primary_id


def test_starting_twice_continues_the_same_draft(services: Services, case_id: uuid.UUID) -> None:
    first = services.gesprekken.start(case_id, KTG).lopend
    content = first.content
    content["pijlers"]["wonen"]["wat_gaat_goed"] = "Ik heb een eigen kamer."
    services.gesprekken.save(first.id, content, 2)
    again = services.gesprekken.start(case_id, KTG).lopend
    assert again.id == first.id
    assert again.stap == 2
    assert again.content["pijlers"]["wonen"]["wat_gaat_goed"] == "Ik heb een eigen kamer."
    assert again.instrument.label == "tafel-big5 v1"


def test_finishing_waits_until_no_domain_is_skipped_silently(
    services: Services, case_id: uuid.UUID
) -> None:
    lopend = services.gesprekken.start(case_id, KTG).lopend
    content = lopend.content
    for key, entry in content["scores"].items():
        if key != "justitie":
            entry["professional"], entry["jongere"] = 3, 4
    services.gesprekken.save(lopend.id, content, 6)
    with pytest.raises(ValidationError, match="Nog open: Justitie"):
        services.gesprekken.finish(lopend.id)
    assert services.gesprekken.history(case_id) == []  # nothing half-written

    content["scores"]["justitie"]["niet_besproken"] = True
    services.gesprekken.save(lopend.id, content, 6)
    services.gesprekken.finish(lopend.id)
    [done] = services.gesprekken.history(case_id)
    justitie = next(s for s in done.scores if s.domain == "justitie")
    assert justitie.not_discussed and justitie.professional is None
    assert done.pillar_score(Pijler.WONEN, "professional") == 3.0
    assert done.pillar_score(Pijler.WONEN, "young") == 4.0
    assert services.gesprekken.lopend_gesprek(case_id, KTG) is None


def test_finishing_is_one_transaction_with_one_audit_entry(
    services: Services, case_id: uuid.UUID
) -> None:
    lopend = services.gesprekken.start(case_id, KTG).lopend
    content = lopend.content
    for entry in content["scores"].values():
        entry["jongere"] = 4
    content["rapportcijfer"] = 7
    services.gesprekken.save(lopend.id, content, 6)
    changes = services.gesprekken.finish(lopend.id)
    assert changes.touches("gesprek") and case_id in changes.casus_ids
    with services.context.vault.transaction() as session:
        assert len(session.exec(select(Gesprek)).all()) == 1
        assert len(session.exec(select(GesprekScore)).all()) == 13
        assert session.exec(select(LopendGesprek)).all() == []
        events = session.exec(select(AuditEvent)).all()
        actions = [(e.soort, e.actie) for e in events
                   if e.soort in ("gesprek", "lopend_gesprek")]
    # every change has its entry: the draft started and saved, then the conversation made
    # and the draft gone, in the one finishing transaction
    assert actions == [("lopend_gesprek", "gestart"), ("lopend_gesprek", "bewaard"),
                       ("gesprek", "afgerond"), ("lopend_gesprek", "afgerond")]


def test_bad_input_is_refused_and_leaves_the_draft_as_it_was(
    services: Services, case_id: uuid.UUID
) -> None:
    lopend = services.gesprekken.start(case_id, KTG).lopend
    content = json.loads(json.dumps(lopend.content))
    content["scores"]["financien"]["professional"] = 6
    with pytest.raises(ValidationError, match="1 tot en met 5"):
        services.gesprekken.save(lopend.id, content, 3)
    content["scores"]["financien"]["professional"] = None
    content["rapportcijfer"] = 11
    with pytest.raises(ValidationError, match="rapportcijfer"):
        services.gesprekken.save(lopend.id, content, 3)
    assert services.gesprekken.start(case_id, KTG).lopend.content == lopend.content


def test_a_score_of_1_shows_an_acute_signal_and_nothing_else_happens(
    services: Services, case_id: uuid.UUID
) -> None:
    lopend = services.gesprekken.start(case_id, KTG).lopend
    content = lopend.content
    for entry in content["scores"].values():
        entry["professional"] = 3
    content["scores"]["huisvesting"]["jongere"] = 1
    services.gesprekken.save(lopend.id, content, 6)
    services.gesprekken.finish(lopend.id)
    [summary] = services.casussen.summaries()
    assert summary.signalen[0] is SignaalSoort.ACUUT
    overview = services.casussen.open(case_id)
    acute = overview.signalen[0]
    assert acute.soort is SignaalSoort.ACUUT and acute.onderwerp == "Huisvesting"
    assert overview.casus.status.value == "aanmelding"  # no status change, no escalation


def test_quick_scan_scores_each_pillar_once(services: Services, case_id: uuid.UUID) -> None:
    lopend = services.gesprekken.start(case_id, GesprekSoort.SNELLE_CHECK).lopend
    content = lopend.content
    for score, pillar in enumerate(Pijler, start=1):
        content["pijlers"][pillar.value]["jongere"] = score
    services.gesprekken.save(lopend.id, content, 0)
    services.gesprekken.finish(lopend.id)
    [scan] = services.gesprekken.history(case_id)
    assert scan.soort is GesprekSoort.SNELLE_CHECK
    assert scan.scores == ()
    assert scan.pillar_score(Pijler.SUPPORT, "young") == 5.0
    assert scan.pillar_score(Pijler.SUPPORT, "professional") is None
    assert [s.soort for s in services.casussen.open(case_id).signalen][:1] == [SignaalSoort.ACUUT]


def test_discarding_a_draft_removes_it(services: Services, case_id: uuid.UUID) -> None:
    lopend = services.gesprekken.start(case_id, KTG).lopend
    services.gesprekken.discard(lopend.id)
    assert services.gesprekken.lopend_gesprek(case_id, KTG) is None


def test_demo_has_progress_over_time_an_acute_case_and_a_draft(demo_services: Services) -> None:
    histories = {s.id: demo_services.gesprekken.history(s.id)
                 for s in demo_services.casussen.summaries()}
    with_intakes = [h for h in histories.values()
                    if any(a.soort is KTG for a in h)]
    assert len(with_intakes) >= 3
    assert sum(1 for h in with_intakes if len([a for a in h if a.soort is KTG]) >= 2) >= 2
    acute = [s for s in demo_services.casussen.summaries() if SignaalSoort.ACUUT in s.signalen]
    assert len(acute) == 1
    lopende = [c for c in histories if demo_services.gesprekken.lopend_gesprek(c, KTG)]
    assert len(lopende) == 1
