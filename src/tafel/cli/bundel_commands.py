"""``tafel export`` and ``tafel import``: bundles between parties on the command line.

``export`` writes a bundle of one case for known parties (their consent decides what goes),
for bare age keys or for a passphrase (then ``--category`` names what goes, and each must be
covered by consent). ``import`` reads one in; ``--dry-run`` shows what it would do and
changes nothing. A refusal is one Dutch line and exit code 8; the vault stays as it was.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tafel.errors import EXIT_OK, EXIT_USAGE, TafelError

_VAULT_HELP = "pad naar de kluis (*.tafel)"
MAX_BUNDLE_FILE = 40 * 1024 * 1024


def add_bundle_parsers(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``export`` and ``import`` to the subcommands of ``tafel``."""
    export = command("export", "maak een bundel van één casus voor andere partijen")
    export.add_argument("--case", required=True, metavar="KENMERK",
                        help="id of kenmerk van de casus (zoals T-2026-0001)")
    export.add_argument("--to", required=True, type=Path, metavar="BESTAND",
                        help="het bundelbestand dat gemaakt wordt (.tafelbundel)")
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--party", action="append", metavar="KLUIS-ID", default=None,
                     help="een bekende partij (kluis-id; zie tafel party list); mag vaker")
    who.add_argument("--recipient", action="append", metavar="AGE-SLEUTEL", default=None,
                     help="een publieke age-sleutel (age1...) van iemand zonder kaart; mag vaker")
    who.add_argument("--passphrase-env", metavar="VARIABELE",
                     help="versleutel met de wachtwoordzin uit deze omgevingsvariabele")
    export.add_argument("--category", action="append", metavar="CATEGORIE", default=None,
                        help="wat mee mag bij --recipient of --passphrase-env (wonen, inkomen, "
                             "welzijn, school_werk, support, persoonsgegevens, toekomstplan)")
    export.add_argument("--full", action="store_true",
                        help="stuur alles opnieuw, niet alleen wat veranderde (als een eerdere "
                             "bundel zoek is en de ander erop wacht)")
    imp = command("import", "lees een bundel van een andere partij in")
    imp.add_argument("file", type=Path, metavar="BESTAND", help="het bundelbestand")
    imp.add_argument("--dry-run", action="store_true",
                     help="toon wat er zou veranderen, zonder iets te veranderen")
    imp.add_argument("--json", action="store_true", help="de uitkomst als JSON")
    imp.add_argument("--passphrase-env", metavar="VARIABELE",
                     help="de wachtwoordzin van de bundel staat in deze omgevingsvariabele")
    imp.add_argument("--accept-unknown-sender", action="store_true",
                     help="lees ook in als de afzender onbekend of nog niet gecontroleerd is "
                          "(alleen als je zeker weet van wie de bundel komt)")


def _passphrase(variable: str | None) -> str | None:
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise TafelError(f"De omgevingsvariabele {variable} is leeg of bestaat niet.")
    return value


