"""Work that waits for a window's first paint: the person sees the window before it runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

__all__ = ["after_first_paint"]


class _AfterFirstPaint(QObject):
    """Calls a function once, right after the watched window's first paint."""

    def __init__(self, parent: QObject, function: Callable[[], object]) -> None:
        super().__init__(parent)
        self._function: Callable[[], object] | None = function

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._function is not None:
            function, self._function = self._function, None
            watched.removeEventFilter(self)  # every later event would pass through Python
            watched.setProperty("painted", True)
            QTimer.singleShot(0, function)
        return False


def after_first_paint(window: QObject, function: Callable[[], object]) -> None:
    """Run ``function`` once, on the event loop's next turn after ``window`` first paints;
    the window's property "painted" is True from then on."""
    window.installEventFilter(_AfterFirstPaint(window, function))
