"""The week's queries: column-only statements over all clients, and two ways to read them.

``rows`` reads the driver's own tuples (any database); ``json_rows`` has SQLite make one
JSON text of all rows in a single step, so that another thread can read while this one runs
Python (``app.week``). The columns are text as stored: ids cast to text, dates as ISO text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    cast,
    column,
    func,
    or_,
    type_coerce,
    union,
)
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from models.codes import ClientStatus, DebtStatus, EventKind
from models.process import DeadlineAnchor, ProcessTemplate
from models.tables import Action, Client, Creditor, Debt, Enforcement, JourneyEvent
from models.timeline import MORATORIUM_WORD
from models.week import latest_confirmation, latest_start

ENTERED = EventKind.ENTERED.value
_MILESTONE = EventKind.MILESTONE.value
_SETTLED = DebtStatus.SETTLED.value
_Columns = TypeVarTuple("_Columns")


def key(column: Any) -> ColumnElement[str]:
    """An id column as text: the 35,000 UUID objects of the week over 10,000 clients would
    cost some 80 ms (the week's items convert an id only when it is opened)."""
    return cast(col(column), String)


def raw(column: Any) -> ColumnElement[Any]:
    """A column as the driver gives it, without SQLAlchemy's conversion per row."""
    return type_coerce(col(column), String)


def rows(session: Session, statement: Select[*_Columns]) -> Sequence[tuple[*_Columns]]:
    """All rows of a statement as the driver's own tuples, through the session's connection.

    SQLAlchemy Core compiles and runs it; the rows are taken from the driver's cursor without
    SQLAlchemy's row objects (the ORM's result layer doubled the time per row; Core's rows
    and bound ids still cost some 15 ms of the week over 10,000 clients). Only for statements whose
    columns need no conversion: text, ids cast to text (``key``), dates as text (``raw``).
    """
    result = session.connection().execute(statement)
    try:
        found: Sequence[tuple[*_Columns]] = result.cursor.fetchall()
    finally:
        result.close()
    return found


def json_text(session: Session, statement: Select[*_Columns]) -> str:
    """All rows of a statement (columns as in ``rows``) as one JSON array made by SQLite.

    SQLite then walks every row in a single step of the driver, which lets go of Python's
    lock for it: on a second core it runs while the calling thread turns earlier answers into
    items (stepping row by row, a thread waiting for the lock gets it only every few
    milliseconds while the other runs Python, and each row's values are made under the lock).
    """
    table = statement.subquery()
    result = session.connection().execute(
        sa_select(func.json_group_array(func.json_array(*table.c)))
    )
    text: str = result.scalar_one()
    return text


def json_listed(values: Sequence[str]) -> Select[str]:
    """SQLite's rows of ``values`` from one JSON array bound as a single parameter: for
    ``in_`` over a thousand ids without a thousand parameters (SQLite only)."""
    return sa_select(column("value", String)).select_from(func.json_each(json.dumps(values)))


def json_rows(session: Session, statement: Select[*_Columns]) -> list[list[Any]]:
    """``json_text``'s rows as lists (SQLite only)."""
    found: list[list[Any]] = json.loads(json_text(session, statement))
    return found


class _Rule(NamedTuple):
    """What the journey must show for a deadline rule to be open."""

    anchor: str | None  # the phase that starts it; None: a moratorium milestone
    met_by: str | None
    latest: date | None  # the latest start that can still fall due in time; None: any


def _rules(template: ProcessTemplate, due_by: date | None) -> list[_Rule]:
    """The template's rules as start and end; rules that share both (the first conversation,
    its crisis term and the decision) are one, with the latest start any of them allows."""
    latest_of: dict[tuple[str | None, str | None], date | None] = {}
    for rule in template.deadlines:
        anchor = None if rule.anchor is DeadlineAnchor.MORATORIUM else rule.anchor_phase
        latest = latest_start(rule, due_by) if due_by is not None else None
        group = (anchor, rule.met_by_phase)
        known = latest_of.get(group, latest)
        latest_of[group] = None if latest is None or known is None else max(known, latest)
    return [_Rule(anchor, met_by, latest) for (anchor, met_by), latest in latest_of.items()]


def _moratorium_event() -> ColumnElement[bool]:
    # Generous: the exact test (the text starts with the word) is models.timeline's.
    return and_(
        col(JourneyEvent.kind) == _MILESTONE,
        col(JourneyEvent.text).ilike(f"%{MORATORIUM_WORD}%"),
    )


def open_deadline_clients(template: ProcessTemplate, *, due_by: date | None) -> Select[Any] | None:
    """A query for the clients who may have a deadline not yet met that falls due by
    ``due_by`` (None: any time); None when the template has no deadlines.

    A rule can be open for a client who reached its start (early enough) and never entered
    the phase that meets it. Generous on purpose (a client who skipped that phase for a later
    one is in too); ``compute_deadlines`` decides. The database answers it as a set: each rule
    is a range of the (kind, phase, day, client) index minus another, so no event leaves the
    database (reading the 20,000 that start or meet a rule took four times as long).
    """
    kind, phase, day, client = (
        col(JourneyEvent.kind),
        col(JourneyEvent.phase),
        col(JourneyEvent.occurred_on),
        col(JourneyEvent.client_id),
    )
    parts = []
    for rule in _rules(template, due_by):
        started = (
            _moratorium_event()
            if rule.anchor is None
            else and_(kind == ENTERED, phase == rule.anchor)
        )
        if rule.latest is not None:
            started = and_(started, day <= rule.latest)
        part = sa_select(client).where(started)
        if rule.met_by is not None:
            met = sa_select(client).where(kind == ENTERED, phase == rule.met_by)
            part = part.where(client.not_in(met))
        parts.append(part)
    if not parts:
        return None
    return sa_select(union(*parts).subquery().c[0])


def events_query(clients: Select[Any]) -> Select[str, str, str, Any, str | None]:
    """The events ``app.week.route_dates`` reads of the clients ``clients`` selects: the
    phases they entered and their moratorium milestones (generous, as ``_moratorium_event``)."""
    # ``kind || ''``: the same test, but SQLite then finds the few clients' events by the
    # client index instead of walking every 'entered' event by the kind index (3x slower).
    kind = col(JourneyEvent.kind).concat("")
    return sa_select(
        key(JourneyEvent.client_id),
        col(JourneyEvent.phase),
        col(JourneyEvent.kind),
        raw(JourneyEvent.occurred_on),
        col(JourneyEvent.text),
    ).where(
        col(JourneyEvent.client_id).in_(clients),
        or_(
            kind == ENTERED,
            and_(kind == _MILESTONE, col(JourneyEvent.text).ilike(f"%{MORATORIUM_WORD}%")),
        ),
    )


def measures_query(clients: ColumnElement[bool]) -> Select[str, str, str | None, Any]:
    """The enforcements on open debts of the clients the filter ``clients`` lets through, as
    ``models.crisis.crisis_on`` reads them, with the client's id as text."""
    return (
        sa_select(
            key(Debt.client_id), col(Enforcement.kind), col(Creditor.kind), raw(Enforcement.since)
        )
        .join(Enforcement, col(Enforcement.debt_id) == col(Debt.id))
        .join(Creditor, col(Creditor.id) == col(Debt.creditor_id))
        .where(col(Debt.status) != _SETTLED, clients)
    )


def client_query() -> Select[str, str | None, str | None, str | None]:
    """The active clients' names (closed dossiers are not part of anyone's week)."""
    return sa_select(
        key(Client.id), col(Client.first_names), col(Client.prefix), col(Client.last_name)
    ).where(col(Client.status) == ClientStatus.ACTIVE.value)


def action_query(until: date) -> Select[str, str, str, str, Any]:
    """The open actions due by ``until``: only those rows leave the database."""
    return sa_select(
        key(Action.client_id),
        key(Action.id),
        col(Action.title),
        col(Action.owner),
        raw(Action.due_on),
    ).where(col(Action.done_on).is_(None), col(Action.due_on) <= until)


def creditor_query() -> Select[str, str]:
    return sa_select(key(Creditor.id), col(Creditor.name))


def balance_query(until: date) -> Select[str, str, str, Any, str]:
    """The balances of open debts that are stale or go stale by ``until``."""
    return sa_select(
        key(Debt.client_id),
        key(Debt.id),
        key(Debt.creditor_id),
        raw(Debt.confirmed_on),
        col(Debt.status),
    ).where(col(Debt.status) != _SETTLED, col(Debt.confirmed_on) <= latest_confirmation(until))
