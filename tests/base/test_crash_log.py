"""Errors never vanish: every unexpected error lands in a private log that holds no case data.

The command line runs as a real process (``tests/drivers/cli_with_a_fault.py``): a service
call fails inside SQLite with the demo's names, BSNs and a note in its locals, in the SQL
parameters and in the message, and the log folder is then searched for every one of them.
"""

from __future__ import annotations

import logging
import os
import resource
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tafel import logs, paths
from tests.builders import PASSPHRASE
from tests.log_scan import case_text_in, loose_files_in

ROOT = Path(__file__).resolve().parents[2]
CASE = "T-2026-0001"


def run_faulty_show(vault: Path, home: Path, *before: str,
                    **env_extra: str) -> subprocess.CompletedProcess[str]:
    """``tafel [before...] show`` in its own process, with a service call that fails."""
    env = {k: v for k, v in os.environ.items() if k != "TAFEL_DEBUG"}
    env.update(TAFEL_PASSPHRASE=PASSPHRASE, TAFEL_HOME=str(home), PYTHONPATH=str(ROOT),
               **env_extra)
    return subprocess.run(
        [sys.executable, "-m", "tests.drivers.cli_with_a_fault", *before,
         "show", "--vault", str(vault), "--case", CASE],
        capture_output=True, text=True, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, timeout=120,
    )


@pytest.fixture
def fresh_logging() -> Iterator[Path]:
    """Logging set up in this process for the test's own home, and taken down after."""
    yield logs.setup_logging()
    logs.stop_logging()


# -- where the log lives ----------------------------------------------------------------------


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("linux", {"XDG_STATE_HOME": "/s"}, Path("/s/tafel/log")),
    ("linux", {}, Path.home() / ".local" / "state" / "tafel" / "log"),
    ("darwin", {}, Path.home() / "Library" / "Logs" / "tafel"),
    ("win32", {"LOCALAPPDATA": "/l"}, Path("/l/tafel/Logs")),
])
def test_the_log_lives_where_each_system_keeps_logs(
    platform: str, env: dict[str, str], expected: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TAFEL_HOME")
    monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "platform", platform)
    assert paths.log_dir() == expected


def test_tafel_home_moves_the_log_too(_isolated_home: Path) -> None:
    assert paths.log_dir() == _isolated_home / "log"


# -- the command line, as a real process ------------------------------------------------------


def test_an_unexpected_error_in_a_command_is_one_dutch_line_and_a_clean_log(
    demo_path: Path, tmp_path: Path,
) -> None:
    home = tmp_path / "thuis"
    result = run_faulty_show(demo_path, home)
    folder = home / "log"
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Er ging iets onverwachts mis; er is niets gewijzigd")
    assert str(folder) in lines[0]
    log = (folder / "tafel.log").read_text(encoding="utf-8")
    # what happened, and where: the command, the exception types and the frames
    assert "show" in log
    assert "ValueError" in log and "OperationalError" in log
    assert "broken_history" in log and "cmd_show" in log
    assert case_text_in(folder) == []
    assert loose_files_in(folder) == []


@pytest.mark.parametrize("how", ["--debug", "TAFEL_DEBUG"])
def test_debug_prints_the_traceback_and_the_log_still_holds_no_case_data(
    how: str, demo_path: Path, tmp_path: Path,
) -> None:
    home = tmp_path / "thuis"
    if how == "--debug":
        result = run_faulty_show(demo_path, home, "--debug")
    else:
        result = run_faulty_show(demo_path, home, TAFEL_DEBUG="1")
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "geen_tabel" in result.stderr  # the full error, for whoever asked for it
    assert "Er ging iets onverwachts mis" in result.stderr.strip().splitlines()[-1]
    log = (home / "log" / "tafel.log").read_text(encoding="utf-8")
    assert "DEBUG" in log  # more detail in the log...
    assert case_text_in(home / "log") == []  # ...but never the case
    assert loose_files_in(home / "log") == []


def test_a_tafel_error_is_logged_by_its_kind_not_its_sentence(tmp_path: Path) -> None:
    home = tmp_path / "thuis"
    env = dict(os.environ, TAFEL_HOME=str(home), TAFEL_PASSPHRASE=PASSPHRASE)
    result = subprocess.run(
        [sys.executable, "-m", "tafel", "show", "--vault", str(tmp_path / "Verhoeckx.tafel"),
         "--case", "Zwanenburg"],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120,
    )
    assert result.returncode == 1
    log = (home / "log" / "tafel.log").read_text(encoding="utf-8")
    assert "VaultNotFoundError" in log
    assert case_text_in(home / "log") == []


# -- the app and a hard crash, as real processes ---------------------------------------------


