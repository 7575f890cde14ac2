"""Render tafel's screens offscreen at 1366x768 into PNGs, to look at them.

Usage: QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots.py [OUT_DIR]
Uses a temporary TAFEL_HOME and a demo vault with a cheap key derivation.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TAFEL_HOME"] = tempfile.mkdtemp(prefix="tafel-shots-")

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from tafel.paths import demo_vault_path
from tafel.settings import Settings
from tafel.ui.application import create_app
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow
from tafel.vault import KdfParams
from tafel.vault.vault import DEMO_PASSPHRASE

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots_case_file import take_case_file_shots
from screenshots_conflicts import take_conflict_shots
from screenshots_mensconflict import take_mensconflict_shots
from screenshots_partijen import take_partijen_shots


def main() -> int:
    """Take one PNG per screen."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    controller = AppController(Settings(), "Fatima Amrani", KdfParams(memory_kib=8192, time_cost=1))
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    shot("1-first-run")
    from tafel.ui.dialogs.new_vault_dialog import NewVaultDialog

    dialog_shot(NewVaultDialog(controller, window), out, "1-new-vault")
    controller.create_demo(demo_vault_path(), date.today())
    shot("2-unlock")
    window.unlock_page.ui.passphraseEdit.setText("dit is niet goed")
    window.unlock_page.try_unlock()
    shot("3-unlock-wrong")
    controller.unlock(DEMO_PASSPHRASE)
    shot("4-case-list")
    assert window.workspace is not None
    panel = window.workspace.case_list
    panel.table.selectRow(0)
    shot("5-case-overview")
    for row in range(panel.model.rowCount()):
        panel.table.selectRow(row)
        shot(f"6-case-{row}")
    panel.search_edit.setText("jan")
    shot("7-search")
    panel.search_edit.clear()
    take_case_shots(window, shot, out)
    take_case_file_shots(window, out, dialog_shot)
    take_conversation_shots(window, shot, out)
    take_plan_shots(window, shot, out)
    take_conflict_shots(window, out)
    take_partijen_shots(window, out, dialog_shot, shot)  # it links parties in a case
    take_mensconflict_shots(window, out)  # after the parties: it adds the wijkteam as one
    controller.lock()
    shot("8-locked")
    QApplication.closeAllWindows()
    return 0


def dialog_shot(dialog, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """One dialog as it opens, active (so its keyboard focus shows), then closed unsaved."""
    dialog.show()
    dialog.activateWindow()
    for _ in range(5):
        QApplication.processEvents()
    size = dialog.size()
    note = "" if size.width() <= 1366 and size.height() <= 768 else "  TOO BIG for 1366x768"
    focus = QApplication.focusWidget()
    dialog.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png", f"{size.width()}x{size.height()}",
          f"focus: {type(focus).__name__ if focus else None}{note}")
    dialog.reject()
    dialog.deleteLater()


