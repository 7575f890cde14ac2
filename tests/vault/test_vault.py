"""The vault on real SQLCipher files: create, unlock, lock, rekey, migrate, nothing in clear."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from tafel.errors import (
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from tafel.services import Services
from tafel.vault import KdfParams, Vault, migrate
from tafel.vault.crypto import derive_key, kdf_path, pending_kdf_path
from tafel.vault.engine import make_engine
from tafel.vault.vault import DEMO_PASSPHRASE
from tests.builders import CHEAP, PASSPHRASE, TODAY
from tests.old_vaults import old_engine


def test_wrong_passphrase_is_refused_with_one_dutch_sentence(vault_path: Path) -> None:
    with pytest.raises(WrongPassphraseError) as caught:
        Vault.open(vault_path, "dit is niet de goede zin")
    assert str(caught.value).startswith("Deze wachtwoordzin opent de kluis niet")


def test_wrong_passphrase_prints_nothing_on_stderr(vault_path: Path) -> None:
    """SQLCipher's own log line ("hmac check failed") must not reach the user."""
    script = (
        "import sys\n"
        "from tafel.vault import Vault\n"
        "from tafel.errors import WrongPassphraseError\n"
        "try:\n"
        f"    Vault.open({str(vault_path)!r}, 'fout fout fout fout')\n"
        "except WrongPassphraseError:\n"
        "    print('refused')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "refused"
    assert result.stderr == ""


def test_lock_forgets_the_key(vault: Vault) -> None:
    vault.lock()
    assert not vault.is_unlocked
    with pytest.raises(VaultLockedError), vault.transaction():
        pass


def test_files_are_private_and_the_journal_is_wal(vault: Vault) -> None:
    with vault.transaction() as session:
        mode = session.connection().execute(text("PRAGMA journal_mode")).scalar()
        temp = session.connection().execute(text("PRAGMA temp_store")).scalar()
    assert mode == "wal"
    assert temp == 2  # MEMORY: no temp files in clear
    for path in vault.path.parent.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


def test_create_refuses_an_existing_vault_and_weak_passphrases(vault_path: Path) -> None:
    with pytest.raises(VaultExistsError):
        Vault.create(vault_path, PASSPHRASE, CHEAP)
    with pytest.raises(WeakPassphraseError):
        Vault.create(vault_path.with_name("b.tafel"), "kort", CHEAP)
    with pytest.raises(WeakPassphraseError):
        Vault.create(vault_path.with_name("c.tafel"), DEMO_PASSPHRASE, CHEAP)
    with pytest.raises(VaultNotFoundError):
        Vault.open(vault_path.with_name("bestaat-niet.tafel"), PASSPHRASE)


def test_change_passphrase_reencrypts(vault: Vault) -> None:
    with vault.transaction() as session:
        session.connection().execute(text("CREATE TABLE proef (x TEXT)"))
        session.connection().execute(text("INSERT INTO proef VALUES ('bewaard')"))
    old_salt = kdf_path(vault.path).read_text()
    vault.change_passphrase(PASSPHRASE, "een heel nieuwe zin")
    assert kdf_path(vault.path).read_text() != old_salt
    assert not pending_kdf_path(vault.path).exists()
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        Vault.open(vault.path, PASSPHRASE)
    reopened = Vault.open(vault.path, "een heel nieuwe zin")
    with reopened.transaction() as session:
        assert session.connection().execute(text("SELECT x FROM proef")).scalar() == "bewaard"
    assert reopened.integrity_errors() == []
    reopened.lock()


def test_change_passphrase_needs_the_old_one(vault: Vault) -> None:
    with pytest.raises(WrongPassphraseError):
        vault.change_passphrase("niet de oude zin", "een heel nieuwe zin")


def test_an_interrupted_rekey_still_opens(vault: Vault) -> None:
    """A crash after writing the new key file but before the swap leaves the old key valid."""
    params = KdfParams.from_json(kdf_path(vault.path).read_text()).with_new_salt()
    pending_kdf_path(vault.path).write_text(params.to_json())
    vault.lock()
    reopened = Vault.open(vault.path, PASSPHRASE)
    assert not pending_kdf_path(vault.path).exists()
    reopened.lock()


def test_a_damaged_key_file_gets_a_clear_sentence(vault_path: Path) -> None:
    kdf_path(vault_path).write_text("{niet: json")
    with pytest.raises(Exception) as caught:
        Vault.open(vault_path, PASSPHRASE)
    assert "sleutelbestand" in str(caught.value)


def test_migration_from_the_first_schema_keeps_data_and_takes_a_backup(tmp_path: Path) -> None:
    """Make a vault at revision 0001 by hand, then let opening it migrate to head."""
    path = tmp_path / "oud.tafel"
    params = CHEAP.with_new_salt()
    kdf_path(path).write_text(params.to_json())
    from tafel.vault.crypto import derive_key
    from tafel.vault.engine import make_engine

    engine = make_engine(path, derive_key(PASSPHRASE, params))
    migrate.upgrade(engine, path, target="0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO huishouden (id, aangemaakt_op, gewijzigd_op, naam, adres, plaats) "
            "VALUES ('0123456789abcdef0123456789abcdef', '2026-01-01', '2026-01-01', "
            "'Huishouden Oudeschema', '', '')"
        ))
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()

    vault = Vault.open(path, PASSPHRASE)
    assert migrate.current_revision(vault.engine) == migrate.head_revision()
    assert vault.last_backup is not None and vault.last_backup.exists()
    assert stat.S_IMODE(vault.last_backup.stat().st_mode) & 0o077 == 0
    with vault.transaction() as session:
        names = session.connection().execute(text("SELECT naam FROM huishouden")).scalars()
        assert list(names) == ["Huishouden Oudeschema"]
        columns = session.connection().execute(text("PRAGMA table_info(indicatie)")).all()
        assert "wachtlijst_sinds" in {c[1] for c in columns}
    vault.lock()
    # the backup is still encrypted, and still at the old revision
    assert b"Oudeschema" not in vault.last_backup.read_bytes()
    old = make_engine(vault.last_backup, derive_key(PASSPHRASE, params))
    assert migrate.current_revision(old) == "0001"
    old.dispose()


