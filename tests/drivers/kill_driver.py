"""The app, typing steadily until it is killed: the other half of the kill tests.

Run as ``python tests/drivers/kill_driver.py VAULT PLACE PASSPHRASE TODAY SEED``. It builds the real
controller and main window (offscreen), unlocks the vault with cheap key parameters, opens
PLACE ("intake": the keukentafelgesprek's first pillar, "wat gaat goed"; "plan": the
toekomstplan's perspectief) and types :data:`TEXT` into that box one character per tick, at a
steady human speed (80-140 ms between keys, about 9 characters a second, never a pause long
enough for a save that waits for a pause). After each character it prints, flushed,
``typed <count> <monotonic clock>``; the killer reads these to know what was typed when.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date

TEXT = (
    "Ik woon nu bij mijn tante in de flat aan de rand van de stad en dat gaat best goed, "
    "maar ik wil graag op mezelf wonen voordat ik achttien word. Mijn tante helpt me met "
    "de post en met geld, want ik heb nog een schuld bij de telefoonwinkel die ik elke "
    "maand afbetaal. Op school gaat het beter sinds ik een stage heb in de keuken van het "
    "verpleeghuis, daar koken we elke dag voor zestig mensen en de kok zegt dat ik het "
    "goed doe. Ik wil later kok worden of een eigen zaak beginnen met mijn neef. Soms slaap "
    "ik slecht en dan lukt school niet, dan bel ik mijn mentor en die snapt dat. Als het "
    "misgaat met wonen kan ik terecht bij mijn oma in het dorp, maar daar is geen werk en "
    "de bus gaat maar twee keer per uur, dus dat is echt alleen voor als het niet anders "
    "kan. Wat ik nodig heb is iemand die met mij naar de woningcorporatie gaat en uitlegt "
    "hoe inschrijven werkt, en hulp bij het aanvragen van toeslagen zodra ik achttien ben."
)
MIN_GAP_MS = 80
MAX_GAP_MS = 140


def main(argv: list[str]) -> int:
    """Open the place, type until killed."""
    vault, place, passphrase, today_iso, seed = argv
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from tafel.settings import Settings
    from tafel.ui.application import create_app
    from tafel.ui.controller import AppController
    from tafel.ui.main_window import MainWindow
    from tafel.vault import KdfParams

    today = date.fromisoformat(today_iso)
    app = create_app([])
    controller = AppController(Settings(last_vault=vault), "Fatima Amrani",
                               KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1),
                               today=lambda: today)
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    controller.unlock(passphrase)
    workspace = window.workspace
    assert workspace is not None
    summaries = workspace.case_list.model._all
    if place == "intake":
        case_id = next(s.id for s in summaries if s.jongere.startswith("Thijs"))
        workspace.start_gesprek(case_id)
        page = workspace.gesprek
        assert page is not None
        page.go(1)
        box = page.steps[1].boxes["wat_gaat_goed"]
    else:
        case_id = next(s.id for s in summaries if s.jongere.startswith("Jesse"))
        workspace.open_plan(case_id)
        plan = workspace.plan_page
        assert plan is not None
        box = plan.perspective.parts["perspectief"].box
    assert box.toPlainText() == "", "the kill test needs an empty box"
    box.setFocus()

    gaps = random.Random(int(seed))
    count = 0

    def type_one() -> None:
        nonlocal count
        if count >= len(TEXT):
            print("done", flush=True)
            return
        QTest.keyClicks(box, TEXT[count])
        count += 1
        print(f"typed {count} {time.monotonic():.4f}", flush=True)
        timer.start(gaps.randint(MIN_GAP_MS, MAX_GAP_MS))

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(type_one)
    print("ready", flush=True)
    timer.start(gaps.randint(MIN_GAP_MS, MAX_GAP_MS))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
