"""Typing a new action: what, who, by when, and what it belongs to (a phase, a debt)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.actions import link_choices
from app.db import Database
from models.codes import OWNER_LABELS
from views.i18n import message_texts
from views.table_columns import label
from views.theme import set_ink


class ActionDialog(QDialog):
    """A new to-do. ``save`` (set by the tab) stores it and answers with refusals per field."""

    def __init__(
        self, db: Database, client_id: uuid.UUID, *, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe actie"))
        self.save: Callable[[dict[str, Any]], Mapping[str, str] | None] = lambda _raw: None
        choices = link_choices(db, client_id)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Bijvoorbeeld: BKR-overzicht opvragen"))
        self.owner = QComboBox()
        for code in OWNER_LABELS:
            self.owner.addItem(label(OWNER_LABELS, code), str(code))
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("dd-mm-jjjj (mag leeg)"))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("(geen fase)"), None)
        for key, words in choices.phases:
            self.phase.addItem(words, key)
        self.phase.setCurrentIndex(max(self.phase.findData(choices.current), 0))
        self.debt = QComboBox()
        self.debt.addItem(self.tr("(geen schuld)"), None)
        for debt_id, name in choices.debts:
            self.debt.addItem(name, debt_id)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Alleen voor uzelf; komt niet op papier"))
        self.errors: dict[str, QLabel] = {}
        for field, words, widget in (
            ("title", self.tr("Wat moet er gebeuren?"), self.title),
            ("owner", self.tr("Wie doet het?"), self.owner),
            ("due_on", self.tr("Vóór"), self.due),
            ("phase", self.tr("Hoort bij fase"), self.phase),
            ("debt_id", self.tr("Hoort bij schuld"), self.debt),
            ("note", self.tr("Notitie"), self.note),
        ):
            widget.setAccessibleName(words)
            form.addRow(words, widget)
            error = QLabel()
            error.setObjectName(f"error_{field}")
            set_ink(error, "error")
            error.hide()
            form.addRow("", error)
            self.errors[field] = error
        self.message = QLabel()
        set_ink(self.message, "error")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "owner": self.owner.currentData(),
            "due_on": self.due.text(),
            "phase": self.phase.currentData(),
            "debt_id": self.debt.currentData(),
            "note": self.note.text(),
        }

    def submit(self) -> bool:
        errors = message_texts(self.save(self.values()) or {})
        for field, error in self.errors.items():
            error.setText(errors.get(field, ""))
            error.setVisible(field in errors)
        self.message.setText(" ".join(v for k, v in errors.items() if k not in self.errors))
        if errors:
            return False
        self.accept()
        return True
