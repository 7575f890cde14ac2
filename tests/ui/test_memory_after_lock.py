"""After a lock, the process memory holds no case data and no copy of the key.

Before, a core dump 33 s after Ctrl+L held all 41 demo names, the BSNs, note fragments and
four copies of the SQLCipher key. Now a lock ends the process for a fresh one on the unlock
page. The same test without the fresh process shows that the search finds what a lock
leaves behind, so it can fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tafel.demo.households import DEMO_SURNAMES
from tafel.vault.crypto import derive_key, kdf_path, read_key_file
from tests.builders import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
DEMO_BSNS = ("999990019", "999991115", "999993021")


def secrets_of(vault: Path) -> list[tuple[bytes, int]]:
    """Each secret as bytes, with the width of one character (0: raw key bytes, any context)."""
    key = derive_key(PASSPHRASE, read_key_file(kdf_path(vault)))
    words = [(w.encode("utf-8"), 1) for w in (*DEMO_SURNAMES, *DEMO_BSNS)]
    words += [(w.encode("utf-16-le"), 2) for w in (*DEMO_SURNAMES, *DEMO_BSNS)]
    raw = [(k, 0) for k in (key, key.hex().encode(), key.hex().upper().encode())]
    return [*words, *raw]


def dump(pid: int, folder: Path) -> bytes:
    if shutil.which("gcore") is None:
        pytest.skip("gcore (from gdb) is needed to take a core dump")
    result = subprocess.run(["gcore", "-o", str(folder / "core"), str(pid)],
                            capture_output=True, text=True, timeout=120)
    cores = list(folder.glob("core*"))
    if result.returncode != 0 or not cores:
        pytest.skip(f"no core dump possible here: {result.stderr.strip()[-200:]}")
    return cores[0].read_bytes()


def _letter(core: bytes, at: int, width: int) -> bool:
    """Whether a letter is at ``at`` (a name inside a longer word, like Qt's "Pinasimpleng")."""
    if at < 0 or at + width > len(core):
        return False
    char = core[at:at + width]
    return chr(char[0]).isalpha() and (width == 1 or char[1:] == b"\0" * (width - 1))


def found_in(core: bytes, secrets: list[tuple[bytes, int]]) -> set[bytes]:
    """The secrets that occur in ``core`` as whole words (and the key anywhere).

    One regular expression finds every place where any secret starts (a search per secret
    took ten seconds on a core of a few hundred megabytes); each place is then checked
    against every secret, so overlapping secrets are not missed.
    """
    pattern = re.compile(b"|".join(re.escape(needle) for needle, _ in secrets))
    found: set[bytes] = set()
    match = pattern.search(core)
    while match is not None:
        at = match.start()
        for needle, width in secrets:
            if needle in found or not core.startswith(needle, at):
                continue
            if width == 0 or not (_letter(core, at - width, width)
                                  or _letter(core, at + len(needle), width)):
                found.add(needle)
        match = pattern.search(core, at + 1)
    return found


def run_and_lock(vault: Path, restart: bool, home: Path) -> tuple[subprocess.Popen[str], int]:
    env = dict(os.environ, TAFEL_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               TAFEL_ANNOUNCE_START="1", TAFEL_HOME=str(home), PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.drivers.app_then_lock", str(vault), "1" if restart else "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline().split()
    expected = "tafel-started" if restart else "locked"
    if not line or line[0] != expected:
        process.kill()
        raise AssertionError(process.stderr.read() if process.stderr else "no output")
    return process, int(line[1])


def test_a_core_dump_after_the_lock_holds_no_names_and_no_key(demo_path: Path,
                                                              tmp_path: Path) -> None:
    process, pid = run_and_lock(demo_path, restart=True, home=tmp_path / "thuis")
    try:
        assert pid == process.pid  # the same process, replaced: nothing of the old memory
        core = dump(pid, tmp_path)
    finally:
        process.kill()
        process.wait(timeout=30)
    assert found_in(core, secrets_of(demo_path)) == set()


def test_the_search_finds_what_a_lock_without_a_fresh_process_leaves(demo_path: Path,
                                                                    tmp_path: Path) -> None:
    process, pid = run_and_lock(demo_path, restart=False, home=tmp_path / "thuis")
    try:
        core = dump(pid, tmp_path)
    finally:
        process.kill()
        process.wait(timeout=30)
    assert len(found_in(core, secrets_of(demo_path))) >= 5
