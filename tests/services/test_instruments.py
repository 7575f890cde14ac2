"""The instrument is data: validated on load, clear Dutch errors naming the place, versioned."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from tafel.domain.enums import GesprekSoort, Pijler
from tafel.services import Services
from tafel.services.casussen import NieuweCasus
from tafel.services.instruments import InstrumentError, InstrumentLibrary, load_instrument
from tests.builders import GOOD_INSTRUMENT, good_raw, write_file


def test_tafels_own_instrument_loads() -> None:
    instrument = load_instrument(GOOD_INSTRUMENT)
    assert (instrument.id, instrument.version) == ("tafel-big5", 1)
    assert [p.key for p in instrument.pillars] == list(Pijler)
    assert len(instrument.domains) == 13
    assert [d.key for d in instrument.pillar(Pijler.WONEN).domains] == [
        "huisvesting", "huiselijke_relaties"]
    assert instrument.scale_label(1) == "Acute problematiek"
    assert instrument.scale_label(5) == "Volledig zelfredzaam"
    for domain in instrument.domains:
        assert [level.level for level in domain.levels] == [1, 2, 3, 4, 5]
        assert all(level.text and level.ik for level in domain.levels)


def _broken(mutate):  # type: ignore[no-untyped-def]
    raw = copy.deepcopy(good_raw())
    mutate(raw)
    return raw


BAD_FILES = {
    "missing field": (_broken(lambda r: r.pop("title")), "het begin van het bestand",
                      "'title' ontbreekt"),
    "unknown field": (_broken(lambda r: r["pillars"][1].update(kleur="rood")), "pillars[1]",
                      "'kleur' is onbekend"),
    "wrong type": (_broken(lambda r: r.update(version="een")), "version", "geheel getal"),
    "four levels": (_broken(lambda r: r["pillars"][2]["domains"][3]["levels"].pop()),
                    "pillars[2].domains[3].levels", "verwacht precies 5"),
    "empty text": (_broken(lambda r: r["pillars"][0]["domains"][0]["levels"][2].update(text="")),
                   "pillars[0].domains[0].levels[2].text", "tekens lang"),
    "unknown pillar": (_broken(lambda r: r["pillars"][4].update(key="vrije_tijd")),
                       "pillars[4].key", "niet toegestaan"),
    "levels out of order": (
        _broken(lambda r: r["pillars"][0]["domains"][1]["levels"].reverse()),
        "pillars[0].domains[1]", "volgorde"),
    "duplicate domain": (
        _broken(lambda r: r["pillars"][1]["domains"][0].update(key="huisvesting")),
        "pillars[1].domains[0]", "twee keer"),
    "pillars out of order": (
        _broken(lambda r: r["pillars"].insert(0, r["pillars"].pop(1))), "pillars",
        "in die volgorde"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_a_bad_file_gets_one_dutch_sentence_naming_the_place(tmp_path: Path, kind: str) -> None:
    raw, place, reason = BAD_FILES[kind]
    path = write_file(tmp_path, "kapot.json", raw)
    with pytest.raises(InstrumentError) as caught:
        load_instrument(path)
    message = caught.value.message
    assert message.startswith("Het instrument kapot.json klopt niet bij ")
    assert place in message
    assert reason in message
    assert "\n" not in message


def test_not_json_names_line_and_column(tmp_path: Path) -> None:
    path = write_file(tmp_path, "half.json", '{"format": "tafel-instrument-1",\n  "id": }')
    with pytest.raises(InstrumentError, match=r"geen geldige JSON \(regel 2, kolom 9\)"):
        load_instrument(path)


def test_library_leaves_out_bad_files_and_keeps_the_good(tmp_path: Path) -> None:
    write_file(tmp_path, "goed.json", good_raw())
    write_file(tmp_path, "kapot.json", "niet eens json")
    library = InstrumentLibrary.load([tmp_path])
    assert library.newest().version == 1
    assert len(library.problems) == 1
    assert "kapot.json" in library.problems[0]


def test_newer_version_is_used_for_new_conversations_but_never_changes_old_ones(
    tmp_path: Path, services: Services
) -> None:
    write_file(tmp_path, "v1.json", good_raw())
    services.gesprekken._library = InstrumentLibrary.load([tmp_path])
    case_id = services.casussen.register(
        NieuweCasus("Huishouden Bakker", "Sanne", "Bakker", None, "Fatima Amrani")).primary_id
    lopend = services.gesprekken.start(case_id, GesprekSoort.KEUKENTAFELGESPREK).lopend
    content = lopend.content
    for entry in content["scores"].values():
        entry["professional"] = 3
    services.gesprekken.save(lopend.id, content, 6)
    services.gesprekken.finish(lopend.id)

    v2 = good_raw()
    v2["version"] = 2
    v2["pillars"][0]["domains"][0]["name"] = "Woonruimte"
    write_file(tmp_path, "v2.json", v2)
    services.gesprekken._library = InstrumentLibrary.load([tmp_path])

    old = services.gesprekken.history(case_id)[0]
    assert (old.instrument_id, old.instrument_versie) == ("tafel-big5", 1)
    assert old.scores[0].name == "Huisvesting"
    new_lopend = services.gesprekken.start(case_id, GesprekSoort.KEUKENTAFELGESPREK).lopend
    assert new_lopend.instrument.version == 2
    assert new_lopend.instrument.domains[0].name == "Woonruimte"
