"""``tafel inzage``: a person of a demo case gets a PDF and a JSON file with all about them.

The JSON file must validate against the published schema and hold every record of the vault
about that person (compared with the vault's own rows after the command), nothing about the
other members (their BSN above all), and the export must stand in the audit log without a
word of the case.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import jsonschema
from sqlmodel import col, select

from tafel.domain.gesprek import Gesprek
from tafel.domain.models import AuditEvent, Casus, Persoon, Toestemming
from tafel.domain.overleg_tables import Overleg
from tafel.domain.plan_tables import Handtekening, PlanVersie, Toekomstplan
from tafel.paths import resource_path
from tafel.vault import Vault
from tests.builders import PASSPHRASE, pdf_text
from tests.cli.invoke import tafel

SCHEMA = json.loads(resource_path("schemas", "inzage.schema.json").read_text("utf-8"))
CASE = "T-2026-0006"  # Jaylen: two conversations, two plan versions, four signers


def _people(vault: Path, ref: str) -> dict[str, Persoon]:
    opened = Vault.open(vault, PASSPHRASE)
    try:
        with opened.transaction() as session:
            casus = session.exec(select(Casus).where(Casus.referentie == ref)).one()
            rows = session.exec(select(Persoon).where(
                Persoon.huishouden_id == casus.huishouden_id)).all()
            return {p.voornaam: p.model_copy() for p in rows}
    finally:
        opened.lock()


def _inzage(vault: Path, ref: str, person: str, out: Path) -> dict[str, Any]:
    out.mkdir(exist_ok=True)
    result = tafel("inzage", "--vault", str(vault), "--case", ref, "--person", person,
                   "--out", str(out), passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    written = sorted(out.iterdir())
    assert [p.suffix for p in written] == [".json", ".pdf"]
    assert all(str(p) in result.stdout for p in written)
    data = json.loads(written[0].read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    return data


def _ids(data: dict[str, Any], part: str) -> set[str]:
    return {r["id"] for r in data["onderdelen"][part]}


def test_the_young_person_gets_every_record_about_them(demo_path: Path, tmp_path: Path) -> None:
    jaylen = _people(demo_path, CASE)["Jaylen"]
    out = tmp_path / "uit"
    data = _inzage(demo_path, CASE, str(jaylen.id), out)
    pdf_bytes = next(out.glob("*.pdf")).read_bytes()
    pdf = pdf_text(pdf_bytes)
    assert b"Helvetica" not in pdf_bytes  # only the embedded house fonts, as on every print

    opened = Vault.open(demo_path, PASSPHRASE)
    try:
        with opened.transaction() as session:
            casus = session.exec(select(Casus).where(Casus.referentie == CASE)).one()
            plan = session.exec(select(Toekomstplan).where(
                Toekomstplan.casus_id == casus.id)).one()
            versions = session.exec(select(PlanVersie).where(
                PlanVersie.plan_id == plan.id)).all()
            signatures = session.exec(select(Handtekening).where(
                col(Handtekening.versie_id).in_([v.id for v in versions]),
                Handtekening.ondertekenaar == f"persoon:{jaylen.id}")).all()
            gesprekken = session.exec(select(Gesprek).where(Gesprek.casus_id == casus.id)).all()
            consents = [t for t in session.exec(select(Toestemming).where(
                Toestemming.casus_id == casus.id)) if jaylen.id in (
                t.gegeven_door_id, t.ontvanger_persoon_id)]
            exports = session.exec(select(AuditEvent).where(
                AuditEvent.record_id == str(jaylen.id), AuditEvent.details == "inzage")).all()
    finally:
        opened.lock()

    assert data["persoon"]["id"] == str(jaylen.id)
    mine = data["onderdelen"]["persoonsgegevens"][0]["gegevens"]
    assert mine["bsn"] == jaylen.bsn  # their own number, whole
    assert _ids(data, "gesprekken") == {str(g.id) for g in gesprekken} and gesprekken
    assert _ids(data, "plannen") == {str(v.id) for v in versions} and len(versions) == 2
    assert _ids(data, "handtekeningen") == {str(h.id) for h in signatures} and signatures
    assert _ids(data, "toestemmingen") == {str(t.id) for t in consents} and consents
    assert data["onderdelen"]["logboek"]  # the case's log, read before this export
    assert {r["gegevens"]["rapportcijfer"] for r in data["onderdelen"]["gesprekken"]} == {
        g.rapportcijfer for g in gesprekken}
    # the PDF says the same, readably
    assert "Inzage in je gegevens" in pdf and jaylen.naam in pdf and CASE in pdf
    assert jaylen.bsn in pdf
    # the export is logged: once, with the person's id and no case text
    assert len(exports) == 1
    assert exports[0].actie == "geëxporteerd" and exports[0].casus_id == str(casus.id)
    assert jaylen.voornaam not in exports[0].model_dump_json()


def test_a_member_gets_only_what_is_theirs(demo_path: Path, tmp_path: Path) -> None:
    """Nadia and her daughter Amira both have a BSN: neither export holds the other's."""
    people = _people(demo_path, "T-2026-0003")
    nadia, amira = people["Nadia"], people["Amira"]
    assert nadia.bsn and amira.bsn
    data = _inzage(demo_path, "T-2026-0003", amira.naam, tmp_path / "amira")
    text = json.dumps(data, ensure_ascii=False)
    pdf = pdf_text(next((tmp_path / "amira").glob("*.pdf")).read_bytes())
    assert data["persoon"]["id"] == str(amira.id)
    assert amira.bsn in text and amira.bsn in pdf
    assert nadia.bsn not in text and nadia.bsn not in pdf
    assert data["onderdelen"]["gesprekken"] == []  # the young person's, not hers
    nadia_data = _inzage(demo_path, "T-2026-0003", str(nadia.id), tmp_path / "nadia")
    assert amira.bsn not in json.dumps(nadia_data)


