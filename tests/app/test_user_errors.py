"""User errors end in a Dutch message and leave nothing half-written: disk full, read-only
folder, busy database, wrong passphrase."""

from __future__ import annotations

import errno
import hashlib
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from builders import add_client, open_db
from bundle_builders import bag, tree, zip_bag
from document_builders import pdf_bytes, write
from sqlalchemy import event
from sqlmodel import func, select

from app import db as app_db
from app.bundle_export import ExportedBy, ExportOptions, export_bundle
from app.bundle_import import OnConflict, import_dossier
from app.bundle_read import BundleRefused, read_bundle
from app.clients import create_client
from app.db import Database
from app.documents import add_document
from app.errors import UserError, WrongKeyError
from app.handouts import write_handout
from app.paths import resolve_paths
from app.store import open_database
from models.tables import Client, Document

TODAY = date(2026, 11, 27)
BY = ExportedBy("A. de Ridder", "Gemeente Utrecht", "caseworker")
DISK_FULL = OSError(errno.ENOSPC, "No space left on device")
READ_ONLY = PermissionError(errno.EACCES, "Permission denied")


def count(db: Database, table: Any) -> int:
    with db.session() as session:
        return int(session.exec(select(func.count()).select_from(table)).one())


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def failing(error: OSError) -> Callable[..., Any]:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    return fail


@pytest.fixture
def client(db: Database) -> uuid.UUID:
    return add_client(db, debts=(("Woonstad", "100.00"),))


@pytest.fixture
def proof(tmp_path: Path) -> Path:
    return write(tmp_path / "aangeleverd", "brief.pdf", pdf_bytes())


