"""The audit trail: who (the profile's name), prints recorded, append-only, no personal values."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from audit_builders import event_texts, upgrade_to_head
from builders import add_client
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql import Executable
from sqlmodel import col, select

from app import audit
from app.client_removal import remove_client
from app.clients import close_client, create_client, save_client_details
from app.db import Database
from app.debts import delete_debt, list_debts, update_debt
from app.demo import TANYA_ID, install_demo
from app.errors import UserError
from app.handouts import write_handout
from app.profile import Profile, save_profile
from models.tables import AuditEvent, Client, Debt, HouseholdMember

TODAY = date(2026, 11, 26)

#: The personal fields of a client and a household member that must never reach the trail.
PERSONAL = (
    "initials",
    "first_names",
    "last_name",
    "bsn",
    "phone",
    "email",
    "iban",
    "street",
    "postcode",
    "contact_name",
    "contact_phone",
    "administrator",
)


def events(db: Database, **where: object) -> list[AuditEvent]:
    with db.session() as session:
        query = select(AuditEvent).order_by(col(AuditEvent.at))
        for name, value in where.items():
            query = query.where(getattr(AuditEvent, name) == value)
        return list(session.exec(query))


def new_client(db: Database) -> uuid.UUID:
    return create_client(db, {"last_name": "Bakker", "first_names": "Sara"}, today=TODAY)


def test_record_names_the_saved_profile_as_actor(db: Database) -> None:
    audit.follow_profile(db)
    save_profile(db.paths, Profile(name="Mirjam de Wit", organisation=None))
    client_id = new_client(db)
    (event,) = events(db, client_id=client_id, action="create")
    assert event.actor == "Mirjam de Wit"
    assert event.os_user == audit.os_user()


def test_record_follows_a_profile_saved_later(db: Database) -> None:
    audit.follow_profile(db)
    save_profile(db.paths, Profile(name="Mirjam de Wit", organisation=None))
    first = new_client(db)
    save_profile(db.paths, Profile(name="Kees Jansen", organisation="Gemeente"))
    close_client(db, first, on=TODAY)
    assert [e.actor for e in events(db, client_id=first)] == ["Mirjam de Wit", "Kees Jansen"]


def test_record_without_a_saved_profile_leaves_the_actor_empty(db: Database) -> None:
    audit.follow_profile(db)
    client_id = new_client(db)
    (event,) = events(db, client_id=client_id)
    assert event.actor is None
    assert event.os_user


def test_set_actor_names_every_event_whatever_the_profile(db: Database) -> None:
    save_profile(db.paths, Profile(name="Mirjam de Wit", organisation=None))
    audit.set_actor(db, "  Script   nachtrun ")
    client_id = new_client(db)
    assert events(db, client_id=client_id)[0].actor == "Script nachtrun"


def test_write_handout_records_the_print_with_its_options(db: Database, tmp_path: Path) -> None:
    install_demo(db, today=TODAY)
    out = tmp_path / "overzicht.pdf"
    write_handout(db, TANYA_ID, "overview", out, today=TODAY, show_bsn=True)
    assert out.read_bytes().startswith(b"%PDF")
    (event,) = events(db, action="print")
    assert (event.record_type, event.client_id, event.fields) == (
        "handout",
        TANYA_ID,
        "overview,show_bsn",
    )


def test_write_handout_to_a_missing_folder_records_no_print(db: Database, tmp_path: Path) -> None:
    install_demo(db, today=TODAY)
    with pytest.raises(UserError, match="bestaat niet"):
        write_handout(db, TANYA_ID, "card", tmp_path / "weg" / "kaart.pdf", today=TODAY)
    assert events(db, action="print") == []


@pytest.mark.parametrize(
    "statement",
    [
        update(AuditEvent).values(action="create"),
        delete(AuditEvent),
    ],
    ids=["update", "delete"],
)
def test_audit_trail_refuses_update_and_delete(db: Database, statement: Executable) -> None:
    upgrade_to_head(db)
    new_client(db)
    with pytest.raises(IntegrityError, match="append-only"), db.session() as session:
        session.execute(statement)
    assert len(events(db)) == 1


def test_removing_a_client_keeps_her_audit_events_under_the_trigger(db: Database) -> None:
    upgrade_to_head(db)
    client_id = new_client(db)
    with db.session() as session:
        remove_client(session, client_id, documents_dir=db.paths.documents)
    assert [e.action for e in events(db, client_id=client_id)] == ["create", "delete"]


def _personal_values(db: Database) -> set[str]:
    """Every personal value and every amount in the store, as text that could leak."""
    found: set[str] = set()
    with db.session() as session:
        people: list[Client | HouseholdMember] = [
            *session.exec(select(Client)),
            *session.exec(select(HouseholdMember)),
        ]
        for person in people:
            for name in PERSONAL:
                value = getattr(person, name, None)
                if isinstance(value, str) and len(value.strip()) >= 4:
                    found.add(value.strip())
            if person.birth_date is not None:
                found.add(person.birth_date.isoformat())
        for debt in session.exec(select(Debt)):
            for amount in (debt.total, debt.principal, debt.interest, debt.costs):
                if amount is not None and amount != 0:
                    found.add(str(amount))
    return found


def test_audit_events_hold_no_personal_values_after_demo_and_edits(
    db: Database, tmp_path: Path
) -> None:
    audit.follow_profile(db)
    save_profile(db.paths, Profile(name="Mirjam de Wit", organisation=None))
    install_demo(db, today=TODAY)
    other = add_client(db, last_name="Oudenaarde", bsn="111222333", debts=(("Eneco", "120.00"),))
    save_client_details(db, TANYA_ID, {"phone": "0612345678", "email": "tanya.test@example.org"})
    first_debt = list_debts(db, TANYA_ID, today=TODAY).rows[0]
    update_debt(db, first_debt.id, {"costs": Decimal("4321.09"), "total": None}, today=TODAY)
    delete_debt(db, list_debts(db, other, today=TODAY).rows[0].id)
    write_handout(db, TANYA_ID, "overview", tmp_path / "o.pdf", today=TODAY, show_bsn=True)
    close_client(db, other, on=TODAY)
    personal = _personal_values(db) | {"4321.09", "120.00", "111222333", "Oudenaarde"}
    assert {"0612345678", "tanya.test@example.org"} <= personal
    texts = event_texts(db)
    assert len(texts) > 20
    leaks = {value for value in personal for text in texts if value in text}
    assert leaks == set()


def test_acting_as_names_the_actor_in_its_block_only_even_when_it_fails(db: Database) -> None:
    audit.set_actor(db, "Mirjam de Wit")
    made: list[uuid.UUID] = []

    def demo_that_fails() -> None:
        with audit.acting_as(db, "demo"):
            made.append(new_client(db))
            raise RuntimeError("stopt halverwege")

    with pytest.raises(RuntimeError, match="halverwege"):
        demo_that_fails()
    (inside,) = made
    after = new_client(db)
    assert events(db, client_id=inside)[0].actor == "demo"
    assert events(db, client_id=after)[0].actor == "Mirjam de Wit"


def test_acting_as_on_a_store_without_an_actor_leaves_none_behind(db: Database) -> None:
    with audit.acting_as(db, "demo"):
        new_client(db)
    assert events(db, client_id=new_client(db))[0].actor is None
