"""File dialogs never list, peek into or overwrite a vault's own files.

Before, opening "Opslaan als pdf…" on the vault's folder made Qt guess each file's type by
reading it: that opened and closed the ``-shm``, which drops every SQLite lock the process
holds (POSIX locks belong to the process). A command run next then deleted the app's
``-wal`` and ``-shm``, and the app's later writes vanished.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileIconProvider, QFileSystemModel

from tafel.errors import TafelError
from tafel.services.exports import write_export
from tafel.ui.file_dialogs import NameOnlyIcons, _dialog
from tafel.vault import Vault
from tests.builders import PASSPHRASE


def sqlite_locks() -> int:
    """How many POSIX record locks this process holds (SQLite's; tafel's own is a flock)."""
    pid = str(os.getpid())
    with open("/proc/locks", encoding="ascii") as table:
        return sum(1 for line in table if line.split()[4] == pid and line.split()[1] == "POSIX")


@pytest.fixture
def open_vault(vault_path: Path):  # type: ignore[no-untyped-def]
    """An unlocked vault with a read connection open, as the running app has."""
    vault = Vault.open(vault_path, PASSPHRASE)
    connection = vault.engine.connect()
    connection.exec_driver_sql("SELECT count(*) FROM casus").all()
    assert sqlite_locks() > 0
    yield vault
    connection.close()
    vault.lock()


def test_guessing_a_type_from_the_name_keeps_the_vault_locks(app, open_vault: Vault) -> None:  # type: ignore[no-untyped-def]
    files = sorted(open_vault.path.parent.iterdir())
    assert any(f.name.endswith("-shm") for f in files)
    before = sqlite_locks()
    ours = NameOnlyIcons()
    for file in files:
        ours.icon(QFileInfo(str(file)))
        ours.type(QFileInfo(str(file)))
    assert sqlite_locks() == before
    # Qt's own provider reads the files, and that is what dropped the locks:
    qt_own = QFileIconProvider()
    for file in files:
        qt_own.type(QFileInfo(str(file)))
    assert sqlite_locks() < before


def listed_names(qtbot, dialog) -> set[str]:  # type: ignore[no-untyped-def]
    model = dialog.findChild(QFileSystemModel)
    folder = model.index(dialog.directory().absolutePath())
    qtbot.waitUntil(lambda: model.rowCount(folder) >= 5)
    names = set()
    proxy = dialog.proxyModel()
    root = proxy.mapFromSource(folder)
    for row in range(proxy.rowCount(root)):
        names.add(proxy.index(row, 0, root).data())
    return names


def test_the_save_dialog_lists_no_vault_file_and_leaves_the_locks(qtbot, app,
                                                                  open_vault: Vault) -> None:  # type: ignore[no-untyped-def]
    folder = open_vault.path.parent
    (folder / "eerder-plan.pdf").write_bytes(b"%PDF-1.4\n")
    before = sqlite_locks()
    dialog = _dialog(None, "Opslaan", str(folder), "", saving=True)  # every file in the model
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    index = model.index(str(folder))
    qtbot.waitUntil(lambda: model.rowCount(index) >= 5)
    # wait until the dialog has looked at every file (its type column is filled in)
    qtbot.waitUntil(lambda: all(model.index(row, 2, index).data()
                                for row in range(model.rowCount(index))))
    assert sqlite_locks() == before
    names = listed_names(qtbot, dialog)
    assert "eerder-plan.pdf" in names
    assert not any(".tafel" in name for name in names), names


def test_the_open_dialog_lists_vaults_but_not_their_companions(qtbot, app,
                                                               open_vault: Vault) -> None:  # type: ignore[no-untyped-def]
    folder = open_vault.path.parent
    (folder / "notities.txt").write_text("x")
    dialog = _dialog(None, "Openen", str(folder), "", saving=False)
    qtbot.addWidget(dialog)
    dialog.show()
    names = listed_names(qtbot, dialog)
    assert open_vault.path.name in names
    assert not any(n.endswith(("-wal", "-shm", ".kdf", ".lock")) for n in names), names


def test_an_export_never_overwrites_a_vault_file(open_vault: Vault) -> None:
    for target in (open_vault.path, Path(f"{open_vault.path}-wal"),
                   open_vault.path.with_name(open_vault.path.name + ".kdf")):
        before = target.read_bytes() if target.exists() else None
        with pytest.raises(TafelError):
            write_export(target, b"%PDF-1.4 niet doen")
        assert (target.read_bytes() if target.exists() else None) == before
