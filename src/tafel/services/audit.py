"""The append-only, hash-chained audit log.

Each entry's hash covers its content and the previous entry's hash; the vault keeps the newest
hash in ``vaultmeta``. Editing an entry, removing one (even the last) or inserting one outside
tafel shows up in :func:`verify_chain`. The log holds ids and actions, never case content.

The chain alone cannot see a log that was cut short or rebuilt by someone holding the
passphrase (they can set the head back too), so every commit that appended entries also
moves an anchor outside the vault (:mod:`tafel.services.audit_anchor`), and every printed
plan carries the head (:func:`log_position`).

Entries are numbered 1, 2, 3... without gaps: tafel never deletes one, so an entry's
``volgnummer`` is also its position in the log.

Since migration 0018 an entry also holds what NEN 7513 and the BIO (8.15.01) ask beyond
who/what/when: the user's organisation and role, the responsible user on whose behalf they
acted, the werkplek (a random id of this computer, :mod:`tafel.services.werkplek`), the
result, the origin and the basis (consent ids or a legal basis). The hash of such an entry
covers them too; an entry written before 0018 has an empty ``resultaat`` and keeps the hash
form it was written with, so an old chain still checks out after the migration. Blanking
the new fields of a new entry does not turn it into an old one: the old form gives another
hash.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from tafel.domain.models import AuditEvent, VaultMeta, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.services import audit_anchor

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
SHORT_HEAD = 16  # hex characters of the head shown on paper and in sentences

# How the vault was reached (the details of an unlock or lock entry).
VIA_APP = "app"
VIA_OPDRACHT = "opdracht"

# The result of what was tried (BIO 8.15.01).
GELUKT = "gelukt"
GEWEIGERD = "geweigerd"

# The basis of an access or a share, when it is not a list of toestemmingen.
WETTELIJKE_TAAK = "wettelijke taak"  # the consulent's own work on a case (Jeugdwet, Wmo, ...)
EIGEN_DOSSIER = "eigen dossier"  # the household sees or gets its own data
TOESTEMMING = "toestemming"  # ``toestemming <id>, <id>``: the consents that covered it


def toestemming_basis(ids: Iterable[object]) -> str:
    """The basis for a share covered by these toestemmingen (``eigen dossier`` when none)."""
    found = sorted({str(i) for i in ids})
    return f"{TOESTEMMING} {', '.join(found)}" if found else EIGEN_DOSSIER


def toestemming_ids(basis: str) -> list[str]:
    """The toestemming ids in a basis written by :func:`toestemming_basis` (else none)."""
    if not basis.startswith(TOESTEMMING + " "):
        return []
    return [part.strip() for part in basis[len(TOESTEMMING) + 1:].split(",") if part.strip()]


@dataclass(frozen=True)
class Omstandigheden:
    """The NEN 7513 facts of an entry beyond who, what and when (all without case text)."""

    organisatie: str = ""
    rol: str = ""
    namens: str = ""  # the responsible user; empty: the one who acted
    werkplek: str = ""
    herkomst: str = ""  # a screen's name or "opdracht" (from the change set's Origin)
    grondslag: str = ""
    resultaat: str = GELUKT


def event_hash(event: AuditEvent) -> str:
    """SHA-256 over the entry's content and the previous hash, in a fixed canonical form.

    An entry from before migration 0018 (``resultaat`` empty) keeps its old form.
    """
    fields: list[str] = [
        event.tijdstip.isoformat(timespec="microseconds"),
        event.wie,
        event.actie,
        event.soort,
        event.record_id,
        event.casus_id,
        event.details,
        event.vorige_hash,
    ]
    if event.resultaat:
        fields += ["nen7513", event.organisatie, event.rol, event.namens, event.werkplek,
                   event.resultaat, event.herkomst, event.grondslag]
    payload = json.dumps(
        fields,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _head(session: Session) -> VaultMeta:
    head = session.get(VaultMeta, HEAD_KEY)
    if head is None:
        head = VaultMeta(sleutel=HEAD_KEY, waarde=GENESIS)
    return head


def record(
    session: Session,
    wie: str,
    actie: AuditAction,
    soort: RecordKind,
    record_id: uuid.UUID | None = None,
    casus_id: uuid.UUID | None = None,
    details: str = "",
    omstandigheden: Omstandigheden | None = None,
) -> AuditEvent:
    """Append one entry inside the caller's transaction (two small reads, one insert).

    Services do not call this directly: a change is recorded on the write
    (:class:`tafel.services.changes.Write`), which calls this. When the transaction commits,
    the anchor outside the vault moves to this entry.
    """
    head = _head(session)
    extra = omstandigheden or Omstandigheden()
    event = AuditEvent(
        tijdstip=utc_now(),
        wie=wie,
        actie=str(actie),
        soort=str(soort),
        record_id=str(record_id or ""),
        casus_id=str(casus_id or ""),
        details=details,
        vorige_hash=head.waarde,
        hash="",
        organisatie=extra.organisatie,
        rol=extra.rol,
        namens=extra.namens or wie,
        werkplek=extra.werkplek,
        resultaat=extra.resultaat or GELUKT,
        herkomst=extra.herkomst,
        grondslag=extra.grondslag,
    )
    event.hash = event_hash(event)
    head.waarde = event.hash
    session.add(event)
    session.add(head)
    audit_anchor.watch(session, event)
    return event


@dataclass(frozen=True)
class LogPosition:
    """How far the log is: its number of entries and the newest entry's hash."""

    entries: int
    head: str

    @property
    def line(self) -> str:
        """The short form printed on paper: ``Logboek: 1234 regels, kop 3fa2c1d4e5f60718…``."""
        return f"Logboek: {self.entries} regels, kop {self.head[:SHORT_HEAD]}…"


def log_position(session: Session) -> LogPosition:
    """The newest entry's position and hash (one indexed read, no walk over the chain)."""
    newest = session.exec(
        select(AuditEvent.volgnummer, AuditEvent.hash)
        .order_by(AuditEvent.volgnummer.desc())  # type: ignore[union-attr]
        .limit(1)
    ).first()
    if newest is None:
        return LogPosition(0, GENESIS)
    return LogPosition(int(newest[0] or 0), newest[1])


@dataclass(frozen=True)
class ChainCheck:
    """The outcome of checking the chain: ``first_bad`` is the first entry that does not fit."""

    entries: int
    first_bad: int | None
    head_matches: bool

    @property
    def intact(self) -> bool:
        """True when nothing was changed, inserted or removed."""
        return self.first_bad is None and self.head_matches


def verify_chain(session: Session) -> ChainCheck:
    """Walk the whole log and check every link and the stored head."""
    previous = GENESIS
    count = 0
    first_bad = None
    for event in session.exec(select(AuditEvent).order_by(col(AuditEvent.volgnummer))):
        count += 1
        if first_bad is None and (
            event.vorige_hash != previous or event_hash(event) != event.hash
        ):
            first_bad = event.volgnummer
        previous = event.hash
    return ChainCheck(count, first_bad, _head(session).waarde == previous)


def events_for_case(session: Session, casus_id: uuid.UUID) -> list[AuditEvent]:
    """The log entries about one case, newest first (for inzage and the case's history)."""
    query = (
        select(AuditEvent)
        .where(AuditEvent.casus_id == str(casus_id))
        .order_by(AuditEvent.volgnummer.desc())  # type: ignore[union-attr]
    )
    return list(session.exec(query))
