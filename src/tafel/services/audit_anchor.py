"""The audit log's anchor outside the vault, and failed unlocks counted where a vault cannot.

Whoever holds the passphrase can delete log entries and set the vault's stored head back; the
chain inside the vault then still checks out. So after every commit that appended entries,
tafel keeps the newest entry's position and hash in a small file in the settings folder
(``audit-anchors.json``, readable by the user only), keyed by the vault's own id (``kluis_id``
in ``vaultmeta``, not its file name, so a moved vault keeps its anchor). Opening a vault and
``tafel check`` compare: the log must still hold that entry at that position
(:func:`check_anchor`, no walk over the chain). The file holds ids, counts, hashes and times,
never case data.

The anchor only moves forward along the chain it saw: a commit whose first entry does not
follow the anchored one leaves it where it is, so a later write cannot quietly make a
shortened log the new truth. Only :class:`~tafel.services.vault_log.LogService`, after it has
written the break into the log itself, moves it on (:func:`force_anchor`).

Failed unlocks cannot be written into a vault that did not open: they are counted here per
vault file (a path, like the last vault in the settings), with the time of the first, and
written as one entry at the next unlock. No passphrase material is kept.

Two tafel processes writing this file at the same moment can lose one update; that only
leaves an anchor older than it could be, which never raises a false alarm.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event as sa_event
from sqlmodel import Session, func, select

from tafel.domain.models import AuditEvent, VaultMeta, utc_now
from tafel.paths import config_dir

ANCHOR_FILE = "audit-anchors.json"
VAULT_ID_KEY = "kluis_id"
INGEKORT = "ingekort"
HERSCHREVEN = "herschreven"

_APPENDED = "tafel.audit.appended"  # keys in Session.info
_PENDING = "tafel.audit.pending"
_FORCE = "tafel.audit.force"
_HOOKED = "tafel.audit.hooked"


def anchors_path() -> Path:
    """The anchor file (``TAFEL_HOME`` moves it, as it moves the settings)."""
    return config_dir() / ANCHOR_FILE


# -- values -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """What tafel last wrote into a vault's log: the newest entry's position and hash."""

    entries: int
    head: str
    time: datetime


@dataclass(frozen=True)
class LogBreak:
    """A log found shorter or different from its anchor, kept until someone has seen it."""

    kind: str  # INGEKORT or HERSCHREVEN
    entries: int  # the anchored position ...
    head: str  # ... and hash
    anchored_at: datetime
    found_entries: int
    found_at: datetime

    @property
    def sentence(self) -> str:
        """One Dutch sentence for ``tafel check`` and the app."""
        kop = f"kop {self.head[:16]}"
        when = dutch_moment(self.anchored_at)
        if self.kind == INGEKORT:
            return (f"Het logboek van deze kluis is buiten tafel om ingekort: op {when} had het "
                    f"{self.entries} regels ({kop}), nu nog {self.found_entries}.")
        return (f"Het logboek van deze kluis is buiten tafel om herschreven: regel "
                f"{self.entries} ({kop}) is niet meer de regel die tafel er op {when} schreef.")

    @property
    def details(self) -> str:
        """The same facts for the log entry that records the break (no case data)."""
        return (f"{self.kind}: verwacht {self.entries} regels met kop {self.head[:16]} "
                f"({_utc_text(self.anchored_at)}), gevonden {self.found_entries}")

    def to_json(self) -> dict[str, Any]:
        """For the anchor file."""
        values = asdict(self)
        values["anchored_at"] = self.anchored_at.isoformat()
        values["found_at"] = self.found_at.isoformat()
        return values

    @classmethod
    def from_json(cls, raw: Any) -> LogBreak | None:
        """From the anchor file; None when it is not a break tafel wrote."""
        try:
            return cls(str(raw["kind"]), int(raw["entries"]), str(raw["head"]),
                       _time(raw["anchored_at"]), int(raw["found_entries"]),
                       _time(raw["found_at"]))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class AnchorCheck:
    """The outcome of comparing a vault's log with its anchor."""

    anchor: Anchor | None  # None: no anchor yet (a new vault, or new on this computer)
    found_entries: int
    intact: bool

    @property
    def sentence(self) -> str:
        """One Dutch sentence; empty when the log holds what tafel wrote."""
        broken = self.as_break(utc_now())
        return broken.sentence if broken else ""

    def as_break(self, found_at: datetime) -> LogBreak | None:
        """The break to record and show, or None when the log is intact."""
        if self.intact or self.anchor is None:
            return None
        kind = INGEKORT if self.found_entries < self.anchor.entries else HERSCHREVEN
        return LogBreak(kind, self.anchor.entries, self.anchor.head, self.anchor.time,
                        self.found_entries, found_at)


