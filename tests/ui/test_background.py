"""Slow work off the GUI thread: the runner itself, and unlock, demo, plan and preview on it.

Responsiveness is checked the way a user notices it: a timer on the GUI thread keeps ticking
while the work runs (:class:`~tafel.ui.loop_watch.LoopWatch`). No sleeps: the tests wait for
signals and states with ``qtbot.waitUntil``, and work that must take a while waits for an
event the test sets.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pycrdt
import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication
from sqlmodel import select

import tafel.ui.controller as controller_module
from tafel.domain.models import AuditEvent
from tafel.domain.records import AuditAction
from tafel.errors import VaultDamagedError
from tafel.settings import Settings
from tafel.ui import background
from tafel.ui.background import Runner, explain
from tafel.ui.controller import AppController
from tafel.ui.loop_watch import LoopWatch
from tafel.ui.main_window import MainWindow
from tafel.vault import KdfParams, Vault
from tafel.vault.lockfile import lock_path
from tests.builders import CHEAP, PASSPHRASE, copy_vault, new_case
from tests.ui.drive import locked_window_on, open_case, unlock, wait_for_unlock

#: Costly enough that deriving the key takes a noticeable while (about half a second here).
SLOW = KdfParams(memory_kib=128 * 1024, time_cost=3, parallelism=1)


class Recorder:
    """A busy indicator that remembers when it was shown and hidden."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def start(self) -> None:
        self.calls.append("start")

    def stop(self) -> None:
        self.calls.append("stop")


@pytest.fixture
def runner(app) -> Iterator[Runner]:  # type: ignore[no-untyped-def]
    made = Runner()
    yield made
    made.cancel_all()


