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
"""

from __future__ import annotations

import hashlib
import json
import uuid
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


def event_hash(event: AuditEvent) -> str:
    """SHA-256 over the entry's content and the previous hash, in a fixed canonical form."""
    payload = json.dumps(
        [
            event.tijdstip.isoformat(timespec="microseconds"),
            event.wie,
            event.actie,
            event.soort,
            event.record_id,
            event.casus_id,
            event.details,
            event.vorige_hash,
        ],
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
) -> AuditEvent:
    """Append one entry inside the caller's transaction (two small reads, one insert).

    Services do not call this directly: a change is recorded on the write
    (:class:`tafel.services.changes.Write`), which calls this. When the transaction commits,
    the anchor outside the vault moves to this entry.
    """
    head = _head(session)
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