def test_the_app_keeps_a_faulthandler_file_from_the_start(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAFEL_HOME=str(tmp_path),
               TAFEL_EXIT_AFTER_START="1")
    result = subprocess.run([sys.executable, "-m", "tafel"], capture_output=True, text=True,
                            env=env, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "log"
    assert (folder / "faulthandler.log").is_file()
    assert "app" in (folder / "tafel.log").read_text(encoding="utf-8")
    assert loose_files_in(folder) == []


def _no_core_dump() -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def test_a_hard_crash_leaves_its_trace_in_the_faulthandler_file(tmp_path: Path) -> None:
    script = ("import faulthandler\n"
              "from tafel.logs import setup_logging\n"
              "setup_logging()\n"
              "def crash_here():\n"
              "    faulthandler._sigsegv()\n"
              "crash_here()\n")
    env = dict(os.environ, TAFEL_HOME=str(tmp_path))
    env.pop("PYTHONFAULTHANDLER", None)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=60, preexec_fn=_no_core_dump)
    assert result.returncode != 0
    trace = (tmp_path / "log" / "faulthandler.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in trace
    assert "crash_here" in trace
    assert loose_files_in(tmp_path / "log") == []


# -- what a log line may hold, in this process -----------------------------------------------


def test_a_log_line_keeps_ids_and_numbers_but_no_free_text(fresh_logging: Path) -> None:
    log = logging.getLogger("tafel.test")
    case_id = uuid.uuid4()
    log.warning("case %s opened by %s, %d times", case_id, "Verhoeckx", 3)
    log.warning("command %s", logs.Known("show"))
    logs.flush()
    text = (fresh_logging / "tafel.log").read_text(encoding="utf-8")
    assert f"case {case_id} opened by <str>, 3 times" in text
    assert "command show" in text
    assert "Verhoeckx" not in text


def _fail_with_case_data() -> None:
    surname = "Zwanenburg"  # a local, as a real bug has them
    bsn = "999991115"
    try:
        {}[surname]
    except KeyError as error:
        raise ValueError(f"{surname} {bsn} heeft geen plan") from error


def test_an_exception_is_logged_as_its_types_and_places_only(fresh_logging: Path) -> None:
    # A handler that formats first (with the full message) must not leak into the file.
    other = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115
    logging.getLogger("tafel").handlers.insert(0, other)
    try:
        try:
            _fail_with_case_data()
        except ValueError:
            logging.getLogger("tafel.test").exception("unexpected error")
    finally:
        logging.getLogger("tafel").removeHandler(other)
        other.stream.close()
    logs.flush()
    text = (fresh_logging / "tafel.log").read_text(encoding="utf-8")
    assert "ValueError" in text and "KeyError" in text
    assert "_fail_with_case_data" in text and "test_crash_log.py" in text
    assert case_text_in(fresh_logging) == []


def test_the_log_turns_over_and_every_file_stays_private(
    fresh_logging: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    previous = os.umask(0o022)  # even with a loose umask
    try:
        log = logging.getLogger("tafel.test")
        for number in range(logs.MAX_BYTES // 40):
            log.warning("record %d of a long session", number)
        logs.flush()
    finally:
        os.umask(previous)
    names = sorted(p.name for p in fresh_logging.iterdir())
    assert "tafel.log" in names and "tafel.log.1" in names
    assert all((fresh_logging / n).stat().st_size <= logs.MAX_BYTES + 200 for n in names)
    assert loose_files_in(fresh_logging) == []


# -- the hooks, without a window --------------------------------------------------------------


@pytest.fixture
def hooks(fresh_logging: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """tafel's hooks installed, telling into a list; Python's own hooks come back after."""
    from tafel import crash

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    monkeypatch.setattr(crash, "_repeats", {})
    told: list[str] = []
    crash.install(told.append)
    yield told


def test_an_error_in_a_thread_is_logged_and_told_once(hooks: list[str], fresh_logging: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TAFEL_DEBUG", raising=False)
    worker = threading.Thread(target=_fail_with_case_data, name="achtergrond")
    worker.start()
    worker.join()
    assert hooks == [""]  # told, without details
    logs.flush()
    text = (fresh_logging / "tafel.log").read_text(encoding="utf-8")
    assert "thread achtergrond ended by an error" in text and "ValueError" in text
    assert case_text_in(fresh_logging) == []


class _Broken:
    def __del__(self) -> None:
        _fail_with_case_data()


def test_an_error_python_can_only_ignore_is_logged_too(hooks: list[str],
                                                       fresh_logging: Path) -> None:
    broken = _Broken()
    del broken
    logs.flush()
    text = (fresh_logging / "tafel.log").read_text(encoding="utf-8")
    assert "error ignored in _Broken.__del__" in text and "ValueError" in text
    assert hooks == []  # nothing the user can act on
    assert case_text_in(fresh_logging) == []


def test_the_same_error_over_and_over_fills_no_log(hooks: list[str],
                                                   fresh_logging: Path) -> None:
    from tafel import crash

    for _ in range(50):  # as a paint event that fails at every repaint
        try:
            _fail_with_case_data()
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    logs.flush()
    text = (fresh_logging / "tafel.log").read_text(encoding="utf-8")
    assert text.count("uncaught error") == crash.REPEATS_LOGGED
    assert "no longer logged" in text
    assert len(hooks) == 50  # the window decides whether a box is already open