def take_case_shots(window: MainWindow, shot, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The overview of the fullest case scrolled top to bottom, and the people dialogs."""
    from PySide6.QtWidgets import QScrollArea

    from tafel.domain.enums import NetwerkSoort, Rol
    from tafel.ui.casus.betrokkene_dialog import BetrokkeneDialog
    from tafel.ui.casus.casus_dialog import CasusDialog
    from tafel.ui.casus.persoon_dialog import PersoonDialog
    from tafel.ui.dialogs.medewerker_dialog import MedewerkerDialog
    from tafel.ui.dialogs.wachtwoordzin_dialog import WachtwoordzinDialog
    from tafel.ui.plan.owner_dialog import NewOwnerDialog

    workspace = window.workspace
    assert workspace is not None
    controller = window.controller
    panel = workspace.case_list
    for row in range(panel.model.rowCount()):
        panel.table.selectRow(row)
        if workspace.overview.name_label.text().startswith("Jaylen"):
            break
    overview = workspace.overview._overview
    assert overview is not None
    scroll = workspace.overview.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    bar.setValue(0)
    page = 0
    while True:
        shot(f"19-overview-{page}")
        wide = scroll.horizontalScrollBar()
        if wide.maximum() > 0:
            print(f"  horizontal scrollbar on the overview (max {wide.maximum()})")
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
        page += 1
    bar.setValue(0)
    mother = next(p for p in overview.personen if p.rol is Rol.OUDER)
    pro = next(b for b in overview.betrokkenen if b.soort is NetwerkSoort.PROFESSIONEEL)
    dialog_shot(PersoonDialog(controller, overview, None, window), out, "20-person-new")
    dialog_shot(PersoonDialog(controller, overview, mother, window), out, "20-person-edit")
    dialog_shot(PersoonDialog(controller, overview, overview.jongere, window), out,
                "20-person-young")
    dialog_shot(BetrokkeneDialog(controller, overview, None, window), out, "21-network-new")
    dialog_shot(BetrokkeneDialog(controller, overview, None, window,
                                 soort=NetwerkSoort.PROFESSIONEEL), out, "21-network-new-pro")
    dialog_shot(BetrokkeneDialog(controller, overview, pro, window), out, "21-network-edit")
    section = workspace.overview.network_section
    section._end(pro.id)  # as its menu does: the real question, in its own words
    dialog_shot(section.dialog, out, "22-end-network")
    household = workspace.overview.household_section
    household._end(next(p for p in overview.personen if p.rol is Rol.BROER_ZUS).id)
    dialog_shot(household.dialog, out, "22-end-person")
    dialog_shot(CasusDialog(controller, overview, window), out, "23-case-edit")
    dialog_shot(NewOwnerDialog(controller, overview.casus.id, window), out, "24-new-owner")
    dialog_shot(MedewerkerDialog(controller, False, window), out, "25-mijn-gegevens")
    dialog_shot(MedewerkerDialog(controller, True, window), out, "25-mijn-gegevens-first")
    dialog_shot(WachtwoordzinDialog(controller, window), out, "26-passphrase")


def take_conversation_shots(window: MainWindow, shot, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Every step of a keukentafelgesprek, the young person's view, and the quick scan."""
    from tafel.ui.gesprek.snelle_check_dialog import SnelleCheckDialog

    workspace = window.workspace
    assert workspace is not None
    panel = workspace.case_list
    for row in range(panel.model.rowCount()):
        panel.table.selectRow(row)
        if workspace.overview.name_label.text().startswith("Nadia"):
            workspace.overview.conversations.timeline_button.setChecked(True)
            shot("9-big5-picture")
            workspace.overview.conversations.timeline.grab().save(str(out / "9-timeline.png"))
            workspace.overview.conversations.picture.grab().save(str(out / "9-big5-only.png"))
        if workspace.overview.name_label.text().startswith("Thijs"):
            break
    workspace.start_gesprek(workspace.overview.case_id)
    page = workspace.gesprek
    assert page is not None
    for index in range(len(page.steps)):
        page.step_list.setCurrentRow(index)
        shot(f"10-step-{index}")
    page.step_list.setCurrentRow(3)
    page.steps[3].rows[0].levels_button.setChecked(True)
    shot("11-levels")
    page.set_young_view(True)
    shot("12-young-view")
    page.set_young_view(False)
    page.close_page()
    overview = workspace.overview._overview
    assert overview is not None
    dialog = SnelleCheckDialog(window.controller, overview, window)
    dialog.show()
    for _ in range(3):
        QApplication.processEvents()
    dialog.grab().save(str(out / "13-quick-scan.png"))
    dialog.reject()


def take_plan_shots(window: MainWindow, shot, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Every section of two toekomstplannen, and the sign, compare and print dialogs."""
    from tafel.ui.plan.compare_dialog import CompareDialog
    from tafel.ui.plan.print_preview import PrintPreviewDialog
    from tafel.ui.plan.sign_dialog import SignDialog

    workspace = window.workspace
    assert workspace is not None
    controller = window.controller

    def dialog_shot(dialog, name: str) -> None:  # type: ignore[no-untyped-def]
        dialog.show()
        for _ in range(3):
            QApplication.processEvents()
        deadline = time.monotonic() + 30  # the preview renders in the background
        while not getattr(dialog, "ready", True) and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        QApplication.processEvents()
        dialog.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        dialog.reject()

    for summary in controller.services.casussen.summaries():
        first = summary.jongere.split()[0].lower()
        if first not in ("dylan", "jaylen"):
            continue
        workspace.open_plan(summary.id)
        page = workspace.plan_page
        assert page is not None
        for row in range(page.nav.count()):
            page.nav.setCurrentRow(row)
            shot(f"14-plan-{first}-{row}")
        view, version = page.view, page.version
        if first == "dylan":
            dialog_shot(SignDialog(controller, view, version, window), "15-sign")
            dialog_shot(PrintPreviewDialog(controller, version.id, window), "16-preview")
        else:
            dialog_shot(CompareDialog(view, 1, 2, window), "17-compare")
        page.close_page()

    from tafel.domain.enums import GesprekSoort
    from tafel.ui.gesprek.verslag_dialog import VerslagDialog

    for summary in controller.services.casussen.summaries():
        talks = [g for g in controller.services.gesprekken.history(summary.id)
                 if g.soort is GesprekSoort.KEUKENTAFELGESPREK]
        if talks:
            dialog_shot(VerslagDialog(controller, talks[-1].id, window), "18-gespreksverslag")
            break


if __name__ == "__main__":
    raise SystemExit(main())
