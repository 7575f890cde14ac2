"""Two processes on one vault, with real processes: nothing lost, the log stays whole.

Before, two processes editing different plan fields lost one side's committed edits, two
``tafel show`` at the same moment broke the audit chain for ever, and a file dialog in the
app could make a command delete the app's ``-wal``. Now one process holds a vault at a time
(a lock file), a command that must not wait says so in one Dutch sentence, a reading command
waits its turn, and writes are serialised even if the lock is lost.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tafel.errors import EXIT_IN_USE
from tafel.services import Services
from tafel.services.audit import verify_chain
from tafel.ui.application import ALREADY_OPEN
from tafel.vault import Vault
from tafel.vault.lockfile import IN_APP, IN_COMMAND, lock_path
from tests.builders import PASSPHRASE, TODAY
from tests.drivers.forker import Forker
from tests.ui.drive import wait_for_unlock

ROOT = Path(__file__).resolve().parents[2]


def environment(**extra: str) -> dict[str, str]:
    env = dict(os.environ, TAFEL_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def tafel(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "tafel", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                            env=environment())


class AppProcess:
    """tests/drivers/app_holding_vault.py: a real window, unlocked, steered by lines."""

    def __init__(self, vault: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.drivers.app_holding_vault", str(vault)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=environment(), cwd=ROOT,
        )

    def read(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line:
            assert self.process.stderr is not None
            raise AssertionError(f"the app ended: {self.process.stderr.read()}")
        return line

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def ask(self, line: str) -> str:
        self.send(line)
        return self.read()

    def quit(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            self.process.wait(timeout=30)


@pytest.fixture
def app_on(demo_path: Path):  # type: ignore[no-untyped-def]
    apps: list[AppProcess] = []

    def start(vault: Path = demo_path) -> AppProcess:
        app = AppProcess(vault)
        apps.append(app)
        assert app.read() == "unlocked"
        return app

    yield start
    for app in apps:
        app.quit()


def chain_is_whole(vault_path: Path) -> bool:
    vault = Vault.open(vault_path, PASSPHRASE, wait=30)
    try:
        with vault.transaction() as session:
            return verify_chain(session).intact
    finally:
        vault.lock()


def test_two_commands_at_the_same_moment_keep_the_audit_chain_whole(
    demo_path: Path, forker: Forker
) -> None:
    for _pair in range(8):  # forked: the two processes start within a millisecond
        first = forker.run("show", "--vault", str(demo_path), "--case", "T-2026-0001",
                           passphrase=PASSPHRASE)
        second = forker.run("show", "--vault", str(demo_path), "--case", "T-2026-0002",
                            passphrase=PASSPHRASE)
        for pid in (first, second):
            ended = forker.wait(pid)
            assert ended.code == 0, ended.stderr
    assert chain_is_whole(demo_path)
    check = tafel("check", "--vault", str(demo_path))
    assert check.wait(timeout=60) == 0


def test_two_writing_commands_at_once_both_land(demo_path: Path, tmp_path: Path) -> None:
    """A writing command waits for another command (not for the app): both prints land."""
    outs = [tmp_path / f"plan{n}.pdf" for n in range(2)]
    printing = [tafel("print", "--vault", str(demo_path), "--case", "T-2026-0006",
                      "--out", str(out)) for out in outs]
    for process in printing:
        _out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
    assert all(out.exists() for out in outs)
    assert chain_is_whole(demo_path)


def test_a_writing_command_is_refused_while_the_app_holds_the_vault(
    demo_path: Path, tmp_path: Path, app_on
) -> None:  # type: ignore[no-untyped-def]
    app_on()
    out = tmp_path / "plan.pdf"
    printing = tafel("print", "--vault", str(demo_path), "--case", "T-2026-0006",
                     "--out", str(out))
    _stdout, err = printing.communicate(timeout=60)
    assert printing.returncode == EXIT_IN_USE
    assert err.strip() == IN_APP
    assert not out.exists()


def test_a_reading_command_waits_until_the_app_locks(demo_path: Path, app_on) -> None:  # type: ignore[no-untyped-def]
    app = app_on()
    listing = tafel("cases", "--vault", str(demo_path), "--json")
    wanted = str(lock_path(demo_path.resolve()))
    fd_folder = Path(f"/proc/{listing.pid}/fd")
    while listing.poll() is None:  # wait until the command is at the lock, not for a time
        try:
            if any(os.readlink(fd) == wanted for fd in fd_folder.iterdir()):
                break
        except OSError:
            continue
    assert listing.poll() is None, "the command did not wait for the app"
    assert app.ask("lock") == "locked"
    out, err = listing.communicate(timeout=60)
    assert listing.returncode == 0, err
    assert out.strip().startswith("[")


def test_the_app_cannot_unlock_while_a_command_holds_the_vault(
    demo_path: Path, qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from tafel.vault import Vault
            vault = Vault.open({str(demo_path)!r}, {PASSPHRASE!r})
            print("holding", flush=True)
            sys.stdin.readline()
            vault.lock()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=environment(),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        window.unlock_page.ui.passphraseEdit.setText(PASSPHRASE)
        window.unlock_page.try_unlock()
        wait_for_unlock(qtbot, window)
        assert not window.controller.is_unlocked
        assert window.unlock_page.ui.errorLabel.text() == IN_COMMAND
    finally:
        holder.communicate("\n", timeout=30)
    window.unlock_page.ui.passphraseEdit.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    wait_for_unlock(qtbot, window)
    assert window.controller.is_unlocked


def test_a_second_start_of_the_app_brings_the_first_forward(demo_path: Path,
                                                            tmp_path: Path) -> None:
    env = environment(TAFEL_ANNOUNCE_START="1", TAFEL_HOME=str(tmp_path / "thuis"))
    first = subprocess.Popen([sys.executable, "-m", "tafel", "--vault", str(demo_path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().startswith("tafel-started")
        second = subprocess.run([sys.executable, "-m", "tafel", "--vault", str(demo_path)],
                                capture_output=True, text=True, env=env, timeout=60)
        assert second.returncode == 0
        assert second.stderr.strip() == ALREADY_OPEN
        assert "tafel-started" not in second.stdout
        assert first.stdout.readline().strip() == "tafel-activated"
    finally:
        first.terminate()
        first.wait(timeout=30)


EDITOR = textwrap.dedent("""
    import sys
    from tafel.domain.plan_doc import SetText
    from tafel.services import Services
    from tafel.vault import Vault
    vault = Vault.open(sys.argv[1], sys.argv[2])
    services = Services(vault, "Tweede proces")
    case_id = services.casussen.resolve("T-2026-0002")  # a concept: edits stay in it
    view = services.plans.for_case(case_id) or services.plans.start(case_id).view
    text = view.latest.content.teksten.get("droom", "")
    print("ready", flush=True)
    sys.stdin.readline()
    for number in range(int(sys.argv[3])):
        text += f" d{number}"
        services.plans.edit(view.latest.id, SetText("droom", text))
    vault.lock()
    print("done", flush=True)
