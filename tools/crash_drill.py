"""The crash drill: kill a writing process with SIGKILL at random moments, then check the store.

    python -m tools.crash_drill --runs 100 [--max-delay 2.5] [--seed N] [--keep DIR] [--json]

One data folder serves every run. ``tools.crash_worker`` first sets it up, then for each
run a fresh worker writes (clients, debts, actions, a spreadsheet import, proofs, bundle
imports and exports) until it is killed with SIGKILL a random time after it is ready.
After each kill the drill opens the store and checks:

- ``PRAGMA integrity_check`` says ok and ``PRAGMA foreign_key_check`` finds nothing;
- every id the worker recorded as committed is in its table;
- every document row has its file, which decrypts and matches the row's checksum and size;
- every ``.enc`` file under a final name decrypts (a file without a row is allowed: the
  start-up sweep takes it);
- every bundle under a final name passes ``read_bundle`` (a split one with all its parts).

Exit code 0 when every run passed, 1 when any check failed (each failure on stderr).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.crash_worker import BUNDLE_PASSPHRASE, BUNDLES, LEDGER, PASSPHRASE, READY

ROOT = Path(__file__).resolve().parent.parent
#: Seconds a worker may take to start (imports, key derivation) before the drill gives up.
READY_TIMEOUT = 60.0
_PART = re.compile(r"^(?P<stem>.+)-deel-(?P<number>\d+)-van-(?P<count>\d+)\.zip$")


@dataclass
class Report:
    """What the drill did and found.

    Attributes:
        runs: Workers killed.
        interrupted: Per use case, how many kills landed while it ran.
        committed: Ids recorded as committed (and found), per kind.
        bundles_checked: Bundles under final names that were read.
        documents_checked: Document files decrypted.
        orphans: ``.enc`` files without a row at the last check (allowed: the start-up
            sweep takes them).
        leftovers: Temporary files in the documents and export folders at the last check
            (allowed: never under a final name).
        failures: Every failed check, one line each, with its run.
        seconds: Wall time.
    """

    runs: int = 0
    interrupted: Counter[str] = field(default_factory=Counter)
    committed: Counter[str] = field(default_factory=Counter)
    bundles_checked: int = 0
    documents_checked: int = 0
    orphans: int = 0
    leftovers: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "interrupted": dict(self.interrupted),
            "committed": dict(self.committed),
            "bundles_checked": self.bundles_checked,
            "documents_checked": self.documents_checked,
            "orphans": self.orphans,
            "leftovers": self.leftovers,
            "failures": self.failures,
            "seconds": round(self.seconds, 1),
        }


def worker_env(data_dir: Path) -> dict[str, str]:
    """The worker's environment: the drill's data folder and passphrase, no keyring."""
    env = dict(os.environ)
    env["PROCESPLAAT_DATA_DIR"] = str(data_dir)
    env["PROCESPLAAT_PASSPHRASE"] = PASSPHRASE
    # The drill's throw-away key must never reach the person's real keyring.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop("PROCESPLAAT_DATABASE_URL", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_setup(data_dir: Path, work: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "tools.crash_worker", "setup", str(data_dir), str(work)],
        cwd=ROOT,
        env=worker_env(data_dir),
        check=True,
    )


def kill_one(data_dir: Path, work: Path, seed: int, delay: float) -> None:
    """Start a worker, wait until it writes, let it write ``delay`` seconds, SIGKILL it."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tools.crash_worker", "run", str(data_dir), str(work), str(seed)],
        cwd=ROOT,
        env=worker_env(data_dir),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        deadline = time.monotonic() + READY_TIMEOUT
        line = child.stdout.readline()
        if line.strip() != READY or time.monotonic() > deadline:
            child.wait(timeout=READY_TIMEOUT)
            raise RuntimeError(f"the worker did not start (exit code {child.returncode})")
        time.sleep(delay)
        if child.poll() is not None:
            raise RuntimeError(f"the worker stopped by itself (exit code {child.returncode})")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()


def read_ledger(work: Path) -> tuple[dict[str, set[uuid.UUID]], str | None]:
    """The committed ids per kind, and the use case that ran last (the one killed)."""
    committed: dict[str, set[uuid.UUID]] = {}
    last_op: str | None = None
    path = work / LEDGER
    if not path.exists():
        return committed, None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            kind, _, value = line.strip().partition(" ")
            if not line.endswith("\n"):
                continue  # the kill cut the last, unsynced line
            if kind == "op":
                last_op = value
            else:
                committed.setdefault(kind, set()).add(uuid.UUID(value))
    return committed, last_op


