"""Retention: the term, which closed dossiers are due, and destroying one completely."""

from __future__ import annotations

import errno
import uuid
from datetime import date
from pathlib import Path

import pytest
from builders import add_client
from document_builders import pdf_bytes, write
from sqlalchemy import func
from sqlmodel import col, select

from app.audit_view import audit_events
from app.clients import close_client
from app.db import Database
from app.documents import add_document
from app.errors import NotFoundError, UserError
from app.retention import (
    DEFAULT_YEARS,
    destroy_client,
    destruction_date,
    due_for_destruction,
    load_term,
    save_term,
    term_path,
)
from models.tables import AuditEvent, Client, Debt, Document

TODAY = date(2031, 6, 1)


def closed(db: Database, on: date, last_name: str = "Bakker") -> uuid.UUID:
    client_id = add_client(db, last_name=last_name, debts=(("Eneco", "120.00"),))
    close_client(db, client_id, on=on)
    return client_id


def test_load_term_defaults_to_five_years(db: Database) -> None:
    assert load_term(db.paths) == DEFAULT_YEARS == 5


def test_save_term_is_read_back(db: Database) -> None:
    save_term(db.paths, 7)
    assert load_term(db.paths) == 7


@pytest.mark.parametrize("content", ["{kapot", '{"years": 0}', '{"years": "2"}', "[]"])
def test_load_term_of_a_damaged_setting_is_the_default(db: Database, content: str) -> None:
    term_path(db.paths).write_text(content, encoding="utf-8")
    assert load_term(db.paths) == DEFAULT_YEARS


@pytest.mark.parametrize("years", [0, -1, 31])
def test_save_term_refuses_a_term_out_of_range(db: Database, years: int) -> None:
    with pytest.raises(UserError, match="1 tot 30 jaar"):
        save_term(db.paths, years)
    assert not term_path(db.paths).exists()


def test_save_term_on_a_full_disk_is_a_user_error(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("app.retention.replace_file", full)
    with pytest.raises(UserError, match="vol of alleen-lezen"):
        save_term(db.paths, 6)
    assert load_term(db.paths) == DEFAULT_YEARS


@pytest.mark.parametrize(
    ("closed_on", "years", "due"),
    [
        (date(2026, 6, 1), 5, date(2031, 6, 1)),
        (date(2024, 2, 29), 5, date(2029, 3, 1)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
    ],
)
def test_destruction_date_is_the_same_day_years_later(
    closed_on: date, years: int, due: date
) -> None:
    assert destruction_date(closed_on, years) == due


def test_due_for_destruction_lists_closed_dossiers_past_their_term(db: Database) -> None:
    due = closed(db, date(2026, 6, 1), "Vandaag")
    older = closed(db, date(2025, 1, 10), "Ouder")
    closed(db, date(2026, 6, 2), "Morgen")
    add_client(db, last_name="Open")
    rows = due_for_destruction(db, today=TODAY)
    assert [(r.client_id, r.due_since) for r in rows] == [
        (older, date(2030, 1, 10)),
        (due, date(2031, 6, 1)),
    ]
    assert rows[0].name == "Anna Ouder"


def test_due_for_destruction_follows_the_saved_term(db: Database) -> None:
    client_id = closed(db, date(2028, 6, 1))
    assert due_for_destruction(db, today=TODAY) == []
    save_term(db.paths, 3)
    assert [r.client_id for r in due_for_destruction(db, today=TODAY)] == [client_id]


def test_destroy_client_removes_rows_and_files_and_keeps_an_audit_event(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db, last_name="Weg", debts=(("Eneco", "120.00"),))
    add_document(db, client_id, write(tmp_path, "a.pdf", pdf_bytes()), kind="identity")
    with db.session() as session:
        stored = db.paths.documents / session.exec(select(Document.stored_name)).one()
    close_client(db, client_id, on=date(2026, 1, 1))
    assert stored.exists()

    assert destroy_client(db, client_id, today=TODAY) == 0

    with db.session() as session:
        assert session.get(Client, client_id) is None
        assert session.exec(select(func.count()).select_from(Debt)).one() == 0
        assert session.exec(select(func.count()).select_from(Document)).one() == 0
        kept = session.exec(
            select(func.count())
            .select_from(AuditEvent)
            .where(col(AuditEvent.client_id) == client_id)
        ).one()
    assert not stored.exists()
    assert kept >= 3  # created, closed, removed, destroyed: the trail outlives the dossier
    assert audit_events(db, client_id=client_id)[0].action == "destroy"
    assert due_for_destruction(db, today=TODAY) == []


def test_destroy_client_refuses_a_dossier_still_in_its_term(db: Database) -> None:
    client_id = closed(db, date(2027, 1, 1))
    with pytest.raises(UserError, match="loopt nog tot 01-01-2032"):
        destroy_client(db, client_id, today=TODAY)
    with db.session() as session:
        assert session.get(Client, client_id) is not None


def test_destroy_client_refuses_an_open_dossier(db: Database) -> None:
    client_id = add_client(db)
    with pytest.raises(UserError, match="Alleen een gesloten dossier"):
        destroy_client(db, client_id, today=TODAY)
    assert audit_events(db, action="destroy") == []


def test_destroy_client_of_an_unknown_id_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        destroy_client(db, uuid.uuid4(), today=TODAY)
