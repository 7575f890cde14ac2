"""Kengetallen: the figures per phase, the change per pillar, small cells suppressed, the export.

The figures are built from real vaults; the change per pillar is checked on a case built
here with known scores, and the suppression on vaults with exactly 4 and 5 cases in a phase.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import col, select

from tafel.domain.enums import CasusStatus, Pijler
from tafel.domain.models import AuditEvent
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import TafelError
from tafel.services import Services
from tafel.services.kengetallen import casus_feiten
from tafel.views.kengetallen import DREMPEL, eerste_en_laatste, kengetallen, verborgen
from tests.builders import (
    TODAY,
    finished_keukentafelgesprek,
    finished_snelle_check,
    many_cases,
    new_case,
)

# The snelle check after the keukentafelgesprek (which scores every domain 2 and 4, cijfer 6).
LATER = {"wonen": (4, 5), "inkomen": (3, 3), "welzijn": (1, 2), "school_werk": (5, 5),
         "support": (2, 4)}
CHANGE = {Pijler.WONEN: (2.0, 1.0), Pijler.INKOMEN: (1.0, -1.0), Pijler.WELZIJN: (-1.0, -2.0),
          Pijler.SCHOOL_WERK: (3.0, 1.0), Pijler.SUPPORT: (0.0, 0.0)}


def _register(services: Services, status: CasusStatus, count: int) -> None:
    for i in range(count):
        case = services.casussen.register(new_case(voornaam=f"Kind{status.value}{i}"))
        assert case.primary_id is not None
        if status is not CasusStatus.AANMELDING:
            services.casussen.set_status(case.primary_id, status)


def test_the_change_per_pillar_is_latest_minus_first_for_each_voice(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    finished_keukentafelgesprek(services, case_id)
    finished_snelle_check(services, case_id, LATER, rapportcijfer=8)
    with services.context.vault.transaction() as session:
        (facts,) = casus_feiten(session)
    for pijler, (professional, young) in CHANGE.items():
        first, last = eerste_en_laatste(facts.metingen, pijler, "professional") or (0, 0)
        assert last - first == professional, pijler
        first, last = eerste_en_laatste(facts.metingen, pijler, "young") or (0, 0)
        assert last - first == young, pijler
    assert eerste_en_laatste(facts.metingen, None) == (6.0, 8.0)

    alone = services.kengetallen.figuren()  # one case: every change is suppressed
    assert alone.cel("verandering", "wonen", "professional").onderdrukt
    five = kengetallen([facts] * DREMPEL, TODAY)
    for pijler, (professional, young) in CHANGE.items():
        cell = five.cel("verandering", pijler.value, "professional")
        assert (cell.casussen, cell.waarde) == (5, professional)
        assert five.cel("verandering", pijler.value, "jongere").waarde == young
    assert five.cel("verandering", "rapportcijfer", "jongere").waarde == 2.0
    assert five.cel("verandering", "wonen", "jongere").getoond() == "+1.0"


def test_four_cases_in_a_phase_are_suppressed_and_five_are_shown(services: Services) -> None:
    _register(services, CasusStatus.INTAKE, 4)
    _register(services, CasusStatus.PLAN, 6)
    figures = services.kengetallen.figuren()
    intake, plan = figures.cel("fase", "intake"), figures.cel("fase", "plan")
    assert intake.onderdrukt and intake.waarde is None
    # Shown with the total of 10, the 6 would give the 4 away: it is suppressed too.
    assert plan.onderdrukt
    assert figures.cel("fase", "totaal").waarde == 10

    _register(services, CasusStatus.INTAKE, 1)
    figures = services.kengetallen.figuren()
    assert (figures.cel("fase", "intake").casussen, figures.cel("fase", "intake").waarde) == (5, 5)
    assert figures.cel("fase", "plan").waarde == 6
    assert figures.cel("fase", "uitvoering").onderdrukt  # a zero is fewer than five too


@pytest.mark.parametrize(("counts", "total", "hidden"), [
    ([4, 6], 10, {0, 1}),
    ([5, 6], 11, set()),
    ([1, 2, 10], 13, {0, 1, 2}),
    ([2, 3, 10], 15, {0, 1}),
    ([0, 5, 9], 14, {0}),
    ([0, 1, 5, 9], 15, {0, 1, 2}),
    ([1, 3], 4, {0, 1, 2}),
    ([3, 7], None, {0}),
])
def test_suppressed_cells_never_add_up_to_fewer_than_five(
        counts: list[int], total: int | None, hidden: set[int]) -> None:
    assert verborgen(counts, total) == hidden


def test_no_suppressed_cell_can_be_found_back_from_the_total() -> None:
    """Every table of up to four cells of 0..12: the hidden cells hold none or at least 5."""
    import itertools

    for size in range(1, 5):
        for counts in itertools.product(range(13), repeat=size):
            total = sum(counts)
            hidden = verborgen(list(counts), total)
            if size in hidden:
                continue  # the total is hidden: every cell is
            cells = [i for i in hidden if i < size]
            assert all(counts[i] >= DREMPEL for i in range(size) if i not in hidden)
            assert sum(counts[i] for i in cells) in (0, *range(DREMPEL, total + 1)), counts


def test_cases_that_came_back_after_closing(services: Services) -> None:
    ids = []
    for i in range(11):
        case = services.casussen.register(new_case(voornaam=f"Kind{i}")).primary_id
        assert case is not None
        ids.append(case)
    for case in ids[:10]:
        services.casussen.close(case)
    for case in ids[:5]:
        services.casussen.reopen(case)
    figures = services.kengetallen.figuren()
    assert figures.cel("teruggekomen", "heropend").waarde == 5
    assert figures.cel("teruggekomen", "niet_heropend").waarde == 5
    assert figures.cel("teruggekomen", "totaal").waarde == 10  # the one never closed is not in

    services.casussen.close(ids[10])
    services.casussen.reopen(ids[10])
    services.casussen.reopen(ids[9])  # 7 came back, 4 did not: 11 - 7 would give the 4 away
    figures = services.kengetallen.figuren()
    assert figures.cel("teruggekomen", "niet_heropend").onderdrukt
    assert figures.cel("teruggekomen", "heropend").onderdrukt
    assert figures.cel("teruggekomen", "totaal").waarde == 11


def test_the_export_is_written_and_logged_without_figures_or_case_text(
        demo_services: Services, tmp_path: Path) -> None:
    target = tmp_path / "kengetallen.csv"
    made = demo_services.kengetallen.exporteer(target)
    assert target.read_text(encoding="utf-8").startswith("peildatum,tabel,rij,")
    assert made.changes.is_empty  # it changed no record
    assert made.onderdrukt > 0
    with demo_services.context.vault.transaction() as session:
        last = session.exec(select(AuditEvent).order_by(col(AuditEvent.volgnummer).desc())).first()
    assert last is not None
    assert (last.actie, last.soort) == (AuditAction.GEEXPORTEERD, RecordKind.KENGETALLEN)
    assert last.casus_id == "" and last.record_id == ""
    assert str(tmp_path) not in last.details and "kengetallen.csv" not in last.details


def test_an_export_that_cannot_be_written_leaves_no_log_entry(
        demo_services: Services, tmp_path: Path) -> None:
    with demo_services.context.vault.transaction() as session:
        before = len(session.exec(select(AuditEvent)).all())
    with pytest.raises(TafelError):
        demo_services.kengetallen.exporteer(tmp_path / "no such folder" / "k.csv")
    with demo_services.context.vault.transaction() as session:
        assert len(session.exec(select(AuditEvent)).all()) == before


def test_the_18_transition_with_and_without_a_plan(services: Services) -> None:
    many_cases(services)
    figures = services.kengetallen.figuren()
    assert figures.cel("overgang_18", "plan_op_17").waarde == 7
    assert figures.cel("overgang_18", "geen_plan").waarde == 5
    assert figures.cel("overgang_18", "plan_voor_17").onderdrukt  # a zero, hiding nothing
    assert figures.cel("overgang_18", "totaal").waarde == 12
    # The one afgesloten case is hidden, and so is the smallest phase beside it (intake, 7).
    assert [figures.cel("fase", s).waarde for s in ("intake", "plan", "uitvoering")] == [
        None, 7, 13]
    assert figures.cel("fase", "afgesloten").onderdrukt
    assert figures.cel("verandering", "wonen", "professional").waarde == 1.0
    assert figures.cel("verandering", "wonen", "jongere").waarde == 2.0
    assert figures.cel("verandering", "rapportcijfer", "jongere").waarde == 2.0
    # 5 of 6 came back: the 1 is hidden, and the 5 with it (6 - 5 would give it away).
    assert figures.cel("teruggekomen", "niet_heropend").onderdrukt
    assert figures.cel("teruggekomen", "heropend").onderdrukt
    assert figures.cel("teruggekomen", "totaal").waarde == 6
