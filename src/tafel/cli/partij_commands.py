"""``tafel identity`` and ``tafel party``: my party card, and the parties this vault knows.

Before two vaults exchange bundles, each imports the other's card (``tafel party add``) and
the two people compare the controlecode face to face (``tafel party verify``): only then
is a card known to be the other's real one. A card is read (and refused with one Dutch
sentence) before the passphrase is asked, so a wrong file costs no unlock.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tafel.domain.partijkaart import MAX_BYTES, lees_kaart
from tafel.domain.sleutels import controlecode_groepen
from tafel.errors import EXIT_MISMATCH, EXIT_OK, EXIT_USAGE, NotFoundError, TafelError

_VAULT_HELP = "pad naar de kluis (*.tafel)"


def add_party_parsers(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add ``identity`` and ``party add|list|verify`` to the subcommands of ``tafel``."""
    identity = commands.add_parser(
        "identity", help="toon je partijkaart (naam, organisatie, kluis-id, publieke sleutels)",
        description="Toon je partijkaart: wat een andere partij nodig heeft om bundels met je "
                    "uit te wisselen. Er staat geen geheime sleutel op.")
    identity.add_argument("--vault", type=Path, required=True, metavar="KLUIS", help=_VAULT_HELP)
    identity.add_argument("--json", action="store_true", help="de kaart zelf, als JSON")
    identity.add_argument("--out", type=Path, metavar="BESTAND",
                          help="bewaar de kaart ook als bestand (.tafelkaart)")
    party = commands.add_parser(
        "party", positionals="opdrachten",
        help="partijen: kaarten van anderen toevoegen, tonen en controleren",
        description="Partijen: de kluizen waarmee je bundels uitwisselt.")
    subs = party.add_subparsers(dest="party_command", metavar="opdracht", required=True,
                                parser_class=parser_class)

    def sub(name: str, help_text: str) -> argparse.ArgumentParser:
        parser = subs.add_parser(name, help=help_text, description=help_text)
        parser.add_argument("--vault", type=Path, required=True, metavar="KLUIS",
                            help=_VAULT_HELP)
        return parser

    add = sub("add", "voeg de partijkaart van iemand anders toe")
    add.add_argument("card", type=Path, metavar="KAART", help="het .tafelkaart-bestand")
    add.add_argument("--replace-keys", action="store_true", dest="replace_keys",
                     help="vervang de sleutels van een bekende partij (alleen als je zeker "
                          "weet dat de nieuwe kaart echt van die persoon is)")
    listing = sub("list", "toon de bekende partijen")
    listing.add_argument("--json", action="store_true", help="als JSON, één object per partij")
    verify = sub("verify", "toon de controlecode en markeer de kaart als geverifieerd")
    verify.add_argument("vault_id", metavar="KLUIS-ID", help="de kluis-id van de partij")
    verify.add_argument("--yes", action="store_true",
                        help="de codes zijn al vergeleken en gelijk: niet meer vragen")


def _code(code: str) -> str:
    groups = controlecode_groepen(code)
    return "  ".join(" ".join(groups[i:i + 6]) for i in range(0, len(groups), 6))


