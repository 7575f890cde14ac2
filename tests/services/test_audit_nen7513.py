"""NEN 7513 / BIO fields in the audit log, and a chain that survives migration 0018."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import select

from tafel.domain.models import AuditEvent
from tafel.errors import WrongPassphraseError
from tafel.services import Services, audit
from tafel.services.audit_anchor import note_failed_unlock
from tafel.services.werkplek import werkplek_id
from tafel.vault import Vault, migrate
from tafel.vault.crypto import derive_key, kdf_path
from tafel.vault.engine import make_engine
from tests.builders import CHEAP, PASSPHRASE, TODAY, new_case


def _old_entries(engine, count: int) -> None:  # type: ignore[no-untyped-def]
    """Entries as tafel wrote them at 0016: the old columns, the old hash form."""
    previous = audit.GENESIS
    with engine.begin() as connection:
        for n in range(1, count + 1):
            event = AuditEvent(volgnummer=n, tijdstip=datetime(2026, 1, n, 9, tzinfo=UTC),
                               wie="Fatima Amrani", actie="bekeken", soort="casuslijst",
                               details=f"{n} casussen", vorige_hash=previous, hash="",
                               resultaat="")
            event.hash = audit.event_hash(event)
            connection.execute(text(
                "INSERT INTO auditevent (volgnummer, tijdstip, wie, actie, soort, record_id,"
                " casus_id, details, vorige_hash, hash) VALUES (:n, :t, :w, :a, :s, '', '',"
                " :d, :v, :h)"), {"n": n, "t": event.tijdstip.replace(tzinfo=None),
                                  "w": event.wie, "a": event.actie, "s": event.soort,
                                  "d": event.details, "v": previous, "h": event.hash})
            previous = event.hash
        connection.execute(text("INSERT INTO vaultmeta (sleutel, waarde) VALUES "
                                "('audit_head', :h)"), {"h": previous})


def test_a_vault_with_entries_at_0016_migrates_and_its_chain_still_verifies(
        tmp_path: Path) -> None:
    path = tmp_path / "oud.tafel"
    params = CHEAP.with_new_salt()
    kdf_path(path).write_text(params.to_json())
    engine = make_engine(path, derive_key(PASSPHRASE, params))
    migrate.upgrade(engine, path, target="0016")
    _old_entries(engine, 5)
    engine.dispose()

    vault = Vault.open(path, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.HEAD
        with vault.transaction() as session:
            assert audit.verify_chain(session).intact
        services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        case_id = services.casussen.register(new_case()).primary_id
        assert case_id is not None
        services.casussen.open(case_id)
        with vault.transaction() as session:
            check = audit.verify_chain(session)
            events = list(session.exec(select(AuditEvent).order_by(AuditEvent.volgnummer)))
        assert check.intact and check.entries == len(events) > 5
        assert [e.resultaat for e in events[:5]] == [""] * 5  # old entries stay as they were
        opened = events[-1]
        assert (opened.actie, opened.soort, opened.casus_id) == ("bekeken", "casus", str(case_id))
        assert opened.werkplek == werkplek_id() and len(opened.werkplek) == 32
        assert opened.namens == "Fatima Amrani" and opened.resultaat == audit.GELUKT
        assert opened.grondslag == audit.WETTELIJKE_TAAK
        # A new entry's new fields are covered by its hash: blanking them is seen.
        with vault.transaction() as session:
            session.connection().execute(text(
                "UPDATE auditevent SET werkplek = '', grondslag = '', resultaat = '' "
                "WHERE volgnummer = :n"), {"n": opened.volgnummer})
        with vault.transaction() as session:
            assert audit.verify_chain(session).first_bad == opened.volgnummer
    finally:
        vault.lock()


def test_a_failed_unlock_is_logged_as_refused(vault_path: Path) -> None:
    try:
        Vault.open(vault_path, "niet de goede wachtwoordzin")
    except WrongPassphraseError:
        note_failed_unlock(vault_path)
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        Services(vault, "Fatima Amrani").log.opened(audit.VIA_APP)
        with vault.transaction() as session:
            rows = [(e.actie, e.resultaat, e.herkomst) for e in
                    session.exec(select(AuditEvent).order_by(AuditEvent.volgnummer))]
            assert audit.verify_chain(session).intact
    finally:
        vault.lock()
    assert rows[-2:] == [("mislukt ontgrendelen", "geweigerd", "scherm ontgrendelen"),
                         ("ontgrendeld", "gelukt", "scherm ontgrendelen")]
