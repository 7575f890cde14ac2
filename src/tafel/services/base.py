"""What every service shares: the vault, who acts, today's date, and the write pattern.

A write is one transaction that validates, writes, appends its audit event and returns a
:class:`~tafel.services.changes.ChangeSet`. ``today`` is injectable so tests and the demo can
fix the date.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import Session

from tafel.services.changes import ChangeCollector
from tafel.vault.vault import Vault


@dataclass
class ServiceContext:
    """The vault and the person working in it."""

    vault: Vault
    actor: str
    today: Callable[[], date] = date.today


class Service:
    """Base for the services; subclasses add one method per use case."""

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
    def _write(self) -> Iterator[tuple[Session, ChangeCollector]]:
        """One transaction plus a collector for what it changes."""
        with self.vault.transaction() as session:
            yield session, ChangeCollector()

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        """A transaction for reading (it may still append an access entry to the log)."""
        with self.vault.transaction() as session:
            yield session


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
