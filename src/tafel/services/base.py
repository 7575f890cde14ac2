"""What every service shares: the vault, who acts, today's date, and the write pattern.

A write is one transaction, a :class:`~tafel.services.changes.Write`: the service validates,
writes, and records each change on it (which appends its audit event), then returns the
:class:`~tafel.services.changes.ChangeSet` with the origin it was given. A read that must be
logged (an access) uses :meth:`Service._read` and :meth:`Write.logged` likewise. ``today`` is
injectable so tests and the demo can fix the date.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlmodel import Session

from tafel.domain.plan_doc import new_client_id
from tafel.services.changes import UNKNOWN, Origin, Write
from tafel.services.werkplek import werkplek_id
from tafel.vault.vault import Vault

_Method = TypeVar("_Method", bound=Callable[..., Any])


@dataclass
class ServiceContext:
    """The vault and the person working in it."""

    vault: Vault
    actor: str
    today: Callable[[], date] = date.today
    #: The CRDT client id of this session's plan edits: fresh for every opened vault, so two
    #: copies of one vault (a restored backup, a copied file) never write under the same id.
    crdt_client: int = field(default_factory=new_client_id)
    #: This computer's werkplek id for the audit log (:mod:`tafel.services.werkplek`).
    werkplek: str = field(default_factory=werkplek_id)
    #: The responsible user on whose behalf the actor works (NEN 7513); empty: themselves.
    namens: str = ""


class Service:
    """Base for the services; subclasses add one method per use case.

    Every public method that writes takes ``origin`` and returns a ChangeSet (or a result
    whose ``changes`` is one); ``tests/services/test_write_path.py`` walks them all.
    """

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    @property
    def vault(self) -> Vault:
        """The vault this service works on."""
        return self._context.vault

    @property
    def actor(self) -> str:
        """Who is acting (written into every audit entry)."""
        return self._context.actor

    def today(self) -> date:
        """Today's date, as the service sees it."""
        return self._context.today()

    @contextlib.contextmanager
    def _write(self, origin: Origin = UNKNOWN) -> Iterator[Write]:
        """One transaction that records (and audits) what it changes."""
        with self.vault.transaction() as session:
            yield self._new_write(session, origin)

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        """A transaction for reading (it may still append an access entry to the log)."""
        with self.vault.transaction() as session:
            yield session

    def _log_access(self, session: Session, origin: Origin = UNKNOWN) -> Write:
        """Log an access inside a read: ``self._log_access(session, origin).logged(...)``."""
        return self._new_write(session, origin)

    def _new_write(self, session: Session, origin: Origin) -> Write:
        return Write(session, self.actor, origin, werkplek=self._context.werkplek,
                     namens=self._context.namens)


def writes(method: _Method) -> _Method:
    """Mark a public service method that writes: it takes ``origin`` and returns a ChangeSet.

    (Or a result whose ``changes`` is one.) The write-path test finds every method marked
    so, and refuses a public method that is marked neither this nor :func:`reads`.
    """
    method.__tafel_writes__ = True  # type: ignore[attr-defined]
    return method


def reads(method: _Method) -> _Method:
    """Mark a public service method that only reads (it may log an access)."""
    method.__tafel_reads__ = True  # type: ignore[attr-defined]
    return method


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
