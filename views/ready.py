"""``--quit-when-ready``: the packaging smoke test's proof that the program really starts.

The frozen program is started offscreen with a demo folder; it must show its main window,
open the store and fill the client list with every client, and then end with 0. A bug ends
it with 70 (EX_SOFTWARE), a minute without getting there with 1. A dialog that waits for a
person (a passphrase, a refusal) can never be answered in a smoke test: it ends the program
too, with 70 for the "something went wrong" dialog and 1 for the others, and its text on
stderr so that the build log says why.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

if TYPE_CHECKING:
    from views.main_window import MainWindow

EXIT_READY = 0
EXIT_TIMEOUT = 1
EXIT_BUG = 70
TIMEOUT_MS = 60_000
POLL_MS = 50


class QuitWhenReady(QObject):
    """Says, once, when the main window is ready or cannot be: ``finished`` with the exit code.

    run_gui connects ``finished`` to ``QApplication.exit``.
    """

    finished = Signal(int)

    def __init__(self, parent: QObject | None = None, timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent)
        self._window: MainWindow | None = None
        self._loaded = False
        self._checking = False
        self.code: int | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)
        self._poll.start()
        QTimer.singleShot(timeout_ms, self, self._timed_out)

    def follow(self, window: MainWindow) -> None:
        self._window = window
        window.clients_loaded.connect(self._clients_loaded)

    def bug(self, exc: BaseException) -> None:
        """The exception hook's way out: the bug is in the log, its kind on stderr."""
        self._finish(EXIT_BUG, f"fout: {type(exc).__name__}")

    def _clients_loaded(self) -> None:
        self._loaded = True
        self._check()

    def _timed_out(self) -> None:
        self._finish(EXIT_TIMEOUT, f"niet klaar binnen {TIMEOUT_MS // 1000} seconden")

    def _check(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            critical = isinstance(modal, QMessageBox) and modal.icon() == QMessageBox.Icon.Critical
            text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
            self._finish(EXIT_BUG if critical else EXIT_TIMEOUT, f"een venster wacht: {text}")
            modal.close()
            return
        window = self._window
        if window is None or not self._loaded or self._checking or not window.has_database():
            return  # a list before the store is open (app.first_list): ready with the store
        if not window.property("painted") or not window.isVisible():
            return
        # Every client of the store in the list: counted apart from the list's own query.
        self._checking = True
        from views.worker import run_in_background

        db = window.db
        run_in_background(lambda: count_clients(db), self._counted, self.bug)

    def _counted(self, stored: int) -> None:
        assert self._window is not None
        listed = self._window.model.total_count()
        if listed != stored:
            self._finish(EXIT_BUG, f"de lijst toont {listed} van {stored} klanten")
            return
        self._finish(EXIT_READY, None)

    def _finish(self, code: int, reason: str | None) -> None:
        if self.code is not None:
            return
        self.code = code
        self._poll.stop()
        if reason:
            print(f"procesplaat: {reason}", file=sys.stderr, flush=True)
        # From the event loop: before it runs (a bug while the window is built) exit() would
        # do nothing; from inside a dialog's loop it ends that loop and the main one.
        QTimer.singleShot(0, self, lambda: self.finished.emit(code))


def count_clients(db: object) -> int:
    """The number of clients in the store, by one count query."""
    from sqlalchemy import func, select

    from app.db import Database
    from models.tables import Client

    assert isinstance(db, Database)
    with db.session() as session:
        return int(session.execute(select(func.count()).select_from(Client)).scalar_one())
