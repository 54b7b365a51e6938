"""tools.layout_check never reports "nothing cut off" for a window it could not look at, and
names the tab that makes the window too wide."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from tools.layout_check import too_wide_tabs

ROOT = Path(__file__).resolve().parents[2]


def _check_with(tmp_path: Path, patch: str) -> subprocess.CompletedProcess[str]:
    """tools.layout_check in its own process, after ``patch`` broke something on purpose."""
    code = f"import sys\nimport tools.layout_check as check\n{patch}\nsys.exit(check.main([]))\n"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    env["PROCESPLAAT_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_layout_check_exits_2_naming_the_exception_when_a_slot_raises(tmp_path):
    """The dossier's tabs broken while loading: Qt only prints that and goes on."""
    result = _check_with(
        tmp_path,
        "import views.debts_tab\n"
        "def broken(self, *args):\n"
        "    raise RuntimeError('debts tab broken on purpose')\n"
        "views.debts_tab.DebtsTab.show_client = broken",
    )
    assert result.returncode == 2, (result.stdout, result.stderr[-2000:])
    assert result.stdout == ""
    assert "layout_check: not checked" in result.stderr
    assert "RuntimeError: debts tab broken on purpose" in result.stderr


def test_layout_check_exits_2_when_the_dossier_does_not_load_in_time(tmp_path):
    result = _check_with(
        tmp_path,
        "import views.main_window\n"
        "views.main_window.MainWindow.reload = lambda self, *args, **kwargs: None\n"
        "check.LOAD_SECONDS = 1",
    )
    assert result.returncode == 2, (result.stdout, result.stderr[-2000:])
    assert result.stdout == ""
    assert "did not load within 1 s" in result.stderr


def test_too_wide_tabs_names_the_tab_that_widens_the_window_and_no_other(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    tabs = QTabWidget()
    window.setCentralWidget(tabs)
    # as MainWindow has it
    window.tabs = tabs  # type: ignore[attr-defined]
    narrow, wide = QWidget(), QWidget()
    narrow.setMinimumWidth(300)
    wide.setMinimumWidth(900)
    tabs.addTab(narrow, "Sm&al")
    tabs.addTab(wide, "Breed")
    tabs.addTab(QLabel("tekst"), "Tekst")
    around = window.minimumSizeHint().width() - 900  # frames and margins besides the tab
    found = list(too_wide_tabs(window, 800 + around))
    assert found == ["tab 2 'Breed' (QWidget) needs 900px, has 800px"]
    assert list(too_wide_tabs(window, 900 + around)) == []
