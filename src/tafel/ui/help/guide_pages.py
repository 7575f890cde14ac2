"""The Dutch user guide's pages: a contents file and one HTML page per chapter.

The guide is content, not interface text: it lives in ``resources/help/nl/`` as HTML with
its screenshots in ``img/``, in the order of ``inhoud.json`` (``[{"id", "titel", "trefwoorden"}]``).
Qt's own rich text shows it (QtHelp and QtWebEngine are not in the package). Searching filters
the contents by a word found in a chapter's title or text.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

from tafel.paths import resource_path

_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Hoofdstuk:
    """One chapter: its id (also its file name), title and the plain text to search in."""

    id: str
    titel: str
    pad: Path
    tekst: str

    def bevat(self, woord: str) -> bool:
        """Whether every word of ``woord`` occurs in the title or text (case ignored)."""
        haystack = f"{self.titel} {self.tekst}".casefold()
        return all(part in haystack for part in woord.casefold().split())


def guide_dir() -> Path:
    """The folder of the Dutch guide."""
    return resource_path("help", "nl")


def hoofdstukken() -> list[Hoofdstuk]:
    """The chapters in reading order."""
    folder = guide_dir()
    inhoud = json.loads((folder / "inhoud.json").read_text(encoding="utf-8"))
    result = []
    for item in inhoud:
        pad = folder / f"{item['id']}.html"
        raw = pad.read_text(encoding="utf-8")
        tekst = html.unescape(_TAGS.sub(" ", raw))
        result.append(Hoofdstuk(item["id"], item["titel"], pad,
                                " ".join([*item.get("trefwoorden", []), *tekst.split()])))
    return result
