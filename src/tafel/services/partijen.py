"""Parties and keys: this vault's own keys and card, the parties it knows, and verifying them.

Many parties work on one toekomstplan (wijkteam, jeugdhulp, school, schuldhulp, the young
person), each in their own vault, and exchange encrypted, signed bundle files. For that each
vault has its own age identity and Ed25519 signing key (:mod:`tafel.domain.sleutels`), kept as
two ``vaultmeta`` rows: inside the SQLCipher file, so encrypted with it, never in a settings
file or a log. They are made the first time they are needed, in a write that is audited
without the secret. A copied vault keeps them: it is the same party.

A party becomes known by importing its card (:mod:`tafel.domain.partijkaart`). The card
arrives over a channel nobody vouches for (an e-mail, a USB stick), so a known party is
*unverified* until the two people compared the controlecode face to face
(:meth:`PartijService.controlecode`). A card for a known vault with other keys may be a new
laptop or a forgery: its keys replace the old ones only when the user says so, and the
party is then unverified again.

The audit log names the party's record id and the vault id, never a name or a key.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, select

from tafel.domain.enums import NetwerkSoort
from tafel.domain.models import Betrokkene, Partij, VaultMeta, utc_now
from tafel.domain.partijkaart import Partijkaart, lees_kaart
from tafel.domain.records import AuditAction, RecordKind
from tafel.domain.sleutels import (
    PartijSleutels,
    age_ontvanger,
    controlecode,
    nieuwe_age_identiteit,
    nieuwe_tekensleutel,
    tekensleutel_publiek,
)
from tafel.errors import EXIT_MISMATCH, NotFoundError, ValidationError
from tafel.services import audit_anchor
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin, Write
from tafel.services.medewerker import medewerker_in
from tafel.views.partijen import PartijKaartView, PartijView

#: The ``vaultmeta`` rows that hold this vault's own secret keys.
AGE_KEY = "partij_age_identiteit"
TEKEN_KEY = "partij_tekensleutel"

EERST_MIJN_GEGEVENS = ("Vul eerst je naam in bij Mijn gegevens (menu Kluis): die komt op je "
                       "partijkaart.")
EIGEN_KAART = ("Dit is je eigen partijkaart (van deze kluis); voeg de kaart toe van iemand met "
               "wie je samenwerkt.")


class SleutelsGewijzigdError(ValidationError):
    """A card for a known vault carries other keys than the ones on record.

    It may be a new laptop, or a card someone forged: the caller asks the user, and passes
    ``vervang_sleutels=True`` only after they confirmed. The command line exits with
    :data:`~tafel.errors.EXIT_MISMATCH` (the card does not match what the vault holds).
    """

    exit_code = EXIT_MISMATCH

    def __init__(self, naam: str) -> None:
        super().__init__(
            f"De kaart van {naam} heeft andere sleutels dan de kaart die je eerder toevoegde. "
            "Dat kan een nieuwe laptop zijn, maar ook een valse kaart: vraag het na bij "
            f"{naam} en vervang de sleutels alleen als je het zeker weet.")
        self.naam = naam


@dataclass(frozen=True)
class EigenSleutels:
    """The vault's own keys, secret halves included: for the bundle export/import only.

    Never shown on a screen, printed or logged; ``repr`` leaves the secrets out, so a
    traceback or a debug line cannot carry them.
    """

    kluis_id: str
    age_identiteit: str  # AGE-SECRET-KEY-1...
    tekensleutel: str  # base64(seed || key id), see domain.sleutels.Tekensleutel
    age_ontvanger: str  # age1...
    tekensleutel_publiek: str  # RW...

    def __repr__(self) -> str:
        return (f"EigenSleutels(kluis_id={self.kluis_id!r}, age_ontvanger="
                f"{self.age_ontvanger!r}, tekensleutel_publiek={self.tekensleutel_publiek!r})")


@dataclass(frozen=True)
class Toegevoegd:
    """The outcome of importing a card: the party as it now stands, and what changed."""

    partij: PartijView
    nieuw: bool  # a party this vault did not know yet
    sleutels_vervangen: bool  # a known party's keys were replaced (it is unverified now)
    changes: ChangeSet


def partij_view(row: Partij) -> PartijView:
    """The frozen view of a party row."""
    return PartijView(row.id, str(row.kluis_id), row.naam, row.organisatie, row.rol,
                      row.age_ontvanger, row.tekensleutel, row.geverifieerd_op,
                      row.toegevoegd_op)


class PartijService(Service):
    """The vault's own keys and card, and the parties it exchanges bundles with."""

    # -- my own keys and card -------------------------------------------------------------

    @writes
    def sleutels_aanmaken(self, origin: Origin = UNKNOWN) -> ChangeSet:
        """Make this vault's keys if it has none yet; an empty change set when it has."""
        with self._write(origin) as write:
            self._sleutels(write.session, write)
            return write.result()

    @reads
    def eigen_kaart(self) -> PartijKaartView:
        """My party card: name, organisation and role, the vault id and both public keys.

        Makes the keys the first time (audited). Without a name there is no card: one
        Dutch sentence says to fill in Mijn gegevens first.
        """
        with self._read() as session:
            medewerker = medewerker_in(session)
            if medewerker is None:
                raise ValidationError(EERST_MIJN_GEGEVENS)
            sleutels = self._sleutels(session)
        return PartijKaartView(Partijkaart(
            sleutels.kluis_id, medewerker.naam, medewerker.organisatie, medewerker.rol,
            sleutels.age_ontvanger, sleutels.tekensleutel_publiek))

    @reads
    def kaart_bestand(self) -> bytes:
        """My card as a ``.tafelkaart`` file's content (UTF-8 JSON)."""
        return self.eigen_kaart().kaart.bestand()

    @reads
    def eigen_sleutels(self) -> EigenSleutels:
        """The vault's own keys with their secret halves: for bundle export/import only.

        Not for screens. Makes the keys the first time (audited, without the secret).
        """
        with self._read() as session:
            return self._sleutels(session)

    def _sleutels(self, session: Session, write: Write | None = None) -> EigenSleutels:
        """The stored keys; made (and the making audited) when the vault has none yet."""
        kluis_id = audit_anchor.vault_id(session)
        if kluis_id is None:  # every vault has one since migration 0005
            raise ValidationError("Deze kluis heeft geen eigen id; open hem opnieuw in tafel.")
        age_row = session.get(VaultMeta, AGE_KEY)
        teken_row = session.get(VaultMeta, TEKEN_KEY)
        if age_row is None or teken_row is None:
            age_row = VaultMeta(sleutel=AGE_KEY, waarde=nieuwe_age_identiteit())
            teken_row = VaultMeta(sleutel=TEKEN_KEY, waarde=nieuwe_tekensleutel())
            session.add(age_row)
            session.add(teken_row)
            (write or self._new_write(session, UNKNOWN)).changed(
                RecordKind.SLEUTELS, _vault_uuid(kluis_id), None, AuditAction.AANGEMAAKT,
                "age en minisign")
        return EigenSleutels(kluis_id, age_row.waarde, teken_row.waarde,
                             age_ontvanger(age_row.waarde), tekensleutel_publiek(teken_row.waarde))

    # -- cards of others ------------------------------------------------------------------

    @reads
    def lees_kaart(self, data: bytes) -> PartijKaartView:
        """Read a card file strictly; one Dutch sentence for anything wrong. Writes nothing."""
        return PartijKaartView(lees_kaart(data))

    @writes
    def voeg_toe(self, data: bytes, *, vervang_sleutels: bool = False,
                 origin: Origin = UNKNOWN) -> Toegevoegd:
        """Import a card as a known party.

        My own card is refused. The same card again changes nothing; a new name,
        organisation or role on the same keys is taken over. A card for a known vault with
        other keys raises :class:`SleutelsGewijzigdError` unless ``vervang_sleutels``: then
        the new keys replace the old and the party is unverified again.
        """
        kaart = lees_kaart(data)
        with self._write(origin) as write:
            session = write.session
            eigen = self._sleutels(session, write)
            if kaart.kluis_id == eigen.kluis_id or eigen.age_ontvanger == kaart.age_ontvanger \
                    or eigen.tekensleutel_publiek == kaart.tekensleutel:
                raise ValidationError(EIGEN_KAART)
            row = _partij_van_kluis(session, kaart.kluis_id)
            _sleutels_uniek(session, kaart, row)
            if row is None:
                row = Partij(kluis_id=uuid.UUID(kaart.kluis_id), naam=kaart.naam,
                             organisatie=kaart.organisatie, rol=kaart.rol,
                             age_ontvanger=kaart.age_ontvanger, tekensleutel=kaart.tekensleutel,
                             toegevoegd_op=self.today())
                session.add(row)
                write.changed(RecordKind.PARTIJ, row.id, None, AuditAction.AANGEMAAKT,
                              f"kluis {kaart.kluis_id}")
                return Toegevoegd(partij_view(row), True, False, write.result(row.id))
            nieuwe_sleutels = (row.age_ontvanger, row.tekensleutel) != (
                kaart.age_ontvanger, kaart.tekensleutel)
            if nieuwe_sleutels and not vervang_sleutels:
                raise SleutelsGewijzigdError(row.naam)
            gewijzigd = [word for word, old, new in (
                ("naam", row.naam, kaart.naam), ("organisatie", row.organisatie,
                                                 kaart.organisatie),
                ("rol", row.rol, kaart.rol)) if old != new]
            row.naam, row.organisatie, row.rol = kaart.naam, kaart.organisatie, kaart.rol
            if nieuwe_sleutels:
                row.age_ontvanger, row.tekensleutel = kaart.age_ontvanger, kaart.tekensleutel
                row.geverifieerd_op = None
                write.changed(RecordKind.PARTIJ, row.id, None, AuditAction.SLEUTELS_VERVANGEN,
                              f"kluis {kaart.kluis_id}")
            elif gewijzigd:
                write.changed(RecordKind.PARTIJ, row.id, None, AuditAction.GEWIJZIGD,
                              ", ".join(gewijzigd))
            if nieuwe_sleutels or gewijzigd:
                row.gewijzigd_op = utc_now()
                session.add(row)
            return Toegevoegd(partij_view(row), False, nieuwe_sleutels, write.result(row.id))

    @reads
    def lijst(self) -> list[PartijView]:
        """The known parties, by name."""
        with self._read() as session:
            rows = session.exec(select(Partij)).all()
            return sorted((partij_view(r) for r in rows),
                          key=lambda p: (p.naam.casefold(), p.organisatie.casefold()))

    @reads
    def partij(self, partij_id: uuid.UUID) -> PartijView:
        """One known party."""
        with self._read() as session:
            return partij_view(_partij(session, partij_id))

    @reads
    def zoek_kluis(self, kluis_id: str | uuid.UUID) -> PartijView | None:
        """The known party whose vault has this id (a bundle's sender), or None."""
        with self._read() as session:
            row = _partij_van_kluis(session, str(kluis_id))
            return partij_view(row) if row is not None else None

    # -- verifying ------------------------------------------------------------------------

    @reads
    def controlecode(self, partij_id: uuid.UUID) -> str:
        """The sixty-digit code both people read aloud (see :func:`domain.sleutels.controlecode`).

        The same on both laptops, whichever side computes it, as long as each imported the
        other's real card.
        """
        with self._read() as session:
            eigen = self._sleutels(session)
            partij = partij_view(_partij(session, partij_id))
        mijn = PartijSleutels(eigen.kluis_id, eigen.age_ontvanger, eigen.tekensleutel_publiek)
        return controlecode(mijn, partij.sleutels)

    @writes
    def markeer_geverifieerd(self, partij_id: uuid.UUID, *,
                             origin: Origin = UNKNOWN) -> ChangeSet:
        """The two people compared the controlecode and it was the same: verified today."""
        with self._write(origin) as write:
            row = _partij(write.session, partij_id)
            if row.geverifieerd_op == self.today():
                return write.result(row.id)
            row.geverifieerd_op = self.today()
            row.gewijzigd_op = utc_now()
            write.session.add(row)
            write.changed(RecordKind.PARTIJ, row.id, None, AuditAction.GEVERIFIEERD)
            return write.result(row.id)

    @writes
    def verificatie_intrekken(self, partij_id: uuid.UUID, *,
                              origin: Origin = UNKNOWN) -> ChangeSet:
        """Take a verification back (compared wrongly, or doubt came later)."""
        with self._write(origin) as write:
            row = _partij(write.session, partij_id)
            if row.geverifieerd_op is None:
                raise ValidationError(f"De kaart van {row.naam} was nog niet geverifieerd.")
            row.geverifieerd_op = None
            row.gewijzigd_op = utc_now()
            write.session.add(row)
            write.changed(RecordKind.PARTIJ, row.id, None, AuditAction.VERIFICATIE_INGETROKKEN)
            return write.result(row.id)

    # -- linking the network --------------------------------------------------------------

    @writes
    def koppel(self, partij_id: uuid.UUID, betrokkene_id: uuid.UUID, *,
               origin: Origin = UNKNOWN) -> ChangeSet:
        """Link a professional in a case's network to a known party."""
        with self._write(origin) as write:
            session = write.session
            partij = _partij(session, partij_id)
            person = _betrokkene(session, betrokkene_id)
            if person.soort is not NetwerkSoort.PROFESSIONEEL:
                raise ValidationError("Alleen een professional in het netwerk kan aan een "
                                      "partij gekoppeld worden.")
            if person.partij_id == partij.id:
                return write.result(person.id)
            person.partij_id = partij.id
            person.gewijzigd_op = utc_now()
            session.add(person)
            write.changed(RecordKind.BETROKKENE, person.id, person.casus_id,
                          AuditAction.GEKOPPELD, f"partij {partij.id}")
            return write.result(person.id)

    @writes
    def ontkoppel(self, betrokkene_id: uuid.UUID, *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Undo a link: the person stays in the network, no longer tied to a party."""
        with self._write(origin) as write:
            session = write.session
            person = _betrokkene(session, betrokkene_id)
            if person.partij_id is None:
                return write.result(person.id)
            old = person.partij_id
            person.partij_id = None
            person.gewijzigd_op = utc_now()
            session.add(person)
            write.changed(RecordKind.BETROKKENE, person.id, person.casus_id,
                          AuditAction.ONTKOPPELD, f"partij {old}")
            return write.result(person.id)

    @reads
    def gekoppeld(self, betrokkene_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PartijView]:
        """For network entries: the known party each is linked to (unlinked ones left out)."""
        wanted = list(betrokkene_ids)
        if not wanted:
            return {}
        with self._read() as session:
            pairs = session.exec(
                select(Betrokkene.id, Partij).join(Partij, col(Betrokkene.partij_id) == Partij.id)
                .where(col(Betrokkene.id).in_(wanted))).all()
            return {person_id: partij_view(row) for person_id, row in pairs}


def _partij(session: Session, partij_id: uuid.UUID) -> Partij:
    row = session.get(Partij, partij_id)
    if row is None:
        raise NotFoundError("Deze partij is niet (meer) bekend in deze kluis.")
    return row


def _partij_van_kluis(session: Session, kluis_id: str) -> Partij | None:
    try:
        wanted = uuid.UUID(kluis_id)
    except ValueError:
        return None
    return session.exec(select(Partij).where(Partij.kluis_id == wanted)).first()


def _sleutels_uniek(session: Session, kaart: Partijkaart, row: Partij | None) -> None:
    """The same key on the cards of two different vaults is a copied or forged card."""
    others = session.exec(select(Partij).where(
        (Partij.age_ontvanger == kaart.age_ontvanger)
        | (Partij.tekensleutel == kaart.tekensleutel))).all()
    clash = next((o for o in others if row is None or o.id != row.id), None)
    if clash is not None:
        raise ValidationError(f"Deze sleutels staan al op de kaart van {clash.naam}, van een "
                              "andere kluis; deze kaart is gekopieerd of vervalst.")


def _betrokkene(session: Session, betrokkene_id: uuid.UUID) -> Betrokkene:
    person = session.get(Betrokkene, betrokkene_id)
    if person is None:
        raise NotFoundError("Deze persoon staat niet (meer) in het netwerk.")
    return person


def _vault_uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"tafel-kluis:{text}")
