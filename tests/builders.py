"""Builders for test data: small, explicit dossiers."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.db import Database
from app.paths import resolve_paths
from app.store import open_database
from models.tables import Client, Creditor, Debt, Enforcement, JourneyEvent


def open_db(data_dir: Path) -> Database:
    return open_database(resolve_paths(data_dir))


def add_client(
    db: Database,
    *,
    last_name: str = "Jansen",
    first_names: str = "Anna",
    bsn: str | None = None,
    postcode: str | None = None,
    birth_date: date | None = None,
    phases: tuple[tuple[str, date], ...] = (("contact_gemeente", date(2026, 11, 2)),),
    debts: tuple[tuple[str, str], ...] = (),
    enforcement: tuple[str, date] | None = None,
) -> uuid.UUID:
    """A client with entered phases and debts given as (creditor name, total)."""
    with db.session() as session:
        client = Client(
            first_names=first_names,
            last_name=last_name,
            bsn=bsn,
            postcode=postcode,
            birth_date=birth_date,
        )
        session.add(client)
        session.flush()
        for phase, day in phases:
            session.add(
                JourneyEvent(client_id=client.id, phase=phase, kind="entered", occurred_on=day)
            )
        for name, total in debts:
            creditor = Creditor(name=name, kind="landlord" if enforcement else "other")
            session.add(creditor)
            session.flush()
            debt = Debt(client_id=client.id, creditor_id=creditor.id, total=Decimal(total))
            session.add(debt)
            session.flush()
            if enforcement:
                kind, since = enforcement
                session.add(Enforcement(debt_id=debt.id, kind=kind, since=since))
        return client.id
