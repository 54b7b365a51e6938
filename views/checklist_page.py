"""The referral checklist of the receiving desk: choose it, mark each item, see what is missing.

Every change is saved at once through ``app.checklist`` and can be undone; the completeness
view beside the list says what must still be done before the dossier can go.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import checklist
from app.db import Database
from app.errors import UserError
from models.completeness import STATE_LABELS
from views.completeness_view import CompletenessView
from views.i18n import QT_TRANSLATE_NOOP, code_words
from views.undo import Saver

_HEADERS = (
    QT_TRANSLATE_NOOP("ChecklistPage", "Groep"),
    QT_TRANSLATE_NOOP("ChecklistPage", "Wat het loket vraagt"),
    QT_TRANSLATE_NOOP("ChecklistPage", "Status"),
    QT_TRANSLATE_NOOP("ChecklistPage", "N.v.t."),
    QT_TRANSLATE_NOOP("ChecklistPage", "Documenten"),
    QT_TRANSLATE_NOOP("ChecklistPage", "Notitie"),
)
_KEY = Qt.ItemDataRole.UserRole + 1


class ChecklistPage(QWidget):
    """One client's referral checklist with its completeness."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.client_id: uuid.UUID | None = None
        self._today = date.today()
        self._filling = False
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Checklist van het loket:")))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Checklist van het loket"))
        row.addWidget(self.template, 1)
        self.choose_button = QPushButton(self.tr("Kiezen"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        self.undo_button = QPushButton("↶")
        self.undo_button.setToolTip(self.tr("Ongedaan maken (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Ongedaan maken"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("checklist_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        split = QSplitter()
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setObjectName("checklist")
        self.table.setAccessibleName(self.tr("Checklist"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in _HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        width = self.table.fontMetrics().horizontalAdvance  # widths follow the system font
        for column, sample in (
            (0, "Wonen en vaste"),
            (2, "Gecontroleerd  ▾"),
            (3, "N.v.t."),
            (4, "Documenten"),
            (5, "Notitie bij dit"),
        ):
            self.table.setColumnWidth(column, width(sample) + 16)
        self.table.setColumnHidden(0, True)  # the groups show in the completeness list beside
        self.table.itemChanged.connect(self._note_changed)
        split.addWidget(self.table)
        self.report = CompletenessView()
        split.addWidget(self.report)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 300])
        layout.addWidget(split, 1)
        self.saver = Saver(self.undo_stack, self.message, self.refresh, self.changed.emit)

    # --- data in -------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        catalogue = checklist.read_checklists(checklist.own_checklists_dir(db.paths))
        self.template.clear()
        for key, template in catalogue.templates.items():
            self.template.addItem(template.name, key)
        if catalogue.problems:
            self.message.setText(
                self.tr("Niet gebruikt: {problems}").format(problems=" ".join(catalogue.problems))
            )

    def show_client(self, client_id: uuid.UUID, today: date) -> None:
        if client_id != self.client_id:
            self.undo_stack.clear()
        self.client_id, self._today = client_id, today
        self.refresh()

    def refresh(self) -> None:
        if self._db is None or self.client_id is None:
            return
        view = checklist.checklist_state(self._db, self.client_id)
        self._filling = True
        try:
            self._fill(view)
        finally:
            self._filling = False
        if view is None:
            self.report.show_nothing()
            return
        self.template.setCurrentIndex(max(self.template.findData(view.template.key), 0))
        report = checklist.completeness_of(self._db, self.client_id, today=self._today)
        self.report.show_report(report, view.template)

    def _fill(self, view: checklist.ChecklistView | None) -> None:
        items = view.items if view else ()
        self.table.setRowCount(len(items))
        for number, item in enumerate(items):
            group = QTableWidgetItem(item.item.group)
            title = QTableWidgetItem(item.item.title + (" *" if item.item.required else ""))
            title.setToolTip(item.item.description)
            docs = QTableWidgetItem(", ".join(d.description or d.kind for d in item.documents))
            note = QTableWidgetItem(item.note or "")
            for cell in (group, title, docs):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            note.setData(_KEY, item.item.key)
            self.table.setItem(number, 0, group)
            self.table.setItem(number, 1, title)
            self.table.setItem(number, 4, docs)
            self.table.setItem(number, 5, note)
            state = QComboBox()
            state.setAccessibleName(self.tr("Status van {item}").format(item=item.item.title))
            for code, words in STATE_LABELS.items():
                state.addItem(code_words(words), code)
            state.setCurrentIndex(max(state.findData(item.state), 0))
            state.currentIndexChanged.connect(
                lambda _i, k=item.item.key, box=state: self.set_item(k, state=box.currentData())
            )
            self.table.setCellWidget(number, 2, state)
            na = QCheckBox()
            na.setAccessibleName(
                self.tr("Niet van toepassing: {item}").format(item=item.item.title)
            )
            na.setChecked(item.not_applicable)
            na.toggled.connect(lambda on, k=item.item.key: self.set_item(k, not_applicable=on))
            self.table.setCellWidget(number, 3, na)

    # --- changing ------------------------------------------------------------------------
    def choose(self) -> None:
        if self._db is None or self.client_id is None:
            return
        key = self.template.currentData()
        current = checklist.checklist_state(self._db, self.client_id)
        if current is not None and current.template.key == key:
            return
        if current is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Andere checklist"),
                self.tr(
                    "Punten die in beide lijsten staan houden hun status. Punten die de nieuwe "
                    "lijst niet heeft, vervallen. Doorgaan?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, client = self._db, self.client_id
        try:
            self.saver.run(lambda: checklist.choose_checklist(db, client, key))
        except UserError:
            return
        self.undo_stack.clear()  # another list: the steps of the old one no longer apply

    def set_item(self, key: str, **changes: Any) -> None:
        if self._filling or self._db is None or self.client_id is None:
            return
        db, client = self._db, self.client_id
        try:
            old = self.saver.run(lambda: checklist.set_item(db, client, key, **changes))
        except UserError:
            return
        if old:
            self.saver.push(
                self.tr("Checklist wijzigen"),
                lambda: checklist.set_item(db, client, key, **old),
                lambda: checklist.set_item(db, client, key, **changes),
            )

    def _note_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != 5:
            return
        self.set_item(str(cell.data(_KEY)), note=cell.text())
