"""The caseworker's week over 10,000 demo clients: every deadline, action and balance due."""

from __future__ import annotations

import os
import statistics
import time
from datetime import date
from pathlib import Path

from benchmarks.__main__ import RUNS, child_env, fill, line

CLIENTS = 10_000
TARGET_MS = 200


def bench_week(root: Path) -> bool:
    """Median time of ``app.week.week_overview`` over 10,000 clients, after one warm-up run."""
    data_dir = root / f"clients-{CLIENTS}"  # the search benchmark's folder, if it ran
    env = child_env(data_dir)
    fill(data_dir, env, CLIENTS)
    os.environ.update(
        {
            k: env[k]
            for k in ("PROCESPLAAT_DATA_DIR", "PYTHON_KEYRING_BACKEND", "PROCESPLAAT_BENCH_KEYRING")
        }
    )
    import keyring
    from sqlalchemy import func, select

    from app.paths import resolve_paths
    from app.store import open_database
    from app.week import week_overview
    from benchmarks.file_keyring import BenchmarkFileKeyring
    from models.tables import Client

    keyring.set_keyring(BenchmarkFileKeyring())
    db = open_database(resolve_paths(data_dir))
    try:
        with db.session() as session:
            clients = session.execute(select(func.count()).select_from(Client)).scalar_one()
        today = date.today()  # the day the demo was made for: its dates count from today
        items = week_overview(db, today=today)  # warm-up: imports, the template, file caches
        samples = []
        for _ in range(RUNS):
            started = time.perf_counter()
            items = week_overview(db, today=today)
            samples.append(time.perf_counter() - started)
    finally:
        db.close()
    median_ms = statistics.median(samples) * 1000
    return line(
        f"week_overview_{CLIENTS}_clients",
        f"{median_ms:.0f} ms ({len(items)} items)",
        f"<= {TARGET_MS} ms",
        median_ms <= TARGET_MS and clients == CLIENTS and bool(items),
    )


if __name__ == "__main__":  # one benchmark alone: python -m benchmarks.week
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="procesplaat-bench-") as folder:
        sys.exit(0 if bench_week(Path(folder)) else 1)
