"""Exporting a dossier with 200 MB of proofs as a bundle, against `zip -0` on the same files."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import tracemalloc
import uuid
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.__main__ import child_env, line

FILES = 40
FILE_SIZE = 5 * 1000 * 1000
TRIES = 3
TARGET = 0.7
PEAK_TARGET_MB = 64
MB = 1000 * 1000


def _best(runs: dict[str, Callable[[], None]]) -> dict[str, float]:
    """Best of 3 seconds of each run; they take turns, so that a busy moment of the machine
    falls on the floor and on the export alike."""
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(TRIES):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            samples[name].append(time.perf_counter() - started)
    return {name: min(values) for name, values in samples.items()}


def _proofs(db: Any, client_id: uuid.UUID, sources: Path) -> None:
    """40 random 5 MB "PDFs" written as plain files and put into the store encrypted."""
    from app.document_crypto import encrypt_file
    from models.tables import Document

    sources.mkdir(parents=True)
    with db.session() as session:
        for number in range(FILES):
            path = sources / f"bewijs-{number:02}.pdf"
            path.write_bytes(b"%PDF-1.4\n" + os.urandom(FILE_SIZE - 9))
            stored_name = f"{uuid.uuid4()}.enc"
            sha256, size = encrypt_file(path, db.paths.documents / stored_name, db.document_key())
            session.add(
                Document(
                    client_id=client_id,
                    kind="claim_statement",
                    stored_name=stored_name,
                    media_type="application/pdf",
                    sha256=sha256,
                    size=size,
                )
            )


def _floor(sources: Path, out: Path) -> tuple[Callable[[], None], str]:
    """``zip -0 -r`` over the plain files; Python's zipfile STORED where zip is missing."""
    tool = shutil.which("zip")
    if tool is not None:

        def run_zip() -> None:
            out.unlink(missing_ok=True)
            subprocess.run(
                [tool, "-0", "-q", "-r", str(out), sources.name], cwd=sources.parent, check=True
            )

        return run_zip, "zip -0"

    def run_zipfile() -> None:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            for path in sorted(sources.iterdir()):
                archive.write(path, f"{sources.name}/{path.name}")

    return run_zipfile, "Python zipfile STORED (no zip installed)"


def bench_bundle(root: Path) -> bool:
    """Best of 3 of ``export_bundle`` for a dossier with 40 × 5 MB of proofs against the best
    of 3 of ``zip -0 -r`` over the same plain files; then the export's tracemalloc peak."""
    folder = root / "bundle"
    data_dir = folder / "data"
    folder.mkdir(parents=True, exist_ok=True)
    env = child_env(data_dir)
    os.environ.update(
        {
            k: env[k]
            for k in ("PROCESPLAAT_DATA_DIR", "PYTHON_KEYRING_BACKEND", "PROCESPLAAT_BENCH_KEYRING")
        }
    )
    import keyring

    from app.bundle_export import ExportedBy, ExportOptions, export_bundle
    from app.demo import TANYA_ID, add_demo_dossiers
    from app.paths import resolve_paths
    from app.store import open_database
    from benchmarks.file_keyring import BenchmarkFileKeyring

    keyring.set_keyring(BenchmarkFileKeyring())
    today = date.today()
    db = open_database(resolve_paths(data_dir))
    try:
        with db.session() as session:
            add_demo_dossiers(session, today=today)
        sources = folder / "aangeleverd"
        _proofs(db, TANYA_ID, sources)
        by = ExportedBy("Benchmark", "Procesplaat", "caseworker")
        plain = ExportOptions(exported_by=by)
        locked = ExportOptions(exported_by=by, passphrase="een lang wachtwoord")
        out = folder / "bundel.zip"

        def ours(options: ExportOptions = plain) -> None:
            export_bundle(db, TANYA_ID, out, options, today=today)

        floor, floor_name = _floor(sources, folder / "zip0.zip")
        floor()  # both start with the files in the page cache
        ours()
        best = _best({"floor": floor, "ours": ours, "aes": lambda: ours(locked)})
        floor_seconds, our_seconds, aes_seconds = best["floor"], best["ours"], best["aes"]
        tracemalloc.start()
        try:
            ours()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)
    megabytes = FILES * FILE_SIZE / MB
    ratio = floor_seconds / our_seconds
    ok = line(
        "bundle_export_200mb",
        f"{ratio:.2f}x {floor_name} ({megabytes / our_seconds:.0f} MB/s vs "
        f"{megabytes / floor_seconds:.0f} MB/s; with AES-256 {megabytes / aes_seconds:.0f} MB/s)",
        f">= {TARGET:.2f}x",
        ratio >= TARGET,
    )
    ok &= line(
        "bundle_export_peak_memory",
        f"{peak / MB:.1f} MB tracemalloc peak for {megabytes:.0f} MB of proofs",
        f"< {PEAK_TARGET_MB} MB",
        peak < PEAK_TARGET_MB * MB,
    )
    return ok


if __name__ == "__main__":  # one benchmark alone: python -m benchmarks.bundle
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="procesplaat-bench-") as temp:
        sys.exit(0 if bench_bundle(Path(temp)) else 1)
