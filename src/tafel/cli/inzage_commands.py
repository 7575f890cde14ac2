"""``tafel inzage``: everything about one person of a case, as PDF and JSON, into a folder.

The person is given by id (a household member's or network member's, as ``tafel show --json``
lists them under ``household`` and ``network``) or by their full name when that is unique in
the case. The export is logged in the vault's audit log.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from tafel.cli.session import open_services
from tafel.errors import EXIT_OK


def add_inzage_parser(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register ``tafel inzage`` on the parser's ``command`` factory."""
    inzage = command("inzage", "schrijf alles wat tafel over één persoon van een casus "
                               "bewaart als pdf en json (AVG-inzage) in een map")
    inzage.add_argument("--case", required=True, metavar="KENMERK",
                        help="id of kenmerk van de casus (zoals T-2026-0001)")
    inzage.add_argument("--person", required=True, metavar="ID",
                        help="id van de persoon of netwerkbetrokkene (tafel show --json), "
                             "of de volledige naam")
    inzage.add_argument("--out", required=True, type=Path, metavar="MAP",
                        help="de map waarin de twee bestanden komen")


def cmd_inzage(args: argparse.Namespace) -> int:
    """``tafel inzage``: write the PDF and the JSON file, say where."""
    with open_services(args.vault) as services:
        casus_id = services.casussen.resolve(args.case)
        persoon_id = services.inzage.resolve_person(casus_id, args.person)
        files = services.inzage.export(casus_id, persoon_id, args.out)
    print(f"Inzage geschreven: {files.pdf}")
    print(f"Inzage geschreven: {files.json}")
    return EXIT_OK


INZAGE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"inzage": cmd_inzage}
