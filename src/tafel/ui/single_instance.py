"""One tafel window per user: a second start brings the running window forward instead.

Two windows on one vault would fight over it (only one process may hold a vault), and a
consulent who clicks the icon again simply lost the window behind others. So the first tafel
listens on a local socket named after the user's settings folder; a later start connects,
asks it to come forward (naming the vault it was asked to open), and ends with one sentence.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

from tafel.paths import config_dir

_TIMEOUT_MS = 1500
_RAISE = b"naar-voren"


def server_name() -> str:
    """The socket's name: one per user and settings folder (tests each get their own)."""
    owner = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = zlib.crc32(f"{owner}:{config_dir().resolve()}".encode())  # a name, not a secret
    return f"tafel-{digest:08x}"


def _no_server_listening() -> bool:
    """On Unix a listening tafel leaves a socket file; without one, nothing to ask (fast).

    This spares loading QtNetwork at every start; on Windows (named pipes) it always asks.
    """
    return os.name == "posix" and not (Path(QDir.tempPath()) / server_name()).exists()


def forward_to_running(vault: Path | None) -> bool:
    """Ask a running tafel to come forward; True when one answered (then this start ends)."""
    if _no_server_listening():
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(_TIMEOUT_MS):
        return False
    # absolute: the running tafel has its own working folder (`tafel x.tafel` from a shell)
    message = _RAISE + b"\n" + (str(vault.absolute()).encode("utf-8") if vault else b"")
    socket.write(message)
    socket.flush()
    socket.waitForBytesWritten(_TIMEOUT_MS)
    answered = socket.waitForReadyRead(_TIMEOUT_MS) and bytes(socket.readAll().data()) == b"ok"
    socket.disconnectFromServer()
    return answered


class InstanceServer(QObject):
    """Listens for later starts; emits ``activated`` with the vault they asked for (or None)."""

    activated = Signal(object)  # Path | None

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening (a socket left behind by a crashed or restarted tafel is removed)."""
        self._server.removeServer(server_name())
        return self._server.listen(server_name())

    def close(self) -> None:
        """Stop listening (before the process is replaced on a lock)."""
        self._server.close()

    def _on_connection(self) -> None:
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._read(socket))

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        head, _, tail = data.partition(b"\n")
        if head != _RAISE:
            socket.disconnectFromServer()
            return
        socket.write(b"ok")
        socket.flush()
        socket.disconnected.connect(socket.deleteLater)
        text = tail.decode("utf-8", errors="replace").strip()
        self.activated.emit(Path(text) if text else None)
