"""A proof's details: what kind of paper it is, what it is about, the debt and the checklist
item it proves, the day it came in."""

from __future__ import annotations

import uuid
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

from app import checklist, documents
from app.actions import link_choices
from app.db import Database
from app.errors import UserError
from models.codes import DOCUMENT_KIND_LABELS
from models.tables import Document
from models.values import InvalidValue, format_date, parse_date
from views.i18n import message_text, message_texts
from views.table_columns import label
from views.theme import set_ink


class ProofDialog(QDialog):
    """Change a proof's kind, description, received date and links; saved on "Opslaan"."""

    def __init__(
        self, db: Database, client_id: uuid.UUID, document: Document, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bewijsstuk"))
        self.db, self.document = db, document
        self.old: dict[str, Any] = {}
        self.saved: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.kind = QComboBox()
        for code in DOCUMENT_KIND_LABELS:
            self.kind.addItem(label(DOCUMENT_KIND_LABELS, code), str(code))
        self.kind.setCurrentIndex(max(self.kind.findData(document.kind), 0))
        self.description = QLineEdit(document.description or "")
        self.received = QLineEdit(format_date(document.received_on) if document.received_on else "")
        self.received.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.debt = QComboBox()
        self.debt.addItem(self.tr("(geen schuld)"), None)
        for debt_id, name in link_choices(db, client_id).debts:
            self.debt.addItem(name, debt_id)
        self.debt.setCurrentIndex(max(self.debt.findData(document.debt_id), 0))
        self.item = QComboBox()
        self.item.addItem(self.tr("(geen punt van de checklist)"), None)
        view = checklist.checklist_state(db, client_id)
        ids = checklist.item_ids(db, client_id)
        for item in view.items if view else ():
            self.item.addItem(item.item.title, ids.get(item.item.key))
        self.item.setCurrentIndex(max(self.item.findData(document.checklist_item_id), 0))
        for words, widget in (
            (self.tr("Soort"), self.kind),
            (self.tr("Omschrijving"), self.description),
            (self.tr("Ontvangen op"), self.received),
            (self.tr("Bewijs voor schuld"), self.debt),
            (self.tr("Punt van de checklist"), self.item),
        ):
            widget.setAccessibleName(words)
            form.addRow(words, widget)
        self.message = QLabel()
        self.message.setObjectName("proof_message")
        self.message.setWordWrap(True)
        set_ink(self.message, "error")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, Any]:
        """What the form says; a received date that is no date raises ``InvalidValue``."""
        text = self.received.text().strip()
        received: date | None = parse_date(text, field="received_on") if text else None
        return {
            "kind": self.kind.currentData(),
            "description": self.description.text(),
            "received_on": received,
            "debt_id": self.debt.currentData(),
            "checklist_item_id": self.item.currentData(),
        }

    def submit(self) -> bool:
        try:
            changes = self.changes()
            self.old = documents.update_document(self.db, self.document.id, changes)
        except InvalidValue as exc:
            self.message.setText(message_text(exc))
            return False
        except documents.DocumentErrors as exc:
            self.message.setText(" ".join(message_texts(exc.errors).values()))
            return False
        except UserError as exc:
            self.message.setText(message_text(exc))
            return False
        self.saved = changes
        self.accept()
        return True
