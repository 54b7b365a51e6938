"""The demo's rows carry the create events the GUI would record, by the actor "demo"."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date

from sqlmodel import SQLModel, col, select

from app import audit
from app.audit_view import RECORD_LABELS
from app.clients import create_client
from app.db import Database
from app.demo import DEMO_CLIENT_IDS, TANYA_ID, add_generated_clients, install_demo
from app.demo.common import DEMO_ACTOR
from app.profile import Profile, save_profile
from models.tables import (
    AuditEvent,
    Client,
    Creditor,
    Debt,
    Enforcement,
    HouseholdMember,
    IncomeItem,
    JourneyEvent,
)

TODAY = date(2026, 11, 26)


def creates(db: Database) -> dict[uuid.UUID | None, AuditEvent]:
    with db.session() as session:
        found = session.exec(select(AuditEvent).where(col(AuditEvent.action) == "create")).all()
    by_record = {event.record_id: event for event in found}
    assert len(by_record) == len(found), "one create event per record"
    return by_record


def ids_of(db: Database, model: type[SQLModel], **where: object) -> list[uuid.UUID]:
    with db.session() as session:
        query = select(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return [row.id for row in session.exec(query)]  # type: ignore[attr-defined]


def test_every_demo_row_has_its_create_event_by_the_demo(db: Database) -> None:
    install_demo(db, today=TODAY)
    events = creates(db)
    expected: list[tuple[type[SQLModel], str]] = [
        (Client, "client"),
        (HouseholdMember, "household_member"),
        (JourneyEvent, "journey_event"),
        (Debt, "debt"),
        (IncomeItem, "income"),
        (Creditor, "creditor"),
    ]
    for model, record_type in expected:
        ids = ids_of(db, model)
        assert ids, model
        assert {events[i].record_type for i in ids} == {record_type}
        assert record_type in RECORD_LABELS  # the log shows it in Dutch
    demo_rows = [e for e in events.values() if e.record_type != "document"]
    assert {e.actor for e in demo_rows} == {DEMO_ACTOR}
    assert {e.os_user for e in demo_rows} == {audit.os_user()}


def test_a_demo_dossiers_log_starts_with_its_client_and_names_fields_only(db: Database) -> None:
    install_demo(db, today=TODAY)
    events = creates(db)
    tanya = events[TANYA_ID]
    assert (tanya.client_id, tanya.record_type) == (TANYA_ID, "client")
    fields = set((tanya.fields or "").split(","))
    assert {"first_names", "last_name", "bsn", "birth_date"} <= fields
    assert "Tanya" not in (tanya.fields or "")
    for debt_id in ids_of(db, Debt, client_id=TANYA_ID):
        assert events[debt_id].client_id == TANYA_ID
        assert "creditor_id" in (events[debt_id].fields or "")


def test_an_enforcement_measure_belongs_to_its_debts_client(db: Database) -> None:
    install_demo(db, today=TODAY, generated=30)
    events = creates(db)
    with db.session() as session:
        pairs = session.exec(
            select(Enforcement.id, Debt.client_id).join(Debt, col(Debt.id) == Enforcement.debt_id)
        ).all()
    assert pairs
    for enforcement_id, client_id in pairs:
        assert events[enforcement_id].client_id == client_id


def test_generated_clients_get_their_events_at_the_same_grain(db: Database) -> None:
    with db.session() as session:
        ids = add_generated_clients(session, 20, today=TODAY, seed=4)
    events = creates(db)
    per_client = Counter(e.client_id for e in events.values() if e.client_id is not None)
    for client_id in ids:
        rows = 1 + sum(
            len(ids_of(db, model, client_id=client_id))
            for model in (HouseholdMember, JourneyEvent, Debt, IncomeItem)
        )
        assert per_client[client_id] >= rows
        assert events[client_id].client_id == client_id
    assert events[ids[0]].actor is None  # no actor named: the OS user alone says who


def test_installing_the_demo_twice_records_nothing_new(db: Database) -> None:
    install_demo(db, today=TODAY)
    first = len(creates(db))
    install_demo(db, today=TODAY)
    assert len(creates(db)) == first


def test_after_the_demo_the_caseworker_is_the_actor_again(db: Database) -> None:
    audit.follow_profile(db)
    save_profile(db.paths, Profile(name="Mirjam de Wit", organisation=None))
    install_demo(db, today=TODAY)
    client_id = create_client(db, {"last_name": "Bakker", "first_names": "Sara"}, today=TODAY)
    assert creates(db)[client_id].actor == "Mirjam de Wit"
    assert {creates(db)[i].actor for i in DEMO_CLIENT_IDS} == {DEMO_ACTOR}
