"""After the upgrade the work goes on: an old vault's cases take edits, signatures and bundles.

Reading an upgraded vault is half of it: the consulent then changes the plan made before
(stored whole until 0012, split into parts by it), the mother signs the new text, someone
joins the network, a new case gets a number of its own, and (from 0013, when parties came) the
plan goes to the linked party in a bundle that builds on what was sent before the upgrade.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tafel.domain.enums import Gegevenscategorie, NetwerkSoort
from tafel.domain.plan_doc import SetText
from tafel.services import Services
from tafel.services.netwerk import NieuweBetrokkene
from tafel.services.plans import NieuweHandtekening
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY, new_case
from tests.old_vault_plan import LIJNEN
from tests.old_vault_rows import AYSE, CASE_NOOR, PARTIJ, REF_NOOR, at
from tests.old_vaults import make_old_vault


@pytest.mark.parametrize("revision", ["0001", "0004", "0011", "0013", "0015", "0019"])
def test_an_upgraded_vault_takes_the_next_days_work(tmp_path: Path, revision: str) -> None:
    old = make_old_vault(tmp_path, revision)
    vault = Vault.open(old.path, PASSPHRASE)
    try:
        services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        new = services.casussen.register(new_case(huishouden="Huishouden Visser",
                                                  voornaam="Iris", achternaam="Visser"))
        assert new.primary_id is not None
        references = [s.referentie for s in services.casussen.summaries()]
        assert len(set(references)) == 3 and REF_NOOR in references
        services.netwerk.add_betrokkene(CASE_NOOR, NieuweBetrokkene(
            NetwerkSoort.INFORMEEL, "Bram", "buurman", startdatum=TODAY))
        assert "Bram" in [b.naam for b in services.casussen.open(CASE_NOOR).betrokkenen]
        if not at(revision, "0004"):
            return
        plan = services.plans.for_case(CASE_NOOR)
        assert plan is not None
        edited = services.plans.edit(plan.latest.id, SetText("droom", "Kapper worden."))
        version = edited.view.version_by_id(edited.version_id)
        assert version is not None and version.content.text("droom") == "Kapper worden."
        assert not version.current_signatures  # Noor signed the text before this change
        services.plans.sign(version.id, NieuweHandtekening(
            f"persoon:{AYSE}", "Ayşe Yılmaz", "moeder", "Weidestad", TODAY,
            [[tuple(p) for p in stroke] for stroke in LIJNEN]), version.inhoud_hash)
        signed = services.plans.for_case(CASE_NOOR)
        assert signed is not None
        assert [s.naam for s in signed.latest.current_signatures] == ["Ayşe Yılmaz"]
        if not at(revision, "0013"):
            return
        bundle = services.bundels.exporteer(CASE_NOOR, partij_ids=[PARTIJ])
        assert bundle.data and bundle.overzicht.categorieen == {  # Noor's consent to Sanne
            Gegevenscategorie.WELZIJN, Gegevenscategorie.SCHOOL_WERK,
            Gegevenscategorie.TOEKOMSTPLAN}
        assert bundle.volgnummer == (2 if at(revision, "0015") else 1)  # 1 went before 0015
    finally:
        vault.lock()
