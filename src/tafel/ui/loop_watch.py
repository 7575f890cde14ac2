"""How long the event loop was blocked: a timer that ticks and remembers its longest gap.

A window is responsive when its event loop gets a turn every few milliseconds: it repaints,
moves, and shows its busy indicator. :class:`LoopWatch` ticks every ``interval_ms`` on the GUI
thread and records the largest gap between two ticks; anything that holds the GUI thread
(key derivation, building a page, rendering a PDF) shows up as a long gap. ``make bench``
and the tests use it to check that slow work really runs in the background.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

TICK_MS = 10


class LoopWatch(QObject):
    """Measures the longest gap between ticks of a GUI-thread timer while it runs."""

    def __init__(self, interval_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.ticks = 0
        self._longest = 0.0
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start measuring from now (the gap before the first tick counts too)."""
        self.ticks = 0
        self._longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop, counting the gap up to now; returns :attr:`longest_gap_ms`."""
        self._timer.stop()
        self._tick(counted=False)
        self._last = None
        return self.longest_gap_ms

    @property
    def longest_gap_ms(self) -> float:
        """The longest time between two turns of the event loop, in milliseconds.

        It includes the timer's own interval, so an idle loop measures about ``interval_ms``.
        """
        return self._longest * 1000

    def _tick(self, counted: bool = True) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self._longest = max(self._longest, now - self._last)
        self._last = now
        if counted:
            self.ticks += 1
