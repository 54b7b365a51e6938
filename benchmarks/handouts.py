"""The printed handouts (issue 6): Tanya's procesplaat, and the desk's overview of 300 debts."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.__main__ import line

PROCESPLAAT_TARGET_MS = 200
OVERVIEW_TARGET_S = 1.5


def _median(work: Callable[[], bytes], runs: int) -> tuple[float, int]:
    """Median seconds of ``runs`` calls after one warm-up (fonts, template, imports); the size
    of the last PDF in bytes."""
    pdf = work()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        pdf = work()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples), len(pdf)


def bench_handouts(root: Path) -> bool:
    """Each handout written whole to PDF bytes, from the store, as Ctrl+P and `print` do."""
    import keyring

    from app.demo import install_demo
    from app.handout_overview import overview_pdf
    from app.handout_procesplaat import procesplaat_pdf
    from app.paths import resolve_paths
    from app.store import open_database
    from benchmarks.debts import DEBTS, _fill
    from benchmarks.file_keyring import BenchmarkFileKeyring

    os.environ["PROCESPLAAT_BENCH_KEYRING"] = str(root / "handouts-keyring.json")
    keyring.set_keyring(BenchmarkFileKeyring())
    db = open_database(resolve_paths(root / "handouts"))
    today = date(2026, 11, 27)
    try:
        tanya = install_demo(db, today=today)[0][0]  # the demo's fullest route
        many = _fill(db, "Driehonderd")
        route, route_bytes = _median(lambda: procesplaat_pdf(db, tanya, today=today), 7)
        overview, overview_bytes = _median(lambda: overview_pdf(db, many, today=today), 3)
    finally:
        db.close()
    ok = line(
        "handout_procesplaat",
        f"{route * 1000:.0f} ms (Tanya's route, A4, {route_bytes // 1024} KB)",
        f"<= {PROCESPLAAT_TARGET_MS} ms",
        route * 1000 <= PROCESPLAAT_TARGET_MS,
    )
    ok &= line(
        f"handout_overview_{DEBTS}_debts",
        f"{overview:.2f} s ({overview_bytes // 1024} KB)",
        f"<= {OVERVIEW_TARGET_S} s",
        overview <= OVERVIEW_TARGET_S,
    )
    return ok


if __name__ == "__main__":  # one benchmark alone: python -m benchmarks.handouts
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="procesplaat-bench-") as folder:
        sys.exit(0 if bench_handouts(Path(folder)) else 1)
