"""Forms the lock closed before they were saved: kept encrypted in the vault, offered again.

When the idle lock (or Ctrl+L) closes a half-filled form, what was typed must not be lost,
and it must not be written anywhere in clear. So it goes into the vault, in the same
transaction style as every other write, and after the next unlock the screen takes it back
out (:meth:`KeptFormService.take_all` reads and removes in one go) to offer it again.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import select

from tafel.domain.models import BewaardFormulier
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import ValidationError
from tafel.services.base import Service, aware, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin

KIND = RecordKind.BEWAARD_FORMULIER
MAX_FORM_BYTES = 256 * 1024
MAX_KEPT = 20


@dataclass(frozen=True)
class KeptForm:
    """One kept form: which form, for which case, its fields as typed, and when."""

    id: uuid.UUID
    soort: str
    casus_id: uuid.UUID | None
    inhoud: dict[str, Any]
    bewaard_op: datetime


@dataclass(frozen=True)
class KeptForms:
    """The kept forms handed back after an unlock, and what taking them changed."""

    forms: list[KeptForm]
    changes: ChangeSet


class KeptFormService(Service):
    """Keep a form at the lock; hand kept forms back after the unlock."""

    @writes
    def keep(self, soort: str, inhoud: dict[str, Any], casus_id: uuid.UUID | None = None, *,
             origin: Origin = UNKNOWN) -> ChangeSet:
        """Keep the fields of one form that was still open when the vault locked."""
        soort = str(soort).strip()
        if not soort or len(soort) > 60:
            raise ValidationError("Dit formulier kan tafel niet bewaren.")
        try:
            size = len(json.dumps(inhoud, ensure_ascii=False).encode("utf-8"))
        except (TypeError, ValueError):
            raise ValidationError("Dit formulier kan tafel niet bewaren.") from None
        if size > MAX_FORM_BYTES:
            raise ValidationError("Dit formulier is te groot om te bewaren.")
        with self._write(origin) as write:
            session = write.session
            kept = session.exec(select(BewaardFormulier)).all()
            for oldest in sorted(kept, key=lambda row: aware(row.aangemaakt_op))[
                : max(0, len(kept) - MAX_KEPT + 1)
            ]:
                session.delete(oldest)  # a bounded shelf, not a second archive
            row = BewaardFormulier(soort=soort, casus_id=casus_id, inhoud=dict(inhoud))
            session.add(row)
            session.flush()
            write.changed(KIND, row.id, casus_id, AuditAction.BEWAARD_BIJ_VERGRENDELEN, soort)
            return write.result(primary_id=row.id)

    @writes
    def take_all(self, *, origin: Origin = UNKNOWN) -> KeptForms:
        """Every kept form, oldest first; they leave the vault as they are handed back."""
        with self._write(origin) as write:
            session = write.session
            rows = sorted(session.exec(select(BewaardFormulier)).all(),
                          key=lambda row: aware(row.aangemaakt_op))
            forms = [KeptForm(row.id, row.soort, row.casus_id, dict(row.inhoud),
                              aware(row.aangemaakt_op)) for row in rows]
            for row in rows:
                write.changed(KIND, row.id, row.casus_id, AuditAction.TERUGGEZET, row.soort)
                session.delete(row)
            return KeptForms(forms, write.result())
