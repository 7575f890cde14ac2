"""Screenshots of many parties and one case: people filled in apart, and parts not shared.

Called by ``screenshots.py`` with an unlocked demo window, or on its own:

    QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_mensconflict.py [OUT_DIR]

Nadia's case gets what a bundle from the school's laptop brings: her phone number and her
BSN, her jongerencoach's role and the household's address set differently there. The
scene is built the way a bundle arrives (a copy of the case's people, edited apart with its
own CRDT client, merged by ``DossierService.merge``), then shot as a person sees it: the case
screen with its banner and marks, the choosing dialog, a BSN shown masked.

Then the wijkteam (a vault of its own, made here) shares Noor's case with this vault,
without Inkomen: the plan arrives with that part left out and shows it as not shared.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from tafel.domain.dossier_doc import DossierDoc, parse_field
from tafel.domain.enums import Gegevenscategorie, NetwerkSoort
from tafel.domain.plan_doc import SetAfspraak, SetTarget, SetText, new_client_id
from tafel.domain.plan_register import Stempel
from tafel.services import Services
from tafel.services.casussen import NieuweCasus
from tafel.services.netwerk import NieuweBetrokkene
from tafel.services.toestemmingen import NieuweToestemming
from tafel.ui.main_window import MainWindow
from tafel.vault import KdfParams, Vault

BSN_ELSEWHERE = "999900031"  # test BSNs (9999…) nobody in the demo has
BSN_HERE = "999900018"


def people_apart(services: Services, case_id: uuid.UUID, mine: dict[str, object],
                 theirs: dict[str, object], who: str) -> None:
    """``mine`` chosen here, ``theirs`` on ``who``'s laptop meanwhile, then merged here."""
    exported = services.dossier.export(case_id)
    copy = DossierDoc(exported.update, client_id=new_client_id())
    earlier = datetime.now(UTC) - timedelta(hours=3)  # they typed it this morning
    for field, value in theirs.items():
        kind, record_id, name = parse_field(field)
        copy.write(kind, record_id, name, value, Stempel.now(who, "school-laptop", earlier))
    for field, value in mine.items():
        services.dossier.choose(case_id, field, value)
    services.dossier.merge(case_id, copy.changes_since(exported.state))


def nadia_apart(services: Services) -> uuid.UUID:
    """Nadia's case after a bundle from the school: four details to choose."""
    case_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Nadia"))
    o = services.casussen.open(case_id)
    ravi = next(b.id for b in o.betrokkenen if b.naam == "Ravi Ramdin")
    nadia, household = o.jongere.id, o.huishouden.id
    people_apart(services, case_id, {
        f"persoon/{nadia}/telefoon": "06-41235678",
        f"persoon/{nadia}/bsn": BSN_HERE,
        f"betrokkene/{ravi}/rol": "jongerencoach",
        f"huishouden/{household}/adres": "Lindelaan 4",
    }, {
        f"persoon/{nadia}/telefoon": "06-18273645",
        f"persoon/{nadia}/bsn": BSN_ELSEWHERE,
        f"betrokkene/{ravi}/rol": "coach werk en inkomen",
        f"huishouden/{household}/adres": "Beukenlaan 12",
    }, "Priya Sitaldin")
    return case_id


