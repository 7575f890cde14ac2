"""``tafel kengetallen``: figures without names about all cases, as one CSV file.

The same export as Kluis > Kengetallen in the app (:mod:`tafel.services.kengetallen`): small
cells suppressed, written atomically where ``--out`` says, and logged in the vault.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from tafel.errors import EXIT_OK


def add_kengetallen_parser(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``kengetallen --vault PATH --out FILE.csv`` through the parser's ``command``."""
    sub = command("kengetallen", "bewaar kengetallen zonder namen over alle casussen als "
                                 "CSV (cellen met minder dan 5 casussen zijn weggelaten); "
                                 "signalen om van te leren, geen doelen")
    sub.add_argument("--out", type=Path, required=True, metavar="BESTAND",
                     help="waar het CSV-bestand komt (bijvoorbeeld kengetallen.csv)")


def cmd_kengetallen(args: argparse.Namespace) -> int:
    """``tafel kengetallen``: write the CSV and say where, and how many cells were hidden."""
    from tafel.cli.session import open_services
    from tafel.services.changes import COMMAND

    with open_services(args.vault) as services:
        made = services.kengetallen.exporteer(args.out, origin=COMMAND)
    print(f"Kengetallen bewaard in {args.out}: {made.cellen} cellen, waarvan {made.onderdrukt} "
          f"weggelaten (minder dan 5 casussen, of terug te rekenen uit een totaal).")
    return EXIT_OK


KENGETALLEN_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "kengetallen": cmd_kengetallen,
}
