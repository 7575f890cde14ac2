"""Creating a vault is atomic: killed at any moment, there is a whole vault or none.

Before, a ``tafel init`` killed halfway left a vault that was neither there nor not there
(``check`` said there was none, ``init`` said there was one) in 7 of 30 trials.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from tafel.errors import VaultExistsError
from tafel.vault import Vault
from tests.conftest import CHEAP, PASSPHRASE

CREATE = textwrap.dedent(f"""
    import sys, time
    from tafel.vault import KdfParams, Vault
    params = KdfParams(memory_kib={CHEAP.memory_kib}, time_cost={CHEAP.time_cost},
                       parallelism={CHEAP.parallelism})
    print("go", flush=True)
    start = time.monotonic()
    Vault.create(sys.argv[1], sys.argv[2], params).lock()
    print(f"made {{time.monotonic() - start:.4f}}", flush=True)
""")


def start_create(path: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", CREATE, str(path), PASSPHRASE],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ))
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "go"
    return process


def test_a_killed_create_leaves_a_whole_vault_or_none(tmp_path: Path) -> None:
    timing = start_create(tmp_path / "maat.tafel")
    out, err = timing.communicate(timeout=60)
    assert out.startswith("made"), err
    duration = float(out.split()[1])

    outcomes = []
    trials = 14
    for trial in range(trials):
        path = tmp_path / f"poging{trial}" / "kluis.tafel"
        process = start_create(path)
        time.sleep(duration * trial / (trials - 1))  # spread the kills over the whole create
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if Vault.exists(path):
            Vault.open(path, PASSPHRASE).lock()  # there: it opens
            try:
                Vault.create(path, PASSPHRASE, CHEAP)
            except VaultExistsError:
                outcomes.append("whole")
                continue
            raise AssertionError("a vault that is there could be created again")
        Vault.create(path, PASSPHRASE, CHEAP).lock()  # not there: it can be made
        assert Vault.exists(path)
        outcomes.append("none")
    assert "none" in outcomes, outcomes  # the kills really fell inside the creation
