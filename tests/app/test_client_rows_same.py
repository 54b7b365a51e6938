"""The client list's fast statements (app.client_rows: plain SQL, ids as text, one grouped
query of entered phases) give exactly the rows the straightforward way gives: every event
read, every rule of models.journey and models.deadlines applied to it.

The reference below is the list as it was computed before the start was made faster; the
demo dossiers, 150 generated ones and a few awkward routes are compared field by field.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import astuple
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from builders import add_client
from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from app import clients
from app.client_rows import ClientRow, search_text
from app.db import Database
from app.demo.dossiers import install_demo
from app.resources import load_process
from models import deadlines as deadline_rules
from models.codes import ClientStatus, DebtStatus
from models.coltypes import MoneyType
from models.crisis import crisis_on
from models.journey import current_phase, phase_entries
from models.people import full_name, sort_name
from models.tables import Client, Creditor, Debt, Enforcement, JourneyEvent

TODAY = date(2026, 11, 26)


def reference_rows(db: Database, *, today: date) -> list[ClientRow]:
    """The list the slow, obvious way: ORM queries, UUIDs everywhere, every event read."""
    template = load_process()
    order = {phase.key: index for index, phase in enumerate(template.phases)}
    with db.session() as session:
        found = session.execute(
            sa_select(
                col(Client.id),
                col(Client.first_names),
                col(Client.prefix),
                col(Client.last_name),
                col(Client.bsn),
                col(Client.postcode),
                col(Client.birth_date),
                col(Client.status),
            )
        ).all()
        total_column = func.sum(Debt.total, type_=MoneyType())
        totals = dict(
            session.exec(
                select(Debt.client_id, total_column)
                .where(col(Debt.status) != DebtStatus.SETTLED.value)
                .group_by(col(Debt.client_id))
            ).all()
        )
        events_by_client: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for event in session.exec(select(JourneyEvent)).all():
            events_by_client[event.client_id].append(event)
        measures: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for debt, enforcement, creditor in session.exec(
            select(Debt, Enforcement, Creditor)
            .join(Enforcement, col(Enforcement.debt_id) == col(Debt.id))
            .join(Creditor, col(Creditor.id) == col(Debt.creditor_id))
            .where(col(Debt.status) != DebtStatus.SETTLED.value)
        ).all():
            measures[debt.client_id].append((enforcement.kind, creditor.kind, enforcement.since))
        crises = {
            client_id: day
            for client_id, found in measures.items()
            if (day := crisis_on(template, found)) is not None
        }
    rows = []
    for client_id, first, prefix, last, bsn, postcode, birth, status in found:
        events = events_by_client.get(client_id, [])
        phase_key = current_phase(events, order)
        phase = template.phase(phase_key) if phase_key in order else None
        upcoming = None
        if status == ClientStatus.ACTIVE.value:
            due = deadline_rules.compute_deadlines(
                template, phase_entries(events), crisis_on=crises.get(client_id)
            )
            upcoming = deadline_rules.next_deadline(due, today)
        name = full_name(first, prefix, last)
        rows.append(
            ClientRow(
                id=client_id,
                name=name,
                sort_name=sort_name(first, prefix, last),
                bsn=bsn,
                postcode=postcode,
                birth_date=birth,
                phase=phase_key,
                phase_number=order[phase_key] + 1 if phase_key in order else 0,
                phase_title=phase.caseworker_title if phase else "",
                total_debt=totals.get(client_id) or Decimal("0.00"),
                next_deadline=upcoming.due_on if upcoming else None,
                next_deadline_label=upcoming.label if upcoming else "",
                status=status,
                search_text=search_text(name, bsn, postcode, birth),
            )
        )
    return rows


def _add_event(db: Database, client_id: uuid.UUID, phase: str, kind: str, on: date) -> None:
    with db.session() as session:
        session.add(JourneyEvent(client_id=client_id, phase=phase, kind=kind, occurred_on=on))


def _awkward_routes(db: Database) -> None:
    """Routes that test the grouped query: a phase entered again after a setback, two phases
    entered on one day, a phase the template lacks, milestones and notes, no route at all,
    a closed dossier and a settled debt."""
    route = [phase.key for phase in load_process().route]
    again = add_client(
        db,
        last_name="Terug",
        phases=((route[0], date(2026, 1, 5)), (route[1], date(2026, 2, 2))),
        debts=(("A", "10.00"),),
    )
    _add_event(db, again, route[0], "entered", date(2026, 3, 2))  # back to the start
    _add_event(db, again, route[1], "milestone", date(2026, 3, 9))
    add_client(
        db,
        last_name="Zelfde Dag",
        phases=((route[0], date(2026, 10, 1)), (route[2], date(2026, 10, 1))),
    )
    odd = add_client(db, last_name="Vreemd", phases=((route[1], date(2026, 6, 1)),))
    _add_event(db, odd, "fase_van_een_ander_programma", "entered", date(2026, 7, 1))
    _add_event(db, odd, route[1], "note", date(2026, 7, 2))
    add_client(db, last_name="Zonder Route", phases=())
    closed = add_client(db, last_name="Gesloten", debts=(("B", "99.99"),))
    clients.close_client(db, closed, on=TODAY)
    paid = add_client(db, last_name="Betaald", debts=(("C", "50.00"), ("D", "25.25")))
    with db.session() as session:
        debt = session.exec(select(Debt).where(Debt.client_id == paid)).first()
        assert debt is not None
        debt.status = DebtStatus.SETTLED.value
        session.add(debt)
    add_client(
        db,
        last_name="Crisis",
        phases=((route[0], date(2026, 11, 20)),),
        debts=(("Woonstad", "2400.00"),),
        enforcement=("eviction", date(2026, 11, 20)),
    )


@pytest.mark.parametrize("today", [TODAY, date(2027, 6, 30)])
def test_list_rows_are_the_rows_of_every_event_and_every_rule(db: Database, today: date) -> None:
    install_demo(db, today=TODAY, generated=150)
    _awkward_routes(db)
    expected = reference_rows(db, today=today)
    listed = clients.list_client_rows(db, today=today)
    assert len(listed) == len(expected) >= 150
    # The same clients in the same order, and every field the same (names, phase, total
    # debt, deadline and its label, status, search text).
    assert [astuple(row) for row in listed] == [astuple(row) for row in expected]
    assert all(isinstance(row.id, uuid.UUID) for row in listed)
    assert len({row.phase for row in listed}) > 3  # the data covers more than one step
    assert any(row.next_deadline for row in listed)
    assert any(row.total_debt for row in listed)


def test_list_rows_follow_a_setback_to_the_phase_entered_last(db: Database) -> None:
    route = [phase.key for phase in load_process().route]
    client_id = add_client(db, phases=((route[0], date(2026, 1, 5)), (route[1], date(2026, 2, 2))))
    _add_event(db, client_id, route[0], "entered", date(2026, 3, 2))
    (row,) = clients.list_client_rows(db, today=TODAY)
    assert row.phase == route[0]
    assert row.phase_number == 1
