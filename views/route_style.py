"""How the procesplaat looks: the colours of the normal and the presentation look.

Every state also has a shape (a tick, a thick frame, a dashed outline), so colour is never the
only carrier of meaning.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from views.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Palette:
    """Colours of one look (normal or presentation); every state also has a shape."""

    background: QColor
    text: QColor
    muted: QColor
    past_fill: QColor
    current_fill: QColor
    future_fill: QColor
    frame: QColor
    current_frame: QColor
    setback: QColor
    milestone: QColor
    overdue: QColor
    curve: QColor


NORMAL = Palette(
    background=QColor("#ffffff"),
    text=QColor("#1a1a1a"),
    muted=QColor("#5f6368"),
    past_fill=QColor("#dbe7f3"),
    current_fill=QColor("#ffe9a8"),
    future_fill=QColor("#ffffff"),
    frame=QColor("#7a8793"),
    current_frame=QColor("#1a1a1a"),
    setback=QColor("#b3261e"),
    milestone=QColor("#1b6e3a"),
    overdue=QColor("#b3261e"),
    curve=QColor("#1f4e8c"),
)
#: High contrast for a screen turned toward the client.
PRESENTATION = Palette(
    background=QColor("#000000"),
    text=QColor("#ffffff"),
    muted=QColor("#d0d0d0"),
    past_fill=QColor("#2b3a4a"),
    current_fill=QColor("#ffd400"),
    future_fill=QColor("#000000"),
    frame=QColor("#bfbfbf"),
    current_frame=QColor("#ffffff"),
    setback=QColor("#ff6b5e"),
    milestone=QColor("#7ee08f"),
    overdue=QColor("#ff6b5e"),
    curve=QColor("#7fb8ff"),
)

#: What an event on the route is, in Dutch; shown translated through ``kind_word``.
KIND_WORDS = {
    "setback": QT_TRANSLATE_NOOP("EventKind", "Tegenslag"),
    "milestone": QT_TRANSLATE_NOOP("EventKind", "Mijlpaal"),
    "note": QT_TRANSLATE_NOOP("EventKind", "Notitie"),
    "entered": QT_TRANSLATE_NOOP("EventKind", "Begin van de fase"),
    "left": QT_TRANSLATE_NOOP("EventKind", "Einde van de fase"),
}


def kind_word(kind: str) -> str:
    """An event's kind in the UI's language; a kind without a word is shown as it is stored."""
    word = KIND_WORDS.get(kind)
    if word is None:
        return kind
    return QCoreApplication.translate("EventKind", word)
