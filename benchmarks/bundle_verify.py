"""Verifying a bundle with 200 MB of proofs, against `sha256sum` on the same files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.__main__ import line

FILES = 40
FILE_SIZE = 5 * 1000 * 1000
TRIES = 3
TARGET = 0.7


def _best(run: Callable[[], None]) -> float:
    samples = []
    for _ in range(TRIES):
        started = time.perf_counter()
        run()
        samples.append(time.perf_counter() - started)
    return min(samples)


def bench_verify(root: Path) -> bool:
    """Build a 200 MB bundle (40 stored 5 MB proofs) with the tests' independent builder and
    time verify_bundle against sha256sum over the same 40 files; both read from the page cache.
    """
    # The bundle is made by the tests' builder, not by our writer: the same bags as the tests.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from bundle_builders import bag, zip_bag

    from app.bundle_verify import verify_bundle

    folder = root / "bundle-verify"
    sources = folder / "bestanden"
    sources.mkdir(parents=True)
    made = bag()
    for number in range(1, FILES + 1):
        data = b"%PDF-1.4\n" + os.urandom(FILE_SIZE - 9)
        (sources / f"{number:04}.pdf").write_bytes(data)
        made.payload[f"documenten/{number:04}-other.pdf"] = data
    bundle = zip_bag(folder / "bundel.zip", made, deflate=False)
    del made
    files = sorted(str(path) for path in sources.iterdir())
    tool = shutil.which("sha256sum")
    if tool is None:
        return line("bundle_verify_200mb", "sha256sum not installed", f">= {TARGET:.2f}x", False)

    def floor() -> None:
        subprocess.run([tool, *files], check=True, stdout=subprocess.DEVNULL)

    def ours() -> None:
        report = verify_bundle([bundle])
        if not report.ok:
            raise RuntimeError(f"the benchmark bundle does not verify: {report.problems}")

    floor()  # both warm: the files in the page cache
    ours()
    ratio = _best(floor) / _best(ours)
    ok = line(
        "bundle_verify_200mb",
        f"{ratio:.2f}x sha256sum",
        f">= {TARGET:.2f}x",
        ratio >= TARGET,
    )
    shutil.rmtree(folder, ignore_errors=True)
    return ok


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="procesplaat-bench-") as name:
        sys.exit(0 if bench_verify(Path(name)) else 1)
