"""The casus-overleg's record printed: the page holds the record, the print is in the log."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from tafel.domain.dates import dutch_date
from tafel.domain.models import AuditEvent
from tafel.domain.overleg import Aanwezige, AanwezigeSoort
from tafel.services import Services
from tests.builders import TODAY, marker, meeting_case, pdf_text


def test_the_printed_record_holds_what_all_may_see_and_the_print_is_logged(
    services: Services
) -> None:
    case = meeting_case(services)
    room = [Aanwezige(AanwezigeSoort.HUISHOUDEN, "Noor", case.jongere_id),
            Aanwezige(AanwezigeSoort.PROFESSIONEEL, "agent", case.agent_id)]
    started = services.overleg.start(case.case_id, room)
    for pijler in ("wonen", "inkomen"):
        services.overleg.noteer_afspraak(started.overleg_id, f"Afspraak {pijler}",
                                         f"persoon:{case.jongere_id}", TODAY + timedelta(7),
                                         pijler)  # type: ignore[arg-type]
    services.overleg.zet_conclusies(started.overleg_id, ["Noor pakt het op"])
    services.overleg.rond_af(started.overleg_id, TODAY + timedelta(weeks=6))

    afdruk = services.overleg.verslag_pdf(started.overleg_id)
    text = pdf_text(afdruk.pdf)
    assert text.startswith("Verslag casus-overleg Noor")
    assert "Noor pakt het op" in text and "Afspraak wonen" in text
    assert "Afspraak inkomen" not in text and "1 afspraak gemaakt die hier niet staat" in text
    assert dutch_date(TODAY + timedelta(weeks=6)) in text
    assert marker("agent") in text  # the agent was in the room: their name is on the page
    assert not {m for m, part in case.markers.items() if part == "nooit" and m in text}
    assert afdruk.changes.primary_id == started.overleg_id
    with services.context.vault.transaction() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.soort == "overleg")).all()
    printed = [e for e in events if e.actie == "afgedrukt"]
    assert len(printed) == 1 and "MRK" not in printed[0].details
