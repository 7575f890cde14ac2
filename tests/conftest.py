"""Shared fixtures: real SQLCipher vaults, copied from templates made once per session.

Key derivation is slow on purpose, so tests use cheap Argon2id parameters and copy a
template vault (Anki's trick) instead of creating one each time. A few tests use the real
parameters on purpose.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tafel.demo.households import fill_demo
from tafel.services import Services
from tafel.vault import Vault
from tests.builders import CHEAP, PASSPHRASE, TODAY, copy_vault
from tests.drivers.forker import Forker


@pytest.fixture(scope="session", autouse=True)
def _session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Templates and module fixtures stay out of the developer's home too.

    They are made before any test's own home exists, and tafel keeps the audit log's
    anchors in the settings folder.
    """
    home = tmp_path_factory.mktemp("session-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TAFEL_HOME", str(home))
        yield home


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Settings and default vaults go to a fresh folder, never the developer's home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("TAFEL_HOME", str(home))
    monkeypatch.delenv("TAFEL_PASSPHRASE", raising=False)
    return home


def shared_template(factory: pytest.TempPathFactory, name: str,
                    fill: Callable[[Vault], None]) -> Path:
    """A template vault made once per run, shared by every xdist worker.

    The first worker to ask makes it under a file lock; the others wait and use it. Only
    copies are opened, so the template itself never changes.
    """
    root = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    folder = root / "templates"
    folder.mkdir(exist_ok=True)
    path, made = folder / name, folder / f"{name}.klaar"
    with open(folder / f"{name}.slot", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not made.exists():
            vault = Vault.create(path, PASSPHRASE, CHEAP)
            fill(vault)
            vault.lock()
            made.touch()
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty vault, made once."""
    return shared_template(tmp_path_factory, "leeg.tafel", lambda vault: None)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with the demo households as of :data:`TODAY`, made once."""
    return shared_template(tmp_path_factory, "demo.tafel", lambda vault: fill_demo(
        Services(vault, "Test", today=lambda: TODAY), TODAY))


@pytest.fixture
def vault_path(empty_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the empty vault, locked."""
    return copy_vault(empty_template, tmp_path / "kluis")


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """An empty vault, unlocked."""
    opened = Vault.open(vault_path, PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def services(vault: Vault) -> Services:
    """Services on the empty vault, with today fixed."""
    return Services(vault, "Fatima Amrani", today=lambda: TODAY)


@pytest.fixture
def more_vaults(empty_template: Path, tmp_path: Path) -> Iterator[Callable[[str], Services]]:
    """Services on further empty vaults, one per call: another party's laptop each.

    Named by who works there (the actor), each with its own CRDT client id; all are locked
    at the end.
    """
    opened: list[Vault] = []

    def make(who: str) -> Services:
        path = copy_vault(empty_template, tmp_path / f"partij-{len(opened) + 1}")
        vault = Vault.open(path, PASSPHRASE)
        opened.append(vault)
        return Services(vault, who, today=lambda: TODAY)

    yield make
    for vault in opened:
        vault.lock()


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo vault, locked."""
    return copy_vault(demo_template, tmp_path / "demo")


@pytest.fixture
def demo_services(demo_path: Path) -> Iterator[Services]:
    """Services on a copy of the demo vault, unlocked, with today fixed."""
    opened = Vault.open(demo_path, PASSPHRASE)
    yield Services(opened, "Fatima Amrani", today=lambda: TODAY)
    opened.lock()


@pytest.fixture
def forker(tmp_path: Path) -> Iterator[Forker]:
    """Real processes that start in milliseconds (tests/drivers/forker.py)."""
    server = Forker(tmp_path / "forker")
    yield server
    server.close()
