"""Builders for creditor-list tests: CSV files as Excel writes them, debt rows, table counts."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import func, select

from app.db import Database
from app.debts import DebtRow, MeasureRow
from models.tables import AuditEvent, Creditor, Debt, Enforcement

HEADER = ("Schuldeiser", "Incassant", "Kenmerk", "Bedrag", "Datum saldo", "Status", "Beslag")


def csv_text(rows: Sequence[Sequence[str]], header: Sequence[str] = HEADER) -> str:
    """Semicolon-separated lines with a header, cells quoted where Excel would quote them."""

    def cell(text: str) -> str:
        return f'"{text}"' if ";" in text or '"' in text else text

    return "".join(";".join(cell(c) for c in row) + "\r\n" for row in (header, *rows))


def csv_file(
    folder: Path,
    rows: Sequence[Sequence[str]],
    *,
    header: Sequence[str] = HEADER,
    name: str = "schuldenlijst.csv",
    encoding: str = "utf-8-sig",
) -> Path:
    """A creditor list on disk as Dutch Excel saves "CSV UTF-8": with a byte order mark."""
    path = folder / name
    path.write_bytes(csv_text(rows, header).encode(encoding))
    return path


def counts(db: Database) -> tuple[int, int, int, int]:
    """How many debts, measures, creditors and audit events the database holds."""
    with db.session() as session:
        return tuple(  # type: ignore[return-value]
            session.exec(select(func.count()).select_from(table)).one()
            for table in (Debt, Enforcement, Creditor, AuditEvent)
        )


def debt_row(creditor: str = "Eneco", total: str = "10.00", **fields: Any) -> DebtRow:
    """A debt as the schuldenlijst lists it, with defaults for everything not given."""
    values: dict[str, Any] = {
        "id": uuid.uuid4(),
        "creditor_id": uuid.uuid4(),
        "creditor_name": creditor,
        "creditor_kind": None,
        "collector_id": None,
        "collector_name": None,
        "debtor": "client",
        "reference": None,
        "customer_number": None,
        "origin_date": None,
        "original_amount": None,
        "principal": None,
        "interest": None,
        "costs": None,
        "total": Decimal(total),
        "confirmed_on": None,
        "status": "reported",
        "preferential": False,
        "business": False,
        "category": None,
        "essential": False,
        "note": None,
        "measures": (),
        "stale": False,
    }
    values.update(fields)
    return DebtRow(**values)


def measure(kind: str, since: date | None = None, until: date | None = None) -> MeasureRow:
    return MeasureRow(uuid.uuid4(), kind, since, until, None, False)
