"""Auto-lock: lock the vault after some minutes without keyboard or mouse input.

A laptop left on the kitchen table must not show a case to whoever walks by.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``idle`` when no input arrived for ``minutes``; install it on the application."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time and start counting again."""
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._timer.start()

    def interval_ms(self) -> int:
        """The idle time in milliseconds."""
        return self._timer.interval()

    def restart(self) -> None:
        """Start counting from now."""
        self._timer.start()

    def stop(self) -> None:
        """Stop counting (while locked there is nothing to protect)."""
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Any input restarts the count; the event itself passes on untouched."""
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
