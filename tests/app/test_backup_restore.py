"""Restoring a backup: checked before it replaces anything, proofs and rows brought back."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from backup_builders import NOW, add_proof, client_names, flip_bytes, key_of, raw_query
from builders import add_client, open_db

from app.backup import BackupDamagedError, make_backup
from app.backup_restore import restore_backup, restore_in_place
from app.db import Database
from app.documents import delete_document, open_document, purge_document
from app.errors import NewerDatabaseError, UserError
from app.paths import Paths


def test_restore_backup_brings_back_the_rows_and_keeps_a_safety_copy(data_dir: Path) -> None:
    db = open_db(data_dir)
    add_client(db, last_name="Jansen")
    backup = make_backup(db, reason="handmatig", now=NOW)
    add_client(db, last_name="Later")
    db.close()
    paths = db.paths
    safety = restore_backup(paths, backup, key=key_of(paths), now=NOW + timedelta(minutes=1))
    assert safety is not None
    assert safety.name == "voor-terugzetten-20261126-093100.db"
    rows = raw_query(safety, key_of(paths), "SELECT last_name FROM client ORDER BY last_name")
    assert rows == [("Jansen",), ("Later",)]
    reopened = open_db(data_dir)
    try:
        assert client_names(reopened) == ["Jansen"]
    finally:
        reopened.close()


def test_restore_backup_brings_back_a_purged_proof(data_dir: Path, tmp_path: Path) -> None:
    db = open_db(data_dir)
    client_id = add_client(db)
    document_id = add_proof(db, client_id, tmp_path, "brief")
    original = open_document(db, document_id)
    backup = make_backup(db, reason="handmatig", now=NOW)
    delete_document(db, document_id)
    purge_document(db, document_id)
    db.close()
    restore_backup(db.paths, backup, key=key_of(db.paths), now=NOW)
    reopened = open_db(data_dir)
    try:
        assert open_document(reopened, document_id) == original
    finally:
        reopened.close()


def _restore_refused(paths: Paths, backup: Path, error: type[UserError], match: str) -> None:
    before = paths.database.read_bytes()
    with pytest.raises(error, match=match):
        restore_backup(paths, backup, key=key_of(paths), now=NOW)
    assert paths.database.read_bytes() == before
    if paths.backups.exists():
        assert not any(p.name.startswith("voor-terugzetten") for p in paths.backups.iterdir())
    assert [p.name for p in paths.data_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_restore_refuses_a_damaged_backup_and_changes_nothing(data_dir: Path) -> None:
    db = open_db(data_dir)
    add_client(db)
    backup = make_backup(db, reason="handmatig", now=NOW)
    db.close()
    flip_bytes(backup, at=backup.stat().st_size // 2)
    _restore_refused(db.paths, backup, BackupDamagedError, "beschadigd")


def test_restore_refuses_a_backup_of_another_data_folder(data_dir: Path, tmp_path: Path) -> None:
    other = open_db(tmp_path / "elders")
    foreign = make_backup(other, reason="handmatig", now=NOW)
    other.close()
    db = open_db(data_dir)
    db.close()
    _restore_refused(db.paths, foreign, BackupDamagedError, "andere gegevensmap")


def test_restore_refuses_a_backup_from_a_newer_version(data_dir: Path) -> None:
    db = open_db(data_dir)
    backup = make_backup(db, reason="handmatig", now=NOW)
    db.close()
    raw_query(backup, key_of(db.paths), "UPDATE alembic_version SET version_num = '9999'")
    _restore_refused(db.paths, backup, NewerDatabaseError, "nieuwere versie")


def test_restore_refuses_a_plain_sqlite_file(data_dir: Path, tmp_path: Path) -> None:
    db = open_db(data_dir)
    db.close()
    plain = tmp_path / "handmatig-20261126-093000.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    _restore_refused(db.paths, plain, BackupDamagedError, "niet versleuteld")


def test_restore_refuses_a_file_that_does_not_exist(data_dir: Path, tmp_path: Path) -> None:
    db = open_db(data_dir)
    db.close()
    _restore_refused(db.paths, tmp_path / "weg.db", UserError, "bestaat niet")


def test_restore_over_a_damaged_store_copies_it_as_it_was(data_dir: Path) -> None:
    db = open_db(data_dir)
    add_client(db, last_name="Jansen")
    backup = make_backup(db, reason="handmatig", now=NOW)
    db.close()
    flip_bytes(db.paths.database, at=4096)
    damaged = db.paths.database.read_bytes()
    safety = restore_backup(db.paths, backup, key=key_of(db.paths), now=NOW)
    assert safety is not None
    assert safety.read_bytes() == damaged
    reopened = open_db(data_dir)
    try:
        assert client_names(reopened) == ["Jansen"]
    finally:
        reopened.close()


def test_a_restored_backup_is_not_replayed_over_by_the_old_journal(data_dir: Path) -> None:
    db = open_db(data_dir)
    backup = make_backup(db, reason="handmatig", now=NOW)
    add_client(db, last_name="InHetJournaal")
    # A crash: the journal still holds the last write when the restore begins.
    wal = db.paths.database.with_name(db.paths.database.name + "-wal")
    kept_wal = wal.read_bytes() if wal.exists() else b""
    db.close()
    if kept_wal:
        wal.write_bytes(kept_wal)
    restore_backup(db.paths, backup, key=key_of(db.paths), now=NOW)
    assert not wal.exists()
    reopened = open_db(data_dir)
    try:
        assert client_names(reopened) == []
    finally:
        reopened.close()


def test_restore_in_place_goes_on_with_the_same_store_object(db: Database) -> None:
    add_client(db, last_name="Jansen")
    backup = make_backup(db, reason="handmatig", now=NOW)
    add_client(db, last_name="Later")
    safety = restore_in_place(db, backup, now=NOW)
    assert safety is not None
    assert client_names(db) == ["Jansen"]
    add_client(db, last_name="Daarna")  # the same object writes into the restored file
    assert client_names(db) == ["Daarna", "Jansen"]


def test_restore_in_place_refused_leaves_the_store_working(db: Database) -> None:
    add_client(db, last_name="Jansen")
    backup = make_backup(db, reason="handmatig", now=NOW)
    flip_bytes(backup, at=backup.stat().st_size // 2)
    with pytest.raises(BackupDamagedError):
        restore_in_place(db, backup, now=NOW)
    assert client_names(db) == ["Jansen"]


def test_restore_takes_the_plain_copy_older_versions_made_before_a_migration(
    data_dir: Path,
) -> None:
    db = open_db(data_dir)
    add_client(db, last_name="Jansen")
    # The live file as it was: WAL mode, no manifest, no check after writing.
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = db.paths.backups / "voor-migratie-0002-20261126-093000.db"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db.paths.database, copy)
    add_client(db, last_name="Later")
    db.close()
    restore_backup(db.paths, copy, key=key_of(db.paths), now=NOW)
    reopened = open_db(data_dir)
    try:
        assert client_names(reopened) == ["Jansen"]
    finally:
        reopened.close()
