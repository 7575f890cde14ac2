"""Creating a vault is atomic: killed at any moment, there is a whole vault or none.

Before, a ``tafel init`` killed halfway left a vault that was neither there nor not there
(``check`` said there was none, ``init`` said there was one) in 7 of 30 trials.
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

from tafel.errors import VaultExistsError
from tafel.vault import Vault
from tests.builders import CHEAP, PASSPHRASE
from tests.drivers.forker import Forker


def test_a_killed_create_leaves_a_whole_vault_or_none(tmp_path: Path, forker: Forker) -> None:
    kdf = (CHEAP.memory_kib, CHEAP.time_cost, CHEAP.parallelism)
    timing = forker.wait(forker.create(tmp_path / "maat.tafel", PASSPHRASE, kdf))
    assert timing.code == 0, timing.stderr
    duration = timing.seconds

    outcomes = []
    trials = 14
    for trial in range(trials):
        path = tmp_path / f"poging{trial}" / "kluis.tafel"
        pid = forker.create(path, PASSPHRASE, kdf)  # a real process, forked in milliseconds
        time.sleep(duration * trial / (trials - 1))  # spread the kills over the whole create
        os.kill(pid, signal.SIGKILL)
        forker.wait(pid)
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
