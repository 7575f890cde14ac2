"""Screenshots of a plan edited on two laptops: the banner, the marks and the choosing dialog.

Called by ``screenshots.py`` with an unlocked demo window, or on its own:

    QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_conflicts.py [OUT_DIR]

Kevin's plan gets what a merged bundle brings: the coach set another deadline for the same
afspraak on his laptop, Kevin chose another target score there, and the coach changed an
afspraak that was deleted here meanwhile. The scene is built the way a bundle arrives (a copy
of the stored version, edited apart, merged by ``PlanService.merge``), then shot as a person
sees it: the plan with its banner and marks, the dialog, "something else", the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import select

from tafel.domain.plan_content import Auteur, Schrijver
from tafel.domain.plan_doc import PlanDoc, PlanEdit, RemoveAfspraak, SetAfspraak, SetMeta, SetTarget
from tafel.domain.plan_tables import PlanVersie, Toekomstplan
from tafel.services import Services
from tafel.ui.main_window import MainWindow

COACH = Auteur(Schrijver.PROFESSIONAL, "Bas Oosterwoud")
KEVIN = Auteur(Schrijver.JONGERE)


def merge_apart(services: Services, case_id: uuid.UUID, mine: list[PlanEdit],
                theirs: list[tuple[PlanEdit, Auteur]]) -> None:
    """``mine`` saved here, ``theirs`` on another laptop at the same time, then merged."""
    with services.context.vault.transaction() as session:
        plan = session.exec(select(Toekomstplan).where(Toekomstplan.casus_id == case_id)).one()
        rows = session.exec(select(PlanVersie).where(PlanVersie.plan_id == plan.id)).all()
        row = max(rows, key=lambda r: r.nummer)
        copy = PlanDoc.from_bytes(bytes(row.document), partij="laptop-jongerenloket")
        nummer, version_id = row.nummer, row.id
    before = copy.state()
    if mine:
        services.plans.edit(version_id, *mine)
    for edit, auteur in theirs:
        copy.apply(edit, auteur)
    services.plans.merge(case_id, {nummer: copy.changes_since(before)})


def kevin_apart(services: Services, today: date, later: int = 0) -> uuid.UUID:
    """Kevin's plan after a bundle from the coach's laptop: four points to choose.

    ``later`` moves every date on by that many days (a second bundle after the first).
    """
    case_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Kevin"))
    view = services.plans.for_case(case_id)
    assert view is not None
    afspraken = view.latest.content.afspraken
    doorbraak = next(a.id for a in afspraken if a.actie.startswith("Een doorbraak"))
    fiets = next(a.id for a in afspraken if a.actie.startswith("Bij de fietsenmaker"))
    day = today + timedelta(days=later)
    merge_apart(services, case_id, [
        SetAfspraak(doorbraak, {"deadline": day + timedelta(days=5)}),
        SetTarget("wonen.huisvesting", 4),
        RemoveAfspraak(fiets),
        SetMeta("evaluatie_datum", day + timedelta(days=42)),
    ], [
        (SetAfspraak(doorbraak, {"deadline": day + timedelta(days=12)}), COACH),
        (SetTarget("wonen.huisvesting", 5), KEVIN),
        (SetAfspraak(fiets, {"status": "bezig", "deadline": day + timedelta(days=21)}), COACH),
        (SetMeta("evaluatie_datum", day + timedelta(days=56)), COACH),
    ])
    return case_id


def take_conflict_shots(window: MainWindow, out: Path) -> None:
    """The plan with its banner and marks, the dialog, something else, done, signing waits."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QScrollArea

    workspace = window.workspace
    assert workspace is not None
    controller = window.controller
    case_id = kevin_apart(controller.services, controller.today())
    workspace.open_plan(case_id)
    settle = QApplication.processEvents
    for _ in range(200):
        if workspace.plan_page is not None and workspace.plan_page.built:
            break
        settle()
    page = workspace.plan_page
    assert page is not None

    def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(5):
            settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", f"{widget.width()}x{widget.height()}")

    def show(section, mark) -> None:  # type: ignore[no-untyped-def]
        """A section, scrolled to a mark (the scroll area is the section's own)."""
        page.show_section(section)
        settle()
        scroll = section.findChild(QScrollArea)
        if scroll is not None and mark is not None:
            scroll.ensureWidgetVisible(mark, 50, 120)

    marked = next((r for r in page.afspraken.rows if not r.conflict_mark.isHidden()), None)
    show(page.afspraken, marked.conflict_mark if marked else None)
    grab(window, "conflict_plan_afspraken")
    show(page.pillars[0], page.pillars[0].conflict_marks["huisvesting"])
    grab(window, "conflict_plan_target")
    show(page.safety, page.safety.conflict_mark)
    grab(window, "conflict_plan_evaluation")

    page.conflicts.open()
    dialog = page.conflicts.dialog
    assert dialog is not None
    grab(dialog, "conflict_dialog")
    last = dialog.cards[-1]
    dialog.scroll_area.ensureWidgetVisible(last)
    grab(dialog, "conflict_dialog_scrolled")
    target = dialog.card_for("doel/wonen.huisvesting")
    assert target is not None
    dialog.scroll_area.ensureWidgetVisible(target)
    target.show_editor()
    grab(dialog, "conflict_dialog_other")
    target.hide_editor()
    target.rows[0].choose_button.click()
    grab(dialog, "conflict_dialog_one_chosen")
    grab(window, "conflict_plan_after_one")
    while dialog.cards:
        card = dialog.cards[0]
        (card.keep_button if card.punt.is_deletion else card.rows[0].choose_button).click()
    grab(dialog, "conflict_dialog_done")
    dialog.accept()
    settle()

    # signing waits: one point open again, and the question the page asks
    kevin_apart(controller.services, controller.today(), later=1)
    page.reload()

    def shoot_question() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, shoot_question)
            return
        grab(box, "conflict_sign_waits")
        box.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, shoot_question)
    page.sign()
    settle()
    if page.conflicts.dialog is not None:
        page.conflicts.dialog.reject()
    show(page.afspraken, None)
    grab(window, "conflict_plan_banner")
    page.close_page()


def main() -> int:
    """Only this scene, on a fresh demo vault."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TAFEL_HOME"] = tempfile.mkdtemp(prefix="tafel-shots-")
    from PySide6.QtWidgets import QApplication

    from tafel.paths import demo_vault_path
    from tafel.settings import Settings
    from tafel.ui.application import create_app
    from tafel.ui.controller import AppController
    from tafel.vault import KdfParams
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
    take_conflict_shots(window, out)
    controller.lock()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
