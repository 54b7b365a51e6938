"""A dossier with 300 debts opened in the Schulden tab, list and totals, as a caseworker sees it."""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.__main__ import line

if TYPE_CHECKING:
    from app.db import Database

DEBTS = 300


def _fill(db: Database, name: str) -> uuid.UUID:
    """A client with ``DEBTS`` debts at 60 creditors, every status, some with a measure."""
    from models.tables import Client, Creditor, Debt, Enforcement

    kinds = ("tax", "health_insurer", "energy", "telecom", "collection_agency", "bailiff", "bank")
    statuses = ("reported", "requested", "confirmed", "disputed", "in_arrangement", "settled")
    with db.session() as session:
        client = Client(first_names="Bench", last_name=name)
        session.add(client)
        creditors = [Creditor(name=f"Schuldeiser {n:03}", kind=kinds[n % 7]) for n in range(60)]
        session.add_all(creditors)
        session.flush()
        for n in range(DEBTS):
            debt = Debt(
                client_id=client.id,
                creditor_id=creditors[n % 60].id,
                collector_id=creditors[(n + 7) % 60].id if n % 4 == 0 else None,
                reference=f"REF-{n:05}",
                total=Decimal(f"{100 + n * 37}.{n % 100:02}"),
                confirmed_on=date(2026, 1, 1) + timedelta(days=n % 300),
                status=statuses[n % 6],
                category=("care", "public", "utility", "other", None)[n % 5],
                preferential=n % 9 == 0,
                essential=n % 11 == 0,
            )
            session.add(debt)
            session.flush()
            if n % 10 == 0:
                session.add(
                    Enforcement(debt_id=debt.id, kind="wage_garnishment", since=date(2026, 3, 1))
                )
        return client.id


def bench_debts_300(root: Path) -> bool:
    """Median time to open a 300-debt dossier in the tab: query, model, columns, totals."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import keyring
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from app.paths import resolve_paths
    from app.store import open_database
    from benchmarks.file_keyring import BenchmarkFileKeyring
    from views.debts_tab import DebtsTab

    os.environ["PROCESPLAAT_BENCH_KEYRING"] = str(root / "debts-keyring.json")
    keyring.set_keyring(BenchmarkFileKeyring())
    QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(resolve_paths(root / "debts"))
    clients = [_fill(db, "Een"), _fill(db, "Twee")]
    tab = DebtsTab()
    tab.resize(1100, 700)
    tab.set_database(db)
    tab.show()
    today = date(2026, 11, 27)
    samples, floor = [], []
    for run in range(16):
        client = clients[run % 2]  # another client each time: a fresh list, never a refresh
        started = time.perf_counter()
        tab.show_client(client, today)
        QApplication.processEvents()  # layout and paint of the table
        if run:
            samples.append(time.perf_counter() - started)
        started = time.perf_counter()
        with db.session() as session:  # the floor: the same rows fetched raw
            session.execute(text("SELECT * FROM debt WHERE client_id = :c"), {"c": client.hex})
        floor.append(time.perf_counter() - started)
    rows = tab.model.rowCount()
    tab.close()
    db.close()
    median_ms = statistics.median(samples) * 1000
    return line(
        "debts_300_open_with_totals",
        f"{median_ms:.1f} ms ({rows} debts; "
        f"a raw query of them {statistics.median(floor) * 1000:.1f} ms)",
        "<= 50 ms",
        median_ms <= 50 and rows == DEBTS,
    )
