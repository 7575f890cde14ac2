"""Finding, validating and loading instrument files.

Instruments live in ``resources/instruments`` (tafel's own) and in the user's data folder
(``instrumenten/``, for example an organisation's licensed ZRM texts). Each file is checked
against ``instrument.schema.json`` on load. A malformed file never stops the app: it is left
out, and :attr:`InstrumentLibrary.skipped` says which file, why in a few plain words (for
the screen), and in one Dutch sentence which place is wrong (for whoever fixes the file).

Anyone can drop a file in the user's folder, so reading is bounded: only ordinary files (a
named pipe, socket, device or folder is never opened in a way that waits), at most
:data:`MAX_INSTRUMENT_BYTES` each and :data:`MAX_INSTRUMENT_FILES` per folder, nesting and
list lengths checked before the parser and the schema see them. tafel's own folder is read
first, and the first file with an id and version wins: a copy never silently replaces
tafel's own instrument.
"""

from __future__ import annotations

import enum
import json
from collections import deque
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any

from tafel.domain.instrument import Instrument, InstrumentProblem, instrument_from_json
from tafel.errors import TafelError
from tafel.local_files import (
    FileTooLargeError,
    NotARegularFileError,
    TooDeeplyNestedError,
    loads_bounded,
    read_regular_file,
)
from tafel.paths import data_dir, resource_path

DEFAULT_INSTRUMENT = "tafel-big5"
SCHEMA_FILE = "instrument.schema.json"

MAX_INSTRUMENT_BYTES = 1024 * 1024  # tafel's own is under 30 KB
MAX_INSTRUMENT_FILES = 100  # per folder; more is no organisation's set of instruments
MAX_INSTRUMENT_DEPTH = 16  # the schema nests 7 deep (instrument, pillars, ..., a level)
MAX_CONTAINER_SIZE = 64  # no list or object in the schema holds more than 9 entries
MAX_SCHEMA_ERRORS = 100  # enough to find the first place; never a walk over every entry


class SkipReason(enum.Enum):
    """Why a file was left out, in categories the screen can say in plain words."""

    NOT_A_FILE = "not_a_file"  # a folder, a named pipe, a device
    TOO_LARGE = "too_large"
    UNREADABLE = "unreadable"  # no permission, a disk error
    NOT_TEXT = "not_text"  # not UTF-8
    DAMAGED = "damaged"  # not JSON, or nested too deeply
    WRONG_CONTENT = "wrong_content"  # JSON, but not a valid instrument
    DUPLICATE = "duplicate"  # an instrument with this id and version is already loaded
    TOO_MANY = "too_many"  # past the number of files read from one folder


@dataclass(frozen=True)
class SkippedFile:
    """One instrument file that was left out."""

    name: str  # the file name, without its folder
    reason: SkipReason
    message: str  # one Dutch sentence, with the place in the file where that helps


class InstrumentError(TafelError):
    """An instrument file that cannot be used, or an instrument that is not there."""

    def __init__(self, message: str | None = None,
                 reason: SkipReason = SkipReason.WRONG_CONTENT) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass
