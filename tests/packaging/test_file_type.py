"""The .tafel file type is registered on every platform, so a double-clicked vault opens tafel.

Read from the packaging files themselves: the Linux .desktop entry and its shared-mime-info
type, and the Windows installer's registry entries (the macOS document type is in
test_spec.py). All three start ``tafel PATH``, which opens the app on that vault
(tests/test_app_args.py).
"""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

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
