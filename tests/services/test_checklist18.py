"""The 18-/18+ checklist: a municipality's file, checked on load, and each case's answers."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from sqlmodel import select

from tafel.domain.checklist18 import ChecklistPunt, PuntStaat
from tafel.errors import ValidationError
from tafel.paths import resource_path
from tafel.services import Services
from tafel.services.checklist18 import Checklist18Service, load_checklist
from tests.builders import new_case, write_file


def default_raw() -> dict:
    return json.loads(resource_path("checklists", "checklist-18.json").read_text("utf-8"))


def _case(services: Services) -> uuid.UUID:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    return case_id


def test_without_a_municipality_file_tafels_own_list_is_used(tmp_path: Path) -> None:
    loaded = load_checklist(tmp_path / "checklist-18.json")
    assert loaded.problem is None and len(loaded.checklist.items) == 5


def test_a_municipality_file_that_fits_replaces_the_default(tmp_path: Path) -> None:
    raw = default_raw()
    raw["title"] = "Checklist Weidestad"
    raw["items"].append({"key": "digid", "title": "DigiD aangevraagd"})
    loaded = load_checklist(write_file(tmp_path, "checklist-18.json", raw))
    assert loaded.problem is None
    assert loaded.checklist.titel == "Checklist Weidestad"
    assert loaded.checklist.items[-1].sleutel == "digid"


@pytest.mark.parametrize(("content", "words"), [
    ('{"format": "tafel-checklist-18", ', "geen geldige JSON (regel 1"),
    (b"\xff\xfe", "geen UTF-8"),
    ("[" * 50 + "]" * 50, "te diep"),
    ({**default_raw(), "items": [{"key": "wonen"}]}, "klopt niet bij items[0].title"),
    ({**default_raw(), "version": "een"}, "klopt niet bij version"),
])
def test_a_bad_file_gets_one_dutch_sentence_and_the_default(
    tmp_path: Path, content: object, words: str,
) -> None:
    path = tmp_path / "checklist-18.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        write_file(tmp_path, "checklist-18.json", content)
    loaded = load_checklist(path)
    assert loaded.checklist.items[0].sleutel == "wonen"  # tafel's own list
    assert loaded.problem is not None and words in loaded.problem
    assert "checklist-18.json" in loaded.problem and "eigen checklist" in loaded.problem
    assert "\n" not in loaded.problem and loaded.problem.count(". ") <= 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_not_waited_for(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "checklist-18.json")
    loaded = load_checklist(tmp_path / "checklist-18.json")
    assert loaded.problem is not None and "geen gewoon bestand" in loaded.problem


def test_each_item_is_open_until_someone_sets_it(services: Services) -> None:
    case_id = _case(services)
    assert services.checklist18.for_case(case_id).open_count == 5
    services.checklist18.set_punt(case_id, "wonen", PuntStaat.GEREGELD,
                                  "Kamer bij oma Ruth", "Sander Lindeboom")
    services.checklist18.set_punt(case_id, "financien", PuntStaat.NIET_NODIG)
    services.checklist18.set_punt(case_id, "wonen", PuntStaat.GEREGELD, "Kamer bij oma",
                                  "Sander Lindeboom")
    view = services.checklist18.for_case(case_id)
    assert view.open_count == 3
    wonen = view.punten[0]
    assert (wonen.staat, wonen.notitie, wonen.wie) == (
        PuntStaat.GEREGELD, "Kamer bij oma", "Sander Lindeboom")
    with services.context.vault.transaction() as session:
        assert len(session.exec(select(ChecklistPunt)).all()) == 2  # one row per item


def test_an_unknown_item_changes_nothing(services: Services) -> None:
    case_id = _case(services)
    with pytest.raises(ValidationError, match="staat niet op de checklist"):
        services.checklist18.set_punt(case_id, "paspoort", PuntStaat.GEREGELD)
    with services.context.vault.transaction() as session:
        assert session.exec(select(ChecklistPunt)).all() == []


def test_the_service_reads_the_municipality_file_it_is_given(
    services: Services, tmp_path: Path,
) -> None:
    raw = default_raw()
    raw["items"] = [{"key": "digid", "title": "DigiD aangevraagd"}]
    path = write_file(tmp_path, "checklist-18.json", raw)
    own = Checklist18Service(services.context, path)
    case_id = _case(services)
    own.set_punt(case_id, "digid", PuntStaat.GEREGELD)
    assert [p.item.sleutel for p in own.for_case(case_id).punten] == ["digid"]
    assert own.for_case(case_id).open_count == 0
