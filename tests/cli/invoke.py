"""Running ``tafel COMMAND`` from a test: in this process (fast), or as a real process.

In-process is the default: the same ``tafel.app.main`` a user's process runs, with its
output captured. A real process costs about a second of start-up per call, so only the
tests that need one (a typed passphrase read from a terminal) use :func:`tafel_process`;
races between processes use ``tests/drivers/forker.py``.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass

from tafel.app import main


@dataclass(frozen=True)
class Ran:
    """What a command printed and how it ended, as ``subprocess.run`` reports it."""

    returncode: int
    stdout: str
    stderr: str


#: Who ``tafel init`` names as the consulent in tests (instead of asking).
NAME_ENV = {"TAFEL_NAME": "Fatima Amrani", "TAFEL_ORGANISATION": "Wijkteam Oost",
            "TAFEL_ROLE": "jongerencoach"}
_OWN_ENV = ("TAFEL_PASSPHRASE", "TAFEL_NEW_PASSPHRASE", "COLUMNS", "TAFEL_DEBUG", *NAME_ENV)


def tafel(*args: str, passphrase: str | None = None, env: dict[str, str] | None = None) -> Ran:
    """``tafel ARGS`` in this process, with TAFEL_PASSPHRASE set only when given.

    ``env`` sets more variables for this call only (``TAFEL_NAME``, ``TAFEL_NEW_PASSPHRASE``).
    """
    out, err = io.StringIO(), io.StringIO()
    saved = {name: os.environ.get(name) for name in _OWN_ENV}
    for name in _OWN_ENV:
        os.environ.pop(name, None)
    if passphrase is not None:
        os.environ["TAFEL_PASSPHRASE"] = passphrase
    os.environ.update(env or {})
    os.environ["COLUMNS"] = "80"  # argparse wraps help as in a pipe, not as this terminal
    umask = os.umask(0o022)
    os.umask(umask)  # main() sets its own; give the test its own back afterwards
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as stop:  # argparse's --help and usage errors
                code = stop.code if isinstance(stop.code, int) else 1
    finally:
        os.umask(umask)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return Ran(code, out.getvalue(), err.getvalue())


def tafel_process(*args: str, passphrase: str | None = None,
                  typed: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m tafel ARGS`` as a real process, as a user's shell starts it.

    ``typed`` is what the user types: without a terminal (a new session has none), getpass
    reads it from stdin.
    """
    env = {k: v for k, v in os.environ.items() if k != "TAFEL_PASSPHRASE"}
    if passphrase is not None:
        env["TAFEL_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "tafel", *args], capture_output=True, text=True, env=env,
        input=typed, stdin=subprocess.DEVNULL if typed is None else None,
        start_new_session=True, timeout=120,
    )
