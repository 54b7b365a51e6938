"""Keyboard shortcuts bound to a part of a window, not to the whole of it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

__all__ = ["local_shortcut"]


def local_shortcut(
    keys: QKeySequence | QKeySequence.StandardKey,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """A shortcut that works only in ``parent`` (and its children, by default).

    PySide6 6.11 drops the ``context`` argument when the constructor is also given a slot: the
    shortcut then works in the whole window, and Delete pressed in the client list would
    delete the debt shown beside it. The context is therefore set on its own.
    """
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
