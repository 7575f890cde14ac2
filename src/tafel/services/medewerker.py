"""Who works in this vault (the consulent's own name, organisation and role), and the vault's id.

The name is asked when a vault is made and kept inside it (``vaultmeta``), so it travels
with the vault and is encrypted with it. Every audit entry, every "geschreven door" and every
signature's "vastgelegd door" uses it, through the actor that all services share: entering
or changing it here changes who acts from the next write on. The change itself is audited.

The vault's own id (a uuid4 made by migration 0005, at creation or on the first open of an
older vault) names the vault outside its file name: the audit anchor uses it now, bundles
will later. It is read-only.
"""

from __future__ import annotations

import uuid

from sqlmodel import Session, col, select

from tafel.domain.models import VaultMeta
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import ValidationError
from tafel.services import audit_anchor
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.services.validation import optional_text, required_text
from tafel.views.medewerker import (
    MEDEWERKER_KEYS,
    NAAM_KEY,
    ORGANISATIE_KEY,
    ROL_KEY,
    MedewerkerView,
    medewerker_view,
)

NAAM_MAX = 100
ORGANISATIE_MAX = 120
ROL_MAX = 80

#: What each key is called in the audit entry of a change (never the values themselves).
_FIELD_WORDS = {NAAM_KEY: "naam", ORGANISATIE_KEY: "organisatie", ROL_KEY: "rol"}


def check_medewerker(naam: str, organisatie: str = "", rol: str = "") -> MedewerkerView:
    """The consulent's details, trimmed and checked; one Dutch sentence when they cannot be.

    Called before a vault is made too, so a vault is never made without a name.
    """
    view = MedewerkerView(
        required_text(naam, "je naam", NAAM_MAX),
        optional_text(organisatie, "de naam van je organisatie", ORGANISATIE_MAX),
        optional_text(rol, "je rol", ROL_MAX),
    )
    if any(not ch.isprintable() for ch in view.naam + view.organisatie + view.rol):
        raise ValidationError("Je naam, organisatie en rol passen elk op één regel.")
    return view


def medewerker_in(session: Session) -> MedewerkerView | None:
    """The consulent's details as stored in the vault, or None before they were entered."""
    rows = session.exec(select(VaultMeta).where(col(VaultMeta.sleutel).in_(MEDEWERKER_KEYS)))
    return medewerker_view({row.sleutel: row.waarde for row in rows})


class MedewerkerService(Service):
    """The consulent working in this vault, and the vault's own id."""

    @reads
    def mijn_gegevens(self) -> MedewerkerView | None:
        """Name, organisation and role as entered, or None for a vault without them yet."""
        with self._read() as session:
            return medewerker_in(session)

    @reads
    def kluis_id(self) -> str:
        """The vault's stable id (a uuid4, made once; not the file name)."""
        with self._read() as session:
            found = audit_anchor.vault_id(session)
        if found is None:  # every vault has one since migration 0005
            raise ValidationError("Deze kluis heeft geen eigen id; open hem opnieuw in tafel.")
        return found

    @writes
    def vastleggen(self, naam: str, organisatie: str = "", rol: str = "",
                   origin: Origin = UNKNOWN) -> ChangeSet:
        """Enter or change the consulent's details; from now on every write is by this name.

        The audit entry says which details changed (not their values); the entry of the
        first entry or of a new name is already written under the new name.
        """
        new = check_medewerker(naam, organisatie, rol)
        values = {NAAM_KEY: new.naam, ORGANISATIE_KEY: new.organisatie, ROL_KEY: new.rol}
        with self._write(origin) as write:
            session = write.session
            old = medewerker_in(session)
            changed = []
            for key, value in values.items():
                row = session.get(VaultMeta, key)
                if row is None or row.waarde != value:
                    changed.append(_FIELD_WORDS[key])
                    session.add(VaultMeta(sleutel=key, waarde=value) if row is None else row)
                    if row is not None:
                        row.waarde = value
            if not changed:
                return write.result()
            write.actor = new.naam
            record_id = _vault_uuid(audit_anchor.vault_id(session))
            action = AuditAction.AANGEMAAKT if old is None else AuditAction.GEWIJZIGD
            write.changed(RecordKind.MEDEWERKER, record_id, None, action, ", ".join(changed))
            result = write.result(record_id)
        self._context.actor = new.naam
        return result


def _vault_uuid(text: str | None) -> uuid.UUID:
    try:
        return uuid.UUID(text or "")
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"tafel-kluis:{text}")
