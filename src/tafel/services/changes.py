"""What a write changed and where it came from, so every open screen can refresh what it shows.

A write is a :class:`Write`: recording a change on it also appends the audit event, so a
change can never go unlogged and a log entry never lacks its change note. Its result is a
:class:`ChangeSet` with the write's :class:`Origin`, so a screen refreshes only what changed
and can skip the changes it made itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from sqlmodel import Session

from tafel.domain.models import VaultMeta
from tafel.domain.records import AuditAction, RecordKind
from tafel.services import audit
from tafel.views.medewerker import ORGANISATIE_KEY, ROL_KEY


class OriginKind(StrEnum):
    """Where a change came from."""

    SCREEN = "scherm"  # a screen of this app (``Origin.token`` says which one)
    COMMAND = "opdracht"  # the command line
    DEMO = "demo"  # filling the demo vault
    BUNDLE = "bundel"  # an imported bundle (later)
    UNKNOWN = "onbekend"


@dataclass(frozen=True)
class Origin:
    """Who asked for a write: a kind, and for a screen a token that names that screen."""

    kind: OriginKind = OriginKind.UNKNOWN
    token: str = ""

    @classmethod
    def screen(cls, name: str) -> Origin:
        """A screen's own origin: a new token per screen object, so it can skip its echoes."""
        return cls(OriginKind.SCREEN, f"{name}:{uuid.uuid4().hex[:12]}")

    @property
    def herkomst(self) -> str:
        """For the audit log (BIO: the origin): ``scherm toekomstplan``, ``opdracht``."""
        name = self.token.rsplit(":", 1)[0] if self.token else ""
        return f"{self.kind.value} {name}".strip()


UNKNOWN = Origin()
COMMAND = Origin(OriginKind.COMMAND)
DEMO = Origin(OriginKind.DEMO)


@dataclass(frozen=True)
class ChangeSet:
    """The kinds and ids a write changed; ``primary_id`` is the record it was about."""

    kinds: frozenset[RecordKind] = field(default_factory=frozenset)
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    casus_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    primary_id: uuid.UUID | None = None
    origin: Origin = UNKNOWN

    def touches(self, kind: RecordKind | str) -> bool:
        """Whether records of ``kind`` (for example ``RecordKind.CASUS``) changed."""
        return kind in self.kinds

    def came_from(self, origin: Origin) -> bool:
        """Whether ``origin`` made this change (a screen skips its own echo)."""
        return self.origin == origin and origin.kind is not OriginKind.UNKNOWN

    @property
    def is_empty(self) -> bool:
        """Whether nothing changed (an edit that changed nothing writes nothing)."""
        return not self.ids


class Write:
    """One write transaction: its session, and the changes it records (each one audited).

    Each entry also gets the NEN 7513 facts: the medewerker's organisation and role as the
    vault holds them now, on whose behalf (``namens``, the same person unless given), the
    werkplek, the origin, the result, and the basis: a case's entry defaults to the
    consulent's ``wettelijke taak``; a share or a print names its toestemmingen or
    ``eigen dossier`` (``grondslag=``).
    """

    def __init__(self, session: Session, actor: str, origin: Origin, *, werkplek: str = "",
                 namens: str = "") -> None:
        self.session = session
        self.actor = actor
        self.origin = origin
        self.werkplek = werkplek
        self.namens = namens
        self._kinds: set[RecordKind] = set()
        self._ids: set[uuid.UUID] = set()
        self._casus_ids: set[uuid.UUID] = set()

    def changed(self, kind: RecordKind, record_id: uuid.UUID, casus_id: uuid.UUID | None,
                action: AuditAction, details: str = "", *, grondslag: str | None = None) -> None:
        """Note that ``record_id`` changed, and append the audit event that says how."""
        self._record(kind, action, record_id, casus_id, details, grondslag, audit.GELUKT)
        self._kinds.add(kind)
        self._ids.add(record_id)
        if casus_id is not None:
            self._casus_ids.add(casus_id)

    def logged(self, kind: RecordKind, action: AuditAction, record_id: uuid.UUID | None = None,
               casus_id: uuid.UUID | None = None, details: str = "", *,
               grondslag: str | None = None, resultaat: str = audit.GELUKT) -> None:
        """An audit event that changes no record (an access, an unlock, a lock)."""
        self._record(kind, action, record_id, casus_id, details, grondslag, resultaat)

    def _record(self, kind: RecordKind, action: AuditAction, record_id: uuid.UUID | None,
                casus_id: uuid.UUID | None, details: str, grondslag: str | None,
                resultaat: str) -> None:
        if grondslag is None:
            grondslag = audit.WETTELIJKE_TAAK if casus_id is not None else ""
        organisatie = self.session.get(VaultMeta, ORGANISATIE_KEY)
        rol = self.session.get(VaultMeta, ROL_KEY)
        audit.record(self.session, self.actor, action, kind, record_id, casus_id, details,
                     audit.Omstandigheden(
                         organisatie=organisatie.waarde if organisatie else "",
                         rol=rol.waarde if rol else "", namens=self.namens,
                         werkplek=self.werkplek, herkomst=self.origin.herkomst,
                         grondslag=grondslag, resultaat=resultaat))

    def result(self, primary_id: uuid.UUID | None = None) -> ChangeSet:
        """The finished change set."""
        return ChangeSet(frozenset(self._kinds), frozenset(self._ids),
                         frozenset(self._casus_ids), primary_id, self.origin)
