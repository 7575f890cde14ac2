"""The demo toekomstplannen: one signed, one with a doorbraak, one still a concept."""

from __future__ import annotations

import itertools
import math
from datetime import timedelta
from pathlib import Path

from tafel.demo.households import fill_demo
from tafel.demo.signatures import PAD_RATIO, signature_strokes
from tafel.domain.enums import Pijler
from tafel.domain.plan_content import (
    DOORBRAAK_PARTS,
    PILLAR_PARTS,
    WAARDEN,
    DoorbraakSoort,
    KostenRoute,
    Schrijver,
    VersieStatus,
    pillar_key,
)
from tafel.services import Services
from tafel.vault import Vault
from tafel.views.plans import PlanView, SignerKind
from tests.builders import CHEAP, PASSPHRASE, TODAY


def _plans(services: Services) -> list[PlanView]:
    views = [services.plans.for_case(s.id) for s in services.casussen.summaries()]
    return [v for v in views if v is not None]

def _one(services: Services, status: VersieStatus) -> PlanView:
    (view,) = [v for v in _plans(services) if v.latest.status is status]
    return view

def _filled_pillars(view: PlanView) -> list[Pijler]:
    content = view.latest.content
    return [p for p in Pijler if any(content.text(pillar_key(p, part)) for part in PILLAR_PARTS)]

def test_three_plans_signed_doorbraak_and_concept(demo_services: Services) -> None:
    plans = _plans(demo_services)
    assert len(plans) >= 3
    statuses = {v.latest.status for v in plans}
    assert statuses >= {VersieStatus.GETEKEND, VersieStatus.TER_ONDERTEKENING,
                        VersieStatus.CONCEPT}
    # The 17-year-old nearing 18 is left without a plan: his case shows it must be made.
    names = {v.case.jongere.naam for v in plans}
    assert "Jesse Verhoeckx" not in names

def test_every_plan_is_filled_in_like_a_real_one(demo_services: Services) -> None:
    domains = {f"{d.pillar.value}.{d.key}"
               for d in demo_services.gesprekken.library.newest().domains}
    for view in _plans(demo_services):
        content = view.latest.content
        who = view.case.jongere.naam
        for key in ("perspectief", "droom", "vangnet"):
            assert content.text(key), (who, key)
        assert len(_filled_pillars(view)) >= 3, who
        assert content.doelscores and set(content.doelscores) <= domains, who
        assert all(1 <= score <= 5 for score in content.doelscores.values())
        assert 3 <= len(content.afspraken) <= 6, who
        for afspraak in content.afspraken:
            owner = view.case.person(afspraak.eigenaar)
            assert owner is not None and owner.naam == afspraak.eigenaar_naam, afspraak
            assert afspraak.actie and afspraak.pijler is not None
            assert afspraak.deadline is not None
            assert abs((afspraak.deadline - TODAY).days) < 366, afspraak
            if not afspraak.status.is_finished:
                assert afspraak.deadline > TODAY - timedelta(days=30), afspraak
        assert content.evaluatie_datum is not None and content.evaluatie_datum > TODAY
        writers = {content.auteurs[key].schrijver for key in content.teksten}
        assert writers == {Schrijver.JONGERE, Schrijver.PROFESSIONAL}, who
        professional = [k for k in content.teksten if content.written_by_professional(k)]
        assert "perspectief" not in professional and professional, who
        # the casusregisseur writes along, whoever built the demo
        assert {content.auteurs[k].naam for k in professional} == {view.case.casusregisseur}

def test_the_signed_plan_has_two_signed_versions_that_verify(demo_services: Services) -> None:
    view = _one(demo_services, VersieStatus.GETEKEND)
    first, second = view.versions
    assert (first.status, second.status) == (VersieStatus.VERVANGEN, VersieStatus.GETEKEND)
    assert first.getekend_op is not None and second.getekend_op is not None
    assert first.getekend_op < second.getekend_op <= TODAY
    assert first.content != second.content
    signers = view.expected_signers(second.content, TODAY)
    kinds = {p.soort for p in signers}
    assert view.case.is_minor(TODAY) and SignerKind.OUDER in kinds
    assert SignerKind.PROFESSIONAL in kinds
    for version in (first, second):
        assert {s.sleutel for s in version.current_signatures} >= {p.sleutel for p in signers}
        assert version.outdated_signatures == ()
    check = demo_services.plans.verify(second.inhoud_hash)
    assert check.found and check.all_signed and not check.replaced
    old = demo_services.plans.verify(first.inhoud_hash)
    assert old.found and old.all_signed and old.replaced and old.newest_versie == 2

def test_the_doorbraak_plan_compares_three_routes(demo_services: Services) -> None:
    view = _one(demo_services, VersieStatus.TER_ONDERTEKENING)
    content = view.latest.content
    assert content.has_doorbraak()
    for part in DOORBRAAK_PARTS:
        assert content.text(f"doorbraak.{part}"), part
    for corner in WAARDEN:
        assert content.text(f"waarden.{corner}"), corner
    assert content.uitzondering_nodig is True
    assert content.doorbraak_soort is DoorbraakSoort.GIFT
    totals = {route: content.route_total_cent(route) for route in KostenRoute}
    assert all(content.costs(route) for route in KostenRoute)
    assert all(total > 0 for total in totals.values())
    assert totals[KostenRoute.DREIGEND] > 5 * totals[KostenRoute.PLAN]
    gift = [k for k in content.costs(KostenRoute.PLAN) if k.totaal_cent == 170_000]
    assert gift and "1.700" in content.text("doorbraak.besluit")
    assert any(k.periode > 1 and k.eenheid for k in content.costs(KostenRoute.DREIGEND))
    # Signed by the young person; the begeleider signed an older text, so hers is outdated.
    assert len(view.latest.current_signatures) == 1
    assert len(view.latest.outdated_signatures) == 1
    assert view.latest.current_signatures[0].sleutel == view.case.jongere.sleutel
    check = demo_services.plans.verify(view.latest.inhoud_hash)
    assert check.found and check.missing and not check.replaced
    assert check.sentences()[1].startswith("Nog niet getekend door:")
    outdated = demo_services.plans.verify(view.latest.outdated_signatures[0].inhoud_hash)
    assert outdated.found and outdated.changed_since and outdated.replaced

def test_the_concept_is_half_written_with_an_afspraak_overdue(demo_services: Services) -> None:
    view = _one(demo_services, VersieStatus.CONCEPT)
    assert len(view.versions) == 1 and view.latest.signatures == ()
    assert 0 < len(_filled_pillars(view)) < len(Pijler)
    assert any(a.is_overdue(TODAY) for a in view.latest.content.afspraken)
    assert not view.latest.content.kosten

def test_demo_signatures_look_handwritten(demo_services: Services) -> None:
    signatures = [s for v in _plans(demo_services) for version in v.versions
                  for s in version.signatures]
    assert len(signatures) >= 10
    for signature in signatures:
        assert signature.verhouding == PAD_RATIO
        points = [p for stroke in signature.lijnen for p in stroke]
        assert len(signature.lijnen) >= 2 and len(points) >= 30
        assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in points)
        xs, ys = [x for x, _ in points], [y for _, y in points]
        assert max(xs) - min(xs) > 0.4 and max(ys) - min(ys) > 0.5
        assert _turns(signature.lijnen) >= 8, signature.naam  # loops, not a ruler line
    by_name = {s.naam: s.lijnen for s in signatures}
    assert len(set(by_name.values())) == len(by_name)  # everyone signs differently

def _turns(strokes: tuple[tuple[tuple[float, float], ...], ...]) -> int:
    """How often the pen turns from going up to going down."""
    turns = 0
    for stroke in strokes:
        dys = [b[1] - a[1] for a, b in itertools.pairwise(stroke)
               if not math.isclose(a[1], b[1])]
        turns += sum(1 for a, b in itertools.pairwise(dys) if (a < 0) != (b < 0))
    return turns

def test_signature_strokes_are_the_same_for_the_same_name() -> None:
    assert signature_strokes("Dylan Koerhuis") == signature_strokes("Dylan Koerhuis")
    assert signature_strokes("Dylan Koerhuis") != signature_strokes("Kim Koerhuis")
    assert signature_strokes("")  # even an empty name leaves something to draw

def _comparable(services: Services) -> list[dict]:
    """Every version's content without the random ids, per young person."""
    found = []
    for view in sorted(_plans(services), key=lambda v: v.case.jongere.naam):
        for version in view.versions:
            data = version.content.canonical()
            for item in data["afspraken"] + data["kosten"]:
                item.pop("id")
                item.pop("eigenaar", None)  # "persoon:<uuid>": the people have new ids
            signatures = [(s.naam, s.datum, s.lijnen, s.current) for s in version.signatures]
            found.append({"wie": view.case.jongere.naam, "status": version.status,
                          "inhoud": data, "handtekeningen": signatures})
    return found

def test_the_same_today_gives_the_same_plans(demo_services: Services, tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "again.tafel", PASSPHRASE, CHEAP)
    try:
        again = Services(vault, "Test", today=lambda: TODAY)
        fill_demo(again, TODAY)
        assert _comparable(again) == _comparable(demo_services)
        later = TODAY + timedelta(days=1)
        other = Vault.create(tmp_path / "later.tafel", PASSPHRASE, CHEAP)
        try:
            shifted = Services(other, "Test", today=lambda: later)
            fill_demo(shifted, later)
            assert _comparable(shifted) != _comparable(demo_services)
        finally:
            other.lock()
    finally:
        vault.lock()
