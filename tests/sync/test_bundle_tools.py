"""A bundle opens with the stock tools alone: ``age -d`` decrypts it, ``minisign -V`` checks it.

That is the promise of the format to anyone outside tafel (an auditor, a partner with other
software), so it is tested with the real programs. .ci/run installs Debian's ``age`` and
``minisign``; the test skips only where they truly cannot be found.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.bundle_forgeries import bundle_from, party


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return found


def test_age_decrypts_and_minisign_verifies_a_bundle(tmp_path: Path) -> None:
    age, minisign = _tool("age"), _tool("minisign")
    sender, receiver = party("Anna"), party("Bram")
    bundle = tmp_path / "zaak.tafelbundel"
    bundle.write_bytes(bundle_from(sender, [receiver, party("Carla")]))
    key = tmp_path / "key.txt"
    key.write_text(receiver.identity + "\n")
    key.chmod(0o600)

    decrypted = subprocess.run([age, "-d", "-i", key, bundle], capture_output=True, check=True)
    with zipfile.ZipFile(io.BytesIO(decrypted.stdout)) as archive:
        archive.extractall(tmp_path / "bundle")
    folder = tmp_path / "bundle"
    manifest_bytes = (folder / "manifest.json").read_bytes()
    manifest = json.loads(manifest_bytes)
    for part in manifest["parts"]:
        assert hashlib.sha256((folder / "parts" / part["name"]).read_bytes()).hexdigest() == \
            part["sha256"]

    checked = subprocess.run(
        [minisign, "-Vm", folder / "manifest.json", "-P", sender.signing_public_key],
        capture_output=True, text=True, check=True)
    assert "Signature and comment signature verified" in checked.stdout
    assert (f"Trusted comment: format:tafelbundel/1\tbundle_id:{manifest['bundle_id']}"
            f"\tmanifest_sha256:{hashlib.sha256(manifest_bytes).hexdigest()}") in checked.stdout

    (folder / "manifest.json").write_bytes(manifest_bytes.replace(b"ZS-2026-014", b"ZS-2026-015"))
    forged = subprocess.run(
        [minisign, "-Vm", folder / "manifest.json", "-P", sender.signing_public_key],
        capture_output=True, text=True)
    assert forged.returncode != 0


def test_another_key_cannot_decrypt_with_age(tmp_path: Path) -> None:
    age = _tool("age")
    bundle = tmp_path / "zaak.tafelbundel"
    bundle.write_bytes(bundle_from(party("Anna"), [party("Bram")]))
    key = tmp_path / "key.txt"
    key.write_text(party("Eve").identity + "\n")
    refused = subprocess.run([age, "-d", "-i", key, bundle], capture_output=True)
    assert refused.returncode != 0 and refused.stdout == b""
