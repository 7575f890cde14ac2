"""The running casus-overleg: the room, the step, the time box and the curtain, on every surface.

An :class:`OverlegSessie` holds one meeting while it runs. Whatever changes what the room may
see (someone ticked or unticked, the private part, a consent, the plan typed in the control
view, a conclusion) reaches the vault through a service; the sessie hears the change
(``controller.data_changed``), reads :meth:`OverlegService.wand` again and gives the wall the
new :class:`~tafel.views.wand.WandView` in the same turn of the event loop. The wall gets
nothing else: its picture is built from that value only.

The step's time box is shown gently: a timer updates the fraction of the step's minutes
(``TIJD_PER_STAP``) about once a second; going back to a step goes on from the time it had.
The curtain (F8, B or "." on the wall) blanks the wall at once and stays until lifted.
A lock closes the wall before anything else happens (``about_to_lock``): the wall never
stays up alone.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from tafel.domain.enums import Pijler
from tafel.domain.overleg import TIJD_PER_STAP, Aanwezige, AgendaStap
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.ui.controller import AppController
from tafel.views.overleg import OverlegView
from tafel.views.wand import WandView

#: How often the time box is brought up to date.
TIK_MS = 1000
STAPPEN = list(AgendaStap)


class OverlegSessie(QObject):
    """One running meeting and the window the room sees (``muur``: a WandWindow or SpiegelWindow).

    Signals: ``bijgewerkt`` (the WandView just given to the wall), ``overleg_gewijzigd`` (the
    OverlegView for the control view), ``stap_gewijzigd`` (the AgendaStap), ``gordijn_gewijzigd``
    (closed or not), ``tik`` (a second passed), ``fout`` (one Dutch sentence), and from the
    mirror's strip ``aanwezigen_gevraagd`` and ``afronden_gevraagd``; ``gestopt`` once the wall
    is gone.
    """

    bijgewerkt = Signal(object)
    overleg_gewijzigd = Signal(object)
    stap_gewijzigd = Signal(object)
    gordijn_gewijzigd = Signal(bool)
    tik = Signal()
    fout = Signal(str)
    aanwezigen_gevraagd = Signal()
    afronden_gevraagd = Signal()
    gestopt = Signal()

    def __init__(self, controller: AppController, overleg: OverlegView,
                 muur: QWidget | None = None, parent: QObject | None = None, *,
                 klok: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("casus_overleg")
        self.overleg_id: uuid.UUID = overleg.id
        self.casus_id: uuid.UUID = overleg.casus_id
        self.overleg = overleg
        self.stap: AgendaStap = overleg.stap
        self.view: WandView | None = None
        self.gordijn_dicht = False
        self.muur: QWidget | None = None
        self._klok = klok
        self._besteed: dict[AgendaStap, float] = dict.fromkeys(AgendaStap, 0.0)
        self._sinds = klok()  # when the current step (re)started
        self._getoond_procent = -1
        self._gestopt = False
        self.laatste_fout = ""  # the last refusal, for a form that shows it beside itself
        self.timer = QTimer(self)
        self.timer.setInterval(TIK_MS)
        self.timer.timeout.connect(self._tik)
        controller.data_changed.connect(self.on_data_changed)
        controller.about_to_lock.connect(self.stop)
        controller.locked.connect(self.stop)
        self.ververs()
        if muur is not None:
            self.koppel(muur)
        self.timer.start()

    # -- the wall -----------------------------------------------------------------------

    @property
    def actief(self) -> bool:
        """Whether the meeting is on (not stopped by a close or a lock)."""
        return not self._gestopt

    @property
    def gespiegeld(self) -> bool:
        """Whether the room sees the laptop's own screen (the mirror window)."""
        return self.muur is not None and hasattr(self.muur, "afronden_gevraagd")

    def koppel(self, muur: QWidget) -> None:
        """Give the room's window its first picture and listen to its keys and strip."""
        self.muur = muur
        signals: dict[str, Callable[[], None]] = {
            "volgende": self.volgende, "vorige": self.vorige,
            "gordijn_gevraagd": self.wissel_gordijn,
            "aanwezigen_gevraagd": self.aanwezigen_gevraagd.emit,
            "afronden_gevraagd": self.afronden_gevraagd.emit,
        }
        for name, slot in signals.items():
            signal = getattr(muur, name, None)
            if signal is not None:
                signal.connect(slot)
        self._wand_call("gordijn", self.gordijn_dicht)
        self._push()

    def _wand(self) -> Any:
        """The WandWindow itself (inside the mirror window, its ``wand``)."""
        if self.muur is None:
            return None
        return getattr(self.muur, "wand", self.muur)

    def _wand_call(self, name: str, *args: Any, **kwargs: Any) -> None:
        """Call the mirror window's own method if it has one, else its wall's."""
        if self.muur is None:
            return
        method = getattr(self.muur, name, None) or getattr(self._wand(), name)
        method(*args, **kwargs)

    def _push(self) -> None:
        """Give the wall the newest view, the step and the time used."""
        if self.muur is None or self.view is None:
            return
        self._getoond_procent = int(self.verstreken() * 100)
        zet = getattr(self.muur, "zet_aanwezigen", None)
        if zet is not None and self.overleg is not None:
            # Who is here first, then the view made for them: the strip names people only
            # when that view allows it.
            zet([p.aanwezige for p in self.overleg.aanwezigen])
        self._wand_call("toon", self.view, self.stap, verstreken=self.verstreken())

    def ververs(self) -> None:
        """Read what the wall may show now and show it (and the meeting, for the control view)."""
        if not self._controller.is_unlocked:
            return
        try:
            self.overleg = self._controller.services.overleg.overleg(self.overleg_id)
            self.view = self._controller.services.overleg.wand(self.overleg_id)
        except TafelError as error:
            self.fout.emit(error.message)
            return
        self._push()
        self.overleg_gewijzigd.emit(self.overleg)
        self.bijgewerkt.emit(self.view)

    def on_data_changed(self, changes: ChangeSet) -> None:
        """A change to this case or this meeting: the wall follows at once."""
        if self._gestopt:
            return
        if self.overleg_id in changes.ids or self.casus_id in changes.casus_ids:
            self.ververs()

    # -- the agenda ---------------------------------------------------------------------

    def besteed(self, stap: AgendaStap | None = None) -> float:
        """Seconds spent on ``stap`` (the current step when None), counting now."""
        stap = stap or self.stap
        extra = self._klok() - self._sinds if stap is self.stap and self.actief else 0.0
        return self._besteed[stap] + max(0.0, extra)

    def verstreken(self, stap: AgendaStap | None = None) -> float:
        """The part of the step's time box used (1.0 and more: over time)."""
        stap = stap or self.stap
        return self.besteed(stap) / (TIJD_PER_STAP[stap] * 60)

    def ga_naar(self, stap: AgendaStap) -> None:
        """Move the agenda to ``stap`` (saved, so a resumed meeting starts there)."""
        if stap is self.stap:
            return
        now = self._klok()
        self._besteed[self.stap] += max(0.0, now - self._sinds)
        self._sinds = now
        self.stap = stap
        self.stap_gewijzigd.emit(stap)
        self._push()
        self._write(lambda: self._controller.services.overleg.zet_stap(
            self.overleg_id, stap, origin=self.origin))

    def volgende(self) -> None:
        """The next step (the clicker's PageDown)."""
        index = STAPPEN.index(self.stap)
        if index + 1 < len(STAPPEN):
            self.ga_naar(STAPPEN[index + 1])

    def vorige(self) -> None:
        """The previous step (the clicker's PageUp)."""
        index = STAPPEN.index(self.stap)
        if index > 0:
            self.ga_naar(STAPPEN[index - 1])

    def _tik(self) -> None:
        self.tik.emit()
        if int(self.verstreken() * 100) != self._getoond_procent:
            self._push()

    # -- the curtain --------------------------------------------------------------------

    def zet_gordijn(self, dicht: bool) -> None:
        """Close or open the curtain on the wall at once."""
        self.gordijn_dicht = dicht
        self._wand_call("gordijn", dicht)
        self.gordijn_gewijzigd.emit(dicht)

    def wissel_gordijn(self) -> None:
        """F8, B or ".": the curtain the other way."""
        self.zet_gordijn(not self.gordijn_dicht)

    # -- the room -----------------------------------------------------------------------

    def zet_aanwezigen(self, aanwezigen: Sequence[Aanwezige], besloten: bool) -> bool:
        """Someone came in or left, or the private part began or ended: redraw now."""
        return self._write(lambda: self._controller.services.overleg.zet_aanwezigen(
            self.overleg_id, list(aanwezigen), besloten=besloten, origin=self.origin))

    def zet_conclusies(self, conclusies: Sequence[str]) -> bool:
        """The conclusions as they stand."""
        return self._write(lambda: self._controller.services.overleg.zet_conclusies(
            self.overleg_id, list(conclusies), origin=self.origin))

    def noteer_afspraak(self, actie: str, eigenaar: str, deadline: date | None,
                        pijler: Pijler | None) -> bool:
        """An afspraak made in the room, into the plan and the record."""
        return self._write(lambda: self._controller.services.overleg.noteer_afspraak(
            self.overleg_id, actie, eigenaar, deadline, pijler, origin=self.origin))

    def _write(self, action: Callable[[], ChangeSet]) -> bool:
        if not self._controller.is_unlocked:
            return False
        try:
            changes = action()
        except TafelError as error:
            self.laatste_fout = error.message
            self.fout.emit(error.message)
            return False
        self.laatste_fout = ""
        self._controller.publish(changes)  # the wall redraws when it hears it (above)
        return True

    # -- ending -------------------------------------------------------------------------

    def stop(self) -> None:
        """Take the wall down now (closing the control view, a lock, finishing)."""
        if not self._gestopt:
            self._besteed[self.stap] += max(0.0, self._klok() - self._sinds)
        self.timer.stop()
        muur, self.muur = self.muur, None
        if muur is not None:
            muur.close()
            muur.deleteLater()
        self.view = None
        if self._gestopt:
            return
        self._gestopt = True
        self._controller.data_changed.disconnect(self.on_data_changed)
        self._controller.about_to_lock.disconnect(self.stop)
        self._controller.locked.disconnect(self.stop)
        self.gestopt.emit()
