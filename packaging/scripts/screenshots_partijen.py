"""Screenshots of parties and keys: my card, the known parties, checking a card, a link.

My card with its QR code, the known parties, checking a card together, and a professional
in a case's network linked to a party.

Called by ``screenshots.py`` with an unlocked demo window, or on its own:

    QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_partijen.py [OUT_DIR]

The other parties' cards are invented here (fresh keys, no vault needed); two professionals
of Kevin's network are linked to them, one verified and one not.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tafel.ui.main_window import MainWindow

DialogShot = Callable[[object, Path, str], None]

#: The invented parties: (name, organisation, role, verified).
PARTIES = (
    ("Yvonne Vlasblom", "Schuldhulp Gemeente", "schuldhulpverlener", True),
    ("Bas Oosterwoud", "Jongerenloket", "jongerencoach", False),
    ("Sanne Kalkhoven", "Jeugdhulp De Brug", "gezinsbegeleider", True),
    ("Kevin Zwanenburg", "", "jongere", False),
)


def _card(naam: str, organisatie: str, rol: str) -> bytes:
    import uuid

    from tafel.domain.partijkaart import Partijkaart
    from tafel.domain.sleutels import (
        age_ontvanger,
        nieuwe_age_identiteit,
        nieuwe_tekensleutel,
        tekensleutel_publiek,
    )

    return Partijkaart(str(uuid.uuid4()), naam, organisatie, rol,
                       age_ontvanger(nieuwe_age_identiteit()),
                       tekensleutel_publiek(nieuwe_tekensleutel())).bestand()


def take_partijen_shots(window: MainWindow, out: Path, dialog_shot: DialogShot,
                        shot: Callable[[str], None] | None = None) -> None:
    """The parties dialog empty and filled, the check dialog, the network with a party."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from tafel.domain.enums import NetwerkSoort
    from tafel.ui.casus.betrokkene_dialog import BetrokkeneDialog
    from tafel.ui.partijen.controle_dialog import ControleDialog
    from tafel.ui.partijen.partijen_dialog import PartijenDialog

    controller = window.controller
    services = controller.services
    dialog_shot(PartijenDialog(controller, window), out, "partijen_leeg")
    linked = {}
    for naam, organisatie, rol, verified in PARTIES:
        partij = services.partijen.voeg_toe(_card(naam, organisatie, rol)).partij
        if verified:
            services.partijen.markeer_geverifieerd(partij.id)
        linked[naam] = partij.id
    dialog_shot(PartijenDialog(controller, window), out, "partijen_kaarten")
    bas = services.partijen.partij(linked["Bas Oosterwoud"])
    dialog_shot(ControleDialog(controller, bas, window), out, "partijen_controle")
    different = ControleDialog(controller, bas, window)
    different.show()
    different.codes_different()
    dialog_shot(different, out, "partijen_controle_niet_gelijk")

    kevin_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Kevin"))
    kevin = services.casussen.open(kevin_id)
    for b in kevin.betrokkenen:
        if b.soort is NetwerkSoort.PROFESSIONEEL and b.naam in linked:
            services.partijen.koppel(linked[b.naam], b.id)
    kevin = services.casussen.open(kevin_id)
    pro = next(b for b in kevin.betrokkenen if b.naam == "Yvonne Vlasblom")
    dialog_shot(BetrokkeneDialog(controller, kevin, pro, window), out, "partijen_betrokkene")
    if shot is None or window.workspace is None:
        return
    workspace = window.workspace
    workspace.reload()
    workspace.case_list.select_case(kevin_id)
    section = workspace.overview.network_section
    scroll = workspace.overview.findChild(QScrollArea)
    for _ in range(3):
        QApplication.processEvents()
    if scroll is not None:
        scroll.ensureWidgetVisible(section, 0, 0)
        bar = scroll.verticalScrollBar()
        bar.setValue(min(bar.maximum(), section.mapTo(scroll.widget(), section.rect().topLeft())
                         .y() - 12))
    shot("partijen_netwerk")


def main() -> int:
    """The shots alone, on a fresh demo vault in a temporary home."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TAFEL_HOME"] = tempfile.mkdtemp(prefix="tafel-shots-")
    from PySide6.QtWidgets import QApplication

    from tafel.paths import demo_vault_path
    from tafel.settings import Settings
    from tafel.ui.application import create_app
    from tafel.ui.controller import AppController
    from tafel.vault import KdfParams
    from tafel.vault.vault import DEMO_PASSPHRASE

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from screenshots import dialog_shot

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    controller = AppController(Settings(), "Fatima Amrani", KdfParams(memory_kib=8192,
                                                                      time_cost=1))
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    controller.create_demo(demo_vault_path(), date.today())
    controller.unlock(DEMO_PASSPHRASE)

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    take_partijen_shots(window, out, dialog_shot, shot)
    controller.lock()
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
