"""Driving the app's screens as a consulent does: unlock, open a case, a conversation, a plan.

UI tests import these instead of each other; the steps wait for the background work
(unlock, building a plan page) the way a person waits for the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tafel.domain.enums import Pijler
from tafel.settings import Settings
from tafel.ui.controller import AppController
from tafel.ui.gesprek.gesprek_page import GesprekPage
from tafel.ui.gesprek.pillar_step import PillarStep
from tafel.ui.main_window import MainWindow
from tafel.ui.plan.plan_page import PlanPage
from tafel.ui.plan.signature_pad import SignaturePad
from tests.builders import CHEAP, PASSPHRASE, TODAY, Laptop


def wait_for_unlock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The unlock runs in the background: wait until it has opened the vault or failed."""
    qtbot.waitUntil(lambda: not window.unlock_page.unlocking, timeout=30_000)



def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    edit = window.unlock_page.ui.passphraseEdit
    qtbot.keyClicks(edit, passphrase)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_for_unlock(qtbot, window)



def open_case(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.workspace.case_list
    qtbot.keyClicks(panel.search_edit, name)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert window.workspace.overview.name_label.text().startswith(name.split()[0])


def start_talk(qtbot, window: MainWindow) -> GesprekPage:  # type: ignore[no-untyped-def]
    button = window.workspace.overview.conversations.talk_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    page = window.workspace.gesprek
    assert page is not None and window.workspace.pages.currentWidget() is page
    return page


def tab(qtbot, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def type_here(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(QApplication.focusWidget(), text)


def next_step(qtbot, page: GesprekPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)


def score_pillar(qtbot, step: PillarStep, skip: str = "") -> None:  # type: ignore[no-untyped-def]
    """From "wat gaat goed", type the young person's words and both scores per domain."""
    assert QApplication.focusWidget() is step.boxes["wat_gaat_goed"]
    type_here(qtbot, "Ik kan goed koken.")
    tab(qtbot)
    type_here(qtbot, "Soms te veel.")
    tab(qtbot)
    type_here(qtbot, "Ik wil rust.")
    tab(qtbot, 3)  # ik kan, ik heb nodig, then the first domain's level button
    if step.pillar.key is Pijler.SUPPORT:  # first: is there an adult always there for you?
        yes = QApplication.focusWidget()
        assert yes.text() in ("Ja", "Yes")
        qtbot.keyClick(yes, Qt.Key.Key_Space)
        tab(qtbot)
        type_here(qtbot, "Oma Ria")
        tab(qtbot)
    for row in step.rows:
        assert QApplication.focusWidget() is row.levels_button
        tab(qtbot)
        if row.domain.key == skip:
            tab(qtbot, 2)
            assert QApplication.focusWidget() is row.not_discussed
            qtbot.keyClick(row.not_discussed, Qt.Key.Key_Space)
            tab(qtbot)  # the reason field, shown now
            type_here(qtbot, "Bewaren voor een volgend gesprek.")
            tab(qtbot)
            continue
        assert QApplication.focusWidget() is row.professional
        type_here(qtbot, "3")
        tab(qtbot)
        assert QApplication.focusWidget() is row.young
        type_here(qtbot, "4")
        tab(qtbot, 2)  # past "niet besproken"



JESSE = "Jesse Verhoeckx"  # the demo case without a plan, on purpose


KEVIN = "Kevin Zwanenburg"  # a concept plan, and conversations with scores


def open_plan(qtbot, window: MainWindow, name: str) -> PlanPage:  # type: ignore[no-untyped-def]
    """Open a case and its plan from the case view (starting it when there is none)."""
    open_case(qtbot, window, name)
    section = window.workspace.overview.plan
    button = section.start_button if section.start_button.isVisible() else section.open_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_plan(qtbot, window)
    page = window.workspace.plan_page
    assert page is not None and window.workspace.pages.currentWidget() is page
    return page


def wait_for_plan(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The plan page is built step by step: wait until it is on screen, the window active.

    (A busy dialog may have shown meanwhile; the window is active again once it is gone.)
    """
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.plan_page is not None
                    and workspace.pages.currentWidget() is workspace.plan_page
                    and QApplication.activeWindow() is window, timeout=30_000)


def stored(window: MainWindow, page: PlanPage):  # type: ignore[no-untyped-def]
    """The newest version as it is in the vault now."""
    view = window.controller.services.plans.for_case(page.case_id)
    assert view is not None
    return view.latest



LEFT = Qt.MouseButton.LeftButton


def at(pad: SignaturePad, x: float, y: float) -> QPoint:
    """The widget position of a point given as a share of the signing area."""
    rect = pad.pad_rect()
    return QPoint(round(rect.left() + x * rect.width()), round(rect.top() + y * rect.height()))


def move_with_button(pad: SignaturePad, point: QPoint) -> None:
    """QTest's mouseMove carries no buttons, so send a move with the left button held."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(pad.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(pad, event)


def flat(strokes: list[list[tuple[float, float]]]) -> list[float]:
    """Strokes as one list of numbers, for pytest.approx (which takes no nested lists)."""
    return [value for stroke in strokes for point in stroke for value in point]


def draw(qtbot, pad: SignaturePad, points: list[tuple[float, float]]) -> None:  # type: ignore[no-untyped-def]
    positions = [at(pad, x, y) for x, y in points]
    qtbot.mousePress(pad, LEFT, pos=positions[0])
    for position in positions[1:]:
        move_with_button(pad, position)
    qtbot.mouseRelease(pad, LEFT, pos=positions[-1])


def press(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Focus a button and press Space, as a keyboard user does."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def key(qtbot, which: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    """Press a key on whatever has the focus."""
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), which)


def in_modal(kind: type[QDialog], steps: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``steps`` on the modal dialog of ``kind`` once it is up (its exec() blocks).

    Call it before the key press that opens the dialog; the list gets the dialog.
    """
    seen: list[QDialog] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if not isinstance(dialog, kind) or focus is None or not dialog.isAncestorOf(focus):
            if isinstance(dialog, kind):
                dialog.activateWindow()  # offscreen, a new window is not active by itself
            QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        steps(dialog)

    QTimer.singleShot(0, run)
    return seen


def window_on(qtbot, one: Laptop) -> MainWindow:  # type: ignore[no-untyped-def]
    """The real window, unlocked on ``one``'s vault (another party's laptop, as they see it).

    The laptop's own open vault is locked first: one process holds a vault at a time.
    """
    from tafel.settings import Settings
    from tafel.ui.controller import AppController

    one.vault.lock()
    controller = AppController(Settings(last_vault=str(one.vault.path)), None, CHEAP,
                               today=lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    unlock(qtbot, window)
    assert controller.is_unlocked
    return window


# -- what a window could show or tell: every text of every widget -------------------------------

_ITEM_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
               Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.AccessibleDescriptionRole,
               Qt.ItemDataRole.StatusTipRole, Qt.ItemDataRole.WhatsThisRole)


def plain(text: str) -> str:
    """Rich text as the words a person reads (tags and entities gone)."""
    if QtGui.Qt.mightBeRichText(text):  # (the function lives in QtGui's Qt namespace)
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def widget_texts(window: QWidget, *, shown_only: bool = False) -> list[str]:
    """Every text the window and its children hold: shown, told to a screen reader or on hover.

    Labels (rich text stripped), buttons, text fields, tooltips, accessible names and
    descriptions, what's-this and status tips, window titles, and every item of a list, tree
    or table view (display, tooltip and accessible text). For tests that must find no case
    text a room may not see. ``shown_only``: only widgets on the screen now (a page the main
    window keeps hidden behind another is not seen, nor read out by a screen reader).
    """
    found: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if shown_only and not widget.isVisible():
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                  widget.whatsThis(), widget.statusTip(), widget.windowTitle()]
        if isinstance(widget, QLabel):
            found.append(plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            found.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += _item_texts(widget.model(), QModelIndex())
    return [text for text in found if text]


def _item_texts(model, parent: QModelIndex) -> list[str]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    if not parent.isValid():
        for orientation, count in ((Qt.Orientation.Horizontal, model.columnCount()),
                                   (Qt.Orientation.Vertical, model.rowCount())):
            texts += [str(value) for section in range(count) for role in _ITEM_ROLES[:2]
                      if (value := model.headerData(section, orientation, role)) not in (None, "")]
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            texts += [str(value) for role in _ITEM_ROLES
                      if (value := model.data(index, role)) not in (None, "")]
            if index.column() == 0 and model.rowCount(index) > 0:
                texts += _item_texts(model, index)
    return texts


# -- the casus-overleg ----------------------------------------------------------------------

def wall_text(wall: QWidget) -> str:
    """Every text the room's window shows: its visible labels (the wall is built of them)."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in wall.findChildren(QLabel)
                     if label.isVisibleTo(wall))


def control_text(widget: QWidget) -> str:
    """Every text a window shows on the laptop: labels, buttons, boxes and fields."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit

    parts: list[str] = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            parts.append(child.toPlainText())
    return "\n".join(parts)


def begin_meeting(window: MainWindow, case_id, present: list[str], *,  # type: ignore[no-untyped-def]
                  besloten: bool = False, mirrored: bool = False):
    """Start a casus-overleg for ``case_id`` with the people whose names start as ``present``.

    The choices of the start dialog, made directly (offscreen there is one screen, so the
    two-screen mode is chosen here as "the wall on the primary screen").
    """
    from tafel.ui.overleg.begin import OverlegStart
    from tafel.ui.overleg.scherm import SchermKeuze

    workspace = window.workspace
    services = window.controller.services
    people = [p.aanwezige for p in services.overleg.kandidaten(case_id)
              if any(p.naam.startswith(name) for name in present)]
    start = OverlegStart(window.controller, case_id, window)
    start.begonnen.connect(workspace._show_overleg)
    page = start.begin(people, besloten, SchermKeuze(mirrored))
    assert page is not None and workspace.overleg_page is page
    return page


def locked_window_on(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A main window at a laptop's size on the unlock page of the vault at ``path``."""
    controller = AppController(Settings(last_vault=str(path)), "Fatima Amrani", CHEAP,
                               today=lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window
