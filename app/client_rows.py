"""The client list: one line per client, read by four plain SQL statements.

Plain SQL, not SQLAlchemy: the first list of a start is read with SQLCipher alone
(app.first_list), before SQLAlchemy and SQLModel are imported; the store reads the very same
statements through its own connection (app.clients.list_client_rows), so both lists are
equal by construction. The statements take no parameters (their constants are the program's
own codes), so one text runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from app.resources import load_process
from models import deadlines as deadline_rules
from models.codes import ClientStatus, DebtStatus, EventKind
from models.crisis import crisis_on
from models.journey import current_phase, phase_entries
from models.people import full_name, sort_name
from models.process import ProcessTemplate
from models.values import money_from_cents

ZERO = Decimal("0.00")

#: Runs one statement and returns all its rows (a DB-API cursor's, or SQLAlchemy's).
Query = Callable[[str], Sequence[Sequence[Any]]]

_SETTLED = DebtStatus.SETTLED.value
_ENTERED = EventKind.ENTERED.value
_ACTIVE = ClientStatus.ACTIVE.value

# Ids as text: a UUID object for every id of every row cost some 40 ms over 1,000 clients;
# only the clients' own ids become UUIDs. SQLite gives dates as ISO text, PostgreSQL as dates.
CLIENTS_SQL = (
    "SELECT CAST(id AS VARCHAR), first_names, prefix, last_name, bsn, postcode, birth_date,"
    " status FROM client"
)
OPEN_TOTALS_SQL = (
    "SELECT CAST(client_id AS VARCHAR), SUM(total) FROM debt"
    f" WHERE status <> '{_SETTLED}' GROUP BY client_id"
)
#: Per client and phase the first and the last day it was entered: all the list needs of a
#: route (the deadlines count from the first day, models.journey.phase_entries; the current
#: phase is the latest entering, models.journey.current_phase), without milestones and notes.
ENTERED_SQL = (
    "SELECT CAST(client_id AS VARCHAR), phase, MIN(occurred_on), MAX(occurred_on)"
    f" FROM journeyevent WHERE kind = '{_ENTERED}' GROUP BY client_id, phase"
)
#: The enforcement measures on open debts, with their creditor's kind (a crisis starts the
#: crisis deadline, models.crisis).
MEASURES_SQL = (
    "SELECT CAST(debt.client_id AS VARCHAR), enforcement.kind, creditor.kind, enforcement.since"
    " FROM debt JOIN enforcement ON enforcement.debt_id = debt.id"
    " JOIN creditor ON creditor.id = debt.creditor_id"
    f" WHERE debt.status <> '{_SETTLED}'"
)


@dataclass(frozen=True, eq=False)
class ClientRow:
    """One line of the client list: what a caseworker scans for.

    Rows are equal only to themselves: the list finds a row among 10,000s by identity, in C.
    """

    id: uuid.UUID
    name: str
    sort_name: str
    bsn: str | None
    postcode: str | None
    birth_date: date | None
    phase: str | None
    phase_number: int
    phase_title: str
    total_debt: Decimal
    next_deadline: date | None
    next_deadline_label: str
    status: str
    search_text: str


def search_text(name: str, bsn: str | None, postcode: str | None, birth_date: date | None) -> str:
    """Everything a search may match, lower-case: name, BSN, postcode with and without space,
    the birth date as 26-11-1984 and 1984-11-26."""
    parts = [name.lower()]
    if bsn:
        parts.append(bsn)
    if postcode:
        parts += [postcode.lower(), postcode.replace(" ", "").lower()]
    if birth_date:
        parts += [birth_date.strftime("%d-%m-%Y"), birth_date.isoformat()]
    return " | ".join(parts)


def matches(row_text: str, query: str) -> bool:
    """Every word of the query occurs in the row's search text."""
    return all(word in row_text for word in query.lower().split())


class _Entered(NamedTuple):
    """A phase entered, as the route's rules (models.journey) read an event."""

    phase: str
    kind: str
    occurred_on: date


class _Days(dict[Any, date | None]):
    """Dates as the driver gives them (ISO text from SQLite, dates from PostgreSQL), each
    distinct value parsed once."""

    def __missing__(self, raw: Any) -> date | None:
        day = raw if raw is None or isinstance(raw, date) else date.fromisoformat(raw)
        self[raw] = day
        return day


def _entered_phases(rows: Sequence[Sequence[Any]], days: _Days) -> dict[str, list[_Entered]]:
    """Per client (id as text), each phase entered on its first and on its last day."""
    entered: dict[str, list[_Entered]] = defaultdict(list)
    for client_key, phase, first, last in rows:
        found = entered[client_key]
        first_day, last_day = days[first], days[last]
        assert first_day is not None  # occurred_on is NOT NULL
        assert last_day is not None
        found.append(_Entered(phase, _ENTERED, first_day))
        if last_day != first_day:
            found.append(_Entered(phase, _ENTERED, last_day))
    return entered


def _crisis_dates(
    rows: Sequence[Sequence[Any]], template: ProcessTemplate, days: _Days
) -> dict[str, date]:
    """Per client (id as text), the first open-debt enforcement that is a crisis under the
    template."""
    measures: dict[str, list[tuple[str, str | None, date | None]]] = defaultdict(list)
    for client_key, kind, creditor_kind, since in rows:
        measures[client_key].append((kind, creditor_kind, days[since]))
    found = {client_key: crisis_on(template, found) for client_key, found in measures.items()}
    return {client_key: day for client_key, day in found.items() if day is not None}


def client_rows(
    query: Query, *, today: date, template: ProcessTemplate | None = None
) -> list[ClientRow]:
    """Every client with phase, open debt and next deadline, in four column-only statements.

    ``query`` runs one statement on the store's database; ``template`` is the process the
    phases and deadlines come from (the installed one by default).
    """
    template = template or load_process()
    order = {phase.key: index for index, phase in enumerate(template.phases)}
    days = _Days()
    clients = query(CLIENTS_SQL)
    totals = {
        client_key: money_from_cents(cents)
        for client_key, cents in query(OPEN_TOTALS_SQL)
        if cents is not None
    }
    entered_by_client = _entered_phases(query(ENTERED_SQL), days)
    crises = _crisis_dates(query(MEASURES_SQL), template, days)
    rows = []
    for client_key, first, prefix, last, bsn, postcode, birth, status in clients:
        events = entered_by_client.get(client_key, [])
        phase_key = current_phase(events, order)
        phase = template.phase(phase_key) if phase_key in order else None
        upcoming = None
        if status == _ACTIVE:
            due = deadline_rules.compute_deadlines(
                template, phase_entries(events), crisis_on=crises.get(client_key)
            )
            upcoming = deadline_rules.next_deadline(due, today)
        name = full_name(first, prefix, last)
        birth_date = days[birth]
        rows.append(
            ClientRow(
                id=uuid.UUID(client_key),
                name=name,
                sort_name=sort_name(first, prefix, last),
                bsn=bsn,
                postcode=postcode,
                birth_date=birth_date,
                phase=phase_key,
                phase_number=order[phase_key] + 1 if phase_key in order else 0,
                phase_title=phase.caseworker_title if phase else "",
                total_debt=totals.get(client_key) or ZERO,
                next_deadline=upcoming.due_on if upcoming else None,
                next_deadline_label=upcoming.label if upcoming else "",
                status=status,
                search_text=search_text(name, bsn, postcode, birth_date),
            )
        )
    return rows
