"""``tafel export`` and ``tafel import`` between two real vaults, checked with age and minisign.

The stock ``age`` decrypts what tafel exported for a party's key, the stock ``minisign``
verifies its manifest, and a bundle with one byte flipped is refused with one Dutch line
while ``tafel show --json`` gives exactly the same before and after.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest

from tafel.domain.enums import Gegevenscategorie
from tafel.domain.plan_doc import SetText
from tafel.errors import EXIT_BAD_BUNDLE, EXIT_OK
from tests.builders import PASSPHRASE, Laptop, introduce, laptop, new_case, share_with
from tests.cli.invoke import tafel


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path, str, str, str, str]:
    """Two locked vaults that know each other, one case shared with consent for all."""
    wijkteam = laptop(tmp_path / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    jeugdhulp = laptop(tmp_path / "j", "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
    introduce(wijkteam, jeugdhulp)
    case_id = wijkteam.services.casussen.register(new_case()).primary_id
    assert case_id is not None
    share_with(wijkteam, case_id, jeugdhulp, tuple(Gegevenscategorie))
    view = wijkteam.services.plans.start(case_id).view
    wijkteam.services.plans.edit(view.latest.id, SetText("perspectief", "Op mezelf wonen."))
    reference = next(s.referentie for s in wijkteam.services.casussen.summaries()
                     if s.id == case_id)
    keys = jeugdhulp.services.partijen.eigen_sleutels()
    signer = wijkteam.services.partijen.eigen_sleutels().tekensleutel_publiek
    j_id = jeugdhulp.kluis_id
    paths = []
    for one in (wijkteam, jeugdhulp):
        paths.append(_path(one))
        one.vault.lock()
    return paths[0], paths[1], reference, j_id, keys.age_identiteit, signer


def _path(one: Laptop) -> Path:
    return Path(one.vault.path)


def test_export_decrypts_with_age_verifies_with_minisign_and_imports(
    pair: tuple[Path, Path, str, str, str, str], tmp_path: Path,
) -> None:
    w, j, reference, j_id, identity, signer = pair
    bundle = tmp_path / "aan-jeugdhulp.tafelbundel"
    made = tafel("export", "--vault", str(w), "--case", reference, "--to", str(bundle),
                 "--party", j_id, passphrase=PASSPHRASE)
    assert made.returncode == EXIT_OK, made.stderr
    assert "Mee: " in made.stdout and "inkomen" in made.stdout
    key = tmp_path / "sleutel.txt"
    key.write_text(identity + "\n", encoding="ascii")
    plain = subprocess.run([_tool("age"), "-d", "-i", str(key), str(bundle)],
                           capture_output=True, check=True).stdout
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        archive.extract("manifest.json", tmp_path)
        archive.extract("manifest.json.minisig", tmp_path)
        assert "plan.v1.perspectief" in {n.removeprefix("parts/") for n in archive.namelist()}
    checked = subprocess.run([_tool("minisign"), "-Vm", str(tmp_path / "manifest.json"),
                              "-P", signer], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert "bundle_id:" in checked.stdout
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["case"]["reference"] == reference

    preview = tafel("import", "--vault", str(j), str(bundle), "--dry-run", "--json",
                    passphrase=PASSPHRASE)
    assert preview.returncode == EXIT_OK, preview.stderr
    assert json.loads(preview.stdout)["new_case"] is True
    assert tafel("show", "--vault", str(j), "--case", reference, "--json",
                 passphrase=PASSPHRASE).returncode != EXIT_OK  # the dry run wrote nothing
    read = tafel("import", "--vault", str(j), str(bundle), passphrase=PASSPHRASE)
    assert read.returncode == EXIT_OK, read.stderr
    assert "Ingelezen." in read.stdout
    again = tafel("import", "--vault", str(j), str(bundle), passphrase=PASSPHRASE)
    assert "al ingelezen" in again.stdout


def test_a_bundle_with_one_byte_flipped_is_refused_and_the_vault_is_the_same(
    pair: tuple[Path, Path, str, str, str, str], tmp_path: Path,
) -> None:
    w, j, reference, j_id, _identity, _signer = pair
    first, second = tmp_path / "1.tafelbundel", tmp_path / "2.tafelbundel"
    assert tafel("export", "--vault", str(w), "--case", reference, "--to", str(first),
                 "--party", j_id, passphrase=PASSPHRASE).returncode == EXIT_OK
    assert tafel("import", "--vault", str(j), str(first),
                 passphrase=PASSPHRASE).returncode == EXIT_OK
    assert tafel("export", "--vault", str(w), "--case", reference, "--to", str(second),
                 "--party", j_id, passphrase=PASSPHRASE).returncode == EXIT_OK
    before = tafel("show", "--vault", str(j), "--case", reference, "--json",
                   passphrase=PASSPHRASE)
    assert before.returncode == EXIT_OK, before.stderr
    data = bytearray(second.read_bytes())
    for at in (len(data) // 2, len(data) - 5, 40):
        flipped = bytearray(data)
        flipped[at] ^= 0x10
        bad = tmp_path / f"kapot-{at}.tafelbundel"
        bad.write_bytes(bytes(flipped))
        refused = tafel("import", "--vault", str(j), str(bad), passphrase=PASSPHRASE)
        assert refused.returncode == EXIT_BAD_BUNDLE
        assert refused.stdout == "" and len(refused.stderr.strip().splitlines()) == 1
        assert "Traceback" not in refused.stderr
    after = tafel("show", "--vault", str(j), "--case", reference, "--json",
                  passphrase=PASSPHRASE)
    assert after.stdout == before.stdout


def test_a_passphrase_bundle_carries_only_the_named_categories(
    pair: tuple[Path, Path, str, str, str, str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    w, j, reference, _j_id, _identity, _signer = pair
    monkeypatch.setenv("BUNDEL_WACHTWOORD", "lange zin voor de bundel " + uuid.uuid4().hex)
    bundle = tmp_path / "wachtwoord.tafelbundel"
    made = tafel("export", "--vault", str(w), "--case", reference, "--to", str(bundle),
                 "--passphrase-env", "BUNDEL_WACHTWOORD", "--category", "wonen",
                 passphrase=PASSPHRASE)
    assert made.returncode == EXIT_OK, made.stderr
    shown = tafel("import", "--vault", str(j), str(bundle), "--dry-run", "--json",
                  "--passphrase-env", "BUNDEL_WACHTWOORD", passphrase=PASSPHRASE)
    assert shown.returncode == EXIT_OK, shown.stderr
    assert json.loads(shown.stdout)["categories"] == ["wonen"]
    none = tafel("export", "--vault", str(w), "--case", reference, "--to", str(bundle),
                 "--passphrase-env", "BUNDEL_WACHTWOORD", passphrase=PASSPHRASE)
    assert none.returncode != EXIT_OK and "Kies welke gegevens" in none.stderr