def plan_without_inkomen(services: Services, folder: Path) -> uuid.UUID:
    """Noor's case and plan from the wijkteam's own vault, shared here without Inkomen."""
    vault = Vault.create(folder / "wijkteam.tafel", "wijkteam-eigen-kluis-lang-genoeg",
                         KdfParams(memory_kib=8192, time_cost=1))
    try:
        wijkteam = Services(vault, "Marloes Tjeerdsma", today=services.casussen.today)
        wijkteam.medewerker.vastleggen("Marloes Tjeerdsma", "Wijkteam Weidestad", "consulent")
        here = wijkteam.partijen.voeg_toe(services.partijen.kaart_bestand()).partij.id
        wijkteam.partijen.markeer_geverifieerd(here)
        there = services.partijen.voeg_toe(wijkteam.partijen.kaart_bestand()).partij.id
        services.partijen.markeer_geverifieerd(there)
        today = services.casussen.today()
        case_id = wijkteam.casussen.register(NieuweCasus(
            "Huishouden Bakker", "Noor", "Bakker", date(today.year - 17, 3, 14),
            "Marloes Tjeerdsma")).primary_id
        assert case_id is not None
        me = wijkteam.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
            NetwerkSoort.PROFESSIONEEL, services.context.actor, "consulent",
            "Wijkteam Oost")).primary_id
        assert me is not None
        wijkteam.partijen.koppel(here, me)
        wijkteam.toestemmingen.add(case_id, NieuweToestemming(
            ontvanger="", doel="Samen aan het toekomstplan werken",
            categorieen=tuple(c for c in Gegevenscategorie if c is not Gegevenscategorie.INKOMEN),
            gegeven_op=today, ontvanger_betrokkene_id=me))
        plan = wijkteam.plans.start(case_id).view.latest.id
        wijkteam.plans.edit(
            plan, SetText("perspectief", "Over een half jaar woon ik op mezelf in Weidestad, "
                                         "met een bijbaan naast school."),
            SetText("wonen.ik_doel", "Ik wil een eigen kamer, dicht bij school."),
            SetText("wonen.zelf_doen", "Ik schrijf me in bij Woonnet en kijk elke week."),
            SetText("inkomen.ik_doel", "Ik wil mijn schuld bij de zorgverzekeraar aflossen."),
            SetTarget("inkomen.financien", 4),
            SetAfspraak(None, {"actie": "Betalingsregeling aanvragen", "pijler": "inkomen"}),
            SetAfspraak(None, {"actie": "Inschrijven bij Woonnet", "pijler": "wonen",
                               "deadline": today + timedelta(days=14)}))
        bundle = wijkteam.bundels.exporteer(case_id, partij_ids=[here]).data
    finally:
        vault.lock()
    services.bundels.lees_in(bundle)
    return case_id


def take_mensconflict_shots(window: MainWindow, out: Path) -> None:
    """The case screen with its banner, the dialog, a BSN masked; a plan part not shared."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    workspace = window.workspace
    assert workspace is not None
    controller = window.controller
    settle = QApplication.processEvents

    def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(5):
            settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", f"{widget.width()}x{widget.height()}")

    case_id = nadia_apart(controller.services)
    workspace.reload()
    workspace.open_case(case_id)
    grab(window, "mens_case_banner")
    overview = workspace.overview
    scroll = overview.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(overview.household_section, 0, 0)
    grab(window, "mens_case_household")
    if scroll is not None:
        scroll.ensureWidgetVisible(overview.network_section.people, 0, 40)
    grab(window, "mens_case_network")

    overview.dossier_conflicts.open()
    dialog = overview.dossier_conflicts.dialog
    assert dialog is not None
    grab(dialog, "mens_conflict_dialog")
    bsn = next(c for c in dialog.cards if c.point.name == "bsn")
    dialog.scroll_area.ensureWidgetVisible(bsn)
    grab(dialog, "mens_conflict_dialog_bsn")
    phone = next(c for c in dialog.cards if c.point.name == "telefoon")
    dialog.scroll_area.ensureWidgetVisible(phone)
    phone.show_editor()
    grab(dialog, "mens_conflict_dialog_other")
    phone.hide_editor()
    phone.rows[0].choose_button.click()
    grab(dialog, "mens_conflict_dialog_one_chosen")
    while dialog.cards:
        dialog.cards[0].rows[0].choose_button.click()
    grab(dialog, "mens_conflict_dialog_done")
    dialog.accept()
    settle()
    grab(window, "mens_case_after")

    noor = plan_without_inkomen(controller.services, Path(tempfile.mkdtemp(prefix="wijkteam-")))
    workspace.reload()
    workspace.open_plan(noor)
    for _ in range(200):
        if workspace.plan_page is not None and workspace.plan_page.built:
            break
        settle()
    page = workspace.plan_page
    assert page is not None
    inkomen = next(p for p in page.pillars if p.pillar.key.value == "inkomen")
    page.show_section(inkomen)
    grab(window, "mens_plan_not_shared")
    page.show_section(page.pillars[0])
    grab(window, "mens_plan_shared_pillar")
    page.show_section(page.afspraken)
    grab(window, "mens_plan_afspraken")
    page.close_page()
    settle()


def main() -> int:
    """Only this scene, on a fresh demo vault."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TAFEL_HOME"] = tempfile.mkdtemp(prefix="tafel-shots-")
    from PySide6.QtWidgets import QApplication

    from tafel.paths import demo_vault_path
    from tafel.settings import Settings
    from tafel.ui.application import create_app
    from tafel.ui.controller import AppController
    from tafel.vault.vault import DEMO_PASSPHRASE

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    create_app([])
    controller = AppController(Settings(), "Fatima Amrani",
                               KdfParams(memory_kib=8192, time_cost=1))
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    controller.create_demo(demo_vault_path(), date.today())
    controller.unlock(DEMO_PASSPHRASE)
    take_mensconflict_shots(window, out)
    controller.lock()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
