"""``tafel print`` and ``tafel verify``: the toekomstplan on paper, and checking a paper copy.

``print`` writes the PDF next to where it should end up (a temporary file in the same folder,
then one rename), so a half-written plan never lies around and nothing is left in the
system's temp folder. ``verify`` reads the hash back from a PDF and compares the text of
every page with what tafel printed under that hash: a copy whose text differs is refused
(EXIT_MISMATCH) with the difference named. Otherwise it says in Dutch which version it is,
whether everyone signed that text, and whether it has been replaced since. A code typed
from paper (``--hash``) cannot be compared by tafel; it shows the frozen text instead.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from tafel.errors import EXIT_ERROR, EXIT_OK, TafelError
from tafel.services.changes import COMMAND
from tafel.services.exports import write_export

NOT_A_PLAN = "Dit bestand is geen toekomstplan van tafel of is beschadigd."
HEX64 = re.compile(r"[0-9a-f]{64}")


def add_plan_parsers(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``print`` and ``verify`` with the ``command`` helper of :func:`build_parser`."""
    printing = command("print", "maak een pdf van het toekomstplan van een casus")
    printing.add_argument("--case", required=True, metavar="KENMERK",
                          help="id of kenmerk (zoals T-2026-0001)")
    printing.add_argument("--out", type=Path, required=True, metavar="PAD",
                          help="pad van de pdf")
    printing.add_argument("--version", type=int, dest="plan_version", metavar="N",
                          help="versienummer (standaard: de nieuwste)")
    printing.add_argument("--with-bsn", action="store_true", dest="with_bsn",
                          help="zet het BSN van de jongere op de voorkant")
    verify = command("verify", "controleer een afgedrukt toekomstplan tegen de kluis")
    verify.add_argument("pdf", type=Path, nargs="?", help="de pdf van het plan")
    verify.add_argument("--hash", dest="plan_hash", metavar="CODE",
                        help="de controlecode (64 tekens) in plaats van een pdf")
    verify.add_argument("--json", action="store_true", help="als JSON")


def cmd_print(args: argparse.Namespace) -> int:
    """``tafel print``: the plan's PDF, written atomically, with its hash on stdout."""
    from tafel.cli.session import open_services
    from tafel.services.plan_print import plan_pdf

    out: Path = args.out
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise TafelError(f"De map {folder} bestaat niet; kies een map die er al is.")
    with open_services(args.vault) as services:
        case_id = services.casussen.resolve(args.case)
        view = services.plans.for_case(case_id)
        if view is None:
            raise TafelError("Deze casus heeft nog geen toekomstplan.")
        version = view.latest if args.plan_version is None else view.version(args.plan_version)
        if version is None:
            raise TafelError(f"Dit plan heeft geen versie {args.plan_version}.")
        pdf = plan_pdf(services, version.id, include_bsn=args.with_bsn,
                       record="opgeslagen als pdf", origin=COMMAND)
    write_export(out, pdf)
    print(f"Toekomstplan van {view.case.jongere.naam} ({view.case.referentie}), versie "
          f"{version.nummer}, opgeslagen in {out}. Controlecode: {version.inhoud_hash}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """``tafel verify``: is this copy exactly the text the vault holds under its code?

    A PDF is compared page by page with the text tafel printed; exit 0 only when it matches.
    A code alone (``--hash``, from paper) cannot be compared: tafel shows the frozen text.
    """
    from tafel.cli.session import open_services
    from tafel.services.plan_check import check_code, check_pdf
    from tafel.services.plan_print import read_plan_hash

    inhoud_hash, data = _what_to_check(args)
    if data is not None and read_plan_hash(data) is None:  # before asking for the passphrase
        print(NOT_A_PLAN, file=sys.stderr)
        return EXIT_ERROR
    with open_services(args.vault) as services:
        if inhoud_hash is not None:
            result = check_code(services, inhoud_hash)
        else:
            assert data is not None
            checked = check_pdf(services, data)
            if checked is None:
                print(NOT_A_PLAN, file=sys.stderr)
                return EXIT_ERROR
            result = checked
    if args.json:
        json.dump(result.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for sentence in result.sentences():
            print(sentence)
    return result.exit_code


def _what_to_check(args: argparse.Namespace) -> tuple[str | None, bytes | None]:
    """The code from ``--hash``, or the bytes of the PDF (a file that cannot be read: b"")."""
    if args.plan_hash is not None:
        if args.pdf is not None:
            raise TafelError("Geef een pdf of een controlecode, niet allebei.")
        text = args.plan_hash.strip().lower()
        if not HEX64.fullmatch(text):
            raise TafelError("Een controlecode bestaat uit 64 tekens: cijfers en a tot en met f.")
        return text, None
    if args.pdf is None:
        raise TafelError("Geef de pdf van het plan, of de controlecode met --hash.")
    try:
        return None, args.pdf.read_bytes()
    except FileNotFoundError:
        raise TafelError(f"Het bestand {args.pdf} bestaat niet.") from None
    except OSError:
        return None, b""


PLAN_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "print": cmd_print,
    "verify": cmd_verify,
}
