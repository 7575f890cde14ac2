"""The toekomstplan editor, driven like at the table: typed, saved as typed, signed, versioned."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tafel.domain.plan_content import KostenRoute, Schrijver, VersieStatus
from tafel.domain.plan_doc import SetAfspraak, SetText
from tafel.services.plans import NieuweHandtekening
from tafel.ui.main_window import MainWindow
from tests.builders import PASSPHRASE, TODAY, sign_all
from tests.ui.drive import JESSE, KEVIN, open_case, open_plan, stored, unlock


def test_start_the_plan_and_write_the_perspective(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, JESSE)
    overview = window.workspace.overview
    services = window.controller.services
    assert services.plans.for_case(overview.case_id) is None
    assert overview.plan.start_button.isVisible() and not overview.plan.open_button.isVisible()

    page = open_plan(qtbot, window, JESSE)
    box = page.perspective.parts["perspectief"].box
    assert QApplication.focusWidget() is box
    assert box.font().pointSizeF() >= 13  # large type: the young person writes too
    assert "six months" in box.placeholderText() or "zes maanden" in box.placeholderText()
    qtbot.keyClicks(box, "Over een half jaar woon ik op mezelf.")
    qtbot.waitUntil(lambda: stored(window, page).content.text("perspectief")
                    == "Over een half jaar woon ik op mezelf.", timeout=3000)
    saved = stored(window, page).content
    assert saved.written_by_professional("perspectief") is None  # Jesse wrote it
    assert not page.perspective.parts["perspectief"].mark.isVisible()

    page.header.close_button.click()
    assert window.workspace.plan_page is None
    assert window.workspace.pages.currentWidget() is window.workspace.browse
    assert overview.case_id == page.case_id
    assert overview.plan.open_button.isVisible() and not overview.plan.start_button.isVisible()
    assert "1" in overview.plan.version_label.text()
    assert JESSE in overview.plan.details.text()  # he still has to sign


def test_parts_written_by_the_professional_are_marked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    wonen = page.pillars[0]
    assert page.stack.currentWidget() is wonen
    goal = wonen.parts["wonen.ik_doel"].box
    assert QApplication.focusWidget() is goal
    qtbot.keyClicks(goal, "Ik wil een eigen kamer.")
    # switching the writer at once still counts what was typed as Jesse's
    qtbot.mouseClick(page.header.pro_button, Qt.MouseButton.LeftButton)
    support = wonen.parts["wonen.ondersteuning"]
    support.box.setFocus()
    qtbot.keyClicks(support.box, "Wijkteam Oost zoekt mee naar een kamer.")
    qtbot.waitUntil(lambda: stored(window, page).content.text("wonen.ondersteuning")
                    .endswith("kamer."), timeout=3000)
    content = stored(window, page).content
    assert content.written_by_professional("wonen.ik_doel") is None
    author = content.written_by_professional("wonen.ondersteuning")
    assert author is not None and author.naam == "Fatima Amrani"
    assert support.mark.isVisible() and "Fatima Amrani" in support.mark_label.text()
    assert not wonen.parts["wonen.ik_doel"].mark.isVisible()
    assert page._writer is Schrijver.PROFESSIONAL


def test_targets_next_to_both_voices_latest_scores(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    page.show_section(page.pillars[0])
    wonen = page.pillars[0]
    [newest] = [a for a in page.ctx.history if any(s.domain == "huisvesting"
                                                    for s in a.scores)][-1:]
    score = next(s for s in newest.scores if s.domain == "huisvesting")
    latest = wonen.latest_labels["huisvesting"].text()
    assert f"Kevin {score.young}" in latest and f" {score.professional} " in f"{latest} "
    picker = wonen.pickers["huisvesting"]
    picker.setFocus()
    qtbot.keyClicks(picker, "4")
    qtbot.waitUntil(lambda: stored(window, page).content.doelscores.get("wonen.huisvesting")
                    == 4, timeout=3000)
    level = page.ctx.instrument.domain("huisvesting").level(4)
    assert level.ik in wonen.meanings["huisvesting"].text()


def test_add_an_afspraak_with_owner_and_date(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    page.show_section(page.afspraken)
    assert page.afspraken.rows == []
    qtbot.mouseClick(page.afspraken.add_button, Qt.MouseButton.LeftButton)
    [row] = page.afspraken.rows
    assert QApplication.focusWidget() is row.action_edit
    qtbot.keyClicks(row.action_edit, "Bellen met de woningcorporatie")
    professional = next(p for p in page.view.case.people if p.soort == "professional")
    row.owner_combo.setFocus()
    while row.owner_combo.currentData() != professional.sleutel:
        qtbot.keyClick(row.owner_combo, Qt.Key.Key_Down)
    row.date_edit.setDate(QDate(2027, 1, 15))
    [afspraak] = stored(window, page).content.afspraken  # choices are saved at once
    assert afspraak.actie == "Bellen met de woningcorporatie"
    assert afspraak.eigenaar == professional.sleutel
    assert afspraak.eigenaar_naam == professional.naam
    assert afspraak.deadline == date(2027, 1, 15)
    assert not row.overdue.isVisible()
    # the professional who owns it now has to sign too
    names = [name for name, _state in page.signatures.states]
    assert professional.naam in names

    # a second one, removed again (after asking, because it says something)
    qtbot.mouseClick(page.afspraken.add_button, Qt.MouseButton.LeftButton)
    second = page.afspraken.rows[1]
    qtbot.keyClicks(second.action_edit, "Toch niet")
    asked: list[str] = []
    page.afspraken.confirm_remove = lambda text: asked.append(text) or True
    qtbot.mouseClick(second.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["Toch niet"]
    assert [r.afspraak_id for r in page.afspraken.rows] == [afspraak.id]
    assert [a.id for a in stored(window, page).content.afspraken] == [afspraak.id]


def test_an_overdue_afspraak_is_marked_in_words_not_only_colour(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    page.close_page()
    services = window.controller.services
    view = services.plans.for_case(page.case_id)
    jesse = view.case.jongere
    services.plans.edit(view.latest.id, SetAfspraak(None, {
        "actie": "Formulier inleveren", "eigenaar": jesse.sleutel, "eigenaar_naam": jesse.naam,
        "deadline": "2026-11-01"}), SetAfspraak(None, {
        "actie": "Al gedaan", "eigenaar": jesse.sleutel, "deadline": "2026-10-01",
        "status": "gedaan"}))
    page = open_plan(qtbot, window, JESSE)
    page.show_section(page.afspraken)
    late, done = page.afspraken.rows
    assert late.property("overdue") is True and late.overdue.isVisible()
    assert "01-11-2026" in late.overdue_label.text()
    assert done.property("overdue") is False and not done.overdue.isVisible()
    assert "1" in page.nav.item(page.sections.index(page.afspraken)).text().split("\n")[-1]
    # marking it done takes the mark away
    late.status_combo.setFocus()
    while late.status_combo.currentData() != "gedaan":
        qtbot.keyClick(late.status_combo, Qt.Key.Key_Down)
    assert not late.overdue.isVisible()
    assert not stored(window, page).content.afspraken[0].is_overdue(TODAY)


def test_cost_lines_show_their_sums(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    page.show_section(page.doorbraak)
    page.doorbraak.exception.button(1).click()  # yes, an exception is needed
    page.doorbraak.kind.button(0).click()  # paid as a gift
    saved = stored(window, page).content
    assert saved.uitzondering_nodig is True and saved.doorbraak_soort.value == "gift"
    costs = page.doorbraak.costs
    threat = costs.cards[KostenRoute.DREIGEND]
    qtbot.mouseClick(threat.add_button, Qt.MouseButton.LeftButton)
    [line] = threat.lines
    assert QApplication.focusWidget() is line.description
    qtbot.keyClicks(line.description, "Detentie")
    for key, text in (("tarief_cent", "280,00"), ("eenheid", "dag"), ("periode", "200"),
                      ("periode_eenheid", "dagen")):
        line.edits[key].clear()
        qtbot.keyClicks(line.edits[key], text)
    assert line.total_label.text() == "€ 56.000,00"  # shown as typed
    assert threat.total_label.text().endswith("€ 56.000,00")
    plan = costs.cards[KostenRoute.PLAN]
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    [gift] = plan.lines
    qtbot.keyClicks(gift.description, "Gift voor borg en eerste huur")
    gift.edits["tarief_cent"].clear()
    qtbot.keyClicks(gift.edits["tarief_cent"], "1.700")
    assert gift.total_label.text() == "€ 1.700,00"
    assert "€ 54.300,00" in costs.summary.text()
    page.flush()
    content = stored(window, page).content
    assert content.route_total_cent(KostenRoute.DREIGEND) == 5_600_000
    assert content.route_total_cent(KostenRoute.PLAN) == 170_000
    assert content.costs(KostenRoute.DREIGEND)[0].periode_eenheid == "dagen"

    # a number that is not one is pointed at, and the vault keeps the last good value
    gift.edits["aantal"].clear()
    qtbot.keyClicks(gift.edits["aantal"], "twee")
    assert gift.edits["aantal"].property("role") == "invalid"
    page.flush()
    assert stored(window, page).content.costs(KostenRoute.PLAN)[0].aantal == 1.0
    # an amount the service refuses gives one Dutch sentence, no traceback
    gift.edits["tarief_cent"].clear()
    qtbot.keyClicks(gift.edits["tarief_cent"], "999.999.999")
    assert not page.flush()
    assert page.message.isVisible() and "€" in page.message.text()


def test_editing_a_signed_version_makes_a_new_one(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    services = window.controller.services
    box = page.perspective.parts["perspectief"].box
    qtbot.keyClicks(box, "Op mezelf wonen.")
    page.flush()
    first = page.shown_id
    sign_all(services, page.case_id)  # signed elsewhere while the page is open
    qtbot.keyClicks(box, " Met een baan.")
    page.flush()
    view = services.plans.for_case(page.case_id)
    assert [(v.nummer, v.status) for v in view.versions] == [
        (1, VersieStatus.VERVANGEN), (2, VersieStatus.CONCEPT)]
    assert page.shown_id == view.latest.id != first
    assert view.latest.content.text("perspectief") == "Op mezelf wonen. Met een baan."
    assert view.version(1).content.text("perspectief") == "Op mezelf wonen."
    assert page.message.isVisible()  # says a new version was started
    assert page.header.version_combo.count() == 2

    # the older version can be looked at, not changed
    page.show_version(first)
    assert box.isReadOnly() and page.banner.isVisible()
    assert page.banner.property("kind") == "replaced"
    page.banner.button.click()
    assert page.shown_id == view.latest.id and not box.isReadOnly()


def test_a_signed_plan_is_read_only_until_a_new_version(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    services = window.controller.services
    qtbot.keyClicks(page.perspective.parts["perspectief"].box, "Eigen kamer.")
    page.flush()
    sign_all(services, page.case_id)
    page.reload()
    box = page.perspective.parts["perspectief"].box
    assert page.version.status is VersieStatus.GETEKEND
    assert box.isReadOnly() and page.banner.isVisible()
    assert page.banner.property("kind") == "signed"
    assert "23-11-2026" in page.banner.text.text()
    # the text is read-only, but others in the case can still sign it
    assert page.header.sign_button.isVisible() and not page.signatures.sign_button.isHidden()
    assert all(state == "signed" for _name, state in page.signatures.states)

    page.banner.button.click()  # make a new version
    assert page.version.nummer == 2 and page.version.status is VersieStatus.CONCEPT
    assert not box.isReadOnly() and not page.banner.isVisible()
    # signing the new text again: earlier signatures belong to version 1 only
    assert all(state == "to-sign" for _name, state in page.signatures.states)


def test_outdated_signatures_are_named_in_a_banner(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    services = window.controller.services
    view = services.plans.for_case(page.case_id)
    jesse = view.case.jongere
    version = view.latest
    services.plans.sign(version.id, NieuweHandtekening(
        jesse.sleutel, jesse.naam, "jongere", "Weidestad", TODAY, [[(0.1, 0.5), (0.9, 0.5)]],
    ), version.inhoud_hash)
    page.reload()
    assert not page.banner.isVisible()
    qtbot.keyClicks(page.perspective.parts["perspectief"].box, "Toch anders.")
    page.flush()
    assert page.banner.isVisible() and page.banner.property("kind") == "outdated"
    assert jesse.naam in page.banner.text.text()
    assert (jesse.naam, "outdated") in page.signatures.states


def test_closing_the_page_saves_what_was_just_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    qtbot.keyClicks(page.perspective.parts["droom"].box, "Kok worden.")
    assert page.saver.is_dirty  # still waiting for the 400 ms
    case_id = page.case_id
    qtbot.mouseClick(page.header.close_button, Qt.MouseButton.LeftButton)
    view = window.controller.services.plans.for_case(case_id)
    assert view.latest.content.text("droom") == "Kok worden."


def test_changing_section_and_locking_save_what_was_just_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    services = window.controller.services
    qtbot.keyClicks(page.perspective.parts["perspectief"].box, "Eerst.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.pillars[0]
    assert stored(window, page).content.text("perspectief") == "Eerst."  # saved on leaving
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp,
                   Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.perspective

    page.show_section(page.safety)
    qtbot.keyClicks(page.safety.parts["vangnet"].box, "Dan bel ik mijn moeder.")
    assert page.saver.is_dirty
    case_id = page.case_id
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None and not window.controller.is_unlocked
    del services
    unlock(qtbot, window, PASSPHRASE)
    view = window.controller.services.plans.for_case(case_id)
    assert view.latest.content.text("vangnet") == "Dan bel ik mijn moeder."


def test_evaluation_date_follows_the_rhythm(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    page.show_section(page.safety)
    assert stored(window, page).content.evaluatie_datum == date(2027, 2, 23)  # 3 months
    page.safety.rhythm_spin.setValue(6)
    page.safety.apply_button.click()
    assert stored(window, page).content.evaluatie_datum == date(2027, 5, 23)
    view = window.controller.services.plans.for_case(page.case_id)
    assert view.ritme_maanden == 6


def test_the_dialog_buttons_open_the_agreed_dialogs(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.plan.compare_dialog import CompareDialog
    from tafel.ui.plan.print_preview import PrintPreviewDialog
    from tafel.ui.plan.sign_dialog import SignDialog

    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    opened: list[str] = []

    def signed(dialog) -> int:  # type: ignore[no-untyped-def]
        opened.append("sign")
        sign_all(window.controller.services, page.case_id)
        return 1

    monkeypatch.setattr(SignDialog, "exec", signed)
    monkeypatch.setattr(CompareDialog, "exec", lambda d: opened.append("compare") or 0)
    monkeypatch.setattr(PrintPreviewDialog, "exec", lambda d: opened.append("print") or 0)
    qtbot.keyClicks(page.perspective.parts["perspectief"].box, "Ergens wonen.")
    qtbot.mouseClick(page.header.sign_button, Qt.MouseButton.LeftButton)
    assert page.version.status is VersieStatus.GETEKEND  # reloaded after the dialog
    assert stored(window, page).content.text("perspectief") == "Ergens wonen."
    qtbot.mouseClick(page.header.compare_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.header.print_button, Qt.MouseButton.LeftButton)
    assert opened == ["sign", "compare", "print"]


def test_ready_to_sign_and_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    qtbot.mouseClick(page.header.ready_button, Qt.MouseButton.LeftButton)
    assert stored(window, page).status is VersieStatus.TER_ONDERTEKENING
    assert page.version.status is VersieStatus.TER_ONDERTEKENING
    qtbot.mouseClick(page.header.ready_button, Qt.MouseButton.LeftButton)
    assert stored(window, page).status is VersieStatus.CONCEPT


def test_a_text_the_service_refuses_shows_one_sentence(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    services = window.controller.services
    before = stored(window, page).content.text("droom")
    assert page.saver.now(SetText("droom", "x" * 20_001)) is None
    assert page.message.isVisible() and "20.000" in page.message.text()
    assert services.plans.for_case(page.case_id).latest.content.text("droom") == before
