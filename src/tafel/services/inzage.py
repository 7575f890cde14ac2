"""Inzage (AVG art. 15): a person of a case gets everything tafel holds about them.

One use case, two outputs: a readable PDF and a machine-readable JSON file (its schema is
published in ``resources/schemas/inzage.schema.json``), both built from one
:class:`~tafel.views.inzage.InzageView`. They are written only to the folder the user chose,
atomically (:func:`tafel.services.exports.write_export`), and the export is logged: the
entry names the person's id and the case, never a word of the case.

Who is "a person of a case": a household member (``Persoon``) of the case's household or
someone in its network (``Betrokkene``), given by id (``tafel show --json`` lists them) or
by their full name when that is unique in the case.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from tafel.domain.models import Betrokkene, Casus, Persoon, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, TafelError
from tafel.render.inzage_pdf import render_inzage_pdf
from tafel.services import audit
from tafel.services import inzage_rows as rows
from tafel.services.base import Service, reads
from tafel.services.exports import write_export
from tafel.views.inzage import InzageRecord, InzageView

#: The log entry's details: which kind of export, nothing else.
LOG_DETAILS = "inzage"


@dataclass(frozen=True)
class InzageBestanden:
    """Where an inzage was written: the PDF and the JSON file."""

    pdf: Path
    json: Path


class InzageService(Service):
    """Build and export the inzage of one person of a case."""

    @reads
    def resolve_person(self, casus_id: uuid.UUID, text: str) -> uuid.UUID:
        """The id of a person of the case, from their id or their full name (case-insensitive)."""
        wanted = text.strip()
        with self._read() as session:
            casus = _casus(session, casus_id)
            people = _people(session, casus)
            try:
                key = uuid.UUID(wanted)
            except ValueError:
                matches = [pid for pid, naam in people if naam.casefold() == wanted.casefold()]
                if len(matches) > 1:
                    raise TafelError(f"Er zijn in casus {casus.referentie} meer mensen met de "
                                     f"naam '{wanted}'; geef hun id (tafel show --json)."
                                     ) from None
                if matches:
                    return matches[0]
                raise NotFoundError(f"In casus {casus.referentie} is niemand met de naam "
                                    f"'{wanted}'.") from None
            if key not in {pid for pid, _ in people}:
                raise NotFoundError(f"Deze persoon hoort niet bij casus {casus.referentie}.")
            return key

    @reads
    def view(self, casus_id: uuid.UUID, persoon_id: uuid.UUID) -> InzageView:
        """Everything about one person of the case (not logged: nothing leaves the vault)."""
        with self._read() as session:
            return self._build(session, _casus(session, casus_id), persoon_id)

    @reads
    def export(self, casus_id: uuid.UUID, persoon_id: uuid.UUID, folder: Path
               ) -> InzageBestanden:
        """Write the inzage as PDF and JSON into ``folder`` and log the export.

        The files are named after the case reference and the first characters of the
        person's id (no name on the outside of a file). Nothing is logged when writing fails.
        """
        if not folder.is_dir():
            raise TafelError(f"De map {folder} bestaat niet.")
        with self._read() as session:
            casus = _casus(session, casus_id)
            inzage = self._build(session, casus, persoon_id)
            stem = f"inzage-{casus.referentie}-{str(persoon_id)[:8]}"
            files = InzageBestanden(folder / f"{stem}.pdf", folder / f"{stem}.json")
            write_export(files.pdf, render_inzage_pdf(inzage))
            write_export(files.json, inzage_json_bytes(inzage))
            kind = RecordKind.PERSOON if inzage.persoon_soort == "persoon" else \
                RecordKind.BETROKKENE
            self._log_access(session).logged(kind, AuditAction.GEEXPORTEERD, persoon_id,
                                             casus.id, LOG_DETAILS,
                                             grondslag=audit.EIGEN_DOSSIER)
        return files

    def _build(self, session: Session, casus: Casus, persoon_id: uuid.UUID) -> InzageView:
        persoon = session.get(Persoon, persoon_id)
        betrokkene = session.get(Betrokkene, persoon_id) if persoon is None else None
        today = self.today()
        onderdelen: dict[str, list[InzageRecord]] = {}
        if persoon is not None and persoon.huishouden_id == casus.huishouden_id:
            jongere = persoon.id == casus.jongere_id
            owner = f"persoon:{persoon.id}"
            naam, soort = persoon.naam, "persoon"
            omschrijving = "de jongere" if jongere else persoon.rol.value.replace("_", "/")
            onderdelen["persoonsgegevens"] = rows.persoon_records(session, persoon)
        elif betrokkene is not None and betrokkene.casus_id == casus.id:
            jongere = False
            owner = f"betrokkene:{betrokkene.id}"
            naam, soort = betrokkene.naam, "betrokkene"
            omschrijving = "netwerk" + (f": {betrokkene.rol}" if betrokkene.rol else "")
            onderdelen["persoonsgegevens"] = rows.betrokkene_records(betrokkene)
        else:
            raise NotFoundError(f"Deze persoon hoort niet bij casus {casus.referentie}.")
        onderdelen["gesprekken"] = rows.gesprek_records(session, casus.id) if jongere else []
        onderdelen["plannen"] = rows.plan_records(session, casus.id, None if jongere else owner)
        onderdelen["handtekeningen"] = rows.handtekening_records(session, casus.id, owner)
        onderdelen["toestemmingen"] = rows.toestemming_records(session, casus.id, persoon_id,
                                                               today)
        onderdelen["overleggen"] = rows.overleg_records(session, casus.id, persoon_id, jongere)
        onderdelen["verzoeken"] = rows.verzoek_records(session, casus.id, owner)
        about = {str(persoon_id)} | {r.id for key, found in onderdelen.items()
                                     if key != "persoonsgegevens" for r in found}
        onderdelen["logboek"] = rows.log_records(session, casus, about, jongere)
        return InzageView(
            referentie=casus.referentie, persoon_id=str(persoon_id), persoon_soort=soort,
            naam=naam, omschrijving=omschrijving, gemaakt_op=utc_now().replace(microsecond=0),
            gemaakt_door=self.actor,
            onderdelen=tuple((k, tuple(v)) for k, v in onderdelen.items()),
        )


def inzage_json_bytes(inzage: InzageView) -> bytes:
    """The JSON file's bytes: UTF-8, indented so a person can read it too."""
    return (json.dumps(inzage.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _casus(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus


def _people(session: Session, casus: Casus) -> list[tuple[uuid.UUID, str]]:
    """Every household member and network member of the case: (id, full name)."""
    household = session.exec(select(Persoon).where(
        Persoon.huishouden_id == casus.huishouden_id)).all()
    network = session.exec(select(Betrokkene).where(Betrokkene.casus_id == casus.id)).all()
    return [(p.id, p.naam) for p in household] + [(b.id, b.naam) for b in network]
