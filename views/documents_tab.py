"""The Documenten tab: the proofs of the dossier and the receiving desk's checklist."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from views.checklist_page import ChecklistPage
from views.preferences import settings_at
from views.proofs_page import ProofsPage
from views.table_columns import remember_columns

PROOFS_COLUMNS_KEY = "columns/proofs"
CHECKLIST_COLUMNS_KEY = "columns/checklist"


class DocumentsTab(QWidget):
    """Bewijsstukken (kept encrypted) and the receiving desk's checklist."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns_remembered = False
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
        if not self._columns_remembered:  # both lists' columns as she left them
            self._columns_remembered = True
            settings = settings_at(db.paths)
            remember_columns(self.proofs.table, settings, PROOFS_COLUMNS_KEY)
            remember_columns(self.checklist.table, settings, CHECKLIST_COLUMNS_KEY)

    def show_client(self, client_id: uuid.UUID, today: date, dossier: dict[str, Any]) -> None:
        self.proofs.show_client(client_id, today)
        self.checklist.show_client(client_id, today)