@dataclass(frozen=True)
class FailedUnlocks:
    """Failed unlocks of one vault file since the last successful one."""

    count: int
    since: datetime

    @property
    def details(self) -> str:
        """``3 mislukte ontgrendelpogingen sinds 2026-11-30 14:05 UTC``."""
        word = "ontgrendelpoging" if self.count == 1 else "ontgrendelpogingen"
        return f"{self.count} mislukte {word} sinds {_utc_text(self.since)}"


# -- checking -----------------------------------------------------------------------------


def vault_id(session: Session) -> str | None:
    """The vault's own stable id (migration 0005), or None for a vault without one."""
    meta = session.get(VaultMeta, VAULT_ID_KEY)
    return meta.waarde if meta is not None and meta.waarde else None


def load_anchor(vault: str | None) -> Anchor | None:
    """The anchor kept for this vault id, if any."""
    return load_anchor_from(_load().get("vaults", {}).get(vault)) if vault else None


def check_anchor(session: Session, vault: str | None) -> AnchorCheck:
    """Does the log still hold the anchored entry at the anchored position? Never writes.

    One read by primary key and two counts: cheap enough for every unlock (no walk over the
    chain; ``tafel check`` does that). Entries added after the anchor are fine; fewer
    entries, a gap before it or another hash there are not.
    """
    found = session.exec(select(func.count()).select_from(AuditEvent)).one()
    anchor = load_anchor(vault)
    if anchor is None:
        return AnchorCheck(None, found, True)
    at = session.exec(
        select(AuditEvent.hash).where(AuditEvent.volgnummer == anchor.entries)
    ).first()
    up_to = session.exec(
        select(func.count()).select_from(AuditEvent)
        .where(AuditEvent.volgnummer <= anchor.entries)  # type: ignore[operator]
    ).one()
    return AnchorCheck(anchor, found, at == anchor.head and up_to == anchor.entries)


# -- moving the anchor after a commit -----------------------------------------------------


def watch(session: Session, event: AuditEvent) -> None:
    """Called by :func:`tafel.services.audit.record`: anchor ``event`` once it is committed."""
    appended = session.info.setdefault(_APPENDED, [])
    appended.append(event)
    if not session.info.get(_HOOKED):
        session.info[_HOOKED] = True
        sa_event.listen(session, "before_commit", _before_commit)
        sa_event.listen(session, "after_commit", _after_commit)
        sa_event.listen(session, "after_rollback", _forget)


def force_anchor(session: Session) -> None:
    """Let this transaction's commit move the anchor even if its entries do not follow it.

    For :class:`~tafel.services.vault_log.LogService` only: after it has compared the log
    with the anchor, and written any break it found into the log.
    """
    session.info[_FORCE] = True


def _before_commit(session: Session) -> None:
    appended: list[AuditEvent] = session.info.get(_APPENDED) or []
    if not appended:
        return
    session.flush()  # gives the new entries their numbers
    first, last = appended[0], appended[-1]
    session.info[_PENDING] = (vault_id(session), first.vorige_hash, first.volgnummer,
                              Anchor(int(last.volgnummer or 0), last.hash, last.tijdstip))


def _after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    force = session.info.pop(_FORCE, False)
    session.info.pop(_APPENDED, None)
    if pending is None or pending[0] is None:
        return
    vault, previous_head, first_number, anchor = pending

    def advance(data: dict[str, Any]) -> bool:
        vaults = data.setdefault("vaults", {})
        current = load_anchor_from(vaults.get(vault))
        follows = current is None or (
            previous_head == current.head and first_number == current.entries + 1
        )
        if not (follows or force):
            return False
        entry = vaults.setdefault(vault, {})
        entry.update(entries=anchor.entries, head=anchor.head, time=anchor.time.isoformat())
        return True

    _update(advance)


