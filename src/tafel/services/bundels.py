"""Bundles: what goes to whom, making one, previewing and reading one in, what waits.

The household's consent decides what leaves the vault (:mod:`bundel_toestemming`); the
bundle itself is a standard age file with a minisign-signed manifest (:mod:`tafel.sync`,
docs/bundle-format.md). Every export and import is one audited transaction; a preview is
the same import rolled back, so what it shows is exactly what reading in will do.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from tafel.domain.bundel_tables import Bundel, BundelRichting, BundelStatus
from tafel.domain.enums import Gegevenscategorie
from tafel.domain.models import Casus, Partij
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import BundelFout, NotFoundError, TafelError, ValidationError
from tafel.services import audit, bundel_in, bundel_uit
from tafel.services.base import Service, reads, writes
from tafel.services.bundel_toestemming import REIZEN, ExportOverzicht, Grond, OntvangerInhoud
from tafel.services.bundel_toestemming import overzicht as make_overzicht
from tafel.services.changes import UNKNOWN, ChangeSet, Origin, OriginKind, Write
from tafel.services.dossier_bundel import DossierInBundel
from tafel.services.partijen import EigenSleutels, PartijService

if TYPE_CHECKING:
    from tafel.sync.bundle import OpenedBundle

BUNDLE = Origin(OriginKind.BUNDLE)

#: The categories as a sentence names them.
CATEGORIE_NAMEN = {
    Gegevenscategorie.WONEN: "Wonen", Gegevenscategorie.INKOMEN: "Inkomen",
    Gegevenscategorie.WELZIJN: "Welzijn", Gegevenscategorie.SCHOOL_WERK: "School & Werk",
    Gegevenscategorie.SUPPORT: "Support", Gegevenscategorie.PERSOONSGEGEVENS:
    "persoonsgegevens", Gegevenscategorie.NOTITIES: "notities",
    Gegevenscategorie.TOEKOMSTPLAN: "het toekomstplan",
}


@dataclass(frozen=True)
class Export:
    """A bundle made: its bytes (for the file the user chose) and what went to whom."""

    data: bytes
    overzicht: ExportOverzicht
    bundel_id: str
    volgnummer: int
    changes: ChangeSet


@dataclass(frozen=True)
class Ingelezen:
    """What reading a bundle did, and what changed."""

    uitkomst: bundel_in.Uitkomst
    changes: ChangeSet


@dataclass(frozen=True)
class WachtendeBundel:
    """A bundle kept until what it builds on arrives."""

    id: uuid.UUID
    referentie: str
    afzender: str
    volgnummer: int
    ontbreekt: str
    gemaakt_op: datetime


class _Preview(Exception):
    def __init__(self, uitkomst: bundel_in.Uitkomst) -> None:
        super().__init__("preview")
        self.uitkomst = uitkomst


class BundelService(Service):
    """Export and import of bundles between parties."""

    # -- what goes ----------------------------------------------------------------------

    @reads
    def overzicht(self, casus_id: uuid.UUID, partij_ids: Sequence[uuid.UUID]) -> ExportOverzicht:
        """Per recipient what goes and what stays here (and why), and what all may have."""
        with self._read() as session:
            _case(session, casus_id)
            return make_overzicht(session, casus_id, _parties(session, partij_ids),
                                  self.today())

    # -- export -------------------------------------------------------------------------

    @writes
    def exporteer(self, casus_id: uuid.UUID, *, partij_ids: Sequence[uuid.UUID] = (),
                  sleutels: Sequence[str] = (), wachtwoordzin: str | None = None,
                  categorieen: Sequence[Gegevenscategorie] | None = None,
                  volledig: bool = False, origin: Origin = UNKNOWN) -> Export:
        """Make a bundle for known parties, for bare age keys, or for a passphrase.

        For known parties their consent decides. For bare keys or a passphrase nobody here
        knows who reads it, so the user names the categories (``categorieen``), and each must
        be covered for someone in the case by an active consent or legal basis.
        ``volledig`` sends everything again (for when a bundle went astray).
        """
        if sum(bool(x) for x in (partij_ids, sleutels, wachtwoordzin)) != 1:
            raise ValidationError(
                "Kies voor wie de bundel is: bekende partijen, sleutels of een wachtwoordzin."
            )
        mine = PartijService(self._context).eigen_sleutels()
        card = PartijService(self._context).eigen_kaart().kaart
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            if partij_ids:
                parties = _parties(session, partij_ids)
                overzicht = make_overzicht(session, casus_id, parties, self.today())
                ontvangers = bundel_uit.Ontvangers(
                    partijen=tuple((str(p.kluis_id), p.age_ontvanger) for p in parties))
                recipients: list[dict[str, object]] | str = [
                    {"vault_id": str(p.kluis_id), "age_public_key": p.age_ontvanger}
                    for p in parties]
            else:
                overzicht = _named(session, casus_id, categorieen or (), self.today())
                ontvangers = bundel_uit.Ontvangers(sleutels=tuple(sleutels),
                                                   wachtwoordzin=wachtwoordzin is not None)
                recipients = bundles_recipients(sleutels) if sleutels else "passphrase"
            if isinstance(recipients, list):
                recipients.append({"vault_id": mine.kluis_id, "age_public_key": mine.age_ontvanger})
            sender = {"vault_id": mine.kluis_id, "name": card.naam,
                      "organisation": card.organisatie, "role": card.rol,
                      "age_public_key": mine.age_ontvanger,
                      "signing_public_key": mine.tekensleutel_publiek}
            inhoud = bundel_uit.build(session, casus, overzicht, ontvangers, sender, recipients,
                                      self._dossier(mine), volledig=volledig)
            from tafel.sync import bundle as bundles  # pyrage and cryptography: only now
            from tafel.sync.minisign import SigningKey

            keys = [str(r["age_public_key"]) for r in recipients] \
                if isinstance(recipients, list) else None
            data = bundles.write_bundle(
                inhoud.manifest, inhoud.parts, SigningKey.from_text(mine.tekensleutel),
                recipients=keys, passphrase=wachtwoordzin)
            bundel_uit.remember(session, casus, ontvangers, inhoud)
            number = int(inhoud.manifest["sequence"]["number"])
            row = Bundel(bundel_id=uuid.UUID(inhoud.manifest["bundle_id"]),
                         richting=BundelRichting.UIT, casus_id=casus.id,
                         referentie=casus.referentie, partij=ontvangers.sleutel[:2000],
                         volgnummer=number, bouwt_op=inhoud.manifest["sequence"]["builds_on"],
                         status=BundelStatus.VERSTUURD,
                         categorieen=sorted(c.value for c in overzicht.categorieen))
            session.add(row)
            session.flush()
            write.changed(RecordKind.BUNDEL, row.id, casus.id, AuditAction.GEEXPORTEERD,
                          _export_details(ontvangers, overzicht, number),
                          grondslag=audit.toestemming_basis(overzicht.toestemming_ids()))
            return Export(data, overzicht, inhoud.manifest["bundle_id"], number,
                          write.result(primary_id=row.id))

    # -- import -------------------------------------------------------------------------

    @reads
    def voorbeeld(self, data: bytes, *, wachtwoordzin: str | None = None) -> bundel_in.Uitkomst:
        """What reading ``data`` in would do; the vault stays exactly as it was."""
        try:
            with self._write(UNKNOWN) as write:
                uitkomst = self._lees(write, data, wachtwoordzin, allow_unknown=True)
                raise _Preview(uitkomst)
        except _Preview as preview:
            return preview.uitkomst

    @writes
    def lees_in(self, data: bytes, *, wachtwoordzin: str | None = None,
                onbekende_afzender: bool = False, origin: Origin = BUNDLE) -> Ingelezen:
        """Read a bundle in: one transaction; a refusal is one Dutch sentence and no change.

        A bundle from a party that is not known or not verified needs
        ``onbekende_afzender=True`` (the person decided after the warning).
        """
        try:
            with self._write(origin) as write:
                uitkomst = self._lees(write, data, wachtwoordzin,
                                      allow_unknown=onbekende_afzender)
                changes = write.result(primary_id=uitkomst.casus_id)
        except TafelError:
            self._log_refusal(origin)
            raise
        if changes.touches(RecordKind.TEKSTCORRECTIE):
            self.vault.compact()  # a correction on request came in: no freed page keeps words
        return Ingelezen(uitkomst, changes)

    def _log_refusal(self, origin: Origin) -> None:
        """A refused bundle leaves one log line (result *geweigerd*), and nothing else.

        NEN 7513 and the BIO ask that an attempt is logged with its result, not only what
        succeeded. The import's own transaction rolled back; this is a second one, holding no
        word of the bundle (what it claimed cannot be trusted). When even that cannot be
        written (a full disk, the vault locked), the refusal itself is what the person sees.
        """
        with contextlib.suppress(TafelError, SQLAlchemyError, OSError), \
                self._write(origin) as write:
            write.logged(RecordKind.BUNDEL, AuditAction.INGELEZEN, details="bundel geweigerd",
                         resultaat=audit.GEWEIGERD)

    @reads
    def wachtend(self) -> list[WachtendeBundel]:
        """Bundles kept until what they build on arrives, oldest first."""
        with self._read() as session:
            rows = session.exec(select(Bundel).where(Bundel.status == BundelStatus.WACHT)
                                .order_by(col(Bundel.aangemaakt_op))).all()
            return [WachtendeBundel(r.id, r.referentie, r.afzender, r.volgnummer, r.ontbreekt,
                                    r.gemaakt_op) for r in rows]

    def _lees(self, write: Write, data: bytes, wachtwoordzin: str | None, *,
              allow_unknown: bool) -> bundel_in.Uitkomst:
        mine = PartijService(self._context).eigen_sleutels()
        session = write.session
        opened = _open(data, mine, wachtwoordzin)
        if opened.sender.vault_id == mine.kluis_id:
            raise BundelFout("Deze bundel is in deze kluis zelf gemaakt; er is niets nieuws in.")
        afzender = bundel_in.sender_of(session, opened)
        uitkomst = bundel_in.Uitkomst(
            bundel_id=opened.bundle_id, afzender=afzender, referentie=opened.case_reference,
            volgnummer=opened.sequence_number, categorieen=bundel_in.categories(opened))
        seen = session.exec(select(Bundel).where(
            Bundel.bundel_id == uuid.UUID(opened.bundle_id))).first()
        if seen is not None and seen.status is not BundelStatus.WACHT:
            uitkomst.status = "al_ingelezen"
            uitkomst.casus_id = seen.casus_id
            return uitkomst
        if afzender.waarschuwing and not allow_unknown:
            raise BundelFout(afzender.waarschuwing)
        if bundel_in.missing_predecessor(session, opened):
            uitkomst.status = "wacht"
            uitkomst.ontbreekt = bundel_in.missing_text(opened, afzender)
            bundel_in.keep_waiting(write, opened, data, uitkomst)
            return uitkomst
        self._apply(write, opened, uitkomst, mine)
        uitkomst.daarna_toegepast = self._apply_waiting(write, mine)
        return uitkomst

    def _apply(self, write: Write, opened: OpenedBundle, uitkomst: bundel_in.Uitkomst,
               mine: EigenSleutels) -> None:
        bundel_in.apply(write, opened, uitkomst, partij=mine.kluis_id,
                        client_id=self._context.crdt_client, actor=self.actor,
                        dossier=self._dossier(mine))

    def _dossier(self, mine: EigenSleutels) -> DossierInBundel:
        return DossierInBundel(self._context.crdt_client, mine.kluis_id, self.actor,
                               self.today(), self.vault.is_demo(self.vault.path))

    def _apply_waiting(self, write: Write, mine: EigenSleutels) -> list[str]:
        """Apply every kept bundle that can apply now (again, until none can)."""
        applied: list[str] = []
        progress = True
        while progress:
            progress = False
            # by running number: a row of late bundles then applies in one pass, not one a pass
            for row in write.session.exec(select(Bundel).where(
                    Bundel.status == BundelStatus.WACHT).order_by(
                        col(Bundel.volgnummer), col(Bundel.aangemaakt_op))).all():
                if row.inhoud is None:
                    continue
                opened = _open(row.inhoud, mine, None)
                if bundel_in.missing_predecessor(write.session, opened):
                    continue
                afzender = bundel_in.sender_of(write.session, opened)
                uitkomst = bundel_in.Uitkomst(
                    bundel_id=opened.bundle_id, afzender=afzender,
                    referentie=opened.case_reference, volgnummer=opened.sequence_number,
                    categorieen=bundel_in.categories(opened))
                self._apply(write, opened, uitkomst, mine)
                applied.append(bundel_in.missing_text(opened, afzender).replace(
                    f"bundel {opened.builds_on}", f"bundel {opened.sequence_number}"))
                progress = True
        return applied


def bundles_recipients(keys: Sequence[str]) -> list[dict[str, object]]:
    """Bare age keys as manifest recipients (no vault known)."""
    return [{"vault_id": None, "age_public_key": key.strip()} for key in keys]


def _open(data: bytes, mine: EigenSleutels, wachtwoordzin: str | None) -> OpenedBundle:
    from tafel.sync import bundle as bundles  # pyrage and cryptography: only when needed

    if wachtwoordzin is not None:
        return bundles.open_bundle(data, passphrase=wachtwoordzin)
    return bundles.open_bundle(data, identities=[mine.age_identiteit])


def _case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus


def _parties(session: Session, partij_ids: Sequence[uuid.UUID]) -> list[Partij]:
    parties = []
    for partij_id in dict.fromkeys(partij_ids):
        row = session.get(Partij, partij_id)
        if row is None:
            raise NotFoundError("Deze partij is niet (meer) bekend in deze kluis.")
        parties.append(row)
    return parties


def _named(session: Session, casus_id: uuid.UUID, categorieen: Sequence[Gegevenscategorie],
           on: object) -> ExportOverzicht:
    """For a passphrase or bare keys: the categories the user named, each covered by consent."""
    from tafel.domain.consent import toestemming_staat
    from tafel.domain.models import Toestemming

    wanted = [Gegevenscategorie(c) for c in categorieen]
    if not wanted:
        raise ValidationError("Kies welke gegevens mee mogen in deze bundel.")
    grounds: list[Grond] = []
    rows = session.exec(select(Toestemming).where(Toestemming.casus_id == casus_id)).all()
    for categorie in wanted:
        naam = CATEGORIE_NAMEN.get(categorie, categorie.value)
        if categorie not in REIZEN:
            raise ValidationError(f"{naam.capitalize()} gaan nooit mee in een bundel.")
        cover = next((r for r in rows if categorie.value in r.categorieen
                      and toestemming_staat(r, on).covers), None)  # type: ignore[arg-type]
        if cover is None:
            raise ValidationError(
                f"Voor {naam} is er geen geldige toestemming in deze casus; dat gaat niet mee."
            )
        grounds.append(Grond(categorie, cover.id, cover.grondslag, cover.doel, cover.verloopt_op))
    ontvanger = OntvangerInhoud("", "", False, tuple(grounds),
                                tuple(c for c in REIZEN if c not in wanted))
    return ExportOverzicht(casus_id, (ontvanger,), frozenset(wanted))


def _export_details(ontvangers: bundel_uit.Ontvangers, overzicht: ExportOverzicht,
                    number: int) -> str:
    """The audit line: to which parties, which categories, on which consents (no text)."""
    if ontvangers.partijen:
        to = "aan kluis " + ", ".join(v for v, _k in ontvangers.partijen)
    elif ontvangers.sleutels:
        to = f"aan {len(ontvangers.sleutels)} sleutel(s)"
    else:
        to = "met een wachtwoordzin"
    cats = ", ".join(sorted(c.value for c in overzicht.categorieen)) or "alleen de casus"
    consents = ", ".join(overzicht.toestemming_ids()) or "-"
    return f"{to}; nummer {number}; categorieën: {cats}; toestemming: {consents}"

