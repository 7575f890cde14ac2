"""Making a demo vault: a real encrypted vault filled with fictional households."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tafel.demo.households import fill_demo
from tafel.services.registry import Services
from tafel.vault.crypto import KdfParams
from tafel.vault.files import DEMO_PASSPHRASE
from tafel.vault.vault import Vault


def create_demo_vault(
    path: Path, passphrase: str | None, actor: str | None, today: date,
    params: KdfParams | None = None,
) -> tuple[Path, int]:
    """Create and fill a demo vault; without a passphrase it uses the published demo one.

    Its consulent is invented (:data:`tafel.demo.households.DEMO_MEDEWERKER`), entered as a
    new user enters their own name; ``actor`` only names who made it until then.
    """
    params = params or KdfParams()
    if passphrase is None:
        params = KdfParams(params.memory_kib, params.time_cost, params.parallelism, demo=True)
        passphrase = DEMO_PASSPHRASE
    vault = Vault.create(path, passphrase, params)
    try:
        case_ids = fill_demo(Services(vault, actor, today=lambda: today), today)
    finally:
        vault.lock()
    return vault.path, len(case_ids)
