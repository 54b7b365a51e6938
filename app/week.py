"""The caseworker's week across all active clients, read in a few column-only queries."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any, NamedTuple, TypeVarTuple

from sqlalchemy import ColumnElement, Select, String, and_, cast, func, or_, type_coerce, union
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from app.db import Database
from app.resources import load_process
from models.codes import ClientStatus, DebtStatus, EventKind
from models.crisis import crisis_on
from models.deadlines import Deadline, DeadlineCalculator
from models.process import DeadlineAnchor, ProcessTemplate
from models.tables import Action, Client, Creditor, Debt, Enforcement, JourneyEvent
from models.timeline import MORATORIUM_WORD, EventInput, moratorium_start
from models.week import (
    ClientInfo,
    WeekCounts,
    WeekInputs,
    WeekItem,
    count_by_client,
    last_day,
    latest_confirmation,
    latest_start,
    week_items,
)

_ENTERED = EventKind.ENTERED.value
_MILESTONE = EventKind.MILESTONE.value
_SETTLED = DebtStatus.SETTLED.value
_Columns = TypeVarTuple("_Columns")


class RouteDates(NamedTuple):
    """The dates one client's deadlines count from."""

    entered: dict[str, date]
    crisis_on: date | None
    moratorium_on: date | None


class _Days(dict[Any, date]):
    """Dates as the driver gives them (ISO text from SQLite, dates from PostgreSQL), parsed
    once per distinct value: a table of 20,000 rows holds a few hundred distinct days."""

    def __missing__(self, raw: Any) -> date:
        day = raw if isinstance(raw, date) else date.fromisoformat(raw)
        self[raw] = day
        return day


def _key(column: Any) -> ColumnElement[str]:
    """An id column as text: the 35,000 UUID objects of the week over 10,000 clients would
    cost some 80 ms (the week's items convert an id only when it is opened)."""
    return cast(col(column), String)


def _raw(column: Any) -> ColumnElement[Any]:
    """A column as the driver gives it, without SQLAlchemy's conversion per row."""
    return type_coerce(col(column), String)


def _rows(session: Session, statement: Select[*_Columns]) -> Sequence[tuple[*_Columns]]:
    """All rows of a statement as the driver's own tuples, through the session's connection.

    SQLAlchemy Core compiles and runs it; the rows are taken from the driver's cursor without
    SQLAlchemy's row objects (the ORM's result layer doubled the time per row; Core's rows
    and bound ids still cost some 15 ms of the week over 10,000 clients). Only for statements whose
    columns need no conversion: text, ids cast to text (``_key``), dates as text (``_raw``).
    """
    result = session.connection().execute(statement)
    try:
        rows: Sequence[tuple[*_Columns]] = result.cursor.fetchall()
    finally:
        result.close()
    return rows


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
            else and_(kind == _ENTERED, phase == rule.anchor)
        )
        if rule.latest is not None:
            started = and_(started, day <= rule.latest)
        part = sa_select(client).where(started)
        if rule.met_by is not None:
            met = sa_select(client).where(kind == _ENTERED, phase == rule.met_by)
            part = part.where(client.not_in(met))
        parts.append(part)
    if not parts:
        return None
    return sa_select(union(*parts).subquery().c[0])


def _events(clients: Select[Any]) -> Select[str, str, str, Any, str | None]:
    """The events ``_route_dates`` reads of the clients ``clients`` selects: the phases they
    entered and their moratorium milestones (generous, as ``_moratorium_event``)."""
    # ``kind || ''``: the same test, but SQLite then finds the few clients' events by the
    # client index instead of walking every 'entered' event by the kind index (3x slower).
    kind = col(JourneyEvent.kind).concat("")
    return sa_select(
        _key(JourneyEvent.client_id),
        col(JourneyEvent.phase),
        col(JourneyEvent.kind),
        _raw(JourneyEvent.occurred_on),
        col(JourneyEvent.text),
    ).where(
        col(JourneyEvent.client_id).in_(clients),
        or_(
            kind == _ENTERED,
            and_(kind == _MILESTONE, col(JourneyEvent.text).ilike(f"%{MORATORIUM_WORD}%")),
        ),
    )


def _measures(clients: ColumnElement[bool]) -> Select[str, str, str | None, Any]:
    """The enforcements on open debts of the clients the filter ``clients`` lets through, as
    ``models.crisis.crisis_on`` reads them, with the client's id as text."""
    return (
        sa_select(
            _key(Debt.client_id), col(Enforcement.kind), col(Creditor.kind), _raw(Enforcement.since)
        )
        .join(Enforcement, col(Enforcement.debt_id) == col(Debt.id))
        .join(Creditor, col(Creditor.id) == col(Debt.creditor_id))
        .where(col(Debt.status) != _SETTLED, clients)
    )


