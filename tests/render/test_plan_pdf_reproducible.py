"""The same plan gives the same PDF bytes in any process, whatever its hash seed.

Target scores live in a pycrdt map, whose keys come out in a different order in every process
(and with every hash seed); the paper listed them in that order, so two prints of one
unchanged plan differed. Rendered here in two real processes with PYTHONHASHSEED 1 and 2.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tafel.domain.enums import Pijler
from tafel.domain.plan_content import PlanContent
from tafel.domain.plan_doc import SetTarget
from tafel.services import Services
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY, copy_vault

CASE = "T-2026-0003"
TARGETS = {
    "welzijn.geestelijke_gezondheid": 4, "welzijn.lichamelijke_gezondheid": 3,
    "welzijn.middelengebruik": 5, "welzijn.basale_adl": 4, "welzijn.instrumentele_adl": 3,
    "welzijn.justitie": 5, "wonen.huisvesting": 4, "wonen.huiselijke_relaties": 3,
    "school_werk.werk_opleiding": 4, "school_werk.tijdsbesteding": 3,
    "support.sociaal_netwerk": 5, "support.maatschappelijke_participatie": 4,
}
RENDER = textwrap.dedent("""
    import sys, uuid
    from datetime import date
    from pathlib import Path
    from tafel.services import Services
    from tafel.services.plan_print import plan_pdf
    from tafel.vault import Vault

    vault_path, version_id, out, passphrase, today = sys.argv[1:]
    vault = Vault.open(Path(vault_path), passphrase)
    try:
        services = Services(vault, "Test", today=lambda: date.fromisoformat(today))
        pdf = plan_pdf(services, uuid.UUID(version_id), record=None)
    finally:
        vault.lock()
    Path(out).write_bytes(pdf)
""")


def test_the_same_plan_prints_the_same_bytes_under_two_hash_seeds(
    demo_path: Path, tmp_path: Path
) -> None:
    vault = Vault.open(demo_path, PASSPHRASE)
    try:
        services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        view = services.plans.start(services.casussen.resolve(CASE)).view
        services.plans.edit(view.latest.id, *[SetTarget(k, v) for k, v in TARGETS.items()])
        version_id = view.latest.id
    finally:
        vault.lock()
    pdfs = []
    for seed in ("1", "2"):
        # each process gets its own copy: opening a vault logs the access, which every page
        # shows, so both must start from the same vault
        copy = copy_vault(demo_path, tmp_path / f"seed-{seed}")
        out = tmp_path / f"plan-{seed}.pdf"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", RENDER, str(copy), str(version_id), str(out), PASSPHRASE,
             TODAY.isoformat()],
            capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]
        pdfs.append(out.read_bytes())
    assert pdfs[0] == pdfs[1]


def test_target_scores_come_in_the_instruments_order_then_by_key() -> None:
    content = PlanContent(doelscores={"welzijn.justitie": 5, "wonen.huisvesting": 4,
                                      "welzijn.zelf_bedacht": 2, "welzijn.basale_adl": 3})
    order = ["welzijn.justitie", "welzijn.basale_adl"]
    assert list(content.targets_for(Pijler.WELZIJN, order)) == [
        "justitie", "basale_adl", "zelf_bedacht"]
    assert list(content.targets_for(Pijler.WELZIJN)) == ["basale_adl", "justitie", "zelf_bedacht"]
