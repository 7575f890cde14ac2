"""Lock the vault when the laptop does: the screen locks, the user switches, the lid closes.

A consulent who closes the lid at the kitchen table, or locks the screen with Super+L
before walking away, expects the case files to be locked too, the way KeePassXC does it.
The vault locks through the controller's one lock path (the same as Ctrl+L and the idle
lock): what waits is saved and half-filled forms are kept in the vault, so nothing typed is
lost. It does not ask first (like the idle lock): nobody is there to answer.

Per platform:

- **Linux**: logind on the system bus (QtDBus): the ``Lock`` signal of this process's
  session (``loginctl lock-session``, the desktop's lock screen), the manager's
  ``PrepareForSleep(true)`` (suspend, hibernate, a closed lid) and the session's ``Active``
  going false (another user takes the screen). As a fallback for desktops that lock without
  telling logind: ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` or
  ``org.gnome.ScreenSaver`` on the session bus. ``TAFEL_SYSTEM_BUS_ADDRESS`` and
  ``TAFEL_SESSION_BUS_ADDRESS`` point it at other buses (the tests' private bus with a
  fake logind). No bus (a container, a minimal desktop) is one log line, never an error.
- **Windows**: ``WTSRegisterSessionNotification`` on the main window, then
  ``WM_WTSSESSION_CHANGE`` (screen locked, console or remote session disconnected) and
  ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND`` through a native event filter (ctypes only).
- **macOS**: the lock and sleep notifications come from ``NSWorkspace`` and
  ``NSDistributedNotificationCenter``, which Python reaches only through pyobjc, which
  tafel does not bundle. Nothing is watched there (the idle lock still holds). Qt's
  ``applicationStateChanged`` to inactive is no substitute: it fires for every other window
  brought forward, and locking then would lock at every alt-tab.

Listening starts at the first unlock, not at start-up: while the vault is locked there is
nothing to protect, and the unlock page appears without waiting for a bus.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
    from PySide6.QtWidgets import QWidget

    from tafel.ui.controller import AppController

log = logging.getLogger("tafel.app")

SYSTEM_BUS_ENV = "TAFEL_SYSTEM_BUS_ADDRESS"
SESSION_BUS_ENV = "TAFEL_SESSION_BUS_ADDRESS"

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
# The screen savers' interfaces and where they live (KDE, Xfce and others; GNOME).
SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
CALL_TIMEOUT_MS = 5000

# Why the vault locked, for the log (never shown: the unlock page says enough).
SCREEN_LOCKED = "screen locked"
GOING_TO_SLEEP = "going to sleep"
SESSION_SWITCHED = "user switched"


class SessionLock(QObject):
    """Emits ``lock_requested`` (with the reason) when the desktop locks, switches or sleeps.

    :meth:`start` begins listening (again a no-op once listening); the watcher lives as
    long as its parent, the main window.
    """

    lock_requested = Signal(str)
    # Every notice it can hear is subscribed to (the bus confirmed it): for tests and logs.
    listening = Signal()

    def __init__(self, window: QWidget, system_bus: str | None = None,
                 session_bus: str | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._system_address = system_bus  # None: the environment's, or the standard bus
        self._session_address = session_bus
        self._started = False
        self._logind: _Logind | None = None
        self._native: Any = None  # the Windows event filter, kept alive

    @property
    def session_path(self) -> str | None:
        """The logind object path of this process's session, once known (Linux)."""
        return self._logind.session_path if self._logind is not None else None

    def is_listening(self) -> bool:
        """Whether the buses confirmed every subscription (Linux; False elsewhere)."""
        return self._logind is not None and self._logind.ready

    def start(self) -> None:
        """Listen to the platform's lock, switch and sleep notices (once)."""
        if self._started:
            return
        self._started = True
        try:
            if sys.platform == "win32":
                self._native = _start_windows(self._window, self.lock_requested.emit)
            elif sys.platform == "darwin":
                log.info("session lock: not watched on macOS (no pyobjc); the idle lock holds")
            else:
                self._logind = _Logind(
                    self, self._system_address or os.environ.get(SYSTEM_BUS_ENV) or None,
                    self._session_address or os.environ.get(SESSION_BUS_ENV) or None)
        except Exception:
            log.warning("session lock: could not listen to the desktop", exc_info=True)


def install_session_lock(window: QWidget, controller: AppController) -> SessionLock:
    """Lock ``controller``'s vault whenever the desktop locks; listen from the first unlock."""
    watcher = SessionLock(window)

    def lock(reason: str) -> None:
        if controller.is_unlocked:
            log.info("vault locked: %s", reason)
            controller.lock()

    watcher.lock_requested.connect(lock)
    controller.unlocked.connect(watcher.start)
    return watcher


