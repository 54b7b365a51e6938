"""The actielijst's and conversations' use cases: to-dos with owner and date, and what was
agreed in a conversation, each change one audited transaction that returns what undo needs."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from app import audit
from app.clients import get_client
from app.db import Database
from app.errors import NotFoundError, UserError
from app.resources import load_process
from models.action_fields import (
    ACTION_FIELDS,
    FieldErrors,
    clean_action,
)
from models.journey import current_phase
from models.messages import joined, say
from models.tables import Action, Conversation, Creditor, Debt, JourneyEvent


class ActionErrors(UserError):
    """Fields are refused; ``errors`` maps each field to a Dutch message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(joined(errors.values()))
        self.errors = dict(errors)


@dataclass(frozen=True)
class ActionRow:
    """An action as the list shows it, with the names of what it is linked to."""

    id: uuid.UUID
    title: str
    owner: str
    due_on: date | None
    done_on: date | None
    phase: str | None
    phase_title: str | None
    debt_id: uuid.UUID | None
    debt_name: str | None
    conversation_id: uuid.UUID | None
    note: str | None
    overdue: bool


@dataclass(frozen=True)
class ConversationRow:
    id: uuid.UUID
    held_on: date
    kind: str
    participants: str | None
    agreed: str | None
    action_count: int


@dataclass(frozen=True)
class OfferedAction:
    """A to-do of the process template offered when the client enters a phase."""

    title: str
    owner: str
    due_on: date | None
    note: str


def clean_or_refuse(raw: Mapping[str, object], today: date) -> dict[str, Any]:
    try:
        return clean_action(raw, today=today)
    except FieldErrors as exc:
        raise ActionErrors(exc.errors) from exc


def check_links(session: Session, client_id: uuid.UUID, clean: Mapping[str, Any]) -> None:
    """A phase of her template and a debt of her own, or a refusal at that field."""
    if clean.get("phase"):
        client = get_client(session, client_id)
        if not load_process(client.process_key).has_phase(str(clean["phase"])):
            raise ActionErrors({"phase": say("Deze fase hoort niet bij de route van de klant.")})
    debt_id = clean.get("debt_id")
    if debt_id is not None:
        debt = session.get(Debt, debt_id)
        if debt is None or debt.client_id != client_id:
            raise ActionErrors({"debt_id": say("Deze schuld hoort niet bij deze klant.")})


def list_actions(db: Database, client_id: uuid.UUID, *, today: date) -> list[ActionRow]:
    """A client's actions: open ones by due date (none last), then the ones done."""
    with db.session() as session:
        client = get_client(session, client_id)
        template = load_process(client.process_key)
        rows = session.execute(
            sa_select(
                *(col(getattr(Action, f)) for f in ("id", "conversation_id", *ACTION_FIELDS))
            ).where(col(Action.client_id) == client_id)
        ).all()
        debt_ids = {row[-2] for row in rows if row[-2]}
        names = dict(
            session.execute(
                sa_select(col(Debt.id), col(Creditor.name))
                .join(Creditor, col(Creditor.id) == col(Debt.creditor_id))
                .where(col(Debt.id).in_(debt_ids))
            ).all()
        )
    result = []
    for action_id, conversation_id, title, owner, due_on, done_on, phase, debt_id, note in rows:
        phase_title = (
            template.phase(phase).client_title if phase and template.has_phase(phase) else None
        )
        result.append(
            ActionRow(
                id=action_id,
                title=title,
                owner=owner,
                due_on=due_on,
                done_on=done_on,
                phase=phase,
                phase_title=phase_title,
                debt_id=debt_id,
                debt_name=names.get(debt_id) if debt_id else None,
                conversation_id=conversation_id,
                note=note,
                overdue=done_on is None and due_on is not None and due_on < today,
            )
        )
    result.sort(
        key=lambda r: (
            r.done_on is not None,
            r.done_on or date.min if r.done_on else r.due_on or date.max,
            r.title.casefold(),
        )
    )
    return result


def _values(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "client_id": action.client_id,
        "conversation_id": action.conversation_id,
        **{field: getattr(action, field) for field in ACTION_FIELDS},
    }


def insert_action(
    session: Session,
    client_id: uuid.UUID,
    clean: Mapping[str, Any],
    conversation_id: uuid.UUID | None,
) -> Action:
    action = Action(client_id=client_id, conversation_id=conversation_id, **clean)
    session.add(action)
    audit.record(
        session,
        action="create",
        record_type="action",
        record_id=action.id,
        client_id=client_id,
        fields=list(clean),
    )
    return action


