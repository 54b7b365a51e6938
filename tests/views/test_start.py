"""The start: the window paints before the heavy stack is imported, and the smoke test's
hidden ``--quit-when-ready`` ends the program with the code that says how the start went."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from views.ready import EXIT_BUG, EXIT_READY, EXIT_TIMEOUT, QuitWhenReady

ROOT = Path(__file__).resolve().parents[2]

#: Imported before the first paint, each would delay the window (SQLAlchemy alone by some
#: 300 ms); the store, the print stack and the hidden Gegevens form come after it.
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "sqlmodel",
    "sqlcipher3",
    "alembic",
    "pydantic",
    "keyring",
    "reportlab",
    "openpyxl",
    "jsonschema",
    "pypdf",
    "PIL",
    "Cryptodome",
    "defusedxml",
    "app.db",
    "app.store",
    "app.logs",
    "views.client_form",
    "views.lock",
    "views.dialogs",  # the menus' commands import it when they open a dialog
    "PySide6.QtNetwork",  # the one-instance server listens after the paint
)

#: Runs the real start (views.launcher) and, at the main window's first paint, prints the
#: window's class and which of the given modules are already imported; then quits.
PROBE = """
import json, sys
from views.launcher import parse, start_gui

found = {}

def watch(window):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class AtFirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not found:
                found["window"] = type(watched).__name__
                found["imported"] = [m for m in json.loads(sys.argv[2]) if m in sys.modules]
                import PySide6.QtCore
                found["qt_namespace"] = "Qt" in PySide6.QtCore.__dict__
                QTimer.singleShot(0, QApplication.quit)
            return False

    window.installEventFilter(AtFirstPaint(window))

start_gui(parse(["--data-dir", sys.argv[1]]), on_window=watch)
print(json.dumps(found))
"""


def _env(tmp_path: Path, passphrase: str = "een lang genoeg wachtwoord") -> dict[str, str]:
    """A child process on the no-keyring path: the passphrase from the environment."""
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path / "home"),
            "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
            "XDG_DATA_HOME": str(tmp_path / "home" / ".local" / "share"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PROCESPLAAT_PASSPHRASE": passphrase,
        }
    )
    env.pop("PROCESPLAAT_DATABASE_URL", None)
    return env


def _procesplaat(tmp_path: Path, *args: str, passphrase: str = "een lang genoeg wachtwoord"):
    return subprocess.run(
        [sys.executable, "-m", "views.launcher", *args],
        cwd=ROOT,
        env=_env(tmp_path, passphrase),
        capture_output=True,
        text=True,
        timeout=120,
    )


def _probe(tmp_path: Path, probe: str, *args: str) -> dict[str, Any]:
    """Run ``probe`` (a real start, watched) in a child process; the JSON it printed last."""
    result = subprocess.run(
        [sys.executable, "-c", probe, *args],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_start_paints_the_main_window_before_the_heavy_stack_is_imported(tmp_path: Path) -> None:
    found = _probe(tmp_path, PROBE, str(tmp_path / "data"), json.dumps(NOT_BEFORE_FIRST_PAINT))
    assert found["window"] == "MainWindow"
    assert found["imported"] == []
    # Nor has PySide built its Qt namespace (some 120 enums, ~40 ms; views.roles).
    assert found["qt_namespace"] is False


#: Runs the real start on a folder with clients: at the first list, whether SQLAlchemy is
#: imported and the store open; a client is chosen at once, and once the store is open and
#: her dossier shown, the program quits.
LIST_PROBE = """
import json, sys
from views.launcher import parse, start_gui

found = {}

