"""Existing care entered by hand on a new vault: the signals see it, bad dates change nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tafel.domain.dates import add_years
from tafel.domain.enums import Wetskader
from tafel.domain.signals import SignaalSoort
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.indicaties import NieuweIndicatie
from tests.builders import TODAY, new_case

W = Wetskader


def _summary_signals(services: Services) -> set[SignaalSoort]:
    [summary] = services.casussen.summaries()
    return set(summary.signalen)


def test_care_entered_by_hand_raises_its_signals_in_the_case_list(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id  # Noor, 17
    assert case_id is not None
    assert not {SignaalSoort.INDICATIE_STOPT_BIJ_18, SignaalSoort.WACHTLIJST,
                SignaalSoort.INDICATIE_LOOPT_AF} & _summary_signals(services)
    youth = services.indicaties.add(case_id, NieuweIndicatie(
        W.JEUGDWET, "Ambulante begeleiding", "Jeugdhulp De Brug",
        startdatum=TODAY - timedelta(days=200))).primary_id
    assert SignaalSoort.INDICATIE_STOPT_BIJ_18 in _summary_signals(services)
    services.indicaties.add(case_id, NieuweIndicatie(
        W.WMO, "Begeleid wonen", "Stichting Onderdak", wachtlijst=True,
        wachtlijst_sinds=TODAY - timedelta(days=40)))
    assert SignaalSoort.WACHTLIJST in _summary_signals(services)
    # Wmo after 18 takes the "stops at 18" signal away; an end date near brings its own.
    assert youth is not None
    services.indicaties.edit(youth, NieuweIndicatie(
        W.JEUGDWET, "Ambulante begeleiding", "Jeugdhulp De Brug",
        startdatum=TODAY - timedelta(days=200), einddatum=TODAY + timedelta(days=30),
        kader_na_18=W.WMO))
    signals = _summary_signals(services)
    assert SignaalSoort.INDICATIE_STOPT_BIJ_18 not in signals
    assert SignaalSoort.INDICATIE_LOOPT_AF in signals


def test_ending_care_keeps_the_record_and_silences_its_signals(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    care = services.indicaties.add(case_id, NieuweIndicatie(
        W.JEUGDWET, "Gezinscoaching", startdatum=TODAY - timedelta(days=90))).primary_id
    assert care is not None
    services.indicaties.end(care, reden="Het gaat goed zonder")
    [ended] = services.casussen.open(case_id).indicaties
    assert (ended.beeindigd_op, ended.einddatum, ended.reden_einde) == (
        TODAY, TODAY, "Het gaat goed zonder")
    assert SignaalSoort.INDICATIE_STOPT_BIJ_18 not in _summary_signals(services)
    with pytest.raises(ValidationError, match="al beëindigd"):
        services.indicaties.end(care)
    with pytest.raises(ValidationError, match="kan niet meer veranderen"):
        services.indicaties.edit(care, NieuweIndicatie(W.WMO, "Gezinscoaching"))


def test_an_end_date_before_the_start_is_refused_and_nothing_changes(
        services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    start = TODAY - timedelta(days=10)
    with pytest.raises(ValidationError, match="einddatum van de indicatie ligt vóór"):
        services.indicaties.add(case_id, NieuweIndicatie(
            W.WMO, "Begeleiding", startdatum=start, einddatum=start - timedelta(days=1)))
    care = services.indicaties.add(case_id, NieuweIndicatie(
        W.WMO, "Begeleiding", startdatum=start)).primary_id
    assert care is not None
    before = services.casussen.open(case_id).indicaties
    with pytest.raises(ValidationError, match="einddatum van de indicatie ligt vóór"):
        services.indicaties.edit(care, NieuweIndicatie(
            W.WMO, "Begeleiding", startdatum=start, einddatum=start - timedelta(days=5)))
    with pytest.raises(ValidationError, match="einddatum van de indicatie ligt vóór"):
        services.indicaties.end(care, on=start - timedelta(days=1))
    assert services.casussen.open(case_id).indicaties == before


def test_an_edit_that_changes_nothing_writes_nothing(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    new = NieuweIndicatie(W.ZVW, "POH-GGZ", "Huisarts", startdatum=add_years(TODAY, -1))
    care = services.indicaties.add(case_id, new).primary_id
    assert care is not None
    assert services.indicaties.edit(care, new).is_empty
