"""The room the casus-overleg's screenshot scripts share: Kevin's case from a fresh demo.

Kevin's case, unlocked in a 1366x768 main window, with a consent for the woonconsulent
(Nicole) that leaves out Inkomen, so the wall shows Kevin's plan without it. Used by
``screenshots_overleg.py`` (the control view) and ``screenshots_overleg_verslag.py`` (the
record); each makes its own shots from here.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any


@dataclass
class KevinsRoom:
    """The app, its window and services, where the shots go, and Kevin's case id."""

    app: Any
    controller: Any
    window: Any
    services: Any
    out: Path
    kevin_id: uuid.UUID

    def settle(self, rounds: int = 8) -> None:
        """Let the window finish drawing."""
        for _ in range(rounds):
            self.app.processEvents()


def kevins_room() -> KevinsRoom:
    """A fresh demo vault in a temporary home, Kevin's case open (OUT_DIR from argv)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TAFEL_HOME"] = tempfile.mkdtemp(prefix="tafel-shots-")
    from tafel.domain.enums import Gegevenscategorie as C
    from tafel.paths import demo_vault_path
    from tafel.services.toestemmingen import NieuweToestemming
    from tafel.settings import Settings
    from tafel.ui.application import create_app
    from tafel.ui.controller import AppController
    from tafel.ui.main_window import MainWindow
    from tafel.vault import KdfParams
    from tafel.vault.vault import DEMO_PASSPHRASE

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/shots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    controller = AppController(Settings(), "Fatima Amrani", KdfParams(memory_kib=8192,
                                                                      time_cost=1))
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    controller.create_demo(demo_vault_path(), date.today())
    controller.unlock(DEMO_PASSPHRASE)
    services = controller.services
    kevin_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Kevin"))
    kevin = services.casussen.open(kevin_id)
    nicole = next(b for b in kevin.betrokkenen if b.naam.startswith("Nicole"))
    services.toestemmingen.add(kevin_id, NieuweToestemming(
        "", "Casus-overleg over wonen", (C.WONEN, C.WELZIJN, C.SCHOOL_WERK, C.SUPPORT,
                                         C.PERSOONSGEGEVENS, C.TOEKOMSTPLAN),
        ontvanger_betrokkene_id=nicole.id))
    workspace = window.workspace
    assert workspace is not None
    workspace.reload()
    workspace.case_list.select_case(kevin_id)
    return KevinsRoom(app, controller, window, services, out, kevin_id)