def cmd_export(args: argparse.Namespace) -> int:
    """``tafel export``: write a bundle and say what went to whom."""
    from tafel.cli.session import open_services
    from tafel.domain.enums import Gegevenscategorie
    from tafel.services.changes import COMMAND
    from tafel.services.exports import write_export

    categories = []
    for raw in args.category or []:
        try:
            categories.append(Gegevenscategorie(raw))
        except ValueError:
            print(f"'{raw}' is geen categorie.", file=sys.stderr)
            return EXIT_USAGE
    passphrase = _passphrase(args.passphrase_env)
    with open_services(args.vault) as services:
        case_id = services.casussen.resolve(args.case)
        party_ids = []
        for vault_id in args.party or []:
            found = services.partijen.zoek_kluis(vault_id)
            if found is None:
                raise TafelError(f"Er is geen bekende partij met kluis-id {vault_id}; voeg eerst "
                                 "de partijkaart toe (tafel party add).")
            party_ids.append(found.id)
        made = services.bundels.exporteer(
            case_id, partij_ids=party_ids, sleutels=args.recipient or (),
            wachtwoordzin=passphrase, categorieen=categories or None, volledig=args.full,
            origin=COMMAND)
        write_export(args.to, made.data)
    gone = ", ".join(c.value for c in sorted(made.overzicht.categorieen)) or "alleen de casus"
    print(f"Bundel {made.volgnummer} geschreven naar {args.to} ({len(made.data)} bytes).")
    print(f"Mee: {gone}.")
    for ontvanger in made.overzicht.ontvangers:
        if ontvanger.naam and ontvanger.blijft_hier:
            held = ", ".join(c.value for c in ontvanger.blijft_hier)
            print(f"Blijft hier voor {ontvanger.naam}: {held}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    """``tafel import``: read a bundle in (or only show what it would do)."""
    from tafel.cli.session import open_services
    from tafel.services.changes import COMMAND

    data = _read(args.file)
    passphrase = _passphrase(args.passphrase_env)
    with open_services(args.vault) as services:
        if args.dry_run:
            outcome = services.bundels.voorbeeld(data, wachtwoordzin=passphrase)
        else:
            outcome = services.bundels.lees_in(
                data, wachtwoordzin=passphrase, onbekende_afzender=args.accept_unknown_sender,
                origin=COMMAND).uitkomst
    if args.json:
        json.dump(_as_json(outcome, args.dry_run), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for line in _lines(outcome, args.dry_run):
        print(line)
    return EXIT_OK


def _read(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise TafelError(f"{path} is geen bestand.")
        if path.stat().st_size > MAX_BUNDLE_FILE:
            raise TafelError("Dit bestand is te groot voor een bundel.")
        return path.read_bytes()
    except OSError:
        raise TafelError(f"tafel kan {path} niet lezen.") from None


def _lines(outcome: Any, dry_run: bool) -> list[str]:
    sender = outcome.afzender
    who = sender.naam + (f" ({sender.organisatie})" if sender.organisatie else "")
    lines = [f"Bundel {outcome.volgnummer} van {who} over {outcome.referentie}."]
    if sender.waarschuwing:
        lines.append(sender.waarschuwing)
    if outcome.status == "al_ingelezen":
        return [*lines, "Deze bundel is al ingelezen; er verandert niets."]
    if outcome.status == "wacht":
        return [*lines, f"Deze bundel wacht op {outcome.ontbreekt}. tafel bewaart hem en leest "
                        "hem vanzelf in zodra die binnen is. Is die bundel zoek? Vraag de "
                        "afzender om een volledige bundel (tafel export --full)."]
    cats = ", ".join(c.value for c in outcome.categorieen) or "alleen de casus"
    lines.append(f"Categorieën: {cats}.")
    if outcome.nieuwe_casus:
        lines.append("De casus is nieuw in deze kluis.")
    plan = outcome.plan
    if plan.changed_versions or plan.created_versions:
        lines.append("Plan: versie " + ", ".join(str(n) for n in sorted(
            set(plan.changed_versions) | set(plan.created_versions))) + " gewijzigd.")
    for nummer in plan.outdated_signed:
        lines.append(f"Versie {nummer} was getekend; de handtekeningen horen nu bij de oudere "
                     "tekst.")
    if outcome.conflicten:
        lines.append(f"Tegenstrijdige wijzigingen om uit te zoeken: {len(outcome.conflicten)}.")
    for applied in outcome.daarna_toegepast:
        lines.append(f"Daarna ook ingelezen: {applied}.")
    lines.append("Niets veranderd (proefrun)." if dry_run else "Ingelezen.")
    return lines


def _as_json(outcome: Any, dry_run: bool) -> dict[str, Any]:
    sender = outcome.afzender
    plan = outcome.plan
    return {
        "status": outcome.status, "dry_run": dry_run, "bundle_id": outcome.bundel_id,
        "sender": {"vault_id": sender.kluis_id, "name": sender.naam,
                   "organisation": sender.organisatie, "known": sender.bekend,
                   "verified": sender.geverifieerd},
        "case": outcome.referentie, "new_case": outcome.nieuwe_casus,
        "number": outcome.volgnummer, "categories": [c.value for c in outcome.categorieen],
        "waiting_for": outcome.ontbreekt or None,
        "changed_versions": sorted(plan.changed_versions),
        "created_versions": sorted(plan.created_versions),
        "outdated_signatures_in_versions": sorted(plan.outdated_signed),
        "conflicts": [{"part": c.deel, "field": c.field, "kind": c.soort.value,
                       "values": [{"value": w.value, "by": w.stempel.door, "at": w.stempel.op}
                                  for w in c.values]} for c in outcome.conflicten],
        "applied_after": list(outcome.daarna_toegepast),
    }


BUNDLE_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "export": cmd_export,
    "import": cmd_import,
}
