"""Measure the Procesplaat tab alone in a 1280 px main window, in a language and a scale.

    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 python -m tests.views.route_fit_probe \
        [--qm F.qm] [--shots DIR]

Run in its own process by tests/views/test_procesplaat_fit.py (Qt reads the scale factor once,
when it starts). The other tabs are taken out of the window first, so what is measured is what
the procesplaat tab itself asks for, not a neighbour's width. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import keyring

from app.memory_keyring import MemoryKeyring
from tools.layout_check import HEIGHT, TODAY, WIDTH, cut_off


def measure(qm: Path | None, shots: Path | None) -> dict[str, Any]:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QPushButton

    from app.demo.dossiers import install_demo
    from app.paths import resolve_paths
    from app.store import open_database
    from views.application import make_application, settings_for
    from views.main_window import MainWindow
    from views.worker import wait_for_background

    keyring.set_keyring(MemoryKeyring())
    app = make_application()
    if qm is not None:
        translator = QTranslator(app)
        if not translator.load(str(qm)):
            raise SystemExit(f"{qm}: cannot be loaded")
        app.installTranslator(translator)

    def settle(rounds: int = 10) -> None:
        for _ in range(rounds):
            app.processEvents()

    found: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="procesplaat-fit-") as folder:
        paths = resolve_paths(folder)
        db = open_database(paths)
        client = install_demo(db, today=TODAY)[0][0]
        window = MainWindow(db, settings_for(paths), today=TODAY)
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.reload(client)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the dossier loads in the background
            settle(1)
            if window.current_id == client and window.tabs.isVisible():
                break
            time.sleep(0.01)
        settle(40)
        sizes = window.splitter.sizes()  # the client list keeps the width it has with all tabs
        route = window.route_tab
        while window.tabs.count() > 1:  # only the procesplaat tab decides the width now
            window.tabs.removeTab(1 if window.tabs.widget(0) is route else 0)
        settle(20)
        window.resize(WIDTH, HEIGHT)
        settle(20)
        window.splitter.setSizes([sizes[0], WIDTH])
        settle(40)
        rows = sorted(
            {
                b.mapTo(route, b.rect().topLeft()).y()
                for b in route.findChildren(QPushButton)
                if b.isVisibleTo(route) and b.parent() is route
            }
        )
        found = {
            "window": window.width(),
            "tab_minimum": route.minimumSizeHint().width(),
            "button_rows": len(rows),
            "cut_off": list(cut_off(route)),
            "next_step_bottom": route.next_step.geometry().bottom(),
            "buttons_top": rows[0] if rows else -1,
        }
        if shots is not None:
            shots.mkdir(parents=True, exist_ok=True)
            route.grab().save(str(shots / "procesplaat.png"))
        window.form.dirty = False
        window.close()
        wait_for_background()
        settle(5)
        db.close()
    QApplication.processEvents()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="route_fit_probe", description=__doc__)
    parser.add_argument("--qm", type=Path)
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.qm, args.shots)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
