"""Toestemming: what may be shared with whom and why, given by whom, until when.

Who may give consent is the domain's rule (:func:`tafel.domain.consent.mag_toestemming_geven`):
the young person from 16, for anyone younger a holder of parental authority. A legal basis
(covenant, legal task) stands in for consent and has no giver. The household's overview
"Wie mag wat zien en waarom" is printed from here, and the print is logged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from tafel.domain.consent import Gever, mag_toestemming_geven, wie_geeft_toestemming
from tafel.domain.enums import Gegevenscategorie, Grondslag
from tafel.domain.models import (
    Betrokkene,
    Casus,
    Huishouden,
    Persoon,
    Toestemming,
    utc_now,
)
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.render.toestemming_pdf import toestemming_pdf
from tafel.services import audit, validation
from tafel.services.base import Service, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.views.casussen import toestemming_view
from tafel.views.toestemmingen import ToestemmingOverzicht


@dataclass(frozen=True)
class NieuweToestemming:
    """Consent (or a legal basis) for sharing some categories with one recipient.

    ``gegeven_door_id`` is the household member who gave it; left empty, it is the young
    person (who gives it from 16). The recipient is someone in the network or the household
    (``ontvanger_betrokkene_id`` / ``ontvanger_persoon_id``); ``ontvanger`` is the name shown,
    filled from that person when left empty.
    """

    ontvanger: str
    doel: str
    categorieen: tuple[Gegevenscategorie, ...]
    grondslag: Grondslag = Grondslag.TOESTEMMING
    gegeven_op: date | None = None
    verloopt_op: date | None = None
    gegeven_door_id: uuid.UUID | None = None
    ontvanger_betrokkene_id: uuid.UUID | None = None
    ontvanger_persoon_id: uuid.UUID | None = None


@dataclass(frozen=True)
class OverzichtAfdruk:
    """The printed overview and the change set of its audit entry."""

    pdf: bytes
    changes: ChangeSet


class ToestemmingService(Service):
    """Recording, withdrawing and printing consent."""

    @writes
    def add(self, casus_id: uuid.UUID, new: NieuweToestemming, *,
            origin: Origin = UNKNOWN) -> ChangeSet:
        """Record consent, or the legal basis that stands in for it."""
        purpose = validation.required_text(new.doel, "het doel", 500)
        if not new.categorieen:
            raise ValidationError("Kies minstens één soort gegevens waarvoor dit geldt.")
        given_on = new.gegeven_op or self.today()
        if given_on > self.today():
            raise ValidationError("Toestemming kan niet in de toekomst gegeven zijn.")
        if new.verloopt_op is not None and new.verloopt_op < given_on:
            raise ValidationError(
                "De toestemming kan niet verlopen vóór de dag waarop ze gegeven is."
            )
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            recipient = _recipient(session, casus, new)
            giver = None
            if new.grondslag is Grondslag.TOESTEMMING:
                giver = _giver(session, casus, new.gegeven_door_id, given_on)
            consent = Toestemming(
                casus_id=casus.id,
                ontvanger=recipient,
                doel=purpose,
                categorieen=[c.value for c in new.categorieen],
                grondslag=new.grondslag,
                gegeven_door=giver.naam if giver else "",
                gegeven_door_id=giver.id if giver else None,
                gegeven_op=given_on,
                verloopt_op=new.verloopt_op,
                ontvanger_betrokkene_id=new.ontvanger_betrokkene_id,
                ontvanger_persoon_id=new.ontvanger_persoon_id,
            )
            session.add(consent)
            write.changed(RecordKind.TOESTEMMING, consent.id, casus.id, AuditAction.VASTGELEGD)
            return write.result(primary_id=consent.id)

    @writes
    def withdraw(self, toestemming_id: uuid.UUID, *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Withdraw consent from today on; the record itself stays."""
        with self._write(origin) as write:
            session = write.session
            consent = session.get(Toestemming, toestemming_id)
            if consent is None:
                raise NotFoundError()
            if consent.ingetrokken_op is not None:
                raise ValidationError("Deze toestemming is al ingetrokken.")
            if consent.grondslag is not Grondslag.TOESTEMMING:
                raise ValidationError(
                    "Een wettelijke grondslag kan niet worden ingetrokken, alleen toestemming."
                )
            consent.ingetrokken_op = self.today()
            consent.gewijzigd_op = utc_now()
            session.add(consent)
            write.changed(RecordKind.TOESTEMMING, consent.id, consent.casus_id,
                          AuditAction.INGETROKKEN)
            return write.result(primary_id=consent.id)

    @writes
    def print_overzicht(self, casus_id: uuid.UUID, *,
                        origin: Origin = UNKNOWN) -> OverzichtAfdruk:
        """The one-page overview "Wie mag wat zien en waarom" as PDF; the print is logged."""
        with self._write(origin) as write:
            session = write.session
            overzicht = _overzicht(session, _case(session, casus_id), self.today())
            pdf = toestemming_pdf(overzicht)
            write.changed(RecordKind.CASUS, casus_id, casus_id, AuditAction.AFGEDRUKT,
                          "wie mag wat zien en waarom", grondslag=audit.EIGEN_DOSSIER)
            return OverzichtAfdruk(pdf, write.result(primary_id=casus_id))