class InstrumentLibrary:
    """Every usable instrument, by id and version, plus what was wrong with the rest."""

    instruments: dict[tuple[str, int], Instrument] = field(default_factory=dict)
    skipped: list[SkippedFile] = field(default_factory=list)
    sources: dict[tuple[str, int], str] = field(default_factory=dict)  # key -> file name

    @property
    def problems(self) -> list[str]:
        """One Dutch sentence per file left out."""
        return [skip.message for skip in self.skipped]

    @classmethod
    def load(cls, folders: list[Path] | None = None) -> InstrumentLibrary:
        """Load every ``*.json`` instrument in ``folders`` (default: tafel's and the user's).

        Earlier folders win: a file whose id and version are already loaded is left out.
        """
        library = cls()
        for folder in folders if folders is not None else default_folders():
            for index, path in enumerate(_instrument_paths(folder)):
                if index >= MAX_INSTRUMENT_FILES:
                    library._skip(path.name, SkipReason.TOO_MANY, (
                        f"In de map {folder.name} staan meer dan {MAX_INSTRUMENT_FILES} "
                        f"instrumenten; {path.name} is daarom niet gelezen."))
                    continue
                try:
                    instrument = load_instrument(path)
                except InstrumentError as exc:
                    library._skip(path.name, exc.reason, exc.message)
                    continue
                library._add(path.name, instrument)
        return library

    def _add(self, name: str, instrument: Instrument) -> None:
        key = (instrument.id, instrument.version)
        first = self.sources.get(key)
        if first is not None:
            self._skip(name, SkipReason.DUPLICATE, (
                f"Het instrument {name} heeft dezelfde id en versie ({instrument.label}) als "
                f"{first}; tafel gebruikt {first} en laat {name} weg."))
            return
        self.instruments[key] = instrument
        self.sources[key] = name

    def _skip(self, name: str, reason: SkipReason, message: str) -> None:
        self.skipped.append(SkippedFile(name, reason, message))

    def get(self, instrument_id: str, version: int) -> Instrument:
        """One exact version; old gesprekken ask for the version they used."""
        try:
            return self.instruments[(instrument_id, version)]
        except KeyError:
            raise InstrumentError(
                f"Het instrument {instrument_id} versie {version} is niet op deze computer."
            ) from None

    def newest(self, instrument_id: str = DEFAULT_INSTRUMENT) -> Instrument:
        """The newest version of ``instrument_id``, used for new gesprekken."""
        versions = [v for (i, v) in self.instruments if i == instrument_id]
        if not versions:
            raise InstrumentError(
                f"Het instrument {instrument_id} ontbreekt of is beschadigd; "
                "een nieuw gesprek kan daarom nu niet beginnen."
            )
        return self.instruments[(instrument_id, max(versions))]


def default_folders() -> list[Path]:
    """tafel's own instruments, then the user's."""
    return [resource_path("instruments"), data_dir() / "instrumenten"]


def _instrument_paths(folder: Path) -> list[Path]:
    """The folder's ``*.json`` files by name (only listed here, not opened); [] if none."""
    try:
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.glob("*.json") if p.name != SCHEMA_FILE)
    except OSError:
        return []


def load_instrument(path: Path) -> Instrument:
    """Read, validate and build one instrument file; InstrumentError names the place."""
    name = path.name
    try:
        data = read_regular_file(path, MAX_INSTRUMENT_BYTES)
    except NotARegularFileError:
        raise InstrumentError(
            f"{name} in de map met instrumenten is geen gewoon bestand (maar bijvoorbeeld een "
            "map of een pijp) en is daarom niet gelezen.", SkipReason.NOT_A_FILE) from None
    except FileTooLargeError:
        raise InstrumentError(
            f"Het instrument {name} is groter dan {MAX_INSTRUMENT_BYTES // (1024 * 1024)} MB "
            "en is daarom niet gelezen.", SkipReason.TOO_LARGE) from None
    except OSError:
        raise InstrumentError(f"Het instrument {name} kan niet worden gelezen.",
                              SkipReason.UNREADABLE) from None
    try:
        raw = loads_bounded(data, MAX_INSTRUMENT_DEPTH)
    except UnicodeDecodeError:
        raise InstrumentError(f"Het instrument {name} is geen UTF-8-tekst.",
                              SkipReason.NOT_TEXT) from None
    except TooDeeplyNestedError:
        raise InstrumentError(
            f"Het instrument {name} is te diep genest (meer dan {MAX_INSTRUMENT_DEPTH} "
            "niveaus) en is daarom niet gelezen.", SkipReason.DAMAGED) from None
    except json.JSONDecodeError as exc:
        raise InstrumentError(
            f"Het instrument {name} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).",
            SkipReason.DAMAGED,
        ) from None
    except ValueError:  # for example a number of thousands of digits
        raise InstrumentError(f"Het instrument {name} is geen geldige JSON.",
                              SkipReason.DAMAGED) from None
    error = _oversized(raw) or first_schema_error(raw)
    if error is not None:
        place, reason = error
        raise InstrumentError(f"Het instrument {name} klopt niet bij {place}: {reason}.")
    try:
        return instrument_from_json(raw)
    except InstrumentProblem as exc:
        raise InstrumentError(
            f"Het instrument {name} klopt niet bij {exc.place}: {exc.reason}."
        ) from None


