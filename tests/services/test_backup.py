"""Backup and restore through the services: the reminder, and what a restored vault renews.

A restored vault is a new laptop of the same consulent: a new vault id, no old bundle keys,
no memory of what was sent under the old id, and a CRDT client id of its own (never stored).
The reminder appears once the last backup is more than a week old, and never blocks.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import func, select

from tafel.domain.bundel_tables import SyncStand
from tafel.domain.models import AuditEvent
from tafel.domain.records import AuditAction
from tafel.errors import DiskFullError, ReadOnlyError
from tafel.services import Services
from tafel.services.audit import VIA_OPDRACHT
from tafel.services.backup import terugzetten
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY
from tests.faults import make_read_only, small_disk


def test_the_reminder_appears_when_the_last_backup_is_eight_days_old(
    demo_path: Path, tmp_path: Path
) -> None:
    day = [TODAY]
    vault = Vault.open(demo_path, PASSPHRASE)
    try:
        services = Services(vault, "Fatima Amrani", today=lambda: day[0])
        made = services.backup.maken(tmp_path / "b.tafelbackup")
        day[0] = made.moment.astimezone().date() + timedelta(days=7)
        assert services.backup.herinnering() is None
        day[0] += timedelta(days=1)
        reminder = services.backup.herinnering()
        assert reminder is not None and reminder.dagen == 8
        assert reminder.laatste == made.moment.astimezone().date()
        assert reminder.zin.startswith("Je laatste back-up is van ")
        with vault.transaction() as session:
            entry = session.exec(select(AuditEvent).order_by(
                AuditEvent.volgnummer.desc())).first()  # type: ignore[union-attr]
        assert entry is not None and entry.actie == AuditAction.BACKUP_GEMAAKT
        assert str(tmp_path) not in entry.details and "b.tafelbackup" not in entry.details
    finally:
        vault.lock()


def test_without_any_backup_a_week_old_vault_with_cases_is_reminded(
    demo_services: Services,
) -> None:
    demo_services.context.today = lambda: date.today() + timedelta(days=8)
    reminder = demo_services.backup.herinnering()
    assert reminder is not None and reminder.laatste is None
    demo_services.context.today = lambda: date.today() + timedelta(days=6)
    assert demo_services.backup.herinnering() is None


def test_the_reminder_follows_the_days_the_settings_give_and_zero_never_reminds(
    demo_services: Services,
) -> None:
    demo_services.context.today = lambda: date.today() + timedelta(days=3)
    assert demo_services.backup.herinnering(2) is not None
    assert demo_services.backup.herinnering(3) is None
    demo_services.context.today = lambda: date.today() + timedelta(days=400)
    assert demo_services.backup.herinnering(90) is not None
    assert demo_services.backup.herinnering(0) is None


def test_a_restored_vault_has_its_own_identity_and_its_checks(
    demo_services: Services, tmp_path: Path
) -> None:
    original = demo_services
    original.partijen.sleutels_aanmaken()
    mine = original.partijen.eigen_sleutels()
    with original.context.vault.transaction() as session:  # as if a bundle had gone out
        session.add(SyncStand(casus_id=original.casussen.resolve("T-2026-0001"),
                              ontvangers=str(uuid.uuid4()), volgnummer=3))
    made = original.backup.maken(tmp_path / "b.tafelbackup")
    restored_path = tmp_path / "terug.tafel"
    done = terugzetten(made.pad, restored_path, PASSPHRASE)
    assert done.oude_kluis_id == original.medewerker.kluis_id()
    assert done.nieuwe_kluis_id != done.oude_kluis_id and done.casussen >= 5
    vault = Vault.open(restored_path, PASSPHRASE)
    try:
        restored = Services(vault, today=lambda: TODAY)
        assert restored.medewerker.kluis_id() == done.nieuwe_kluis_id
        assert restored.context.crdt_client != original.context.crdt_client
        restored.partijen.sleutels_aanmaken()
        theirs = restored.partijen.eigen_sleutels()
        assert theirs.age_ontvanger != mine.age_ontvanger
        assert theirs.tekensleutel_publiek != mine.tekensleutel_publiek
        assert restored.medewerker.mijn_gegevens() == original.medewerker.mijn_gegevens()
        assert restored.backup.laatste() == made.moment
        restored.log.opened(VIA_OPDRACHT)
        assert restored.log.found is None  # the original's anchor is not taken for this log
        with vault.transaction() as session:
            assert session.exec(select(func.count()).select_from(SyncStand)).one() == 0
            actions = [e.actie for e in session.exec(select(AuditEvent))]
        assert actions.count(AuditAction.TERUGGEZET_UIT_BACKUP) == 1
    finally:
        vault.lock()


def test_a_stick_too_small_leaves_no_file_and_notes_no_backup(
    demo_services: Services, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "stick", size_kib=256) as stick:
        with pytest.raises(DiskFullError) as refused:
            demo_services.backup.maken(stick.path / "kluis.tafelbackup")
        assert "vol" in refused.value.message
        assert list(stick.path.iterdir()) == []  # not even the temporary file
    assert demo_services.backup.laatste() is None
    assert [p.name for p in demo_services.context.vault.path.parent.iterdir()
            if "back-up" in p.name] == []  # the work folder beside the vault is gone too


def test_a_read_only_stick_leaves_no_file(demo_services: Services, tmp_path: Path) -> None:
    with small_disk(tmp_path / "stick", size_kib=8192) as stick:
        make_read_only(stick.path)
        with pytest.raises(ReadOnlyError):
            demo_services.backup.maken(stick.path / "kluis.tafelbackup")
        assert list(stick.path.iterdir()) == []
    assert demo_services.backup.laatste() is None


def test_a_restore_onto_a_full_disk_leaves_no_vault(
    demo_services: Services, tmp_path: Path
) -> None:
    made = demo_services.backup.maken(tmp_path / "b.tafelbackup")
    with small_disk(tmp_path / "klein", size_kib=256) as disk:
        with pytest.raises(DiskFullError):
            terugzetten(made.pad, disk.path / "terug.tafel", PASSPHRASE)
        assert list(disk.path.iterdir()) == []
