"""Many real tafel processes, fast: one process imports tafel once and forks a child per job.

Starting Python and importing tafel costs most of a second per process. Tests that need
many real processes (two commands racing for one vault, kills spread over a vault's
creation) ask a :class:`Forker` instead: each job runs in a forked child, a real process
with its own pid, files and locks, that starts in milliseconds, so two jobs sent one after
the other really run at the same moment.

The server side is this module run as ``python -m tests.drivers.forker FOLDER``; it reads
one JSON request per line and answers one JSON line:

- ``{"run": [ARGS], "passphrase": P}`` runs ``tafel ARGS`` (``tafel.app.main``) in a child
  and answers ``{"pid": N}``; its output goes to files in FOLDER.
- ``{"create": PATH, "passphrase": P, "kdf": [MEMORY_KIB, TIME_COST, PARALLELISM]}``
  creates and locks a vault in a child and answers ``{"pid": N}``.
- ``{"wait": N}`` waits for child N and answers ``{"pid": N, "code": C, "stdout": ...,
  "stderr": ..., "seconds": S}``; a killed child has the negative signal number as code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _child_run(args: list[str]) -> int:
    from tafel.app import main

    return main(args)


def _child_create(path: str, passphrase: str, kdf: list[int]) -> int:
    from tafel.vault import KdfParams, Vault

    Vault.create(path, passphrase, KdfParams(*kdf)).lock()
    return 0


def _fork(request: dict[str, Any], folder: Path, started: dict[int, float]) -> int:
    """Fork a child for ``request``; the child never returns."""
    pid = os.fork()
    if pid:
        started[pid] = time.monotonic()
        return pid
    code = 1
    try:
        me = os.getpid()
        out = os.open(folder / f"{me}.out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        err = os.open(folder / f"{me}.err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, 1)
        os.dup2(err, 2)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115 - the child ends with os._exit
        if request.get("passphrase") is None:
            os.environ.pop("TAFEL_PASSPHRASE", None)
        else:
            os.environ["TAFEL_PASSPHRASE"] = request["passphrase"]
        if "run" in request:
            code = _child_run(request["run"])
        else:
            code = _child_create(request["create"], request["passphrase"], request["kdf"])
    except BaseException:  # a child must never go back into the server's loop
        import traceback

        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _output(path: Path) -> str:
    """What a child wrote there; nothing when it was killed before it made the file."""
    try:
        return path.read_text(errors="replace")
    except FileNotFoundError:
        return ""


def serve(folder: Path) -> None:
    import tafel.app
    import tafel.cli
    import tafel.vault  # noqa: F401

    started: dict[int, float] = {}
    print(json.dumps({"ready": os.getpid()}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if "wait" in request:
            pid = request["wait"]
            _, status = os.waitpid(pid, 0)
            code = os.waitstatus_to_exitcode(status)
            answer = {"pid": pid, "code": code,
                      "seconds": time.monotonic() - started.pop(pid),
                      "stdout": _output(folder / f"{pid}.out"),
                      "stderr": _output(folder / f"{pid}.err")}
        else:
            answer = {"pid": _fork(request, folder, started)}
        print(json.dumps(answer), flush=True)


@dataclass(frozen=True)
class Ended:
    """How a forked job ended."""

    code: int
    stdout: str
    stderr: str
    seconds: float


class Forker:
    """The test's side: start the server once, send it jobs, wait for them, close it."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("TAFEL_PASSPHRASE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.drivers.forker", str(folder)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env, cwd=ROOT)
        assert "ready" in self._ask(None)

    def _ask(self, request: dict[str, Any] | None) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        if request is not None:
            self.process.stdin.write(json.dumps(request) + "\n")
            self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            assert self.process.stderr is not None
            raise AssertionError(f"the forker ended: {self.process.stderr.read()}")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def run(self, *args: str, passphrase: str | None = None) -> int:
        """Start ``tafel ARGS`` in a fresh child; its pid."""
        pid: int = self._ask({"run": list(args), "passphrase": passphrase})["pid"]
        return pid

    def create(self, path: Path, passphrase: str, kdf: tuple[int, int, int]) -> int:
        """Start creating a vault at ``path`` in a fresh child; its pid."""
        pid: int = self._ask({"create": str(path), "passphrase": passphrase,
                              "kdf": list(kdf)})["pid"]
        return pid

    def wait(self, pid: int) -> Ended:
        answer = self._ask({"wait": pid})
        return Ended(answer["code"], answer["stdout"], answer["stderr"], answer["seconds"])

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
