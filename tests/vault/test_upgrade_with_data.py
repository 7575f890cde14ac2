"""A vault from every earlier schema revision, full of cases, opens with all of it intact.

A consulent's vault may be at any earlier revision, with rows in every table that existed
then. For each revision R the vault is made at R and filled (tests/old_vaults.py and
tests/old_vault_rows.py: two households, two cases, network, consents, care, conversations
with scores, a plan with versions, signatures and prints, kept forms, parties, bundles, a
casus-overleg, ... whatever R has), then opened as tafel opens it today. It must reach the
newest revision with every reference whole, keep every row and value (a column added later
holds its default; a plan version stored as one document before 0012 holds the same content
in parts), and the services must read both cases.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import tafel.domain.bundel_tables
import tafel.domain.checklist18
import tafel.domain.gesprek
import tafel.domain.juridisch
import tafel.domain.overleg_tables
import tafel.domain.plan_tables
import tafel.domain.tekstcorrectie
import tafel.domain.vernietiging  # noqa: F401  (every table on SQLModel.metadata, as env.py)
from tafel.domain.enums import CasusStatus, GesprekSoort, Rol
from tafel.domain.plan_content import content_hash
from tafel.services import Services
from tafel.services.plan_print import plan_pdf
from tafel.vault import Vault, migrate
from tests.builders import PASSPHRASE, TODAY, pdf_text
from tests.old_vault_plan import LIJNEN, plan_contents
from tests.old_vault_rows import (
    AYSE,
    CASE_DAAN,
    CASE_NOOR,
    COACH,
    GESPREK_NOOR,
    NOOR,
    PLAN,
    REF_DAAN,
    REF_NOOR,
    Row,
    at,
)
from tests.old_vaults import REVISIONS, OldVault, assert_kept, kept_rows, make_old_vault


class Upgraded(NamedTuple):
    """An upgraded vault, and what it held the moment it was open (before any service ran)."""

    old: OldVault
    vault: Vault
    after: dict[str, list[Row]]  # the rows of ``old``, read back
    counts: dict[str, int]  # rows per table
    meta: dict[str, str]  # vaultmeta


@pytest.fixture(scope="module", params=REVISIONS)
def upgraded(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Upgraded]:
    """A full vault made at one revision, opened (so upgraded) today; its rows read back.

    Read at once, as the tests of one revision share the vault in any order, and reading
    through the services writes to the log.
    """
    old = make_old_vault(tmp_path_factory.mktemp(f"oud-{request.param}"), request.param)
    vault = Vault.open(old.path, PASSPHRASE)
    try:
        with vault.engine.connect() as connection:
            tables = [r[0] for r in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name != 'alembic_version'")]
            counts = {t: int(connection.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar()
                             or 0) for t in tables}
            meta = dict(connection.exec_driver_sql("SELECT sleutel, waarde FROM vaultmeta").all())
        yield Upgraded(old, vault, kept_rows(vault.engine, old), counts, meta)
    finally:
        vault.lock()


def test_it_reaches_the_newest_schema_with_every_reference_whole(upgraded: Upgraded) -> None:
    vault = upgraded.vault
    assert migrate.current_revision(vault.engine) == migrate.HEAD
    with vault.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    with vault.transaction() as session:
        connection = session.connection()
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("PRAGMA integrity_check")).all() == [("ok",)]


def test_every_row_keeps_every_value(upgraded: Upgraded) -> None:
    assert_kept(upgraded.vault.engine, upgraded.old, upgraded.after)


def test_no_row_appears_or_goes(upgraded: Upgraded) -> None:
    old, meta = upgraded.old, upgraded.meta
    expected = {t: len(old.rows.get(t, [])) for t in upgraded.counts}
    expected["vaultmeta"] += (not at(old.revision, "0002")) + (not at(old.revision, "0005"))
    assert upgraded.counts == expected
    assert len(meta["kluis_id"]) == 36  # 0005 gives the vault its own id
    if not at(old.revision, "0002"):  # and 0002 keeps the head of the log it finds
        assert meta["audit_head"] == old.rows["auditevent"][-1]["hash"]


def test_the_services_read_both_cases(upgraded: Upgraded) -> None:
    vault, r = upgraded.vault, upgraded.old.revision
    services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
    summaries = {s.referentie: s for s in services.casussen.summaries()}
    assert sorted(summaries) == [REF_DAAN, REF_NOOR]
    assert (summaries[REF_NOOR].jongere, summaries[REF_NOOR].huishouden) == (
        "Noor Bakker", "Huishouden Bakker-Yılmaz")
    closed = CasusStatus.OVERGEDRAGEN if at(r, "0011") else CasusStatus.AFGESLOTEN
    assert summaries[REF_DAAN].status is closed

    noor = services.casussen.open(CASE_NOOR)
    assert noor.casus.status is CasusStatus.PLAN
    people = {p.voornaam: (p.rol, p.gezag, p.einddatum) for p in noor.personen}
    gezag = at(r, "0008")  # before 0008 nobody held gezag on record
    assert people == {
        "Noor": (Rol.JONGERE, False, None), "Ayşe": (Rol.OUDER, gezag, None),
        "Mark": (Rol.OUDER, gezag, date(2026, 5, 1) if gezag else None),
        "Lina": (Rol.KIND, False, None)}
    assert services.casussen.bsn_of(NOOR) == "111222333"
    assert sorted(b.naam for b in noor.betrokkenen) == ["Ria Bakker", "Sanne de Wit"]
    coach = next(b for b in noor.betrokkenen if b.id == COACH)
    assert (coach.uren_per_week, coach.partij_id is not None) == (2.0, at(r, "0013"))
    assert sorted(t.ontvanger for t in noor.toestemmingen) == [
        "Ayşe Yılmaz", "Sanne de Wit (Jeugdhulp De Brug)"]
    assert [i.voorziening for i in noor.indicaties] == ["Ambulante gezinsbegeleiding"]
    assert len(noor.verwijzingen) == (1 if at(r, "0011") else 0)
    noor.to_json(TODAY)

    daan = services.casussen.open(CASE_DAAN)
    assert daan.casus.status_voor_afsluiten is CasusStatus.UITVOERING
    assert [i.reden_einde for i in daan.indicaties] == [
        "Daan heeft werk en lost zelf af." if at(r, "0009") else ""]
    services.indicaties.intake_text(CASE_NOOR)

    _read_conversations(services, r)
    _read_plan(services, r)
    _read_the_rest(services, r)
    with vault.transaction() as session:
        from tafel.services import audit

        assert audit.verify_chain(session).intact


def _read_conversations(services: Services, r: str) -> None:
    history = services.gesprekken.history(CASE_NOOR)
    if not at(r, "0003"):
        assert history == []
        return
    [gesprek] = history
    view = services.gesprekken.gesprek(GESPREK_NOOR)
    assert view.rapportcijfer == 6 and len(view.scores) == 13 and len(view.pillars) == 5
    assert [s.domain for s in view.scores if s.not_discussed] == ["middelengebruik"]
    assert gesprek.id == GESPREK_NOOR
    [check] = services.gesprekken.history(CASE_DAAN)
    assert check.soort is GesprekSoort.SNELLE_CHECK
    lopend = services.gesprekken.lopend_gesprek(CASE_NOOR, GesprekSoort.SNELLE_CHECK)
    assert lopend is not None and lopend.stap == 2
    assert lopend.content["pijlers"]["wonen"]["wat_gaat_goed"] == "Het is rustiger thuis."
    services.gesprekken.open_items(lopend)


def _read_plan(services: Services, r: str) -> None:
    plan = services.plans.for_case(CASE_NOOR)
    if not at(r, "0004"):
        assert plan is None
        return
    assert plan is not None
    contents = plan_contents(NOOR, COACH)
    v1, v2 = plan.versions
    assert (v1.nummer, v2.nummer, v2.gemaakt_uit) == (1, 2, 1)
    assert v1.content == contents["v1"] and v2.content == contents["v2"]
    assert v1.inhoud_hash == content_hash(contents["v1"], str(PLAN), REF_NOOR, 1)
    assert sorted(s.naam for s in v1.current_signatures) == ["Ayşe Yılmaz", "Noor Bakker"]
    assert [s.naam for s in v2.current_signatures] == ["Noor Bakker"]
    assert [s.naam for s in v2.outdated_signatures] == ["Ayşe Yılmaz"]
    assert v1.signatures[0].lijnen == tuple(tuple(tuple(p) for p in s) for s in LIJNEN)
    assert plan.case.person(f"persoon:{AYSE}") is not None
    # Who signs Noor's plan (she is 17): gezag is never guessed from the role, so in a vault
    # from before 0008, where nobody held gezag on record, no parent is expected until the
    # consulent records it (the plan's signatures part says so).
    parents = ["Ayşe Yılmaz"] if at(r, "0008") else []
    assert sorted(p.naam for p in plan.expected_signers(v2.content, TODAY)) == sorted(
        ["Noor Bakker", "Sanne de Wit", *parents])
    services.plans.view_of_version(v2.id)
    verification = services.plans.verify(v1.inhoud_hash)
    assert verification.found and verification.versie == 1
    frozen = services.plans.frozen(v2.inhoud_hash)
    assert frozen is not None
    printed = pdf_text(plan_pdf(services, v2.id, record=None))  # a preview, as on screen
    assert "Kapper worden" in printed and v2.inhoud_hash[:16] in printed.replace(" ", "")


def _read_the_rest(services: Services, r: str) -> None:
    kept = services.forms.take_all().forms
    assert sorted(f.soort for f in kept) == (
        ["handtekening", "nieuwe_casus"] if at(r, "0005") else [])
    juridisch = services.juridisch.for_case(CASE_NOOR)
    assert [j.soort.name for j in juridisch] == (["OTS"] if at(r, "0010") else [])
    checklist = services.checklist18.for_case(CASE_NOOR)
    assert {p.item.sleutel: p.staat.name for p in checklist.punten if p.notitie} == (
        {"wonen": "GEREGELD"} if at(r, "0010") else {})
    partijen = services.partijen.lijst()
    assert [p.naam for p in partijen] == (["Sanne de Wit"] if at(r, "0013") else [])
    services.dossier.record(CASE_NOOR)
    services.dossier.conflict_views(CASE_NOOR)
    wachtend = services.bundels.wachtend()
    assert [b.volgnummer for b in wachtend] == ([3] if at(r, "0015") else [])
    overleggen = services.overleg.voor_casus(CASE_NOOR)
    assert len(overleggen) == (1 if at(r, "0016") else 0)
    for overleg in overleggen:
        verslag = services.overleg.verslag(overleg.id)
        assert verslag.conclusies == ("Noor gaat vier dagen naar school.", "Oma haalt Lina op.")
        services.overleg.wand(overleg.id)
    assert [v.referentie for v in services.vernietiging.overzicht()] == (
        ["T-2019-0003"] if at(r, "0017") else [])
    assert [c.gevraagd_door_naam for c in services.tekstcorrectie.voor_casus(CASE_NOOR)] == (
        ["Noor Bakker"] if at(r, "0019") else [])
    services.kengetallen.figuren()
    regels = services.logboek.logboek().regels
    assert all(r.zin and r.gegevens and r.handeling and r.kind for r in regels)
    zinnen = {r.zin for r in regels}  # an entry in the words of before 0006 reads as today's
    assert {"Fatima Amrani heeft het gesprek dat nog loopt gestart",
            "Fatima Amrani heeft het toekomstplan (versie 2) een andere fase gegeven"} <= zinnen
    for persoon in (NOOR, AYSE):
        services.inzage.view(CASE_NOOR, persoon)
