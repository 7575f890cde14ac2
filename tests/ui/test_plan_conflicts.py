"""Many parties, one plan: what two laptops filled in differently is shown, and chosen, calmly.

A merge that brings a conflict puts a banner on the plan page with the count, and a mark on
each afspraak, cost line or target score in conflict; the conflict dialog shows each value
for people (a date as 30-11-2026, a status in Dutch, who wrote it by name, never a vault id)
and writes the choice as an ordinary edit. Signing waits while a conflict is open, and says
why instead of only failing.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox

from tafel.domain.plan_content import AfspraakStatus
from tafel.domain.plan_doc import RemoveAfspraak, SetAfspraak, SetKosten, SetMeta, SetTarget
from tafel.domain.plan_register import Stempel
from tafel.ui.main_window import MainWindow
from tafel.ui.plan.conflict_dialog import ConflictDialog
from tafel.ui.plan.conflict_labels import when_text, who_text
from tafel.ui.plan.editor_fields import DateField
from tafel.ui.plan.plan_page import PlanPage
from tests.builders import TODAY, apart
from tests.ui.drive import KEVIN, in_modal, key, open_plan, press, stored, unlock

DOORBRAAK = "Een doorbraak aanvragen"  # Kevin's afspraak owned by Bas Oosterwoud
FIETS = "Bij de fietsenmaker vragen"  # Kevin's own afspraak


def _afspraak_id(page: PlanPage, begin: str) -> str:
    return next(a.id for a in page.view.latest.content.afspraken if a.actie.startswith(begin))


def _merge_apart(window: MainWindow, page: PlanPage, mine: list, theirs: list) -> None:  # type: ignore[type-arg]
    """Edits here and on Bas's laptop at the same time, merged and published like an import."""
    merged = apart(window.controller.services, page.case_id, mine, theirs)
    window.controller.publish(merged.changes)


def _deadlines_apart(window: MainWindow, page: PlanPage) -> str:
    afspraak = _afspraak_id(page, DOORBRAAK)
    _merge_apart(window, page, [SetAfspraak(afspraak, {"deadline": "2026-12-01"})],
                 [SetAfspraak(afspraak, {"deadline": "2026-12-20"})])
    return afspraak


def _open_dialog(qtbot, page: PlanPage) -> ConflictDialog:  # type: ignore[no-untyped-def]
    press(qtbot, page.conflicts.banner.button)
    dialog = page.conflicts.dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    return dialog


