"""The Documenten tab: the proofs of the dossier and the receiving desk's checklist."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from views.checklist_page import ChecklistPage
from views.dossier_tabs import HtmlTab, documents_html


class DocumentsTab(QWidget):
    """Bewijsstukken (the list; adding them comes with the document store) and the checklist."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        layout.addWidget(self.pages)
        self.proofs = HtmlTab("documenten")
        self.pages.addTab(self.proofs, self.tr("Bewijsstukken"))
        self.checklist = ChecklistPage()
        self.checklist.changed.connect(self.changed)
        self.pages.addTab(self.checklist, self.tr("Checklist en volledigheid"))

    def set_database(self, db: Database) -> None:
        self.checklist.set_database(db)

    def show_client(self, client_id: uuid.UUID, today: date, dossier: dict[str, Any]) -> None:
        self.proofs.setHtml(documents_html(dossier))
        self.checklist.show_client(client_id, today)
