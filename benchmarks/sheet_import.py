"""Benchmark: a 1,000-row creditor list (XLSX) read, matched and imported into a fresh store."""

from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from benchmarks.__main__ import line

ROWS = 1000
RUNS = 3
TODAY = date(2026, 11, 27)
# Names as bewindvoerders write them: directory names, spellings the directory must match,
# a placeholder with a real name, and people the directory cannot know.
CREDITORS = (
    "Belastingdienst",
    "CJIB",
    "DUO",
    "Vattenfall",
    "Eneco",
    "Zilveren Kruis Zorgverzekeringen N.V.",
    "CZ",
    "Ziggo",
    "KPN",
    "Wehkamp",
    "Gemeente Zoetermeer",
    "Buurman Piet",
    "Tante Els",
)
COLLECTORS = ("", "Flanderijn", "Intrum", "GGN")
STATUSES = ("Gemeld", "Opgevraagd", "Bevestigd", "Betwist", "In regeling")


def sheet_bytes(rows: int = ROWS) -> bytes:
    """A creditor list as a bewindvoerder keeps it: typed numbers and dates, Dutch labels."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        [
            "Schuldeiser",
            "Incassant",
            "Dossiernummer",
            "Hoofdsom",
            "Rente",
            "Kosten",
            "Totaal",
            "Datum saldo",
            "Status",
            "Preferent",
            "Maatregel",
        ]
    )
    for n in range(rows):
        principal = Decimal(1000 + n * 37 % 90000).scaleb(-2) * 10
        interest, costs = Decimal(n % 97).scaleb(-2), Decimal(40 + n % 13)
        sheet.append(
            [
                CREDITORS[n % len(CREDITORS)],
                COLLECTORS[n % len(COLLECTORS)] or None,
                f"D-{n:05d}",
                float(principal),  # as Excel keeps it: a binary number
                float(interest),
                float(costs),
                float(principal + interest + costs),
                TODAY - timedelta(days=n % 150),
                STATUSES[n % len(STATUSES)],
                "ja" if n % 7 == 0 else "nee",
                "Loonbeslag sinds 01-03-2026" if n % 11 == 0 else None,
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def bench_sheet_import() -> bool:
    """Median time from file on disk to debts committed, over a few runs with fresh clients."""
    import keyring

    from benchmarks.file_keyring import BenchmarkFileKeyring

    saved = {k: os.environ.get(k) for k in ("PROCESPLAAT_BENCH_KEYRING",)}
    previous = keyring.get_keyring()
    with tempfile.TemporaryDirectory(prefix="procesplaat-bench-sheet-") as folder:
        root = Path(folder)
        os.environ["PROCESPLAAT_BENCH_KEYRING"] = str(root / "bench-keyring.json")
        keyring.set_keyring(BenchmarkFileKeyring())
        try:
            seconds, imported = _measure(root)
        finally:
            keyring.set_keyring(previous)
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    median = statistics.median(seconds)
    return line(
        "sheet_import_1000_rows",
        f"{median:.2f} s (median of {RUNS}: read, match and import of {imported} debts)",
        "<= 2 s",
        median <= 2 and imported == ROWS,
    )


def _measure(root: Path) -> tuple[list[float], int]:
    from app.clients import create_client
    from app.debt_sheet import NEW, import_debts, read_debt_sheet, suggest_creditors
    from app.paths import resolve_paths
    from app.store import open_database

    path = root / "schuldenlijst.xlsx"
    path.write_bytes(sheet_bytes())
    db = open_database(resolve_paths(root / "data"))
    seconds: list[float] = []
    imported = 0
    try:
        for run in range(RUNS):
            client = create_client(
                db, {"first_names": "Anna", "last_name": f"Bench {run}"}, today=TODAY
            )
            started = time.perf_counter()
            preview = read_debt_sheet(path, today=TODAY)
            choices = {
                s.name: s.chosen or (s.matches[0].entry.key if s.matches else NEW)
                for s in suggest_creditors(preview, db=db)
            }
            result = import_debts(
                db,
                client,
                preview,
                mapping=preview.mapping,
                creditor_choices=choices,
                today=TODAY,
            )
            seconds.append(time.perf_counter() - started)
            imported = result.debts
    finally:
        db.close()
    return seconds, imported


if __name__ == "__main__":
    import sys

    sys.exit(0 if bench_sheet_import() else 1)
