"""Running slow work off the GUI thread and handing the result back on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """A function run in the global thread pool; ``signals.done`` carries its result."""

    def __init__(self, function: Callable[[], Any]) -> None:
        super().__init__()
        self.function = function
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.function()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()


def run_in_background(
    function: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Task:
    """Run ``function`` in the thread pool; the callbacks run on the GUI thread."""
    task = Task(function)
    _running.add(task)

    def finish(result: Any) -> None:
        _running.discard(task)
        on_done(result)

    def fail(exc: BaseException) -> None:
        _running.discard(task)
        on_error(exc)

    task.signals.done.connect(finish)
    task.signals.failed.connect(fail)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """Wait until all background work is finished (at exit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
