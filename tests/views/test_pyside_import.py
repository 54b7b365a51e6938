"""PySide6 no longer reads every later module's source, and that changes no module's answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: In a fresh process: PySide with its reading limited, the modules of a full start (window,
#: store, list, the dossier's tabs) imported; then, per module, PySide's own answer to "does
#: it use PySide6?" beside ours, and which source files the import of SQLAlchemy read.
PROBE = """
import json, linecache, sys
from views.pyside_import import use_pyside, uses_qt_package
use_pyside()
feature = sys.modules["shibokensupport.feature"]
linecache.clearcache()
import sqlalchemy.orm
read = sorted(n for n in linecache.cache if "sqlalchemy" in n and n.endswith(".py"))
import views.application, views.main_window, app.store, app.clients, app.week
import views.debts_tab, views.actions_tab, views.documents_tab, views.procesplaat, views.praatplaat
import views.client_form, views.lock, views.dialogs
original = feature._mod_uses_pyside.original
answers = {}
for name, module in list(sys.modules.items()):
    if module is None or not hasattr(module, "__name__"):
        continue
    answers[name] = [bool(original(module)), bool(feature._mod_uses_pyside(module))]
print(json.dumps({"read": read, "answers": answers, "limited": feature._mod_uses_pyside.limited}))
"""


def _probe() -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def test_modules_outside_the_qt_packages_are_not_read_again_and_every_answer_stays_the_same() -> (
    None
):
    found = _probe()
    assert found["limited"] is True
    # Importing SQLAlchemy after PySide6 read none of its files a second time.
    assert found["read"] == []
    answers = found["answers"]
    assert isinstance(answers, dict)
    changed = sorted(name for name, (theirs, ours) in answers.items() if theirs != ours)
    assert changed == []
    # Not vacuous: the window's modules are read and do use PySide6.
    assert answers["views.main_window"] == [True, True]
    assert answers["app.store"] == [False, False]
