"""Removing a client: every row of hers goes, others' rows, creditors and the audit stay."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from builders import add_client
from document_builders import pdf_bytes, write
from sqlalchemy import func
from sqlmodel import select

from app.checklist import choose_checklist
from app.client_removal import CLIENT_TABLES, delete_files, remove_client
from app.db import Database
from app.demo import TANYA_ID, add_demo_dossiers
from app.documents import add_document, delete_document
from app.errors import NotFoundError
from models.tables import AuditEvent, BundleImport, Client, Creditor, Debt, Enforcement

TODAY = date(2026, 11, 26)


def counts(db: Database, client_id: uuid.UUID) -> dict[str, int]:
    """How many rows each client table holds for one client (enforcements through debts)."""
    with db.session() as session:
        found = {
            table.__tablename__: session.exec(
                select(func.count()).select_from(table).where(table.client_id == client_id)
            ).one()
            for table in CLIENT_TABLES
        }
        debts = select(Debt.id).where(Debt.client_id == client_id)
        found["enforcement"] = session.exec(
            select(func.count()).select_from(Enforcement).where(Enforcement.debt_id.in_(debts))  # type: ignore[attr-defined]
        ).one()
        found["client"] = 1 if session.get(Client, client_id) else 0
    return found


@pytest.fixture
def two_clients(db: Database, tmp_path: Path) -> tuple[uuid.UUID, uuid.UUID]:
    """Tanya with every kind of row (two proofs, one in the bin) and another client."""
    with db.session() as session:
        add_demo_dossiers(session, today=TODAY)
        session.add(
            BundleImport(
                client_id=TANYA_ID, source_client_id=TANYA_ID, schema_version=1, manifest=""
            )
        )
    choose_checklist(db, TANYA_ID, "kort")
    add_document(db, TANYA_ID, write(tmp_path, "a.pdf", pdf_bytes()), kind="identity")
    binned = add_document(db, TANYA_ID, write(tmp_path, "b.pdf", pdf_bytes(text="Brief")))
    delete_document(db, binned)
    other = add_client(db, last_name="Smit", debts=(("Eneco", "120.00"),))
    return TANYA_ID, other


def test_remove_client_deletes_every_row_of_hers(
    db: Database, two_clients: tuple[uuid.UUID, uuid.UUID]
) -> None:
    tanya, _ = two_clients
    before = counts(db, tanya)
    # The demo dossier fills nearly every table, so the test covers what it claims.
    assert [name for name, count in before.items() if count == 0] == []
    with db.session() as session:
        remove_client(session, tanya, documents_dir=db.paths.documents)
    assert set(counts(db, tanya).values()) == {0}


def test_remove_client_leaves_other_clients_and_creditors(
    db: Database, two_clients: tuple[uuid.UUID, uuid.UUID]
) -> None:
    tanya, other = two_clients
    before = counts(db, other)
    with db.session() as session:
        creditors = session.exec(select(func.count()).select_from(Creditor)).one()
        remove_client(session, tanya, documents_dir=db.paths.documents)
    assert counts(db, other) == before
    with db.session() as session:
        assert session.exec(select(func.count()).select_from(Creditor)).one() == creditors


def test_remove_client_returns_her_files_and_leaves_them_until_deleted(
    db: Database, two_clients: tuple[uuid.UUID, uuid.UUID]
) -> None:
    tanya, _ = two_clients
    with db.session() as session:
        files = remove_client(session, tanya, documents_dir=db.paths.documents)
    assert len(files) == 2  # the binned proof's file too
    assert all(path.parent == db.paths.documents and path.exists() for path in files)
    assert delete_files(files) == 0
    assert not any(path.exists() for path in files)


def test_remove_client_rolled_back_keeps_everything(
    db: Database, two_clients: tuple[uuid.UUID, uuid.UUID]
) -> None:
    tanya, _ = two_clients
    before = counts(db, tanya)

    def remove_then_fail() -> None:
        with db.session() as session:
            remove_client(session, tanya, documents_dir=db.paths.documents)
            raise LookupError("a later step of the same use case fails")

    with pytest.raises(LookupError):
        remove_then_fail()
    assert counts(db, tanya) == before


def test_remove_client_keeps_the_audit_and_records_the_removal(
    db: Database, two_clients: tuple[uuid.UUID, uuid.UUID]
) -> None:
    tanya, _ = two_clients
    with db.session() as session:
        earlier = session.exec(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.client_id == tanya)
        ).one()
        remove_client(session, tanya, documents_dir=db.paths.documents)
    with db.session() as session:
        events: list[Any] = list(
            session.exec(select(AuditEvent).where(AuditEvent.client_id == tanya))
        )
    assert earlier > 0
    assert len(events) == earlier + 1
    assert [(e.action, e.record_type, e.fields) for e in events if e.action == "delete"] == [
        ("delete", "client", None)
    ]


def test_remove_client_refuses_an_unknown_client(db: Database) -> None:
    with pytest.raises(NotFoundError), db.session() as session:
        remove_client(session, uuid.uuid4(), documents_dir=db.paths.documents)


def test_delete_files_counts_what_cannot_go(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "inhoud").write_text("x")
    assert delete_files([tmp_path / "weg.enc", folder]) == 1  # a folder is no file to unlink