def test_a_parent_gets_her_signatures_and_not_the_plan(demo_path: Path,
                                                         tmp_path: Path) -> None:
    gwendolyn = _people(demo_path, CASE)["Gwendolyn"]
    jaylen = _people(demo_path, CASE)["Jaylen"]
    data = _inzage(demo_path, CASE, str(gwendolyn.id), tmp_path / "uit")
    signed = data["onderdelen"]["handtekeningen"]
    assert signed and all(r["gegevens"]["naam"] == gwendolyn.naam for r in signed)
    assert all("teksten" not in r["gegevens"] for r in data["onderdelen"]["plannen"])
    assert jaylen.bsn and jaylen.bsn not in json.dumps(data)


def test_someone_not_in_the_case_is_refused(demo_path: Path, tmp_path: Path) -> None:
    result = tafel("inzage", "--vault", str(demo_path), "--case", CASE, "--person",
                   str(uuid.uuid4()), "--out", str(tmp_path), passphrase=PASSPHRASE)
    assert result.returncode != 0
    assert "hoort niet bij casus T-2026-0006" in result.stderr
    assert list(tmp_path.glob("inzage-*")) == []


def test_a_network_member_gets_the_consents_they_receive_and_their_signatures(
        demo_path: Path, tmp_path: Path) -> None:
    opened = Vault.open(demo_path, PASSPHRASE)
    try:
        with opened.transaction() as session:
            casus = session.exec(select(Casus).where(Casus.referentie == CASE)).one()
            received = session.exec(select(Toestemming).where(
                Toestemming.casus_id == casus.id,
                col(Toestemming.ontvanger_betrokkene_id).is_not(None))).all()
            member = received[0].ontvanger_betrokkene_id
            signed = session.exec(select(Handtekening).where(
                Handtekening.ondertekenaar == f"betrokkene:{member}")).all()
            theirs = {str(t.id) for t in received if t.ontvanger_betrokkene_id == member}
    finally:
        opened.lock()
    data = _inzage(demo_path, CASE, str(member), tmp_path / "uit")
    assert data["persoon"]["soort"] == "betrokkene"
    assert _ids(data, "toestemmingen") == theirs
    assert _ids(data, "handtekeningen") == {str(h.id) for h in signed}
    assert data["onderdelen"]["gesprekken"] == []


def test_a_folder_that_is_not_there_is_one_dutch_sentence(demo_path: Path,
                                                          tmp_path: Path) -> None:
    jaylen = _people(demo_path, CASE)["Jaylen"]
    result = tafel("inzage", "--vault", str(demo_path), "--case", CASE, "--person",
                   str(jaylen.id), "--out", str(tmp_path / "weg"), passphrase=PASSPHRASE)
    assert result.returncode != 0
    assert result.stderr.strip() == f"De map {tmp_path / 'weg'} bestaat niet."


def test_the_overleggen_someone_was_in_are_theirs(demo_path: Path, tmp_path: Path) -> None:
    """T-2026-0001 had a casus-overleg: everyone ticked present or listed absent gets it."""
    opened = Vault.open(demo_path, PASSPHRASE)
    try:
        with opened.transaction() as session:
            casus = session.exec(select(Casus).where(Casus.referentie == "T-2026-0001")).one()
            overleg = session.exec(select(Overleg).where(Overleg.casus_id == casus.id)).one()
            present = next(p["id"] for p in overleg.aanwezigen if p.get("id"))
    finally:
        opened.lock()
    data = _inzage(demo_path, "T-2026-0001", present, tmp_path / "uit")
    assert _ids(data, "overleggen") == {str(overleg.id)}
    assert data["onderdelen"]["overleggen"][0]["gegevens"]["aanwezig"] is True


def test_a_text_removed_on_their_request_is_listed_without_the_text(
    demo_path: Path, tmp_path: Path
) -> None:
    from tafel.domain.plan_edits import SetText
    from tafel.services import Services
    from tests.builders import TODAY

    jaylen = _people(demo_path, CASE)["Jaylen"]
    opened = Vault.open(demo_path, PASSPHRASE)
    try:
        services = Services(opened, "Fatima Amrani", today=lambda: TODAY)
        case_id = services.casussen.resolve(CASE)
        plan = services.plans.for_case(case_id)
        assert plan is not None
        services.plans.edit(plan.latest.id, SetText("droom", "Kok worden. MRKVERZOEK klopt niet."))
        done = services.tekstcorrectie.corrigeer(case_id, " MRKVERZOEK klopt niet.", "",
                                                 gevraagd_door=jaylen.id)
    finally:
        opened.lock()
    out = tmp_path / "uit"
    data = _inzage(demo_path, CASE, str(jaylen.id), out)
    [verzoek] = data["onderdelen"]["verzoeken"]
    assert verzoek["id"] == str(done.correctie_id)
    assert verzoek["gegevens"]["grond"] == "AVG art. 17"
    assert "MRKVERZOEK" not in json.dumps(data)
    assert "MRKVERZOEK" not in pdf_text(next(out.glob("*.pdf")).read_bytes())
    others = _people(demo_path, CASE)
    mother = next(p for name, p in others.items() if name != "Jaylen")
    assert _inzage(demo_path, CASE, str(mother.id), tmp_path / "moeder")["onderdelen"][
        "verzoeken"] == []  # not hers