def _forget(session: Session) -> None:
    for key in (_APPENDED, _PENDING, _FORCE):
        session.info.pop(key, None)


def load_anchor_from(raw: Any) -> Anchor | None:
    """An anchor from its JSON form (None when missing or unreadable)."""
    try:
        return Anchor(int(raw["entries"]), str(raw["head"]), _time(raw["time"]))
    except (KeyError, TypeError, ValueError):
        return None


# -- breaks, kept until seen --------------------------------------------------------------


def recorded_break(vault: str | None) -> LogBreak | None:
    """A break found earlier and not yet acknowledged in the app."""
    if not vault:
        return None
    entry = _load().get("vaults", {}).get(vault)
    return LogBreak.from_json(entry.get("break")) if isinstance(entry, dict) else None


def record_break(vault: str, found: LogBreak) -> None:
    """Keep ``found`` beside the anchor until someone has seen it."""
    def keep(data: dict[str, Any]) -> bool:
        data.setdefault("vaults", {}).setdefault(vault, {})["break"] = found.to_json()
        return True

    _update(keep)


def clear_break(vault: str) -> None:
    """Forget the kept break (it was shown and acknowledged, and that is in the log)."""
    def forget(data: dict[str, Any]) -> bool:
        entry = data.get("vaults", {}).get(vault)
        return isinstance(entry, dict) and entry.pop("break", None) is not None

    _update(forget)


# -- failed unlocks -----------------------------------------------------------------------


def _path_key(vault_path: Path | str) -> str:
    return str(Path(vault_path).expanduser().resolve())


def note_failed_unlock(vault_path: Path | str) -> None:
    """Count one failed unlock of the vault at ``vault_path`` (the time, never the attempt)."""
    now = utc_now().isoformat()

    def count(data: dict[str, Any]) -> bool:
        failed = data.setdefault("failed_unlocks", {})
        entry = failed.get(_path_key(vault_path))
        if not isinstance(entry, dict):
            entry = failed[_path_key(vault_path)] = {"count": 0, "since": now}
        entry["count"] = int(entry.get("count", 0)) + 1
        entry["last"] = now
        return True

    _update(count)


def failed_unlocks(vault_path: Path | str) -> FailedUnlocks | None:
    """The failed unlocks counted since the last successful one."""
    raw = _load().get("failed_unlocks", {}).get(_path_key(vault_path))
    try:
        found = FailedUnlocks(int(raw["count"]), _time(raw["since"]))
    except (KeyError, TypeError, ValueError):
        return None
    return found if found.count > 0 else None


def clear_failed_unlocks(vault_path: Path | str) -> None:
    """Start counting again (the count is now in the vault's log)."""
    _update(lambda data: data.get("failed_unlocks", {}).pop(_path_key(vault_path), None)
            is not None)


# -- the file -----------------------------------------------------------------------------


def _load() -> dict[str, Any]:
    try:
        raw = json.loads(anchors_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    for part in ("vaults", "failed_unlocks"):  # a hand-edited file must not stop tafel
        if not isinstance(raw.get(part), dict):
            raw[part] = {}
    raw["vaults"] = {k: v for k, v in raw["vaults"].items() if isinstance(v, dict)}
    return raw


def _update(change: Any) -> None:
    """Read, change and write the file: user-only, through a temporary file and a rename.

    A file that cannot be written leaves things as they were: the data is already committed,
    and an older anchor raises no false alarm. For the same reason there is no fsync (it
    would double the cost of every autosave): after a power cut the file is at worst older
    or gone, never ahead of the vault, whose own commits are synchronous.
    """
    data = _load()
    if not change(data):
        return
    data["version"] = 1
    text = json.dumps(data, indent=1, sort_keys=True).encode("utf-8")
    target = anchors_path()
    temp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        temp = Path(name)
        with os.fdopen(handle, "wb") as stream:  # mkstemp: readable by the user only
            stream.write(text)
        os.replace(temp, target)
    except OSError:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()


def _time(value: Any) -> datetime:
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _utc_text(moment: datetime) -> str:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def dutch_moment(moment: datetime) -> str:
    """``30 november 2026 om 14:05``, in the computer's own time zone."""
    from tafel.domain.dates import dutch_date

    aware = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{dutch_date(aware.date())} om {aware:%H:%M}"