@pytest.fixture(scope="module")
def slow_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty vault whose key takes a while to derive, made once."""
    path = tmp_path_factory.mktemp("slow") / "traag.tafel"
    Vault.create(path, PASSPHRASE, SLOW).lock()
    return path


@pytest.fixture
def slow_window(qtbot, app, slow_template: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = locked_window_on(qtbot, copy_vault(slow_template, tmp_path / "kluis"))
    yield window
    window.controller.lock()


def ticks_while(qtbot, busy, done) -> int:  # type: ignore[no-untyped-def]
    """How often a 10 ms GUI timer ticked while ``busy()``, waiting until ``done()``."""
    watch = LoopWatch()
    counted = [0]
    watch._timer.timeout.connect(lambda: counted.__setitem__(0, counted[0] + busy()))
    watch.start()
    qtbot.waitUntil(done, timeout=60_000)
    watch.stop()
    return counted[0]


# -- the runner ---------------------------------------------------------------------------


def test_work_runs_in_a_thread_and_the_result_comes_back_on_the_gui_thread(
        qtbot, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    gui = QThread.currentThread()
    where: list[object] = []
    results: list[int] = []

    def work() -> int:
        where.append(QThread.currentThread())
        return 6 * 7

    def success(value: int) -> None:
        where.append(QThread.currentThread())
        results.append(value)

    job = runner.run(work, success)
    qtbot.waitUntil(lambda: results == [42])
    assert where[0] is not gui and where[1] is gui
    assert not job.running and not runner.busy


def test_no_cycle_collection_runs_in_a_worker(qtbot, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    """Collection pauses while work runs in a thread.

    Collected in a worker, Qt objects in reference cycles would be deleted in the wrong thread
    (that crashed the event loop in this file's tests).
    """
    qtbot.waitUntil(gc.isenabled)  # (work of an earlier test may just have ended)
    seen: list[bool] = []
    runner.run(gc.isenabled, seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [False]  # paused while the work ran
    qtbot.waitUntil(gc.isenabled)  # and on again soon after, on the GUI thread


def test_collection_resumes_after_start_up_even_while_the_demo_is_made(  # type: ignore[no-untyped-def]
    qtbot, runner: Runner
) -> None:
    """Start-up runs without cycle collection (tafel.app.main); the first screen turns it on.

    Work that was started before (the demo, made in a thread) must not find it on: it stays
    paused until that work has ended, then comes back.
    """
    qtbot.waitUntil(gc.isenabled)  # (work of an earlier test may just have ended)
    gc.disable()  # as tafel.app.main does
    release = threading.Event()
    seen: list[bool] = []

    def demo() -> bool:
        release.wait(10)
        return gc.isenabled()

    runner.run(demo, seen.append)
    background.resume_collection_after_start()  # the first screen is up, the demo is not
    assert not gc.isenabled()
    release.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [False]  # never on while the worker ran
    qtbot.waitUntil(gc.isenabled)  # and on again once it ended

    gc.disable()
    background.resume_collection_after_start()  # nothing running: on at once
    assert gc.isenabled()


def test_a_panic_in_a_library_reaches_the_failure_callback(qtbot, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    """pyo3's PanicException derives from BaseException: it must not vanish in the thread."""
    failures: list[BaseException] = []

    def panic() -> None:  # a real one: restoring a snapshot into a document with gc on
        pycrdt.Doc.from_snapshot(pycrdt.Snapshot.from_doc(pycrdt.Doc(skip_gc=True)),
                                 pycrdt.Doc())

    runner.run(panic, lambda _r: pytest.fail("no result expected"), failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert type(failures[0]).__name__ == "PanicException"
    assert not isinstance(failures[0], Exception)
    sentence = explain(failures[0])
    assert sentence.startswith("Er ging iets onverwachts mis") and "Panic" not in sentence
    assert explain(VaultDamagedError()) == VaultDamagedError.default_message


def test_a_cancelled_job_drops_its_result_and_lets_go_of_it(qtbot, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    dropped: list[str] = []

    def work() -> str:
        release.wait(30)
        return "een geopende kluis"

    job = runner.run(work, lambda _r: pytest.fail("a cancelled result was shown"),
                     lambda _e: pytest.fail("no failure expected"), discard=dropped.append)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: dropped == ["een geopende kluis"])
    assert job.cancelled and not runner.busy


def test_the_busy_indicator_waits_half_a_second_and_goes_away(qtbot, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    quick, slow = Recorder(), Recorder()
    done: list[str] = []
    runner.run(lambda: "vlug", done.append, busy=quick)
    qtbot.waitUntil(lambda: done == ["vlug"])
    release = threading.Event()
    runner.run(lambda: release.wait(30), lambda _r: done.append("traag"), busy=slow)
    qtbot.waitUntil(lambda: slow.calls == ["start"], timeout=5000)
    assert done == ["vlug"]  # still working while the indicator shows
    release.set()
    qtbot.waitUntil(lambda: done == ["vlug", "traag"])
    assert slow.calls == ["start", "stop"]
    assert quick.calls == []  # quick work never flashes an indicator


def test_steps_take_turns_with_the_event_loop_and_a_cancel_closes_them(
        qtbot, runner: Runner) -> None:  # type: ignore[no-untyped-def]
    ticks: list[int] = []
    watch = LoopWatch(interval_ms=0)
    watch.start()

    def steps() -> Iterator[None]:
        for _ in range(5):
            ticks.append(watch.ticks)
            yield
        return "klaar"

    results: list[str] = []
    runner.run_steps(steps(), results.append)
    qtbot.waitUntil(lambda: results == ["klaar"])
    assert ticks == sorted(ticks) and len(set(ticks)) == 5  # the timer ticked between steps

    closed: list[str] = []
    taken = [0]

    def endless() -> Iterator[None]:
        try:
            while True:
                taken[0] += 1
                yield
        finally:
            closed.append("dicht")

    job = runner.run_steps(endless(), lambda _r: pytest.fail("cancelled"))
    qtbot.waitUntil(lambda: taken[0] > 3)
    job.cancel()
    qtbot.waitUntil(lambda: closed == ["dicht"])
    watch.stop()


# -- unlock -------------------------------------------------------------------------------


def test_the_window_stays_responsive_while_the_key_is_derived(qtbot, slow_window) -> None:  # type: ignore[no-untyped-def]
    page = slow_window.unlock_page
    page.ui.passphraseEdit.setText(PASSPHRASE)
    page.ui.unlockButton.click()
    assert page.unlocking
    assert not page.ui.unlockButton.isEnabled() and not page.ui.passphraseEdit.isEnabled()
    ticks = ticks_while(qtbot, lambda: page.unlocking, lambda: not page.unlocking)
    assert ticks >= 5, "the event loop was held while unlocking"
    assert slow_window.controller.is_unlocked and slow_window.workspace is not None
    assert page.ui.unlockButton.isEnabled()


def test_the_workspace_is_built_empty_while_the_key_is_derived(qtbot, slow_window) -> None:  # type: ignore[no-untyped-def]
    """Building and polishing the workspace after the unlock held the window over 100 ms."""
    page = slow_window.unlock_page
    page.ui.passphraseEdit.setText(PASSPHRASE)
    page.try_unlock()
    qtbot.waitUntil(lambda: slow_window._prepared is not None
                    and slow_window.pages.indexOf(slow_window._prepared) >= 0)
    prepared = slow_window._prepared
    assert page.unlocking, "prepared only after the unlock: nothing was gained"
    assert prepared.case_list.model.rowCount() == 0  # no case data before the key is there
    assert slow_window.pages.currentWidget() is page
    wait_for_unlock(qtbot, slow_window)
    assert slow_window.workspace is prepared and slow_window._prepared is None
    assert slow_window.pages.currentWidget() is prepared
    services = slow_window.controller.services
    slow_window.controller.publish(services.casussen.register(new_case()))
    assert prepared.case_list.model.rowCount() == len(services.casussen.summaries()) == 1


def test_a_lock_while_unlocking_shows_the_unlock_page_not_the_empty_workspace(
    qtbot, slow_window  # type: ignore[no-untyped-def]
) -> None:
    page = slow_window.unlock_page
    page.ui.passphraseEdit.setText(PASSPHRASE)
    page.try_unlock()
    qtbot.waitUntil(lambda: slow_window._prepared is not None)
    prepared = slow_window._prepared
    slow_window.controller.lock()  # nothing unlocked yet: the empty workspace may stay
    assert not slow_window.controller.is_unlocked and slow_window.workspace is None
    assert slow_window.pages.currentWidget() is page
    assert slow_window._prepared is prepared and prepared.case_list.model.rowCount() == 0


def test_a_long_unlock_says_what_happens_in_dutch(qtbot, slow_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(background, "BUSY_DELAY_MS", 20)
    page = slow_window.unlock_page
    page.ui.passphraseEdit.setText(PASSPHRASE)
    page.try_unlock()
    qtbot.waitUntil(lambda: page.busy_label.isVisible())
    assert page.busy_label.text() == "De kluis wordt geopend…"
    assert page.busy_bar.isVisible()
    wait_for_unlock(qtbot, slow_window)
    assert slow_window.controller.is_unlocked


def test_a_wrong_passphrase_in_the_background_shows_one_sentence(qtbot, slow_window) -> None:  # type: ignore[no-untyped-def]
    page = slow_window.unlock_page
    page.ui.passphraseEdit.setText("helemaal verkeerd")
    page.try_unlock()
    page.try_unlock()  # Enter pressed again while waiting: ignored, not a second try
    wait_for_unlock(qtbot, slow_window)
    assert page.ui.errorLabel.isVisible()
    assert page.ui.errorLabel.text().startswith("Deze wachtwoordzin opent de kluis niet")
    assert not page.busy_label.isVisible()
    assert page.ui.passphraseEdit.isEnabled() and page.ui.unlockButton.isEnabled()
    assert not slow_window.controller.is_unlocked


def test_a_lock_during_an_unlock_drops_the_opened_vault(qtbot, slow_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    controller = slow_window.controller
    path = controller.vault_path
    closed_again: list[bool] = []
    original = controller_module.close_again

    def close_again(opened):  # type: ignore[no-untyped-def]
        original(opened)
        closed_again.append(True)

    monkeypatch.setattr(controller_module, "close_again", close_again)
    shown: list[bool] = []
    controller.unlocked.connect(lambda: shown.append(True))
    page = slow_window.unlock_page
    page.ui.passphraseEdit.setText(PASSPHRASE)
    page.try_unlock()
    controller.lock()  # what Vault > Open vault, the demo or closing the window do first
    assert not page.unlocking  # nothing waits for that unlock any more
    # The work in the thread still ends; the vault it opened is logged closed and let go.
    qtbot.waitUntil(lambda: closed_again == [True], timeout=30_000)
    assert shown == [] and not controller.is_unlocked and slow_window.workspace is None
    assert not lock_path(path).exists()
    vault = Vault.open(path, PASSPHRASE)  # free for anyone again
    try:
        with vault.transaction() as session:
            actions = [e.actie for e in session.exec(
                select(AuditEvent).order_by(AuditEvent.volgnummer))]
    finally:
        vault.lock()
    assert actions[-2:] == [AuditAction.ONTGRENDELD, AuditAction.VERGRENDELD]


# -- the demo, a plan, the preview --------------------------------------------------------


def test_the_demo_is_made_in_the_background(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    controller = AppController(Settings(), "Fatima", CHEAP)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.first_run.ui.demoButton, Qt.MouseButton.LeftButton)
    window.open_demo()  # a second click while it is being made: ignored
    ticks = ticks_while(qtbot, lambda: window.pages.currentWidget() is window.first_run,
                        lambda: window.pages.currentWidget() is window.unlock_page)
    assert ticks >= 3, "the event loop was held while the demo was made"
    assert controller.is_demo()


def test_a_plan_opens_in_steps_with_the_window_free_between_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, "Dylan")
    workspace = window.workspace
    case_id = workspace.overview.case_id
    workspace.request_plan(case_id)
    workspace.request_plan(case_id)  # clicked twice: one page
    ticks = ticks_while(qtbot, lambda: workspace.plan_page is None,
                        lambda: workspace.plan_page is not None)
    assert ticks >= 5, "the plan was built in one block"
    page = workspace.plan_page
    assert workspace.pages.currentWidget() is page
    assert len(page.sections) == len(page.ctx.instrument.pillars) + 5
    assert workspace.pages.count() == 2  # the case list and this one page


def test_opening_a_plan_keeps_the_window_active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Building the plan never shows a window of its own.

    A section's intro label was shown before it was in the page: for a moment a window of
    its own, which took the focus from tafel's window.
    """
    unlock(qtbot, window)
    case_id = next(s.id for s in window.controller.services.casussen.summaries()
                   if s.jongere.startswith("Dylan"))
    assert QApplication.activeWindow() is window
    window.workspace.open_plan(case_id)
    qtbot.wait(50)  # let the window system's activation events through
    assert QApplication.activeWindow() is window


def test_a_lock_while_a_plan_opens_shows_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, "Dylan")
    workspace = window.workspace
    workspace.request_plan(workspace.overview.case_id)
    qtbot.waitUntil(lambda: workspace.pages.count() == 2)  # the page is being built
    window.controller.lock()
    assert window.workspace is None and not window.controller.background.busy
    unlock(qtbot, window)
    qtbot.wait(50)
    assert window.workspace.plan_page is None  # what was started before the lock never shows


def test_the_preview_renders_in_the_background(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.plan.print_preview import PrintPreviewDialog

    unlock(qtbot, window)
    services = window.controller.services
    case_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Dylan"))
    view = services.plans.for_case(case_id) or services.plans.start(case_id)
    dialog = PrintPreviewDialog(window.controller, view.latest.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ready
    ticks = ticks_while(qtbot, lambda: not dialog.ready, lambda: dialog.ready)
    assert ticks >= 1 and dialog.images and dialog.pdf.startswith(b"%PDF-")
    dialog.bsn_box.setChecked(True)  # renders again; closing now drops those pages
    dialog.reject()
    assert dialog.images == [] and not window.controller.background.busy