def test_nothing_in_clear_in_any_file_of_the_demo_vault(demo_path: Path) -> None:
    from tafel.demo.households import DEMO_SURNAMES

    vault = Vault.open(demo_path, PASSPHRASE)
    with vault.transaction() as session:  # leave a WAL behind, as a running app does
        session.connection().execute(text("SELECT count(*) FROM casus")).scalar()
    files = [p for p in demo_path.parent.iterdir() if p.is_file()]
    contents = b"".join(p.read_bytes() for p in files)
    vault.lock()
    contents += b"".join(p.read_bytes() for p in demo_path.parent.iterdir() if p.is_file())
    for surname in DEMO_SURNAMES:
        assert surname.encode("utf-8") not in contents, surname
        assert surname.encode("utf-16-le") not in contents, surname


def test_default_key_derivation_uses_at_least_64_mib() -> None:
    params = KdfParams()
    assert params.memory_kib >= 64 * 1024
    assert params.time_cost >= 1



def _old_case(engine: Engine) -> None:
    """A household with a young person, a case and someone in its network, as 0001 stored it."""
    household, young, case, network = ("11" * 16, "22" * 16, "33" * 16, "44" * 16)
    made = "'2026-01-05 10:00:00'"
    with engine.begin() as connection:
        connection.execute(text(
            f"INSERT INTO huishouden VALUES ('{household}', {made}, {made}, "
            "'Huishouden Oudeschema', 'Dorpsstraat 1', 'Weidestad')"))
        connection.execute(text(
            f"INSERT INTO persoon VALUES ('{young}', {made}, {made}, '{household}', 'JONGERE', "
            "'Sem', 'Oudeschema', '2009-06-01', NULL, '', '')"))
        connection.execute(text(
            f"INSERT INTO casus VALUES ('{case}', {made}, {made}, '{household}', '{young}', "
            "'T-2026-0001', 'INTAKE', NULL, 'Fatima Amrani', '2026-01-05', NULL, 'school')"))
        connection.execute(text(
            f"INSERT INTO betrokkene VALUES ('{network}', {made}, {made}, '{case}', "
            "'INFORMEEL', 'Oma Oudeschema', 'oma', '', '', '', NULL, '', NULL, 1)"))


def test_a_vault_with_a_whole_case_from_the_first_schema_migrates_and_keeps_it(
        tmp_path: Path) -> None:
    """An old vault with a case in it opens, and the case is all there.

    Later migrations rebuild tables that others point to (persoon, casus): with the vault's
    foreign keys on, rebuilding one that holds rows failed, and the vault of anyone who used
    tafel before could not be opened any more.
    """
    path = tmp_path / "oud.tafel"
    engine = old_engine(path)
    migrate.upgrade(engine, path, target="0001")
    _old_case(engine)
    engine.dispose()

    vault = Vault.open(path, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.HEAD
        with vault.transaction() as session:
            connection = session.connection()
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1  # on again
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        [row] = services.casussen.summaries()
        assert (row.referentie, row.jongere, row.huishouden) == (
            "T-2026-0001", "Sem Oudeschema", "Huishouden Oudeschema")
        overview = services.casussen.open(row.id)
        assert [b.naam for b in overview.betrokkenen] == ["Oma Oudeschema"]
    finally:
        vault.lock()


def test_a_migration_that_would_leave_a_broken_reference_changes_nothing(
        tmp_path: Path) -> None:
    """With the foreign keys off while it runs, the upgrade checks them itself at the end."""
    path = tmp_path / "oud.tafel"
    engine = old_engine(path)
    migrate.upgrade(engine, path, target="0001")
    _old_case(engine)
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # as a tool outside tafel might have
        raw.execute("UPDATE casus SET jongere_id = 'ffffffffffffffffffffffffffffffff'")
        raw.execute("PRAGMA foreign_keys = ON")
    engine.dispose()

    with pytest.raises(VaultDamagedError) as caught:
        Vault.open(path, PASSPHRASE)
    assert "niets aan veranderd" in str(caught.value)
    key = derive_key(PASSPHRASE, KdfParams.from_json(kdf_path(path).read_text()))
    engine = make_engine(path, key)
    try:
        assert migrate.current_revision(engine) == "0001"  # the whole upgrade rolled back
    finally:
        engine.dispose()
