"""The package smoke test's own checks: they must fail on a broken folder, not only pass."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tools import package_smoke
from tools.package_smoke import ROOT, Smoke, SmokeFailure


def fake_build(tmp_path: Path) -> Smoke:
    """A folder shaped like dist/procesplaat with the data files, but no real program."""
    dist = tmp_path / "dist" / "procesplaat"
    internal = dist / "_internal"
    shutil.copytree(
        ROOT / "resources", internal / "resources", ignore=shutil.ignore_patterns("*.ts")
    )
    shutil.copytree(
        ROOT / "app" / "migrations",
        internal / "app" / "migrations",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    names = (
        ["procesplaat.exe", "procesplaat-cli.exe"] if sys.platform == "win32" else ["procesplaat"]
    )
    for name in names:
        (dist / name).write_bytes(b"")
    work = tmp_path / "work"
    work.mkdir()
    return Smoke(dist, work)


def test_environment_keeps_the_program_away_from_home_keyring_and_developer_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", "/somewhere/else")
    monkeypatch.setenv("PROCESPLAAT_DATA_DIR", "/real/data")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    smoke = Smoke(tmp_path / "dist", tmp_path / "work")

    env = smoke.environment()

    assert "PYTHONPATH" not in env
    assert "PROCESPLAAT_DATA_DIR" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["PYTHON_KEYRING_BACKEND"] == "keyring.backends.fail.Keyring"
    assert env["PROCESPLAAT_PASSPHRASE"] == package_smoke.PASSPHRASE
    for key in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA"):
        assert Path(env[key]).is_relative_to(tmp_path / "work"), key


def test_layout_passes_a_complete_folder_and_names_a_missing_migration(tmp_path: Path) -> None:
    smoke = fake_build(tmp_path)
    assert "present" in package_smoke.check_layout(smoke)

    migration = sorted((smoke.internal / "app" / "migrations" / "versions").glob("*.py"))[-1]
    migration.unlink()
    with pytest.raises(SmokeFailure, match=migration.name):
        package_smoke.check_layout(smoke)


def test_layout_names_a_missing_template(tmp_path: Path) -> None:
    smoke = fake_build(tmp_path)
    (smoke.internal / "resources" / "processes" / "schuldhulp.toml").unlink()

    with pytest.raises(SmokeFailure, match="schuldhulp.toml"):
        package_smoke.check_layout(smoke)


def test_binaries_demand_sqlcipher_pdfium_keyring_metadata_and_refuse_qt_quick(
    tmp_path: Path,
) -> None:
    smoke = fake_build(tmp_path)
    with pytest.raises(SmokeFailure, match="SQLCipher.*PDFium.*keyring's entry points"):
        package_smoke.check_binaries(smoke)

    for relative in (
        "sqlcipher3/_sqlite3.so",
        "pypdfium2_raw/libpdfium.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "keyring-25.7.0.dist-info/entry_points.txt",
    ):
        (smoke.internal / relative).parent.mkdir(parents=True, exist_ok=True)
        (smoke.internal / relative).write_bytes(b"x")
    assert "qtbase_nl.qm" in package_smoke.check_binaries(smoke)

    (smoke.internal / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (smoke.internal / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").write_bytes(b"x")
    with pytest.raises(SmokeFailure, match="libQt6Quick"):
        package_smoke.check_binaries(smoke)


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_size_counts_a_linked_library_once_and_fails_over_budget(tmp_path: Path) -> None:
    smoke = fake_build(tmp_path)
    library = smoke.internal / "libbig.so"
    library.write_bytes(b"\0" * 3_000_000)
    (smoke.internal / "libbig.so.6").symlink_to(library)
    size = package_smoke.folder_megabytes(smoke.dist)
    assert 3.0 <= size < 6.0

    assert "budget 200 MB" in package_smoke.check_size(smoke, 200)
    with pytest.raises(SmokeFailure, match="over the budget of 1 MB"):
        package_smoke.check_size(smoke, 1)


def test_a_failing_check_is_recorded_and_the_rest_still_run(tmp_path: Path) -> None:
    smoke = Smoke(tmp_path / "dist", tmp_path / "work")

    def broken() -> str:
        raise SmokeFailure("kapot")

    smoke.check("first", broken)
    smoke.check("second", lambda: "fine")

    assert [(name, passed) for name, passed, _, _ in smoke.results] == [
        ("first", False),
        ("second", True),
    ]
    assert smoke.results[0][2] == "kapot"


def test_a_missing_build_is_refused_with_the_way_to_make_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = package_smoke.main(["--dist", str(tmp_path / "nothing")])

    assert code == 1
    assert "make package" in capsys.readouterr().err
