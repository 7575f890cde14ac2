"""What the About window says about the parts tafel ships: names, versions and licences.

The Python libraries are tafel's runtime requirements and what they require in turn, read
from the installed packages' metadata (importlib.metadata), so the list follows what is
really installed. Full licence texts come from ``resources/licenses/`` (written by
``packaging/scripts/collect_licenses.py``, so a packaged app that lost its metadata still
has them), else from the package's own licence files; ``index.json`` there is the fallback
for name, version and licence when the metadata itself is missing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from tafel.paths import resource_path

_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_LICENSE_FILE = re.compile(r"(licen[cs]e|copying|notice)", re.IGNORECASE)


@dataclass(frozen=True)
class Onderdeel:
    """One bundled part: its name, version, licence in a few words, and the full text."""

    naam: str
    versie: str
    licentie: str
    tekst: str


def licence_key(name: str) -> str:
    """A package name as pip compares them: ``PySide6_Essentials`` is ``pyside6-essentials``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _resource_text(*names: str) -> str:
    for name in names:
        path = resource_path("licenses", name)
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return ""


def _index() -> dict[str, dict[str, str]]:
    path = resource_path("licenses", "index.json")
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {licence_key(item["naam"]): item for item in data}


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """One metadata field, "" when absent (indexing a missing one warns on newer Pythons)."""
    values = meta.get_all(name)
    return str(values[0]) if values else ""


def licence_name(dist: metadata.Distribution) -> str:
    """The licence in a few words: the SPDX expression, a classifier, or the short field."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression)
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    field = _field(meta, "License").strip()
    if field and len(field) <= 80 and "\n" not in field:
        return field
    if classifiers:
        return ", ".join(classifiers)
    return field.splitlines()[0][:80] if field else ""


def licence_text(dist: metadata.Distribution) -> str:
    """The package's own licence files, one after the other (the top ones only).

    ``*.dist-info/LICENSE*``, everything directly in ``*.dist-info/licenses/`` and in its
    ``LICENSES/`` folder; not the licences of what a wheel was built with on other systems.
    """
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if not parts[0].endswith(".dist-info"):
            continue
        top = len(parts) == 2 and _LICENSE_FILE.search(file.name)
        listed = len(parts) == 3 and parts[1] == "licenses"
        folder = len(parts) == 4 and parts[1] == "licenses" and parts[2] == "LICENSES"
        if top or listed or folder:
            try:
                texts.append(file.read_text(encoding="utf-8"))
            except (OSError, UnicodeError):
                continue
    return "\n\n".join(texts)


def runtime_names(root: str = "tafel") -> list[str]:
    """tafel's runtime requirements and theirs, without test or optional extras."""
    seen: dict[str, str] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in requires:
            if "extra ==" in requirement.replace("extra==", "extra =="):
                continue
            match = _NAME.match(requirement)
            if match is None:
                continue
            dep = match.group(1)
            if licence_key(dep) in seen or licence_key(dep) == licence_key(root):
                continue
            try:
                metadata.distribution(dep)
            except metadata.PackageNotFoundError:
                continue  # a marker that does not apply here (another system or Python)
            seen[licence_key(dep)] = dep
            todo.append(dep)
    return sorted(seen.values(), key=str.lower)


def python_libraries() -> list[Onderdeel]:
    """Every Python library tafel runs on, with its licence."""
    index = _index()
    result = []
    names = runtime_names() or [item["naam"] for item in index.values()]
    for name in names:
        stored = _resource_text(f"{licence_key(name)}.txt")
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            item = index.get(licence_key(name), {})
            result.append(Onderdeel(item.get("naam", name), item.get("versie", ""),
                                    item.get("licentie", ""), stored))
            continue
        result.append(Onderdeel(str(dist.metadata["Name"]), dist.version, licence_name(dist),
                                stored or licence_text(dist)))
    return result


def bundled_parts() -> list[Onderdeel]:
    """Qt with PySide6 first, then the fonts and word list, then the Python libraries."""
    lgpl = _resource_text("LGPL-3.0.txt")
    gpl = _resource_text("GPL-3.0.txt")
    qt = Onderdeel("Qt / PySide6", f"{qVersion()} / {pyside_version}",
                   "LGPL-3.0 (LGPLv3)", "\n\n".join(t for t in (lgpl, gpl) if t))
    fonts = Onderdeel("DejaVu Sans", "2.37", "Bitstream Vera / DejaVu (vrij)",
                      resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8"))
    words = Onderdeel("OpenTaal-woordenlijst", "2.20", "BSD",
                      resource_path("passphrase", "LICENSE-OpenTaal.txt")
                      .read_text(encoding="utf-8"))
    every = python_libraries()
    qt_parts = ("pyside6-essentials", "shiboken6")
    libraries = [part for part in every if licence_key(part.naam) not in qt_parts]
    pyside = [part for part in every if licence_key(part.naam) in qt_parts]
    pyside = [Onderdeel(p.naam, p.versie, p.licentie, p.tekst or qt.tekst) for p in pyside]
    return [qt, *pyside, fonts, words, *libraries]
