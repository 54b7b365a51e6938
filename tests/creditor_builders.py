"""Builders for creditor tests: a creditor row, a debt naming it, and reading rows back."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from sqlmodel import select

from app.db import Database
from models.tables import AuditEvent, Creditor, Debt


def add_creditor_row(
    db: Database, name: str = "Woonstichting Meerwonen", **fields: Any
) -> uuid.UUID:
    """A creditor written straight to the database, as the demo or an import leaves one."""
    with db.session() as session:
        creditor = Creditor(name=name, **fields)
        session.add(creditor)
        session.flush()
        return creditor.id


def add_debt(
    db: Database,
    client_id: uuid.UUID,
    creditor_id: uuid.UUID,
    *,
    collector_id: uuid.UUID | None = None,
    total: str = "100.00",
) -> uuid.UUID:
    """A debt of the client to a creditor, optionally collected by another."""
    with db.session() as session:
        debt = Debt(
            client_id=client_id,
            creditor_id=creditor_id,
            collector_id=collector_id,
            total=Decimal(total),
        )
        session.add(debt)
        session.flush()
        return debt.id


def creditor_rows(db: Database) -> list[Creditor]:
    """Every creditor in name order (the session keeps values after commit)."""
    with db.session() as session:
        rows = list(session.exec(select(Creditor)))
    return sorted(rows, key=lambda row: row.name.casefold())


def creditor_audits(db: Database) -> list[tuple[str, str | None]]:
    """(action, fields) of every audit event about a creditor, oldest first."""
    with db.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.record_type == "creditor"))
        return [(e.action, e.fields) for e in sorted(events, key=lambda e: e.at)]
