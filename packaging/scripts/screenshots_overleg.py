"""Screenshots of the casus-overleg's control view, at 1366x768, to look at them.

Kevin's case from the demo, with his aunt and the woonconsulent in the room; the
woonconsulent's consent leaves out Inkomen, so the wall shows Kevin's plan without it. The
shots: the start dialog, the control view at the situatieschets (the "what the wall shows"
summary names Inkomen as not shown), the perspectief, the afspraken with one noted, and the
curtain closed; also the laptop's cover in mirror mode.

    QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_overleg.py [OUT_DIR]

Writes overleg_*.png into OUT_DIR (default /work/wt/shots).
"""

from __future__ import annotations

from datetime import timedelta


def main() -> int:
    """The shots, on a fresh demo vault in a temporary home."""
    from overleg_shots import kevins_room  # beside this script

    room = kevins_room()  # first: it sets the temporary home before tafel reads it
    from PySide6.QtWidgets import QApplication

    from tafel.domain.enums import Pijler
    from tafel.domain.overleg import AgendaStap
    from tafel.ui.overleg.begin import OverlegStart
    from tafel.ui.overleg.scherm import SchermKeuze
    from tafel.ui.overleg.start_dialog import StartOverlegDialog

    app, controller, window, services, out = (room.app, room.controller, room.window,
                                                room.services, room.out)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shot(name: str) -> None:
        settle()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    kevin_id = room.kevin_id
    workspace = window.workspace

    kandidaten = services.overleg.kandidaten(kevin_id)
    dialog = StartOverlegDialog("Kevin", kandidaten, window)
    for name in ("Nicole",):
        dialog.lijst.box_voor(name).setChecked(True)
    dialog.show()
    settle()
    dialog.grab().save(str(out / "overleg_start.png"))
    print(out / "overleg_start.png", f"{dialog.width()}x{dialog.height()}")
    present = dialog.aanwezigen
    dialog.reject()

    start = OverlegStart(controller, kevin_id, window)
    start.begonnen.connect(workspace._show_overleg)
    page = start.begin(present, False, SchermKeuze(False))
    assert page is not None and page.editor is not None
    window.activateWindow()
    page.preview.teken_nu()
    shot("overleg_control")

    page.sessie.ga_naar(AgendaStap.PERSPECTIEF)
    page.preview.teken_nu()
    shot("overleg_control_perspectief")

    form = page.afspraak
    form.actie_edit.setText("Inschrijven bij Woningcorporatie De Sleutel")
    form.eigenaar_combo.setCurrentIndex(1)
    form.deadline_edit.set_value(services.context.today() + timedelta(days=14))
    form.pijler_combo.setCurrentIndex(form.pijler_combo.findData(Pijler.WONEN.value))
    form.noteer()
    page.conclusies.nieuw_edit.setText("Kevin zoekt eerst een kamer, de schulden daarna")
    page.conclusies.voeg_toe()
    page.sessie.ga_naar(AgendaStap.AFSPRAKEN)
    page.preview.teken_nu()
    shot("overleg_control_afspraken")

    page.sessie.zet_gordijn(True)
    page.preview.teken_nu()
    shot("overleg_control_gordijn")
    page.close_page()

    mirrored = start.begin(present, False, SchermKeuze(True), services.overleg.lopend(kevin_id))
    assert mirrored is not None
    window.raise_()
    shot("overleg_spiegel_laptop")
    mirrored.close_page()

    controller.lock()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
