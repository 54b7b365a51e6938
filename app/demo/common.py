"""Shared pieces of the demo data: fixed ids, phases, insert order, dates, money and BSNs."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlmodel import Session, SQLModel

from app import audit
from models.tables import Client, Debt, Enforcement

# Fixed ids make the demo idempotent and let tests and screenshots find the same dossiers.
# Their first eight digits differ, so a short id prefix on the command line names one client.
TANYA_ID = uuid.UUID("7a2d0c4e-5b1f-4c3a-9d6e-1a2b3c4d5e01")
JAYDEN_ID = uuid.UUID("3e81f5a9-2c47-4d6b-8f10-1a2b3c4d5e02")
SMIT_ID = uuid.UUID("b45c9d12-7e3a-4f88-a2c5-1a2b3c4d5e03")
SAMIRA_ID = uuid.UUID("e9073b6f-4d21-4a9c-b7e4-1a2b3c4d5e04")
DEMO_CLIENT_IDS = (TANYA_ID, JAYDEN_ID, SMIT_ID, SAMIRA_ID)

PROCESS = "schuldhulp"
#: The phase keys of resources/processes/schuldhulp.toml, in order (the tests hold them to it).
PHASES = (
    "problemen",
    "hulp_zoeken",
    "contact_gemeente",
    "toegelaten",
    "gegevens_verzamelen",
    "intake",
    "acties_wachten",
    "schuldeisers_benaderen",
    "plangroep",
    "schuldregeling",
    "nazorg",
)
SETBACK = "schuldeisers_benaderen"
# The template lets the setback strike only during these phases.
SETBACK_DURING = ("gegevens_verzamelen", "intake", "acties_wachten", "plangroep")

# The municipality's general number (14 + area code) instead of an invented direct line.
MUNICIPAL_PHONE = "14 079"


#: The actor of the demo's audit events (``install_demo``): the caseworker did not type them.
DEMO_ACTOR = "demo"

#: The record type the app's own use cases write in their events, where it is not the table's
#: name (``app.procesplaat``, ``app.budget``, ``app.clients``), so the log reads alike.
_RECORD_TYPES = {
    "householdmember": "household_member",
    "journeyevent": "journey_event",
    "lifedomainscore": "life_domain_score",
    "incomeitem": "income",
    "expenseitem": "expense",
}
_NOT_FIELDS = frozenset({"id", "client_id"})


def record_type(model: type[SQLModel]) -> str:
    """The audit record type of a demo row's table."""
    table = str(model.__tablename__)
    return _RECORD_TYPES.get(table, table)


def created_fields(values: Mapping[str, object]) -> list[str]:
    """The names of the fields a new row fills (never their values), as the GUI records."""
    return [name for name, value in values.items() if value is not None and name not in _NOT_FIELDS]


def record_created(session: Session, rows: Iterable[SQLModel]) -> None:
    """A ``create`` event per row, in the rows' own transaction, as the GUI would record.

    A client's event belongs to her own dossier; an enforcement measure belongs to its
    debt's client (the debt among ``rows`` or already in the session).
    """
    rows = list(rows)
    debt_client = {row.id: row.client_id for row in rows if isinstance(row, Debt)}
    for row in rows:
        client_id = row.id if isinstance(row, Client) else getattr(row, "client_id", None)
        if isinstance(row, Enforcement):
            client_id = debt_client.get(row.debt_id)
            if client_id is None:
                debt = session.get(Debt, row.debt_id)
                client_id = debt.client_id if debt else None
        audit.record(
            session,
            action="create",
            record_type=record_type(type(row)),
            record_id=getattr(row, "id", None),
            client_id=client_id,
            fields=created_fields(row.model_dump()),
        )


def table_order() -> dict[str, int]:
    """Table names in foreign-key order: a table comes after every table it points at."""
    return {table.name: index for index, table in enumerate(SQLModel.metadata.sorted_tables)}


def insert_rows(session: Session, rows: Iterable[SQLModel]) -> None:
    """Adds rows table by table in foreign-key order, flushing after each table, and records
    a ``create`` event for each (``record_created``).

    The tables declare no relationship(), so the unit of work does not know that a debt needs
    its client first (it inserts in name order); the database enforces foreign keys.
    """
    rows = list(rows)
    order = table_order()
    by_table: dict[str, list[SQLModel]] = {}
    for row in rows:
        by_table.setdefault(str(type(row).__tablename__), []).append(row)
    for name in sorted(by_table, key=order.__getitem__):
        session.add_all(by_table[name])
        session.flush()
    record_created(session, rows)


# ---------------------------------------------------------------------------------------------
# Dates relative to today, so the demo always looks current


class Days:
    """Dates counted from today; negative offsets lie in the past."""

    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def work(self, offset: int) -> date:
        """Like calling, but moved back to the Friday when it falls in a weekend.

        Letters and conversations of the municipality happen on weekdays; moving back keeps a
        past date in the past.
        """
        day = self(offset)
        return day - timedelta(days=max(0, day.weekday() - 4))


def born(today: date, *, years: int, days: int) -> date:
    """A birth date that makes someone `years` old today, `days` after the birthday."""
    try:
        anniversary = today.replace(year=today.year - years)
    except ValueError:  # 29 February in a year without it
        anniversary = today.replace(year=today.year - years, day=28)
    return anniversary - timedelta(days=days)


def moment(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


def cents(amount: int) -> Decimal:
    """Whole cents as euros with exactly two places."""
    return Decimal(amount).scaleb(-2)


# ---------------------------------------------------------------------------------------------
# Fake BSNs

_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
DEMO_BSNS = frozenset(
    {"111222333", "123456782", "999900110", "999900225", "999900444", "999900559"}
)


def fake_bsn(rng: random.Random, used: set[str]) -> str:
    """A BSN that passes the elfproef, starting with 99 so fake numbers stand out."""
    while True:
        digits = "99" + f"{rng.randrange(1_000_000):06d}"
        check = sum(w * int(c) for w, c in zip(_BSN_WEIGHTS, digits, strict=True)) % 11
        # A remainder of 10 has no check digit; the elfproef then fails for every ninth digit.
        if check == 10:
            continue
        bsn = f"{digits}{check}"
        # Collisions only matter while there is room to avoid them.
        if bsn not in used or len(used) > 800_000:
            used.add(bsn)
            return bsn
