"""What the beamer really shows, read back by OCR: the pixels hold only what the room may see.

The widget walk (test_wand_privacy.py) reads the widgets; this reads the picture, as a camera
in the room would: the wall is rendered at 1920x1080 offscreen and ``tesseract`` reads the
PNG. Every check has a positive control: markers the room may see must be read, so the test
cannot pass because OCR read nothing. Markers are single upper-case words
(tests/builders.py ``wand_marker``); OCR output is compared word by word, a misread letter
allowed for what must be there, and counted against what must not.

tesseract with Dutch comes from .ci/run; the tests skip only where it truly is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.overleg import Aanwezige, AanwezigeSoort, AgendaStap, zichtbaar
from tafel.ui.overleg.wand_window import WandWindow
from tafel.views.wand import wand_view
from tests.builders import (
    TODAY,
    WAND_CONCLUSIE,
    WAND_EIGENAAR,
    WAND_JONGERE,
    WandToestemming,
    wand_allowed,
    wand_markers,
    wand_plan,
)

CONTENT = wand_plan()[0]
MARKERS = wand_markers()
NOOR = Aanwezige(AanwezigeSoort.HUISHOUDEN, "Noor", uuid.uuid4())
OOM = Aanwezige(AanwezigeSoort.INFORMEEL, "Oom", uuid.uuid4())
AGENT = Aanwezige(AanwezigeSoort.PROFESSIONEEL, "Agent", uuid.uuid4())
#: The wijkagent may see everything but Inkomen; the uncle has no consent at all.
CONSENTS = [WandToestemming([c.value for c in C if c is not C.INKOMEN],
                            ontvanger_betrokkene_id=AGENT.id)]


def _tesseract() -> str:
    found = shutil.which("tesseract")
    if found is None:
        pytest.skip("tesseract is not installed (.ci/run installs it)")
    langs = subprocess.run([found, "--list-langs"], capture_output=True, text=True).stdout
    if "nld" not in langs.split():
        pytest.skip("tesseract has no Dutch (.ci/run installs tesseract-ocr-nld)")
    return found


def _distance(a: str, b: str) -> int:
    """Levenshtein: how many letters differ between two words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1,
                                           previous + (ca != cb))
    return row[-1]


class Read:
    """The words OCR read from one picture."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = set(re.sub(r"[^A-Z]+", " ", text.upper()).split())

    def has(self, marker: str) -> bool:
        """``marker`` was read (one misread letter allowed)."""
        return any(_distance(word, marker) <= 1 for word in self.words
                   if abs(len(word) - len(marker)) <= 1)

    def leaked(self, forbidden: set[str], allowed: set[str]) -> set[str]:
        """Forbidden markers read, allowing two misread letters, unless nearer an allowed one."""
        found = set()
        for word in self.words:
            if not word.startswith("MRK") and _distance(word[:3], "MRK") > 1:
                continue
            for marker in forbidden:
                near = _distance(word, marker)
                if near <= 2 and all(_distance(word, a) > near for a in allowed):
                    found.add(marker)
        return found


def _show(wall: WandWindow, people: list[Aanwezige], stap: AgendaStap, *,
          besloten: bool = False) -> frozenset[C]:
    room = zichtbaar(people, CONSENTS, TODAY, besloten=besloten)
    wall.toon(wand_view(CONTENT, WAND_JONGERE, room, {"persoon:eigenaar": WAND_EIGENAAR},
                        (f"Eerst {WAND_CONCLUSIE} regelen",)), stap, verstreken=0.4)
    return room


def _ocr(wall: WandWindow, tmp_path: Path) -> Read:
    tool = _tesseract()
    png = tmp_path / "wand.png"
    assert wall.size().width() == 1920 and wall.size().height() == 1080
    assert wall.grab().save(str(png))
    # --psm 11, sparse text: the rail and the side column are read as well as the body
    out = subprocess.run([tool, str(png), "-", "-l", "nld", "--psm", "11"],
                         capture_output=True, text=True, check=True, timeout=120)
    return Read(out.stdout)


def _check(read: Read, room: frozenset[C], must_read: set[str]) -> None:
    allowed = {m for m, part in MARKERS.items() if part in wand_allowed(room)}
    forbidden = set(MARKERS) - allowed
    missing = {m for m in must_read if not read.has(m)}
    assert missing == set(), (missing, read.text)  # the positive control: OCR reads the wall
    assert read.leaked(forbidden, allowed) == set(), read.text


def test_a_professional_without_inkomen_consent_sees_no_inkomen(
    wall: WandWindow, tmp_path: Path
) -> None:
    room = _show(wall, [NOOR, AGENT], AgendaStap.ZELF_DOEN)
    assert C.INKOMEN not in room
    _check(_ocr(wall, tmp_path), room, {"MRKWONENZELF", "MRKWELZIJNZELF", "MRKSUPPORTZELF",
                                        WAND_JONGERE, WAND_CONCLUSIE})
    _show(wall, [NOOR, AGENT], AgendaStap.AFSPRAKEN)
    _check(_ocr(wall, tmp_path), room, {"MRKAFWONEN", "MRKAFALGEMEEN", WAND_EIGENAAR})


def test_the_picture_follows_the_room_when_someone_joins_and_leaves(
    wall: WandWindow, tmp_path: Path
) -> None:
    room = _show(wall, [NOOR], AgendaStap.SITUATIESCHETS)
    _check(_ocr(wall, tmp_path), room, {"MRKINKOMENDOEL", "MRKWONENDOEL"})
    room = _show(wall, [NOOR, AGENT], AgendaStap.SITUATIESCHETS)  # the agent comes in
    _check(_ocr(wall, tmp_path), room, {"MRKWONENDOEL", "MRKSCHOOLWERKDOEL"})
    room = _show(wall, [NOOR], AgendaStap.SITUATIESCHETS)  # and leaves again
    _check(_ocr(wall, tmp_path), room, {"MRKINKOMENDOEL", "MRKWONENDOEL"})


def test_the_private_part_shows_the_household_all_and_a_room_without_consent_nothing(
    wall: WandWindow, tmp_path: Path
) -> None:
    room = _show(wall, [NOOR, OOM, AGENT], AgendaStap.NETWERK)
    assert room == frozenset()  # the uncle has no consent: the wall waits
    read = _ocr(wall, tmp_path)
    assert read.has("OVERLEG") and read.has("BEGINT")  # "Het overleg begint zo"
    _check(read, room, set())
    room = _show(wall, [NOOR, OOM, AGENT], AgendaStap.NETWERK, besloten=True)
    _check(_ocr(wall, tmp_path), room, {"MRKINKOMENNETWERK", "MRKWONENNETWERK", WAND_JONGERE})


def test_behind_the_curtain_ocr_reads_nothing_of_the_case(
    wall: WandWindow, tmp_path: Path
) -> None:
    room = _show(wall, [NOOR], AgendaStap.PERSPECTIEF)
    _check(_ocr(wall, tmp_path), room, {"MRKPERSPECTIEF", "MRKDROOM", WAND_JONGERE})
    wall.gordijn(True)
    read = _ocr(wall, tmp_path)
    assert read.leaked(set(MARKERS), set()) == set()
    assert not any(word.startswith("MRK") for word in read.words), read.text
    assert read.words <= {"TAFEL"}, read.text