def _oversized(raw: Any) -> tuple[str, str] | None:
    """The first list or object (breadth first) far larger than any the schema allows.

    Checked before the schema, which would validate every entry of a list of a hundred
    thousand before saying it is too long.
    """
    queue: deque[tuple[Any, tuple[str | int, ...]]] = deque([(raw, ())])
    while queue:
        value, path = queue.popleft()
        if isinstance(value, list):
            if len(value) > MAX_CONTAINER_SIZE:
                return _place(path), (f"deze lijst heeft {len(value)} onderdelen; "
                                      f"hoogstens {MAX_CONTAINER_SIZE} kan")
            queue.extend((item, (*path, index)) for index, item in enumerate(value))
        elif isinstance(value, dict):
            if len(value) > MAX_CONTAINER_SIZE:
                return _place(path), (f"dit object heeft {len(value)} velden; "
                                      f"hoogstens {MAX_CONTAINER_SIZE} kan")
            queue.extend((item, (*path, key)) for key, item in value.items())
    return None


def first_schema_error(raw: Any) -> tuple[str, str] | None:
    """The first place where ``raw`` breaks the schema, with a Dutch reason; None if valid."""
    errors = sorted(islice(_validator().iter_errors(raw), MAX_SCHEMA_ERRORS),
                    key=lambda e: (len(e.absolute_path), e.path))
    if not errors:
        return None
    error = errors[0]
    return _place(error.absolute_path), _reason(error)


@cache
def _validator() -> Any:
    """The schema's validator, built once (tafel's own file, so read without bounds)."""
    from jsonschema import Draft202012Validator  # loaded only when instruments are read

    schema = json.loads(resource_path("instruments", SCHEMA_FILE).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _place(path: Any) -> str:
    parts = ""
    for part in path:
        parts += f"[{part}]" if isinstance(part, int) else (f".{part}" if parts else str(part))
    return parts or "het begin van het bestand"


def _reason(error: Any) -> str:
    """The validator's complaint in plain Dutch."""
    kind, value = error.validator, error.validator_value
    instance = error.instance
    if kind == "required":
        missing = [name for name in value if isinstance(instance, dict) and name not in instance]
        return f"het veld '{missing[0] if missing else value[0]}' ontbreekt"
    if kind == "additionalProperties":
        extra = sorted(set(instance) - set(error.schema.get("properties", {})))
        return f"het veld '{extra[0] if extra else '?'}' is onbekend"
    if kind == "type":
        names = {"string": "tekst", "integer": "geheel getal", "array": "lijst",
                 "object": "object", "number": "getal", "boolean": "ja/nee"}
        return f"dit moet {names.get(str(value), str(value))} zijn"
    if kind in ("minItems", "maxItems"):
        return f"deze lijst heeft {len(instance)} onderdelen; verwacht {_bounds(error)}"
    if kind in ("minLength", "maxLength"):
        return f"deze tekst is {len(instance)} tekens lang; toegestaan {_bounds(error)}"
    if kind in ("minimum", "maximum"):
        return f"de waarde {instance} valt buiten {_bounds(error)}"
    if kind in ("enum", "const"):
        return f"de waarde {json.dumps(instance, ensure_ascii=False)} is hier niet toegestaan"
    if kind == "pattern":
        return f"de waarde {json.dumps(instance, ensure_ascii=False)} heeft niet de goede vorm"
    return "de inhoud past niet bij het schema"


def _bounds(error: Any) -> str:
    schema = error.schema
    low = schema.get("minItems", schema.get("minLength", schema.get("minimum")))
    high = schema.get("maxItems", schema.get("maxLength", schema.get("maximum")))
    if low is not None and high is not None:
        return f"{low} tot en met {high}" if low != high else f"precies {low}"
    return f"ten minste {low}" if low is not None else f"hoogstens {high}"
