"""``tafel backup`` and ``tafel restore``: one encrypted file, and a new vault made from it.

The backup opens with the vault's own passphrase (``TAFEL_PASSPHRASE`` or a prompt, as every
command); a restore asks the passphrase the backup was made with, and never writes over an
existing file. What a restored vault keeps and what changes: :mod:`tafel.services.backup`.
"""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Callable
from pathlib import Path

from tafel.cli.session import open_services
from tafel.errors import EXIT_OK


def add_backup_parsers(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    """Add ``backup`` and ``restore`` to the subcommands of ``tafel``."""
    backup = command("backup", "maak een versleutelde back-up van de hele kluis in één bestand "
                               "(opent met de wachtwoordzin van de kluis)")
    backup.add_argument("--to", required=True, type=Path, metavar="BESTAND",
                        help="het back-upbestand (.tafelbackup), bijvoorbeeld op een USB-stick")
    restore = command("restore", "zet een back-up terug in een NIEUWE kluis en controleer dat "
                                 "alles is aangekomen")
    restore.add_argument("file", type=Path, metavar="BACK-UP", help="het .tafelbackup-bestand")


def cmd_backup(args: argparse.Namespace) -> int:
    """``tafel backup --vault PATH --to FILE``."""
    with open_services(args.vault) as services:
        made = services.backup.maken(args.to)
    print(f"Back-up gemaakt: {made.pad} ({_size(made.grootte)}). Hij opent met de "
          "wachtwoordzin die de kluis nu heeft.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """``tafel restore FILE --vault NEWPATH``: a new vault; the checks it passed are printed."""
    from tafel.services.backup import is_demo_backup, terugzetten
    from tafel.vault.files import DEMO_PASSPHRASE

    passphrase = os.environ.get("TAFEL_PASSPHRASE") or (
        DEMO_PASSPHRASE if is_demo_backup(args.file) else getpass.getpass(
            "Wachtwoordzin van de back-up: "))
    done = terugzetten(args.file, args.vault, passphrase)
    rows = sum(done.tabellen.values())
    print(f"Teruggezet in {done.pad}: {done.casussen} casussen, {rows} regels in "
          f"{len(done.tabellen)} tabellen en {done.logregels} logregels; alles is aangekomen "
          "en het logboek klopt.")
    print(f"De kluis heeft een nieuw kluis-id ({done.nieuwe_kluis_id}): deel je nieuwe "
          "partijkaart (tafel identity) met wie je bundels uitwisselt.")
    return EXIT_OK


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MB" if count >= 1024 * 1024 else f"{count // 1024} kB"


BACKUP_COMMANDS = {"backup": cmd_backup, "restore": cmd_restore}
