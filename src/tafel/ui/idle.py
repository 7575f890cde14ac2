"""Auto-lock, and the lock key in any window: one watcher of the application's input.

A laptop left on the kitchen table must not show a case to whoever walks by, so the vault
locks after some minutes without keyboard or mouse input. And Ctrl+L must lock whatever has
the input: a main-window shortcut does not fire while a modal dialog (print preview,
signing, a new case) is open. Both need a Python call per input event, so one filter does
both (two filters doubled the cost of every event while a plan was being built).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

from tafel.settings import idle_interval_ms

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

_ACTIVITY_NAMES = (
    "KeyPress", "MouseButtonPress", "MouseMove", "Wheel", "TouchBegin", "TabletPress",
)
_activity: set[QEvent.Type] = set()  # filled on first start: QEvent is costly to build
_key_events: set[QEvent.Type] = set()


class IdleWatcher(QObject):
    """Emits ``idle`` when no input arrived for ``minutes`` while it is started.

    It watches the application's input only between :meth:`start` and :meth:`stop`: while
    the vault is locked there is nothing to protect, and no Python call per event is needed.
    """

    idle = Signal()
    lock_requested = Signal()  # the lock key, pressed in any window

    def __init__(self, minutes: float, parent: QObject | None = None,
                 lock_sequence: QKeySequence | None = None) -> None:
        super().__init__(parent)
        self._lock_sequence = lock_sequence
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._watching = False
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time; counting starts again if it was running.

        Bounded whatever comes in (see :func:`tafel.settings.idle_interval_ms`): at most an
        hour, and a value that makes no sense gives the default, never no lock at all.
        """
        self._timer.setInterval(idle_interval_ms(minutes))
        if self._watching:
            self._timer.start()

    def interval_ms(self) -> int:
        """The idle time in milliseconds."""
        return self._timer.interval()

    def is_watching(self) -> bool:
        """Whether input is being watched (the vault is open)."""
        return self._watching

    def start(self) -> None:
        """Watch the application's input and start counting from now."""
        if not _activity:
            _activity.update(getattr(QtCore.QEvent.Type, name) for name in _ACTIVITY_NAMES)
            _key_events.update((QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.KeyPress))
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
        self._watching = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching and counting."""
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False
        self._timer.stop()

    def _on_timeout(self) -> None:
        self.stop()
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any input restarts the count; the lock key locks; other events pass untouched."""
        kind = event.type()
        if kind in _activity:
            self._timer.start()
        if kind in _key_events and self._lock_sequence is not None:
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) == self._lock_sequence:
                event.accept()
                self.lock_requested.emit()
                return True
        return False
