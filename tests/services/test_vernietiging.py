"""Destroying a case leaves no word of it in the vault, only a record without personal data.

The vault file is encrypted, so searching its bytes would prove nothing: the test reads the
database decrypted (every row of every table, through SQLCipher) and checks that the file
has no free pages left that could hold old rows, that the journal is empty and that the
copies taken before migrations are gone.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from tafel.domain.models import AuditEvent, Casus
from tafel.domain.overleg import Aanwezige, AanwezigeSoort
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.vault import Vault
from tests.builders import TODAY, decrypted, finished_keukentafelgesprek, meeting_case, new_case


def _case_with_everything(services: Services):  # type: ignore[no-untyped-def]
    case = meeting_case(services)
    finished_keukentafelgesprek(services, case.case_id)
    started = services.overleg.start(case.case_id, [
        Aanwezige(AanwezigeSoort.HUISHOUDEN, "Noor", case.jongere_id),
        Aanwezige(AanwezigeSoort.PROFESSIONEEL, "agent", case.agent_id)])
    services.overleg.zet_conclusies(started.overleg_id, ["MRKCONCLUSIE van het overleg"])
    services.overleg.rond_af(started.overleg_id, TODAY + timedelta(weeks=6))
    services.overleg.verslag_pdf(started.overleg_id)
    services.tekstcorrectie.corrigeer(case.case_id, "hier", "daar",  # a correction's record
                                      gevraagd_door=case.jongere_id)
    return case


def test_destroying_a_case_leaves_no_word_of_it_and_a_record_without_personal_data(
    services: Services, tmp_path: Path
) -> None:
    case = _case_with_everything(services)
    other = services.casussen.register(new_case(voornaam="Sem", achternaam="Visser",
                                                 bsn="100000009")).primary_id
    vault = services.context.vault
    copy = vault.path.with_name(f"{vault.path.name}.voor-migratie-0015")
    copy.write_bytes(vault.path.read_bytes())  # as a migration would have left it
    before = decrypted(vault)
    words = [m for m in case.markers if m in before]
    assert len(words) > 20 and "MRKCONCLUSIE" in before  # the case is really in there

    done = services.vernietiging.vernietig(case.case_id, "Verzoek van de jongere (AVG art. 17)")

    after = decrypted(vault)
    assert [w for w in words if w in after] == []
    assert "MRKCONCLUSIE" not in after and "Noor" not in after
    assert "Visser" in after  # the other case stays
    with vault.engine.connect() as connection:
        assert connection.execute(text("PRAGMA freelist_count")).scalar() == 0
    wal = vault.path.with_name(vault.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert copy in done.verwijderde_kopieen and not copy.exists()
    [record] = services.vernietiging.overzicht()
    assert record.reden == "Verzoek van de jongere (AVG art. 17)"
    assert record.referentie.startswith("C-") or record.referentie
    with vault.transaction() as session:
        assert session.get(Casus, case.case_id) is None
        assert session.get(Casus, other) is not None
        destroyed = session.exec(select(AuditEvent).where(AuditEvent.actie == "vernietigd")).all()
    assert len(destroyed) == 1 and "MRK" not in destroyed[0].details
    assert services.tekstcorrectie.voor_casus(case.case_id) == ()
    assert vault.integrity_errors() == []


def test_a_reason_with_a_name_from_the_case_is_refused_and_nothing_is_destroyed(
    services: Services,
) -> None:
    case = meeting_case(services)
    with pytest.raises(ValidationError, match="geen namen"):
        services.vernietiging.vernietig(case.case_id, "Noor heeft het gevraagd")
    assert services.casussen.open(case.case_id).casus.referentie
    assert services.vernietiging.overzicht() == []


def test_a_closed_case_says_when_its_retention_term_has_passed_and_nothing_else(
    vault: Vault,
) -> None:
    from tafel.domain.dates import add_years
    from tafel.domain.signals import SignaalSoort

    day = [TODAY]
    services = Services(vault, "Fatima Amrani", today=lambda: day[0])
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    services.casussen.close(case_id)

    def signals() -> set[SignaalSoort]:
        return {s.soort for s in services.casussen.open(case_id).signalen}

    assert services.casussen.open(case_id).bewaren_tot == add_years(TODAY, 20)
    assert services.casussen.open(case_id).to_json(TODAY)["retention"] == {
        "years": 20, "until": add_years(TODAY, 20).isoformat()}
    day[0] = add_years(TODAY, 20)
    assert signals() == set()  # the last day of the term still counts
    day[0] = add_years(TODAY, 20) + timedelta(days=1)
    assert signals() == {SignaalSoort.BEWAARTERMIJN_VERSTREKEN}
    listed = next(s for s in services.casussen.summaries() if s.id == case_id)
    assert listed.signalen == (SignaalSoort.BEWAARTERMIJN_VERSTREKEN,)
    assert services.casussen.open(case_id).casus.referentie  # shown, never destroyed by itself


def test_the_organisation_sets_its_term_and_jeugdhulp_keeps_at_least_twenty_years(
    vault: Vault,
) -> None:
    from tafel.domain.dates import add_years
    from tafel.domain.enums import Wetskader
    from tafel.domain.signals import SignaalSoort
    from tafel.services.indicaties import NieuweIndicatie

    day = [TODAY]
    services = Services(vault, "Fatima Amrani", today=lambda: day[0])
    wmo = services.casussen.register(new_case(voornaam="Sem", bsn="100000009")).primary_id
    jeugd = services.casussen.register(new_case(voornaam="Lot", bsn="100000010")).primary_id
    assert wmo is not None and jeugd is not None
    services.indicaties.add(wmo, NieuweIndicatie(Wetskader.WMO, "Begeleiding"))
    services.indicaties.add(jeugd, NieuweIndicatie(Wetskader.JEUGDWET, "Gezinsbegeleiding"))
    for case in (wmo, jeugd):
        services.casussen.close(case)
    with pytest.raises(ValidationError, match="bewaartermijn van 1 tot 115"):
        services.vernietiging.zet_bewaartermijn(0)
    services.vernietiging.zet_bewaartermijn(7)
    assert services.vernietiging.bewaartermijn() == 7

    def past(case) -> bool:  # type: ignore[no-untyped-def]
        return SignaalSoort.BEWAARTERMIJN_VERSTREKEN in {
            s.soort for s in services.casussen.open(case).signalen}

    day[0] = add_years(TODAY, 7) + timedelta(days=1)
    assert past(wmo) and not past(jeugd)  # jeugdhulp: the Jeugdwet's 20 years at least
    day[0] = add_years(TODAY, 20) + timedelta(days=1)
    assert past(jeugd)
