"""What a log folder may never hold: the demo's names, BSNs and note words, in any file."""

from __future__ import annotations

import stat
from pathlib import Path

from tafel.demo import DEMO_SURNAMES

#: First names and distinctive words from the demo's notes and explanations.
DEMO_WORDS: tuple[str, ...] = (
    "Jesse", "Jaylen", "Nadia", "Amira",
    "schuldregeling", "Kinderopvangtoeslag", "jeugdverpleegkundige", "briefadres", "blowt",
)
DEMO_BSNS: tuple[str, ...] = ("999990019", "999991115", "999993021", "999994414")
CASE_TEXT: tuple[str, ...] = DEMO_SURNAMES + DEMO_BSNS + DEMO_WORDS


def case_text_in(folder: Path) -> list[str]:
    """Every ``file: word`` of :data:`CASE_TEXT` found in any file under ``folder``."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {word}" for word in CASE_TEXT if word.encode() in data]
    return found


def loose_files_in(folder: Path) -> list[str]:
    """Files under ``folder`` that someone other than the user may read (should be none)."""
    return [f"{path.name} {stat.S_IMODE(path.stat().st_mode):o}"
            for path in sorted(folder.rglob("*"))
            if path.is_file() and stat.S_IMODE(path.stat().st_mode) != 0o600]
