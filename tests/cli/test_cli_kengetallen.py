"""``tafel kengetallen``: a CSV of figures without names, small cells suppressed.

The privacy test is exhaustive: it reads every text, date and BSN held anywhere in the demo
vault (every column of every table, the JSON inside them, the audit log's names) and
searches the CSV for each one.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from sqlmodel import SQLModel

import tafel.domain.enums as enums_module
import tafel.domain.records as records_module
from tafel.errors import EXIT_OK
from tafel.vault import Vault
from tafel.views.kengetallen import COLUMNS, DREMPEL
from tests.builders import PASSPHRASE
from tests.cli.invoke import tafel


def _export(vault: Path, out: Path) -> list[dict[str, str]]:
    ran = tafel("kengetallen", "--vault", str(vault), "--out", str(out), passphrase=PASSPHRASE)
    assert ran.returncode == EXIT_OK, ran.stderr
    assert "Kengetallen bewaard" in ran.stdout
    with out.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def test_the_demo_gives_a_csv_with_every_small_cell_suppressed(
        demo_path: Path, tmp_path: Path) -> None:
    rows = _export(demo_path, tmp_path / "kengetallen.csv")
    assert {r["tabel"] for r in rows} == {"fase", "verandering", "teruggekomen", "overgang_18"}
    suppressed = [r for r in rows if r["onderdrukt"] == "ja"]
    assert suppressed, "the demo has seven cases: most cells describe fewer than five"
    for row in suppressed:
        assert (row["casussen"], row["waarde"]) == ("", "")
    for row in rows:
        if row["onderdrukt"] == "nee":
            assert int(row["casussen"]) >= DREMPEL, row
    phases = {r["rij"]: r for r in rows if r["tabel"] == "fase"}
    assert phases["totaal"]["waarde"] == "7"
    assert all(phases[p]["onderdrukt"] == "ja" for p in phases if p != "totaal")


def _enum_words() -> set[str]:
    """The values of tafel's own enums: words of the program, not of a case."""
    words: set[str] = set()
    for module in (enums_module, records_module):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, StrEnum):
                words.update(member.value for member in value)
    return words


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():  # the keys are the program's own field names
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _personal_values(vault_path: Path, today: date) -> tuple[set[str], set[str]]:
    """Every text (names, BSNs, references, free text) and every date in the vault."""
    program_words = _enum_words()
    texts: set[str] = set()
    dates: set[str] = set()
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        with vault.transaction() as session:
            for table in SQLModel.metadata.sorted_tables:
                for row in session.execute(table.select()).mappings():
                    for value in row.values():
                        if isinstance(value, datetime):
                            value = value.date()
                        if isinstance(value, date):
                            if value != today:  # the peildatum is in every row, by design
                                dates.update({value.isoformat(), value.strftime("%d-%m-%Y")})
                            continue
                        for text in _strings(value):
                            for piece in (text, *text.split(" -> ")):  # the log's "a -> b"
                                piece = piece.strip()
                                if len(piece) >= 3 and piece not in program_words:
                                    texts.add(piece)
    finally:
        vault.lock()
    return texts, dates


def test_no_name_bsn_date_reference_or_free_text_of_the_vault_is_in_the_csv(
        demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "kengetallen.csv"
    rows = _export(demo_path, out)
    content = out.read_text(encoding="utf-8")
    texts, dates = _personal_values(demo_path, date.fromisoformat(rows[0]["peildatum"]))
    assert len(texts) > 200 and len(dates) > 20  # the search really has the vault's contents
    assert any(len(t) == 9 and t.isdigit() for t in texts)  # BSNs among them
    assert any(t.startswith("T-20") for t in texts)  # and the references
    # Whole words only: "dag" (a plan's unit) is in "verjaardag", and names no one.
    found = sorted(t for t in texts if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", content))
    assert found == [], found
    assert sorted(d for d in dates if d in content) == []
    for row in rows:
        assert row["casussen"] == "" or row["casussen"].isdigit()
        assert row["waarde"] == "" or float(row["waarde"]) == float(row["waarde"])


def test_the_csv_holds_nothing_but_known_words_and_numbers(
        demo_path: Path, tmp_path: Path) -> None:
    """The other way round: every text cell of the CSV comes from the program's own list."""
    from tafel.views.kengetallen import kengetallen

    rows = _export(demo_path, tmp_path / "kengetallen.csv")
    words = {(c.tabel, c.rij, c.omschrijving, c.stem, c.maat)
             for t in kengetallen([], date(2000, 1, 1)).tabellen for c in t.cellen}
    for row in rows:
        assert (row["tabel"], row["rij"], row["omschrijving"], row["stem"], row["maat"]) in words


def test_a_folder_that_does_not_exist_is_one_dutch_sentence(
        demo_path: Path, tmp_path: Path) -> None:
    ran = tafel("kengetallen", "--vault", str(demo_path), "--out",
                str(tmp_path / "nergens" / "k.csv"), passphrase=PASSPHRASE)
    assert ran.returncode != EXIT_OK
    assert ran.stderr.strip().startswith("In de map") and "Traceback" not in ran.stderr
    assert io.StringIO(ran.stderr).read().count("\n") == 1
