"""Finding, validating and loading instrument files.

Instruments live in ``resources/instruments`` (tafel's own) and in the user's data folder
(``instrumenten/``, for example an organisation's licensed ZRM texts). Each file is checked
against ``instrument.schema.json`` on load. A malformed file never stops the app: it is left
out, and :attr:`InstrumentLibrary.problems` says in one Dutch sentence which file and which
place is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tafel.domain.instrument import Instrument, InstrumentProblem, instrument_from_json
from tafel.errors import TafelError
from tafel.paths import data_dir, resource_path

DEFAULT_INSTRUMENT = "tafel-big5"
SCHEMA_FILE = "instrument.schema.json"


class InstrumentError(TafelError):
    """An instrument file that cannot be used, or an instrument that is not there."""


@dataclass
class InstrumentLibrary:
    """Every usable instrument, by id and version, plus what was wrong with the rest."""

    instruments: dict[tuple[str, int], Instrument] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, folders: list[Path] | None = None) -> InstrumentLibrary:
        """Load every ``*.json`` instrument in ``folders`` (default: tafel's and the user's)."""
        library = cls()
        for folder in folders if folders is not None else default_folders():
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.json")):
                if path.name == SCHEMA_FILE:
                    continue
                try:
                    instrument = load_instrument(path)
                except InstrumentError as exc:
                    library.problems.append(exc.message)
                    continue
                library.instruments[(instrument.id, instrument.version)] = instrument
        return library

    def get(self, instrument_id: str, version: int) -> Instrument:
        """One exact version; old assessments ask for the version they used."""
        try:
            return self.instruments[(instrument_id, version)]
        except KeyError:
            raise InstrumentError(
                f"Het instrument {instrument_id} versie {version} is niet op deze computer."
            ) from None

    def newest(self, instrument_id: str = DEFAULT_INSTRUMENT) -> Instrument:
        """The newest version of ``instrument_id``, used for new assessments."""
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


def load_instrument(path: Path) -> Instrument:
    """Read, validate and build one instrument file; InstrumentError names the place."""
    name = path.name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError:
        raise InstrumentError(f"Het instrument {name} kan niet worden gelezen.") from None
    except UnicodeDecodeError:
        raise InstrumentError(f"Het instrument {name} is geen UTF-8-tekst.") from None
    except json.JSONDecodeError as exc:
        raise InstrumentError(
            f"Het instrument {name} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno})."
        ) from None
    error = first_schema_error(raw)
    if error is not None:
        place, reason = error
        raise InstrumentError(f"Het instrument {name} klopt niet bij {place}: {reason}.")
    try:
        return instrument_from_json(raw)
    except InstrumentProblem as exc:
        raise InstrumentError(
            f"Het instrument {name} klopt niet bij {exc.place}: {exc.reason}."
        ) from None


def first_schema_error(raw: Any) -> tuple[str, str] | None:
    """The first place where ``raw`` breaks the schema, with a Dutch reason; None if valid."""
    from jsonschema import Draft202012Validator  # loaded only when instruments are read

    schema = json.loads(resource_path("instruments", SCHEMA_FILE).read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(raw), key=lambda e: (len(e.absolute_path), e.path))
    if not errors:
        return None
    error = errors[0]
    return _place(error.absolute_path), _reason(error)


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