def cmd_identity(args: argparse.Namespace) -> int:
    """``tafel identity``: my card, as Dutch lines or as its JSON; ``--out`` saves the file."""
    from tafel.cli.session import open_services
    from tafel.services.exports import write_export

    with open_services(args.vault) as services:
        card = services.partijen.eigen_kaart()
    if args.out is not None:
        write_export(args.out, card.kaart.bestand())
    if args.json:
        json.dump(card.kaart.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print("Je partijkaart (geef hem aan wie met je samenwerkt; er staat niets geheims op):")
    for line in card.regels():
        print(f"  {line}")
    if args.out is not None:
        print(f"Kaart bewaard in {args.out}.")
    return EXIT_OK


def _read_card(path: Path) -> bytes:
    """The card file's bytes (at most one byte over the limit, so a huge file is not read)."""
    try:
        with path.open("rb") as stream:
            return stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise TafelError(f"Het bestand {path} bestaat niet.") from None
    except OSError:
        raise TafelError(f"Het bestand {path} kan tafel niet lezen.") from None


def cmd_party(args: argparse.Namespace) -> int:
    """``tafel party add|list|verify``."""
    commands: dict[str, Callable[[argparse.Namespace], int]] = {
        "add": _party_add, "list": _party_list, "verify": _party_verify}
    return commands[args.party_command](args)


def _party_add(args: argparse.Namespace) -> int:
    from tafel.cli.session import open_services
    from tafel.services.changes import COMMAND
    from tafel.services.partijen import SleutelsGewijzigdError

    data = _read_card(args.card)
    lees_kaart(data)  # a wrong file is refused before the passphrase is asked
    with open_services(args.vault) as services:
        try:
            added = services.partijen.voeg_toe(data, vervang_sleutels=args.replace_keys,
                                               origin=COMMAND)
        except SleutelsGewijzigdError as error:
            print(f"{error.message} Weet je het zeker? Geef de opdracht dan opnieuw met "
                  "--replace-keys.", file=sys.stderr)
            return error.exit_code
        code = services.partijen.controlecode(added.partij.id)
    partij = added.partij
    if added.nieuw:
        print(f"Toegevoegd: {partij.regel} (kluis-id {partij.kluis_id}).")
    elif added.sleutels_vervangen:
        print(f"De sleutels van {partij.regel} zijn vervangen; de kaart is weer niet "
              "geverifieerd.")
    elif added.changes.is_empty:
        print(f"Deze kaart van {partij.regel} was al bekend; er is niets veranderd.")
    else:
        print(f"Bijgewerkt: {partij.regel}.")
    print(f"Controlecode: {_code(code)}")
    if not partij.geverifieerd:
        print("Nog niet geverifieerd. Lees de code samen hardop voor; is hij bij jullie allebei "
              f"hetzelfde, geef dan: tafel party verify --vault {args.vault} {partij.kluis_id}")
    return EXIT_OK


def _party_list(args: argparse.Namespace) -> int:
    from tafel.cli.session import open_services

    with open_services(args.vault) as services:
        parties = services.partijen.lijst()
    if args.json:
        json.dump([p.to_json() for p in parties], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    if not parties:
        print("Deze kluis kent nog geen partijen. Voeg een kaart toe met: tafel party add.")
    for p in parties:
        print(f"{p.kluis_id}  {p.regel}  ({p.staat})")
    return EXIT_OK


def _party_verify(args: argparse.Namespace) -> int:
    from tafel.cli.session import open_services
    from tafel.services.changes import COMMAND

    with open_services(args.vault) as services:
        partij = services.partijen.zoek_kluis(args.vault_id)
        if partij is None:
            raise NotFoundError(f"Deze kluis kent geen partij met kluis-id {args.vault_id}; "
                                "voeg eerst de kaart toe met tafel party add.")
        code = services.partijen.controlecode(partij.id)
        print(f"Controlecode voor {partij.regel}:")
        print(f"  {_code(code)}")
        if not args.yes:
            print("Lees de code samen hardop voor. Is hij bij jullie allebei hetzelfde? "
                  "Typ ja of nee: ", end="", file=sys.stderr, flush=True)
            answer = sys.stdin.readline().strip().casefold()
            if answer in ("nee", "n"):
                print(f"Niet geverifieerd. Gebruik deze kaart niet: vraag {partij.naam} om de "
                      "kaart opnieuw te geven, liefst persoonlijk, en voeg hem opnieuw toe.",
                      file=sys.stderr)
                return EXIT_MISMATCH
            if answer not in ("ja", "j"):
                print("Niets gemarkeerd: typ ja of nee.", file=sys.stderr)
                return EXIT_USAGE
        services.partijen.markeer_geverifieerd(partij.id, origin=COMMAND)
        verified = services.partijen.partij(partij.id)
    print(f"De kaart van {verified.regel} is {verified.staat}.")
    return EXIT_OK


PARTY_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "identity": cmd_identity,
    "party": cmd_party,
}
