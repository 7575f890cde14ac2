"""The demo has a referral that was followed up and one that was not (so its signal shows)."""

from __future__ import annotations

from tafel.domain.signals import SignaalSoort
from tafel.services import Services


def test_the_demo_shows_a_followed_up_referral_and_one_without_follow_up(
    demo_services: Services,
) -> None:
    by_name = {s.jongere: s for s in demo_services.casussen.summaries()}
    kevin, jesse = by_name["Kevin Zwanenburg"], by_name["Jesse Verhoeckx"]
    assert SignaalSoort.VERWIJZING_ZONDER_VERVOLG in kevin.signalen
    assert SignaalSoort.VERWIJZING_ZONDER_VERVOLG not in jesse.signalen
    refs = demo_services.casussen.open(jesse.id).verwijzingen
    assert any(r.vervolg and r.contact_op for r in refs)
    [late] = demo_services.casussen.open(kevin.id).verwijzingen
    assert late.zonder_vervolg and late.contact_op and late.betrokkene_id is None
    assert demo_services.casussen.open(jesse.id).casus.aangemeld_door