# --- disk full ----------------------------------------------------------------------------


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_user_errors_disk_full_on_document_add_is_dutch_and_stores_nothing(
    db: Database, client: uuid.UUID, proof: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    monkeypatch.setattr(os, call, failing(DISK_FULL))
    with pytest.raises(UserError, match="gegevensmap is vol of alleen-lezen. Er is niets"):
        add_document(db, client, proof)
    monkeypatch.undo()
    assert files_in(db.paths.documents) == []
    assert count(db, Document) == 0


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_user_errors_disk_full_on_export_is_dutch_and_leaves_no_file(
    db: Database,
    client: uuid.UUID,
    proof: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    call: str,
) -> None:
    add_document(db, client, proof)
    out = tmp_path / "uit" / "dossier.zip"
    out.parent.mkdir()
    monkeypatch.setattr(os, call, failing(DISK_FULL))
    with pytest.raises(UserError, match="de schijf is vol. Er is niets opgeslagen"):
        export_bundle(db, client, out, ExportOptions(exported_by=BY), today=TODAY)
    assert files_in(out.parent) == []


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_user_errors_disk_full_on_handout_print_is_dutch_and_keeps_the_old_file(
    db: Database, client: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    out = tmp_path / "print" / "kaart.pdf"
    out.parent.mkdir()
    out.write_bytes(b"de vorige kaart")
    monkeypatch.setattr(os, call, failing(DISK_FULL))
    with pytest.raises(UserError, match="De schijf is vol"):
        write_handout(db, client, "card", out, today=TODAY)
    assert files_in(out.parent) == ["kaart.pdf"]
    assert out.read_bytes() == b"de vorige kaart"


def test_user_errors_disk_full_in_the_database_is_dutch_and_writes_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk_full = sqlcipher3.OperationalError("database or disk is full")
    with db.session() as session:
        session.add(Client(last_name="Eerder"))
    original = app_db.Session.commit

    def full(self: Any) -> None:
        raise app_db.OperationalError("COMMIT", {}, disk_full)

    monkeypatch.setattr(app_db.Session, "commit", full)
    with pytest.raises(UserError, match="De schijf is vol"):
        create_client(db, {"last_name": "Jansen"}, today=TODAY)
    monkeypatch.setattr(app_db.Session, "commit", original)
    assert count(db, Client) == 1


# --- read-only data folder ----------------------------------------------------------------


@pytest.fixture
def read_only_store(db: Database) -> Database:
    """The store as on a read-only folder or medium: SQLite refuses every write.

    Tests run as root in CI, where chmod does not stop writing; ``query_only`` makes SQLite
    answer exactly as it does for a read-only file ("attempt to write a readonly database").
    """
    db.close()  # every connection from now on is read-only

    def read_only(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA query_only = ON")

    event.listen(db.engine, "connect", read_only)
    return db


def test_user_errors_read_only_database_refuses_a_new_client_in_dutch(
    read_only_store: Database,
) -> None:
    with pytest.raises(UserError, match="alleen-lezen"):
        create_client(read_only_store, {"last_name": "Jansen"}, today=TODAY)
    assert count(read_only_store, Client) == 0


def test_user_errors_read_only_database_refuses_a_document_and_removes_its_file(
    db: Database, client: uuid.UUID, proof: Path, read_only_store: Database
) -> None:
    with pytest.raises(UserError, match="alleen-lezen"):
        add_document(read_only_store, client, proof)
    assert files_in(read_only_store.paths.documents) == []


def test_user_errors_read_only_documents_folder_refuses_a_document_in_dutch(
    db: Database, client: uuid.UUID, proof: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "mkstemp", failing(READ_ONLY))
    with pytest.raises(UserError, match="alleen-lezen. Er is niets opgeslagen"):
        add_document(db, client, proof)
    monkeypatch.undo()
    assert count(db, Document) == 0


def test_user_errors_new_store_in_a_read_only_folder_is_refused_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Path, "mkdir", failing(READ_ONLY))
    with pytest.raises(UserError, match="is niet bruikbaar: Permission denied"):
        open_database(resolve_paths(tmp_path / "nieuw"))
    assert not (tmp_path / "nieuw").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_user_errors_read_only_folder_for_real_refuses_a_new_store(tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError, match="niet bruikbaar"):
            open_database(resolve_paths(folder / "data"))
    finally:
        folder.chmod(0o755)


# --- a busy database ----------------------------------------------------------------------


@pytest.fixture
def busy(db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """Another Procesplaat holds the write lock (BEGIN EXCLUSIVE); we wait 0.2 s, not 10."""
    connect = sqlcipher3.connect

    def impatient(*args: Any, **kwargs: Any) -> Any:
        return connect(*args, **{**kwargs, "timeout": 0.2})

    other = open_db(db.paths.data_dir)
    raw = other.engine.raw_connection()
    raw.execute("BEGIN EXCLUSIVE")
    db.close()  # our next connections are made with the short wait
    monkeypatch.setattr(app_db.sqlcipher3, "connect", impatient)
    yield db
    raw.rollback()
    raw.close()
    other.close()


def test_user_errors_locked_database_refuses_a_new_client_saying_it_is_busy(
    busy: Database,
) -> None:
    with pytest.raises(UserError, match="De database is bezet door een ander programma"):
        create_client(busy, {"last_name": "Jansen"}, today=TODAY)


def test_user_errors_locked_database_refuses_a_document_and_removes_its_file(
    db: Database, client: uuid.UUID, proof: Path, busy: Database
) -> None:
    with pytest.raises(UserError, match="bezet"):
        add_document(busy, client, proof)
    assert files_in(busy.paths.documents) == []


def test_user_errors_locked_database_refuses_an_import_and_removes_its_files(
    busy: Database, tmp_path: Path
) -> None:
    with (
        read_bundle([zip_bag(tmp_path / "b.zip", bag())]) as bundle,
        pytest.raises(UserError, match="bezet"),
    ):
        import_dossier(
            busy,
            bundle.dossier,
            bundle.open,
            manifest=bundle.manifest,
            bag_info=bundle.bag_info,
            on_conflict=OnConflict.NEW,
            today=TODAY,
        )
    assert files_in(busy.paths.documents) == []


# --- wrong passphrase ---------------------------------------------------------------------


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_user_errors_wrong_store_passphrase_is_dutch_and_changes_no_file(
    data_dir: Path, no_keyring: None
) -> None:
    paths = resolve_paths(data_dir)
    database = open_database(paths, lambda _new: "het goede wachtwoord")
    add_client(database)
    database.close()
    before = digests(data_dir)
    with pytest.raises(WrongKeyError, match="kan niet geopend worden .* Er is niets veranderd"):
        open_database(paths, lambda _new: "een verkeerd wachtwoord")
    assert digests(data_dir) == before


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("fout wachtwoord", "Het wachtwoord klopt niet"),
        (None, "beveiligd met een wachtwoord"),
    ],
)
def test_user_errors_wrong_bundle_passphrase_is_dutch_and_asks_again(
    tmp_path: Path, given: str | None, message: str
) -> None:
    path = zip_bag(tmp_path / "bundel.zip", bag(), passphrase="het goede wachtwoord")
    before = tree(tmp_path)
    with pytest.raises(BundleRefused, match=message) as refused:
        read_bundle([path], passphrase=given)
    assert refused.value.wrong_passphrase
    assert tree(tmp_path) == before


def test_user_errors_wrong_passphrase_of_our_own_export_reads_nothing_in(
    db: Database, client: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.zip"
    options = ExportOptions(exported_by=BY, passphrase="het goede wachtwoord")
    export_bundle(db, client, out, options, today=TODAY)
    with pytest.raises(BundleRefused, match="Het wachtwoord klopt niet"):
        read_bundle([out], passphrase="het verkeerde wachtwoord")
    with read_bundle([out], passphrase="het goede wachtwoord") as bundle:
        assert bundle.dossier["client"]["id"] == str(client)
