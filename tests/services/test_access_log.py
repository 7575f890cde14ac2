"""NEN 7513: who saw what, when, is in the log; so are unlocking, locking and failed tries.

Entries name ids and actions, never case content. Every autosave leaves an entry.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

from sqlmodel import select

from tafel.domain.enums import Gegevenscategorie, GesprekSoort, NetwerkSoort
from tafel.domain.gesprek import Gesprek, GesprekPijler
from tafel.domain.models import AuditEvent, Betrokkene, Casus, Huishouden, Persoon, Toestemming
from tafel.domain.plan_doc import SetText
from tafel.domain.plan_tables import Handtekening, PlanVersie
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import WrongPassphraseError
from tafel.services import Services, audit
from tafel.services.audit_anchor import note_failed_unlock
from tafel.services.casussen import NieuweCasus
from tafel.services.changes import COMMAND, Origin
from tafel.services.plan_print import plan_pdf
from tafel.services.verslag import gather_verslag
from tafel.services.werkplek import werkplek_id
from tafel.vault import Vault
from tafel.views.logboek import LogFilter, voor_huishouden
from tests.builders import PASSPHRASE, TODAY, build_plan, pdf_text

KTG = GesprekSoort.KEUKENTAFELGESPREK


def _events(services: Services) -> list[AuditEvent]:
    with services.context.vault.transaction() as session:
        return list(session.exec(select(AuditEvent).order_by(AuditEvent.volgnummer)))


def _new_entries(services: Services, before: int) -> list[tuple[str, str]]:
    return [(e.actie, e.soort) for e in _events(services)[before:]]


def _case(services: Services) -> uuid.UUID:
    changes = services.casussen.register(
        NieuweCasus("Huishouden Bakker", "Sanne", "Bakker", None, "Fatima Amrani"))
    assert changes.primary_id is not None
    return changes.primary_id


def test_showing_the_case_list_is_logged_internal_reads_are_not(services: Services) -> None:
    _case(services)
    before = len(_events(services))
    services.casussen.summaries()  # an internal read (for example: is the vault empty?)
    assert _new_entries(services, before) == []
    services.casussen.summaries(shown=True)
    assert _new_entries(services, before) == [(AuditAction.BEKEKEN, RecordKind.CASUSLIJST)]


def test_viewing_a_plan_is_logged(services: Services) -> None:
    case_id = _case(services)
    view = services.plans.start(case_id).view
    before = len(_events(services))
    services.plans.for_case(case_id)
    services.plans.view_of_version(view.latest.id)
    assert _new_entries(services, before) == []
    services.plans.for_case(case_id, shown=True)
    services.plans.view_of_version(view.latest.id, shown=True)
    assert _new_entries(services, before) == [(AuditAction.BEKEKEN, RecordKind.PLANVERSIE)] * 2
    last = _events(services)[-1]
    assert last.record_id == str(view.latest.id) and last.casus_id == str(case_id)


def test_continuing_a_conversation_is_logged_as_viewing_it(services: Services) -> None:
    case_id = _case(services)
    lopend = services.gesprekken.start(case_id, KTG).lopend
    before = len(_events(services))
    again = services.gesprekken.start(case_id, KTG).lopend
    assert again.id == lopend.id
    assert _new_entries(services, before) == [(AuditAction.BEKEKEN, RecordKind.LOPEND_GESPREK)]


def test_every_autosave_leaves_an_entry(services: Services) -> None:
    case_id = _case(services)
    lopend = services.gesprekken.start(case_id, KTG).lopend
    view = services.plans.start(case_id).view
    before = len(_events(services))
    for n in range(40):
        content = lopend.content
        content["pijlers"]["wonen"]["wat_gaat_goed"] = f"woord {n}"
        services.gesprekken.save(lopend.id, content, 1)
    assert _new_entries(services, before) == [(AuditAction.BEWAARD, RecordKind.LOPEND_GESPREK)] * 40
    before = len(_events(services))
    for n in range(12):
        services.plans.edit(view.latest.id, SetText("droom", f"Kok, stap {n}."))
    services.plans.edit(view.latest.id, SetText("droom", "Kok, stap 11."))  # no change
    assert _new_entries(services, before) == [(AuditAction.BEWERKT, RecordKind.PLANVERSIE)] * 12


def test_unlock_lock_and_failed_unlocks_are_logged(vault_path: Path) -> None:
    for _ in range(3):
        try:
            Vault.open(vault_path, "niet de goede wachtwoordzin")
        except WrongPassphraseError:
            note_failed_unlock(vault_path)
    vault = Vault.open(vault_path, PASSPHRASE)
    services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
    assert services.log.opened(audit.VIA_APP) is None
    services.log.closing(audit.VIA_APP)
    events = _events(services)
    vault.lock()
    rows = [(e.actie, e.soort, e.details, e.wie) for e in events]
    assert rows[0][:2] == (AuditAction.MISLUKT_ONTGRENDELEN, RecordKind.KLUIS)
    assert re.fullmatch(r"3 mislukte ontgrendelpogingen sinds \d{4}-\d\d-\d\d \d\d:\d\d UTC",
                        rows[0][2]), rows[0][2]
    assert rows[1:] == [(AuditAction.ONTGRENDELD, RecordKind.KLUIS, "app", "Fatima Amrani"),
                        (AuditAction.VERGRENDELD, RecordKind.KLUIS, "app", "Fatima Amrani")]
    # The count is written once: the next unlock has nothing to report.
    again = Services(Vault.open(vault_path, PASSPHRASE), "Fatima Amrani")
    again.log.opened(audit.VIA_APP)
    assert [e.actie for e in _events(again)][3:] == [AuditAction.ONTGRENDELD]
    again.context.vault.lock()


def _tafel(*args: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TAFEL_PASSPHRASE": passphrase}
    return subprocess.run([sys.executable, "-m", "tafel", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_tafel_cases_logs_unlock_list_and_lock_and_a_failed_try(vault_path: Path) -> None:
    wrong = _tafel("cases", "--vault", str(vault_path), passphrase="helemaal fout hoor")
    assert wrong.returncode == 2
    result = _tafel("cases", "--vault", str(vault_path))
    assert result.returncode == 0, result.stderr
    vault = Vault.open(vault_path, PASSPHRASE)
    services = Services(vault, "Test")
    rows = [(e.actie, e.soort, e.details) for e in _events(services)]
    vault.lock()
    assert [r[:2] for r in rows] == [
        (AuditAction.MISLUKT_ONTGRENDELEN, RecordKind.KLUIS),
        (AuditAction.ONTGRENDELD, RecordKind.KLUIS),
        (AuditAction.BEKEKEN, RecordKind.CASUSLIJST),
        (AuditAction.VERGRENDELD, RecordKind.KLUIS)]
    assert rows[0][2].startswith("1 mislukte ontgrendelpoging sinds")
    assert rows[1][2] == rows[3][2] == "opdracht"


def test_the_printed_plan_carries_the_log_line(demo_services: Services) -> None:
    built = build_plan(demo_services)
    with demo_services.context.vault.transaction() as session:
        position = audit.log_position(session)
    pdf = plan_pdf(demo_services, built.version_id)
    text = pdf_text(pdf)
    line = f"Logboek: {position.entries} regels, kop {position.head[:16]}…"
    pages = text.count("pagina ")
    assert pages >= 4 and text.count(line) == pages, line  # on every page
    # The print's own entry comes right after the head the paper shows.
    printed = _events(demo_services)[-1]
    assert printed.actie == "afgedrukt" and printed.vorige_hash == position.head


def test_no_entry_of_the_demo_vault_holds_case_text(demo_services: Services) -> None:
    built = build_plan(demo_services)
    case_id = built.case_id
    demo_services.casussen.summaries(shown=True)
    demo_services.casussen.open(case_id)
    demo_services.plans.for_case(case_id, shown=True)
    plan_pdf(demo_services, built.version_id, include_bsn=True)
    demo_services.log.opened(audit.VIA_APP)
    gesprek = demo_services.gesprekken.history(case_id)[-1]
    demo_services.gesprekken.gesprek(gesprek.id, shown=True)
    demo_services.toestemmingen.print_overzicht(case_id)
    demo_services.logboek.logboek(LogFilter(casus_id=str(case_id)), shown=True)
    consented, _consent = _consented_demo_case(demo_services)
    demo_services.bundels.exporteer(consented, wachtwoordzin="een lange bundelwachtwoordzin",
                                    categorieen=[Gegevenscategorie.WONEN])
    helper = next(b for b in demo_services.casussen.open(case_id).betrokkenen
                  if b.soort is NetwerkSoort.PROFESSIONEEL)
    demo_services.casussen.set_casusregisseur(case_id, helper.naam)  # a handover in the network
    other = next(s.id for s in demo_services.casussen.summaries() if s.id != case_id)
    demo_services.casussen.hand_over(other, helper.naam)  # closed as handed over, to a name
    vault = demo_services.context.vault
    with vault.transaction() as session:
        household = {f"{p.voornaam} {p.achternaam}".strip() for p in session.exec(select(Persoon))}
        names = {
            *[p.voornaam for p in session.exec(select(Persoon))],
            *[p.achternaam for p in session.exec(select(Persoon)) if p.achternaam],
            *[p.bsn for p in session.exec(select(Persoon)) if p.bsn],
            *[h.naam for h in session.exec(select(Huishouden))],
            *[h.plaats for h in session.exec(select(Huishouden)) if h.plaats],
            *[b.naam for b in session.exec(select(Betrokkene))],
            *[h.naam for h in session.exec(select(Handtekening))],
            *[h.plaats for h in session.exec(select(Handtekening)) if h.plaats],
        }
        notes = [
            *[c.aanleiding for c in session.exec(select(Casus))],
            *[g.samenvatting for g in session.exec(select(Gesprek))],
            *[p.zorgen for p in session.exec(select(GesprekPijler))],
            *[p.wat_gaat_goed for p in session.exec(select(GesprekPijler))],
        ]
        from tafel.domain.plan_doc import PlanDoc

        for row in session.exec(select(PlanVersie)):
            notes += list(PlanDoc.from_bytes(row.document).content().teksten.values())
        events = list(session.exec(select(AuditEvent)))
    assert len(events) > 100 and len(names) > 20
    # Every column but the professional's own name (and on whose behalf), organisation and
    # role (theirs, not the household's): the NEN 7513 fields hold ids and fixed words too.
    log = "\n".join(f"{e.actie} | {e.soort} | {e.details} | {e.werkplek} | "
                    f"{e.resultaat} | {e.herkomst} | {e.grondslag}" for e in events)
    found = sorted(n for n in names if len(n) > 2 and re.search(rf"\b{re.escape(n)}\b", log))
    assert found == []
    # No three words in a row of any note or plan text appear in the log.
    log_words = " ".join(re.findall(r"\w+", log.casefold()))
    leaked = set()
    for note in notes:
        words = re.findall(r"\w+", str(note).casefold())
        for i in range(len(words) - 2):
            if " ".join(words[i:i + 3]) in log_words:
                leaked.add(" ".join(words[i:i + 3]))
    assert leaked == set()
    # "who" is the professional working in tafel, never someone of a household.
    assert not [e.wie for e in events if any(n in e.wie for n in household)]
    assert not [e.namens for e in events if any(n in e.namens for n in household)]


# -- NEN 7513: opening, printing and exporting a demo case, and the household's overview ---


def _consented_demo_case(services: Services) -> tuple[uuid.UUID, Toestemming]:
    """A demo case with an active toestemming that covers Wonen (so a bundle may go)."""
    with services.context.vault.transaction() as session:
        for row in session.exec(select(Toestemming)):
            if Gegevenscategorie.WONEN.value in row.categorieen and row.is_active(TODAY):
                return row.casus_id, row
    raise AssertionError("the demo has no consent for Wonen")


def test_opening_printing_and_exporting_a_demo_case_leave_nen_7513_entries(
        demo_services: Services) -> None:
    case_id, consent = _consented_demo_case(demo_services)
    screen = Origin.screen("casus")
    before = len(_events(demo_services))
    demo_services.casussen.open(case_id, origin=screen)
    pdf = demo_services.toestemmingen.print_overzicht(case_id, origin=COMMAND).pdf
    assert pdf.startswith(b"%PDF")
    demo_services.bundels.exporteer(case_id, wachtwoordzin="een lange bundelwachtwoordzin",
                                    categorieen=[Gegevenscategorie.WONEN], origin=COMMAND)
    new = _events(demo_services)[before:]
    opened, printed, exported = new[0], new[1], new[-1]  # (the first export makes keys too)
    for entry in (opened, printed, exported):
        assert entry.wie == entry.namens == "Fatima Amrani"
        assert (entry.organisatie, entry.rol) == ("Wijkteam Weidestad", "jongerencoach")
        assert entry.casus_id == str(case_id) and entry.tijdstip is not None
        assert entry.werkplek == werkplek_id() and entry.resultaat == audit.GELUKT
    assert (opened.actie, opened.soort, opened.grondslag) == (
        "bekeken", "casus", audit.WETTELIJKE_TAAK)
    assert opened.herkomst == "scherm casus"
    assert (printed.actie, printed.grondslag, printed.herkomst) == (
        "afgedrukt", audit.EIGEN_DOSSIER, "opdracht")
    assert exported.actie == "geëxporteerd"
    assert str(consent.id) in audit.toestemming_ids(exported.grondslag)

    # The household's overview says it in plain Dutch, oldest first, with the basis named.
    log = demo_services.logboek.logboek(LogFilter(casus_id=str(case_id)))
    lines = voor_huishouden(log.regels)[-3:]
    assert [r.zin for r in lines] == [
        "Fatima Amrani (jongerencoach, Wijkteam Weidestad) heeft het dossier bekeken",
        "Fatima Amrani (jongerencoach, Wijkteam Weidestad) heeft het dossier afgedrukt",
        "Fatima Amrani (jongerencoach, Wijkteam Weidestad) heeft gegevens in een bundel "
        "gedeeld met een andere organisatie"]
    assert lines[0].grondslag_tekst.startswith("wettelijke taak")
    assert lines[1].grondslag_tekst.startswith("eigen dossier")
    assert lines[2].grondslag_tekst.startswith(f"toestemming: {consent.ontvanger}")
    assert [r.volgnummer for r in log.regels] == sorted(r.volgnummer for r in log.regels)
    pdf_words = pdf_text(demo_services.logboek.afdruk(case_id, origin=COMMAND).pdf)
    overview_printed = _events(demo_services)[-1]
    assert (overview_printed.actie, overview_printed.details, overview_printed.grondslag) == (
        "afgedrukt", "wie heeft wat gezien of gedeeld", audit.EIGEN_DOSSIER)
    assert "Wie heeft wat gezien of gedeeld, en waarom" in pdf_words
    assert "heeft het dossier afgedrukt" in " ".join(pdf_words.split())


def test_viewing_a_conversation_is_logged_once(demo_services: Services) -> None:
    case_id = demo_services.casussen.resolve("T-2026-0003")
    gesprek = demo_services.gesprekken.history(case_id)[-1]
    before = len(_events(demo_services))
    gather_verslag(demo_services, gesprek.id)  # gathering the pages: no entry
    assert _new_entries(demo_services, before) == []
    demo_services.gesprekken.gesprek(gesprek.id, shown=True)
    assert _new_entries(demo_services, before) == [(AuditAction.BEKEKEN, RecordKind.GESPREK)]
