"""The command line: the same entry point as the app, for scripting and tests.

Every failure prints one Dutch line on stderr and exits non-zero (2 for a wrong passphrase);
no traceback reaches the user unless ``TAFEL_DEBUG`` is set.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from tafel import __version__
from tafel.cli_plan import PLAN_COMMANDS, add_plan_parsers
from tafel.errors import (
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_LOG_CHANGED,
    EXIT_OK,
    EXIT_USAGE,
    TafelError,
)

if TYPE_CHECKING:
    from tafel.services import Services
    from tafel.vault import Vault



class DutchParser(argparse.ArgumentParser):
    """argparse that reports a wrong command line in one Dutch line, with its own exit code.

    argparse exits 2 on a usage error, which is tafel's code for a wrong passphrase; a script
    must be able to tell the two apart, so a usage error exits 64 (EX_USAGE).
    """

    def error(self, message: str) -> NoReturn:  # argparse override
        """One line on stderr: what is wrong and where to read how it goes."""
        self.exit(EXIT_USAGE, f"{self.prog}: {dutch_usage(message)}. "
                              f"Zie '{self.prog} --help'.\n")


_USAGE_WORDS = (
    (re.compile(r"the following arguments are required: (.+)"), r"dit ontbreekt nog: \1"),
    (re.compile(r"argument opdracht: invalid choice: '([^']*)'.*"),
     r"'\1' is geen opdracht van tafel"),
    (re.compile(r"argument (\S+): invalid choice: '([^']*)'.*"), r"'\2' kan niet bij \1"),
    (re.compile(r"unrecognized arguments: (.+)"), r"dit begrijpt tafel niet: \1"),
    (re.compile(r"argument (\S+): expected one argument"), r"na \1 hoort een waarde"),
    (re.compile(r"argument (\S+): invalid (\w+) value: '([^']*)'"),
     r"'\3' is geen geldige waarde voor \1"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"),
     r"\1 en \2 gaan niet samen"),
)


def dutch_usage(message: str) -> str:
    """argparse's English message about a wrong command line, in Dutch where it is known."""
    for pattern, dutch in _USAGE_WORDS:
        if pattern.fullmatch(message):
            return pattern.sub(dutch, message)
    return message


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``tafel`` and its commands."""
    parser = DutchParser(
        prog="tafel",
        description="tafel: casusdossiers voor jongeren van 16 tot 27 en hun huishouden.",
    )
    parser.add_argument("--version", action="version", version=f"tafel {__version__}")
    parser.add_argument("--vault", type=Path, help="pad naar de kluis (*.tafel)")
    parser.add_argument("--demo", action="store_true", help="open de app op de demokluis")
    commands = parser.add_subparsers(dest="command", metavar="opdracht",
                                     parser_class=DutchParser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--vault", type=Path, required=True, help="pad naar de kluis (*.tafel)")
        return sub

    command("init", "maak een nieuwe, lege kluis")
    command("demo", "maak een kluis met verzonnen huishoudens om tafel te leren kennen")
    command("check", "controleer wachtwoordzin en onbeschadigdheid van de kluis")
    cases = command("cases", "toon de casussen in de kluis")
    cases.add_argument("--json", action="store_true", help="als JSON, één object per casus")
    show = command("show", "toon één casus met zijn gesprekken en scores")
    show.add_argument("--case", required=True, help="id of kenmerk (zoals T-2026-0001)")
    show.add_argument("--json", action="store_true", help="als JSON")
    add_plan_parsers(command)
    return parser


def passphrase_for(
    vault_path: Path, confirm: bool = False, check: Callable[[str], None] | None = None
) -> str:
    """The passphrase from ``TAFEL_PASSPHRASE``, the demo's own, or a prompt.

    ``check`` runs on a typed passphrase before it is asked again, so a weak one is refused
    before the user types it twice.
    """
    from tafel.vault.files import DEMO_PASSPHRASE, is_demo_vault

    env = os.environ.get("TAFEL_PASSPHRASE")
    if env:
        return env
    if is_demo_vault(vault_path):
        return DEMO_PASSPHRASE
    first = getpass.getpass("Wachtwoordzin: ")
    if check is not None:
        check(first)
    if confirm and getpass.getpass("Nog een keer: ") != first:
        raise TafelError("De twee wachtwoordzinnen zijn niet gelijk.")
    return first


def actor_name() -> str:
    """Who is acting, for the audit log (one place: :mod:`tafel.identity`)."""
    from tafel.identity import current_actor

    return current_actor()


#: Commands that only read: they wait for a vault another process holds (up to
#: :data:`WAIT_SECONDS`). A writing command waits for another command only, never for the app
#: (that may hold the vault all day): it says so at once and changes nothing.
READING_COMMANDS = frozenset({"cases", "show", "verify", "check"})
WAIT_SECONDS = 10.0
_running: str | None = None  # the command run_command is running


def open_vault(vault_path: Path) -> Vault:
    """Unlock the vault for the running command, waiting as :data:`READING_COMMANDS` says."""
    from tafel.vault import Vault

    reading = _running in READING_COMMANDS
    passphrase = passphrase_for(vault_path)
    return Vault.open(vault_path, passphrase, wait=WAIT_SECONDS, patient_with_app=reading)


@contextlib.contextmanager
def open_services(vault_path: Path) -> Iterator[Services]:
    """The vault's services for one command; the vault is locked again afterwards.

    Unlocking, locking and a wrong passphrase are logged (the last outside the vault, until
    the next unlock); ``services.log.found`` says whether the log was changed outside tafel.
    """
    from tafel.errors import WrongPassphraseError
    from tafel.services import Services
    from tafel.services.audit import VIA_OPDRACHT
    from tafel.services.audit_anchor import note_failed_unlock

    try:
        vault = open_vault(vault_path)
    except WrongPassphraseError:
        note_failed_unlock(vault_path)
        raise
    try:
        services = Services(vault, actor_name())
        services.log.opened(VIA_OPDRACHT)
        try:
            yield services
        finally:
            services.log.closing(VIA_OPDRACHT)
    finally:
        vault.lock()


def cmd_init(args: argparse.Namespace) -> int:
    """``tafel init``: a new, empty vault; a weak passphrase gets its reason and an example."""
    from tafel.errors import WeakPassphraseError
    from tafel.vault import Vault
    from tafel.vault.passphrase import check, context_for

    def strong_enough(passphrase: str) -> None:
        check(passphrase, context_for(args.vault))

    try:
        passphrase = passphrase_for(args.vault, confirm=True, check=strong_enough)
        vault = Vault.create(args.vault, passphrase)
    except WeakPassphraseError as error:
        print(f"{error.message} Bijvoorbeeld: {error.suggestion}", file=sys.stderr)
        return error.exit_code
    vault.lock()
    print(f"Nieuwe kluis gemaakt: {vault.path}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    """``tafel demo``: a vault filled with fictional households."""
    from tafel.services.demo_vault import create_demo_vault

    env = os.environ.get("TAFEL_PASSPHRASE")
    path, count = create_demo_vault(args.vault, env, actor_name(), date.today())
    hint = "" if env else " De wachtwoordzin is 'tafel-demo-kluis'."
    print(f"Demokluis gemaakt met {count} verzonnen huishoudens: {path}.{hint}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """``tafel check``: passphrase, page integrity, the audit chain and its anchor."""
    with open_services(args.vault) as services:
        problems = services.context.vault.integrity_errors()
        chain = services.log.verify_chain()
        log_break = services.log.found
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
    return EXIT_OK


def cmd_cases(args: argparse.Namespace) -> int:
    """``tafel cases``: the case list, as text or JSON."""
    with open_services(args.vault) as services:
        summaries = services.cases.summaries(shown=True)
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
    """``tafel show``: one case with its assessments (both scores per domain)."""
    from tafel.domain.enums import GesprekSoort

    with open_services(args.vault) as services:
        case_id = services.cases.resolve(args.case)
        overview = services.cases.open(case_id)  # logged as an access
        summary = next(s for s in services.cases.summaries() if s.id == case_id)
        history = services.assessments.history(case_id)
        drafts = [
            d for soort in GesprekSoort
            if (d := services.assessments.open_draft(case_id, soort)) is not None
        ]
    result = {
        **summary.to_json(),
        "registered": overview.casus.aangemeld_op.isoformat(),
        "assessments": [a.to_json() for a in history],
        "drafts": [
            {"kind": d.soort.value, "step": d.stap, "saved_at": d.saved_at.isoformat(),
             "instrument": {"id": d.instrument.id, "version": d.instrument.version}}
            for d in drafts
        ],
    }
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
    for draft in drafts:
        print(f"  concept {draft.soort.value}, bij stap {draft.stap + 1}")
    return EXIT_OK


def _score_text(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:g}".replace(".", ",")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "cases": cmd_cases,
    "show": cmd_show,
    **PLAN_COMMANDS,
}


def run_command(args: argparse.Namespace) -> int:
    """Run one command; turn every error into one Dutch line and an exit code."""
    global _running
    _running = args.command
    try:
        return COMMANDS[args.command](args)
    except TafelError as error:
        print(error.message, file=sys.stderr)
        return error.exit_code
    except (KeyboardInterrupt, EOFError):
        print("Afgebroken.", file=sys.stderr)
        return EXIT_ERROR
    except Exception:
        if os.environ.get("TAFEL_DEBUG"):
            raise
        print("Er ging iets onverwachts mis; er is niets gewijzigd.", file=sys.stderr)
        return EXIT_ERROR
