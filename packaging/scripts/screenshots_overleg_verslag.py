"""Screenshots of finishing a casus-overleg and of its record on the case, at 1366x768.

Kevin's case from the demo with the woonconsulent in the room: the finishing dialog (the
record as it will be printed, the next evaluation six weeks ahead), the same with a day in
the past, the record's page in the print preview, then Jesse's case (its demo meeting's
evaluation has passed) with the list of meetings and one record opened.

    QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_overleg_verslag.py [OUT_DIR]

Writes overleg_afronden*.png into OUT_DIR (default /work/wt/shots).
"""

from __future__ import annotations

import time
from datetime import timedelta


def main() -> int:
    """The shots, on a fresh demo vault in a temporary home."""
    from overleg_shots import kevins_room  # beside this script

    room = kevins_room()  # first: it sets the temporary home before tafel reads it
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from tafel.domain.enums import Pijler
    from tafel.ui.overleg.afronden_dialog import AfrondenDialog
    from tafel.ui.overleg.begin import OverlegStart
    from tafel.ui.overleg.scherm import SchermKeuze

    app, controller, window, services, out = (room.app, room.controller, room.window,
                                                room.services, room.out)

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    def shot(name: str, *dialogs: QWidget) -> None:
        """The window with its dialogs painted where they stand (offscreen has no desktop)."""
        settle()
        picture = window.grab()
        painter = QPainter(picture)
        for dialog in dialogs:
            place = dialog.geometry().topLeft() - window.geometry().topLeft()
            painter.drawPixmap(place, dialog.grab())
        painter.end()
        picture.save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def centre(dialog: QWidget) -> None:
        frame = window.geometry()
        dialog.move(frame.x() + (frame.width() - dialog.width()) // 2,
                    frame.y() + (frame.height() - dialog.height()) // 2)

    kevin_id = room.kevin_id
    workspace = window.workspace
    present = [p.aanwezige for p in services.overleg.kandidaten(kevin_id)
               if p.naam.startswith(("Kevin", "Nicole"))]
    start = OverlegStart(controller, kevin_id, window)
    start.begonnen.connect(workspace._show_overleg)
    page = start.begin(present, False, SchermKeuze(False))
    assert page is not None
    overleg_id = page.sessie.overleg_id
    today = services.context.today()
    young = f"persoon:{services.overleg.kandidaten(kevin_id)[0].id}"
    for actie, days, pijler in (
            ("Inschrijven bij Woningcorporatie De Sleutel", 14, Pijler.WONEN),
            ("Met de schuldhulpverlener een afspraak maken", 21, Pijler.INKOMEN),
            ("Twee kamers bekijken met Nicole", 30, Pijler.WONEN)):
        services.overleg.noteer_afspraak(overleg_id, actie, young, today + timedelta(days),
                                         pijler)
    services.overleg.zet_conclusies(overleg_id, [
        "Kevin zoekt eerst een kamer, de schulden daarna.",
        "Nicole helpt bij het bezichtigen; Kevin belt zelf de corporatie."])
    page.afronden()
    settle()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, AfrondenDialog) and w.isVisible())
    centre(dialog)
    shot("overleg_afronden", dialog)
    dialog.date_line.setText((today - timedelta(days=2)).strftime("%d-%m-%Y"))
    dialog.save()
    shot("overleg_afronden_fout", dialog)
    dialog.date_line.setText((today + timedelta(weeks=6)).strftime("%d-%m-%Y"))
    dialog.save()
    preview = dialog.preview
    assert preview is not None
    preview.resize(1100, 700)
    centre(preview)
    for _ in range(500):
        settle()
        if preview.ready and preview.images:
            break
        time.sleep(0.02)
    shot("overleg_afronden_afdrukken", preview)
    preview.accept()
    settle()

    jesse_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Jesse"))
    workspace.reload()
    workspace.case_list.select_case(jesse_id)
    settle()
    section = workspace.overview.overleggen_section
    scroll = workspace.overview.findChild(QScrollArea)
    assert scroll is not None
    scroll.verticalScrollBar().setValue(section.y() - 120)
    shot("overleg_afronden_sectie")
    section.open_record(section.rows[0].id)
    record = section.dialog
    assert record is not None
    centre(record)
    shot("overleg_afronden_verslag", record)
    record.reject()

    controller.lock()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
