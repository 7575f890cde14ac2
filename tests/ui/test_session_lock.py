"""The vault locks when the laptop does: logind's Lock, a suspend, a user switch, a screen saver.

A private D-Bus daemon stands in for the system and session buses, and a fake logind on it
answers what tafel asks (which session is mine, is it active) and sends the signals the
real one sends when the screen locks or the lid closes. tafel is pointed at that bus with
``TAFEL_SYSTEM_BUS_ADDRESS`` and ``TAFEL_SESSION_BUS_ADDRESS``.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusUnixFileDescriptor,
    QDBusVariant,
    QDBusVirtualObject,
)

from tafel.ui.main_window import MainWindow
from tafel.ui.session_lock import (
    GOING_TO_SLEEP,
    LOGIN1,
    LOGIN1_PATH,
    MANAGER,
    PBT_APMSUSPEND,
    PROPERTIES,
    SCREEN_LOCKED,
    SESSION,
    SESSION_BUS_ENV,
    SYSTEM_BUS_ENV,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    windows_reason,
)
from tests.builders import PASSPHRASE
from tests.ui.drive import next_step, open_case, start_talk, type_here, unlock

SESSION_PATH = f"{LOGIN1_PATH}/session/_31"  # logind's path for session "1"


class FakeLogind(QDBusVirtualObject):
    """The two calls tafel makes to logind, answered as logind does, and its signals."""

    def __init__(self, bus: QDBusConnection) -> None:
        super().__init__()
        self.bus = bus
        self.active = True
        self.asked_for: list[str] = []
        self.inhibitors: list[int] = []  # the read ends of the delay locks handed out
        self.knows_pid = True  # False: "PID does not belong to any known session"

    def inhibitor_held(self) -> bool:
        """Whether the last delay lock handed out is still open (its pipe not at its end)."""
        readable, _, _ = select.select(self.inhibitors[-1:], [], [], 0)
        return not readable

    def introspect(self, path: str) -> str:  # Qt override
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        self.asked_for.append(message.member())
        if message.interface() == MANAGER and message.member() == "GetSessionByPID":
            if not self.knows_pid:
                return connection.send(message.createErrorReply(
                    "org.freedesktop.login1.NoSessionForPID",
                    "PID does not belong to any known session"))
            reply = message.createReply()
            reply.setArguments([QDBusObjectPath(SESSION_PATH)])
        elif message.interface() == MANAGER and message.member() == "Inhibit":
            assert message.arguments() == ["sleep", "tafel", "De kluis op slot doen", "delay"]
            read_end, write_end = os.pipe()
            self.inhibitors.append(read_end)
            reply = message.createReply()
            reply.setArguments([QDBusUnixFileDescriptor(write_end)])  # Qt takes a copy
            os.close(write_end)
        elif message.interface() == PROPERTIES and message.member() == "Get" \
                and message.arguments() == [SESSION, "Active"]:
            reply = message.createReply()
            reply.setArguments([QDBusVariant(self.active)])
        else:
            return False
        return connection.send(reply)

    def signal(self, path: str, interface: str, name: str, *arguments: object) -> None:
        message = QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(arguments))
        assert self.bus.send(message)


@pytest.fixture
def logind(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLogind]:
    """A private bus with a fake logind on it; tafel's session lock listens there."""
    if shutil.which("dbus-daemon") is None:  # .ci/run installs it
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        name = f"fake-logind-{daemon.pid}"
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected(), bus.lastError().message()
        fake = FakeLogind(bus)
        assert bus.registerVirtualObject(
            LOGIN1_PATH, fake, QDBusConnection.VirtualObjectRegisterOption.SubPath)
        assert bus.registerService(LOGIN1)
        monkeypatch.setenv(SYSTEM_BUS_ENV, address)
        monkeypatch.setenv(SESSION_BUS_ENV, address)
        yield fake
        for read_end in fake.inhibitors:
            os.close(read_end)
        bus.unregisterObject(LOGIN1_PATH)
        QDBusConnection.disconnectFromBus(name)
    finally:
        daemon.terminate()
        daemon.wait(10)


