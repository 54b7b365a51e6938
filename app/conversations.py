"""Conversations with the client: what was agreed and the actions made in it, one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from app import audit
from app.actions import ActionErrors, ConversationRow, check_links, clean_or_refuse, insert_action
from app.clients import get_client
from app.db import Database
from app.errors import NotFoundError
from models.action_fields import CONVERSATION_FIELDS, FieldErrors, clean_conversation
from models.messages import say
from models.tables import Action, Conversation


def _clean_talk(raw: Mapping[str, object], today: date) -> dict[str, Any]:
    try:
        return clean_conversation(raw, today=today)
    except FieldErrors as exc:
        raise ActionErrors(exc.errors) from exc


def list_conversations(db: Database, client_id: uuid.UUID) -> list[ConversationRow]:
    """A client's conversations, the latest first, with how many actions each produced."""
    with db.session() as session:
        get_client(session, client_id)
        counts = dict(
            session.execute(
                sa_select(col(Action.conversation_id), func.count())
                .where(col(Action.client_id) == client_id)
                .group_by(col(Action.conversation_id))
            ).all()
        )
        talks = session.exec(select(Conversation).where(Conversation.client_id == client_id)).all()
        rows = [
            ConversationRow(t.id, t.held_on, t.kind, t.participants, t.agreed, counts.get(t.id, 0))
            for t in talks
        ]
    return sorted(rows, key=lambda r: (r.held_on, str(r.id)), reverse=True)


def add_conversation(
    db: Database,
    client_id: uuid.UUID,
    raw: Mapping[str, object],
    actions: Sequence[Mapping[str, object]],
    *,
    today: date,
) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """Record a conversation with the actions agreed in it: all stored, or nothing.

    Raises:
        ActionErrors: a refused field of the conversation (by field) or of an action (the
            field name prefixed with the action's place, e.g. ``actions.2.due_on``).
    """
    clean = _clean_talk(raw, today)
    errors: dict[str, str] = {}
    cleaned = []
    for number, action in enumerate(actions, start=1):
        try:
            one = clean_or_refuse({"owner": "client", **action}, today)
            if "title" not in one:
                raise ActionErrors({"title": say("Schrijf op wat er moet gebeuren.")})
            cleaned.append(one)
        except ActionErrors as exc:
            errors |= {
                f"actions.{number}.{k}": f"Actie {number}: {v}" for k, v in exc.errors.items()
            }
    if errors:
        raise ActionErrors(errors)
    with db.session() as session:
        get_client(session, client_id)
        talk = Conversation(client_id=client_id, **clean)
        session.add(talk)
        session.flush()
        audit.record(
            session,
            action="create",
            record_type="conversation",
            record_id=talk.id,
            client_id=client_id,
            fields=list(clean),
        )
        ids = []
        for one in cleaned:
            check_links(session, client_id, one)
            ids.append(insert_action(session, client_id, one, talk.id).id)
        return talk.id, ids


def update_conversation(
    db: Database, conversation_id: uuid.UUID, changes: Mapping[str, object], *, today: date
) -> dict[str, Any]:
    """Change a conversation's date, kind, participants or agreements; old values back."""
    with db.session() as session:
        talk = session.get(Conversation, conversation_id)
        if talk is None:
            raise NotFoundError(say("Dit gesprek bestaat niet (meer)."))
        current = {f: getattr(talk, f) for f in CONVERSATION_FIELDS}
        clean = _clean_talk(current | dict(changes), today)
        old = {k: current[k] for k in clean if clean[k] != current[k]}
        for name in old:
            setattr(talk, name, clean[name])
        session.add(talk)
        if old:
            audit.record(
                session,
                action="update",
                record_type="conversation",
                record_id=talk.id,
                client_id=talk.client_id,
                fields=list(old),
            )
        return old


def delete_conversation(db: Database, conversation_id: uuid.UUID) -> dict[str, Any]:
    """Delete a conversation; its actions stay (unlinked). Returns what restore needs."""
    with db.session() as session:
        talk = session.get(Conversation, conversation_id)
        if talk is None:
            raise NotFoundError(say("Dit gesprek bestaat niet (meer)."))
        linked = session.exec(select(Action).where(Action.conversation_id == talk.id)).all()
        snapshot = {
            "values": {
                "id": talk.id,
                "client_id": talk.client_id,
                **{f: getattr(talk, f) for f in CONVERSATION_FIELDS},
            },
            "actions": [a.id for a in linked],
        }
        for action in linked:
            action.conversation_id = None
            session.add(action)
        session.flush()
        session.delete(talk)
        audit.record(
            session,
            action="delete",
            record_type="conversation",
            record_id=talk.id,
            client_id=talk.client_id,
        )
        return snapshot


def restore_conversation(db: Database, snapshot: Mapping[str, Any]) -> None:
    """Put back a conversation removed by ``delete_conversation``, relinking its actions."""
    values = snapshot["values"]
    with db.session() as session:
        if session.get(Conversation, values["id"]) is not None:
            return
        session.add(Conversation(**values))
        session.flush()
        for action_id in snapshot["actions"]:
            action = session.get(Action, action_id)
            if action is not None:
                action.conversation_id = values["id"]
                session.add(action)
        audit.record(
            session,
            action="create",
            record_type="conversation",
            record_id=values["id"],
            client_id=values["client_id"],
            fields=list(CONVERSATION_FIELDS),
        )
