"""What a write changed, so every open screen can refresh what it shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ChangeSet:
    """The kinds and ids a service call wrote; ``primary_id`` is the record it was about."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    casus_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    primary_id: uuid.UUID | None = None

    def touches(self, kind: str) -> bool:
        """Whether records of ``kind`` (for example ``"casus"``) changed."""
        return kind in self.kinds


class ChangeCollector:
    """Collects what one transaction writes; turned into a :class:`ChangeSet` at the end."""

    def __init__(self) -> None:
        self.kinds: set[str] = set()
        self.ids: set[uuid.UUID] = set()
        self.casus_ids: set[uuid.UUID] = set()

    def add(self, kind: str, record_id: uuid.UUID, casus_id: uuid.UUID | None = None) -> None:
        """Note one written record."""
        self.kinds.add(kind)
        self.ids.add(record_id)
        if casus_id is not None:
            self.casus_ids.add(casus_id)

    def result(self, primary_id: uuid.UUID | None = None) -> ChangeSet:
        """The finished change set."""
        return ChangeSet(
            frozenset(self.kinds), frozenset(self.ids), frozenset(self.casus_ids), primary_id
        )
