"""Builders for the week's test data: a client with a route, actions, balances and measures."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from app.db import Database
from models.tables import Action, Client, Creditor, Debt, Enforcement, JourneyEvent


def add_person(
    db: Database,
    first_names: str,
    last_name: str,
    *,
    prefix: str | None = None,
    phases: tuple[tuple[str, date], ...] = (),
    status: str = "active",
) -> uuid.UUID:
    """A client with the phases she entered, as (phase, day)."""
    with db.session() as session:
        client = Client(first_names=first_names, prefix=prefix, last_name=last_name, status=status)
        session.add(client)
        session.flush()
        for phase, day in phases:
            session.add(
                JourneyEvent(client_id=client.id, phase=phase, kind="entered", occurred_on=day)
            )
        return client.id


def add_milestone(db: Database, client_id: uuid.UUID, phase: str, day: date, text: str) -> None:
    with db.session() as session:
        session.add(
            JourneyEvent(
                client_id=client_id, phase=phase, kind="milestone", occurred_on=day, text=text
            )
        )


def add_action(
    db: Database,
    client_id: uuid.UUID,
    title: str,
    due_on: date | None,
    *,
    owner: str = "client",
    done_on: date | None = None,
) -> uuid.UUID:
    with db.session() as session:
        action = Action(
            client_id=client_id, title=title, owner=owner, due_on=due_on, done_on=done_on
        )
        session.add(action)
        session.flush()
        return action.id


def add_debt(
    db: Database,
    client_id: uuid.UUID,
    creditor: str,
    *,
    confirmed_on: date | None,
    status: str = "confirmed",
    creditor_kind: str = "other",
    measure: tuple[str, date] | None = None,
) -> uuid.UUID:
    """A debt with its balance date, status and, if given, a measure (kind, since)."""
    with db.session() as session:
        owed_to = Creditor(name=creditor, kind=creditor_kind)
        session.add(owed_to)
        session.flush()
        debt = Debt(
            client_id=client_id,
            creditor_id=owed_to.id,
            total=Decimal("100.00"),
            confirmed_on=confirmed_on,
            status=status,
        )
        session.add(debt)
        session.flush()
        if measure is not None:
            kind, since = measure
            session.add(Enforcement(debt_id=debt.id, kind=kind, since=since))
        return debt.id
