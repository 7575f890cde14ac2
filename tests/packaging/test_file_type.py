"""The .tafel file type is registered on every platform, so a double-clicked vault opens tafel.

Read from the packaging files themselves: the Linux .desktop entry and its shared-mime-info
type, and the Windows installer's registry entries (the macOS document type is in
test_spec.py). All three start ``tafel PATH``, which opens the app on that vault
(tests/test_app_args.py). The Linux files also pass the freedesktop tools that check them.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
MIME_TYPE = "application/x-tafel-vault"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(PACKAGING / "linux" / "nl.tafel.Tafel.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_takes_a_vault_of_its_mime_type() -> None:
    entry = _desktop_entry()
    assert MIME_TYPE in entry["MimeType"].rstrip(";").split(";")
    assert entry["Exec"].split()[:2] == ["tafel", "%f"]  # the file manager passes the path


def test_the_shared_mime_info_type_globs_tafel_files() -> None:
    root = ET.parse(PACKAGING / "linux" / "nl.tafel.Tafel.mime.xml").getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    assert [g.get("pattern") for g in types[0].findall(f"{MIME_NS}glob")] == ["*.tafel"]
    dutch = [c.text for c in types[0].findall(f"{MIME_NS}comment")
             if c.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"]
    assert dutch == ["tafel-kluis"]


def test_the_windows_installer_registers_tafel_and_installs_the_console_program() -> None:
    script = (PACKAGING / "windows" / "tafel.iss").read_text(encoding="utf-8")
    assert "ChangesAssociations=yes" in script
    assert 'Subkey: "Software\\Classes\\.tafel"' in script
    assert '"""{app}\\{#AppExeName}"" ""%1"""' in script  # opens tafel.exe "<path>"
    assert '#define AppCliExeName "tafel-cli.exe"' in script
    assert 'Source: "{#DistDir}\\{#AppCliExeName}"' in script


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:  # .ci/run installs desktop-file-utils, shared-mime-info and appstream
        pytest.skip(f"{name} is not installed")
    return found


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run([_tool("desktop-file-validate"),
                           str(PACKAGING / "linux" / "nl.tafel.Tafel.desktop")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_mime_type_installs_with_update_mime_database(tmp_path: Path) -> None:
    """Installed as a user's file manager would have it: *.tafel is then tafel's type."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(PACKAGING / "linux" / "nl.tafel.Tafel.mime.xml", packages)
    done = subprocess.run([_tool("update-mime-database"), str(tmp_path / "mime")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert any(line.split(":")[1:] == [MIME_TYPE, "*.tafel"] for line in globs), globs


def test_the_software_centre_entry_passes_appstreamcli() -> None:
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net",
                           str(PACKAGING / "linux" / "nl.tafel.Tafel.metainfo.xml")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
