"""The case's own records in a bundle: the case itself, its consents, its people.

The seam between the bundle service and the dossier (:mod:`dossier_case`,
:mod:`dossier_sync`, :mod:`dossier_consent`): what always travels (the case's ids, reference
and status), what travels under consent for persoonsgegevens (household, people and network,
as a CRDT document of registers, always whole so it never waits), and the consents that
cover the recipients (never consents to others: a consent to schuldhulp gives away debts).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain.enums import Gegevenscategorie
from tafel.domain.models import Betrokkene, Casus, Partij, Toestemming
from tafel.services.bundel_toestemming import ExportOverzicht
from tafel.services.changes import Write
from tafel.services.dossier_case import casus_record, ensure_case
from tafel.services.dossier_consent import apply_consents, consent_records
from tafel.services.dossier_sync import DossierOutcome, export_dossier, import_dossier

DOSSIER_PART = "dossier"
CONSENTS_PART = "toestemmingen.json"
MAX_CONSENTS = 500


@dataclass(frozen=True)
class DossierIn:
    """What the dossier's parts of a bundle did: consents changed, people and conflicts."""

    toestemmingen: int
    mensen: DossierOutcome | None


class DossierInBundel:
    """The dossier's parts of a bundle, for one vault session (its CRDT client and id)."""

    def __init__(self, client_id: int, kluis_id: str, actor: str, today: date,
                 demo_vault: bool = False) -> None:
        self.client_id = client_id
        self.kluis_id = kluis_id
        self.actor = actor
        self.today = today
        self.demo_vault = demo_vault

    def casus_record(self, session: Session, casus_id: uuid.UUID) -> dict[str, Any]:
        """What always travels: the case's ids, reference, status and casusregisseur."""
        return casus_record(session, casus_id)

    def add_parts(self, session: Session, casus: Casus, overzicht: ExportOverzicht,
                  parts: dict[str, bytes], documents: list[dict[str, Any]],
                  records: list[dict[str, Any]]) -> None:
        """People and network (under persoonsgegevens) and the recipients' consents."""
        people = Gegevenscategorie.PERSOONSGEGEVENS in overzicht.categorieen
        if people:
            update, _state = export_dossier(session, casus.id, since_state=None,
                                            partij=self.kluis_id, client_id=self.client_id,
                                            door=self.actor)
            parts[DOSSIER_PART] = update
            documents.append({"part": DOSSIER_PART, "kind": "dossier", "builds_on_state": None})
        covering = _covering(session, casus.id, overzicht)
        consents = consent_records(session, casus.id, lambda row: row.id in covering,
                                   persoonsgegevens=people)
        if consents:
            parts[CONSENTS_PART] = json.dumps(consents, sort_keys=True, separators=(",", ":"),
                                              ensure_ascii=False).encode("utf-8")
            records.append({"part": CONSENTS_PART, "kind": "toestemmingen",
                            "count": len(consents)})

    def ensure_case(self, write: Write, record: dict[str, Any]) -> Casus:
        """The case as it arrives the first time: its own ids, and no names yet."""
        casus, _created = ensure_case(write, record)
        return casus

    def records_in(self, write: Write, casus: Casus, opened: Any,
                   categorieen: set[Gegevenscategorie]) -> DossierIn:
        """Consents and people from the bundle, into this vault's tables."""
        people = Gegevenscategorie.PERSOONSGEGEVENS in categorieen
        count = 0
        raw = opened.parts.get(CONSENTS_PART)
        if raw is not None:
            try:
                consents = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                consents = None
            if not isinstance(consents, list) or len(consents) > MAX_CONSENTS:
                raise ValueError("De toestemmingen in deze bundel zijn onleesbaar.")
            count = apply_consents(write, casus, consents, persoonsgegevens=people)
        outcome = None
        update = opened.parts.get(DOSSIER_PART)
        if update is not None and people:
            outcome = import_dossier(write, casus, update, partij=self.kluis_id,
                                     client_id=self.client_id, today=self.today,
                                     demo_vault=self.demo_vault)
        return DossierIn(count, outcome)


def _covering(session: Session, casus_id: uuid.UUID,
              overzicht: ExportOverzicht) -> set[uuid.UUID]:
    """The consents that cover the recipients: those given for them, and the grounds used."""
    ids = {g.toestemming_id for o in overzicht.ontvangers for g in o.gaat_mee
           if g.toestemming_id is not None}
    vaults = []
    for ontvanger in overzicht.ontvangers:
        try:
            vaults.append(uuid.UUID(ontvanger.kluis_id))
        except ValueError:
            continue
    if vaults:
        parties = [p.id for p in session.exec(
            select(Partij).where(col(Partij.kluis_id).in_(vaults)))]
        linked = [b.id for b in session.exec(
            select(Betrokkene).where(Betrokkene.casus_id == casus_id)
            .where(col(Betrokkene.partij_id).in_(parties)))]
        if linked:
            ids |= {t.id for t in session.exec(
                select(Toestemming).where(Toestemming.casus_id == casus_id)
                .where(col(Toestemming.ontvanger_betrokkene_id).in_(linked)))}
    return ids