def add_action(
    db: Database,
    client_id: uuid.UUID,
    raw: Mapping[str, object],
    *,
    today: date,
    conversation_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Add an action; the owner is the client unless ``raw`` says otherwise.

    Raises:
        ActionErrors: a refused field, a phase not on her route, a debt not hers.
    """
    clean = clean_or_refuse({"owner": "client", **raw}, today)
    if "title" not in clean:
        raise ActionErrors({"title": say("Schrijf op wat er moet gebeuren.")})
    with db.session() as session:
        get_client(session, client_id)
        check_links(session, client_id, clean)
        return insert_action(session, client_id, clean, conversation_id).id


def update_action(
    db: Database, action_id: uuid.UUID, changes: Mapping[str, object], *, today: date
) -> dict[str, Any]:
    """Change fields of an action; returns the old values of what changed (for undo)."""
    clean = clean_or_refuse(changes, today)
    with db.session() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError(say("Deze actie bestaat niet (meer)."))
        check_links(session, action.client_id, clean)
        old = {k: getattr(action, k) for k in clean if getattr(action, k) != clean[k]}
        for name in old:
            setattr(action, name, clean[name])
        session.add(action)
        if old:
            audit.record(
                session,
                action="update",
                record_type="action",
                record_id=action.id,
                client_id=action.client_id,
                fields=list(old),
            )
        return old


def delete_action(db: Database, action_id: uuid.UUID) -> dict[str, Any]:
    """Delete an action; returns what ``restore_action`` needs to bring it back."""
    with db.session() as session:
        action = session.get(Action, action_id)
        if action is None:
            raise NotFoundError(say("Deze actie bestaat niet (meer)."))
        values = _values(action)
        session.delete(action)
        audit.record(
            session,
            action="delete",
            record_type="action",
            record_id=action.id,
            client_id=action.client_id,
        )
        return values


def restore_action(db: Database, values: Mapping[str, Any]) -> None:
    """Put back an action removed by ``delete_action``, with its own id.

    A link to a debt or conversation that is gone since is left empty rather than refused.
    """
    with db.session() as session:
        if session.get(Action, values["id"]) is not None:
            return
        restored = dict(values)
        if restored["debt_id"] and session.get(Debt, restored["debt_id"]) is None:
            restored["debt_id"] = None
        conversation = restored["conversation_id"]
        if conversation and session.get(Conversation, conversation) is None:
            restored["conversation_id"] = None
        session.add(Action(**restored))
        audit.record(
            session,
            action="create",
            record_type="action",
            record_id=values["id"],
            client_id=values["client_id"],
            fields=[k for k in values if k not in ("id", "client_id")],
        )


def offered_actions(
    db: Database, client_id: uuid.UUID, phase: str, *, entered_on: date
) -> list[OfferedAction]:
    """The template's to-dos for a phase the client entered, less those she already has open."""
    with db.session() as session:
        client = get_client(session, client_id)
        template = load_process(client.process_key)
        open_titles = {
            title.casefold()
            for title in session.exec(
                select(Action.title).where(
                    Action.client_id == client_id, col(Action.done_on).is_(None)
                )
            )
        }
    if not template.has_phase(phase):
        return []
    return [
        OfferedAction(a.title, a.owner.value, a.due_on(entered_on), a.note)
        for a in template.phase(phase).actions
        if a.title.casefold() not in open_titles
    ]


def add_actions(
    db: Database,
    client_id: uuid.UUID,
    chosen: Sequence[OfferedAction],
    *,
    phase: str,
    today: date,
) -> list[uuid.UUID]:
    """Add the offered actions the person chose, linked to the phase, in one transaction."""
    cleaned = [
        clean_or_refuse(
            {
                "title": a.title,
                "owner": a.owner,
                "due_on": a.due_on,
                "phase": phase,
                "note": a.note or None,
            },
            today,
        )
        for a in chosen
    ]
    with db.session() as session:
        get_client(session, client_id)
        for clean in cleaned:
            check_links(session, client_id, clean)
        return [insert_action(session, client_id, clean, None).id for clean in cleaned]


@dataclass(frozen=True)
class LinkChoices:
    """What a new action can be linked to: her route's phases (key, number and title), the
    phase she is in, and her debts (id, creditor name)."""

    phases: tuple[tuple[str, str], ...]
    current: str | None
    debts: tuple[tuple[uuid.UUID, str], ...]


def link_choices(db: Database, client_id: uuid.UUID) -> LinkChoices:
    with db.session() as session:
        client = get_client(session, client_id)
        template = load_process(client.process_key)
        events = session.exec(select(JourneyEvent).where(JourneyEvent.client_id == client_id)).all()
        debts = session.execute(
            sa_select(col(Debt.id), col(Creditor.name), col(Debt.reference))
            .join(Creditor, col(Creditor.id) == col(Debt.creditor_id))
            .where(col(Debt.client_id) == client_id)
            .order_by(col(Creditor.name))
        ).all()
    order = {phase.key: index for index, phase in enumerate(template.phases)}
    return LinkChoices(
        phases=tuple((p.key, f"{p.number}. {p.client_title}") for p in template.route),
        current=current_phase(events, order),
        debts=tuple(
            (debt_id, f"{name} ({reference})" if reference else name)
            for debt_id, name, reference in debts
        ),
    )
