"""The backup before a migration: verified and restorable at the old schema, or no migration."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from backup_builders import key_of, raw_query
from builders import add_client, open_db
from sqlalchemy import inspect

import app.backup as backup_module
from app.backup import BackupDamagedError, check_backup, list_backups
from app.backup_restore import restore_backup
from app.cipher_file import SCHEMA_HEAD
from app.db import Database, MigrationBackupError, _alembic_config
from app.paths import Paths, resolve_paths
from app.secrets import StoreKey, open_key

OLD = "0002"  # before 0003 added the table of bundles read in
TABLE_OF_LATER = "bundleimport"


def database_at(data_dir: Path, revision: str) -> Database:
    """A store whose schema stops at ``revision``, as an older Procesplaat left it."""
    from alembic import command

    paths = resolve_paths(data_dir)
    db = Database(paths, open_key(paths))
    config = _alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return db


def unmigrated(paths: Paths) -> Database:
    """The store opened without migrating it, to look at its schema as it is."""
    return Database(paths, open_key(paths))


def tables(db: Database) -> set[str]:
    with db.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def migration_backups(paths: Paths) -> list[Path]:
    return [b.path for b in list_backups(paths) if b.reason == "voor-migratie"]


def test_migration_first_makes_a_verified_backup_at_the_old_revision(data_dir: Path) -> None:
    old = database_at(data_dir, OLD)
    add_client(old, last_name="Oudeversie")
    old.close()
    db = open_db(data_dir)
    try:
        assert db.current_revision() == SCHEMA_HEAD
    finally:
        db.close()
    (backup,) = migration_backups(db.paths)
    assert backup.name.startswith(f"voor-migratie-{OLD}-")
    key = key_of(db.paths)
    checked = check_backup(backup, key)  # encrypted with the store's key and intact
    assert checked.revision == OLD
    assert TABLE_OF_LATER not in checked.counts
    assert raw_query(backup, key, "SELECT last_name FROM client") == [("Oudeversie",)]
    assert raw_query(backup, key, "PRAGMA journal_mode") == [("delete",)]


def test_the_backup_before_a_migration_restores_to_the_old_revision(data_dir: Path) -> None:
    old = database_at(data_dir, OLD)
    add_client(old, last_name="Oudeversie")
    old.close()
    db = open_db(data_dir)
    add_client(db, last_name="NaDeMigratie")
    db.close()
    (backup,) = migration_backups(db.paths)
    restore_backup(db.paths, backup, key=key_of(db.paths))
    restored = unmigrated(db.paths)
    try:
        assert restored.current_revision() == OLD
        assert TABLE_OF_LATER not in tables(restored)
        with restored.engine.connect() as connection:
            names = connection.exec_driver_sql("SELECT last_name FROM client").all()
        assert [n for (n,) in names] == ["Oudeversie"]
    finally:
        restored.close()
    again = open_db(data_dir)  # opened as usual, the restored store is migrated once more
    try:
        assert again.current_revision() == SCHEMA_HEAD
    finally:
        again.close()


def _disk_full(path: Path, data: bytes) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _damaged(path: Path, key: StoreKey) -> object:
    raise BackupDamagedError(f"De back-up {path.name} is beschadigd.")


@pytest.mark.parametrize(
    ("name", "failure", "says"),
    [
        ("replace_file", _disk_full, "de schijf is vol"),
        ("check_backup", _damaged, "de controle na het schrijven vond een fout"),
    ],
)
def test_a_failed_backup_stops_the_migration_with_a_dutch_refusal(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    failure: object,
    says: str,
) -> None:
    old = database_at(data_dir, OLD)
    add_client(old, last_name="Oudeversie")
    old.close()
    paths = resolve_paths(data_dir)
    monkeypatch.setattr(backup_module, name, failure)
    with pytest.raises(MigrationBackupError, match="niet bijgewerkt") as refused:
        open_db(data_dir)
    assert says in refused.value.message
    monkeypatch.undo()
    assert migration_backups(paths) == []
    assert [p.name for p in paths.backups.iterdir() if p.is_file()] == []
    left = unmigrated(paths)
    try:
        assert left.current_revision() == OLD
        assert TABLE_OF_LATER not in tables(left)
    finally:
        left.close()
