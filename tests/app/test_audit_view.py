"""Reading the audit trail back: filters, Dutch labels, who, and dossiers that are gone."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest

from app import audit
from app.audit_view import audit_events, known_people
from app.client_removal import remove_client
from app.clients import close_client, create_client
from app.db import Database
from models.tables import AuditEvent

TODAY = date(2026, 11, 26)


def new_client(db: Database, last_name: str = "Bakker") -> uuid.UUID:
    return create_client(db, {"last_name": last_name, "first_names": "Sara"}, today=TODAY)


def event_at(db: Database, client_id: uuid.UUID, at: datetime) -> None:
    """An event of a client at a chosen moment (the trail itself cannot be changed)."""
    with db.session() as session:
        session.add(
            AuditEvent(
                at=at,
                os_user="tester",
                action="update",
                record_type="client",
                record_id=client_id,
                client_id=client_id,
            )
        )


def test_audit_events_of_one_dossier_newest_first_with_dutch_labels(db: Database) -> None:
    sara = new_client(db)
    new_client(db, "Other")
    close_client(db, sara, on=TODAY)
    rows = audit_events(db, client_id=sara)
    assert [(r.action_label, r.record_label) for r in rows] == [
        ("Dossier gesloten", "Dossier"),
        ("Toegevoegd", "Dossier"),
    ]
    assert rows[0].fields_label == "gesloten op, status"
    assert rows[0].client_name == "Sara Bakker"


def test_audit_events_filter_on_action(db: Database) -> None:
    sara = new_client(db)
    close_client(db, sara, on=TODAY)
    assert [r.action for r in audit_events(db, action="close")] == ["close"]


def test_audit_events_filter_on_who_matches_actor_or_os_user(db: Database) -> None:
    audit.set_actor(db, "Mirjam de Wit")
    named = new_client(db)
    audit.set_actor(db, None)
    unnamed = new_client(db, "Other")
    assert [r.client_id for r in audit_events(db, actor="Mirjam de Wit")] == [named]
    assert [r.client_id for r in audit_events(db, actor=audit.os_user())] == [unnamed]
    assert known_people(db) == sorted({"Mirjam de Wit", audit.os_user()}, key=str.casefold)


def test_audit_events_filter_on_period_counts_whole_local_days(db: Database) -> None:
    early, late = uuid.uuid4(), uuid.uuid4()
    noon = datetime(2026, 11, 20, 12).astimezone().astimezone(UTC)
    event_at(db, early, noon - timedelta(days=5))
    event_at(db, late, noon)
    day = date(2026, 11, 20)
    last_minute = datetime(2026, 11, 20, 23, 59).astimezone().astimezone(UTC)
    event_at(db, late, last_minute)
    assert [r.client_id for r in audit_events(db, since=day, until=day)] == [late, late]
    assert [r.client_id for r in audit_events(db, until=day - timedelta(days=1))] == [early]


def test_audit_events_of_a_removed_dossier_stay_without_a_name(db: Database) -> None:
    sara = new_client(db)
    with db.session() as session:
        remove_client(session, sara, documents_dir=db.paths.documents)
    rows = audit_events(db, client_id=sara)
    assert [r.action_label for r in rows] == ["Verwijderd", "Toegevoegd"]
    assert {r.client_name for r in rows} == {None}


@pytest.mark.parametrize("limit", [0, 1, 2])
def test_audit_events_stop_at_the_limit(db: Database, limit: int) -> None:
    sara = new_client(db)
    close_client(db, sara, on=TODAY)
    assert len(audit_events(db, limit=limit)) == limit
