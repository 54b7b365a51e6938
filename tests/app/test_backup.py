"""Backups: encrypted and verified when made, rotated and listed."""

from __future__ import annotations

import errno
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from backup_builders import NOW, add_proof, key_of, raw_query
from builders import add_client

import app.backup as backup_module
from app.backup import (
    BackupDamagedError,
    due_backup,
    list_backups,
    make_backup,
    rotate_backups,
)
from app.db import Database
from app.documents import delete_document, purge_document
from app.errors import UserError
from app.secrets import StoreKey


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

    monkeypatch.setattr("app.backup.os.link", no_links)
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


def test_list_backups_shows_the_backup_before_a_migration_with_its_proofs(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db)
    add_proof(db, client_id, tmp_path, "brief")
    backup = db.copy_before_migration("0002")
    assert backup.name.startswith("voor-migratie-0002-")
    (info,) = list_backups(db.paths)
    assert (info.path, info.reason, info.documents) == (backup, "voor-migratie", 1)
    assert info.label == "voor een nieuwe versie"


def test_list_backups_shows_a_plain_copy_an_older_version_made_before_a_migration(
    db: Database,
) -> None:
    db.paths.backups.mkdir(parents=True)
    copy = db.paths.backups / "voor-migratie-0002-20261126-093000.db"
    copy.write_bytes(db.paths.database.read_bytes())
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
