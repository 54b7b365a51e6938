"""Backups: encrypted and verified when made, rotated, listed, and restored with care."""

from __future__ import annotations

import errno
import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from builders import add_client, open_db
from document_builders import pdf_bytes, write
from sqlmodel import select

import app.backup as backup_module
from app.backup import (
    BackupDamagedError,
    due_backup,
    list_backups,
    make_backup,
    restore_backup,
    restore_in_place,
    rotate_backups,
)
from app.db import Database
from app.documents import add_document, delete_document, open_document, purge_document
from app.errors import NewerDatabaseError, UserError
from app.paths import Paths
from app.secrets import StoreKey, open_key
from models.tables import Client

NOW = datetime(2026, 11, 26, 9, 30)


def client_names(db: Database) -> list[str]:
    with db.session() as session:
        return sorted(c.last_name for c in session.exec(select(Client)).all())


def key_of(paths: Paths) -> StoreKey:
    return open_key(paths)


def raw_query(path: Path, key: StoreKey, sql: str) -> list[tuple[object, ...]]:
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(f'PRAGMA key = "{key.sqlcipher_key()}"')
        rows = connection.execute(sql).fetchall()
        connection.commit()
        return list(rows)
    finally:
        connection.close()


def add_proof(db: Database, client_id: uuid.UUID, tmp_path: Path, text: str) -> uuid.UUID:
    source = write(tmp_path / "in", f"{text}.pdf", pdf_bytes(text=text))
    return add_document(db, client_id, source, kind="letter")


def test_make_backup_is_never_a_plain_sqlite_file(db: Database) -> None:
    add_client(db)
    path = make_backup(db, reason="handmatig", now=NOW)
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_make_backup_holds_every_row_and_opens_with_the_stores_key(db: Database) -> None:
    add_client(db, last_name="Jansen")
    add_client(db, last_name="Bakker")
    path = make_backup(db, reason="handmatig", now=NOW)
    assert path == db.paths.backups / "handmatig-20261126-093000.db"
    rows = raw_query(path, key_of(db.paths), "SELECT last_name FROM client ORDER BY last_name")
    assert rows == [("Bakker",), ("Jansen",)]
    assert raw_query(path, key_of(db.paths), "PRAGMA journal_mode") == [("delete",)]


def test_make_backup_twice_in_one_second_gives_two_backups(db: Database) -> None:
    first = make_backup(db, reason="handmatig", now=NOW)
    second = make_backup(db, reason="handmatig", now=NOW)
    assert first != second
    assert first.exists()
    assert second.exists()


def test_make_backup_leaves_only_the_backup_and_its_manifest(db: Database) -> None:
    path = make_backup(db, reason="dagelijks", now=NOW)
    names = sorted(p.name for p in db.paths.backups.iterdir() if p.is_file())
    assert names == ["dagelijks-20261126-093000.db", "dagelijks-20261126-093000.documenten.txt"]
    assert path.name in names


