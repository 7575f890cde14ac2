"""The case list on a new vault: the 18 signals, search and whole signal chips.

Rendered as on a 1366x768 laptop: the list gets about half the window.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QFontMetrics

from tafel.domain.enums import Gegevenscategorie, NetwerkSoort, Rol, Wetskader
from tafel.domain.signals import SignaalSoort
from tafel.services import Services
from tafel.services.indicaties import NieuweIndicatie
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.toestemmingen import NieuweToestemming
from tafel.ui.casus_list_panel import CasusListPanel
from tafel.ui.models.casus_list_model import SIGNAL_LABELS_ROLE, Column
from tafel.ui.widgets.signal_chips import chip_layout
from tests.builders import TODAY, new_case

WITHOUT_PLAN = "Wordt binnen een half jaar 18, nog geen toekomstplan"


def _names(panel: CasusListPanel) -> list[str]:
    return [panel.model.index(r, Column.JONGERE).data() for r in range(panel.model.rowCount())]


def _panel(qtbot, services: Services) -> CasusListPanel:  # type: ignore[no-untyped-def]
    panel = CasusListPanel()
    qtbot.addWidget(panel)
    panel.resize(690, 640)  # the list's share of a 1366x768 window
    panel.show()
    qtbot.waitExposed(panel)
    panel.model.set_rows(services.casussen.summaries())
    return panel


def test_eighteen_without_a_plan_shows_and_filters(qtbot, app, services: Services) -> None:  # type: ignore[no-untyped-def]
    services.casussen.register(new_case(voornaam="Noor"))
    planned = services.casussen.register(new_case(voornaam="Daan")).primary_id
    services.plans.start(planned)
    services.casussen.register(new_case(voornaam="Sem", geboortedatum=TODAY.replace(year=2005)))
    panel = _panel(qtbot, services)
    labels = {panel.model.index(r, Column.JONGERE).data():
              panel.model.index(r, Column.SIGNALEN).data(SIGNAL_LABELS_ROLE)
              for r in range(panel.model.rowCount())}
    assert WITHOUT_PLAN in labels["Noor Bakker"]
    assert WITHOUT_PLAN not in labels["Daan Bakker"]
    assert "Wordt 18, toekomstplan is er" in labels["Daan Bakker"]
    combo = panel.signal_filter
    combo.setCurrentIndex(combo.findData(SignaalSoort.WORDT_18_ZONDER_PLAN.value))
    assert combo.currentText() == WITHOUT_PLAN
    assert _names(panel) == ["Noor Bakker"]
    combo.setCurrentIndex(combo.findData(SignaalSoort.WORDT_18.value))
    assert _names(panel) == ["Daan Bakker"]


def test_search_finds_place_household_members_and_network(qtbot, app, services: Services) -> None:  # type: ignore[no-untyped-def]
    case_id = services.casussen.register(new_case(plaats="Hengelo")).primary_id
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.OUDER, "Ingrid", "Vos"))
    services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Bas Mentink", rol="mentor", organisatie="ROC"))
    services.casussen.register(new_case(voornaam="Tess", achternaam="Jansen",
                                        huishouden="Jansen", plaats="Almelo"))
    panel = _panel(qtbot, services)
    for words in ("hengelo", "Ingrid Vos", "mentink"):
        panel.search_edit.clear()
        qtbot.keyClicks(panel.search_edit, words)
        assert _names(panel) == ["Noor Bakker"], words
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, "almelo")
    assert _names(panel) == ["Tess Jansen"]


def test_many_signals_are_whole_chips_within_the_row(qtbot, app, services: Services) -> None:  # type: ignore[no-untyped-def]
    case_id = services.casussen.register(new_case()).primary_id
    services.toestemmingen.add(case_id, NieuweToestemming(
        "School", "verzuim", (Gegevenscategorie.SCHOOL_WERK,),
        gegeven_op=TODAY - timedelta(days=300), verloopt_op=TODAY + timedelta(days=10)))
    services.indicaties.add(case_id, NieuweIndicatie(
        Wetskader.WMO, "dagbesteding", einddatum=TODAY + timedelta(days=20)))
    services.indicaties.add(case_id, NieuweIndicatie(Wetskader.JEUGDWET, "begeleiding"))
    services.indicaties.add(case_id, NieuweIndicatie(
        Wetskader.WLZ, "logeren", wachtlijst=True, wachtlijst_sinds=TODAY - timedelta(days=9)))
    panel = _panel(qtbot, services)
    index = panel.model.index(0, Column.SIGNALEN)
    labels = index.data(SIGNAL_LABELS_ROLE)
    assert len(labels) >= 5 and labels[0] == WITHOUT_PLAN
    cell = panel.table.visualRect(index)
    chips = chip_layout(labels, cell.width(), QFontMetrics(panel.table.font()))
    assert chips[0][1] == WITHOUT_PLAN  # the most pressing one is drawn in full
    assert chips[-1][1].startswith("+")  # the rest are counted, not cut
    fm = QFontMetrics(panel.table.font())
    for rect, text in chips:
        assert rect.right() < cell.width() and rect.height() <= cell.height(), text
        inner = rect.adjusted(8, 3, -8, -3)
        needed = fm.boundingRect(inner.adjusted(0, 0, 0, 1000), 0x1000, text)
        assert needed.height() <= inner.height(), text  # the text fits its chip