def unlock_and_listen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Unlock, then wait until tafel has found its session and subscribed on the bus."""
    unlock(qtbot, window)
    assert window.controller.is_unlocked
    qtbot.waitUntil(window.session_lock.is_listening, timeout=10_000)
    assert window.session_lock.session_path == SESSION_PATH


def test_logind_lock_signal_locks_the_vault(qtbot, logind: FakeLogind, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock_and_listen(qtbot, window)
    assert "GetSessionByPID" in logind.asked_for
    logind.signal(SESSION_PATH, SESSION, "Lock")
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)
    assert window.workspace is None
    assert window.pages.currentWidget() is window.unlock_page


def test_another_sessions_lock_leaves_this_one_open(  # type: ignore[no-untyped-def]
    qtbot, logind: FakeLogind, window: MainWindow
) -> None:
    unlock_and_listen(qtbot, window)
    heard: list[str] = []
    window.session_lock.lock_requested.connect(heard.append)
    logind.signal(f"{LOGIN1_PATH}/session/_32", SESSION, "Lock")  # someone else's session
    logind.signal(LOGIN1_PATH, MANAGER, "PrepareForSleep", False)  # waking up: no lock
    # one bus delivers one sender's signals in order: when this one is heard, those were
    logind.signal(SESSION_PATH, SESSION, "Lock")
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)
    assert heard == [SCREEN_LOCKED]


def test_without_a_session_for_the_pid_xdg_session_id_names_it(  # type: ignore[no-untyped-def]
    qtbot, logind: FakeLogind, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started from a service or a terminal multiplexer: logind knows the session by its id."""
    logind.knows_pid = False
    monkeypatch.setenv("XDG_SESSION_ID", "1")
    unlock_and_listen(qtbot, window)  # the session's path is logind's: /session/_31
    logind.signal(SESSION_PATH, SESSION, "Lock")
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)


def test_going_to_sleep_locks_the_vault_before_the_sleep(  # type: ignore[no-untyped-def]
    qtbot, logind: FakeLogind, window: MainWindow
) -> None:
    unlock_and_listen(qtbot, window)
    assert len(logind.inhibitors) == 1 and logind.inhibitor_held()  # logind waits for tafel
    locked_with_sleep_held: list[bool] = []
    window.controller.locked.connect(
        lambda: locked_with_sleep_held.append(logind.inhibitor_held()))
    logind.signal(LOGIN1_PATH, MANAGER, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)
    assert window.workspace is None
    assert locked_with_sleep_held == [True]  # locked first, and only then let it sleep
    qtbot.waitUntil(lambda: not logind.inhibitor_held(), timeout=10_000)

    logind.signal(LOGIN1_PATH, MANAGER, "PrepareForSleep", False)  # awake again
    qtbot.waitUntil(lambda: len(logind.inhibitors) == 2 and logind.inhibitor_held(),
                    timeout=10_000)


def test_switching_user_locks_the_vault(qtbot, logind: FakeLogind, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock_and_listen(qtbot, window)
    logind.active = False
    logind.signal(SESSION_PATH, PROPERTIES, "PropertiesChanged",
                  SESSION, {"Active": QDBusVariant(False)}, [])
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)
    assert "Get" in logind.asked_for


def test_the_screen_saver_locks_the_vault(qtbot, logind: FakeLogind, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock_and_listen(qtbot, window)
    logind.signal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)


def test_a_lid_closed_mid_keukentafelgesprek_loses_nothing(  # type: ignore[no-untyped-def]
    qtbot, logind: FakeLogind, window: MainWindow
) -> None:
    unlock_and_listen(qtbot, window)
    open_case(qtbot, window, "Thijs Doornbosch")
    page = start_talk(qtbot, window)
    next_step(qtbot, page)
    next_step(qtbot, page)
    type_here(qtbot, "Ik heb een bijbaan bij de bakker.")
    page.steps[2].rows[0].professional.setFocus()
    type_here(qtbot, "2")
    # the lid closes straight away, before the half-second autosave
    logind.signal(LOGIN1_PATH, MANAGER, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=10_000)
    assert window.workspace is None

    unlock(qtbot, window, PASSPHRASE)
    open_case(qtbot, window, "Thijs Doornbosch")
    page = start_talk(qtbot, window)
    assert page.current_index == 2
    again = page.steps[2]
    assert again.boxes["wat_gaat_goed"].toPlainText() == "Ik heb een bijbaan bij de bakker."
    assert again.rows[0].professional.value() == 2


def test_no_bus_is_silent(qtbot, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A container without D-Bus: the app unlocks and works, nothing is listened to."""
    monkeypatch.setenv(SYSTEM_BUS_ENV, "unix:path=/nonexistent/tafel-system-bus")
    monkeypatch.setenv(SESSION_BUS_ENV, "unix:path=/nonexistent/tafel-session-bus")
    unlock(qtbot, window)
    assert window.controller.is_unlocked
    assert not window.session_lock.is_listening()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked


def test_windows_lock_and_suspend_messages_mean_lock() -> None:
    """The Windows filter's decision (the filter itself runs only on Windows)."""
    assert windows_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) is not None
    assert windows_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) == GOING_TO_SLEEP
    assert windows_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # unlocked again
    assert windows_reason(WM_POWERBROADCAST, 0x12) is None  # resumed
