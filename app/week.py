"""The caseworker's week across all active clients, read in a few column-only queries."""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from queue import SimpleQueue
from typing import Any, NamedTuple

from sqlmodel import Session

from app.db import Database
from app.resources import load_process
from app.week_queries import (
    action_query,
    balance_query,
    client_query,
    creditor_query,
    events_query,
    json_listed,
    json_rows,
    measures_query,
    open_deadline_clients,
    raw,
    rows,
)
from models.codes import EventKind
from models.crisis import crisis_on
from models.deadlines import Deadline, DeadlineCalculator
from models.process import DeadlineAnchor, ProcessTemplate
from models.tables import Debt
from models.timeline import EventInput, moratorium_start
from models.week import (
    ClientInfo,
    WeekCounts,
    WeekInputs,
    WeekItem,
    count_by_client,
    last_day,
    week_items,
)

_ENTERED = EventKind.ENTERED.value


class RouteDates(NamedTuple):
    """The dates one client's deadlines count from."""

    entered: dict[str, date]
    crisis_on: date | None
    moratorium_on: date | None


class _Days(dict[Any, date]):
    """Dates as the driver gives them (ISO text from SQLite, dates from PostgreSQL), parsed
    once per distinct value: a table of 20,000 rows holds a few hundred distinct days."""

    def __missing__(self, value: Any) -> date:
        day = value if isinstance(value, date) else date.fromisoformat(value)
        self[value] = day
        return day


def _has_crisis_rule(template: ProcessTemplate) -> bool:
    return any(rule.anchor is DeadlineAnchor.CRISIS for rule in template.deadlines)


def _route_dates(
    template: ProcessTemplate,
    events: Iterable[Sequence[Any]],
    measures: Iterable[Sequence[Any]],
) -> dict[str, RouteDates]:
    """Per client with events (rows of ``events_query``), her ``RouteDates``; ``measures``
    are rows of ``measures_query`` for (at least) those clients."""
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
    events = rows(session, events_query(clients))
    measures: Sequence[tuple[str, str, str | None, Any]] = ()
    if events and _has_crisis_rule(template):
        # The clients' ids bound as stored text: no UUID objects, no conversion per id.
        keys = list({row[0] for row in events})
        measures = rows(session, measures_query(raw(Debt.client_id).in_(keys)))
    return _route_dates(template, events, measures)


_Answers = SimpleQueue[list[list[Any]] | BaseException]


def _read_apart(db: Database, template: ProcessTemplate, until: date, answers: _Answers) -> None:
    """Put on ``answers`` the rows of the route's events, of the crisis measures of the
    clients with events, and of the open actions, read in one transaction on a connection of
    this thread; a failure ends the answers.

    The measures' clients are bound as one JSON array of their ids (stored text): one
    parameter instead of a thousand, and the clients are not selected again.
    """
    try:
        clients = open_deadline_clients(template, due_by=until)
        with db.session() as session:
            events = json_rows(session, events_query(clients)) if clients is not None else []
            answers.put(events)
            if events and _has_crisis_rule(template):
                listed = json_listed(sorted({row[0] for row in events}))
                answers.put(json_rows(session, measures_query(raw(Debt.client_id).in_(listed))))
            else:
                answers.put([])
            answers.put(json_rows(session, action_query(until)))
    except BaseException as exc:  # the calling thread raises it
        answers.put(exc)


def _next_rows(answers: _Answers) -> list[list[Any]]:
    answer = answers.get()
    if isinstance(answer, BaseException):
        raise answer
    return answer


@functools.cache
def _reader() -> ThreadPoolExecutor:
    """The thread that reads the week's queries (``_read_apart``)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="procesplaat-week")


def _reads_apart(db: Database) -> bool:
    """Whether the week's queries are read by a thread of their own while the calling
    thread turns the answers into items.

    Only for SQLite, and only with a second core for this process: SQLite's work (walking the
    indexes, decrypting pages) runs without Python's lock, so there it overlaps the Python;
    on one core the two threads would only take turns. A PostgreSQL server works apart from
    this process anyway.
    """
    return db.is_sqlite and _cores() > 1


@functools.cache
def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Windows and macOS have no affinity call
        return os.cpu_count() or 1


#: A ``ClientInfo`` of an active client from its name, made in C.
_active: Callable[[tuple[str, bool]], ClientInfo] = functools.partial(tuple.__new__, ClientInfo)


def client_infos(rows: Iterable[Sequence[Any]]) -> dict[str, ClientInfo]:
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
    return client_infos(rows(session, client_query()))


def _actions_of(
    rows: Iterable[Sequence[Any]], days: _Days
) -> list[tuple[str, str, str, str, date | None, date | None]]:
    return [(client, key, title, owner, days[due], None) for client, key, title, owner, due in rows]


def _actions(
    session: Session, until: date, days: _Days
) -> list[tuple[str, str, str, str, date | None, date | None]]:
    return _actions_of(rows(session, action_query(until)), days)


def _balances_of(
    rows: Iterable[Sequence[Any]], creditors: Iterable[Sequence[Any]], days: _Days
) -> list[tuple[str, str, str, date | None, str]]:
    names = {key: name for key, name in creditors}
    return [
        (client, key, names.get(creditor, ""), days[confirmed], status)
        for client, key, creditor, confirmed, status in rows
    ]


def _balances(
    session: Session, until: date, days: _Days
) -> list[tuple[str, str, str, date | None, str]]:
    creditors = rows(session, creditor_query())
    return _balances_of(rows(session, balance_query(until)), creditors, days)


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
    the overview's order (``models.week.week_items``); in six queries, none of them per
    client. On SQLite a thread of its own reads half of them meanwhile (``_week_apart``).
    """
    template = load_process()
    until = last_day(today, days)
    parsed = _Days()
    with _collector_paused():
        if _reads_apart(db):
            inputs = _week_apart(db, template, until, parsed)
        else:
            with db.session() as session:
                inputs = WeekInputs(
                    clients=_clients(session),
                    deadlines=_deadlines(template, route_dates(session, template, due_by=until)),
                    actions=_actions(session, until, parsed),
                    balances=_balances(session, until, parsed),
                )
        return week_items(inputs, today=today, days=days)


def _week_apart(db: Database, template: ProcessTemplate, until: date, days: _Days) -> WeekInputs:
    """``week_overview``'s inputs: the route's events and measures and the actions read by
    ``_read_apart`` meanwhile; the names and balances by this thread.

    Each thread reads in its own transaction: a change saved in between shows in the next
    overview, as any change does.
    """
    answers: _Answers = SimpleQueue()
    _reader().submit(_read_apart, db, template, until, answers)
    with db.session() as session:
        names = client_infos(json_rows(session, client_query()))
        balances = _balances(session, until, days)
    events = _next_rows(answers)
    measures = _next_rows(answers)
    deadlines = _deadlines(template, _route_dates(template, events, measures))
    actions = _actions_of(_next_rows(answers), days)
    return WeekInputs(clients=names, deadlines=deadlines, actions=actions, balances=balances)


def week_counts(db: Database, *, today: date) -> dict[uuid.UUID, WeekCounts]:
    """Per active client with anything due: how many items are overdue, and how many fall due
    from today to today + 6 (the figures for the client list)."""
    counts = count_by_client(week_overview(db, today=today))
    return {uuid.UUID(key): figures for key, figures in counts.items()}
