"""Undo for changes that are saved at once: the command only reverses and repeats them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class SavedChange(QUndoCommand):
    """A change already saved; undo and redo call the use cases that reverse and repeat it.

    QUndoStack.push calls redo() once; that first call does nothing, because the change was
    made (and checked) before it was pushed: a refused change never reaches the stack.
    """

    def __init__(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()
