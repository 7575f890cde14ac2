"""Where the wall goes: full screen on a second screen, or mirrored on the laptop's only one.

With two screens (the laptop and a projector set to "extend"), the wall (a
:class:`~tafel.ui.overleg.wand_window.WandWindow`) fills the projector and the laptop keeps
the control view. With one screen, or when the projector mirrors the laptop, everything on
the laptop is seen by the room: the laptop then shows only the
:class:`~tafel.ui.overleg.spiegel_window.SpiegelWindow` (the wall with a slim strip that
reveals nothing the room may not see), and the main window shows no case data meanwhile.

The wall windows are imported here, when a meeting starts, never at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from tafel.ui.overleg.spiegel_window import SpiegelWindow
    from tafel.ui.overleg.wand_window import WandWindow


@dataclass(frozen=True)
class SchermKeuze:
    """The choice of the start dialog: the wall on ``scherm``, or mirrored (``gespiegeld``)."""

    gespiegeld: bool
    scherm: QScreen | None = None  # the wall's screen (two-screen mode)


def andere_schermen() -> list[QScreen]:
    """The screens besides the laptop's own (the primary one)."""
    primary = QGuiApplication.primaryScreen()
    return [s for s in QGuiApplication.screens() if s is not primary]


def standaard_keuze() -> SchermKeuze:
    """The first other screen when there is one, otherwise mirrored on this one."""
    others = andere_schermen()
    return SchermKeuze(False, others[0]) if others else SchermKeuze(True)


def vol_scherm(window: QWidget, scherm: QScreen | None) -> None:
    """Show ``window`` full screen on ``scherm`` (the primary screen when None).

    The window is put on the screen and moved to its corner, not given the screen's
    geometry: a window that already laid out its picture and then gets a geometry can
    come up as a normal window instead of full screen.
    """
    target = scherm or QGuiApplication.primaryScreen()
    if target is not None:
        window.setScreen(target)
        window.move(target.geometry().topLeft())
    window.showFullScreen()
    window.raise_()
    window.activateWindow()


def maak_muur(keuze: SchermKeuze) -> WandWindow | SpiegelWindow:
    """The window the room sees, not shown yet.

    It gets its first picture, then :func:`toon_muur` puts it up: the room never sees a
    half-drawn wall.
    """
    if keuze.gespiegeld:
        from tafel.ui.overleg.spiegel_window import SpiegelWindow

        return SpiegelWindow()
    from tafel.ui.overleg.wand_window import WandWindow

    return WandWindow()


def toon_muur(window: QWidget, keuze: SchermKeuze) -> None:
    """Put the wall up full screen where ``keuze`` says."""
    vol_scherm(window, None if keuze.gespiegeld else keuze.scherm)
