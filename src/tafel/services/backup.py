"""Backup and restore: one encrypted file the consulent keeps apart, and a new vault made from it.

A backup (:meth:`BackupService.maken`) is one file in a place the user chooses (a USB stick),
encrypted and sealed with the vault's own passphrase (:mod:`tafel.vault.backup_file` argues
why). Inside the encrypted copy it lists what the vault held: the rows per table and the
log's length and head. The vault notes when its last backup was made (``vaultmeta``
``laatste_back-up``) and logs it without the place (a folder name can name a person).
:meth:`BackupService.herinnering` says when the last one is more than a week old.

A restore (:func:`terugzetten`) always makes a NEW vault, never over an existing file: it
opens the seal, builds the vault under a hidden name, checks that every table holds as many
rows as the manifest lists and that the audit chain is whole, and only then gives it its name.
Anything wrong leaves no vault behind.

What a restored vault keeps and what changes:

- It keeps every record, the audit log (one entry is added: restored, from which vault id and
  which day), the consulent's name and the parties it knows (their cards and verifications:
  their keys did not change).
- It gets a new vault id, and its own bundle keys (age identity, signing key) are dropped, to
  be made anew when first needed. The original may still exist (a laptop found again, a
  test restore on a second laptop), and two vaults that send bundles under one id would write
  the same bundle numbers and plan registers as one party, which the other parties' merges
  cannot tell apart (docs/bundle-format.md); and a lost laptop still holds the old secret keys.
  So a restored vault is a new laptop of the same consulent: it introduces itself again with
  its new card, which the other parties verify as they did the first one.
- What it sent each set of recipients (``SyncStand``) is forgotten, so its first bundle to
  anyone is a whole one under the new id, not a follow-up to bundles the others never got
  from it.
- The CRDT client id is never stored (every session draws a fresh one,
  :class:`~tafel.services.base.ServiceContext`), so no edit is ever made under the original's.
- The audit anchor outside the vault is kept per vault id: the new id starts its own, so the
  original's longer log is never taken for this one cut short.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, delete, select

from tafel.domain.bundel_tables import SyncStand
from tafel.domain.dates import dutch_date
from tafel.domain.models import AuditEvent, VaultMeta, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import TafelError, VaultExistsError
from tafel.identity import UNNAMED_ACTOR
from tafel.services import audit, audit_anchor
from tafel.services.base import Service, aware, reads, writes
from tafel.services.changes import COMMAND, UNKNOWN, ChangeSet, Origin, Write
from tafel.services.medewerker import medewerker_in
from tafel.services.partijen import AGE_KEY, TEKEN_KEY
from tafel.vault import backup_file, migrate
from tafel.vault.backup_file import INHOUD_KEY, BackupDamagedError
from tafel.vault.crypto import kdf_path, write_private
from tafel.vault.engine import make_engine
from tafel.vault.files import DEMO_PASSPHRASE, is_demo_vault, is_vault_companion
from tafel.vault.lockfile import VaultLock
from tafel.vault.sql_errors import translating

LAATSTE_KEY = "laatste_back-up"
#: After this many days without a backup the app reminds (never blocks).
HERINNER_NA_DAGEN = 7
SUFFIX = backup_file.SUFFIX


@dataclass(frozen=True)
class BackupGemaakt:
    """A backup written: where, how big, when; ``changes`` as every write returns."""

    pad: Path
    grootte: int
    moment: datetime
    changes: ChangeSet


@dataclass(frozen=True)
class Herinnering:
    """The last backup is too old (or there is none yet): a calm reminder."""

    laatste: date | None  # None: never made
    dagen: int  # days since the last one (or since the vault was made)

    @property
    def zin(self) -> str:
        """One Dutch sentence for the command line and tests (the app translates its own)."""
        if self.laatste is None:
            return "Je hebt nog geen back-up van deze kluis gemaakt; maak er een."
        return f"Je laatste back-up is van {dutch_date(self.laatste)}; maak een nieuwe."


@dataclass(frozen=True)
class Teruggezet:
    """A restored vault and what was checked: rows per table, the log's length and head."""

    pad: Path
    tabellen: dict[str, int]
    logregels: int
    gemaakt: datetime | None
    oude_kluis_id: str
    nieuwe_kluis_id: str
    demo: bool = False

    @property
    def casussen(self) -> int:
        """How many cases arrived."""
        return self.tabellen.get("casus", 0)