def _has_crisis_rule(template: ProcessTemplate) -> bool:
    return any(rule.anchor is DeadlineAnchor.CRISIS for rule in template.deadlines)


def _route_dates(
    template: ProcessTemplate,
    events: Iterable[Sequence[Any]],
    measures: Iterable[Sequence[Any]],
) -> dict[str, RouteDates]:
    """Per client with events (rows of ``_events``), her ``RouteDates``; ``measures`` are rows
    of ``_measures`` for (at least) those clients."""
    days = _Days()
    # Per client, the first day she entered each phase (``phase_entries``, built as the rows
    # come) and, rarely, a moratorium milestone.
    entered: dict[str, dict[str, date]] = {}
    milestones: dict[str, list[EventInput]] = defaultdict(list)
    for client_key, phase, kind_of, occurred_on, text in events:
        found = entered.get(client_key)
        if found is None:
            found = entered[client_key] = {}
        day = days[occurred_on]
        if kind_of == _ENTERED:
            known = found.get(phase)
            if known is None or day < known:
                found[phase] = day
        else:
            milestones[client_key].append(EventInput("", phase, kind_of, day, text))
    measured: dict[str, list[tuple[str, str | None, date | None]]] = defaultdict(list)
    for client_key, kind, creditor_kind, since in measures:
        if client_key in entered:
            measured[client_key].append((kind, creditor_kind, days[since] if since else None))
    crises = {key: crisis_on(template, found) for key, found in measured.items()}
    return {
        client_key: RouteDates(
            found,
            crises.get(client_key),
            moratorium_start(milestones[client_key]) if client_key in milestones else None,
        )
        for client_key, found in entered.items()
    }


def route_dates(
    session: Session, template: ProcessTemplate, *, due_by: date | None
) -> dict[str, RouteDates]:
    """Per client (id as text) who may have an open deadline due by ``due_by`` (None: any),
    the phase entries, the crisis and the moratorium day, in two queries."""
    clients = open_deadline_clients(template, due_by=due_by)
    if clients is None:
        return {}
    events = _rows(session, _events(clients))
    measures: Sequence[tuple[str, str, str | None, Any]] = ()
    if events and _has_crisis_rule(template):
        # The clients' ids bound as stored text: no UUID objects, no conversion per id.
        keys = list({row[0] for row in events})
        measures = _rows(session, _measures(_raw(Debt.client_id).in_(keys)))
    return _route_dates(template, events, measures)


def _json_rows(session: Session, statement: Select[*_Columns]) -> list[list[Any]]:
    """All rows of a statement (columns as in ``_rows``) as one JSON text made by SQLite.

    SQLite then walks every row in one step of the driver, which lets go of Python's lock
    for it: the rows take no turns with another thread (stepping row by row, a thread that
    waits for the lock gets it only every few milliseconds while the other runs Python).
    """
    rows = statement.subquery()
    found = session.connection().execute(sa_select(func.json_group_array(func.json_array(*rows.c))))
    return list(json.loads(found.scalar_one()))


def _route_rows_apart(
    db: Database, template: ProcessTemplate, due_by: date
) -> tuple[list[list[Any]], list[list[Any]]]:
    """The rows of ``route_dates``'s two queries, read on a connection of their own.

    The clients are selected in the database for both queries (the crisis query does not
    wait for the first one's answer).
    """
    clients = open_deadline_clients(template, due_by=due_by)
    if clients is None:
        return [], []
    with db.session() as session:
        events = _json_rows(session, _events(clients))
        measures: list[list[Any]] = []
        if events and _has_crisis_rule(template):
            measures = _json_rows(session, _measures(_raw(Debt.client_id).in_(clients)))
    return events, measures


