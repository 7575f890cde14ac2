"""Kill the app while someone types, and measure how much of the typing the vault lost.

One trial: copy a demo vault, start :mod:`tests.drivers.kill_driver` typing into one place, SIGKILL
it (no lock, no clean-up: as if the power went) after ``kill_after_s`` seconds of typing, then
open the vault and compare what it holds with what was typed. The typed text is known to the
character and each character's moment is known from the driver's output, so the loss is
measured both in characters and in seconds of typing: from the moment the first lost
character was typed until the kill. Used by ``tests/ui/test_kill_while_typing.py`` (a few
trials) and ``packaging/scripts/bench_kill.py`` (20 per place, for ``make bench``).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from tests.drivers.kill_driver import TEXT

DRIVER = Path(__file__).parent / "drivers" / "kill_driver.py"
PLACES = ("intake", "plan")
START_TIMEOUT_S = 90.0


@dataclass(frozen=True)
class Trial:
    """One kill: what was typed, what the vault kept, and the difference."""

    place: str
    seed: int
    typing_s: float  # from the first character to the kill
    typed: int
    saved: int
    intact: bool  # the vault holds exactly the first ``saved`` characters typed
    lost_chars: int
    lost_s: float  # from the first lost character to the kill; 0 when nothing was lost


def copy_vault(source: Path, target_dir: Path) -> Path:
    """Copy a locked vault (database and key file) into ``target_dir``."""
    from tafel.vault.crypto import kdf_path

    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    shutil.copy2(source, target)
    shutil.copy2(kdf_path(source), kdf_path(target))
    return target


def make_demo_vault(path: Path, passphrase: str, today: date) -> Path:
    """A demo vault with cheap key parameters (for the benchmark, which has no fixtures)."""
    from tafel.demo.households import fill_demo
    from tafel.services import Services
    from tafel.vault import KdfParams, Vault

    vault = Vault.create(path, passphrase, KdfParams(memory_kib=8 * 1024, time_cost=1,
                                                     parallelism=1))
    try:
        fill_demo(Services(vault, "Test", today=lambda: today), today)
    finally:
        vault.lock()
    return path


def saved_text(vault_path: Path, place: str, passphrase: str, today: date) -> str:
    """What the vault holds in the box the driver typed into."""
    from tafel.domain.enums import GesprekSoort
    from tafel.services import Services
    from tafel.vault import Vault

    vault = Vault.open(vault_path, passphrase, wait=10)
    try:
        services = Services(vault, "Fatima Amrani", today=lambda: today)
        summaries = services.casussen.summaries()
        if place == "intake":
            case_id = next(s.id for s in summaries if s.jongere.startswith("Thijs"))
            lopend = services.gesprekken.lopend_gesprek(case_id, GesprekSoort.KEUKENTAFELGESPREK)
            if lopend is None:
                return ""
            return str(lopend.content["pijlers"]["wonen"]["wat_gaat_goed"])
        case_id = next(s.id for s in summaries if s.jongere.startswith("Jesse"))
        view = services.plans.for_case(case_id)
        return "" if view is None else view.latest.content.text("perspectief")
    finally:
        vault.lock()


def _typed_line(line: str) -> tuple[int, float] | None:
    parts = line.split()
    if len(parts) == 3 and parts[0] == "typed":
        return int(parts[1]), float(parts[2])
    return None


def run_trial(template: Path, place: str, kill_after_s: float, work: Path, seed: int,
              passphrase: str, today: date) -> Trial:
    """Type into ``place`` for ``kill_after_s`` seconds, SIGKILL, and measure the loss."""
    vault_path = copy_vault(template, work / "kluis")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAFEL_HOME=str(work / "home"))
    errors = open(work / "driver-stderr.txt", "w+")  # noqa: SIM115 (read back on failure)
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(vault_path), place, passphrase, today.isoformat(),
         str(seed)],
        stdout=subprocess.PIPE, stderr=errors, text=True, env=env,
    )
    assert process.stdout is not None
    moments: dict[int, float] = {}
    killed_at = 0.0
    try:
        started = time.monotonic()
        while True:
            line = process.stdout.readline()
            if not line:
                errors.seek(0)
                raise RuntimeError(f"the driver stopped before the kill:\n{errors.read()[-3000:]}")
            typed = _typed_line(line)
            if typed is None:
                if line.strip() == "done":
                    raise RuntimeError("the driver ran out of text before the kill")
                if time.monotonic() - started > START_TIMEOUT_S:
                    raise RuntimeError("the driver did not start typing")
                continue
            moments[typed[0]] = typed[1]
            if typed[1] - moments[min(moments)] >= kill_after_s:
                process.send_signal(signal.SIGKILL)  # no lock, no clean-up
                killed_at = time.monotonic()
                break
    finally:
        if process.poll() is None and not killed_at:
            process.kill()
        process.wait(timeout=30)
        errors.close()
    for line in process.stdout.read().splitlines():  # typed before the kill, read after it
        if (typed := _typed_line(line)) is not None:
            moments[typed[0]] = typed[1]
    process.stdout.close()

    count = max(moments)
    text = saved_text(vault_path, place, passphrase, today)
    kept = len(text)
    lost = count - kept
    lost_s = killed_at - moments[kept + 1] if lost > 0 and kept + 1 in moments else 0.0
    return Trial(place, seed, round(killed_at - moments[min(moments)], 3), count, kept,
                 TEXT[:kept] == text and lost >= 0, lost, round(max(0.0, lost_s), 3))


def run_trials(template: Path, place: str, count: int, work: Path, passphrase: str,
               today: date, kill_after: tuple[float, float], seed: int = 2026) -> list[Trial]:
    """``count`` trials in ``place``, each killed after a pseudo-random stretch of typing."""
    draw = random.Random(f"{seed}-{place}")
    trials = []
    for number in range(count):
        trial_seed = draw.randrange(1 << 30)
        after = draw.uniform(*kill_after)
        trials.append(run_trial(template, place, after, work / f"{place}-{number}",
                                trial_seed, passphrase, today))
    return trials


def figures(trials: list[Trial]) -> dict[str, object]:
    """Max and median loss, in characters and seconds, over ``trials``."""
    chars = [t.lost_chars for t in trials]
    seconds = [t.lost_s for t in trials]
    return {
        "trials": len(trials),
        "all_intact": all(t.intact for t in trials),
        "lost_chars_max": max(chars),
        "lost_chars_median": statistics.median(chars),
        "lost_s_max": max(seconds),
        "lost_s_median": round(statistics.median(seconds), 3),
        "typed_chars_median": statistics.median(t.typed for t in trials),
        "typing_s_median": round(statistics.median(t.typing_s for t in trials), 3),
        "each": [asdict(t) for t in trials],
    }
