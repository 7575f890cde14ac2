"""``make bench`` prints start-up (source and packaged) and the case list against item 8's goals."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "packaging" / "scripts"


def test_the_goals_are_printed_with_the_packaged_app_not_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(SCRIPTS))
    monkeypatch.delitem(sys.modules, "bench", raising=False)
    import bench

    results = {
        "startup": {"bare_window_s": 0.1, "tafel_unlock_screen_s": 0.115, "ratio": 1.15,
                    "packaged_bare_window_s": None, "packaged_unlock_screen_s": None,
                    "packaged_ratio": None},
        "case_list": {"open_list_s": 0.2, "keystroke_max_ms": 3.0},
    }
    lines = bench.goal_lines(results)
    assert "1.15x (ok)" in lines[0] and "within 1.2x" in lines[0]
    assert "packaged app" in lines[1] and "not built" in lines[1]
    assert "10000 cases open within 150 ms: 200 ms (MISSED)" in lines[2]
    assert "within 16 ms: 3.0 ms at most (ok)" in lines[3]
    results["startup"].update(packaged_bare_window_s=0.1, packaged_unlock_screen_s=0.13,
                              packaged_ratio=1.3, bare_window_with_qt_namespace_ratio=1.14)
    lines = bench.goal_lines(results)
    assert "only loads Qt's namespace `Qt` is already 1.14x" in lines[1]
    assert "1.30x (MISSED)" in lines[2]
