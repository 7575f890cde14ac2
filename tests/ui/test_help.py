"""Help > Handleiding (F1): the Dutch user guide, with screenshots, contents and search.

F1 opens it in front of the window at the chapter about the page in front (the plan page
gives the toekomstplan chapter); the chapter is Dutch and shows its screenshots; the search
field keeps only the chapters that hold the word; the signals chapter names every signal
with the words of the case list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication

from tafel.domain.signals import SignaalSoort
from tafel.ui.help.guide_pages import hoofdstukken
from tafel.ui.labels import signal_label
from tests.ui.drive import open_case, open_plan, start_talk, unlock


def _images(browser) -> list[QImage | QPixmap]:  # type: ignore[no-untyped-def]
    """The images the page on screen really loaded (the document keeps them as pixmaps)."""
    document = browser.document()
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                name = fmt.toImageFormat().name()
                found.append(document.resource(QTextDocument.ResourceType.ImageResource,
                                               QUrl(name)))
            it += 1
        block = block.next()
    return [image for image in found
            if isinstance(image, QImage | QPixmap) and not image.isNull()]


def test_f1_opens_the_dutch_guide_with_screenshots(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_actions.guide
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.isVisible() and guide.isWindow()
    text = guide.browser.toPlainText()
    assert "kluis" in text and "wachtwoordzin" in text  # Dutch, for the first steps
    assert guide.chapter_id() == "vergrendelen"  # the unlock page: how locking works
    guide.show_topic("eerste-keer")
    assert "Een kluis maken" in guide.browser.toPlainText()
    images = _images(guide.browser)
    assert images and images[0].width() >= 600
    titles = guide.visible_titles()
    assert "Het toekomstplan schrijven" in titles and len(titles) >= 10


def test_f1_on_the_plan_page_opens_the_toekomstplan_chapter(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    unlock(qtbot, window)
    open_plan(qtbot, window, "Dylan")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.help_actions.guide
    assert guide is not None and guide.isVisible()
    assert guide.chapter_id() == "toekomstplan"
    assert "perspectief" in guide.browser.toPlainText().lower()
    assert guide.contents.currentItem().text() == "Het toekomstplan schrijven"
    guide.contents.setCurrentRow(0)  # reading on in the guide: F1 there keeps the chapter
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    qtbot.keyClick(guide.browser, Qt.Key.Key_F1)
    assert guide.chapter_id() == "welkom"


def test_f1_in_a_keukentafelgesprek_and_in_the_case_list_opens_their_chapters(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    unlock(qtbot, window)
    qtbot.keyClick(window.workspace.case_list.search_edit, Qt.Key.Key_F1)
    guide = window.help_actions.guide
    assert guide.chapter_id() == "casus"
    guide.close()  # deleted on close: F1 makes a new one
    qtbot.waitUntil(lambda: window.help_actions.guide is None)
    open_case(qtbot, window, "Thijs")
    start_talk(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.help_actions.guide
    assert guide is not None and guide.chapter_id() == "gesprek"
    assert "Begin met wat goed gaat" in guide.browser.toPlainText()
    window.controller.lock()  # the guide closes with the lock, as every other window does
    qtbot.waitUntil(lambda: window.help_actions.guide is None)


def test_searching_keeps_only_the_chapters_with_the_word(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.help_actions.open_guide("welkom")
    guide = window.help_actions.guide
    qtbot.keyClicks(guide.search_edit, "vernietigen")
    titles = guide.visible_titles()
    assert "Privacy: logboek, inzage en vernietigen" in titles
    assert "Een keukentafelgesprek" not in titles
    shown = guide.contents.currentItem()
    assert shown is not None and shown.text() in titles  # the first chapter that has it
    assert "vernietig" in guide.browser.toPlainText()
    assert guide.browser.textCursor().selectedText().lower() == "vernietigen"  # found there
    guide.search_edit.clear()
    qtbot.keyClicks(guide.search_edit, "xyzzy")
    assert guide.visible_titles() == [] and guide.nothing_found.isVisible()


def test_the_signals_chapter_names_every_signal_as_the_case_list_does(app) -> None:  # type: ignore[no-untyped-def]
    chapter = next(c for c in hoofdstukken() if c.id == "signalen")
    for kind in SignaalSoort:
        assert signal_label(kind) in chapter.tekst, kind
