"""The command line's parser and dispatcher: the same entry point as the app.

Every failure prints one Dutch line on stderr and exits with the code of its cause (see
:mod:`tafel.errors`); no traceback reaches the user unless ``--debug`` or ``TAFEL_DEBUG``
asks for it.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NoReturn

from tafel import __version__
from tafel.cli.backup_commands import BACKUP_COMMANDS, add_backup_parsers
from tafel.cli.bundel_commands import BUNDLE_COMMANDS, add_bundle_parsers
from tafel.cli.correctie_commands import CORRECT_COMMANDS, add_correct_parser
from tafel.cli.inzage_commands import INZAGE_COMMANDS, add_inzage_parser
from tafel.cli.kengetallen_commands import KENGETALLEN_COMMANDS, add_kengetallen_parser
from tafel.cli.partij_commands import PARTY_COMMANDS, add_party_parsers
from tafel.cli.plan_commands import PLAN_COMMANDS, add_plan_parsers
from tafel.cli.session import set_running
from tafel.cli.vault_commands import (
    cmd_cases,
    cmd_check,
    cmd_demo,
    cmd_init,
    cmd_log,
    cmd_rekey,
    cmd_show,
)
from tafel.cli.vernietig_commands import add_destroy_parser, cmd_destroy
from tafel.crash import command_failed
from tafel.errors import EXIT_ERROR, EXIT_USAGE, TafelError
from tafel.logs import Known

log = logging.getLogger("tafel.cli")


class DutchHelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with "gebruik:" where it writes "usage:"."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:  # argparse override
        """The usage line, headed in Dutch."""
        super().add_usage(usage, actions, groups, "gebruik: " if prefix is None else prefix)


class DutchParser(argparse.ArgumentParser):
    """argparse in Dutch: its help, and a wrong command line in one Dutch line and exit 64.

    argparse's own words ("usage:", "positional arguments", "options", "show this help
    message and exit") come from its gettext catalogue, which has no Dutch; rather than
    install a translation for the whole process, the parser names its two groups itself,
    heads the usage line through :class:`DutchHelpFormatter` and brings its own ``-h``.

    argparse exits 2 on a usage error, which is tafel's code for a wrong passphrase; a script
    must be able to tell the two apart, so a usage error exits 64 (EX_USAGE).
    """

    def __init__(self, *args: Any, positionals: str = "argumenten", **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = positionals  # "positional arguments"
        self._optionals.title = "opties"  # "options"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="toon deze hulp en stop")

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
        prog="tafel", positionals="opdrachten",
        description="tafel: casusdossiers voor jongeren van 16 tot 27 en hun huishouden.",
    )
    parser.add_argument("--version", action="version", version=f"tafel {__version__}",
                        help="toon de versie van tafel en stop")
    parser.add_argument("--vault", type=Path, metavar="KLUIS",
                        help="pad naar de kluis (*.tafel)")
    parser.add_argument("--demo", action="store_true", help="open de app op de demokluis")
    parser.add_argument("--debug", action="store_true",
                        help="meer details in het foutenlogboek en volledige foutmeldingen "
                             "in de terminal (vóór de opdracht, zoals TAFEL_DEBUG=1)")
    commands = parser.add_subparsers(dest="command", metavar="opdracht",
                                     parser_class=DutchParser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--vault", type=Path, required=True, metavar="KLUIS",
                         help="pad naar de kluis (*.tafel)")
        return sub

    command("init", "maak een nieuwe, lege kluis met je naam, organisatie en rol (gevraagd, "
                    "of uit TAFEL_NAME, TAFEL_ORGANISATION en TAFEL_ROLE)")
    command("demo", "maak een kluis met verzonnen huishoudens om tafel te leren kennen")
    command("check", "controleer wachtwoordzin en onbeschadigdheid van de kluis")
    command("rekey", "geef de kluis een nieuwe wachtwoordzin (eerst de oude, dan twee keer "
                     "de nieuwe, of TAFEL_NEW_PASSPHRASE)")
    cases = command("cases", "toon de casussen in de kluis")
    cases.add_argument("--json", action="store_true", help="als JSON, één object per casus")
    show = command("show", "toon één casus met zijn gesprekken en scores")
    show.add_argument("--case", required=True, metavar="KENMERK",
                      help="id of kenmerk (zoals T-2026-0001)")
    show.add_argument("--json", action="store_true", help="als JSON")
    log_parser = command("log", "toon het logboek: wie heeft wat gezien, gedeeld of gewijzigd, "
                                "en waarom (het oudste eerst)")
    log_parser.add_argument("--case", metavar="KENMERK",
                            help="alleen deze casus (id of kenmerk, zoals T-2026-0001)")
    log_parser.add_argument("--json", action="store_true", help="als JSON, één object per regel")
    add_plan_parsers(command)
    add_destroy_parser(command)
    add_bundle_parsers(command)
    add_backup_parsers(command)
    add_kengetallen_parser(command)
    add_inzage_parser(command)
    add_correct_parser(command)
    add_party_parsers(commands, DutchParser)
    return parser


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "check": cmd_check,
    "rekey": cmd_rekey,
    "cases": cmd_cases,
    "show": cmd_show,
    "log": cmd_log,
    **PLAN_COMMANDS,
    **PARTY_COMMANDS,
    **BUNDLE_COMMANDS,
    "destroy": cmd_destroy,
    **BACKUP_COMMANDS,
    **KENGETALLEN_COMMANDS,
    **INZAGE_COMMANDS,
    **CORRECT_COMMANDS,
}


def run_command(args: argparse.Namespace) -> int:
    """Run one command; turn every error into one Dutch line and an exit code.

    The log notes the command and how it ended; an unexpected error is logged as its types
    and places (:mod:`tafel.crash`), and ``--debug`` prints its traceback before the line.
    """
    command = Known(args.command)
    set_running(args.command)
    log.info("command %s started", command)
    log.debug("options given: %s", Known(" ".join(sorted(
        k for k, v in vars(args).items() if v not in (None, False) and k != "command"))))
    try:
        code = COMMANDS[args.command](args)
    except TafelError as error:
        log.info("command %s refused: %s", command, Known(type(error).__name__))
        print(error.message, file=sys.stderr)
        code = error.exit_code
    except (KeyboardInterrupt, EOFError):
        print("Afgebroken.", file=sys.stderr)
        code = EXIT_ERROR
    except Exception as error:
        print(command_failed(error), file=sys.stderr)
        code = EXIT_ERROR
    log.info("command %s ended, exit code %d", command, code)
    return code
