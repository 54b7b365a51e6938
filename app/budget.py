"""Income and expenses of a client's household: list, add, change, delete and undo."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from sqlmodel import select

from app import audit
from app.clients import get_client
from app.db import Database
from app.errors import NotFoundError, UserError
from models.budget import BudgetFieldErrors, BudgetTotals, budget_totals, clean_budget_item
from models.messages import joined, say
from models.tables import ExpenseItem, IncomeItem

Side = Literal["income", "expense"]
_TABLES: dict[str, type[IncomeItem] | type[ExpenseItem]] = {
    "income": IncomeItem,
    "expense": ExpenseItem,
}


class BudgetErrors(UserError):
    """Fields of an income or expense are refused; ``errors`` maps field to a Dutch message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(joined(errors.values()))
        self.errors = dict(errors)


@dataclass(frozen=True)
class BudgetRow:
    id: uuid.UUID
    side: Side
    person: str
    kind: str
    source: str | None
    amount_per_month: Decimal


@dataclass(frozen=True)
class Budget:
    income: tuple[BudgetRow, ...]
    expenses: tuple[BudgetRow, ...]
    totals: BudgetTotals


def _row(side: Side, item: IncomeItem | ExpenseItem) -> BudgetRow:
    return BudgetRow(item.id, side, item.person, item.kind, item.source, item.amount_per_month)


def list_budget(db: Database, client_id: uuid.UUID) -> Budget:
    """A client's income and expenses per month, largest first, with the monthly balance."""
    with db.session() as session:
        get_client(session, client_id)
        income = [
            _row("income", i)
            for i in session.exec(select(IncomeItem).where(IncomeItem.client_id == client_id))
        ]
        expenses = [
            _row("expense", e)
            for e in session.exec(select(ExpenseItem).where(ExpenseItem.client_id == client_id))
        ]
    for rows in (income, expenses):
        rows.sort(key=lambda r: (-r.amount_per_month, r.kind, str(r.id)))
    totals = budget_totals(
        [(r.person, r.amount_per_month) for r in income],
        [(r.person, r.amount_per_month) for r in expenses],
    )
    return Budget(tuple(income), tuple(expenses), totals)


def _clean(raw: Mapping[str, object]) -> dict[str, Any]:
    try:
        return clean_budget_item(raw)
    except BudgetFieldErrors as exc:
        raise BudgetErrors(exc.errors) from exc


def add_item(
    db: Database, client_id: uuid.UUID, side: Side, raw: Mapping[str, object]
) -> uuid.UUID:
    """Add an income or an expense per month."""
    clean = _clean(raw)
    with db.session() as session:
        get_client(session, client_id)
        item = _TABLES[side](client_id=client_id, **clean)
        session.add(item)
        audit.record(
            session,
            action="create",
            record_type=side,
            record_id=item.id,
            client_id=client_id,
            fields=list(clean),
        )
        return item.id


def update_item(
    db: Database, side: Side, item_id: uuid.UUID, changes: Mapping[str, object]
) -> dict[str, Any]:
    """Change an income or expense; returns the old values of what changed, for undo."""
    with db.session() as session:
        item = session.get(_TABLES[side], item_id)
        if item is None:
            raise NotFoundError(say("Deze regel bestaat niet (meer)."))
        old = {k: getattr(item, k) for k in ("person", "kind", "source", "amount_per_month")}
        clean = _clean(old | dict(changes))
        changed = [k for k in clean if clean[k] != old[k]]
        for name in changed:
            setattr(item, name, clean[name])
        session.add(item)
        if changed:
            audit.record(
                session,
                action="update",
                record_type=side,
                record_id=item.id,
                client_id=item.client_id,
                fields=changed,
            )
        return {k: old[k] for k in changed}


def delete_item(db: Database, side: Side, item_id: uuid.UUID) -> dict[str, Any]:
    """Delete an income or expense; returns what ``restore_item`` needs."""
    with db.session() as session:
        item = session.get(_TABLES[side], item_id)
        if item is None:
            raise NotFoundError(say("Deze regel bestaat niet (meer)."))
        values = {
            k: getattr(item, k)
            for k in ("id", "client_id", "person", "kind", "source", "amount_per_month")
        }
        session.delete(item)
        audit.record(
            session, action="delete", record_type=side, record_id=item.id, client_id=item.client_id
        )
        return values


def restore_item(db: Database, side: Side, values: Mapping[str, Any]) -> None:
    """Put back an item removed by ``delete_item``, with its own id."""
    with db.session() as session:
        if session.get(_TABLES[side], values["id"]) is not None:
            return
        session.add(_TABLES[side](**dict(values)))
        audit.record(
            session,
            action="create",
            record_type=side,
            record_id=values["id"],
            client_id=values["client_id"],
            fields=[k for k in values if k not in ("id", "client_id")],
        )