def test_make_backup_failing_its_check_adds_nothing_and_says_so(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_client(db)

    def damaged(path: Path, key: StoreKey) -> object:
        raise BackupDamagedError(f"De back-up {path.name} is beschadigd.")

    monkeypatch.setattr(backup_module, "check_backup", damaged)
    with pytest.raises(BackupDamagedError, match="Er is geen back-up bijgekomen"):
        make_backup(db, reason="handmatig", now=NOW)
    assert [p.name for p in db.paths.backups.iterdir() if p.is_file()] == []


def test_make_backup_that_copied_too_few_rows_is_refused(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_client(db)
    real = backup_module._row_counts
    calls: list[int] = []

    def counts(connection: object) -> dict[str, int]:
        result = real(connection)
        calls.append(1)
        if len(calls) == 1:  # the store's own count, taken first: one client more
            result["client"] += 1
        return result

    monkeypatch.setattr(backup_module, "_row_counts", counts)
    with pytest.raises(BackupDamagedError, match="niet alle gegevens"):
        make_backup(db, reason="handmatig", now=NOW)
    assert list_backups(db.paths) == []


def test_make_backup_on_a_full_disk_is_a_dutch_refusal_leaving_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "replace_file", full)
    with pytest.raises(UserError, match="De back-up kon niet worden gemaakt"):
        make_backup(db, reason="handmatig", now=NOW)
    assert [p for p in db.paths.backups.iterdir() if p.is_file()] == []


def test_make_backup_keeps_the_proofs_as_hard_links(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    add_proof(db, client_id, tmp_path, "brief")
    path = make_backup(db, reason="handmatig", now=NOW)
    (stored,) = [p for p in db.paths.documents.iterdir() if p.name.endswith(".enc")]
    kept = db.paths.backups / "documenten" / stored.name
    assert kept.stat().st_ino == stored.stat().st_ino
    manifest = path.with_name("handmatig-20261126-093000.documenten.txt")
    assert manifest.read_text(encoding="ascii").split() == [stored.name]


def test_make_backup_copies_the_proofs_where_links_are_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = add_client(db)
    add_proof(db, client_id, tmp_path, "brief")

    def no_links(source: Path, target: Path) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(backup_module.os, "link", no_links)
    make_backup(db, reason="handmatig", now=NOW)
    (stored,) = [p for p in db.paths.documents.iterdir() if p.name.endswith(".enc")]
    kept = db.paths.backups / "documenten" / stored.name
    assert kept.stat().st_ino != stored.stat().st_ino
    assert kept.read_bytes() == stored.read_bytes()


@pytest.mark.parametrize("reason", ["Voor import", "../x", ""])
def test_make_backup_refuses_a_reason_that_cannot_be_a_name(db: Database, reason: str) -> None:
    with pytest.raises(ValueError, match="reason"):
        make_backup(db, reason=reason, now=NOW)


def test_list_backups_newest_first_with_reason_size_and_proofs(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db)
    add_proof(db, client_id, tmp_path, "brief")
    older = make_backup(db, reason="dagelijks", now=NOW - timedelta(days=1))
    newer = make_backup(db, reason="voor-import", now=NOW)
    (db.paths.backups / "aantekening.txt").write_text("niet van ons", encoding="utf-8")
    listed = list_backups(db.paths)
    assert [b.path for b in listed] == [newer, older]
    assert [b.reason for b in listed] == ["voor-import", "dagelijks"]
    assert listed[0].label == "voor het inlezen van een bundel"
    assert listed[0].size == newer.stat().st_size > 0
    assert listed[0].documents == 1


def test_list_backups_shows_the_copy_before_a_migration(db: Database) -> None:
    copy = db.copy_before_migration("0002")
    (info,) = list_backups(db.paths)
    assert (info.path, info.reason, info.documents) == (copy, "voor-migratie", None)


def test_due_backup_until_one_is_made_today(db: Database) -> None:
    assert due_backup(db.paths, now=NOW)
    make_backup(db, reason="dagelijks", now=NOW - timedelta(days=1))
    assert due_backup(db.paths, now=NOW)
    make_backup(db, reason="voor-import", now=NOW.replace(hour=8))
    assert not due_backup(db.paths, now=NOW)
    assert due_backup(db.paths, now=NOW + timedelta(days=1))


def test_rotate_backups_removes_old_dailies_with_their_manifests(db: Database) -> None:
    made = [
        make_backup(db, reason="dagelijks", now=NOW - timedelta(days=n), rotate=False)
        for n in range(10)
    ]
    removed = rotate_backups(db.paths, today=NOW.date())
    # Kept: 20-26 November (7 days); the week of 16-22 November keeps its newest, the 22nd.
    assert sorted(removed) == sorted(made[7:])
    assert not made[9].exists()
    assert not made[9].with_name(made[9].name.replace(".db", ".documenten.txt")).exists()
    assert made[6].exists()


def test_make_backup_rotates_by_default(db: Database) -> None:
    old = make_backup(db, reason="dagelijks", now=NOW - timedelta(days=60), rotate=False)
    make_backup(db, reason="dagelijks", now=NOW)
    assert not old.exists()


def test_rotation_keeps_a_purged_proof_while_a_backup_names_it(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_module, "GRACE_SECONDS", -1)  # every stray file counts as old
    client_id = add_client(db)
    document_id = add_proof(db, client_id, tmp_path, "brief")
    (stored,) = [p.name for p in db.paths.documents.iterdir() if p.name.endswith(".enc")]
    first = make_backup(db, reason="dagelijks", now=NOW - timedelta(days=40), rotate=False)
    delete_document(db, document_id)
    purge_document(db, document_id)
    kept = db.paths.backups / "documenten" / stored
    make_backup(db, reason="dagelijks", now=NOW - timedelta(days=39), rotate=False)
    rotate_backups(db.paths, today=NOW.date() - timedelta(days=39))
    assert first.exists()
    assert kept.exists()
    make_backup(db, reason="dagelijks", now=NOW)  # 40 days on: the first backup goes
    assert not first.exists()
    assert not kept.exists()


def test_rotation_sweeps_what_a_crashed_backup_left(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.paths.backups.mkdir(parents=True)
    stray = db.paths.backups / ".dagelijks-20261120-090000.db.tmp"
    stray.write_bytes(b"half")
    rotate_backups(db.paths, today=NOW.date())
    assert stray.exists()  # younger than an hour: a backup may be writing it
    monkeypatch.setattr(backup_module, "GRACE_SECONDS", -1)
    rotate_backups(db.paths, today=NOW.date())
    assert not stray.exists()


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


def _flip_bytes(path: Path, at: int, count: int = 64) -> None:
    data = bytearray(path.read_bytes())
    for i in range(at, at + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


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
    _flip_bytes(backup, at=backup.stat().st_size // 2)
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
    _flip_bytes(db.paths.database, at=4096)
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
    _flip_bytes(backup, at=backup.stat().st_size // 2)
    with pytest.raises(BackupDamagedError):
        restore_in_place(db, backup, now=NOW)
    assert client_names(db) == ["Jansen"]


def test_restore_takes_the_copy_app_db_makes_before_a_migration(data_dir: Path) -> None:
    db = open_db(data_dir)
    add_client(db, last_name="Jansen")
    copy = db.copy_before_migration("0002")  # the live file as it is: WAL mode, no manifest
    add_client(db, last_name="Later")
    db.close()
    restore_backup(db.paths, copy, key=key_of(db.paths), now=NOW)
    reopened = open_db(data_dir)
    try:
        assert client_names(reopened) == ["Jansen"]
    finally:
        reopened.close()