def check_store(data_dir: Path, work: Path, report: Report, run: int) -> None:
    """Every check of one kill; failures go into ``report``."""
    from sqlmodel import select

    from app.errors import UserError
    from app.paths import resolve_paths
    from app.store import open_database
    from models.tables import Action, Client, Debt, Document

    def fail(text: str) -> None:
        report.failures.append(f"run {run}: {text}")

    paths = resolve_paths(data_dir)
    report.orphans = report.leftovers = 0
    try:
        db = open_database(paths, lambda _new: PASSPHRASE)
    except UserError as exc:
        fail(f"the store does not open: {exc.message}")
        return
    try:
        with db.engine.connect() as connection:
            integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                fail(f"integrity_check: {integrity[:5]}")
            foreign = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if foreign:
                fail(f"foreign_key_check: {len(foreign)} rows point at nothing")
        committed, _ = read_ledger(work)
        tables: dict[str, Any] = {
            "client": Client.id,
            "debt": Debt.id,
            "action": Action.id,
            "document": Document.id,
        }
        with db.session() as session:
            for kind, ids in committed.items():
                present = set(session.exec(select(tables[kind])).all())
                missing = ids - present
                if missing:
                    fail(f"{len(missing)} committed {kind} rows are gone, e.g. {min(missing)}")
                report.committed[kind] = len(ids)
            documents = session.exec(select(Document)).all()
        key = db.document_key()
        _check_documents(paths.documents, documents, key, report, fail)
        _check_bundles(work / BUNDLES, report, fail)
    finally:
        db.close()


def _check_documents(folder: Path, documents: Any, key: bytes, report: Report, fail: Any) -> None:
    from app.document_crypto import decrypt_to
    from app.errors import UserError

    named = {d.stored_name: d for d in documents}
    for name, document in named.items():
        if not (folder / name).is_file():
            fail(f"document {document.id} has no file")
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.name.startswith("."):
            report.leftovers += 1
            continue
        if not path.name.endswith(".enc"):
            continue
        try:
            digest = hashlib.sha256()
            sha256, size = decrypt_to(path, digest.update, key)
        except UserError as exc:
            fail(f"{path.name} under its final name does not decrypt: {exc.message}")
            continue
        report.documents_checked += 1
        row = named.get(path.name)
        if row is None:
            report.orphans += 1
        elif (sha256, size) != (row.sha256, row.size):
            fail(f"{path.name} differs from its row's checksum or size")


def _check_bundles(folder: Path, report: Report, fail: Any) -> None:
    """Read every bundle under a final name, then remove them (the next run makes others)."""
    from app.bundle_read import BundleRefused, read_bundle

    groups: dict[str, list[Path]] = {}
    counts: dict[str, int] = {}
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if path.name.startswith(".") or not path.name.endswith(".zip"):
            report.leftovers += path.name.startswith(".")
            continue
        part = _PART.match(path.name)
        stem = part["stem"] if part else path.stem
        groups.setdefault(stem, []).append(path)
        if part:
            counts[stem] = int(part["count"])
    for stem, parts in groups.items():
        if stem in counts and len(parts) != counts[stem]:
            fail(f"bundle {stem}: {len(parts)} of its {counts[stem]} parts under final names")
        else:
            passphrase = BUNDLE_PASSPHRASE if stem.startswith("aes-") else None
            try:
                with read_bundle(parts, passphrase=passphrase):
                    report.bundles_checked += 1
            except BundleRefused as exc:
                fail(f"bundle {stem} under its final name is refused: {exc.message}")
        for path in parts:
            path.unlink()


def drill(runs: int, *, folder: Path, max_delay: float, seed: int) -> Report:
    """Set up a store in ``folder``, then kill a worker ``runs`` times, checking after each."""
    report = Report()
    started = time.monotonic()
    rng = random.Random(seed)
    data_dir, work = folder / "data", folder / "work"
    work.mkdir(parents=True, exist_ok=True)
    run_setup(data_dir, work)
    check_store(data_dir, work, report, 0)
    for run in range(1, runs + 1):
        kill_one(data_dir, work, rng.randrange(2**32), rng.uniform(0.0, max_delay))
        _, last_op = read_ledger(work)
        report.interrupted[last_op or "start"] += 1
        report.runs += 1
        check_store(data_dir, work, report, run)
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.crash_drill", description=__doc__)
    parser.add_argument("--runs", type=int, default=100, help="kills (default 100)")
    parser.add_argument(
        "--max-delay", type=float, default=2.5, help="longest write before a kill, in seconds"
    )
    parser.add_argument("--seed", type=int, default=None, help="for a repeatable drill")
    parser.add_argument("--keep", type=Path, default=None, help="work in DIR and keep it")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="crash-drill-"))
    try:
        report = drill(args.runs, folder=folder, max_delay=args.max_delay, seed=seed)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    for line in report.failures:
        print(f"crash drill: {line}", file=sys.stderr)
    if args.json:
        print(json.dumps({"seed": seed, **report.as_dict()}, indent=2, sort_keys=True))
    else:
        print(
            f"crash drill (seed {seed}): {report.runs} kills in {report.seconds:.0f} s; "
            f"interrupted {dict(report.interrupted)}; committed ids checked "
            f"{dict(report.committed)}; {report.documents_checked} document files and "
            f"{report.bundles_checked} bundles read; {report.orphans} orphan files, "
            f"{report.leftovers} temporary leftovers; {len(report.failures)} failures"
        )
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
