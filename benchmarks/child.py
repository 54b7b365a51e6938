"""One measured start, run in a fresh process: prints seconds since the process began.

Modes: ``bare`` (a bare PySide6 window, the floor), ``bare-stack`` (a bare window after
importing the app's heavy stack, the floor for a usable list), ``paint`` (the main window's
first paint) and ``list`` (the main window until its client list holds every client).

``paint`` and ``list`` start the program the way ``procesplaat`` does (views.launcher's
parser, views.application.run_gui: logging, the one-instance check, the real main window);
the only addition is an event filter on that window, the same one the floor gets.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from views.main_window import MainWindow

START = time.perf_counter()


def _since_start() -> float:
    return time.perf_counter() - START


def main(mode: str) -> None:
    if mode in ("bare", "bare-stack"):
        bare(mode)
    else:
        program(mode, int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    print(f"{RESULT['t']:.6f}")


RESULT: dict[str, float] = {}


def _first_paint_filter() -> Any:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "t" not in RESULT:
                RESULT["t"] = _since_start()
                QTimer.singleShot(0, QApplication.quit)
            return False

    return FirstPaint()


def bare(mode: str) -> None:
    """The floor: PySide6 imported, a QApplication and an empty window painted once."""
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    if mode == "bare-stack":
        import sqlalchemy.orm  # noqa: F401
        import sqlcipher3  # noqa: F401
        import sqlmodel  # noqa: F401
    window = QWidget()
    window.resize(1280, 800)
    paint_filter = _first_paint_filter()
    paint_filter.setParent(window)  # kept alive as long as the window
    window.installEventFilter(paint_filter)
    window.show()
    app.exec()


def program(mode: str, expected: int) -> None:
    """The program as ``procesplaat`` starts it, watched until the first paint or the list."""
    from views.launcher import parse, start_gui

    def watch(window: MainWindow) -> None:
        if mode == "paint":
            paint_filter = _first_paint_filter()
            paint_filter.setParent(window)
            window.installEventFilter(paint_filter)
            return
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def loaded() -> None:
            # Every client: the benchmark's folder holds ``expected``, the list shows them all.
            if "t" not in RESULT and window.model.total_count() >= expected:
                RESULT["t"] = _since_start()
                QTimer.singleShot(0, QApplication.quit)

        window.clients_loaded.connect(loaded)

    code = start_gui(parse([]), on_window=watch)
    if code or "t" not in RESULT:
        raise SystemExit(f"the program ended with {code} before it was measured")


if __name__ == "__main__":
    main(sys.argv[1])
