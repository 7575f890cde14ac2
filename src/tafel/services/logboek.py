"""Reading the audit log: per case or for the whole vault, filtered, in plain Dutch lines.

The log holds ids and fixed words; this service adds what makes a line readable (the case's
reference, the recipient and purpose of each toestemming named as a basis) and hands back a
frozen :class:`~tafel.views.logboek.Logboek`. Showing a case's log to someone is itself an
access (it says who saw the case), so it is logged like opening the case.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlmodel import col, select

from tafel.domain.models import AuditEvent, Casus, Huishouden, Toestemming
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError
from tafel.render.logboek_pdf import logboek_pdf
from tafel.services import audit
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.views.logboek import LOCAL, Logboek, LogFilter, LogSoort, acties_van, log_regel


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class LogboekAfdruk:
    """The household's printed overview and the change set of its audit entry."""

    pdf: bytes
    changes: ChangeSet


class LogboekService(Service):
    """The log as lines, for the app's Logboek, ``tafel log`` and the household's overview."""

    @reads
    def logboek(self, filter: LogFilter | None = None, *, shown: bool = False,
                origin: Origin = UNKNOWN) -> Logboek:
        """The lines that pass ``filter``, oldest first (``shown``: logged as an access)."""
        wanted = filter or LogFilter()
        with self._read() as session:
            query = select(AuditEvent)
            referentie = huishouden = ""
            if wanted.casus_id:
                casus = session.get(Casus, uuid.UUID(wanted.casus_id))
                if casus is None:
                    raise NotFoundError("Deze casus bestaat niet (meer).")
                referentie = casus.referentie
                household = session.get(Huishouden, casus.huishouden_id)
                huishouden = household.naam if household else ""
                query = query.where(AuditEvent.casus_id == wanted.casus_id)
            if wanted.van is not None:
                start = datetime.combine(wanted.van, time.min, LOCAL)
                query = query.where(AuditEvent.tijdstip >= _utc(start))
            if wanted.tot is not None:
                end = datetime.combine(wanted.tot + timedelta(days=1), time.min, LOCAL)
                query = query.where(AuditEvent.tijdstip < _utc(end))
            if wanted.wie:
                query = query.where(AuditEvent.wie == wanted.wie)
            acties = acties_van(wanted.soort) if wanted.soort else None
            if acties is not None:
                query = query.where(col(AuditEvent.actie).in_(acties))
            elif wanted.soort is LogSoort.GEWIJZIGD:  # the rest is sorted out below
                query = query.where(AuditEvent.casus_id != "")
            elif wanted.soort is LogSoort.KLUIS:
                query = query.where(AuditEvent.casus_id == "")
            events = list(session.exec(query.order_by(col(AuditEvent.volgnummer))))
            personen = tuple(sorted(set(session.exec(select(AuditEvent.wie).distinct()))))
            referenties = {str(c.id): c.referentie for c in session.exec(select(Casus))}
            toestemmingen = {str(t.id): f"{t.ontvanger} ({t.doel})" if t.doel else t.ontvanger
                             for t in session.exec(select(Toestemming))}
            regels = tuple(log_regel(e, referenties, toestemmingen) for e in events)
            if wanted.soort is not None:
                regels = tuple(r for r in regels if r.kind is wanted.soort)
            if shown:
                case = uuid.UUID(wanted.casus_id) if wanted.casus_id else None
                self._log_access(session, origin).logged(
                    RecordKind.LOGBOEK, AuditAction.BEKEKEN, case, case,
                    "per casus" if case else "hele kluis",
                    grondslag=audit.WETTELIJKE_TAAK if case else "")
            return Logboek(regels, wanted, personen, referentie, huishouden)

    @writes
    def afdruk(self, casus_id: uuid.UUID, filter: LogFilter | None = None, *,
               origin: Origin = UNKNOWN) -> LogboekAfdruk:
        """The household's overview "Wie heeft wat gezien of gedeeld, en waarom" as PDF.

        The lines are read before the print's own entry, which says the overview left the
        vault (for the household itself: ``eigen dossier``).
        """
        wanted = filter or LogFilter()
        logboek = self.logboek(LogFilter(str(casus_id), wanted.van, wanted.tot, wanted.wie,
                                         wanted.soort))
        pdf = logboek_pdf(logboek, self.today())
        with self._write(origin) as write:
            write.changed(RecordKind.CASUS, casus_id, casus_id, AuditAction.AFGEDRUKT,
                          "wie heeft wat gezien of gedeeld", grondslag=audit.EIGEN_DOSSIER)
            return LogboekAfdruk(pdf, write.result(primary_id=casus_id))
