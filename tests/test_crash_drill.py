"""The crash drill: a short run of kills leaves the store whole, and its checks catch damage."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # tools/ is no installed package; the drill runs from the root
    sys.path.insert(0, str(ROOT))

from tools import crash_drill  # noqa: E402
from tools.crash_worker import BUNDLES, LEDGER  # noqa: E402


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder the worker set up (a store with dossiers and proofs), never killed."""
    folder = tmp_path_factory.mktemp("drill")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HOME", str(folder / "home"))
        crash_drill.run_setup(folder / "data", folder / "work")
    return folder


@pytest.fixture
def drill_folder(prepared: Path, tmp_path: Path) -> Path:
    """A copy of the prepared folder for one test to damage."""
    folder = tmp_path / "drill"
    shutil.copytree(prepared, folder)
    return folder


def check(folder: Path) -> crash_drill.Report:
    report = crash_drill.Report()
    crash_drill.check_store(folder / "data", folder / "work", report, 1)
    return report


def documents_of(folder: Path) -> list[Path]:
    return sorted((folder / "data" / "documenten").glob("*.enc"))


def test_crash_drill_five_kills_leave_every_committed_write_and_no_half_file(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tools.crash_drill", "--runs", "5", "--max-delay", "1.0"]
        + ["--seed", "20261127", "--keep", str(tmp_path / "drill"), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["runs"] == 5
    assert report["failures"] == []
    assert report["committed"]["client"] > 0
    assert report["documents_checked"] > 0


def test_crash_drill_check_passes_a_store_that_was_left_whole(drill_folder: Path) -> None:
    report = check(drill_folder)
    assert report.failures == []
    assert report.committed["document"] == 4
    assert report.documents_checked >= 4


def test_crash_drill_check_reports_a_committed_id_that_is_gone(drill_folder: Path) -> None:
    lost = uuid.uuid4()
    with open(drill_folder / "work" / LEDGER, "a", encoding="utf-8") as ledger:
        ledger.write(f"debt {lost}\n")
    (failure,) = check(drill_folder).failures
    assert f"1 committed debt rows are gone, e.g. {lost}" in failure


def test_crash_drill_check_reports_a_document_row_without_its_file(drill_folder: Path) -> None:
    documents_of(drill_folder)[0].unlink()
    (failure,) = check(drill_folder).failures
    assert "has no file" in failure


def test_crash_drill_check_reports_a_half_written_document_under_its_final_name(
    drill_folder: Path,
) -> None:
    path = documents_of(drill_folder)[0]
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    failures = check(drill_folder).failures
    assert any(f"{path.name} under its final name does not decrypt" in f for f in failures)


def test_crash_drill_check_reports_a_half_written_bundle_under_its_final_name(
    drill_folder: Path,
) -> None:
    whole = (drill_folder / "work" / "seed" / "seed.zip").read_bytes()
    half = drill_folder / "work" / BUNDLES / "half.zip"
    half.write_bytes(whole[: len(whole) // 2])
    (failure,) = check(drill_folder).failures
    assert "bundle half under its final name is refused" in failure


def test_crash_drill_check_reports_a_split_bundle_with_a_part_missing(drill_folder: Path) -> None:
    seed = drill_folder / "work" / "seed" / "seed.zip"
    shutil.copy(seed, drill_folder / "work" / BUNDLES / "x-deel-1-van-2.zip")
    (failure,) = check(drill_folder).failures
    assert "bundle x: 1 of its 2 parts under final names" in failure


def test_crash_drill_check_reads_a_whole_bundle_and_counts_a_temporary_leftover(
    drill_folder: Path,
) -> None:
    bundles = drill_folder / "work" / BUNDLES
    shutil.copy(drill_folder / "work" / "seed" / "seed.zip", bundles / "heel.zip")
    (bundles / ".heel-abc.tmp").write_bytes(b"PK\x03\x04 half")
    report = check(drill_folder)
    assert (report.failures, report.bundles_checked, report.leftovers) == ([], 1, 1)


def test_crash_drill_ledger_ignores_the_line_a_kill_cut(tmp_path: Path) -> None:
    kept = uuid.uuid4()
    (tmp_path / LEDGER).write_text(f"op client\nclient {kept}\nop debt\ndebt 1234", "utf-8")
    committed, last_op = crash_drill.read_ledger(tmp_path)
    assert (committed, last_op) == ({"client": {kept}}, "debt")
