"""Smoke-test the PyInstaller build as a new user meets it: `make package` runs this.

A build can finish and still be broken: PyInstaller only follows imports it can see, so a
module loaded by name (reportlab's barcodes), a data file read from disk (Alembic's scripts,
qtawesome's fonts) or a Qt plugin left out shows up only when that code runs. So this runs
the packaged programs themselves, never the source, in a fresh ``TAFEL_HOME``:

1. ``tafel-cli --version`` (the console entry point prints, which matters on Windows);
2. ``tafel-cli demo``: a new SQLCipher vault with Argon2id, Alembic and the demo data;
3. ``tafel-cli check``: page integrity and the audit chain;
4. ``tafel-cli print``: the toekomstplan as PDF (reportlab, its fonts and the QR code);
5. ``tafel-cli verify`` on that PDF (pypdfium2 reads it back): exit 0 and the Dutch answer;
6. ``tafel demo.tafel`` offscreen, as a file manager opens a vault: the windowed app shows
   its window and quits
   (``TAFEL_EXIT_AFTER_START``, see ui/application.py), exit 0 and nothing on stderr;
7. tafel's own log holds no import error.

Then it prints the bundle size. Usage: ``python packaging/scripts/smoke_package.py
[dist/tafel]``; exit 0 when every step passed, 1 with the failing step's output otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSPHRASE = "tafel-demo-kluis"  # the demo vault's published passphrase (vault/files.py)
TIMEOUT = 300  # seconds per step: the first start of a onedir build reads every library once
EXE = ".exe" if sys.platform == "win32" else ""


class SmokeFailed(Exception):
    """One step did not do what a user would expect."""


def run(step: str, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run one packaged program; fail the step on a non-zero exit."""
    started = time.monotonic()
    ran = subprocess.run(args, env=env, capture_output=True, text=True, encoding="utf-8",
                         errors="replace", timeout=TIMEOUT, check=False)
    took = time.monotonic() - started
    if ran.returncode != 0:
        raise SmokeFailed(f"{step}: exit {ran.returncode}\n--- stdout\n{ran.stdout}"
                          f"\n--- stderr\n{ran.stderr}")
    print(f"ok   {step} ({took:.1f} s)", flush=True)
    return ran


def expect(step: str, condition: bool, ran: subprocess.CompletedProcess[str]) -> None:
    """Fail ``step`` with the program's output when ``condition`` does not hold."""
    if not condition:
        raise SmokeFailed(f"{step}: unexpected output\n--- stdout\n{ran.stdout}"
                          f"\n--- stderr\n{ran.stderr}")


def bundle_size(folder: Path) -> int:
    """Bytes of every file in the bundle (symlinks not counted twice)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def smoke(dist: Path) -> None:
    """Run every step against the build in ``dist``; raise SmokeFailed on the first failure."""
    with tempfile.TemporaryDirectory(prefix="tafel-smoke-") as tmp:
        try:
            steps(dist, Path(tmp))
        except SmokeFailed as failure:  # tafel's own log says which module or file was missing
            logs = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                             for p in (Path(tmp) / "home").rglob("*.log*") if p.is_file())
            raise SmokeFailed(f"{failure}\n--- tafel's log\n{logs}") from None


def steps(dist: Path, tmp: Path) -> None:
    """The steps of :func:`smoke`, with ``tmp`` as the user's home and vault folder."""
    cli = str(dist / f"tafel-cli{EXE}")
    app = str(dist / f"tafel{EXE}")
    for program in (cli, app):
        if not Path(program).is_file():
            raise SmokeFailed(f"{program} ontbreekt: bouw eerst met `make package`.")
    home = tmp / "home"
    home.mkdir()
    vault = tmp / "demo.tafel"
    pdf = tmp / "plan.pdf"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("TAFEL_") and k != "PYTHONPATH"}
    env.update(TAFEL_HOME=str(home), QT_QPA_PLATFORM="offscreen",
               TAFEL_PASSPHRASE=DEMO_PASSPHRASE)

    ran = run("tafel-cli --version", [cli, "--version"], env)
    expect("tafel-cli --version", ran.stdout.startswith("tafel "), ran)
    demo_env = {k: v for k, v in env.items() if k != "TAFEL_PASSPHRASE"}  # its own one
    ran = run("tafel-cli demo", [cli, "demo", "--vault", str(vault)], demo_env)
    expect("tafel-cli demo", "Demokluis gemaakt" in ran.stdout, ran)
    ran = run("tafel-cli check", [cli, "check", "--vault", str(vault)], env)
    expect("tafel-cli check", "De kluis is in orde" in ran.stdout, ran)

    ran = run("tafel-cli cases", [cli, "cases", "--json", "--vault", str(vault)], env)
    kenmerken = [case["referentie"] for case in json.loads(ran.stdout)]
    for kenmerk in kenmerken:  # the first demo case that has a plan
        printed = subprocess.run(
            [cli, "print", "--vault", str(vault), "--case", kenmerk, "--out", str(pdf)],
            env=env, capture_output=True, text=True, encoding="utf-8", errors="replace",
            timeout=TIMEOUT, check=False)
        if printed.returncode == 0:
            print(f"ok   tafel-cli print --case {kenmerk}", flush=True)
            break
        if "nog geen toekomstplan" not in printed.stderr:
            raise SmokeFailed(f"tafel-cli print: exit {printed.returncode}\n"
                              f"--- stdout\n{printed.stdout}\n--- stderr\n{printed.stderr}")
    else:
        raise SmokeFailed("tafel-cli print: geen democasus met een toekomstplan.")

    ran = run("tafel-cli verify", [cli, "verify", "--vault", str(vault), str(pdf)], env)
    expect("tafel-cli verify", ran.stdout.startswith("Deze afdruk klopt"), ran)
    print(f"     {ran.stdout.splitlines()[0]}", flush=True)

    app_env = {**env, "TAFEL_EXIT_AFTER_START": "1"}
    # As a file manager starts it (.desktop %f, Explorer "%1"): the vault's bare path.
    ran = run("tafel demo.tafel (windowed, offscreen)", [app, str(vault)], app_env)
    # A windowed .exe has no stdout on Windows: there its exit code is the answer.
    announced = "tafel-started" in ran.stdout or sys.platform == "win32"
    expect("tafel demo.tafel (windowed, offscreen)",
           announced and "Traceback" not in ran.stderr, ran)

    logs = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in home.rglob("*.log*") if p.is_file())
    for sign in ("ModuleNotFoundError", "ImportError", "FileNotFoundError"):
        if sign in logs:
            raise SmokeFailed(f"tafel's log names {sign}:\n{logs}")
    print("ok   the log holds no import error", flush=True)


def main(argv: list[str]) -> int:
    """Smoke-test ``argv[0]`` (default dist/tafel) and print its size."""
    dist = Path(argv[0]) if argv else ROOT / "dist" / "tafel"
    try:
        smoke(dist)
    except (SmokeFailed, subprocess.TimeoutExpired) as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    size = bundle_size(dist)
    print(f"The packaged app passed. Bundle size: {size / 1e6:.0f} MB ({dist})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
