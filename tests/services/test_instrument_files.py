"""Instrument files are read like anything someone else may have put on the disk: bounded.

A broken, huge, deeply nested or strange file is left out with a Dutch sentence naming it;
it never stops the others from loading, never makes tafel wait, and never replaces tafel's
own instrument.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tafel.domain.enums import GesprekSoort
from tafel.paths import resource_path
from tafel.services import Services
from tafel.services.casussen import NieuweCasus
from tafel.services.instruments import (
    MAX_INSTRUMENT_BYTES,
    MAX_INSTRUMENT_FILES,
    InstrumentLibrary,
    SkipReason,
)
from tests.builders import good_raw, write_file

BUILT_IN = resource_path("instruments")


def only_skip(library: InstrumentLibrary, name: str) -> SkipReason:
    """The reason the one skipped file ``name`` was left out."""
    assert [s.name for s in library.skipped] == [name]
    assert len(library.problems) == 1 and name in library.problems[0]
    assert "\n" not in library.problems[0]
    return library.skipped[0].reason


def test_a_deeply_nested_file_is_left_out_and_the_rest_loads(tmp_path: Path) -> None:
    write_file(tmp_path, "diep.json", '{"format": ' + "[" * 100_000 + "]" * 100_000 + "}")
    library = InstrumentLibrary.load([BUILT_IN, tmp_path])
    assert library.newest().label == "tafel-big5 v1"
    assert only_skip(library, "diep.json") is SkipReason.DAMAGED
    assert "te diep" in library.problems[0]


def test_a_file_nested_just_below_what_json_allows_is_also_left_out(tmp_path: Path) -> None:
    raw = good_raw()
    raw["title"] = json.loads("[" * 900 + "]" * 900)
    write_file(tmp_path, "diep.json", raw)
    library = InstrumentLibrary.load([tmp_path])
    assert only_skip(library, "diep.json") is SkipReason.DAMAGED


def test_brackets_inside_texts_do_not_count_as_nesting(tmp_path: Path) -> None:
    raw = good_raw()
    raw["version"] = 2
    raw["title"] = 'Haakjes "[[[[" en {{{{ ' + "[" * 150 + ' \\" {'
    raw["pillars"][0]["ik"] = "[" * 500
    write_file(tmp_path, "haakjes.json", raw)
    library = InstrumentLibrary.load([tmp_path])
    assert library.problems == []
    assert library.newest().title == raw["title"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_in_the_folder_is_skipped_without_waiting(tmp_path: Path) -> None:
    """Opening a FIFO for reading waits for a writer: the load must not open it that way.

    The load runs in its own process with a short timeout, so a regression fails this test
    instead of hanging the suite.
    """
    write_file(tmp_path, "goed.json", good_raw())
    os.mkfifo(tmp_path / "pijp.json")
    script = (
        "import json, sys\nfrom pathlib import Path\n"
        "from tafel.services.instruments import InstrumentLibrary\n"
        "library = InstrumentLibrary.load([Path(sys.argv[1])])\n"
        "print(json.dumps([sorted(i.label for i in library.instruments.values()),"
        " [(s.name, s.reason.value) for s in library.skipped], library.problems]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
        timeout=15, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    labels, skipped, problems = json.loads(result.stdout)
    assert labels == ["tafel-big5 v1"]
    assert skipped == [["pijp.json", "not_a_file"]]
    assert "pijp.json" in problems[0]


def test_a_folder_named_like_an_instrument_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "map.json").mkdir()
    library = InstrumentLibrary.load([tmp_path])
    assert only_skip(library, "map.json") is SkipReason.NOT_A_FILE


def test_an_oversized_file_is_not_read(tmp_path: Path) -> None:
    text = json.dumps(good_raw(), indent=2)
    padded = text[:-1] + " " * (MAX_INSTRUMENT_BYTES - len(text) + 10) + "}"
    write_file(tmp_path, "groot.json", padded)
    library = InstrumentLibrary.load([BUILT_IN, tmp_path])
    assert only_skip(library, "groot.json") is SkipReason.TOO_LARGE
    assert library.newest().label == "tafel-big5 v1"


def test_a_file_with_thousands_of_entries_is_judged_promptly(tmp_path: Path) -> None:
    """The schema check would walk every entry for most of a minute; a shape check is quick.

    Run in its own process with a timeout well below the old cost.
    """
    raw = good_raw()
    raw["version"] = 2
    raw["pillars"] = [{}] * 250_000
    write_file(tmp_path, "lang.json", raw)
    assert (tmp_path / "lang.json").stat().st_size < MAX_INSTRUMENT_BYTES
    script = (
        "import json, sys\nfrom pathlib import Path\n"
        "from tafel.services.instruments import InstrumentLibrary\n"
        "print(json.dumps(InstrumentLibrary.load([Path(sys.argv[1])]).problems))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
        timeout=10, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    [problem] = json.loads(result.stdout)
    assert problem.startswith("Het instrument lang.json klopt niet bij pillars: ")
    assert "250000 onderdelen" in problem


def test_a_users_copy_never_replaces_tafels_own_instrument(tmp_path: Path) -> None:
    raw = good_raw()
    raw["pillars"][0]["domains"][0]["name"] = "Woonruimte"
    write_file(tmp_path, "mijn-big5.json", raw)
    library = InstrumentLibrary.load([BUILT_IN, tmp_path])
    assert library.get("tafel-big5", 1).domains[0].name == "Huisvesting"
    assert only_skip(library, "mijn-big5.json") is SkipReason.DUPLICATE
    assert "tafel-big5-v1.json" in library.problems[0]


def test_of_two_user_files_with_one_id_and_version_the_first_stays(tmp_path: Path) -> None:
    first = good_raw()
    first["version"] = 2
    write_file(tmp_path, "a-eerste.json", first)
    second = good_raw()
    second["version"] = 2
    second["title"] = "Een andere tekst"
    write_file(tmp_path, "b-tweede.json", second)
    library = InstrumentLibrary.load([BUILT_IN, tmp_path])
    assert library.newest().title == first["title"]
    assert only_skip(library, "b-tweede.json") is SkipReason.DUPLICATE
    assert "a-eerste.json" in library.problems[0]


def test_a_version_too_large_to_store_is_refused(tmp_path: Path, services: Services) -> None:
    raw = good_raw()
    raw["version"] = 10**30
    write_file(tmp_path, "groot-nummer.json", raw)
    library = InstrumentLibrary.load([BUILT_IN, tmp_path])
    assert only_skip(library, "groot-nummer.json") is SkipReason.WRONG_CONTENT
    services.gesprekken._library = library
    case_id = services.casussen.register(
        NieuweCasus("Huishouden Bakker", "Sanne", "Bakker", None, "Fatima Amrani")).primary_id
    lopend = services.gesprekken.start(case_id, GesprekSoort.KEUKENTAFELGESPREK).lopend
    assert lopend.instrument.label == "tafel-big5 v1"


def test_a_version_written_as_a_fraction_is_a_whole_number(tmp_path: Path) -> None:
    raw = good_raw()
    raw["version"] = 1.0  # the schema's "integer" lets this through
    write_file(tmp_path, "een-punt-nul.json", raw)
    library = InstrumentLibrary.load([BUILT_IN, tmp_path])
    assert only_skip(library, "een-punt-nul.json") is SkipReason.DUPLICATE
    raw["version"] = 2.0
    write_file(tmp_path, "een-punt-nul.json", raw)
    assert InstrumentLibrary.load([BUILT_IN, tmp_path]).newest().label == "tafel-big5 v2"


@pytest.mark.parametrize(("content", "reason", "words"), [
    (b'{"title": "\xff"}', SkipReason.NOT_TEXT, "geen UTF-8-tekst"),
    (b'{"title": ', SkipReason.DAMAGED, "geen geldige JSON"),
    (b'{"format": "tafel-instrument-1"}', SkipReason.WRONG_CONTENT, "klopt niet bij"),
])
def test_each_kind_of_damage_has_its_own_reason(
    tmp_path: Path, content: bytes, reason: SkipReason, words: str
) -> None:
    (tmp_path / "kapot.json").write_bytes(content)
    library = InstrumentLibrary.load([tmp_path])
    assert only_skip(library, "kapot.json") is reason
    assert words in library.problems[0]


def test_only_so_many_files_are_read_from_one_folder(tmp_path: Path) -> None:
    for index in range(MAX_INSTRUMENT_FILES + 3):
        write_file(tmp_path, f"x{index:04}.json", "{}")
    library = InstrumentLibrary.load([tmp_path])
    too_many = [s for s in library.skipped if s.reason is SkipReason.TOO_MANY]
    assert [s.name for s in too_many] == [f"x{i:04}.json" for i in
                                          range(MAX_INSTRUMENT_FILES, MAX_INSTRUMENT_FILES + 3)]
