"""When typing is saved, shared by the toekomstplan and the conversations: soon, surely, again.

Three timers decide it:

* **quiet**: 400 ms after the last change, so a typed word is one save, not five;
* **deadline**: 600 ms after the first change that is not saved yet, however fast one types.
  The quiet timer alone never fires while someone types steadily (keys come faster than
  400 ms apart), so without this a crash lost everything since the last pause. With it, a
  crash at any moment loses at most the last 600 ms of typing plus one save (a few dozen ms);
  the kill tests measure it, ``make bench`` reports it. 600 ms rather than more leaves room
  within the promised second for the save itself on a busy machine; a save costs 30-45 ms
  on screen, also for a plan text of 10,000 characters (the CRDT stores only the change);
* **retry**: while the vault cannot be written (a full disk, a read-only folder, the vault
  held elsewhere), every :data:`RETRY_MS`, besides the next save that any new key brings.

A saver never drops what waits until the vault has it. When writing fails for a reason outside
the input, everything stays waiting (newer edits of the same field on top), ``blocked`` carries
one calm Dutch sentence for the page to show, and the retry timer runs; the first save that
succeeds emits ``blocked("")``. Input the vault refuses (a text over the limit, an impossible
amount) is not retried: a retry cannot make it right, so the saver's ``failed`` says why and
the field keeps what was typed. On a lock, the savers try once more (``about_to_lock``); what
still cannot be written then is not kept anywhere, in clear or otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from tafel.errors import DiskFullError, NotFoundError, TafelError, ValidationError
from tafel.ui.controller import AppController

QUIET_MS = 400
MAX_WAIT_MS = 600
RETRY_MS = 2500


def is_refused(error: TafelError) -> bool:
    """Whether the vault refused the input itself (no retry can help) rather than the write."""
    return isinstance(error, (ValidationError, NotFoundError))


def blocked_sentence(error: TafelError) -> str:
    """What the page says while ``error`` keeps typed text from the vault."""
    if isinstance(error, DiskFullError):
        return QCoreApplication.translate(
            "Autosave", "The disk is full. What you typed is still here and is saved as "
                        "soon as there is room again.")
    return " ".join((error.message, QCoreApplication.translate(
        "Autosave", "What you typed is still here; tafel keeps trying to save it.")))


class Autosave(QObject):
    """The timing and the retrying; subclasses say what is dirty and how to write it."""

    blocked = Signal(str)  # the sentence while saving is blocked; "" once everything is saved

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.problem = ""
        self._quiet = self._timer(QUIET_MS)
        self._deadline = self._timer(MAX_WAIT_MS)
        self._retry = self._timer(RETRY_MS)
        controller.about_to_lock.connect(self.flush)  # the last chance to save

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.flush)
        return timer

    # -- state --------------------------------------------------------------------------

    @property
    def is_dirty(self) -> bool:
        """Whether anything typed is not in the vault yet."""
        return self._has_pending()

    @property
    def is_blocked(self) -> bool:
        """Whether the last attempt to save failed and what was typed still waits."""
        return bool(self.problem)

    # -- timing -------------------------------------------------------------------------

    def schedule(self) -> None:
        """Something changed: save after a quiet moment, and at the latest by the deadline."""
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def stop_timers(self) -> None:
        """No save is due any more (it is being done now, or nothing waits)."""
        for timer in (self._quiet, self._deadline, self._retry):
            timer.stop()

    def flush(self) -> bool:
        """Save now if anything waits; False when it could not be saved (it still waits)."""
        self.stop_timers()
        if not self._has_pending():
            self.clear_problem()
            return True
        if not self._controller.is_unlocked:
            return False
        return self._write()

    # -- outcomes -----------------------------------------------------------------------

    def hold(self, error: TafelError) -> None:
        """Writing failed for a reason outside the input: keep everything, say so, retry."""
        self.problem = blocked_sentence(error)
        self._retry.start()
        self.blocked.emit(self.problem)

    def clear_problem(self) -> None:
        """Everything waiting reached the vault: the sentence can go."""
        if self.problem:
            self.problem = ""
            self.blocked.emit("")

    # -- for subclasses -----------------------------------------------------------------

    def _has_pending(self) -> bool:
        raise NotImplementedError

    def _write(self) -> bool:
        """Write what waits; call :meth:`hold` or :meth:`clear_problem`; True when saved."""
        raise NotImplementedError
