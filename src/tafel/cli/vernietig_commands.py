"""``tafel destroy``: destroy a case after its retention term or on a request (AVG art. 17).

At a terminal it first asks to type the case's reference, so a slip of the arrow keys in the
shell's history cannot destroy a case; run from a script (no terminal) it goes ahead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from tafel.errors import EXIT_OK, TafelError


def add_destroy_parser(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``destroy`` with the ``command`` helper of :func:`tafel.cli.parser.build_parser`."""
    destroy = command("destroy", "vernietig een casus en alles erin; alleen een verslag van de "
                                 "vernietiging (kenmerk, datum, wie, waarom) blijft")
    destroy.add_argument("--case", required=True, metavar="KENMERK",
                         help="id of kenmerk (zoals T-2026-0001)")
    destroy.add_argument("--reason", required=True, metavar="REDEN",
                         help="waarom, zonder namen of nummers uit de casus (dit blijft bewaard)")


def cmd_destroy(args: argparse.Namespace) -> int:
    """Destroy the case; print the record that stays."""
    from tafel.cli.session import open_services

    with open_services(args.vault) as services:
        case_id = services.casussen.resolve(args.case)
        referentie = services.casussen.open(case_id).casus.referentie
        if sys.stdin.isatty():
            typed = input(f"Typ het kenmerk {referentie} om de casus te vernietigen: ")
            if typed.strip() != referentie:
                raise TafelError("Niet vernietigd: het kenmerk klopte niet.")
        done = services.vernietiging.vernietig(case_id, args.reason)
    removed = f"; {len(done.verwijderde_kopieen)} oude kopie(ën) verwijderd" \
        if done.verwijderde_kopieen else ""
    print(f"Casus {referentie} is vernietigd{removed}. Bewaard blijft alleen: kenmerk, "
          f"datum, wie besliste en de reden.")
    return EXIT_OK
