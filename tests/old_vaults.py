"""Vaults as an earlier tafel left them: made at an old schema revision, full of real rows.

:func:`make_old_vault` creates a vault, migrates it only up to revision R (as tafel of that
time did), and writes :func:`tests.old_vault_rows.old_rows` into it: every table that
exists at R, every column it has at R. :func:`kept_rows` then reads the same rows back from
the upgraded vault, to compare them with what went in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine

from tafel.vault import migrate
from tafel.vault.crypto import derive_key, kdf_path
from tafel.vault.engine import make_engine
from tests.builders import CHEAP, PASSPHRASE
from tests.old_vault_rows import Row, at, old_rows

#: Tables whose name changed: today's name -> (the revision that renamed it, the old name).
RENAMED = {"lopendgesprek": ("0006", "gesprekconcept")}



def older_revisions() -> tuple[str, ...]:
    """Every revision before the newest, oldest first: where a consulent's vault may be."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    return tuple(reversed([s.revision for s in scripts.walk_revisions()
                           if s.revision != migrate.HEAD]))


#: (0007 was never used.) A new migration makes today's newest revision an older one, so its
#: tables then need rows in tests/old_vault_rows.py: :func:`make_old_vault` says which.
REVISIONS = older_revisions()


def table_at(table: str, revision: str) -> str:
    """The name ``table`` (today's name) had at ``revision``."""
    since, old = RENAMED.get(table, (revision, table))
    return table if at(revision, since) else old


@dataclass(frozen=True)
class OldVault:
    """A locked vault at ``revision`` and exactly the rows written into it."""

    path: Path
    revision: str
    rows: dict[str, list[Row]]  # by today's table name; only the columns the table had


def schema(connection: Connection) -> dict[str, list[str]]:
    """Every table of the vault (but Alembic's own) with its columns."""
    tables = [r[0] for r in connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")]
    return {t: [c[1] for c in connection.exec_driver_sql(f'PRAGMA table_info("{t}")')]
            for t in tables}


def old_engine(path: Path) -> Engine:
    """A new vault file at ``path`` with cheap key derivation, opened without migrating."""
    params = CHEAP.with_new_salt()
    kdf_path(path).write_text(params.to_json())
    return make_engine(path, derive_key(PASSPHRASE, params))


def make_old_vault(folder: Path, revision: str,
                   history: Callable[[Connection], None] | None = None) -> OldVault:
    """A vault at ``revision`` holding every table of it, filled (see the module doc).

    ``history`` changes the schema first, into one a past tafel stamped ``revision`` while it
    was not yet what the migration makes today; the rows then fill what that schema has.
    """
    path = folder / f"oud-{revision}.tafel"
    engine = old_engine(path)
    wanted = old_rows(revision)
    written: dict[str, list[Row]] = {}
    try:
        migrate.upgrade(engine, path, target=revision)
        if history is not None:
            with engine.begin() as connection:
                history(connection)
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # checked at commit
            present = schema(connection)
            for old_name, columns in present.items():  # what the migrations wrote (a kluis_id)
                found = connection.exec_driver_sql(f'SELECT * FROM "{old_name}"').all()
                if found:
                    table = next(t for t in wanted if table_at(t, revision) == old_name)
                    written[table] = [dict(zip(columns, row, strict=True)) for row in found]
            names = {table_at(t, revision): t for t in wanted
                     if history is None or table_at(t, revision) in present}
            assert sorted(present) == sorted(names), f"tables at {revision}"
            for old_name, table in names.items():
                columns = present[old_name]
                written.setdefault(table, [])
                for row in wanted[table]:
                    missing = set(columns) - set(row)
                    assert not missing, f"{table} at {revision} needs {sorted(missing)}"
                    values = {c: row[c] for c in columns}
                    connection.exec_driver_sql(
                        f'INSERT INTO "{old_name}" ({", ".join(columns)}) '
                        f'VALUES ({", ".join("?" * len(columns))})', tuple(values.values()))
                    written[table].append(values)
    finally:
        engine.dispose()
    return OldVault(path, revision, written)


def primary_key(connection: Connection, table: str) -> str:
    """The one primary-key column of ``table``."""
    [key] = [c[1] for c in connection.exec_driver_sql(f'PRAGMA table_info("{table}")') if c[5]]
    return str(key)


def defaults(connection: Connection, table: str) -> dict[str, Any]:
    """What a column added later holds in a row that existed before it: its server default."""
    out: dict[str, Any] = {}
    for column in connection.exec_driver_sql(f'PRAGMA table_info("{table}")'):
        name, default = column[1], column[4]
        out[name] = None if default is None else \
            connection.exec_driver_sql(f"SELECT {default}").scalar()
    return out


def kept_rows(engine: Engine, old: OldVault) -> dict[str, list[Row]]:
    """The rows of ``old`` as the upgraded vault holds them now, every column of today."""
    out: dict[str, list[Row]] = {}
    with engine.connect() as connection:
        for table, rows in old.rows.items():
            key = primary_key(connection, table)
            out[table] = []
            for row in rows:
                result = connection.exec_driver_sql(
                    f'SELECT * FROM "{table}" WHERE "{key}" = ?', (row[key],))
                found = result.mappings().first()
                out[table].append(dict(found) if found is not None else {})
    return out


def assert_kept(engine: Engine, old: OldVault, after: dict[str, list[Row]]) -> None:
    """Columns a row had keep their value; columns added since hold their default.

    A plan version stored as one document (before 0012) holds the same content in parts.
    """
    from tafel.domain.plan_doc import PlanDoc
    from tafel.domain.plan_legacy import legacy_content
    from tests.old_vault_plan import is_legacy

    with engine.connect() as connection:
        for table, rows in old.rows.items():
            default = defaults(connection, table)
            for before, now in zip(rows, after[table], strict=True):
                assert now, f"{table}: a row is gone ({before})"
                expected = {column: default[column] for column in now} | before
                if table == "planversie" and is_legacy(old.revision):
                    assert PlanDoc.from_bytes(now["document"]).content() == \
                        legacy_content(before["document"])
                    expected["document"] = now["document"]
                assert now == expected, table
