"""How much typing a crash costs: 20 SIGKILLs per place while someone types steadily.

Run on its own (``python packaging/scripts/bench_kill.py [TRIALS]``) or as part of
``make bench``. Each trial starts the real app on a copy of a demo vault, types into the
keukentafelgesprek ("intake") or the toekomstplan ("plan") at about 9 characters a second
without pausing, kills it with SIGKILL after a pseudo-random 1.5 to 6 seconds of typing, and
compares the vault with what was typed (tests/kill_harness.py). Prints, per place, the most and
the median lost in characters and in seconds of typing, and writes every trial as JSON to
``bench-results/kill-<timestamp>.json`` (and ``bench-results/kill-latest.json``). The target:
at most one second of typing lost in every trial.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests.kill_harness: the same harness as the kill tests

TRIALS = 20
KILL_AFTER_S = (1.5, 6.0)
TARGET_S = 1.0
PASSPHRASE = "benchmark wachtwoordzin lang genoeg"


def bench_kill(work: Path, trials: int = TRIALS) -> dict[str, dict[str, object]]:
    """``trials`` kills in each place; the figures per place."""
    from tests.kill_harness import PLACES, figures, make_demo_vault, run_trials

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    today = date.today()
    (work / "template").mkdir(parents=True, exist_ok=True)
    template = make_demo_vault(work / "template" / "demo.tafel", PASSPHRASE, today)
    results: dict[str, dict[str, object]] = {}
    for place in PLACES:
        results[place] = figures(run_trials(template, place, trials, work / place, PASSPHRASE,
                                            today, KILL_AFTER_S))
    return results


def print_figures(results: dict[str, dict[str, object]]) -> bool:
    """Print the figures per place; True when every trial met the target."""
    met = True
    for place, shown in results.items():
        print(f"\nkill while typing: {place}")
        for key in ("trials", "typed_chars_median", "typing_s_median", "lost_chars_max",
                    "lost_chars_median", "lost_s_max", "lost_s_median", "all_intact"):
            value = shown[key]
            print(f"  {key:<28}{value:.3f}" if isinstance(value, float) else f"  {key:<28}{value}")
        ok = bool(shown["all_intact"]) and float(shown["lost_s_max"]) <= TARGET_S  # type: ignore[arg-type]
        met = met and ok
        print(f"  at most {TARGET_S:.0f} s of typing lost in every trial: "
              f"{shown['lost_s_max']:.2f} s ({'ok' if ok else 'MISSED'})")
    return met


def main(argv: list[str]) -> int:
    """Run the trials, print the figures, write the JSON."""
    trials = int(argv[0]) if argv else TRIALS
    with tempfile.TemporaryDirectory(prefix="tafel-kill-") as tmp:
        results = bench_kill(Path(tmp), trials)
    print_figures(results)
    out_dir = ROOT / "bench-results"
    out_dir.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    text = json.dumps({"when": datetime.now().isoformat(timespec="seconds"), **results},
                      indent=2)
    (out_dir / f"kill-{stamp}.json").write_text(text)
    (out_dir / "kill-latest.json").write_text(text)
    print(f"\nfigures written to {out_dir / ('kill-' + stamp + '.json')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
