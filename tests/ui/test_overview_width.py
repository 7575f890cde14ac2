"""The case overview fits its pane at 1366x768: no horizontal scrollbar for any demo case.

Long names, long e-mail addresses and empty sections must wrap, not push the page wider than
the pane (the demo has all of them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea

from tafel.ui.main_window import MainWindow
from tests.ui.drive import unlock


def test_no_case_overview_scrolls_sideways(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    panel = workspace.case_list
    scroll = workspace.overview.findChild(QScrollArea)
    assert scroll is not None
    wide = {}
    for row in range(panel.model.rowCount()):
        panel.table.selectRow(row)
        qtbot.waitUntil(lambda: workspace.overview.name_label.text() != "", timeout=5000)
        for _ in range(3):  # the scroll area sizes its page on posted layout requests
            QApplication.processEvents()
        needs = scroll.widget().minimumSizeHint().width() - scroll.viewport().width()
        if needs > 0 or scroll.horizontalScrollBar().maximum() > 0:
            wide[workspace.overview.name_label.text()] = needs
    assert panel.model.rowCount() >= 7
    assert wide == {}
    for section in (workspace.overview.household_section, workspace.overview.network_section):
        people = section.people  # the last case's rows only, none left from earlier cases
        shown = people.findChildren(QPushButton)
        assert len(shown) == (len(people.edit_buttons) + len(people.end_buttons)
                              + len(people.inzage_buttons) + len(people.correctie_buttons))
