"""Killing the app while someone types steadily loses at most one second of typing.

A real app in a subprocess types at a human speed (about 9 characters a second, never
pausing long enough for a save that waits for a pause) into the keukentafelgesprek and into
the toekomstplan, and is SIGKILLed at a pseudo-random moment. The vault must then hold
exactly what was typed up to at most one second before the kill. ``make bench`` runs 20
trials per place (packaging/scripts/bench_kill.py); here two per place keep the suite fast.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import PASSPHRASE, TODAY
from tests.kill_harness import run_trials

TRIALS = 2
MAX_LOST_S = 1.0


@pytest.mark.parametrize("place", ["intake", "plan"])
def test_a_kill_during_steady_typing_loses_at_most_a_second(
    place: str, demo_template: Path, tmp_path: Path
) -> None:
    trials = run_trials(demo_template, place, TRIALS, tmp_path, PASSPHRASE, TODAY,
                        kill_after=(1.2, 2.4))
    report = "\n".join(f"  typed {t.typed} in {t.typing_s:.1f} s, kept {t.saved}, lost "
                       f"{t.lost_chars} chars = {t.lost_s:.2f} s of typing" for t in trials)
    assert all(t.intact for t in trials), f"the vault holds text that was not typed:\n{report}"
    assert all(t.typed >= 10 for t in trials), report
    assert max(t.lost_s for t in trials) <= MAX_LOST_S, f"more than a second lost:\n{report}"
