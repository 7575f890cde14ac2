"""Killing the app in the middle of an intake loses nothing: the draft is there on restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tafel.domain.enums import GesprekSoort
from tafel.services import Services
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY

TYPED = "Ik woon bij mijn tante, dat gaat goed."

APP = textwrap.dedent(f"""
    import os, sys
    from datetime import date
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from tafel.settings import Settings
    from tafel.ui.application import create_app
    from tafel.ui.controller import AppController
    from tafel.ui.main_window import MainWindow
    from tafel.vault import KdfParams

    app = create_app([])
    controller = AppController(Settings(last_vault=sys.argv[1]), "Fatima Amrani",
                               KdfParams(memory_kib=8192, time_cost=1),
                               today=lambda: date({TODAY.year}, {TODAY.month}, {TODAY.day}))
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    controller.unlock({PASSPHRASE!r})
    workspace = window.workspace
    case_id = next(s.id for s in workspace.case_list.model._all if s.jongere.startswith("Thijs"))
    workspace.start_gesprek(case_id)
    page = workspace.gesprek
    page.go(1)
    QTest.keyClicks(page.steps[1].boxes["wat_gaat_goed"], {TYPED!r})
    QTest.keyClick(page.steps[1].rows[0].professional, Qt.Key.Key_2)

    def saved_then_report():
        if page.saver.is_dirty:
            return
        timer.stop()
        print("typed-and-saved", flush=True)

    timer = QTimer()
    timer.timeout.connect(saved_then_report)
    timer.start(50)
    app.exec()
""")


def test_kill_mid_intake_and_the_draft_is_intact(demo_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [sys.executable, "-c", APP, str(demo_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.strip() == "typed-and-saved", process.stderr.read() if process.stderr else ""
    finally:
        process.send_signal(signal.SIGKILL)  # no lock, no clean-up: as if the power went
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    vault = Vault.open(demo_path, PASSPHRASE)
    try:
        services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        case_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Thijs"))
        lopend = services.gesprekken.lopend_gesprek(case_id, GesprekSoort.KEUKENTAFELGESPREK)
        assert lopend is not None
        assert lopend.stap == 1
        assert lopend.content["pijlers"]["wonen"]["wat_gaat_goed"] == TYPED
        assert lopend.content["scores"]["huisvesting"]["professional"] == 2
    finally:
        vault.lock()
