"""The dialog for one event on the route: a step, a setback or a milestone."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from views.i18n import QT_TRANSLATE_NOOP

MOODS = [
    "",
    QT_TRANSLATE_NOOP("EventDialog", "1 – heel slecht"),
    QT_TRANSLATE_NOOP("EventDialog", "2 – slecht"),
    QT_TRANSLATE_NOOP("EventDialog", "3 – gaat wel"),
    QT_TRANSLATE_NOOP("EventDialog", "4 – goed"),
    QT_TRANSLATE_NOOP("EventDialog", "5 – heel goed"),
]


class EventDialog(QDialog):
    """Date, what happened, her own words and how it felt: for a step, setback or milestone."""

    def __init__(
        self,
        title: str,
        *,
        day: date,
        text: str = "",
        words: str = "",
        mood: int | None = None,
        text_label: str = QT_TRANSLATE_NOOP("EventDialog", "Wat gebeurde er?"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(self.tr("Datum"))
        form.addRow(self.tr("Datum"), self.day)
        self.text = QLineEdit(text)
        self.text.setObjectName("event_text")
        self.text.setAccessibleName(self.tr(text_label))
        form.addRow(self.tr(text_label), self.text)
        self.words = QLineEdit(words)
        self.words.setObjectName("event_words")
        self.words.setPlaceholderText(self.tr("Bijvoorbeeld: “Ik kan weer ademen!”"))
        self.words.setAccessibleName(self.tr("In haar of zijn eigen woorden"))
        form.addRow(self.tr("In eigen woorden"), self.words)
        self.mood = QComboBox()
        self.mood.setAccessibleName(self.tr("Hoe voelde het?"))
        for number, text_ in enumerate(MOODS):
            self.mood.addItem(self.tr(text_) if text_ else "—", number or None)
        self.mood.setCurrentIndex(mood or 0)
        form.addRow(self.tr("Hoe voelde het?"), self.mood)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "on": self.day.date().toPython(),
            "text": self.text.text(),
            "words": self.words.text(),
            "mood": self.mood.currentData(),
        }
