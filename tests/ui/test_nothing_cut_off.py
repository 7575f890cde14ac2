"""No text cut off: every button and every one-line label on the screens a consulent uses.

Dutch is often longer than the English source. A widget that gets less width (or height)
than it needs shows its text cut off ("... mijn handtekenin"), and a widget that sticks out
past its window's edge, or below its holder's where nothing scrolls, is cut off by them.
This sweep opens each page and each dialog with the demo vault, in Dutch, and checks every
visible button with text (QPushButton, QCheckBox, QRadioButton, QToolButton) and every
QLabel without word wrap.

It does so on two screens (:class:`Screen`): a laptop of 1366x768 at 100%, and 1920x1080 at
200% (960x540 logical pixels, the smallest screen tafel is made for; a laptop with its text
zoomed in is about as tight). The main window fills the screen; a dialog gets the size it
would have on that screen after it shows (:meth:`Screen.resize`), and a dialog larger than
the screen is an offender too: a form too tall for it must scroll. The offscreen screen
itself is 800x800 (tests/ui/test_window_place.py relies on that), so the sizes are given,
not found.
A label made to end in "…" (``ElidedLabel``) may be narrower than its text, but must still
end inside the view.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QToolButton,
    QWidget,
)

from tafel.ui.main_window import MainWindow
from tafel.ui.window_state import fit_on_screen, fitted_minimum, keeps_on_screen
from tests.ui.drive import plain, unlock, wait_for_unlock

LAPTOP = QSize(1366, 768)
AT_200 = QSize(960, 540)  # 1920x1080 at 200%


def settle() -> None:
    """Let layouts finish (a layout request is posted, and may post another)."""
    for _ in range(4):
        QApplication.processEvents()


@dataclass(frozen=True)
class Screen:
    """The screen the sweep pretends to show on: its logical size in pixels."""

    size: QSize

    def fit(self, window: QWidget) -> None:
        """The main window as it opens on this screen: maximised, its minimum fitted."""
        window.setMinimumSize(fitted_minimum(QRect(0, 0, self.size.width(),
                                                   self.size.height())))
        window.resize(self.size)
        settle()
        assert window.size() == self.size

    def resize(self, dialog: QWidget, made: QSize | None) -> None:
        """Give a shown dialog the size this screen would give it.

        A dialog sized in its constructor keeps that size; one left to Qt gets its size hint,
        at most two thirds of the screen (as QWidget.adjustSize does); never below its
        minimum. A dialog that keeps on its screen (ui/window_state.py) is then fitted to
        this one, as it would be when it shows there.
        """
        grow = made is None
        if made is None:
            hint = dialog.sizeHint()
            made = QSize(min(hint.width(), self.size.width() * 2 // 3),
                         min(hint.height(), self.size.height() * 2 // 3))
        dialog.resize(made.expandedTo(dialog.minimumSizeHint()).expandedTo(
            dialog.minimumSize()).boundedTo(dialog.maximumSize()))
        if keeps_on_screen(dialog):
            fit_on_screen(dialog, QRect(0, 0, self.size.width(), self.size.height()),
                          grow=grow)
        settle()

    def show(self, dialog: QWidget) -> QWidget:
        """Show ``dialog`` as it opens on this screen, laid out."""
        made = dialog.size() if dialog.testAttribute(Qt.WidgetAttribute.WA_Resized) else None
        dialog.show()
        settle()
        self.resize(dialog, made)
        return dialog

    def cut_off(self, window: QWidget) -> list[str]:
        """What :func:`cut_off` finds, and the window itself if it is larger than the screen."""
        found = cut_off(window)
        if window.width() > self.size.width() or window.height() > self.size.height():
            title = window.windowTitle() or type(window).__name__
            found.append(f"[{title}] {window.width()}x{window.height()}, larger than the "
                         f"screen of {self.size.width()}x{self.size.height()}")
        return found

    def sweep(self, dialog: QWidget) -> list[str]:
        """Open ``dialog`` on this screen, check it (each tab of a tab widget), close it."""
        from PySide6.QtWidgets import QTabWidget

        self.show(dialog)
        found = self.cut_off(dialog)
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle()
                found += self.cut_off(dialog)
        dialog.close()
        dialog.deleteLater()
        return found


@pytest.fixture(params=[LAPTOP, AT_200], ids=["1366x768", "960x540"])
def screen(request: pytest.FixtureRequest) -> Screen:
    return Screen(request.param)


def _checked(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            if not widget.wordWrap() and widget.text().strip():
                yield widget
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            if isinstance(widget, QToolButton) and \
                    widget.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly:
                continue
            yield widget


def _elides(widget: QWidget) -> bool:
    """A label made to end in "…" when narrow (its whole text is its tooltip)."""
    from tafel.ui.overleg.aanwezigen_lijst import ElidedLabel

    return isinstance(widget, ElidedLabel)


def _visible_area(widget: QWidget, window: QWidget) -> QRect:
    """The part of the window where ``widget`` can be seen: the window, or a scroll view."""
    area = window.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            corner = parent.mapTo(window, parent.rect().topLeft())
            area = area.intersected(QRect(corner, parent.size()))
        parent = grand
    return area


def _floor(widget: QWidget, window: QWidget) -> int | None:
    """Where ``widget`` is cut off below: the lowest bottom of the parents that hold it.

    A parent cuts off a child that runs past its bottom edge, up to the window; a view that
    scrolls up and down shows all of its content (None: nothing below is out of reach).
    """
    floor = window.height()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport() and \
                grand.verticalScrollBarPolicy() is not Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            return None
        floor = min(floor, parent.mapTo(window, parent.rect().bottomLeft()).y() + 1)
        parent = grand
    return floor


def cut_off(window: QWidget) -> list[str]:
    """Every text of ``window`` narrower or lower than it needs, or sticking out of view."""
    found: list[str] = []
    title = window.windowTitle() or type(window).__name__
    for widget in _checked(window):
        need = widget.sizeHint().width()
        tall = widget.minimumSizeHint().height()
        corner = widget.mapTo(window, widget.rect().topLeft())
        left, top = corner.x(), corner.y()
        area = _visible_area(widget, window)
        problems = []
        if widget.width() < need and not _elides(widget):
            problems.append(f"{widget.width()} px wide, needs {need}")
        if widget.height() < tall:
            problems.append(f"{widget.height()} px tall, needs {tall}")
        right = left + min(widget.width(), need)  # where its text ends (a label may be wider)
        if right > area.right() + 1 or left < area.left():
            problems.append(f"x {left}..{right} outside {area.left()}..{area.right() + 1}")
        floor = _floor(widget, window)
        bottom = top + min(widget.height(), tall)
        if floor is not None and bottom > floor:
            problems.append(f"y {top}..{bottom} below {floor}")
        if problems:
            name = widget.objectName() or type(widget).__name__
            holder = type(widget.parentWidget()).__name__
            text = plain(widget.text()).replace("\n", " ")
            found.append(f"[{title}] {type(widget).__name__} {name!r} in {holder}: {text!r}: "
                         + "; ".join(problems))
    return found


def report(found: list[str]) -> str:
    """Each offender once (the same button is seen on every case), in the order found."""
    return "cut off:\n" + "\n".join(dict.fromkeys(found))


def test_the_sweep_sees_a_text_cut_off(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    """The check itself: too narrow, and past the window's edge, are both reported."""
    from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Tekenen")
    dialog.resize(300, 100)
    box = QCheckBox("Ik bevestig dat deze getypte naam mijn handtekening is", dialog)
    box.setFixedWidth(200)
    button = QPushButton("Sluiten", dialog)
    button.move(280, 40)
    dialog.show()
    settle()
    found = cut_off(dialog)
    assert len(found) == 2
    assert found[0].startswith("[Tekenen] QCheckBox 'QCheckBox' in QDialog: 'Ik bevestig dat "
                               "deze getypte naam mijn handtekening is': 200 px wide, needs")
    assert found[1].startswith("[Tekenen] QPushButton 'QPushButton' in QDialog: 'Sluiten': "
                               "x 280..")


