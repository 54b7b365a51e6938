"""`make bench`: every benchmark, one line each: name: <figure> (target <target>) ok|FAIL."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7


def line(name: str, figure: str, target: str, ok: bool) -> bool:
    print(f"{name}: {figure} (target {target}) {'ok' if ok else 'FAIL'}", flush=True)
    return ok


def child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PROCESPLAAT_DATA_DIR"] = str(data_dir)
    env["PYTHON_KEYRING_BACKEND"] = "benchmarks.file_keyring.BenchmarkFileKeyring"
    env["PROCESPLAAT_BENCH_KEYRING"] = str(data_dir.parent / "bench-keyring.json")
    env.pop("PROCESPLAAT_PASSPHRASE", None)
    # An installed program has its bytecode cached; compiling every module at each start
    # would measure the compiler, not the program.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(modes: list[str], env: dict[str, str]) -> dict[str, float]:
    """Median seconds from process start to the moment each mode waits for.

    The modes take turns, run after run, so that a busy moment of the machine falls on the
    floor and on the program alike.
    """
    times: dict[str, list[float]] = {mode: [] for mode in modes}
    for run in range(RUNS + 1):
        for mode in modes:
            result = subprocess.run(
                [sys.executable, "-m", "benchmarks.child", mode],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            if run:  # the first run warms the bytecode and file caches
                times[mode].append(float(result.stdout.strip().splitlines()[-1]))
    return {mode: statistics.median(values) for mode, values in times.items()}


def fill(data_dir: Path, env: dict[str, str], clients: int) -> None:
    subprocess.run(
        [sys.executable, "-m", "views.launcher", "demo", "--clients", str(clients - 4)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def bench_start(root: Path) -> bool:
    data_dir = root / "start"
    env = child_env(data_dir)
    fill(data_dir, env, 1000)
    medians = measure(["bare", "paint", "bare-stack", "list"], env)
    bare, paint = medians["bare"], medians["paint"]
    bare_stack, listed = medians["bare-stack"], medians["list"]
    ok = line(
        "first_paint",
        f"{paint / bare:.2f}x bare window ({paint * 1000:.0f} ms vs {bare * 1000:.0f} ms)",
        "<= 1.50x",
        paint / bare <= 1.5,
    )
    ok &= line(
        "client_list_1000_usable",
        f"{listed / bare_stack:.2f}x bare window + stack "
        f"({listed * 1000:.0f} ms vs {bare_stack * 1000:.0f} ms)",
        "<= 1.30x",
        listed / bare_stack <= 1.3,
    )
    return ok


def bench_search(root: Path) -> bool:
    """Median time of one keystroke's search over 10,000 clients, in the real window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = root / "search"
    env = child_env(data_dir)
    fill(data_dir, env, 10_000)
    os.environ.update(
        {
            k: env[k]
            for k in ("PROCESPLAAT_DATA_DIR", "PYTHON_KEYRING_BACKEND", "PROCESPLAAT_BENCH_KEYRING")
        }
    )
    import keyring
    from PySide6.QtWidgets import QApplication

    from app.paths import resolve_paths
    from app.store import open_database
    from benchmarks.file_keyring import BenchmarkFileKeyring
    from views.application import settings_for
    from views.main_window import MainWindow

    keyring.set_keyring(BenchmarkFileKeyring())
    from PySide6.QtCore import qInstallMessageHandler

    # The offscreen platform warns on every window it cannot size-hint: noise in the report.
    qInstallMessageHandler(
        lambda _kind, _context, text: (
            None if "propagateSizeHints" in text else print(text, file=sys.stderr)
        )
    )
    QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(resolve_paths(data_dir))
    # The real window: a keystroke filters, updates the count, keeps the selection and redraws.
    window = MainWindow(db, settings_for(db.paths))
    window.resize(1200, 800)
    window.show()
    window.reload()
    deadline = time.perf_counter() + 120
    while window.model.total_count() < 10_000 and time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    rows = window.model.total_count()
    window.table.selectRow(0)  # a client is open, as when the caseworker looks for the next
    QApplication.processEvents()
    samples = []
    for query in ("jansen", "de vries", "1234", "2711 ab", "03-1984", "anna b") * 3:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            window.search.setText(query[:end])
            QApplication.processEvents()  # the view's update: layout and paint
            samples.append(time.perf_counter() - started)
        window.search.setText("")
        QApplication.processEvents()
    from views.worker import wait_for_background

    wait_for_background()
    window.close()
    db.close()
    median_ms = statistics.median(samples) * 1000
    return line(
        "search_10000_clients",
        f"{median_ms:.2f} ms per keystroke (median of {len(samples)}, {rows} clients)",
        "<= 16 ms",
        median_ms <= 16 and rows == 10_000,
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="procesplaat-bench-") as folder:
        root = Path(folder)
        ok = bench_start(root)
        ok &= bench_search(root)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
