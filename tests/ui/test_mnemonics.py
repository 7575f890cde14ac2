"""Every menu item and every button of the main pages has one mnemonic (Alt+letter), in Dutch.

The Dutch translation is what shows, so the check runs on the translated texts: exactly one
"&" that marks a letter ("&&" is a written ampersand), and within one menu no two items share
a letter (Alt+letter would then only cycle between them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from tafel.ui.main_window import MainWindow
from tests.ui.drive import KEVIN, open_case, open_plan, start_talk, unlock


def mnemonic(text: str) -> str | None:
    """The marked letter, lower case; None without one; "" for more than one."""
    marks = []
    i = 0
    while i < len(text):
        if text[i] == "&":
            if i + 1 < len(text) and text[i + 1] == "&":
                i += 2
                continue
            if i + 1 < len(text):
                marks.append(text[i + 1].lower())
        i += 1
    if not marks:
        return None
    return marks[0] if len(marks) == 1 else ""


def menu_problems(menu: QMenu, where: str) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        letter = mnemonic(text)
        if not letter:
            problems.append(f"{where}: {text!r} has {'no' if letter is None else 'more than one'}"
                            " mnemonic")
        elif letter in seen:
            problems.append(f"{where}: {text!r} and {seen[letter]!r} share &{letter}")
        else:
            seen[letter] = text
        if action.menu() is not None:
            problems += menu_problems(action.menu(), f"{where} > {text}")
    return problems


def window_menu_problems(window: MainWindow) -> list[str]:
    bar = QMenu()  # the menu bar's own titles, checked as one menu
    for action in window.menuBar().actions():
        bar.addAction(action)
    return menu_problems(bar, "menu bar")


def button_problems(page: QWidget, where: str) -> list[str]:
    problems = []
    for button in page.findChildren(QPushButton):
        if not button.isVisibleTo(page) or not button.text().strip():
            continue  # hidden, or an icon with a tooltip
        if not mnemonic(button.text()):
            problems.append(f"{where}: button {button.text()!r}")
    return problems


def test_every_menu_item_has_its_own_mnemonic_in_dutch(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.menuBar().actions()[0].text() == "&Kluis"  # the Dutch texts are checked
    problems = window_menu_problems(window)
    unlock(qtbot, window)
    problems += window_menu_problems(window)
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def test_every_button_of_the_main_pages_has_a_mnemonic(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    problems = button_problems(window.unlock_page, "unlock page")
    window.show_first_run()
    problems += button_problems(window.first_run, "first-run page")
    assert not problems, "\n".join(problems)


def test_every_button_of_the_case_plan_and_conversation_has_a_mnemonic(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, KEVIN)
    workspace = window.workspace
    problems = button_problems(workspace.browse, "case overview")
    page = open_plan(qtbot, window, KEVIN)
    problems += button_problems(page, "plan page")
    page.close_page()
    page = start_talk(qtbot, window)
    problems += button_problems(page, "conversation page")
    page.close_page()
    assert not problems, "\n".join(problems)