def watch(window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def listed():
        if "heavy" in found:
            return
        found["heavy"] = "sqlalchemy" in sys.modules
        found["store"] = window.has_database()
        found["rows"] = window.model.total_count()
        window.table.selectRow(0)  # chosen before the store is open
        found["chosen"] = str(window.model.client_at(0).id)

        def opened():
            if window.has_database() and window._dossier is not None:
                found["opened"] = str(window.current_id)
                QApplication.quit()
            else:
                QTimer.singleShot(20, opened)

        opened()

    window.clients_loaded.connect(listed)

start_gui(parse(["--data-dir", sys.argv[1]]), on_window=watch)
print(json.dumps(found))
"""


def test_the_list_comes_before_the_store_and_a_client_chosen_then_opens_with_it(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    assert _procesplaat(tmp_path, "--data-dir", str(data), "demo").returncode == 0
    found = _probe(tmp_path, LIST_PROBE, str(data))
    assert found["heavy"] is False
    assert found["store"] is False
    assert found["rows"] >= 4
    assert found["opened"] == found["chosen"]


def test_quit_when_ready_ends_with_0_once_the_demo_clients_are_listed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _procesplaat(tmp_path, "--data-dir", str(data), "--demo", "--quit-when-ready")
    assert result.returncode == EXIT_READY, result.stderr
    listed = _procesplaat(tmp_path, "--data-dir", str(data), "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) >= 4  # the demo dossiers are really there


def test_quit_when_ready_ends_with_1_when_the_start_waits_for_a_person(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _procesplaat(tmp_path, "--data-dir", str(data), "--quit-when-ready").returncode == 0
    # A wrong passphrase: the program says so in a message box nobody can click away.
    result = _procesplaat(
        tmp_path, "--data-dir", str(data), "--quit-when-ready", passphrase="een ander wachtwoord"
    )
    assert result.returncode == EXIT_TIMEOUT
    assert "procesplaat: een venster wacht" in result.stderr


def test_quit_when_ready_is_not_in_the_help(tmp_path: Path) -> None:
    result = _procesplaat(tmp_path, "--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout
    assert "quit-when-ready" not in result.stdout


# --- the watch itself, in this process ----------------------------------------------------
@pytest.fixture
def watch(qapp: QApplication):
    watcher = QuitWhenReady(qapp)
    yield watcher
    watcher.deleteLater()


def _wait_for_code(qtbot, watch: QuitWhenReady) -> int:
    qtbot.waitUntil(lambda: watch.code is not None, timeout=10_000)
    assert watch.code is not None
    return watch.code


def test_ready_when_painted_and_every_client_listed(qtbot, window, watch) -> None:
    from builders import add_client

    for name in ("Jansen", "Visser"):
        add_client(window.db, last_name=name)
    watch.follow(window)
    window.setProperty("painted", True)
    window.reload()
    assert _wait_for_code(qtbot, watch) == EXIT_READY
    assert window.model.total_count() == 2


def test_a_list_missing_a_client_is_a_bug(qtbot, window, watch) -> None:
    from builders import add_client

    from app.clients import list_client_rows

    for name in ("Jansen", "Visser"):
        add_client(window.db, last_name=name)
    rows = list_client_rows(window.db, today=window.today())
    watch.follow(window)
    window.setProperty("painted", True)
    window._rows_loaded(rows[:1])  # as if the list had lost one
    assert _wait_for_code(qtbot, watch) == EXIT_BUG


@pytest.mark.parametrize(
    ("show", "code"),
    [(QMessageBox.critical, EXIT_BUG), (QMessageBox.warning, EXIT_TIMEOUT)],
)
def test_a_dialog_waiting_for_a_person_ends_the_start(qtbot, watch, show, code) -> None:
    QTimer.singleShot(0, lambda: show(None, "Procesplaat", "Er ging iets mis."))
    assert _wait_for_code(qtbot, watch) == code


def test_an_uncaught_exception_ends_the_start_with_70(qtbot, watch, data_dir: Path) -> None:
    from app.paths import resolve_paths
    from views.application import install_bug_handler

    previous = sys.excepthook
    install_bug_handler(resolve_paths(data_dir), watch.bug)
    try:
        try:
            raise RuntimeError("een fout die niemand verwachtte")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert watch.code == EXIT_BUG
    assert (data_dir / "logs").exists()  # the bug is in the log


def test_no_start_within_the_time_ends_with_1(qtbot, qapp) -> None:
    watch = QuitWhenReady(qapp, timeout_ms=50)
    assert _wait_for_code(qtbot, watch) == EXIT_TIMEOUT