""")


def test_two_writers_after_a_lost_lock_lose_no_word(demo_path: Path, app_on) -> None:  # type: ignore[no-untyped-def]
    """Even when the lock file is removed under a running app, both sides keep their words."""
    app = app_on()
    lock_path(demo_path.resolve()).unlink()  # the lock is lost: a second process gets in
    editor = subprocess.Popen([sys.executable, "-c", EDITOR, str(demo_path), PASSPHRASE, "40"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=environment())
    assert editor.stdout is not None and editor.stdin is not None
    assert editor.stdout.readline().strip() == "ready"
    editor.stdin.write("go\n")
    editor.stdin.flush()
    for number in range(40):
        app.send(f"edit perspectief  p{number}")
    answers = [app.read() for _ in range(40)]
    assert editor.stdout.readline().strip() == "done", editor.stderr.read() if editor.stderr else ""
    editor.wait(timeout=30)
    assert answers == ["edited"] * 40
    app.quit()

    vault = Vault.open(demo_path, PASSPHRASE)
    try:
        services = Services(vault, "Test", today=lambda: TODAY)
        case_id = services.casussen.resolve("T-2026-0002")  # a concept: edits stay in it
        content = services.plans.for_case(case_id).latest.content  # type: ignore[union-attr]
        with vault.transaction() as session:
            assert verify_chain(session).intact
    finally:
        vault.lock()
    assert all(f"p{n}" in content.teksten["perspectief"].split() for n in range(40))
    assert all(f"d{n}" in content.teksten["droom"].split() for n in range(40))
