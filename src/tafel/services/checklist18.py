"""The 18-/18+ checklist: its items from a file the municipality can change, its state per case.

tafel's own list is ``resources/checklists/checklist-18.json``. A municipality puts its own as
``checklist-18.json`` in the user's data folder. That file is read like the instrument files
(:mod:`tafel.services.instruments`): only an ordinary file, bounded in size and nesting, then
checked field by field. A file that does not fit never stops the app: tafel keeps to its own
list and :attr:`LoadedChecklist.problem` says in one Dutch sentence which place is wrong.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from tafel.domain.checklist18 import (
    Checklist18,
    ChecklistProblem,
    ChecklistPunt,
    PuntStaat,
    checklist_from_json,
)
from tafel.domain.models import Casus, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, TafelError, ValidationError
from tafel.local_files import (
    FileTooLargeError,
    NotARegularFileError,
    TooDeeplyNestedError,
    loads_bounded,
    read_regular_file,
)
from tafel.paths import data_dir, resource_path
from tafel.services import validation
from tafel.services.base import Service, ServiceContext, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.views.checklist18 import ChecklistView, checklist_view

FILE_NAME = "checklist-18.json"
MAX_CHECKLIST_BYTES = 256 * 1024  # tafel's own is under 2 KB
MAX_CHECKLIST_DEPTH = 4  # an object, its item list, an item


class ChecklistError(TafelError):
    """A checklist file that cannot be used; the message names the file and the place."""


@dataclass(frozen=True)
class LoadedChecklist:
    """The checklist in use, where it came from, and why a municipality's file was not used."""

    checklist: Checklist18
    source: str  # the file name in use
    problem: str | None = None  # one Dutch sentence, or None


def default_file() -> Path:
    """tafel's own checklist."""
    return resource_path("checklists", FILE_NAME)


def municipality_file() -> Path:
    """Where a municipality puts its own checklist."""
    return data_dir() / FILE_NAME


def load_checklist(path: Path | None = None) -> LoadedChecklist:
    """The municipality's checklist at ``path`` when it fits, else tafel's own with a sentence.

    No file there is no problem: tafel's own list is the default.
    """
    path = path if path is not None else municipality_file()
    default = read_checklist(default_file())
    try:
        if not path.exists() and not path.is_symlink():
            return LoadedChecklist(default, default_file().name)
    except OSError:
        pass
    try:
        return LoadedChecklist(read_checklist(path), path.name)
    except ChecklistError as error:
        return LoadedChecklist(default, default_file().name,
                               f"{error.message} tafel gebruikt daarom de eigen checklist.")


def read_checklist(path: Path) -> Checklist18:
    """Read and check one checklist file; ChecklistError names the file and the place."""
    name = f"De checklist {path.name} in {path.parent}"
    try:
        data = read_regular_file(path, MAX_CHECKLIST_BYTES)
    except NotARegularFileError:
        raise ChecklistError(f"{name} is geen gewoon bestand.") from None
    except FileTooLargeError:
        raise ChecklistError(f"{name} is groter dan {MAX_CHECKLIST_BYTES // 1024} kB.") \
            from None
    except OSError:
        raise ChecklistError(f"{name} kan niet worden gelezen.") from None
    try:
        raw = loads_bounded(data, MAX_CHECKLIST_DEPTH)
    except UnicodeDecodeError:
        raise ChecklistError(f"{name} is geen UTF-8-tekst.") from None
    except TooDeeplyNestedError:
        raise ChecklistError(f"{name} is te diep genest.") from None
    except json.JSONDecodeError as exc:
        raise ChecklistError(f"{name} is geen geldige JSON (regel {exc.lineno}, kolom "
                             f"{exc.colno}).") from None
    except ValueError:  # for example a number of thousands of digits
        raise ChecklistError(f"{name} is geen geldige JSON.") from None
    try:
        return checklist_from_json(raw)
    except ChecklistProblem as exc:
        raise ChecklistError(f"{name} klopt niet bij {exc.place}: {exc.reason}.") from None


class Checklist18Service(Service):
    """The checklist in use (read once per unlock) and each case's answers on it."""

    def __init__(self, context: ServiceContext, path: Path | None = None) -> None:
        super().__init__(context)
        self._path = path
        self._loaded: LoadedChecklist | None = None

    @reads
    def loaded(self) -> LoadedChecklist:
        """The checklist in use and what was wrong with the municipality's file, if anything."""
        if self._loaded is None:
            self._loaded = load_checklist(self._path)
        return self._loaded

    @reads
    def for_case(self, casus_id: uuid.UUID) -> ChecklistView:
        """The checklist with this case's answers (the case open logs the access)."""
        with self._read() as session:
            rows = session.exec(select(ChecklistPunt)
                                .where(ChecklistPunt.casus_id == casus_id)).all()
            return checklist_view(self.loaded().checklist, rows)

    @writes
    def set_punt(self, casus_id: uuid.UUID, sleutel: str, staat: PuntStaat, notitie: str = "",
                 wie: str = "", *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Where one item stands for the case: open, arranged or not needed, a note, who."""
        if self.loaded().checklist.item(sleutel) is None:
            raise ValidationError(f"Het punt \"{sleutel}\" staat niet op de checklist "
                                  "18-/18+.")
        note = validation.optional_text(notitie, "de notitie", 500)
        who = validation.optional_text(wie, "wie het oppakt", 150)
        state = PuntStaat(staat)
        with self._write(origin) as write:
            session = write.session
            if session.get(Casus, casus_id) is None:
                raise NotFoundError("Deze casus bestaat niet (meer).")
            row = session.exec(select(ChecklistPunt).where(
                ChecklistPunt.casus_id == casus_id, ChecklistPunt.sleutel == sleutel)).first()
            action = AuditAction.GEWIJZIGD
            if row is None:
                row = ChecklistPunt(casus_id=casus_id, sleutel=sleutel)
                action = AuditAction.AANGEMAAKT
            row.staat, row.notitie, row.wie = state, note, who
            row.gewijzigd_op = utc_now()
            session.add(row)
            write.changed(RecordKind.CHECKLISTPUNT, row.id, casus_id, action,
                          f"{sleutel}: {state.value}")
            return write.result(primary_id=row.id)
