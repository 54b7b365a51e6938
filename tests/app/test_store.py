"""The encrypted store: keys, passphrases, wrong keys, migrations."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from builders import add_client, open_db
from sqlmodel import SQLModel

import app.db
from app.errors import KeyUnavailableError, NewerDatabaseError, UserError, WrongKeyError
from app.paths import resolve_paths
from app.store import open_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_store_database_is_unreadable_without_the_key(data_dir: Path) -> None:
    db = open_db(data_dir)
    add_client(db, last_name="Onvindbaarnaam")
    db.close()
    database = resolve_paths(data_dir).database
    raw = database.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Onvindbaarnaam" not in _all_bytes(data_dir)
    connection = sqlite3.connect(database)
    with pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    connection.close()


def test_store_keeps_the_keyring_secret_out_of_the_data_folder(
    data_dir: Path, memory_keyring
) -> None:
    open_db(data_dir).close()
    (secret,) = memory_keyring.secrets.values()
    assert len(bytes.fromhex(secret)) == 32
    assert secret.encode() not in _all_bytes(data_dir)
    assert bytes.fromhex(secret) not in _all_bytes(data_dir)


def test_store_reopens_with_the_keyring_secret(data_dir: Path) -> None:
    db = open_db(data_dir)
    client_id = add_client(db)
    db.close()
    db = open_db(data_dir)
    from models.tables import Client

    with db.session() as session:
        assert session.get(Client, client_id) is not None
    db.close()


def test_store_missing_keyring_entry_is_refused_and_file_unchanged(
    data_dir: Path, memory_keyring
) -> None:
    open_db(data_dir).close()
    before = _digest(resolve_paths(data_dir).database)
    memory_keyring.secrets.clear()
    with pytest.raises(KeyUnavailableError, match="sleutelbos"):
        open_db(data_dir)
    assert _digest(resolve_paths(data_dir).database) == before


def test_store_without_keyring_uses_the_passphrase(
    data_dir: Path, no_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", "een lang genoeg wachtwoord")
    db = open_db(data_dir)
    add_client(db)
    db.close()
    info = resolve_paths(data_dir).store_info.read_text()
    assert '"key_source": "passphrase"' in info
    assert b"een lang genoeg wachtwoord" not in _all_bytes(data_dir)
    db = open_db(data_dir)
    db.close()


def test_store_without_keyring_or_passphrase_is_refused_and_writes_nothing(
    data_dir: Path, no_keyring
) -> None:
    with pytest.raises(KeyUnavailableError, match="PROCESPLAAT_PASSPHRASE"):
        open_db(data_dir)
    assert not resolve_paths(data_dir).database.exists()
    assert not resolve_paths(data_dir).store_info.exists()


def test_store_short_new_passphrase_is_refused(
    data_dir: Path, no_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", "kort")
    with pytest.raises(UserError, match="minstens"):
        open_db(data_dir)
    assert not resolve_paths(data_dir).database.exists()


def test_store_wrong_passphrase_is_refused_and_file_unchanged(
    data_dir: Path, no_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", "het goede wachtwoord")
    db = open_db(data_dir)
    add_client(db)
    db.close()
    database = resolve_paths(data_dir).database
    before = _digest(database)
    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", "een verkeerd wachtwoord")
    with pytest.raises(WrongKeyError, match="niets veranderd"):
        open_db(data_dir)
    assert _digest(database) == before
    assert not database.with_name(database.name + "-wal").exists()


def test_store_passphrase_from_the_prompt_is_used(data_dir: Path, no_keyring) -> None:
    asked: list[bool] = []

    def prompt(new: bool) -> str:
        asked.append(new)
        return "wachtwoord uit het venster"

    open_database(resolve_paths(data_dir), prompt).close()
    open_database(resolve_paths(data_dir), prompt).close()
    assert asked == [True, False]


def test_store_damaged_store_info_is_refused(data_dir: Path) -> None:
    open_db(data_dir).close()
    resolve_paths(data_dir).store_info.write_text("{niet json")
    with pytest.raises(UserError, match="beschadigd"):
        open_db(data_dir)


def test_store_impossible_kdf_cost_is_refused_as_damage(
    data_dir: Path, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", "een lang wachtwoord")
    open_db(data_dir).close()
    info_file = resolve_paths(data_dir).store_info
    info = json.loads(info_file.read_text())
    info["kdf"]["n"] = 1000  # not a power of two: scrypt refuses it
    info_file.write_text(json.dumps(info))
    with pytest.raises(UserError, match="beschadigd"):
        open_db(data_dir)


def test_store_two_first_starts_at_once_share_one_key(
    data_dir: Path, memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second start that created the folder a moment earlier wins; its key is used."""
    paths = resolve_paths(data_dir)
    import app.secrets

    real = app.secrets.create_exclusive
    winner: list[app.secrets.StoreKey] = []

    def other_start_first(path: Path, data: bytes) -> bool:
        if not winner:  # the other process writes its store.json just before this one does
            monkeypatch.setattr(app.secrets, "create_exclusive", real)
            winner.append(app.secrets.open_key(paths))
        return real(path, data)

    monkeypatch.setattr(app.secrets, "create_exclusive", other_start_first)
    key = app.secrets.open_key(paths)
    assert key.store_id == winner[0].store_id
    assert key.sqlcipher_key() == winner[0].sqlcipher_key()
    assert len(memory_keyring.secrets) == 1  # the loser's unused key was removed again


def test_migration_head_constant_is_alembics_head() -> None:
    assert app.db.alembic_head() == app.db.SCHEMA_HEAD


def test_migration_brings_an_empty_database_to_the_models(data_dir: Path) -> None:
    db = open_db(data_dir)
    assert db.current_revision() == app.db.head_revision()
    with db.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}),
            SQLModel.metadata,
        )
    db.close()
    assert differences == []


def test_migration_refuses_a_database_from_a_newer_version(data_dir: Path) -> None:
    db = open_db(data_dir)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    db.close()
    before = _digest(resolve_paths(data_dir).database)
    with pytest.raises(NewerDatabaseError, match="nieuwere versie"):
        open_db(data_dir)
    assert _digest(resolve_paths(data_dir).database) == before


def test_migration_copies_the_database_before_changing_it(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_db(data_dir)
    add_client(db)
    db.close()
    upgraded: list[str] = []
    monkeypatch.setattr(app.db, "head_revision", lambda: "9999_next")
    import alembic.command

    monkeypatch.setattr(alembic.command, "upgrade", lambda config, rev: upgraded.append(rev))
    open_db(data_dir).close()
    copies = list(resolve_paths(data_dir).backups.glob(f"voor-migratie-{app.db.SCHEMA_HEAD}-*.db"))
    assert upgraded == ["head"]
    assert len(copies) == 1
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")


def test_store_document_key_is_derived_and_stable_per_data_folder(data_dir: Path) -> None:
    first = open_db(data_dir)
    key = first.document_key()
    first.close()
    again = open_db(data_dir)
    assert again.document_key() == key
    assert len(key) == 32
    assert key != bytes.fromhex(again._key.sqlcipher_key()[2:-1])  # not the database's own key
    again.close()
