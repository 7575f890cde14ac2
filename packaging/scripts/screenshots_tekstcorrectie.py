"""Screenshots of a text removed on request: the case's button, the dialog, the plan's note.

    QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_tekstcorrectie.py [OUT_DIR]

Writes correctie_*.png into OUT_DIR (default /work/wt/shots), on a fresh demo vault: a
sentence of Jaylen's plan that stands in signed, printed and draft versions is looked up for
him, removed, and the plan shows the note. The dialog is drawn over the window at 1366x768.
"""

from __future__ import annotations

import sys


def main() -> int:
    """The shots, on a fresh demo vault in a temporary home."""
    from overleg_shots import kevins_room  # beside this script

    room = kevins_room()  # first: it sets the temporary home before tafel reads it
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QScrollArea, QWidget

    from tafel.ui.casus.tekstcorrectie_dialog import TekstcorrectieDialog

    window, services, out = room.window, room.services, room.out
    jaylen = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Jaylen"))
    view = services.plans.for_case(jaylen)
    assert view is not None
    sentences = {part.strip().rstrip(".") for text in view.versions[0].content.teksten.values()
                 for part in text.split(". ") if len(part) > 25}
    sentence = max(sorted(sentences), key=lambda s: len(services.tekstcorrectie.zoek(
        jaylen, s).versies))
    workspace = window.workspace
    workspace.case_list.select_case(jaylen)
    room.settle()
    overview = workspace.overview
    household = overview.household_section
    young = next(r for r in household.people.rows if r.title.startswith("Jaylen"))
    scroll = overview.findChild(QScrollArea)
    if scroll is not None:  # the household with its buttons in view
        scroll.verticalScrollBar().setValue(household.mapTo(scroll.widget(), QPoint()).y())
    room.settle()
    window.grab().save(str(out / "correctie_casus.png"))
    print(out / "correctie_casus.png")
    household.people.correctie_buttons[young.id].click()
    dialog = household.dialog
    assert isinstance(dialog, TekstcorrectieDialog)
    dialog.text_edit.setPlainText(sentence)
    dialog.search()
    room.settle()

    def over_window(name: str, on_top: QWidget) -> None:
        on_top.adjustSize()
        room.settle()
        frame = window.geometry()
        on_top.move(frame.x() + (frame.width() - on_top.width()) // 2,
                    frame.y() + (frame.height() - on_top.height()) // 2)
        room.settle()
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(on_top.geometry().topLeft() - frame.topLeft(), on_top.grab())
        painter.end()
        picture.save(str(out / name))
        print(out / name)

    over_window("correctie_gevonden.png", dialog)
    dialog.ask = lambda: True  # type: ignore[method-assign]  # the question, answered yes
    dialog.confirm()
    room.settle()
    over_window("correctie_gedaan.png", dialog)
    dialog.close()
    room.settle()
    workspace.open_plan(jaylen)
    for _ in range(40):
        room.settle()
    window.grab().save(str(out / "correctie_plan.png"))
    print(out / "correctie_plan.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
