"""The actielijst's and conversations' use cases: checked, linked, undoable, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from builders import add_client
from sqlmodel import func, select

from app import actions, conversations
from models.tables import Action, AuditEvent, Conversation

TODAY = date(2026, 11, 27)


def count(db, table) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_actions_open_ones_come_first_by_due_date_and_overdue_is_marked(db) -> None:
    client = add_client(db)
    actions.add_action(db, client, {"title": "Zonder datum"}, today=TODAY)
    actions.add_action(db, client, {"title": "Later", "due_on": "10-12-2026"}, today=TODAY)
    actions.add_action(
        db, client, {"title": "Te laat", "due_on": "20-11-2026", "owner": "caseworker"}, today=TODAY
    )
    done = actions.add_action(db, client, {"title": "Gedaan", "due_on": "01-11-2026"}, today=TODAY)
    actions.update_action(db, done, {"done_on": "25-11-2026"}, today=TODAY)
    rows = actions.list_actions(db, client, today=TODAY)
    assert [r.title for r in rows] == ["Te laat", "Later", "Zonder datum", "Gedaan"]
    assert [r.overdue for r in rows] == [True, False, False, False]
    assert rows[0].owner == "caseworker"


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"title": ""}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"title": "Bellen", "owner": "buurman"}, "owner"),
        ({"title": "Bellen", "due_on": "31-02-2027"}, "due_on"),
        ({"title": "Bellen", "done_on": "01-01-2027"}, "done_on"),
        ({"title": "Bellen", "phase": "maan"}, "phase"),
    ],
)
def test_actions_a_refused_field_stores_nothing(db, raw, field) -> None:
    client = add_client(db)
    before = count(db, Action), count(db, AuditEvent)
    with pytest.raises(actions.ActionErrors) as caught:
        actions.add_action(db, client, raw, today=TODAY)
    assert field in caught.value.errors
    assert (count(db, Action), count(db, AuditEvent)) == before


def test_actions_a_debt_of_another_client_cannot_be_linked(db) -> None:
    tanya = add_client(db, debts=(("Eneco", "10.00"),))
    other = add_client(db, last_name="Anders")
    with db.session() as session:
        from models.tables import Debt

        debt_id = session.exec(select(Debt.id).where(Debt.client_id == tanya)).one()
    with pytest.raises(actions.ActionErrors) as caught:
        actions.add_action(db, other, {"title": "Bellen", "debt_id": debt_id}, today=TODAY)
    assert "debt_id" in caught.value.errors
    linked = actions.add_action(db, tanya, {"title": "Bellen", "debt_id": debt_id}, today=TODAY)
    (row,) = [r for r in actions.list_actions(db, tanya, today=TODAY) if r.id == linked]
    assert row.debt_name == "Eneco"


def test_actions_update_and_delete_are_undone_exactly(db) -> None:
    client = add_client(db)
    action = actions.add_action(db, client, {"title": "BKR-overzicht opvragen"}, today=TODAY)
    old = actions.update_action(
        db, action, {"owner": "partner", "due_on": "01-12-2026"}, today=TODAY
    )
    assert old == {"owner": "client", "due_on": None}
    actions.update_action(db, action, old, today=TODAY)
    values = actions.delete_action(db, action)
    assert count(db, Action) == 0
    actions.restore_action(db, values)
    (row,) = actions.list_actions(db, client, today=TODAY)
    assert (row.id, row.owner, row.due_on) == (action, "client", None)


def test_actions_offered_for_a_phase_come_from_the_template_without_open_duplicates(db) -> None:
    client = add_client(db)
    offered = actions.offered_actions(db, client, "problemen", entered_on=TODAY)
    titles = [o.title for o in offered]
    assert "Post openen en op één plek bewaren" in titles
    assert count(db, Action) == 0  # offered, never added silently
    actions.add_actions(db, client, offered[:1], phase="problemen", today=TODAY)
    again = actions.offered_actions(db, client, "problemen", entered_on=TODAY)
    assert offered[0].title not in [o.title for o in again]
    (row,) = actions.list_actions(db, client, today=TODAY)
    assert row.phase == "problemen"
    assert row.phase_title == "Ik heb financiële problemen"


def test_conversations_store_the_agreements_and_their_actions_all_or_nothing(db) -> None:
    client = add_client(db)
    with pytest.raises(actions.ActionErrors) as caught:
        conversations.add_conversation(
            db,
            client,
            {"held_on": "27-11-2026", "kind": "intake", "agreed": "Post meenemen"},
            [{"title": "Post meenemen"}, {"title": "Bellen", "due_on": "morgen"}],
            today=TODAY,
        )
    assert "actions.2.due_on" in caught.value.errors
    assert (count(db, Conversation), count(db, Action)) == (0, 0)
    talk, made = conversations.add_conversation(
        db,
        client,
        {"held_on": "27-11-2026", "kind": "intake", "participants": "Tanya, Mark"},
        [
            {"title": "Post meenemen", "due_on": "04-12-2026"},
            {"title": "BKR", "owner": "caseworker"},
        ],
        today=TODAY,
    )
    (row,) = conversations.list_conversations(db, client)
    assert (row.id, row.action_count) == (talk, 2)
    assert {r.conversation_id for r in actions.list_actions(db, client, today=TODAY)} == {talk}
    snapshot = conversations.delete_conversation(db, talk)
    assert count(db, Action) == 2  # the actions stay, unlinked
    conversations.restore_conversation(db, snapshot)
    assert {r.conversation_id for r in actions.list_actions(db, client, today=TODAY)} == {talk}
    assert len(made) == 2


def test_conversations_refuse_a_future_date_and_an_unknown_kind(db) -> None:
    client = add_client(db)
    with pytest.raises(actions.ActionErrors) as caught:
        conversations.add_conversation(
            db, client, {"held_on": "28-11-2026", "kind": "borrel"}, [], today=TODAY
        )
    assert set(caught.value.errors) == {"held_on", "kind"}
