"""Making a bundle: what goes (consent), the parts, the manifest, the running number.

A bundle for known parties is cut against what each set of recipients was sent before, so it
holds only what changed since (the manifest names the state every document builds on, and
the running number of the bundle before it). A bundle for a passphrase or for keys of no
known party holds the whole of what goes, as nobody here knows what its reader has.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, select

from tafel.domain import plan_delen
from tafel.domain.bundel_tables import SyncStand
from tafel.domain.enums import Gegevenscategorie
from tafel.domain.models import Casus
from tafel.services.bundel_plan import PLAN_RECORD, plan_out, plan_record
from tafel.services.bundel_toestemming import ExportOverzicht

CASE_RECORD = "casus.json"
PASSPHRASE_KEY = "wachtwoordzin"


@dataclass(frozen=True)
class Ontvangers:
    """Who a bundle is for: known parties (vault id and age key), bare keys, or a passphrase."""

    partijen: tuple[tuple[str, str], ...] = ()
    sleutels: tuple[str, ...] = ()
    wachtwoordzin: bool = False

    @property
    def sleutel(self) -> str:
        """The key under which what was sent to exactly these recipients is remembered."""
        if self.wachtwoordzin or self.sleutels:
            return PASSPHRASE_KEY
        return ",".join(sorted(vault for vault, _key in self.partijen))

    @property
    def incremental(self) -> bool:
        """Only bundles to known parties build on earlier ones."""
        return bool(self.partijen) and not self.sleutels and not self.wachtwoordzin


@dataclass
class Inhoud:
    """A bundle's parts and manifest, before it is signed and sealed."""

    manifest: dict[str, Any]
    parts: dict[str, bytes]
    stand: SyncStand | None
    states: dict[str, str]


def record_bytes(value: Any) -> bytes:
    """A record part: canonical JSON, so the same records give the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def build(session: Session, casus: Casus, overzicht: ExportOverzicht, ontvangers: Ontvangers,
          sender: dict[str, str], recipients: list[dict[str, Any]] | str,
          dossier: Any = None, *, volledig: bool = False) -> Inhoud:
    """The manifest (without ``parts``, which the writer fills) and the parts of a bundle.

    ``volledig``: everything again, building on nothing (when a bundle went astray and the
    other side waits for it); it still gets the next number.
    """
    categorieen = overzicht.categorieen
    stand = None
    if ontvangers.incremental:
        stand = session.exec(select(SyncStand).where(SyncStand.casus_id == casus.id)
                             .where(SyncStand.ontvangers == ontvangers.sleutel)).first()
    sent: dict[str, str] = dict(stand.standen) if stand is not None and not volledig else {}
    number = (stand.volgnummer + 1) if stand is not None else 1
    plan = plan_out(session, casus.id, plan_delen.delen_voor(set(categorieen)), sent)
    parts: dict[str, bytes] = dict(plan.parts)
    documents = list(plan.documents)
    states = dict(plan.states)
    records: list[dict[str, Any]] = []
    case_record = dossier.casus_record(session, casus.id) if dossier else _case_record(casus)
    parts[CASE_RECORD] = record_bytes(case_record)
    records.append({"part": CASE_RECORD, "kind": "casus", "count": 1})
    versions = plan_record(session, casus.id, categorieen)
    if versions is not None:
        parts[PLAN_RECORD] = record_bytes(versions)
        records.append({"part": PLAN_RECORD, "kind": "plan",
                        "count": len(versions["versies"])})
    if dossier is not None:
        dossier.add_parts(session, casus, overzicht, parts, documents, records)
    manifest: dict[str, Any] = {
        "bundle_id": str(uuid.uuid4()),
        "created_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sender": sender,
        "case": {"id": str(casus.id), "reference": casus.referentie},
        "recipients": recipients,
        "sequence": {"number": number,
                     "builds_on": number - 1 if number > 1 and sent else None},
        "documents": documents,
        "records": records,
        "extra": {"categories": sorted(c.value for c in categorieen)},
    }
    return Inhoud(manifest, parts, stand, states)


def remember(session: Session, casus: Casus, ontvangers: Ontvangers, inhoud: Inhoud) -> None:
    """After a bundle to known parties: its number and the states it carried."""
    if not ontvangers.incremental:
        return
    stand = inhoud.stand or SyncStand(casus_id=casus.id, ontvangers=ontvangers.sleutel)
    stand.volgnummer = int(inhoud.manifest["sequence"]["number"])
    stand.standen = {**(stand.standen or {}), **inhoud.states}
    session.add(stand)


def categories_of(manifest: Any) -> set[Gegevenscategorie]:
    """The categories a manifest says its bundle carries (unknown words are ignored)."""
    found: set[Gegevenscategorie] = set()
    raw = manifest.get("extra", {}).get("categories", []) if isinstance(manifest, dict) else []
    for value in raw if isinstance(raw, list) else []:
        try:
            found.add(Gegevenscategorie(value))
        except ValueError:
            continue
    return found


def decode_state(raw: Any) -> bytes | None:
    """A manifest's base64 state vector, or None for a whole document."""
    return base64.b64decode(raw) if isinstance(raw, str) else None


def _case_record(casus: Casus) -> dict[str, Any]:
    return {"id": str(casus.id), "referentie": casus.referentie}