class BackupService(Service):
    """Backups of the open vault, and the reminder."""

    @writes
    def maken(self, doel: Path | str, origin: Origin = UNKNOWN) -> BackupGemaakt:
        """Write a backup of the whole vault to ``doel`` (one file, replaced if it exists).

        Then note the moment in the vault and the log (without the place). A disk that is
        full, a folder that cannot be written or a stick pulled out leaves no file and notes
        nothing.
        """
        target = backup_file.check_target(Path(doel))
        moment = utc_now()
        engine = self.vault.engine
        work = backup_file.work_folder(self.vault.path)
        try:
            with self._read() as session:
                kluis_id = audit_anchor.vault_id(session) or ""
            tabellen: dict[str, int] = {}

            def inhoud(raw: Any) -> str:  # in the export's own transaction
                tabellen.update(_counts(raw))
                return json.dumps({"tabellen": tabellen, "gemaakt": moment.isoformat(),
                                   "kluis_id": kluis_id})

            with translating(), engine.connect() as connection:
                copy = backup_file.export_copy(connection.connection.driver_connection, work,
                                               inhoud)
            size = backup_file.write_sealed(copy, self.vault.path, self.vault.seal_key, target)
        finally:
            backup_file.remove_folder(work)
        with self._write(origin) as write:
            row = write.session.get(VaultMeta, LAATSTE_KEY) or VaultMeta(sleutel=LAATSTE_KEY)
            row.waarde = moment.isoformat()
            write.session.add(row)
            record_id = _vault_uuid(kluis_id)
            write.changed(RecordKind.KLUIS, record_id, None, AuditAction.BACKUP_GEMAAKT,
                          f"{tabellen.get('casus', 0)} casussen, {size} bytes")
            changes = write.result(record_id)
        return BackupGemaakt(target, size, moment, changes)

    @reads
    def laatste(self) -> datetime | None:
        """When the last backup of this vault was made (this vault's or the one it came from)."""
        with self._read() as session:
            return _laatste(session)

    @reads
    def herinnering(self, na_dagen: int = HERINNER_NA_DAGEN) -> Herinnering | None:
        """A reminder when the last backup is more than ``na_dagen`` old; None when all is well.

        No backup yet: a reminder once the vault is that old and holds a case. A demo
        vault (invented households) never reminds, and ``na_dagen`` 0 (the settings' "never")
        neither.
        """
        if is_demo_vault(self.vault.path) or na_dagen <= 0:
            return None
        today = self.today()
        with self._read() as session:
            laatste = _laatste(session)
            if laatste is not None:
                day = laatste.astimezone().date()
                days = (today - day).days
                return Herinnering(day, days) if days > na_dagen else None
            first = session.exec(select(AuditEvent.tijdstip)
                                 .order_by(col(AuditEvent.volgnummer)).limit(1)).first()
            cases = _count(session, "casus")
        if first is None or cases == 0:
            return None
        days = (today - aware(first).astimezone().date()).days
        return Herinnering(None, days) if days > na_dagen else None


def suggested_name(vault_path: Path, today: date) -> str:
    """``kluis-2026-11-30.tafelbackup``: the vault's name and the day."""
    return f"{vault_path.stem}-{today.isoformat()}{SUFFIX}"


def is_demo_backup(path: Path | str) -> bool:
    """Whether a backup is of a demo vault (it opens with the published demo passphrase)."""
    return backup_file.is_demo_backup(Path(path))


def terugzetten(bron: Path | str, doel: Path | str, wachtwoordzin: str,
                origin: Origin = COMMAND) -> Teruggezet:
    """Make a new vault at ``doel`` from the backup ``bron``; check that everything arrived.

    Refused when anything is at ``doel`` already. The vault opens afterwards with the
    passphrase the backup was made with; an empty one opens a demo vault's backup with the
    published demo passphrase. See the module's docstring for what changes.
    """
    if not wachtwoordzin and is_demo_backup(bron):
        wachtwoordzin = DEMO_PASSPHRASE
    target = Path(doel).expanduser().resolve()
    if is_vault_companion(target):
        raise TafelError("Die naam hoort bij de bestanden van een kluis; kies een naam als "
                         "kluis.tafel voor de nieuwe kluis.")
    if target.exists() or kdf_path(target).exists():
        raise VaultExistsError("Op die plek staat al een bestand; een back-up komt altijd in "
                               "een nieuwe kluis. Kies een nieuwe naam.")
    if not target.parent.is_dir():
        raise TafelError("Die map bestaat niet (meer); kies een andere plek.")
    lock = VaultLock(target)
    lock.acquire()
    building = target.with_name(f".{target.name}.aanmaak")
    try:
        _remove(building)
        opened = backup_file.open_sealed(Path(bron), wachtwoordzin, building)
        try:
            with translating():
                result = _check_and_renew(building, opened.key, target, origin)
            with open(building, "rb") as handle:
                salt = handle.read(16)
            write_private(kdf_path(target), opened.params.bound_to(opened.key, salt).to_json())
            os.replace(building, target)
            backup_file.fsync_folder(target.parent)
        except BaseException:
            _remove(building)
            if not target.exists():
                kdf_path(target).unlink(missing_ok=True)
            raise
    finally:
        lock.release()
    return Teruggezet(target, result.tabellen, result.logregels, result.gemaakt,
                      result.oude_kluis_id, result.nieuwe_kluis_id, opened.params.demo)


