"""Entry point: ``tafel`` opens the app, ``tafel COMMAND`` runs a command-line command.

Qt is imported only when the app opens, so the command line starts fast and works on a
machine without a screen.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path


def app_arguments(argv: list[str]) -> tuple[Path | None, bool] | None:
    """``(vault, demo)`` when ``argv`` only opens the app; None for anything else.

    The everyday launches (no arguments, ``--demo``, ``--vault PATH``, and a bare ``PATH``
    ending in ``.tafel``, which is how a file manager opens a vault) skip building the
    command-line parser, which is measurable at start-up; the rest goes through argparse.
    """
    if not argv:
        return None, False
    if argv == ["--demo"]:
        return None, True
    if len(argv) == 2 and argv[0] == "--vault" and not argv[1].startswith("-"):
        return Path(argv[1]), False
    if len(argv) == 1 and argv[0].lower().endswith(".tafel") and not argv[0].startswith("-"):
        return Path(argv[0]), False
    return None


def split_debug(argv: list[str]) -> tuple[bool, list[str]]:
    """Whether ``--debug`` comes before the command, and ``argv`` without it."""
    for at, arg in enumerate(argv):
        if arg == "--debug":
            return True, argv[:at] + argv[at + 1:]
        if not arg.startswith("-") and (at == 0 or argv[at - 1] != "--vault"):
            break  # the command: what follows is its own
    return False, argv


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run a command or the app.

    Start-up allocates a few hundred thousand objects that live as long as the app (modules,
    classes, the window); Python's cycle collector would walk them over and over while they
    are made, a tenth of start-up. So it waits until the first screen is up (the app resumes
    it then, see :func:`tafel.ui.background.resume_collection_after_start`); a command
    turns it back on before its arguments are read.
    """
    gc.disable()
    os.umask(0o077)  # every file tafel writes is readable by the user only
    debug, argv = split_debug(sys.argv[1:] if argv is None else argv)
    if debug:  # as TAFEL_DEBUG=1, which a restart after a lock keeps
        os.environ["TAFEL_DEBUG"] = "1"
    from tafel.logs import setup_logging

    setup_logging()
    quick = app_arguments(argv)
    if quick is not None:
        from tafel.ui.application import run_app

        return run_app(vault_path=quick[0], demo=quick[1])
    gc.enable()  # a command, or arguments to parse first: no first screen to hurry
    from tafel.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from tafel.ui.application import run_app

    return run_app(vault_path=args.vault, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
