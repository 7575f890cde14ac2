"""The printed plan of a plan read in from elsewhere: a part not shared says so on paper.

Printed as "Nog niet ingevuld", a part the household did not share with this vault would
tell the family that nobody wrote anything there. It says it was not shared instead.
"""

from __future__ import annotations

from pathlib import Path

from tafel.domain.enums import Gegevenscategorie as C
from tafel.services import Services
from tafel.services.plan_print import plan_pdf
from tests.builders import build_plan, pdf_text, plan_from_elsewhere

NOT_SHARED = "Dit deel is niet gedeeld."


def _printed(services: Services, tmp_path: Path, categorieen: tuple[C, ...]) -> str:
    case_id = plan_from_elsewhere(services, tmp_path / "wijkteam", categorieen)
    view = services.plans.for_case(case_id)
    assert view is not None
    return pdf_text(plan_pdf(services, view.latest.id))


def _pillar(text: str, name: str, following: str) -> str:
    part = text[text.index("Mijn plan per pijler"):]
    return part[part.index(name):part.index(following)]


def test_a_pillar_not_shared_is_printed_as_not_shared(demo_services: Services,
                                                      tmp_path: Path) -> None:
    text = _printed(demo_services, tmp_path, tuple(c for c in C if c is not C.INKOMEN))
    inkomen = _pillar(text, "Inkomen", "Welzijn")
    assert NOT_SHARED in inkomen and "Nog niet ingevuld" not in inkomen
    assert "zorgverzekeraar" not in text and "Betalingsregeling" not in text
    assert NOT_SHARED not in _pillar(text, "Wonen", "Inkomen")
    assert "Ik wil een eigen kamer." in text
    assert text.count(NOT_SHARED) == 1


def test_without_the_plan_itself_the_perspectief_and_vangnet_say_so(
    demo_services: Services, tmp_path: Path,
) -> None:
    text = _printed(demo_services, tmp_path, (C.PERSOONSGEGEVENS, C.WONEN))
    cover = text[:text.index("Hoe gaat het nu?")]
    assert NOT_SHARED in cover and "Nog niet ingevuld" not in cover
    vangnet = text[text.index("Vangnet"):text.index("Evaluatie")]
    assert NOT_SHARED in vangnet
    assert text.count(NOT_SHARED) == 1 + 4 + 1  # perspectief, four pillars, vangnet


def test_a_plan_made_here_prints_as_before(demo_services: Services) -> None:
    built = build_plan(demo_services)
    assert NOT_SHARED not in pdf_text(plan_pdf(demo_services, built.version_id))
