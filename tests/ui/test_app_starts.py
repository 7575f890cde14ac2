"""``make run`` opens the app: the real entry point, in its own process, on the demo vault."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_tafel_demo_opens_the_app_and_creates_the_demo_vault(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAFEL_HOME=str(tmp_path),
               TAFEL_EXIT_AFTER_START="1")
    result = subprocess.run(
        [sys.executable, "-m", "tafel", "--demo"],
        capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "tafel-started" in result.stdout
    assert "Traceback" not in result.stderr
    vaults = list(tmp_path.rglob("*.tafel"))
    assert len(vaults) == 1
    assert vaults[0].with_name(vaults[0].name + ".kdf").is_file()


def test_tafel_without_a_vault_opens_on_the_first_run_page(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAFEL_HOME=str(tmp_path),
               TAFEL_EXIT_AFTER_START="1")
    result = subprocess.run(
        [sys.executable, "-m", "tafel"], capture_output=True, text=True, env=env, timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "tafel-started" in result.stdout
    assert list(tmp_path.rglob("*.tafel")) == []