class _Logind(QObject):
    """The D-Bus side on Linux: logind on the system bus, screen savers on the session bus."""

    def __init__(self, owner: SessionLock, system_address: str | None,
                 session_address: str | None) -> None:
        super().__init__(owner)
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        self._owner = owner
        self.session_path: str | None = None
        self.ready = False
        self.inhibitor: int | None = None  # our "delay" inhibitor lock's file descriptor
        self._outstanding = 0  # calls whose answers are awaited before ``ready``
        self._system = _connect(QDBusConnection.BusType.SystemBus, system_address, "system")
        if self._system is not None:
            self._listen(self._system, LOGIN1, LOGIN1_PATH, MANAGER, "PrepareForSleep",
                         "_on_prepare_for_sleep(bool)")
            call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, "GetSessionByPID")
            call.setArguments([os.getpid()])
            self._ask(self._system, call, self._on_session_found)
            self._delay_sleep()
        self._session = _connect(QDBusConnection.BusType.SessionBus, session_address, "session")
        if self._session is not None:
            for interface, path in SCREENSAVERS:
                self._listen(self._session, "", path, interface, "ActiveChanged",
                             "_on_screensaver(bool)")
            self._confirm(self._session)

    def _listen(self, bus: QDBusConnection, service: str, path: str, interface: str,
                name: str, slot: str) -> None:
        """Call ``slot`` (a signature of this object's slots) when the signal comes."""
        # "1" marks a slot for Qt's string-based connect (what the SLOT() macro writes);
        # PySide takes it as str, though its stubs say bytes.
        if not bus.connect(service, path, interface, name, self,  # type: ignore[call-overload]
                           f"1{slot}"):
            log.info("session lock: cannot listen to %s.%s (%s)", interface, name,
                     bus.lastError().message())

    def _ask(self, bus: QDBusConnection, call: QDBusMessage,
             answered: Callable[[QDBusPendingCallWatcher], None]) -> None:
        """Send ``call`` without waiting; ``answered`` gets the reply (or the error)."""
        from PySide6.QtDBus import QDBusPendingCallWatcher

        self._outstanding += 1
        watcher = QDBusPendingCallWatcher(bus.asyncCall(call, CALL_TIMEOUT_MS), self)

        def finished(done: QDBusPendingCallWatcher) -> None:
            done.deleteLater()
            answered(done)
            self._outstanding -= 1
            if self._outstanding == 0 and not self.ready:
                self.ready = True
                self._owner.listening.emit()

        watcher.finished.connect(finished)

    def _confirm(self, bus: QDBusConnection) -> None:
        """A round trip after subscribing, so ``ready`` means the subscriptions are in place.

        The bus handles one connection's messages in order: when the ping returns, every
        subscription sent before it has been made.
        """
        from PySide6.QtDBus import QDBusMessage

        ping = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.Peer", "Ping")
        self._ask(bus, ping, _ignore)

    def _on_session_found(self, watcher: QDBusPendingCallWatcher) -> None:
        """logind named this process's session: listen to its Lock and its Active."""
        reply = watcher.reply()
        path = _object_path(reply.arguments()) if not watcher.isError() else None
        if path is None:
            path = _path_from_environment()
        if path is None or self._system is None:
            log.info("session lock: this process has no logind session (%s)",
                     watcher.error().message() if watcher.isError() else "no path")
            return
        self.session_path = path
        self._listen(self._system, LOGIN1, path, SESSION, "Lock", "_on_lock()")
        self._listen(self._system, LOGIN1, path, PROPERTIES, "PropertiesChanged",
                     "_on_session_changed(QDBusMessage)")
        self._confirm(self._system)
        log.info("session lock: listening to logind (%s)", path)

    @Slot()
    def _on_lock(self) -> None:
        self._owner.lock_requested.emit(SCREEN_LOCKED)

    def _delay_sleep(self) -> None:
        """Ask logind to wait for tafel before a suspend (a "delay" inhibitor lock).

        Without it the machine may sleep before the signal is handled, with the key still
        in memory; with it logind waits (``InhibitDelayMaxSec``, 5 s by default) until the
        vault is locked and the descriptor closed.
        """
        from PySide6.QtDBus import QDBusMessage

        if self._system is None or self.inhibitor is not None:
            return
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, MANAGER, "Inhibit")
        call.setArguments(["sleep", "tafel", "De kluis op slot doen", "delay"])
        self._ask(self._system, call, self._on_inhibitor)

    def _on_inhibitor(self, watcher: QDBusPendingCallWatcher) -> None:
        arguments = watcher.reply().arguments() if not watcher.isError() else []
        descriptor = arguments[0] if arguments else None
        if descriptor is None or not hasattr(descriptor, "fileDescriptor") \
                or not descriptor.isValid():
            log.info("session lock: no delay before sleep (%s)", watcher.error().message())
            return
        self._release()
        self.inhibitor = os.dup(descriptor.fileDescriptor())  # Qt closes its own copy

    def _release(self) -> None:
        """Let the suspend go on: close the inhibitor lock."""
        if self.inhibitor is not None:
            os.close(self.inhibitor)
            self.inhibitor = None

    @Slot(bool)
    def _on_prepare_for_sleep(self, going: bool) -> None:
        if going:
            try:
                self._owner.lock_requested.emit(GOING_TO_SLEEP)  # saved and locked first
            finally:
                self._release()
        else:
            self._delay_sleep()  # awake again: delay the next suspend too

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:
        if active:
            self._owner.lock_requested.emit(SCREEN_LOCKED)

    @Slot("QDBusMessage")
    def _on_session_changed(self, message: QDBusMessage) -> None:
        """A session property changed: ask whether it is still the active one.

        The changed values come as a map PySide cannot unpack, so ask for ``Active`` itself
        (this also covers a property that was only invalidated).
        """
        from PySide6.QtDBus import QDBusMessage

        arguments = message.arguments()
        if self._system is None or self.session_path is None or not arguments \
                or arguments[0] != SESSION:
            return
        call = QDBusMessage.createMethodCall(LOGIN1, self.session_path, PROPERTIES, "Get")
        call.setArguments([SESSION, "Active"])
        self._ask(self._system, call, self._on_active)

    def _on_active(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        if watcher.isError() or not reply.arguments():
            return
        value = reply.arguments()[0]
        active = value.variant() if hasattr(value, "variant") else value
        if active is False:
            self._owner.lock_requested.emit(SESSION_SWITCHED)


def _ignore(_watcher: QDBusPendingCallWatcher) -> None:
    """An answer nobody needs (a ping)."""


def _connect(kind: QDBusConnection.BusType, address: str | None,
             label: str) -> QDBusConnection | None:
    """The bus at ``address`` (or the standard one), or None with a log line when absent."""
    from PySide6.QtDBus import QDBusConnection

    if address:
        bus = QDBusConnection.connectToBus(address, f"tafel-{label}-{address}")
    else:
        bus = (QDBusConnection.systemBus() if kind == QDBusConnection.BusType.SystemBus
               else QDBusConnection.sessionBus())
    if not bus.isConnected():
        log.info("session lock: no D-Bus %s bus (%s)", label, bus.lastError().message())
        return None
    return bus


def _object_path(arguments: list[Any]) -> str | None:
    """The object path in a reply's arguments (QtDBus gives a QDBusObjectPath)."""
    if not arguments:
        return None
    first = arguments[0]
    path = first.path() if hasattr(first, "path") else first
    return path if isinstance(path, str) and path.startswith("/") else None


def _path_from_environment() -> str | None:
    """The session's object path from ``XDG_SESSION_ID`` (logind's escaping of the id)."""
    session_id = os.environ.get("XDG_SESSION_ID")
    if not session_id:
        return None
    escaped = "".join(
        char if (char.isascii() and char.isalnum() and not (index == 0 and char.isdigit()))
        else f"_{ord(char):02x}"
        for index, char in enumerate(session_id))
    return f"{LOGIN1_PATH}/session/{escaped}"


# -- Windows -----------------------------------------------------------------------------

WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


def windows_reason(message: int, wparam: int) -> str | None:
    """Why a window message means "lock now", or None (the part of the filter tested here)."""
    if message == WM_WTSSESSION_CHANGE:
        if wparam == WTS_SESSION_LOCK:
            return SCREEN_LOCKED
        if wparam in (WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT):
            return SESSION_SWITCHED
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return GOING_TO_SLEEP
    return None


def _start_windows(window: QWidget, emit: Any) -> Any:
    """Register for session notices and filter the window messages (Windows only)."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication

    class _Filter(QAbstractNativeEventFilter):
        def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
            if bytes(event_type) == b"windows_generic_MSG":
                msg = wintypes.MSG.from_address(int(message))
                reason = windows_reason(msg.message, msg.wParam)
                if reason is not None:
                    emit(reason)
            return False, 0

    ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
        wintypes.HWND(int(window.winId())), NOTIFY_FOR_THIS_SESSION)
    native = _Filter()
    app = QCoreApplication.instance()
    if app is not None:
        app.installNativeEventFilter(native)
    log.info("session lock: listening to Windows session notices")
    return native
