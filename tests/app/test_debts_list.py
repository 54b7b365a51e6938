"""``app.debts.list_debts`` against the plain ORM reading of the same dossier.

``list_debts`` reads plain columns with the creditors joined in and ids as text made into
UUIDs once each (a 300-debt dossier must open within 50 ms); here the same rows are built
from ORM objects the obvious way, and both must agree field for field, in the same order.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from builders import add_client
from sqlmodel import select

from app import debts
from app.db import Database
from app.errors import NotFoundError
from app.resources import load_process
from models.crisis import crisis_on
from models.debt_fields import DEBT_FIELDS
from models.debts import balance_is_stale
from models.tables import Client, Creditor, Debt, Enforcement

TODAY = date(2026, 11, 27)


def reference(db: Database, client_id: uuid.UUID, today: date) -> debts.DebtList:
    """The list as the ORM gives it: every debt object, its creditors and measures."""
    with db.session() as session:
        client = session.get(Client, client_id)
        assert client is not None
        template = load_process(client.process_key)
        rows = []
        for debt in session.exec(select(Debt).where(Debt.client_id == client_id)).all():
            creditor = session.get(Creditor, debt.creditor_id)
            assert creditor is not None
            collector = session.get(Creditor, debt.collector_id) if debt.collector_id else None
            measures = session.exec(select(Enforcement).where(Enforcement.debt_id == debt.id))
            own = sorted(measures.all(), key=lambda m: (m.since or date.min, m.id))
            rows.append(
                debts.DebtRow(
                    id=debt.id,
                    creditor_id=debt.creditor_id,
                    creditor_name=creditor.name,
                    creditor_kind=creditor.kind,
                    collector_id=debt.collector_id,
                    collector_name=collector.name if collector else None,
                    **{field: getattr(debt, field) for field in DEBT_FIELDS},
                    measures=tuple(
                        debts.MeasureRow(
                            m.id,
                            m.kind,
                            m.since,
                            m.until,
                            m.note,
                            bool(template.crisis_triggers_for(m.kind, creditor.kind)),
                        )
                        for m in own
                    ),
                    stale=balance_is_stale(debt.confirmed_on, today),
                )
            )
    rows.sort(key=lambda r: (r.creditor_name.casefold(), r.reference or "", str(r.id)))
    measured = [
        (m.kind, r.creditor_kind, m.since)
        for r in rows
        if r.status != "settled"
        for m in r.measures
    ]
    return debts.DebtList(client_id, today, tuple(rows), crisis_on(template, measured))


def _typed(listed: debts.DebtList) -> list[Any]:
    """Every value with its type: a Decimal must stay a Decimal, a UUID a UUID."""
    return [
        [(name, value, type(value)) for name, value in dataclasses.asdict(row).items()]
        for row in listed.rows
    ]


def test_list_debts_equals_the_orm_reading_field_for_field_and_in_order(db: Database) -> None:
    client, other = add_client(db), add_client(db)
    with db.session() as session:
        creditors = [
            Creditor(name=name, kind=kind)
            for name, kind in [
                ("eneco", "energy"),
                ("Eneco", "energy"),  # the same name in other case: order by reference, id
                ("Woonstad", "landlord"),
                ("CJIB", None),
            ]
        ]
        session.add_all(creditors)
        session.flush()
        statuses = ["reported", "confirmed", "settled", "disputed"]
        for n in range(24):
            debt = Debt(
                client_id=client if n % 6 else other,
                creditor_id=creditors[n % 4].id,
                collector_id=creditors[(n + 1) % 4].id if n % 3 == 0 else None,
                reference=None if n % 5 == 0 else f"K-{n % 4}",
                total=Decimal(f"{n * 13}.{n:02}"),
                principal=Decimal("10.50") if n % 2 else None,
                confirmed_on=None if n % 7 == 0 else TODAY - timedelta(days=40 * n),
                origin_date=date(2024, 1 + n % 12, 1),
                status=statuses[n % 4],
                preferential=n % 4 == 1,
                essential=n % 5 == 2,
                note="let op" if n % 8 == 0 else None,
            )
            session.add(debt)
            session.flush()
            for m in range(n % 3):
                session.add(
                    Enforcement(
                        debt_id=debt.id,
                        kind=("eviction", "disconnection", "wage_garnishment")[(n + m) % 3],
                        since=None if m == 1 else TODAY - timedelta(days=n + m),
                        until=TODAY + timedelta(days=30) if n % 4 == 0 else None,
                        note=f"maatregel {m}",
                    )
                )
    for whom in (client, other):
        listed = debts.list_debts(db, whom, today=TODAY)
        expected = reference(db, whom, TODAY)
        assert _typed(listed) == _typed(expected)
        assert (listed.client_id, listed.today, listed.crisis_on) == (
            expected.client_id,
            expected.today,
            expected.crisis_on,
        )
    assert len(debts.list_debts(db, client, today=TODAY).rows) == 20
    assert debts.list_debts(db, client, today=TODAY).crisis_on is not None


def test_list_debts_of_a_client_that_is_gone_is_refused_in_dutch(db: Database) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        debts.list_debts(db, uuid.uuid4(), today=TODAY)
