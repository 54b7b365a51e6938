"""The Documenten tab: the proofs of the dossier and the receiving desk's checklist."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from views.checklist_page import ChecklistPage
from views.proofs_page import ProofsPage


class DocumentsTab(QWidget):
    """Bewijsstukken (kept encrypted) and the receiving desk's checklist."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        layout.addWidget(self.pages)
        self.proofs = ProofsPage()
        self.proofs.changed.connect(self.changed)
        self.pages.addTab(self.proofs, self.tr("Bewijsstukken"))
        self.checklist = ChecklistPage()
        self.checklist.changed.connect(self.changed)
        self.pages.addTab(self.checklist, self.tr("Checklist en volledigheid"))

    def set_database(self, db: Database) -> None:
        self.proofs.set_database(db)
        self.checklist.set_database(db)

    def show_client(self, client_id: uuid.UUID, today: date, dossier: dict[str, Any]) -> None:
        self.proofs.show_client(client_id, today)
        self.checklist.show_client(client_id, today)