def test_the_sweep_sees_a_dialog_larger_than_its_screen(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    """A form taller than 540 pixels hides its buttons below a 960x540 screen's edge."""
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("Nieuwe casus")
    dialog.setMinimumSize(520, 580)
    small = Screen(AT_200)
    small.show(dialog)
    assert small.cut_off(dialog) == [
        "[Nieuwe casus] 520x580, larger than the screen of 960x540"]
    assert Screen(LAPTOP).cut_off(dialog) == []


# -- the pages of the main window -------------------------------------------------------------


def _case(window: MainWindow, first: str):  # type: ignore[no-untyped-def]
    """Select the case of the young person called ``first``; its overview."""
    workspace = window.workspace
    summary = next(s for s in window.controller.services.casussen.summaries()
                   if s.jongere.split()[0] == first)
    workspace.case_list.select_case(summary.id)
    settle()
    overview = workspace.overview._overview
    assert overview is not None and overview.jongere.voornaam == first
    return overview


def test_the_case_list_and_every_case_overview(qtbot, window: MainWindow, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    screen.fit(window)
    found = screen.cut_off(window)  # the unlock page
    window.unlock_page.ui.passphraseEdit.setText("niet de goede")
    window.unlock_page.try_unlock()
    wait_for_unlock(qtbot, window)
    settle()
    found += screen.cut_off(window)  # with its one sentence about the wrong passphrase
    unlock(qtbot, window)
    settle()
    found += screen.cut_off(window)  # the case list, no case chosen
    workspace = window.workspace
    for summary in window.controller.services.casussen.summaries():  # each shows other parts
        workspace.case_list.select_case(summary.id)
        settle()
        found += screen.cut_off(window)
    workspace.overview.conversations.timeline_button.setChecked(True)  # the Big 5 over time
    settle()
    found += screen.cut_off(window)
    assert not found, report(found)


def test_the_keukentafelgesprek_and_the_plan_editor(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, screen: Screen) -> None:
    screen.fit(window)
    unlock(qtbot, window)
    workspace = window.workspace
    found: list[str] = []
    workspace.start_gesprek(_case(window, "Thijs").casus.id)
    page = workspace.gesprek
    for index in range(len(page.steps)):
        page.step_list.setCurrentRow(index)
        settle()
        found += screen.cut_off(window)
    page.step_list.setCurrentRow(3)
    page.steps[3].rows[0].levels_button.setChecked(True)  # the levels of one domain
    settle()
    found += screen.cut_off(window)
    page.set_young_view(True)
    settle()
    found += screen.cut_off(window)
    page.set_young_view(False)
    page.close_page()
    for first in ("Dylan", "Jaylen", "Kevin"):  # signed, versions, a concept
        workspace.open_plan(_case(window, first).casus.id)
        plan = workspace.plan_page
        for row in range(plan.nav.count()):
            plan.nav.setCurrentRow(row)
            settle()
            found += screen.cut_off(window)
        plan.close_page()
    assert not found, report(found)


# -- dialogs -------------------------------------------------------------------------------------


def test_the_dialogs_of_a_case(qtbot, window: MainWindow, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    from tafel.domain.enums import NetwerkSoort, Rol
    from tafel.ui.casus.betrokkene_dialog import BetrokkeneDialog
    from tafel.ui.casus.casus_dialog import CasusDialog
    from tafel.ui.casus.checklist18_dialog import ChecklistPuntDialog
    from tafel.ui.casus.checklist18_section import Checklist18Window
    from tafel.ui.casus.indicatie_dialog import EindeIndicatieDialog, IndicatieDialog
    from tafel.ui.casus.inzage_dialog import InzageDialog
    from tafel.ui.casus.juridisch_dialog import JuridischDialog
    from tafel.ui.casus.persoon_dialog import PersoonDialog
    from tafel.ui.casus.tekstcorrectie_dialog import TekstcorrectieDialog
    from tafel.ui.casus.toestemming_dialog import ToestemmingDialog
    from tafel.ui.casus.vernietig_dialog import VernietigDialog
    from tafel.ui.casus.verwijzing_dialog import ContactDialog, VervolgDialog, VerwijzingDialog
    from tafel.ui.dialogs.nieuwe_casus_dialog import NieuweCasusDialog
    from tafel.ui.logboek.logboek_dialog import LogboekDialog

    screen.fit(window)
    unlock(qtbot, window)
    controller = window.controller
    services = controller.services
    found = screen.sweep(NieuweCasusDialog(controller, window))
    overview = _case(window, "Jaylen")  # the fullest case
    case_id = overview.casus.id
    mother = next(p for p in overview.personen if p.rol is Rol.OUDER)
    pro = next(b for b in overview.betrokkenen if b.soort is NetwerkSoort.PROFESSIONEEL)
    for dialog in (
        CasusDialog(controller, overview, window),
        PersoonDialog(controller, overview, None, window),
        PersoonDialog(controller, overview, mother, window),
        PersoonDialog(controller, overview, overview.jongere, window),
        BetrokkeneDialog(controller, overview, None, window),
        BetrokkeneDialog(controller, overview, None, window, soort=NetwerkSoort.PROFESSIONEEL),
        BetrokkeneDialog(controller, overview, pro, window),
        ToestemmingDialog(controller, overview, window),
        IndicatieDialog(controller, case_id, parent=window),
        JuridischDialog(controller, overview, None, window),
        VerwijzingDialog(controller, overview, None, window),
        InzageDialog(controller, case_id, mother.id, mother.naam, window),
        TekstcorrectieDialog(controller, case_id, mother.id, mother.naam, window),
        LogboekDialog(controller, case_id, window),
        VernietigDialog(controller, overview, window),
    ):
        found += screen.sweep(dialog)
    for indicatie in overview.indicaties[:1]:
        found += screen.sweep(IndicatieDialog(controller, case_id, indicatie, parent=window))
        found += screen.sweep(EindeIndicatieDialog(controller, indicatie, window))
    jesse = _case(window, "Jesse")  # his referrals
    for referral in jesse.verwijzingen[:1]:
        found += screen.sweep(VerwijzingDialog(controller, jesse, referral, window))
        found += screen.sweep(ContactDialog(controller, referral, window))
        found += screen.sweep(VervolgDialog(controller, referral, window))
    for status in services.juridisch.for_case(case_id)[:1]:
        found += screen.sweep(JuridischDialog(controller, overview, status, window))
    names = [p.naam for p in overview.personen]
    found += screen.sweep(Checklist18Window(controller, case_id, overview.jongere.voornaam, names,
                                     window))
    punt = services.checklist18.for_case(case_id).punten[0]
    found += screen.sweep(ChecklistPuntDialog(controller, case_id, punt, names, window))
    _case(window, "Jaylen")
    section = window.workspace.overview.network_section
    section._end(pro.id)  # as its menu does
    found += screen.sweep(section.dialog)
    assert not found, report(found)


def test_the_dialogs_of_the_plan(qtbot, window: MainWindow, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    from tafel.domain.enums import GesprekSoort
    from tafel.ui.gesprek.snelle_check_dialog import SnelleCheckDialog
    from tafel.ui.gesprek.verslag_dialog import VerslagDialog
    from tafel.ui.overleg.start_dialog import StartOverlegDialog
    from tafel.ui.plan.compare_dialog import CompareDialog
    from tafel.ui.plan.owner_dialog import NewOwnerDialog
    from tafel.ui.plan.print_preview import PrintPreviewDialog
    from tafel.ui.plan.sign_dialog import SignDialog

    screen.fit(window)
    unlock(qtbot, window)
    controller = window.controller
    services = controller.services
    workspace = window.workspace
    overview = _case(window, "Jaylen")
    case_id = overview.casus.id
    workspace.open_plan(case_id)
    plan = workspace.plan_page
    view, version = plan.view, plan.version
    found = screen.sweep(SignDialog(controller, view, version, window))
    found += screen.sweep(CompareDialog(view, 1, 2, window))
    found += screen.sweep(NewOwnerDialog(controller, case_id, window))
    preview = PrintPreviewDialog(controller, version.id, window)
    preview.show()
    qtbot.waitUntil(lambda: preview.ready, timeout=30_000)  # it renders in the background
    found += screen.sweep(preview)
    plan.close_page()
    talk = next(g for g in services.gesprekken.history(case_id)
                if g.soort is GesprekSoort.KEUKENTAFELGESPREK)
    verslag = VerslagDialog(controller, talk.id, window)
    verslag.show()
    qtbot.waitUntil(lambda: verslag.ready, timeout=30_000)
    found += screen.sweep(verslag)
    found += screen.sweep(SnelleCheckDialog(controller, overview, window))
    kandidaten = services.overleg.kandidaten(case_id)
    found += screen.sweep(StartOverlegDialog(overview.jongere.voornaam, kandidaten, window))
    assert not found, report(found)


def test_the_dialogs_of_the_vault(qtbot, window: MainWindow, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.backup.backup_dialogs import TerugzetDialog, write_backup
    from tafel.ui.dialogs.medewerker_dialog import MedewerkerDialog
    from tafel.ui.dialogs.new_vault_dialog import NewVaultDialog
    from tafel.ui.dialogs.settings_dialog import SettingsDialog
    from tafel.ui.dialogs.wachtwoordzin_dialog import WachtwoordzinDialog
    from tafel.ui.help.about_dialog import AboutDialog
    from tafel.ui.kengetallen.kengetallen_dialog import KengetallenDialog
    from tafel.ui.logboek.logboek_dialog import LogboekDialog
    from tafel.ui.partijen.partijen_dialog import PartijenDialog

    screen.fit(window)
    unlock(qtbot, window)
    controller = window.controller
    found: list[str] = []
    for dialog in (
        SettingsDialog(controller, window),
        AboutDialog(controller.vault_path, window),
        MedewerkerDialog(controller, False, window),
        MedewerkerDialog(controller, True, window),
        NewVaultDialog(controller, window),
        WachtwoordzinDialog(controller, window),
        LogboekDialog(controller, None, window),
        KengetallenDialog(controller, window),
        PartijenDialog(controller, window),
        TerugzetDialog(controller, window),
    ):
        found += screen.sweep(dialog)
    assert controller.vault_path is not None
    box = write_backup(controller, window, controller.vault_path.parent / "kopie.tafelbackup")
    found += screen.sweep(box)
    assert not found, report(found)


def test_the_casus_overleg(qtbot, window: MainWindow, screen: Screen) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.overleg.aanwezigen_dialog import AanwezigenDialog
    from tafel.ui.overleg.afronden_dialog import AfrondenDialog
    from tafel.ui.overleg.verslag_dialog import OverlegVerslagDialog
    from tests.ui.drive import begin_meeting

    screen.fit(window)
    unlock(qtbot, window)
    controller = window.controller
    services = controller.services
    jesse = _case(window, "Jesse")
    held = services.overleg.voor_casus(jesse.casus.id)[0]  # the demo's meeting, finished
    found = screen.sweep(OverlegVerslagDialog(controller, held.id, services.context.today(),
                                              window))
    case_id = _case(window, "Jaylen").casus.id
    page = begin_meeting(window, case_id, ["Jaylen", "Gwendolyn", "Anouk"])
    settle()
    found += screen.cut_off(window)  # the control view
    wall = page.sessie.muur
    wall.resize(LAPTOP)  # a beamer of a laptop's size, whatever the laptop's own screen
    settle()
    found += cut_off(wall)
    overleg = services.overleg.overleg(page.sessie.overleg_id)
    kandidaten = services.overleg.kandidaten(case_id)
    found += screen.sweep(AanwezigenDialog(kandidaten, overleg.aanwezigen, False, True, window))
    found += screen.sweep(AfrondenDialog(controller, overleg.id, window))
    page.close_page()
    assert not found, report(found)


def test_bundles_parties_backup_and_the_retention_term(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, screen: Screen, tmp_path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tafel.domain.enums import Gegevenscategorie
    from tafel.ui.bundels.export_dialog import BundelExportDialog
    from tafel.ui.bundels.inlees_dialog import BundelInleesDialog
    from tafel.ui.partijen.controle_dialog import ControleDialog
    from tafel.ui.partijen.partijen_dialog import PartijenDialog
    from tests.builders import Laptop, laptop, new_case, send, share_with
    from tests.ui.drive import in_modal

    screen.fit(window)
    unlock(qtbot, window)
    controller = window.controller
    services = controller.services
    here = Laptop(services, services.context.vault, "Fatima Amrani")
    sanne = laptop(tmp_path / "j", "Sanne de Wit", "Jeugdhulp Twente", "ambulant hulpverlener")
    sanne.services.partijen.voeg_toe(services.partijen.kaart_bestand())  # she knows this vault
    case_id = sanne.services.casussen.register(new_case()).primary_id
    share_with(sanne, case_id, here, tuple(Gegevenscategorie))
    sanne.services.plans.start(case_id)
    data = send(sanne, case_id, here)  # from a sender this vault does not know yet
    found = screen.sweep(BundelInleesDialog(controller, data,
                                            "T-2026-0001 aan Wijkteam.tafelbundel", window))
    found += screen.sweep(BundelExportDialog(controller, _case(window, "Jaylen"), window))
    partij = services.partijen.voeg_toe(sanne.services.partijen.kaart_bestand()).partij
    sanne.vault.lock()
    found += screen.sweep(ControleDialog(controller, partij, window))
    found += screen.sweep(PartijenDialog(controller, window))  # now with a party to check

    def term(dialog: QInputDialog) -> None:
        screen.resize(dialog, None)
        found.extend(screen.cut_off(dialog))
        dialog.reject()

    seen = in_modal(QInputDialog, term)
    window.choose_bewaartermijn()
    assert seen
    assert not found, report(found)