def test_a_merge_with_conflicts_shows_a_calm_banner_with_the_count(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    assert not page.conflicts.banner.isVisible()
    afspraak = _afspraak_id(page, DOORBRAAK)
    _merge_apart(window, page, [SetAfspraak(afspraak, {"deadline": "2026-12-01"}),
                                SetTarget("wonen.huisvesting", 5)],
                 [SetAfspraak(afspraak, {"deadline": "2026-12-20"}),
                  SetTarget("wonen.huisvesting", 2)])
    assert page.conflicts.banner.isVisible()
    text = page.conflicts.banner.text.text()
    assert "Er zijn 2 punten waarover jullie verschillende dingen hebben ingevuld" in text
    assert page.conflicts.banner.button.text().replace("&", "") == "Bekijken en kiezen"
    # a mark with words (not colour alone) on the afspraak and on the target score
    row = next(r for r in page.afspraken.rows if r.afspraak_id == afspraak)
    assert not row.conflict_mark.isHidden() and row.conflict_mark.text()
    others = [r for r in page.afspraken.rows if r.afspraak_id != afspraak]
    assert all(r.conflict_mark.isHidden() for r in others)
    wonen = page.pillars[0]
    assert not wonen.conflict_marks["huisvesting"].isHidden()
    assert all(mark.isHidden() for key, mark in wonen.conflict_marks.items()
               if key != "huisvesting")

    # the mark opens the dialog at that point
    page.show_section(page.afspraken)
    press(qtbot, row.conflict_mark)
    dialog = page.conflicts.dialog
    assert isinstance(dialog, ConflictDialog) and len(dialog.cards) == 2
    card = dialog.card_for(f"afspraak/{afspraak}/")
    assert card is not None and dialog.focusWidget() is card.rows[0].choose_button


def test_choosing_a_value_settles_it_everywhere(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    afspraak = _deadlines_apart(window, page)
    dialog = _open_dialog(qtbot, page)
    [card] = dialog.cards
    assert card.title_label.text().startswith(f"Afspraak “{DOORBRAAK}")
    assert card.title_label.text().endswith("deadline")
    values = {row.value_label.text(): row for row in card.rows}
    assert set(values) == {"01-12-2026", "20-12-2026"}
    bas = values["20-12-2026"].who_label.text()
    assert "Bas de Vries" in bas and "andere-kluis" not in bas
    assert "Fatima Amrani" in values["01-12-2026"].who_label.text()

    with qtbot.waitSignal(window.controller.data_changed):
        press(qtbot, values["20-12-2026"].choose_button)
    services = window.controller.services
    assert stored(window, page).conflicts == ()
    chosen = next(a for a in stored(window, page).content.afspraken if a.id == afspraak)
    assert chosen.deadline == date(2026, 12, 20)
    row = next(r for r in page.afspraken.rows if r.afspraak_id == afspraak)
    assert row.date_edit.value() == date(2026, 12, 20)
    assert row.conflict_mark.isHidden()
    # nothing left: the dialog says so, and the banner is gone
    assert dialog.cards == [] and dialog.done_label.isVisible()
    assert dialog.focusWidget() is dialog.close_button
    assert not page.conflicts.banner.isVisible()
    assert services.plans.for_case(page.case_id).latest.conflicts == ()  # type: ignore[union-attr]
    press(qtbot, dialog.close_button)
    assert page.conflicts.dialog is None


def test_something_else_writes_a_new_value(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    _merge_apart(window, page,
                 [SetTarget("wonen.huisvesting", 5), SetMeta("evaluatie_datum", "2027-02-01")],
                 [SetTarget("wonen.huisvesting", 2), SetMeta("evaluatie_datum", "2027-03-01")])
    dialog = _open_dialog(qtbot, page)
    titles = [card.title_label.text() for card in dialog.cards]
    assert "Doelscore Wonen — Huisvesting" in titles and "Evaluatiedatum" in titles

    target = dialog.card_for("doel/wonen.huisvesting")
    assert target is not None
    assert {row.value_label.text().split(" ")[0] for row in target.rows} == {"5", "2"}
    press(qtbot, target.other_button)
    assert isinstance(target.editor, QSpinBox) and dialog.focusWidget() is target.editor
    assert (target.editor.minimum(), target.editor.maximum()) == (1, 5)
    target.editor.setValue(3)
    press(qtbot, target.save_button)
    assert stored(window, page).content.doelscores["wonen.huisvesting"] == 3
    assert page.pillars[0].pickers["huisvesting"].value() == 3
    assert [c.field for c in stored(window, page).conflicts] == ["meta/evaluatie_datum"]
    assert "Er is 1 punt" in page.conflicts.banner.text.text()

    [evaluation] = dialog.cards
    press(qtbot, evaluation.other_button)
    assert isinstance(evaluation.editor, DateField)
    evaluation.editor.setDate(QDate(2027, 2, 15))
    press(qtbot, evaluation.save_button)
    assert stored(window, page).content.evaluatie_datum == date(2027, 2, 15)
    assert stored(window, page).conflicts == ()
    assert not page.conflicts.banner.isVisible()


def test_the_keyboard_reaches_every_choice(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    afspraak = _afspraak_id(page, DOORBRAAK)
    _merge_apart(window, page, [SetAfspraak(afspraak, {"deadline": "2026-12-01"}),
                                SetTarget("wonen.huisvesting", 5)],
                 [SetAfspraak(afspraak, {"deadline": "2026-12-20"}),
                  SetTarget("wonen.huisvesting", 2)])
    dialog = _open_dialog(qtbot, page)
    deadline, target = dialog.cards
    qtbot.waitUntil(lambda: QApplication.focusWidget() is deadline.rows[0].choose_button)
    for expected in (deadline.rows[1].choose_button, deadline.other_button,
                     target.rows[0].choose_button, target.rows[1].choose_button,
                     target.other_button):
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    key(qtbot, Qt.Key.Key_Space)  # "Something else…"
    assert QApplication.focusWidget() is target.editor
    qtbot.keyClick(target.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target.editor, "3")
    key(qtbot, Qt.Key.Key_Return)  # saves, it does not choose another value
    assert stored(window, page).content.doelscores["wonen.huisvesting"] == 3
    [left] = dialog.cards
    assert left.punt.field.endswith("/deadline")
    assert QApplication.focusWidget() is left.rows[0].choose_button


def test_an_edit_to_a_deleted_afspraak_can_be_kept_or_deleted_after_all(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    doorbraak, fiets = _afspraak_id(page, DOORBRAAK), _afspraak_id(page, FIETS)
    _merge_apart(window, page,
                 [RemoveAfspraak(doorbraak), SetAfspraak(fiets, {"actie": "Bellen met Woonbron"})],
                 [SetAfspraak(doorbraak, {"status": "gedaan"}), RemoveAfspraak(fiets)])
    assert "Er zijn 2 punten" in page.conflicts.banner.text.text()
    dialog = _open_dialog(qtbot, page)
    kept = dialog.card_for(f"afspraak/{doorbraak}/")
    assert kept is not None
    story = kept.story_label.text()
    assert story.startswith("Fatima Amrani heeft deze afspraak verwijderd op ")
    assert "Bas de Vries heeft hem intussen nog gewijzigd: status Gedaan." in story
    assert kept.keep_button.text().replace("&", "") == "Afspraak houden"
    press(qtbot, kept.keep_button)
    afspraken = {a.id: a for a in stored(window, page).content.afspraken}
    assert afspraken[doorbraak].status is AfspraakStatus.GEDAAN

    gone = dialog.card_for(f"afspraak/{fiets}/")
    assert gone is not None
    assert gone.story_label.text().startswith("Bas de Vries heeft deze afspraak verwijderd")
    assert "Fatima Amrani heeft hem intussen nog gewijzigd: wat er gebeurt “Bellen met " \
           "Woonbron”." in gone.story_label.text()
    assert gone.delete_button.text().replace("&", "") == "Toch verwijderen"
    press(qtbot, gone.delete_button)
    afspraken = {a.id: a for a in stored(window, page).content.afspraken}
    assert fiets not in afspraken and doorbraak in afspraken
    assert stored(window, page).conflicts == ()
    assert [r.afspraak_id for r in page.afspraken.rows] == list(afspraken)
    assert not page.conflicts.banner.isVisible()


def test_an_owner_chosen_apart_is_one_point_shown_by_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    afspraak = _afspraak_id(page, FIETS)
    people = {p.naam: p for p in page.view.case.people}
    els, yvonne = people["Els Zwanenburg"], people["Yvonne Vlasblom"]
    _merge_apart(window, page,
                 [SetAfspraak(afspraak, {"eigenaar": els.sleutel, "eigenaar_naam": els.naam})],
                 [SetAfspraak(afspraak, {"eigenaar": yvonne.sleutel,
                                         "eigenaar_naam": yvonne.naam})])
    assert len(stored(window, page).conflicts) == 2  # the owner and their name
    assert "Er is 1 punt" in page.conflicts.banner.text.text()
    dialog = _open_dialog(qtbot, page)
    [card] = dialog.cards
    assert card.title_label.text().endswith("— eigenaar")
    rows = {row.value_label.text(): row for row in card.rows}
    assert set(rows) == {"Els Zwanenburg", "Yvonne Vlasblom"}
    press(qtbot, rows["Yvonne Vlasblom"].choose_button)
    chosen = next(a for a in stored(window, page).content.afspraken if a.id == afspraak)
    assert (chosen.eigenaar, chosen.eigenaar_naam) == (yvonne.sleutel, yvonne.naam)
    assert stored(window, page).conflicts == ()


def test_a_cost_line_in_conflict_is_marked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    services = window.controller.services
    result = services.plans.edit(page.view.latest.id, SetKosten(None, {
        "route": "plan", "omschrijving": "Gift: borg", "tarief_cent": 90000}))
    post = result.created_id
    assert post is not None
    _merge_apart(window, page, [SetKosten(post, {"tarief_cent": 120000})],
                 [SetKosten(post, {"tarief_cent": 95000})])
    line = next(x for card in page.doorbraak.costs.cards.values() for x in card.lines
                if x.post_id == post)
    assert not line.conflict_mark.isHidden()
    press(qtbot, line.conflict_mark)
    dialog = page.conflicts.dialog
    assert isinstance(dialog, ConflictDialog)
    [card] = dialog.cards
    assert card.title_label.text() == "Kostenpost “Gift: borg” — bedrag"
    assert {row.value_label.text() for row in card.rows} == {"€ 1.200,00", "€ 950,00"}


def test_signing_waits_for_the_choices_and_offers_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    _deadlines_apart(window, page)
    said: list[str] = []

    def choose(box: QMessageBox) -> None:
        said.append(box.text())
        press(qtbot, box.defaultButton())

    for button in (page.header.sign_button, page.header.ready_button):
        seen = in_modal(QMessageBox, choose)
        press(qtbot, button)
        qtbot.waitUntil(lambda s=seen: bool(s))
        assert "Er staat nog 1 punt open" in said[-1] and "tekenen" in said[-1]
        dialog = page.conflicts.dialog
        assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
        dialog.reject()
        assert page.conflicts.dialog is None
    assert stored(window, page).signatures == ()
    assert stored(window, page).status.value == "concept"


def test_a_sign_dialog_opened_anyway_says_why_it_waits(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A form kept over a lock opens the sign dialog directly: it says why and will not sign."""
    from tafel.ui.plan.sign_dialog import SignDialog
    from tests.ui.drive import draw

    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    _deadlines_apart(window, page)
    dialog = SignDialog(window.controller, page.view, page.version, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("Tekenen wacht")
    draw(qtbot, dialog.pad, [(0.1, 0.5), (0.5, 0.3), (0.9, 0.6)])
    assert not dialog.sign_button.isEnabled()


def test_who_and_when_read_as_people_say_them(app) -> None:  # type: ignore[no-untyped-def]
    moment = datetime(2026, 11, 30, 14, 5).astimezone()
    assert when_text(moment.isoformat(), TODAY) == "30 nov, 14:05"
    assert when_text(moment.replace(year=2025).isoformat(), TODAY) == "30 nov 2025, 14:05"
    assert who_text(Stempel("professional:Bas de Vries", "a1b2c3"), "Kevin") == "Bas de Vries"
    assert who_text(Stempel("jongere:", "a1b2c3"), "Kevin") == "Kevin"
    assert who_text(Stempel("jongere:", "a1b2c3"), "") == "de jongere"
