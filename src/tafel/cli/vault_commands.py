"""``tafel init``, ``demo``, ``check``, ``rekey``, ``cases`` and ``show``: vault and cases."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from typing import TYPE_CHECKING

from tafel.cli.session import new_passphrase_for, open_services, passphrase_for
from tafel.domain.dates import short_date
from tafel.errors import EXIT_DAMAGED, EXIT_LOG_CHANGED, EXIT_OK
from tafel.views.signaal_teksten import signaal_tekst

if TYPE_CHECKING:
    from tafel.views.casussen import CasusOverview


def cmd_init(args: argparse.Namespace) -> int:
    """``tafel init``: a new, empty vault with the consulent's own name in it.

    The name, organisation and role come from ``TAFEL_NAME``, ``TAFEL_ORGANISATION`` and
    ``TAFEL_ROLE``, or are asked; they are checked before anything is made. A weak passphrase
    gets its reason and an example.
    """
    from tafel.errors import WeakPassphraseError
    from tafel.services import Services
    from tafel.services.changes import COMMAND
    from tafel.services.medewerker import check_medewerker
    from tafel.vault import Vault
    from tafel.vault.passphrase import check, context_for

    def strong_enough(passphrase: str) -> None:
        check(passphrase, context_for(args.vault))

    medewerker = check_medewerker(*_medewerker_from_env_or_prompt())
    try:
        passphrase = passphrase_for(args.vault, confirm=True, check=strong_enough)
        vault = Vault.create(args.vault, passphrase)
    except WeakPassphraseError as error:
        print(f"{error.message} Bijvoorbeeld: {error.suggestion}", file=sys.stderr)
        return error.exit_code
    try:
        Services(vault).medewerker.vastleggen(
            medewerker.naam, medewerker.organisatie, medewerker.rol, origin=COMMAND)
    finally:
        vault.lock()
    print(f"Nieuwe kluis gemaakt: {vault.path} (medewerker: {medewerker.regel})")
    return EXIT_OK


def _medewerker_from_env_or_prompt() -> tuple[str, str, str]:
    """Name, organisation and role: from the environment when ``TAFEL_NAME`` is set, else asked."""
    name = os.environ.get("TAFEL_NAME")
    if name is not None:
        return (name, os.environ.get("TAFEL_ORGANISATION", ""), os.environ.get("TAFEL_ROLE", ""))
    return (_ask("Je naam (zoals op het toekomstplan en in het logboek): "),
            _ask("Je organisatie (mag leeg): "), _ask("Je rol, bijvoorbeeld jongerencoach "
                                                      "(mag leeg): "))


def _ask(prompt: str) -> str:
    print(prompt, end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().rstrip("\n")


def cmd_rekey(args: argparse.Namespace) -> int:
    """``tafel rekey``: a new passphrase for the vault (the old one first, the new one twice)."""
    from tafel.errors import WeakPassphraseError
    from tafel.services.kluis import DemoPassphraseError
    from tafel.vault.files import is_demo_vault

    if is_demo_vault(args.vault):
        raise DemoPassphraseError()
    try:
        # from the environment: checked before the slow unlock, so a weak one touches nothing
        new = new_passphrase_for(args.vault) if "TAFEL_NEW_PASSPHRASE" in os.environ else None
        old = passphrase_for(args.vault)
        with open_services(args.vault, old) as services:
            services.kluis.wachtwoordzin_wijzigen(old, new or new_passphrase_for(args.vault))
    except WeakPassphraseError as error:
        print(f"{error.message} Bijvoorbeeld: {error.suggestion}", file=sys.stderr)
        return error.exit_code
    print("De kluis heeft een nieuwe wachtwoordzin. De oude werkt niet meer.")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """``tafel demo``: a vault filled with fictional households."""
    from tafel.demo.vault import create_demo_vault

    env = os.environ.get("TAFEL_PASSPHRASE")
    path, count = create_demo_vault(args.vault, env, None, date.today())
    hint = "" if env else " De wachtwoordzin is 'tafel-demo-kluis'."
    print(f"Demokluis gemaakt met {count} verzonnen huishoudens: {path}.{hint}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """``tafel check``: passphrase, page integrity, the audit chain and its anchor."""
    with open_services(args.vault) as services:
        problems = services.context.vault.integrity_errors()
        chain = services.log.verify_chain()
        log_break = services.log.found
        kluis_id = services.medewerker.kluis_id()
        medewerker = services.medewerker.mijn_gegevens()
    if problems:
        print("De kluis is beschadigd: de database is niet meer heel.", file=sys.stderr)
        return EXIT_DAMAGED
    if log_break is not None:
        print(log_break.sentence, file=sys.stderr)
        return EXIT_LOG_CHANGED
    if not chain.intact:
        print("Het logboek van de kluis is buiten tafel om gewijzigd.", file=sys.stderr)
        return EXIT_LOG_CHANGED
    print(f"De kluis is in orde: wachtwoordzin klopt, logboek van {chain.entries} regels is heel.")
    print(f"Kluis-id: {kluis_id}")
    print(f"Medewerker: {medewerker.regel}" if medewerker is not None
          else "Medewerker: nog geen naam ingevuld (de app vraagt erom na het ontgrendelen).")
    return EXIT_OK


def cmd_cases(args: argparse.Namespace) -> int:
    """``tafel cases``: the case list, as text or JSON."""
    from tafel.services.changes import COMMAND

    with open_services(args.vault) as services:
        summaries = services.casussen.summaries(shown=True, origin=COMMAND)
    summaries.sort(key=lambda s: s.referentie)
    if args.json:
        json.dump([s.to_json() for s in summaries], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for s in summaries:
        age = "" if s.leeftijd is None else f"{s.leeftijd} jaar"
        print(f"{s.referentie}  {s.huishouden:<32} {s.jongere:<24} {age:>8}  {s.status.value}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    """``tafel show``: one case, with everything the case screen shows.

    Its gesprekken (both scores per domain), people, consents, care, referrals, legal status
    and, until 18.5, the 18-/18+ checklist.
    """
    from tafel.domain.checklist18 import checklist_relevant
    from tafel.domain.enums import GesprekSoort
    from tafel.services.changes import COMMAND

    with open_services(args.vault) as services:
        case_id = services.casussen.resolve(args.case)
        overview = services.casussen.open(case_id, origin=COMMAND)  # logged as an access
        summary = next(s for s in services.casussen.summaries() if s.id == case_id)
        history = services.gesprekken.history(case_id)
        kluis_id = services.medewerker.kluis_id()
        today = services.context.today()
        legal = services.juridisch.for_case(case_id)
        birth = overview.jongere.geboortedatum
        checklist = (services.checklist18.for_case(case_id)
                     if checklist_relevant(birth, today) else None)
        lopende = [
            d for soort in GesprekSoort
            if (d := services.gesprekken.lopend_gesprek(case_id, soort)) is not None
        ]
    result = {
        **summary.to_json(),
        **overview.to_json(today),  # its "signals" carry their Dutch words and dates
        "registered": overview.casus.aangemeld_op.isoformat(),
        "assessments": [a.to_json() for a in history],
        "drafts": [
            {"kind": d.soort.value, "step": d.stap, "saved_at": d.saved_at.isoformat(),
             "instrument": {"id": d.instrument.id, "version": d.instrument.version}}
            for d in lopende
        ],
        "referrals": [r.to_json() for r in overview.verwijzingen],
        "legal_status": [s.to_json(today) for s in legal],
        "checklist_18": checklist.to_json() if checklist is not None else None,
    }  # the vault's own id is not about the case: ``tafel check`` names it
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    print(f"{summary.referentie}  {summary.jongere} ({summary.leeftijd} jaar), "
          f"{summary.huishouden}, fase {summary.status.value}")
    for item in history:
        scores = "  ".join(
            f"{p['pillar']} {_score_text(p['professional'])}/{_score_text(p['young_person'])}"
            for p in item.to_json()["pillars"]
        )
        mark = "" if item.rapportcijfer is None else f", rapportcijfer {item.rapportcijfer}"
        print(f"  {item.datum.isoformat()} {item.soort.value}{mark}: {scores}")
    for lopend in lopende:
        print(f"  lopend gesprek: {lopend.soort.value}, bij stap {lopend.stap + 1}")
    _print_people(overview, today)
    print(f"  kluis-id: {kluis_id}")
    return EXIT_OK


def _print_people(overview: CasusOverview, today: date) -> None:
    """The household, network, consents, care and signals, one line each (BSN masked)."""
    for person in overview.personen:
        marks = [person.rol.value, *(["gezag"] if person.gezag else []),
                 *([f"tot {short_date(person.einddatum)}"] if person.einddatum else [])]
        bsn = f", BSN {person.bsn}" if person.bsn else ""
        print(f"  huishouden: {person.naam} ({', '.join(marks)}){bsn}")
    for b in overview.betrokkenen:
        where = ", ".join(part for part in (b.rol, b.organisatie) if part)
        ended = f", tot {short_date(b.einddatum)}" if b.einddatum else ""
        print(f"  netwerk ({b.soort.value}): {b.naam}" + (f", {where}" if where else "") + ended)
    for t in overview.toestemmingen:
        print(f"  toestemming: {t.ontvanger}, {t.staat.value.replace('_', ' ')}")
    for i in overview.indicaties:
        print(f"  indicatie: {i.voorziening} ({i.wetskader.value})")
    for s in overview.signalen:
        about = f" ({s.onderwerp})" if s.onderwerp else ""
        print(f"  signaal: {signaal_tekst(s.soort)}{about}, {short_date(s.datum)}")


def _score_text(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:g}".replace(".", ",")


def cmd_log(args: argparse.Namespace) -> int:
    """``tafel log``: the audit log, oldest first, per case or for the whole vault.

    Each line says who (name, role, organisation), what with which data, and why (the
    consent or legal basis), then the werkplek, the origin and the result. Reading a case's
    log is itself logged, after the lines it printed.
    """
    from tafel.services.changes import COMMAND
    from tafel.views.logboek import LogFilter

    with open_services(args.vault) as services:
        case = str(services.casussen.resolve(args.case)) if args.case else None
        logboek = services.logboek.logboek(LogFilter(casus_id=case), shown=True,
                                           origin=COMMAND)
    if args.json:
        json.dump([r.to_json() for r in logboek.regels], sys.stdout, ensure_ascii=False,
                  indent=2)
        print()
        return EXIT_OK
    for r in logboek.regels:
        where = f"{r.referentie}: " if r.referentie and not case else ""
        extra = ", ".join(part for part in (
            f"werkplek {r.werkplek[:8]}" if r.werkplek else "", r.herkomst,
            r.resultaat) if part)
        print(f"{r.moment}  {where}{r.zin}. Waarom: {r.grondslag_tekst}."
              + (f" [{extra}]" if extra else ""))
    if logboek.leeg:
        print("Het logboek heeft (nog) geen regels" + (" over deze casus." if case else "."))
    return EXIT_OK
