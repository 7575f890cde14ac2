"""The people around a case in and out of bundles: the shadow document against the tables.

The screens edit the tables (Persoon, Huishouden, Betrokkene) as always. Before anything
leaves or arrives, :func:`sync_from_tables` writes every field whose table value differs
from the shadow's current value into the shadow, stamped with this vault and its medewerker.
So an edit made here since the last exchange is a write of its own, and one made elsewhere
at the same time meets it as a conflict instead of overwriting it. After a merge every
field's current value (the latest while in conflict) goes back into the tables, through the
write's session, audited.

Only persoonsgegevens travel this way; whether a bundle may carry them is the caller's
question (the consents). A damaged or hostile update is one Dutch sentence and the caller's
transaction rolls back, so the vault stays exactly as it was.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session, select

from tafel.domain.dossier_doc import DEEL, DossierDoc, parse_field
from tafel.domain.dossier_velden import (
    BESTAAT,
    BETROKKENE,
    BETROKKENE_ONBEKEND,
    FIELDS,
    HUISHOUDEN,
    KINDS,
    PERSOON,
    PERSOON_ONBEKEND,
    PLACEHOLDERS,
)
from tafel.domain.models import Betrokkene, Casus, CasusDocument, Huishouden, Persoon, utc_now
from tafel.domain.plan_doc import new_client_id
from tafel.domain.plan_register import Conflict, Stempel, winner
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services.changes import Write
from tafel.services.dossier_case import FROM_BUNDLE
from tafel.services.dossier_rules import check_row, checked_choice

Row = Huishouden | Persoon | Betrokkene

TABLES: dict[str, type[Row]] = {HUISHOUDEN: Huishouden, PERSOON: Persoon,
                                BETROKKENE: Betrokkene}
KINDS_OF: dict[str, RecordKind] = {HUISHOUDEN: RecordKind.HUISHOUDEN,
                                   PERSOON: RecordKind.PERSOON,
                                   BETROKKENE: RecordKind.BETROKKENE}


@dataclass(frozen=True)
class DossierOutcome:
    """What an imported dossier did, to tell the person plainly.

    ``created`` and ``changed`` count records per kind (``persoon``, ``betrokkene``,
    ``huishouden``); ``conflicts`` are every field of the case still in conflict.
    """

    created: dict[RecordKind, int] = field(default_factory=dict)
    changed: dict[RecordKind, int] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Whether no record was made or changed."""
        return not self.created and not self.changed


# -- the shadow document in the vault -----------------------------------------------------

def _row_of(session: Session, casus_id: uuid.UUID) -> CasusDocument | None:
    return session.exec(select(CasusDocument).where(
        CasusDocument.casus_id == casus_id, CasusDocument.deel == DEEL)).first()


def load_doc(session: Session, casus_id: uuid.UUID, client_id: int) -> DossierDoc:
    """The case's shadow, opened with ``client_id`` (never a stored one)."""
    row = _row_of(session, casus_id)
    try:
        return DossierDoc(bytes(row.document) if row is not None else b"", client_id=client_id)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


def store_doc(session: Session, casus_id: uuid.UUID, doc: DossierDoc) -> bool:
    """Keep the shadow; whether it changed."""
    data = doc.to_bytes()
    row = _row_of(session, casus_id)
    if row is not None and bytes(row.document) == data:
        return False
    if row is None:
        row = CasusDocument(casus_id=casus_id, deel=DEEL, document=data)
    else:
        row.document = data
        row.gewijzigd_op = utc_now()
    session.add(row)
    session.flush()
    return True


def _rows(session: Session, casus: Casus) -> list[tuple[str, Row]]:
    """The case's household, its members and its network, in a fixed order."""
    out: list[tuple[str, Row]] = []
    household = session.get(Huishouden, casus.huishouden_id)
    if household is not None:
        out.append((HUISHOUDEN, household))
    out += [(PERSOON, p) for p in session.exec(
        select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id))]
    out += [(BETROKKENE, b) for b in session.exec(
        select(Betrokkene).where(Betrokkene.casus_id == casus.id))]
    return sorted(out, key=lambda item: (KINDS.index(item[0]), str(item[1].id)))


