"""One measured start, run in a fresh process: prints seconds since the process began.

Modes: ``bare`` (a bare PySide6 window, the floor), ``bare-stack`` (a bare window after
importing the app's heavy stack, the floor for a usable list), ``paint`` (the main window's
first paint) and ``list`` (the main window until its client list holds every client).
"""

from __future__ import annotations

import sys
import time

START = time.perf_counter()


def _since_start() -> float:
    return time.perf_counter() - START


def main(mode: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "t" not in result:
                result["t"] = _since_start()
                QTimer.singleShot(0, app.quit)
            return False

    if mode in ("bare", "bare-stack"):
        if mode == "bare-stack":
            import sqlalchemy.orm  # noqa: F401
            import sqlcipher3  # noqa: F401
            import sqlmodel  # noqa: F401
        window = QWidget()
        window.resize(1280, 800)
        window.installEventFilter(FirstPaint(window))
        window.show()
        app.exec()
        print(f"{result['t']:.6f}")
        return

    from app.paths import resolve_paths
    from views.application import start_window
    from views.worker import wait_for_background

    window = start_window(resolve_paths())
    if mode == "paint":
        window.installEventFilter(FirstPaint(window))
    else:

        def loaded() -> None:
            if window.model.total_count() and "t" not in result:
                result["t"] = _since_start()
                QTimer.singleShot(0, app.quit)

        window.model.modelReset.connect(loaded)
    app.exec()
    wait_for_background()
    if window.has_database():
        window.db.close()
    print(f"{result['t']:.6f}")


if __name__ == "__main__":
    main(sys.argv[1])
