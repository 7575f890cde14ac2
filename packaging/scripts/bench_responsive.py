"""Does the window stay responsive? The longest event-loop block during the slow moments.

Run on its own (``python packaging/scripts/bench_responsive.py [RUNS]``) or as part of
``make bench``. Each run is a fresh process (so the first-time costs, imports included, count
as they do for a user) that drives the real main window offscreen at 1366x768, as someone
trying tafel for the first time would:

* demo: "Try the demo" makes the demo vault (default Argon2id costs) until its unlock page;
* unlock: the demo passphrase typed, Enter, until the workspace is painted;
* open plan: the toekomstplan with the most afspraken, until its page is painted (twice:
  the first time loads the editor's code too);
* preview: the print preview of that plan, until its pages are shown.

During each, a timer on the GUI thread ticks every 10 ms (:class:`tafel.ui.loop_watch.
LoopWatch`); the figure is the longest gap between two ticks, the longest the window could
not repaint or react. The target: under 100 ms. Prints the median over the runs and writes
them all to ``bench-results/responsive-latest.json``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 3
TARGET_MS = 100.0
SETTLE_MS = 300  # after the screen is there: its first paint and layout count too
MOMENTS = ("demo", "unlock", "open_plan_first", "open_plan_again", "preview")


def one_run() -> dict[str, dict[str, float]]:
    """In this process: drive the window through every moment; figures per moment."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from tafel.paths import demo_vault_path
    from tafel.settings import Settings
    from tafel.ui.application import create_app
    from tafel.ui.controller import AppController
    from tafel.ui.loop_watch import LoopWatch
    from tafel.ui.main_window import MainWindow
    from tafel.vault.files import DEMO_PASSPHRASE

    app = create_app([])
    controller = AppController(Settings())  # default key costs; the demo names its consulent
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    watch = LoopWatch()

    def wait_until(done: Callable[[], bool], timeout_s: float = 120.0) -> None:
        """Let the event loop run (not spin) until ``done()``."""
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if done() else None)
        poll.start(5)
        deadline = time.monotonic() + timeout_s
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there in time")
            loop.exec()
        poll.stop()

    def settle() -> None:
        end = time.monotonic() + SETTLE_MS / 1000
        wait_until(lambda: time.monotonic() >= end)

    def measure(start: Callable[[], object], done: Callable[[], bool]) -> dict[str, float]:
        settle()
        watch.start()
        began = time.perf_counter()
        QTimer.singleShot(0, start)  # from the event loop, as a click would
        wait_until(done)
        seconds = time.perf_counter() - began
        settle()
        return {"seconds": seconds, "longest_block_ms": watch.stop()}

    results: dict[str, dict[str, float]] = {}
    settle()
    results["demo"] = measure(
        window.open_demo,
        lambda: controller.vault_path == demo_vault_path()
        and window.pages.currentWidget() is window.unlock_page)

    def unlock() -> None:
        window.unlock_page.ui.passphraseEdit.setText(DEMO_PASSPHRASE)
        window.unlock_page.ui.unlockButton.click()

    results["unlock"] = measure(
        unlock, lambda: window.workspace is not None and window.workspace.isVisible())
    workspace = window.workspace
    assert workspace is not None
    summaries = controller.services.casussen.summaries()
    case_id = max(summaries, key=lambda s: _afspraken(controller, s.id)).id
    workspace.open_case(case_id)

    def plan_shown() -> bool:
        page = workspace.plan_page
        return page is not None and page.isVisible()

    for moment in ("open_plan_first", "open_plan_again"):
        results[moment] = measure(lambda: workspace.request_plan(case_id), plan_shown)
        page = workspace.plan_page
        assert page is not None
        version_id = page.shown_id
        if moment == "open_plan_first":
            workspace.close_plan()

    from tafel.ui.plan.print_preview import PrintPreviewDialog

    dialogs: list[PrintPreviewDialog] = []

    def preview() -> None:
        dialog = PrintPreviewDialog(controller, version_id, window)
        dialog.show()
        dialogs.append(dialog)

    results["preview"] = measure(
        preview, lambda: bool(dialogs) and dialogs[0].ready and bool(dialogs[0].images))
    dialogs[0].close()
    controller.lock()
    window.close()
    del app
    return results


def _afspraken(controller: object, case_id: object) -> int:
    view = controller.services.plans.for_case(case_id)  # type: ignore[attr-defined]
    return -1 if view is None else len(view.latest.content.afspraken)


def bench_responsive(work: Path, runs: int = RUNS) -> dict[str, object]:
    """``runs`` fresh processes; per moment the median and worst figures, and every run."""
    every: list[dict[str, dict[str, float]]] = []
    for run in range(runs):
        home = work / f"run-{run}"
        home.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAFEL_HOME=str(home))
        done = subprocess.run([sys.executable, __file__, "--one-run"], env=env, check=True,
                              capture_output=True, text=True, timeout=600)
        every.append(json.loads(done.stdout.strip().splitlines()[-1]))
    summary: dict[str, object] = {"runs": runs}
    for moment in MOMENTS:
        blocks = [run[moment]["longest_block_ms"] for run in every]
        seconds = [run[moment]["seconds"] for run in every]
        summary[moment] = {
            "seconds_median": statistics.median(seconds),
            "longest_block_ms_median": statistics.median(blocks),
            "longest_block_ms_max": max(blocks),
        }
    summary["every_run"] = every
    return summary


def print_figures(summary: dict[str, object]) -> bool:
    """Print the figures; True when unlock and opening a plan stay under the target."""
    print(f"\nresponsive (longest event-loop block, median of {summary['runs']} fresh runs)")
    for moment in MOMENTS:
        shown = summary[moment]
        assert isinstance(shown, dict)
        print(f"  {moment:<18}{shown['seconds_median']:7.2f} s   longest block "
              f"{shown['longest_block_ms_median']:6.0f} ms "
              f"(worst {shown['longest_block_ms_max']:.0f})")
    return all(_met(summary, moment) for moment in ("unlock", "open_plan_first"))


def target_lines(summary: dict[str, object]) -> list[str]:
    """The lines for the targets section of ``make bench``."""
    lines = []
    for moment, words in (("unlock", "unlock"), ("open_plan_first", "opening a plan"),
                          ("demo", "making the demo"), ("preview", "the print preview")):
        shown = summary[moment]
        assert isinstance(shown, dict)
        lines.append(f"  event loop blocked under {TARGET_MS:.0f} ms during {words}: "
                     f"{shown['longest_block_ms_median']:.0f} ms "
                     f"({'ok' if _met(summary, moment) else 'MISSED'})")
    return lines


def _met(summary: dict[str, object], moment: str) -> bool:
    shown = summary[moment]
    assert isinstance(shown, dict)
    return float(shown["longest_block_ms_median"]) < TARGET_MS


def main(argv: list[str]) -> int:
    """``--one-run``: one run in this process, JSON on stdout; else the whole benchmark."""
    if argv[:1] == ["--one-run"]:
        print(json.dumps(one_run()), flush=True)
        return 0
    runs = int(argv[0]) if argv else RUNS
    with tempfile.TemporaryDirectory(prefix="tafel-responsive-") as tmp:
        summary = bench_responsive(Path(tmp), runs)
    print_figures(summary)
    print("\ntargets")
    for line in target_lines(summary):
        print(line)
    out_dir = ROOT / "bench-results"
    out_dir.mkdir(exist_ok=True)
    text = json.dumps({"when": datetime.now().isoformat(timespec="seconds"), **summary},
                      indent=2)
    (out_dir / "responsive-latest.json").write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
