"""The vault's own moments in the log: unlocked, locked, failed tries, a log found changed.

Whoever opens or closes a vault (the app's controller, the command line's ``open_services``)
calls :meth:`LogService.opened` right after unlocking and :meth:`LogService.closing` right
before locking; a wrong passphrase is counted with
:func:`~tafel.services.audit_anchor.note_failed_unlock`. That is all they need to know: the
anchor check, the failed-unlock entry and moving the anchor on happen here.
"""

from __future__ import annotations

import contextlib

from sqlalchemy.exc import SQLAlchemyError

from tafel.domain.models import utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import TafelError
from tafel.services import audit, audit_anchor
from tafel.services.audit import ChainCheck, LogPosition
from tafel.services.audit_anchor import LogBreak
from tafel.services.base import Service, ServiceContext, reads
from tafel.services.changes import COMMAND, UNKNOWN, Origin, OriginKind


def _origin(via: str) -> Origin:
    """Where an unlock or lock came from, for the entry's origin (BIO): the app or a command."""
    if via == audit.VIA_OPDRACHT:
        return COMMAND
    return Origin(OriginKind.SCREEN, "ontgrendelen") if via == audit.VIA_APP else UNKNOWN


class LogService(Service):
    """Unlock and lock entries, the anchor check, and the log's position for paper."""

    def __init__(self, context: ServiceContext) -> None:
        super().__init__(context)
        #: What :meth:`opened` found: a change to the log not yet acknowledged, or None.
        self.found: LogBreak | None = None

    @reads
    def opened(self, via: str) -> LogBreak | None:
        """Log the unlock (and failed tries before it); return a break in the log, if any.

        The log is compared with its anchor before anything is written. A break found now is
        written into the log itself and kept beside the anchor until someone acknowledges it
        in the app (:meth:`acknowledge`); only then may the anchor follow the changed log.
        """
        failed = audit_anchor.failed_unlocks(self.vault.path)
        with self._write(_origin(via)) as write:
            session = write.session
            kluis = audit_anchor.vault_id(session)
            found = audit_anchor.check_anchor(session, kluis).as_break(utc_now())
            if found is not None and kluis is not None:
                audit_anchor.record_break(kluis, found)
                write.logged(RecordKind.LOGBOEK, AuditAction.LOG_GEWIJZIGD,
                             details=found.details)
            if failed is not None:
                write.logged(RecordKind.KLUIS, AuditAction.MISLUKT_ONTGRENDELEN,
                             details=failed.details, resultaat=audit.GEWEIGERD)
            write.logged(RecordKind.KLUIS, AuditAction.ONTGRENDELD, details=via)
            audit_anchor.force_anchor(session)
        if failed is not None:
            audit_anchor.clear_failed_unlocks(self.vault.path)
        self.found = found or audit_anchor.recorded_break(kluis)
        return self.found

    @reads
    def closing(self, via: str) -> None:
        """Log the lock, while the vault is still open. Never stands in the way of locking."""
        with contextlib.suppress(TafelError, SQLAlchemyError, OSError), \
                self._write(_origin(via)) as write:
            write.logged(RecordKind.KLUIS, AuditAction.VERGRENDELD, details=via)

    @reads
    def acknowledge(self, seen: LogBreak) -> None:
        """The consulent saw the warning: log that, and stop showing it."""
        with self._write() as write:
            kluis = audit_anchor.vault_id(write.session)
            write.logged(RecordKind.LOGBOEK, AuditAction.LOG_WIJZIGING_GEZIEN,
                         details=seen.details)
        if kluis is not None:
            audit_anchor.clear_break(kluis)
        self.found = None

    @reads
    def position(self) -> LogPosition:
        """How far the log is now (for the line on printed plans)."""
        with self.vault.transaction() as session:
            return audit.log_position(session)

    @reads
    def verify_chain(self) -> ChainCheck:
        """Walk the whole chain (``tafel check``; too slow for every unlock)."""
        with self.vault.transaction() as session:
            return audit.verify_chain(session)
