"""A real tafel window in its own process, unlocked on a vault and steered line by line.

Run as ``python -m tests.drivers.app_holding_vault VAULT``; the passphrase comes from
``TAFEL_PASSPHRASE``. It builds the app as ``run_app`` does (same controller and window),
unlocks, prints ``unlocked``, and then obeys lines on stdin: ``lock``, ``unlock``,
``edit KEY TEXT`` (types TEXT at the end of a plan text of the first case, through the
service as the plan editor does), ``quit``. Each answer is one line on stdout.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier

from tafel.domain.plan_doc import SetText
from tafel.errors import TafelError
from tafel.settings import Settings
from tafel.ui.application import create_app
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow


def main() -> int:
    vault = Path(sys.argv[1])
    app = create_app([])
    controller = AppController(Settings(last_vault=str(vault)), "Fatima Amrani")
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    texts: dict[str, str] = {}

    def answer(line: str) -> None:
        print(line, flush=True)

    def unlock() -> None:
        try:
            controller.unlock(os.environ["TAFEL_PASSPHRASE"])
        except TafelError as error:
            answer(f"error {error.message}")
            return
        answer("unlocked")

    def edit(key: str, text: str) -> None:
        services = controller.services
        case_id = services.casussen.resolve("T-2026-0002")  # a concept: edits stay in it
        view = services.plans.for_case(case_id) or services.plans.start(case_id).view
        current = texts.setdefault(key, view.latest.content.teksten.get(key, ""))
        texts[key] = current + text
        services.plans.edit(view.latest.id, SetText(key, texts[key]))
        answer("edited")

    pending = bytearray()

    def on_input() -> None:
        chunk = os.read(sys.stdin.fileno(), 65536)  # unbuffered: the notifier sees the rest
        if not chunk:
            app.quit()
            return
        pending.extend(chunk)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            obey(line.decode("utf-8"))

    def obey(line: str) -> None:
        command, _, rest = line.strip().partition(" ")
        if command == "lock":
            controller.lock()
            answer("locked")
        elif command == "unlock":
            unlock()
        elif command == "edit":
            key, _, text = rest.partition(" ")
            edit(key, text)
        elif command == "quit":
            controller.lock()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    unlock()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
