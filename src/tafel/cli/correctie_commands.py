"""``tafel correct``: correct or remove one text on a person's request (AVG art. 16/17).

The person who asked is given as for ``tafel inzage`` (an id from ``tafel show --json``, or
the full name when that is unique in the case): the record that stays names who asked. The
command first prints where the text is (so a typo shows as "nergens"), then what was done;
``--replace`` left out or empty removes the text (art. 17), otherwise it is corrected
(art. 16). Like the dialog, it reminds that backups made before still hold the old words.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from tafel.cli.session import open_services
from tafel.domain.plan_content import VersieStatus
from tafel.errors import EXIT_OK

_STATUS = {VersieStatus.CONCEPT: "concept", VersieStatus.TER_ONDERTEKENING: "ter ondertekening",
           VersieStatus.GETEKEND: "getekend", VersieStatus.VERVANGEN: "vervangen"}


def add_correct_parser(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Register ``tafel correct`` on the parser's ``command`` factory."""
    correct = command("correct", "verbeter of verwijder één tekst uit het plan van een casus, "
                                 "ook uit alle eerdere versies en afdrukken (AVG art. 16/17)")
    correct.add_argument("--case", required=True, metavar="KENMERK",
                         help="id of kenmerk van de casus (zoals T-2026-0001)")
    correct.add_argument("--person", required=True, metavar="ID",
                         help="wie erom vraagt: id van de persoon of netwerkbetrokkene "
                              "(tafel show --json), of de volledige naam")
    correct.add_argument("--text", required=True, metavar="TEKST",
                         help="de tekst precies zoals hij in het plan staat")
    correct.add_argument("--replace", default="", metavar="TEKST",
                         help="wat ervoor in de plaats komt; weglaten om te verwijderen")


def waar(versies: list[tuple[int, VersieStatus]], vastgelegd: int, afdrukken: int) -> str:
    """Where the text is, in one Dutch sentence (``tafel correct`` prints it first)."""
    delen = []
    if versies:
        delen.append(_and([f"versie {n} ({_STATUS[s]})" for n, s in versies]))
    if vastgelegd:
        delen.append(f"{vastgelegd} vastgelegde tekst" + ("en" if vastgelegd > 1 else ""))
    if afdrukken:
        delen.append(f"{afdrukken} afdruk" + ("ken" if afdrukken > 1 else ""))
    if not delen:
        return "Deze tekst staat nergens in het plan."
    eerste, rest = delen[0], delen[1:]
    if versies:
        return f"Gevonden in {eerste}" + (f", in {_and(rest)}" if rest else "") + "."
    return f"Gevonden in {_and(delen)}."


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


def cmd_correct(args: argparse.Namespace) -> int:
    """``tafel correct``: say where the text is, correct or remove it, say what was done."""
    with open_services(args.vault) as services:
        casus_id = services.casussen.resolve(args.case)
        persoon_id = services.inzage.resolve_person(casus_id, args.person)
        found = services.tekstcorrectie.zoek(casus_id, args.text)
        print(waar([(v.versie, v.status) for v in found.versies], found.vastgelegde_teksten,
                   found.afdrukken))
        done = services.tekstcorrectie.corrigeer(casus_id, args.text, args.replace,
                                                 gevraagd_door=persoon_id)
    print(f"{done.grond.gedaan.capitalize()} op {done.plaatsen} "
          f"plaats{'en' if done.plaatsen != 1 else ''} ({done.grond.artikel}).")
    if done.wachtende_bundels:
        print(f"{done.wachtende_bundels} bundel(s) van een andere partij wacht(en) nog; "
              "als ze worden ingelezen, blijft de correctie staan.")
    if done.verwijderde_kopieen:
        print(f"{len(done.verwijderde_kopieen)} oude kopie(ën) van de kluis verwijderd.")
    print("Back-ups van vóór nu bevatten de oude tekst nog: maak een nieuwe back-up en "
          "vervang de oude.")
    return EXIT_OK


CORRECT_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"correct": cmd_correct}