def _stamp_time(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def sync_from_tables(session: Session, casus: Casus, doc: DossierDoc, *, door: str,
                     partij: str) -> int:
    """Write every table value that differs from the shadow's current value; how many.

    The stamp's time is when the row was last changed (UTC), so the latest of two values
    written apart is the one changed latest, not the one exported latest. A placeholder name
    is never written: it stands for a name this vault was not given.
    """
    written = 0
    for kind, row in _rows(session, casus):
        record_id = str(row.id)
        stempel = Stempel.now(door, partij, _stamp_time(row.gewijzigd_op).astimezone(UTC))
        if not doc.exists(kind, record_id):
            written += doc.write(kind, record_id, BESTAAT, True, stempel)
        for name, veld in FIELDS[kind].items():
            plain = veld.to_plain(getattr(row, name))
            if plain in PLACEHOLDERS:
                continue
            if plain != doc.current(kind, record_id, name):
                written += doc.write(kind, record_id, name, plain, stempel)
    return written


# -- out ----------------------------------------------------------------------------------

def export_dossier(write_or_session: Write | Session, casus_id: uuid.UUID, *,
                   since_state: bytes | None, partij: str, client_id: int,
                   door: str) -> tuple[bytes, bytes]:
    """The shadow's changes since ``since_state`` (all for None), and its new state vector.

    The shadow is first brought up to date from the tables and kept. That is bookkeeping,
    not a change of case data, so it is not audited here (the export itself is).
    """
    session = write_or_session.session if isinstance(write_or_session, Write) \
        else write_or_session
    casus = _case(session, casus_id)
    doc = load_doc(session, casus.id, client_id)
    sync_from_tables(session, casus, doc, door=door, partij=partij)
    store_doc(session, casus.id, doc)
    try:
        update = doc.changes_since(since_state)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    return update, doc.state()


# -- in -----------------------------------------------------------------------------------

def import_dossier(write: Write, casus: Casus, update: bytes, *, partij: str, client_id: int,
                   today: date | None = None, demo_vault: bool = False) -> DossierOutcome:
    """Merge another party's dossier update and write the result into the tables.

    Local edits since the last exchange become writes of their own first, so they meet the
    arriving ones as conflicts. Every value is checked as its column's service would
    (``today`` for a birth date; ``demo_vault`` takes only test BSNs). Anything wrong is one
    Dutch :class:`ValidationError`, and the caller's transaction then leaves the vault as
    it was.
    """
    session = write.session
    doc = load_doc(session, casus.id, client_id)
    sync_from_tables(session, casus, doc, door=write.actor, partij=partij)
    try:
        doc.merge(update)
        doc.check()
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    created: Counter[RecordKind] = Counter()
    changed: Counter[RecordKind] = Counter()
    day = today or date.today()
    for (kind, record_id), fields in sorted(doc.records().items(),
                                            key=lambda item: (KINDS.index(item[0][0]),
                                                              item[0][1])):
        values = {name: winner(v).value for name, v in fields.items() if name != BESTAAT}
        row, made = _row_for(session, casus, kind, uuid.UUID(record_id))
        names = _assign(session, casus, kind, row, values, made, day, demo_vault)
        if made:
            session.add(row)
            session.flush()
            created[KINDS_OF[kind]] += 1
            write.changed(KINDS_OF[kind], row.id, casus.id, AuditAction.AANGEMAAKT, FROM_BUNDLE)
        elif names:
            row.gewijzigd_op = utc_now()
            session.add(row)
            changed[KINDS_OF[kind]] += 1
            write.changed(KINDS_OF[kind], row.id, casus.id, AuditAction.GEWIJZIGD,
                          f"{FROM_BUNDLE}: {', '.join(names)}")
    session.flush()
    store_doc(session, casus.id, doc)
    return DossierOutcome(dict(created), dict(changed), doc.conflicts())


def _row_for(session: Session, casus: Casus, kind: str,
             record_id: uuid.UUID) -> tuple[Row, bool]:
    """The table row a record goes into (made, not yet added, when it is new here)."""
    if kind == HUISHOUDEN:
        household = session.get(Huishouden, record_id)
        if record_id != casus.huishouden_id or household is None:
            raise ValidationError("Deze bundel noemt een ander huishouden dan dat van de casus.")
        return household, False
    if kind == PERSOON:
        person = session.get(Persoon, record_id)
        if person is None:  # its fields follow; a name it lacks stays a placeholder
            return Persoon(id=record_id, huishouden_id=casus.huishouden_id,
                           voornaam=PERSOON_ONBEKEND), True
        if person.huishouden_id != casus.huishouden_id:
            raise ValidationError("Iemand in deze bundel hoort hier bij een ander huishouden.")
        return person, False
    member = session.get(Betrokkene, record_id)
    if member is None:
        return Betrokkene(id=record_id, casus_id=casus.id, naam=BETROKKENE_ONBEKEND), True
    if member.casus_id != casus.id:
        raise ValidationError("Iemand in het netwerk van deze bundel hoort hier bij een andere "
                              "casus.")
    return member, False


def _assign(session: Session, casus: Casus, kind: str, row: Row, plain: dict[str, Any],
            made: bool, today: date, demo_vault: bool) -> list[str]:
    """Write the checked values that differ into ``row``; the names of those fields."""
    try:
        values = {name: FIELDS[kind][name].from_plain(value) for name, value in plain.items()}
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    values = check_row(session, casus, kind, row, values, today=today, demo_vault=demo_vault)
    names = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            names.append(name)
    return [] if made else names


# -- conflicts ----------------------------------------------------------------------------

def dossier_conflicts(session: Session, casus_id: uuid.UUID) -> tuple[Conflict, ...]:
    """Every field of the case's people written apart with different values, for a person.

    Values are as the tables hold them (dates as dates, roles as their enum).
    """
    doc = load_doc(session, casus_id, new_client_id())  # only read: it writes nothing
    out = []
    for conflict in doc.conflicts():
        kind, _id, name = parse_field(conflict.field)
        veld = FIELDS[kind][name]
        typed = []
        for waarde in conflict.values:
            try:
                typed.append(type(waarde)(veld.from_plain(waarde.value), waarde.stempel,
                                          waarde.write_id, waarde.seen))
            except ValueError:
                typed.append(waarde)
        out.append(Conflict(conflict.deel, conflict.field, conflict.soort, tuple(typed)))
    return tuple(out)


def written_value(session: Session, casus_id: uuid.UUID, field_name: str,
                  write_id: str) -> Any:
    """The value one write of a field in conflict holds, as the table would hold it.

    The screen names a value by its write (it shows a BSN only masked, so it cannot hand
    the number back); a write that is no longer current (someone chose meanwhile, a bundle
    settled it) is one Dutch sentence.
    """
    for conflict in dossier_conflicts(session, casus_id):
        if conflict.field == field_name:
            for waarde in conflict.values:
                if waarde.write_id == write_id:
                    return waarde.value
    raise ValidationError("Hierover is intussen al gekozen, of het is veranderd. Kijk opnieuw "
                          "wat er nu staat.")


def choose_dossier_value(write: Write, casus_id: uuid.UUID, field_name: str, value: Any, *,
                         partij: str, client_id: int, door: str, today: date | None = None,
                         demo_vault: bool = False) -> uuid.UUID:
    """Settle a field (in conflict or not) with ``value``: in the shadow and the table.

    The value is checked as the service that edits that table would (a BSN's elfproef, a
    required name, a known role); the choice is a write that replaces every value this
    vault has seen, so after the next exchange the other parties have it too. Returns the
    record's id.
    """
    session = write.session
    casus = _case(session, casus_id)
    try:
        kind, record_id, name = parse_field(field_name)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    if name == BESTAAT:
        raise ValidationError("Dit gegeven over de mensen rond de casus kun je niet kiezen.")
    doc = load_doc(session, casus.id, client_id)
    row = next((r for k, r in _rows(session, casus) if k == kind and str(r.id) == record_id),
               None)
    if row is None:
        raise NotFoundError("Deze persoon hoort niet (meer) bij deze casus.")
    clean = checked_choice(session, casus, kind, row, name, value, today=today or date.today(),
                           demo_vault=demo_vault)
    sync_from_tables(session, casus, doc, door=door, partij=partij)
    stempel = Stempel.now(door, partij, datetime.now(UTC))
    doc.write(kind, record_id, name, FIELDS[kind][name].to_plain(clean), stempel, force=True)
    store_doc(session, casus.id, doc)
    if getattr(row, name) != clean:
        setattr(row, name, clean)
        row.gewijzigd_op = utc_now()
        session.add(row)
    write.changed(KINDS_OF[kind], row.id, casus.id, AuditAction.GEWIJZIGD,
                  f"gekozen: {name}")
    return row.id


def _case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus
