"""A signature typed with the keyboard: the name and an explicit confirmation, no strokes.

For someone who cannot draw on the pad (no mouse, a tremor, a screen reader). It counts as a
signature, is stored marked as typed, says so on paper and keeps the mark in a bundle.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tafel.domain.enums import Gegevenscategorie
from tafel.errors import ValidationError
from tafel.render.plan_pdf import render_plan_pdf
from tafel.services import Services
from tafel.services.plan_print import gather
from tafel.services.plans import NieuweHandtekening
from tafel.sync.minisign import SigningKey
from tafel.views.plans import signing_state
from tests.builders import (
    TODAY,
    WAVE,
    Laptop,
    build_plan,
    introduce,
    laptop,
    new_case,
    pdf_text,
    send,
    share_with,
)
from tests.bundle_forgeries import Party, forge


def _typed(sleutel: str, naam: str) -> NieuweHandtekening:
    return NieuweHandtekening(sleutel, naam, "jongere", "Eikenrode", TODAY, [], getypt=True)


def _sign_typed(services: Services, case_id: uuid.UUID) -> str:
    """The first person still to sign signs with the keyboard; their name."""
    view = services.plans.for_case(case_id)
    assert view is not None
    version = view.latest
    person = next(p for p, sig in signing_state(
        view.expected_signers(version.content, TODAY), version.signatures) if sig is None)
    services.plans.sign(version.id, _typed(person.sleutel, person.naam), version.inhoud_hash)
    return person.naam


def test_a_typed_signature_counts_and_is_marked_typed(demo_services: Services) -> None:
    built = build_plan(demo_services)
    name = _sign_typed(demo_services, built.case_id)
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    signatures = {s.naam: s for s in view.latest.current_signatures}
    assert signatures[name].getypt and signatures[name].lijnen == ()
    assert not signatures[built.jongere].getypt  # the drawn one stays drawn
    state = dict((p.naam, sig) for p, sig in signing_state(
        view.expected_signers(view.latest.content, TODAY), view.latest.signatures))
    assert state[name] is not None  # the person counts as signed


def test_a_typed_signature_with_strokes_or_without_name_is_refused(
        demo_services: Services) -> None:
    built = build_plan(demo_services)
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    version = view.latest
    with pytest.raises(ValidationError, match="geen getekende lijnen"):
        demo_services.plans.sign(version.id, NieuweHandtekening(
            "", "Iemand", "", "", TODAY, WAVE, getypt=True), version.inhoud_hash)
    with pytest.raises(ValidationError, match="naam"):
        demo_services.plans.sign(version.id, _typed("", "  "), version.inhoud_hash)
    with pytest.raises(ValidationError, match="Zet eerst een handtekening"):  # drawn: strokes
        demo_services.plans.sign(version.id, NieuweHandtekening(
            "", "Iemand", "", "", TODAY, []), version.inhoud_hash)


def test_paper_shows_a_typed_signature_as_typed_and_confirmed(demo_services: Services) -> None:
    built = build_plan(demo_services)
    name = _sign_typed(demo_services, built.case_id)
    text = pdf_text(render_plan_pdf(gather(demo_services, built.version_id)))
    assert text.count("Getypt en bevestigd op 23 november 2026") == 1, text
    assert text.count(name) >= 2  # the caption and the typed name on the line


# -- a bundle keeps the mark ------------------------------------------------------------------


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    wijkteam = laptop(tmp_path / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    jeugdhulp = laptop(tmp_path / "j", "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
    introduce(wijkteam, jeugdhulp)
    yield wijkteam, jeugdhulp
    for one in (wijkteam, jeugdhulp):
        one.vault.lock()


def _signed_case(wijkteam: Laptop, jeugdhulp: Laptop) -> tuple[uuid.UUID, str]:
    case_id = wijkteam.services.casussen.register(new_case()).primary_id
    assert case_id is not None
    share_with(wijkteam, case_id, jeugdhulp, tuple(Gegevenscategorie))
    wijkteam.services.plans.start(case_id)
    return case_id, _sign_typed(wijkteam.services, case_id)


def _typed_there(one: Laptop, case_id: uuid.UUID) -> dict[str, bool]:
    view = one.services.plans.for_case(case_id)
    assert view is not None
    return {s.naam: s.getypt for s in view.latest.signatures}


def test_a_bundle_carries_the_typed_mark(two: tuple[Laptop, Laptop]) -> None:
    wijkteam, jeugdhulp = two
    case_id, name = _signed_case(wijkteam, jeugdhulp)
    assert jeugdhulp.services.bundels.lees_in(
        send(wijkteam, case_id, jeugdhulp)).uitkomst.status == "toegepast"
    assert _typed_there(jeugdhulp, case_id) == {name: True}


def _party(one: Laptop) -> Party:
    keys = one.services.partijen.eigen_sleutels()
    return Party(one.naam, keys.age_identiteit, SigningKey.from_text(keys.tekensleutel),
                 keys.kluis_id)


def _without_mark(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
    """A bundle as tafel wrote it before typed signatures: no "getypt", and strokes."""
    manifest["bundle_id"] = str(uuid.uuid4())
    record = json.loads(parts["plan.json"])
    for signature in record["versies"][0]["handtekeningen"]:
        signature.pop("getypt")
        signature["lijnen"] = [[[0.1, 0.5], [0.9, 0.5]]]
    parts["plan.json"] = json.dumps(record).encode()


def test_an_older_bundle_without_the_mark_means_drawn(two: tuple[Laptop, Laptop]) -> None:
    wijkteam, jeugdhulp = two
    case_id, name = _signed_case(wijkteam, jeugdhulp)
    data = send(wijkteam, case_id, jeugdhulp)
    older = forge(data, _party(jeugdhulp), _party(jeugdhulp), change=_without_mark,
                  key=_party(wijkteam).signing)
    assert jeugdhulp.services.bundels.lees_in(older).uitkomst.status == "toegepast"
    assert _typed_there(jeugdhulp, case_id) == {name: False}


def test_an_inzage_says_the_signature_was_typed(demo_services: Services) -> None:
    from tafel.services.inzage import inzage_json_bytes

    built = build_plan(demo_services)
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    name = _sign_typed(demo_services, built.case_id)
    signer = next(p for p in view.case.people if p.naam == name)
    person_id = signer.sleutel.partition(":")[2]
    data = json.loads(inzage_json_bytes(demo_services.inzage.view(
        built.case_id, uuid.UUID(person_id))))
    signed = data["onderdelen"]["handtekeningen"]
    assert [r["gegevens"]["getypt"] for r in signed] == ["ja"]
