"""What may go to whom in a bundle, and why: the household's consent decides.

A party gets a category when an active toestemming (or a legal basis) covers it for a
professional in the case's network who is linked to that party. What came from a party may
always go back to it: the school that sent its part of the plan gets its own part back
with everyone's edits, without a new consent. Notes never travel.

A bundle for several parties carries only what every one of them may have, so the export
screen shows per recipient what goes, what stays here, and why.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from tafel.domain import plan_delen
from tafel.domain.bundel_tables import Bundel, BundelRichting, BundelStatus
from tafel.domain.consent import toestemming_staat
from tafel.domain.enums import Gegevenscategorie, Grondslag
from tafel.domain.models import Betrokkene, Partij, Toestemming

#: The categories a bundle can carry, in the order the screens list them.
REIZEN: tuple[Gegevenscategorie, ...] = (
    Gegevenscategorie.TOEKOMSTPLAN, Gegevenscategorie.WONEN, Gegevenscategorie.INKOMEN,
    Gegevenscategorie.WELZIJN, Gegevenscategorie.SCHOOL_WERK, Gegevenscategorie.SUPPORT,
    Gegevenscategorie.PERSOONSGEGEVENS,
)


@dataclass(frozen=True)
class Grond:
    """Why one category may go: a toestemming (its id and purpose) or its own origin."""

    categorie: Gegevenscategorie
    toestemming_id: uuid.UUID | None
    grondslag: Grondslag | None
    doel: str
    verloopt_op: date | None = None
    teruggestuurd: bool = False  # it came from this party: it may go back


@dataclass(frozen=True)
class OntvangerInhoud:
    """One recipient: what goes to it and what stays here."""

    kluis_id: str
    naam: str
    geverifieerd: bool
    gaat_mee: tuple[Grond, ...]
    blijft_hier: tuple[Gegevenscategorie, ...]

    @property
    def categorieen(self) -> frozenset[Gegevenscategorie]:
        """The categories this recipient may have."""
        return frozenset(g.categorie for g in self.gaat_mee)


@dataclass(frozen=True)
class ExportOverzicht:
    """What a bundle to these recipients carries: the categories all of them may have."""

    casus_id: uuid.UUID
    ontvangers: tuple[OntvangerInhoud, ...]
    categorieen: frozenset[Gegevenscategorie]

    @property
    def delen(self) -> tuple[str, ...]:
        """The plan parts that go."""
        return plan_delen.delen_voor(set(self.categorieen))

    @property
    def niets(self) -> bool:
        """Whether nothing of the case would go (only the case's reference)."""
        return not self.categorieen

    def toestemming_ids(self) -> list[str]:
        """The consents the bundle relies on (for the audit log)."""
        return sorted({str(g.toestemming_id) for o in self.ontvangers for g in o.gaat_mee
                       if g.toestemming_id is not None and g.categorie in self.categorieen})


def inhoud_voor(session: Session, casus_id: uuid.UUID, partij: Partij,
                on: date) -> OntvangerInhoud:
    """What one known party may get about this case on ``on``, with the grounds."""
    linked = [b.id for b in session.exec(
        select(Betrokkene).where(Betrokkene.casus_id == casus_id)
        .where(Betrokkene.partij_id == partij.id))]
    grounds: dict[Gegevenscategorie, Grond] = {}
    if linked:
        consents = session.exec(
            select(Toestemming).where(Toestemming.casus_id == casus_id)
            .where(col(Toestemming.ontvanger_betrokkene_id).in_(linked))
            .order_by(col(Toestemming.gegeven_op))
        ).all()
        for row in consents:
            if not toestemming_staat(row, on).covers:
                continue
            for raw in row.categorieen:
                try:
                    categorie = Gegevenscategorie(raw)
                except ValueError:
                    continue
                if categorie in REIZEN:
                    grounds.setdefault(categorie, Grond(categorie, row.id, row.grondslag,
                                                        row.doel, row.verloopt_op))
    for categorie in _received_from(session, casus_id, str(partij.kluis_id)):
        grounds.setdefault(categorie, Grond(categorie, None, None, "", teruggestuurd=True))
    return OntvangerInhoud(
        kluis_id=str(partij.kluis_id), naam=partij.naam,
        geverifieerd=partij.geverifieerd_op is not None,
        gaat_mee=tuple(grounds[c] for c in REIZEN if c in grounds),
        blijft_hier=tuple(c for c in REIZEN if c not in grounds),
    )


def overzicht(session: Session, casus_id: uuid.UUID, partijen: list[Partij],
              on: date) -> ExportOverzicht:
    """What a bundle to ``partijen`` carries: per recipient, and all together."""
    ontvangers = tuple(inhoud_voor(session, casus_id, p, on) for p in partijen)
    together: frozenset[Gegevenscategorie] = frozenset(REIZEN)
    for ontvanger in ontvangers:
        together &= ontvanger.categorieen
    return ExportOverzicht(casus_id, ontvangers, together if ontvangers else frozenset())


def _received_from(session: Session, casus_id: uuid.UUID,
                   kluis_id: str) -> set[Gegevenscategorie]:
    """The categories this party itself sent about the case (they may go back to it)."""
    found: set[Gegevenscategorie] = set()
    rows = session.exec(
        select(Bundel).where(Bundel.casus_id == casus_id)
        .where(Bundel.richting == BundelRichting.IN).where(Bundel.partij == kluis_id)
        .where(Bundel.status == BundelStatus.INGELEZEN)
    ).all()
    for row in rows:
        for raw in row.categorieen:
            try:
                found.add(Gegevenscategorie(raw))
            except ValueError:
                continue
    return found
