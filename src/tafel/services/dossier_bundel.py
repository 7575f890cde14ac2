"""The case's own records in a bundle: the case itself, its consents, its people.

A thin seam between the bundle service and the dossier: what always travels (the case's
reference and status), what travels under consent (people and network), and the consents
that cover the recipients.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import Session

from tafel.domain.enums import Rol
from tafel.domain.models import Casus, Huishouden, Persoon
from tafel.domain.records import AuditAction, RecordKind
from tafel.services.changes import Write

NOT_SHARED = "(naam niet gedeeld)"


class DossierInBundel:
    """The dossier's parts of a bundle, for one vault session (its CRDT client and id)."""

    def __init__(self, client_id: int, kluis_id: str, actor: str) -> None:
        self.client_id = client_id
        self.kluis_id = kluis_id
        self.actor = actor

    def casus_record(self, session: Session, casus_id: uuid.UUID) -> dict[str, Any]:
        """What always travels: the case's ids, reference and status."""
        casus = session.get(Casus, casus_id)
        assert casus is not None
        return {"id": str(casus.id), "referentie": casus.referentie,
                "status": casus.status.value, "aangemeld_op": casus.aangemeld_op.isoformat(),
                "casusregisseur": casus.casusregisseur}

    def add_parts(self, session: Session, casus: Casus, overzicht: Any, sent: dict[str, str],
                  parts: dict[str, bytes], documents: list[dict[str, Any]],
                  records: list[dict[str, Any]], states: dict[str, str]) -> None:
        """People, network and consents (added with the dossier)."""

    def ensure_case(self, write: Write, record: dict[str, Any]) -> Casus:
        """The case as it arrives the first time: its own ids, and no names."""
        session = write.session
        huishouden = Huishouden(naam=f"Huishouden {NOT_SHARED}")
        session.add(huishouden)
        session.flush()
        jongere = Persoon(huishouden_id=huishouden.id, rol=Rol.JONGERE,
                          voornaam=f"Jongere {NOT_SHARED}")
        session.add(jongere)
        session.flush()
        casus = Casus(id=uuid.UUID(str(record["id"])), huishouden_id=huishouden.id,
                      jongere_id=jongere.id, referentie=_free(session, str(record["referentie"])),
                      casusregisseur=str(record.get("casusregisseur", ""))[:150])
        session.add(casus)
        session.flush()
        write.changed(RecordKind.CASUS, casus.id, casus.id, AuditAction.AANGEMAAKT,
                      "uit een bundel")
        return casus

    def records_in(self, write: Write, casus: Casus, opened: Any, *, partij: str,
                   client_id: int) -> tuple[int, Any]:
        """Consents and people from the bundle (added with the dossier)."""
        return 0, None


def _free(session: Session, wanted: str) -> str:
    """The sender's reference, or with a suffix when this vault uses it for another case."""
    from sqlmodel import select

    base = wanted[:16]
    candidate, n = wanted[:20], 1
    while session.exec(select(Casus).where(Casus.referentie == candidate)).first() is not None:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