# -- the restore's steps --------------------------------------------------------------------


def _check_and_renew(building: Path, key: bytes, target: Path, origin: Origin) -> Teruggezet:
    """Check the copy against its manifest and its chain; give it its own identity."""
    engine = make_engine(building, key)
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            rows = [r[0] for r in raw.execute("PRAGMA cipher_integrity_check")]
            rows += [r[0] for r in raw.execute("PRAGMA quick_check") if r[0] != "ok"]
            if rows:
                raise BackupDamagedError()
            found = raw.execute("SELECT waarde FROM vaultmeta WHERE sleutel = ?",
                                (INHOUD_KEY,)).fetchone()
            inhoud = _manifest(found[0] if found else None)
            raw.execute("DELETE FROM vaultmeta WHERE sleutel = ?", (INHOUD_KEY,))
            tabellen = _counts(raw)
        if tabellen != inhoud["tabellen"]:
            raise BackupDamagedError("Deze back-up is niet compleet: niet alles wat de kluis "
                                     "had, is erin terechtgekomen. Er is geen kluis gemaakt.")
        premigration = migrate.upgrade(engine, building)  # a backup from an older tafel
        if premigration is not None:
            premigration.unlink(missing_ok=True)  # the backup file itself is that copy
        with Session(engine, expire_on_commit=False) as session:
            chain = audit.verify_chain(session)
            if not chain.intact:
                raise BackupDamagedError("Het logboek in deze back-up klopt niet: het is buiten "
                                         "tafel om gewijzigd. Er is geen kluis gemaakt.")
            old_id = audit_anchor.vault_id(session) or ""
            new_id = str(uuid.uuid4())
            _set(session, audit_anchor.VAULT_ID_KEY, new_id)
            _set(session, LAATSTE_KEY, str(inhoud.get("gemaakt") or ""))
            for sleutel in (AGE_KEY, TEKEN_KEY):
                row = session.get(VaultMeta, sleutel)
                if row is not None:
                    session.delete(row)
            session.exec(delete(SyncStand))  # type: ignore[call-overload]
            medewerker = medewerker_in(session)
            write = Write(session, medewerker.naam if medewerker else UNNAMED_ACTOR, origin)
            gemaakt = _moment(inhoud.get("gemaakt"))
            when = gemaakt.date().isoformat() if gemaakt else "onbekend"
            write.changed(RecordKind.KLUIS, uuid.UUID(new_id), None,
                          AuditAction.TERUGGEZET_UIT_BACKUP,
                          f"back-up van {when}, vorige kluis-id {old_id}, "
                          f"{chain.entries} logregels gecontroleerd")
            session.commit()
        migrate.checkpoint(engine)
    finally:
        engine.dispose()
    for companion in (Path(f"{building}-wal"), Path(f"{building}-shm")):
        companion.unlink(missing_ok=True)
    return Teruggezet(target, tabellen, chain.entries, gemaakt, old_id, new_id)


def _counts(raw: Any) -> dict[str, int]:
    """Rows per table (every table of the vault, the schema's own bookkeeping included)."""
    names = [r[0] for r in raw.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {name: int(raw.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
            for name in names}


def _count(session: Session, table: str) -> int:
    connection = session.connection()
    return int(connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0)


def _manifest(text: str | None) -> dict[str, Any]:
    try:
        found = json.loads(text or "")
        if not isinstance(found, dict) or not isinstance(found.get("tabellen"), dict):
            raise ValueError("no manifest")
        found["tabellen"] = {str(k): int(v) for k, v in found["tabellen"].items()}
        return found
    except (ValueError, TypeError) as error:
        raise BackupDamagedError() from error


def _set(session: Session, sleutel: str, waarde: str) -> None:
    row = session.get(VaultMeta, sleutel) or VaultMeta(sleutel=sleutel)
    row.waarde = waarde
    session.add(row)


def _laatste(session: Session) -> datetime | None:
    row = session.get(VaultMeta, LAATSTE_KEY)
    return _moment(row.waarde if row is not None else None)


def _moment(text: object) -> datetime | None:
    try:
        return aware(datetime.fromisoformat(str(text))) if text else None
    except ValueError:
        return None


def _vault_uuid(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"tafel-kluis:{text}")


def _remove(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        candidate.unlink(missing_ok=True)