@functools.cache
def _reader() -> ThreadPoolExecutor:
    """The thread that reads the route's dates while the calling thread reads the rest."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="procesplaat-week")


def _reads_apart(db: Database) -> bool:
    """Whether the route is read on a second connection at the same time as the rest.

    Only for SQLite: its work (walking the indexes, decrypting pages) runs without Python's
    lock, so on a second core it overlaps the other queries and the Python that turns their
    rows into items. A PostgreSQL server works apart from this process anyway.
    """
    return db.is_sqlite


#: A ``ClientInfo`` of an active client from its name, made in C.
_active: Callable[[tuple[str, bool]], ClientInfo] = functools.partial(tuple.__new__, ClientInfo)


def client_infos(
    rows: Iterable[tuple[str, str | None, str | None, str | None]],
) -> dict[str, ClientInfo]:
    """Per (id, first names, prefix, last name) of an active client, her ``ClientInfo``.

    The name is ``models.people.full_name``'s (the stripped parts that are not empty, joined
    by a space), made by C functions only: 10,000 names took 13 ms that way and 9 ms this
    way. A test holds the two to the same names.
    """
    strip, join = str.strip, " ".join
    return {
        key: _active(
            (join(filter(None, map(strip, (first or "", prefix or "", last or "")))), True)
        )
        for key, first, prefix, last in rows
    }


def _clients(session: Session) -> dict[str, ClientInfo]:
    """The active clients' names (closed dossiers are not part of anyone's week)."""
    return client_infos(
        _rows(
            session,
            sa_select(
                _key(Client.id), col(Client.first_names), col(Client.prefix), col(Client.last_name)
            ).where(col(Client.status) == ClientStatus.ACTIVE.value),
        )
    )


def _actions(
    session: Session, until: date, days: _Days
) -> list[tuple[str, str, str, str, date | None, date | None]]:
    """The open actions due by ``until``: only those rows leave the database."""
    rows = _rows(
        session,
        sa_select(
            _key(Action.client_id),
            _key(Action.id),
            col(Action.title),
            col(Action.owner),
            _raw(Action.due_on),
        ).where(col(Action.done_on).is_(None), col(Action.due_on) <= until),
    )
    return [(client, key, title, owner, days[due], None) for client, key, title, owner, due in rows]


def _balances(
    session: Session, until: date, days: _Days
) -> list[tuple[str, str, str, date | None, str]]:
    """The balances of open debts that are stale or go stale by ``until``."""
    named = _rows(session, sa_select(_key(Creditor.id), col(Creditor.name)))
    creditors = {key: name for key, name in named}
    rows = _rows(
        session,
        sa_select(
            _key(Debt.client_id),
            _key(Debt.id),
            _key(Debt.creditor_id),
            _raw(Debt.confirmed_on),
            col(Debt.status),
        ).where(col(Debt.status) != _SETTLED, col(Debt.confirmed_on) <= latest_confirmation(until)),
    )
    return [
        (client, key, creditors.get(creditor, ""), days[confirmed], status)
        for client, key, creditor, confirmed, status in rows
    ]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold Python's cyclic garbage collector while tens of thousands of rows and items are
    made: none of them forms a cycle, yet each collection would walk them all again.

    On the way out what was made is promoted to the oldest generation unwalked (freeze, then
    unfreeze): otherwise the first allocation after the pause walks every one of them in a
    single young collection (some 40 ms over 10,000 clients). A cycle among them, if any, is
    still found by the next full collection.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def client_deadlines(
    session: Session, template: ProcessTemplate, *, due_by: date | None
) -> dict[str, list[Deadline]]:
    """Per client (id as text) who may have a deadline not met that falls due by ``due_by``
    (None: at any time), the route's deadlines; clients left out have none open.

    The moratorium counts too (a milestone whose text starts with 'moratorium').
    """
    return _deadlines(template, route_dates(session, template, due_by=due_by))


def _deadlines(
    template: ProcessTemplate, dates: dict[str, RouteDates]
) -> dict[str, list[Deadline]]:
    calculator = DeadlineCalculator(template)
    return {
        key: calculator.deadlines(
            found.entered, crisis_on=found.crisis_on, moratorium_on=found.moratorium_on
        )
        for key, found in dates.items()
    }


def week_overview(db: Database, *, today: date, days: int = 7) -> list[WeekItem]:
    """What falls due for all active clients up to today + ``days`` - 1, overdue first.

    Deadlines of the route not met, open actions, and balances that are (or go) stale, in
    the overview's order (``models.week.week_items``); in seven queries, none of them per
    client. On SQLite the route's two are read on a second connection meanwhile (each
    connection reads in its own transaction: a change saved in between shows in the next
    overview, as any change does).
    """
    template = load_process()
    until = last_day(today, days)
    parsed = _Days()

    def read_rest(session: Session) -> WeekInputs:
        return WeekInputs(
            clients=_clients(session),
            actions=_actions(session, until, parsed),
            balances=_balances(session, until, parsed),
        )

    with _collector_paused():
        if _reads_apart(db):
            route = _reader().submit(_route_rows_apart, db, template, until)
            try:
                with db.session() as session:
                    rest = read_rest(session)
            except BaseException:
                route.cancel()  # not wanted any more, if it has not begun
                raise
            dates = _route_dates(template, *route.result())
        else:
            with db.session() as session:
                rest = read_rest(session)
                dates = route_dates(session, template, due_by=until)
        inputs = dataclasses.replace(rest, deadlines=_deadlines(template, dates))
        return week_items(inputs, today=today, days=days)


def week_counts(db: Database, *, today: date) -> dict[uuid.UUID, WeekCounts]:
    """Per active client with anything due: how many items are overdue, and how many fall due
    from today to today + 6 (the figures for the client list)."""
    counts = count_by_client(week_overview(db, today=today))
    return {uuid.UUID(key): figures for key, figures in counts.items()}
