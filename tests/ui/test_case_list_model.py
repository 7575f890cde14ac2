"""The case list model on its own: Qt's model tester, filters and sorting."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt

from tafel.domain.enums import CasusStatus
from tafel.domain.signals import SignaalSoort
from tafel.ui.models.casus_list_model import (
    CASE_ID_ROLE,
    CasusListModel,
    Column,
    SignalFilter,
    StatusFilter,
)
from tafel.views.casussen import CasusSummary


def summary(name: str, age: int, status: CasusStatus, *signals: SignaalSoort) -> CasusSummary:
    return CasusSummary(
        id=uuid.uuid4(), referentie=f"T-2026-{age:04d}", huishouden=f"Huishouden {name}",
        jongere=name, geboortedatum=date(2026 - age, 1, 1), leeftijd=age, status=status,
        casusregisseur="Fatima", signalen=signals,
        search_text=f"t-2026-{age:04d} huishouden {name} {name} fatima".casefold(),
    )


ROWS = [
    summary("Bram", 17, CasusStatus.INTAKE, SignaalSoort.WORDT_18),
    summary("Anna", 21, CasusStatus.UITVOERING, SignaalSoort.WACHTLIJST),
    summary("Cas", 23, CasusStatus.AFGESLOTEN),
    summary("Dewi", 19, CasusStatus.WAAKVLAM),
]


def names(model: CasusListModel) -> list[str]:
    return [model.index(r, Column.JONGERE).data() for r in range(model.rowCount())]


def test_passes_qt_model_tester(qtmodeltester, app) -> None:  # type: ignore[no-untyped-def]
    model = CasusListModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)


def test_open_cases_by_default_sorted_by_name(app) -> None:  # type: ignore[no-untyped-def]
    model = CasusListModel()
    model.set_rows(ROWS)
    assert names(model) == ["Anna", "Bram", "Dewi"]
    model.set_status_filter(StatusFilter.ALL)
    assert names(model) == ["Anna", "Bram", "Cas", "Dewi"]


def test_search_needs_every_word(app) -> None:  # type: ignore[no-untyped-def]
    model = CasusListModel()
    model.set_rows(ROWS)
    model.set_search("huishouden br")
    assert names(model) == ["Bram"]
    model.set_search("huishouden zz")
    assert names(model) == []


def test_signal_filters(app) -> None:  # type: ignore[no-untyped-def]
    model = CasusListModel()
    model.set_rows(ROWS)
    model.set_signal_filter(SignalFilter.AGE)
    assert names(model) == ["Bram"]
    model.set_signal_filter(SignalFilter.CARE)
    assert names(model) == ["Anna"]
    model.set_signal_filter(SignaalSoort.WACHTLIJST.value)
    assert names(model) == ["Anna"]
    model.set_signal_filter(SignalFilter.NONE)
    assert names(model) == ["Dewi"]


def test_sort_by_age_descending_keeps_the_filter(app) -> None:  # type: ignore[no-untyped-def]
    model = CasusListModel()
    model.set_rows(ROWS)
    model.sort(Column.LEEFTIJD, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Anna", "Dewi", "Bram"]
    assert model.index(0, 0).data(CASE_ID_ROLE) == ROWS[1].id


def test_clear_forgets_every_row(app) -> None:  # type: ignore[no-untyped-def]
    model = CasusListModel()
    model.set_rows(ROWS)
    model.clear()
    assert model.rowCount() == 0 and model.total_count() == 0


def test_typing_on_and_back_finds_what_a_fresh_search_finds(app) -> None:  # type: ignore[no-untyped-def]
    """A keystroke looks only in the rows shown; typing back or a new word looks in all."""
    model = CasusListModel()
    model.set_rows(ROWS)
    model.set_status_filter(StatusFilter.ALL)
    for typed in ("a", "an", "ann", "an", "a", "a f", "d", "dewi", "dew 19", "ca", "", "2026"):
        model.set_search(typed)
        fresh = CasusListModel()
        fresh.set_rows(ROWS)
        fresh.set_status_filter(StatusFilter.ALL)
        fresh.set_search(typed)
        assert names(model) == names(fresh), typed
    model.set_search("a")
    model.set_status_filter(StatusFilter.OPEN)  # a filter change keeps the search
    assert names(model) == ["Anna", "Bram", "Dewi"]  # not Cas: closed
    model.set_search("an")
    model.set_status_filter(StatusFilter.ALL)
    assert names(model) == ["Anna"]
