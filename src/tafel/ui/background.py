"""Slow work off the GUI thread: run it, then hand the result back on the GUI thread.

Key derivation, opening and migrating a vault, making the demo and rendering a PDF take
from half a second to ten seconds on a busy laptop. Run on the GUI thread, they freeze the
window: it does not repaint, cannot be moved, and looks crashed. :class:`Runner` runs such
work in a worker thread (the pattern Anki calls ``QueryOp``) and calls ``on_success(result)``
or ``on_failure(error)`` back on the GUI thread. Work that must stay on the GUI thread (building
many widgets) can run as steps instead (:meth:`Runner.run_steps`): one step per turn of the
event loop, so the window repaints in between.

The rules that keep this safe:

* The work in a thread touches nothing the GUI thread uses: no services, no open vault, no
  widget. It gets plain values in and gives a value back (a vault it opened itself, a PDF).
* A job can be cancelled (the vault locks, another vault is chosen, the page closes). Its
  result is then dropped, never shown; ``discard(result)`` lets go of what it holds (a vault
  opened in the meantime is locked again), on the worker thread when the work ends after the
  cancel, else on the GUI thread.
* Every failure reaches ``on_failure``, including BaseExceptions that libraries raise (pyo3's
  PanicException): nothing dies silently in a thread. An error that is not a TafelError is
  also logged with its traceback; :func:`explain` gives the one Dutch sentence to show.
* After :data:`BUSY_DELAY_MS` a busy indicator appears (``busy.start()``), so quick work does
  not flash one.
* While work runs in a thread, Python's automatic cycle collection pauses, so it never runs
  in the worker and deletes Qt objects there (see ``_thread_work_started``).
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from tafel.errors import TafelError

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

T = TypeVar("T")
BUSY_DELAY_MS = 500
WORKERS = 2

log = logging.getLogger(__name__)


class Busy(Protocol):
    """Something that shows that work is going on (a bar in the page, a small dialog)."""

    def start(self) -> None:
        """Show it (the work has taken longer than :data:`BUSY_DELAY_MS`)."""

    def stop(self) -> None:
        """Hide it again."""


class BusyDialog:
    """A small window-modal dialog with a moving bar and one sentence; no cancel button.

    Window-modal: the window behind it keeps repainting but takes no clicks, so the same
    work cannot be started twice while it shows.
    """

    def __init__(self, parent: QWidget | None, text: str) -> None:
        self._parent = parent
        self.text = text
        self.dialog: QProgressDialog | None = None
        self._had_focus = False

    def start(self) -> None:
        """Show the dialog."""
        self._had_focus = QApplication.activeWindow() is not None
        dialog = QProgressDialog(self.text, "", 0, 0, self._parent)
        dialog.setWindowTitle("tafel")
        dialog.setCancelButton(None)  # type: ignore[arg-type]  # work in a thread cannot stop
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        # The window behind keeps the keyboard focus (modality blocks its input anyway), so
        # the field that the finished work focuses has it at once.
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        dialog.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        dialog.show()
        self.dialog = dialog

    def stop(self) -> None:
        """Close and delete the dialog."""
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.hide()
            dialog.deleteLater()
            if self._had_focus and self._parent is not None and self._parent.isVisible():
                # Some platforms activate the dialog anyway; the window gets the keys back.
                self._parent.window().activateWindow()


def explain(error: BaseException) -> str:
    """The one Dutch sentence for a failure: a TafelError says its own."""
    if isinstance(error, TafelError):
        return error.message
    return QCoreApplication.translate(
        "background", "Something unexpected went wrong, and this was not finished. Try "
        "again; if it happens again, close tafel and start it again.")


class Job(Generic[T]):
    """One piece of work started by a :class:`Runner`; :meth:`cancel` drops its result."""

    def __init__(self, runner: Runner, on_success: Callable[[T], object],
                 on_failure: Callable[[BaseException], object] | None,
                 discard: Callable[[T], object] | None, busy: Busy | None) -> None:
        self._runner = runner
        self._on_success = on_success
        self._on_failure = on_failure
        self._discard = discard
        self._busy = busy
        self._busy_shown = False
        self._lock = threading.Lock()
        self._cancelled = False
        self._finished = False
        self._busy_timer: QTimer | None = None
        if busy is not None:
            timer = QTimer(runner)
            timer.setSingleShot(True)
            timer.timeout.connect(self._show_busy)
            timer.start(BUSY_DELAY_MS)
            self._busy_timer = timer

    @property
    def running(self) -> bool:
        """Neither finished nor cancelled."""
        return not (self._finished or self._cancelled)

    @property
    def cancelled(self) -> bool:
        """Whether the job was cancelled before it finished."""
        return self._cancelled

    def cancel(self) -> None:
        """Never call back; let go of the result when it comes (GUI thread only)."""
        with self._lock:
            if self._finished or self._cancelled:
                return
            self._cancelled = True
        self._end()
        self._runner._cancelled(self)

    # -- the runner's side ----------------------------------------------------------

    def _claim(self) -> bool:
        """True when the result may be delivered; False when the job was cancelled first."""
        with self._lock:
            if self._cancelled:
                return False
            self._finished = True
            return True

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        """On the GUI thread: call back, or drop the result of a cancelled job."""
        if not self._claim():
            if error is None:
                self._drop(result)
            return
        self._end()
        if error is None:
            try:
                self._on_success(result)
            except BaseException as failure:  # reported like a failed job
                self._fail(failure)
        else:
            self._fail(error)

    def _fail(self, error: BaseException) -> None:
        if not isinstance(error, TafelError):
            log.error("Work in the background failed", exc_info=error)
        if self._on_failure is not None:
            self._on_failure(error)

    def _drop(self, result: Any) -> None:
        if self._discard is not None:
            try:
                self._discard(result)
            except BaseException:  # dropping must not fail the caller
                log.exception("Could not let go of the result of cancelled work")

    def _show_busy(self) -> None:
        if self.running and self._busy is not None and not self._busy_shown:
            self._busy_shown = True
            self._busy.start()

    def _end(self) -> None:
        if self._busy_timer is not None:
            self._busy_timer.stop()
            self._busy_timer.deleteLater()
            self._busy_timer = None
        if self._busy_shown and self._busy is not None:
            self._busy_shown = False
            self._busy.stop()
        self._runner._forget(self)


class _Relay(QObject):
    """Carries results from worker threads to the GUI thread (a queued signal).

    One for the whole process, made on the GUI thread and never deleted, so a worker that
    ends late can never emit into a deleted object.
    """

    done = Signal(object, object, object, bool)  # job, result, error, dropped already

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, object, bool)
    def _on_done(self, job: Job[Any], result: object, error: BaseException | None,
                 dropped: bool) -> None:
        _thread_work_ended()
        if not dropped:
            job._deliver(result, error)


# Python's cycle collector runs in whichever thread happens to allocate. Run in a worker, it
# would delete Qt objects caught in reference cycles from the wrong thread, which crashes
# Qt. So while work runs in a thread, automatic collection pauses, and the GUI thread
# collects itself every few milliseconds, as the automatic collector would, so no backlog is
# left for one long pause afterwards. A full collection that falls due meanwhile runs once,
# while the user waits for the work anyway. Automatic collection resumes at the tick after
# the last work has ended: a turn of the event loop after its result was shown, so a full
# collection then does not add to the time that showing the result takes.
COLLECT_MS = 20
_working_threads = 0
_collection_paused = False
_full_collected = False
_collect_timer: QTimer | None = None


def _collect() -> None:
    """What the automatic collector would do now, on the GUI thread (one full collection)."""
    global _full_collected, _collection_paused
    if _working_threads == 0:  # the work has ended: the automatic collector takes over
        _collection_paused = False
        if _collect_timer is not None:
            _collect_timer.stop()
        gc.enable()
        return
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 <= threshold0:
        return
    generation = 1 if count1 > threshold1 else 0
    if generation == 1 and count2 > threshold2 and not _full_collected:
        generation, _full_collected = 2, True
    gc.collect(generation)


def resume_collection_after_start() -> None:
    """Start-up ran without automatic collection (see :func:`tafel.app.main`); resume it.

    Called once the first screen is up. Work already running in a thread (the demo being
    made) keeps it paused, with the GUI thread collecting as above until that work ends.
    """
    if gc.isenabled() or _collection_paused:
        return
    if _working_threads == 0:
        gc.enable()
        return
    _pause_collection()


def _pause_collection() -> None:
    """Automatic collection off; the GUI thread collects every :data:`COLLECT_MS` instead."""
    global _collection_paused, _full_collected, _collect_timer
    gc.disable()
    _collection_paused, _full_collected = True, False
    if _collect_timer is None:
        _collect_timer = QTimer()
        _collect_timer.setInterval(COLLECT_MS)
        _collect_timer.timeout.connect(_collect)
    _collect_timer.start()


def _thread_work_started() -> None:
    global _working_threads
    if not _collection_paused and gc.isenabled():
        _pause_collection()
    _working_threads += 1


def _thread_work_ended() -> None:
    global _working_threads
    _working_threads -= 1  # (collection resumes at the next tick of _collect_timer)


_relay: _Relay | None = None
_executor: ThreadPoolExecutor | None = None


def _shared() -> tuple[_Relay, ThreadPoolExecutor]:
    """The relay and the worker threads, made at the first job (on the GUI thread)."""
    global _relay, _executor
    from concurrent.futures import ThreadPoolExecutor  # at the first job, not at start-up

    if _relay is None:
        _relay = _Relay()
    if _executor is None:
        _executor = ThreadPoolExecutor(WORKERS, thread_name_prefix="tafel-werk")
    return _relay, _executor


class Runner(QObject):
    """Starts background jobs and can cancel all of them at once (on a lock)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job[Any]] = []
        self._stepping: list[tuple[Job[Any], Iterator[object]]] = []
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step)

    @property
    def busy(self) -> bool:
        """Whether any job is still running."""
        return bool(self._jobs)

    def run(self, work: Callable[[], T], on_success: Callable[[T], object],
            on_failure: Callable[[BaseException], object] | None = None, *,
            busy: Busy | None = None, discard: Callable[[T], object] | None = None) -> Job[T]:
        """Run ``work()`` in a worker thread; call back on the GUI thread.

        ``work`` must not touch anything the GUI thread uses (see the module docstring).
        ``discard`` lets go of a result that arrives after a cancel (and may run on the
        worker thread).
        """
        relay, executor = _shared()
        job: Job[T] = Job(self, on_success, on_failure, discard, busy)
        self._jobs.append(job)

        def in_thread() -> None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = work()
            except BaseException as caught:  # handed to on_failure
                error = caught
            dropped = job.cancelled and error is None
            if dropped:
                job._drop(result)  # nobody waits for it: let go of it here, at once
                result = None
            relay.done.emit(job, result, error, dropped)

        _thread_work_started()
        try:
            executor.submit(in_thread)
        except BaseException:
            _thread_work_ended()
            raise
        return job

    def run_steps(self, steps: Iterator[object], on_success: Callable[[Any], object],
                  on_failure: Callable[[BaseException], object] | None = None, *,
                  busy: Busy | None = None) -> Job[Any]:
        """Run a generator on the GUI thread, one step per turn of the event loop.

        For work that must stay on the GUI thread (building widgets). The generator's return
        value goes to ``on_success``. A cancel closes the generator where it stands, at once,
        so its ``finally`` (or ``except GeneratorExit``) lets go of what it built while that
        still exists (a lock deletes the workspace right after).
        """
        job: Job[Any] = Job(self, on_success, on_failure, None, busy)
        self._jobs.append(job)
        self._stepping.append((job, steps))
        self._step_timer.start()
        return job

    def _step(self) -> None:
        """One step of the first generator waiting; the others take their turns after it."""
        if not self._stepping:
            self._step_timer.stop()
            return
        job, steps = self._stepping.pop(0)
        try:
            next(steps)
        except StopIteration as done:
            job._deliver(done.value, None)
        except BaseException as error:  # handed to on_failure
            job._deliver(None, error)
        else:
            self._stepping.append((job, steps))

    def _cancelled(self, job: Job[Any]) -> None:
        for entry in self._stepping:
            if entry[0] is job:
                self._stepping.remove(entry)
                steps_close(entry[1])
                return

    def cancel_all(self) -> None:
        """Cancel every running job (the vault locks: nothing started before may show)."""
        for job in list(self._jobs):
            job.cancel()

    def _forget(self, job: Job[Any]) -> None:
        if job in self._jobs:
            self._jobs.remove(job)


def import_in_steps(names: Iterable[str]) -> Iterator[None]:
    """Load modules one per step: the GUI thread uses a wait to prepare what comes next."""
    import importlib

    for name in names:
        importlib.import_module(name)
        yield


def steps_close(steps: Iterator[object]) -> None:
    """Stop a generator where it is (its ``finally`` blocks run)."""
    close = getattr(steps, "close", None)
    if close is not None:
        try:
            close()
        except BaseException:  # a clean-up that fails must not fail the lock
            log.exception("Could not stop work that was cancelled")