def _overzicht(session: Session, casus: Casus, today: date) -> ToestemmingOverzicht:
    household = session.get(Huishouden, casus.huishouden_id)
    young = session.get(Persoon, casus.jongere_id)
    rows = session.exec(
        select(Toestemming).where(Toestemming.casus_id == casus.id)
        .order_by(Toestemming.gegeven_op.desc())  # type: ignore[attr-defined]
    )
    return ToestemmingOverzicht(
        referentie=casus.referentie,
        huishouden=household.naam if household else "",
        jongere=young.voornaam if young else "",
        casusregisseur=casus.casusregisseur,
        op=today,
        toestemmingen=tuple(toestemming_view(row, today) for row in rows),
    )


def _case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus


def _recipient(session: Session, casus: Casus, new: NieuweToestemming) -> str:
    """The recipient's name: typed, or taken from the network or household member."""
    name = ""
    if new.ontvanger_betrokkene_id is not None:
        betrokkene = session.get(Betrokkene, new.ontvanger_betrokkene_id)
        if betrokkene is None or betrokkene.casus_id != casus.id:
            raise ValidationError("Deze ontvanger hoort niet bij het netwerk van deze casus.")
        name = (f"{betrokkene.naam} ({betrokkene.organisatie})" if betrokkene.organisatie
                else betrokkene.naam)
    elif new.ontvanger_persoon_id is not None:
        person = session.get(Persoon, new.ontvanger_persoon_id)
        if person is None or person.huishouden_id != casus.huishouden_id:
            raise ValidationError("Deze ontvanger hoort niet bij het huishouden van deze casus.")
        name = person.naam
    return validation.required_text(new.ontvanger or name, "aan wie gegevens gedeeld worden")


def _giver(session: Session, casus: Casus, giver_id: uuid.UUID | None, on: date) -> Persoon:
    """The household member who gave consent, checked against the domain's rule."""
    young = session.get(Persoon, casus.jongere_id)
    if young is None:
        raise NotFoundError()
    giver = young if giver_id is None else session.get(Persoon, giver_id)
    if giver is None or giver.huishouden_id != casus.huishouden_id:
        raise ValidationError(
            "Wie toestemming geeft, moet bij het huishouden van deze casus horen."
        )
    allowed = mag_toestemming_geven(is_jongere=giver.id == young.id, heeft_gezag=giver.gezag,
                                    jongere_geboren=young.geboortedatum, on=on)
    if allowed:
        return giver
    if wie_geeft_toestemming(young.geboortedatum, on) is Gever.JONGERE:
        raise ValidationError(
            f"{giver.naam} mag deze toestemming niet geven: {young.voornaam} is 16 of ouder "
            "en beslist zelf over zijn of haar gegevens."
        )
    raise ValidationError(
        f"{giver.naam} mag deze toestemming niet geven: {young.voornaam} is jonger dan 16, "
        "dus geeft een ouder of voogd met gezag toestemming."
    )
