"""Undo for changes that are saved at once: the command only reverses and repeats them."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel

from app.errors import UserError
from views.i18n import message_text
from views.theme import set_ink

T = TypeVar("T")


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


class Saver:
    """Saves a screen's changes at once and puts each on its undo stack.

    A refusal (a UserError) is said on the screen's message label and nothing is stored; an
    undo or redo that is refused (the dossier changed meanwhile) is said the same way and
    never raised into Qt's event loop.
    """

    def __init__(
        self,
        stack: QUndoStack,
        message: QLabel,
        refresh: Callable[[], object],
        changed: Callable[[], object],
    ) -> None:
        self.stack, self.message = stack, message
        self._refresh, self._changed = refresh, changed

    def say(self, text: str, *, error: bool = False) -> None:
        set_ink(self.message, "error" if error else None, bold=error)  # follows light/dark
        self.message.setText(text)

    def run(self, change: Callable[[], T]) -> T:
        """Save a change and show the result; a user error is said, then raised again (so a
        dialog can put it at its field)."""
        try:
            result = change()
        except UserError as exc:
            words = QCoreApplication.translate("Saver", "Niet opgeslagen: {reason}")
            self.say(words.format(reason=message_text(exc)), error=True)
            self._refresh()
            raise
        self.say("")
        self._refresh()
        self._changed()
        return result

    def _quietly(self, change: Callable[[], object]) -> None:
        try:
            self.run(change)
        except UserError:
            pass
        except Exception:  # a bug: the application's handler logs and shows it
            sys.excepthook(*sys.exc_info())

    def push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        """Put a change already saved on the stack, with the use cases that reverse and
        repeat it."""
        self.stack.push(SavedChange(text, lambda: self._quietly(undo), lambda: self._quietly(redo)))
