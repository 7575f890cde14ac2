"""An old vault that this tafel cannot bring up to date: the unlock page says so in one sentence."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from tafel.errors import MigrationFailedError, VaultTooNewError
from tafel.vault import migrate
from tafel.vault.crypto import derive_key, kdf_path, read_key_file
from tafel.vault.engine import make_engine
from tests.builders import PASSPHRASE
from tests.old_vault_rows import V2
from tests.old_vaults import make_old_vault
from tests.ui.drive import locked_window_on


def _unlock_fails(qtbot, app, path: Path) -> str:  # type: ignore[no-untyped-def]
    window = locked_window_on(qtbot, path)
    page = window.unlock_page
    qtbot.keyClicks(page.ui.passphraseEdit, PASSPHRASE)
    page.ui.unlockButton.click()
    qtbot.waitUntil(lambda: page.ui.errorLabel.isVisible(), timeout=20000)
    assert not window.controller.is_unlocked and page.ui.passphraseEdit.isEnabled()
    shown = page.ui.errorLabel
    assert shown.wordWrap() and shown.width() <= window.width()
    window.controller.lock()
    return shown.text()


def _change(path: Path, statement: str, **values: object) -> None:
    engine = make_engine(path, derive_key(PASSPHRASE, read_key_file(kdf_path(path))))
    try:
        with engine.begin() as connection:
            connection.execute(text(statement), values)
    finally:
        engine.dispose()


def test_a_plan_the_upgrade_cannot_read_is_one_sentence(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = make_old_vault(tmp_path, "0004")
    _change(old.path, "UPDATE planversie SET document = :d WHERE id = :i",
            d=b"\x01\x02 geen pycrdt", i=V2.hex)
    assert _unlock_fails(qtbot, app, old.path) == MigrationFailedError.default_message
    engine = make_engine(old.path, derive_key(PASSPHRASE, read_key_file(kdf_path(old.path))))
    try:
        assert migrate.current_revision(engine) == "0004"
    finally:
        engine.dispose()


def test_a_vault_from_a_newer_tafel_is_one_sentence(qtbot, app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = make_old_vault(tmp_path, "0019")
    _change(old.path, "UPDATE alembic_version SET version_num = '0099'")
    assert _unlock_fails(qtbot, app, old.path) == VaultTooNewError.default_message
