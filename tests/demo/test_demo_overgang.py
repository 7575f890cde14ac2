"""The demo shows an OTS for a minor and a partly filled 18-/18+ checklist for a 17-year-old."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tafel.demo import fill_demo
from tafel.domain.juridisch import Instantie, Maatregel
from tafel.domain.signals import SignaalSoort
from tafel.services import Services
from tafel.vault import KdfParams, Vault

TODAY = date(2026, 11, 23)


def test_jaylen_has_an_ots_and_a_partly_filled_checklist(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "demo.tafel", "zeven gele fietsen in de regen",
                         KdfParams(memory_kib=8 * 1024, time_cost=1))
    try:
        services = Services(vault, "Demo", today=lambda: TODAY)
        fill_demo(services, TODAY)
        by_name = {s.jongere: s for s in services.casussen.summaries()}
        jaylen = by_name["Jaylen Pinas"]
        assert jaylen.leeftijd == 17
        [ots] = services.juridisch.for_case(jaylen.id)
        assert (ots.soort, ots.instantie, ots.uitgevoerd_door) == (
            Maatregel.OTS, Instantie.KINDERRECHTER, "Jeugdbescherming Regio")
        assert SignaalSoort.WORDT_18_MAATREGEL_STOPT in jaylen.signalen
        checklist = services.checklist18.for_case(jaylen.id)
        assert 0 < checklist.open_count < len(checklist.punten)
        jesse = by_name["Jesse Verhoeckx"]
        assert services.checklist18.for_case(jesse.id).open_count == 5
    finally:
        vault.lock()
