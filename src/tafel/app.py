"""Entry point: ``tafel`` opens the app, ``tafel COMMAND`` runs a command-line command.

Qt is imported only when the app opens, so the command line starts fast and works on a
machine without a screen.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run a command or the app."""
    os.umask(0o077)  # every file tafel writes is readable by the user only
    from tafel.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from tafel.ui.application import run_app

    return run_app(vault_path=args.vault, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
