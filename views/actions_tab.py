"""The Acties tab: the client's to-do list to edit in place, and her conversations.

Every change is saved at once through ``app.actions`` and can be undone; a refused value is
said above the list in Dutch and nothing is stored.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import actions
from app.db import Database
from app.errors import UserError
from models.codes import OWNER_LABELS
from views.actions_model import (
    COL,
    COLUMNS,
    ActionFilterProxy,
    ActionTableModel,
    ObjectRole,
)
from views.button_flow import ButtonFlow
from views.code_delegate import CodeDelegate
from views.conversations_page import ConversationsPage
from views.i18n import QT_TRANSLATE_NOOP, message_text, message_texts
from views.keys import local_shortcut
from views.preferences import settings_at
from views.table_columns import label, remember_columns
from views.undo import Saver

STATE_WORDS = (
    ("open", QT_TRANSLATE_NOOP("ActionsTab", "Nog te doen")),
    ("overdue", QT_TRANSLATE_NOOP("ActionsTab", "Te laat")),
    ("done", QT_TRANSLATE_NOOP("ActionsTab", "Gedaan")),
    ("all", QT_TRANSLATE_NOOP("ActionsTab", "Alles")),
)


COLUMNS_KEY = "columns/actions"


class ActionsTab(QWidget):
    """What happens next: who does what by when; and the conversations where it was agreed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._columns_remembered = False
        self.client_id: uuid.UUID | None = None
        self._today = date.today()
        self.undo_stack = QUndoStack(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        outer.addWidget(self.pages)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pages.addTab(page, self.tr("Actielijst"))
        self.talks = ConversationsPage(self)
        self.pages.addTab(self.talks, self.tr("Gesprekken"))

        self.model = ActionTableModel(self, editor=self._edit_cell)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        row = ButtonFlow()  # wraps rather than widening the window (150 %, a longer translation)
        self.new_button = QPushButton(self.tr("Nieuwe actie…"))
        self.new_button.setToolTip(self.tr("Nieuwe actie (Insert)"))
        self.new_button.clicked.connect(self.new_action)
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.setToolTip(self.tr("De gekozen actie verwijderen (Delete)"))
        self.delete_button.clicked.connect(self.delete_action)
        self.undo_button = QPushButton("↶")
        self.undo_button.setToolTip(self.tr("Ongedaan maken (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Ongedaan maken"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton("↷")
        self.redo_button.setToolTip(self.tr("Opnieuw (Ctrl+Y)"))
        self.redo_button.setAccessibleName(self.tr("Opnieuw"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Van wie"))
        self.owner_filter.addItem(self.tr("Iedereen"), None)
        for code in OWNER_LABELS:
            self.owner_filter.addItem(label(OWNER_LABELS, code), str(code))
        self.owner_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_owner(self.owner_filter.currentData())
        )
        self.state_filter = QComboBox()
        self.state_filter.setAccessibleName(self.tr("Welke acties"))
        for code, words in STATE_WORDS:
            self.state_filter.addItem(QCoreApplication.translate("ActionsTab", words), code)
        self.state_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_state(self.state_filter.currentData())
        )
        for widget in (
            self.new_button,
            self.delete_button,
            self.undo_button,
            self.redo_button,
        ):
            row.add_leading(widget)
        row.add_trailing(QLabel(self.tr("Toon:")))
        row.add_trailing(self.owner_filter)
        row.add_trailing(self.state_filter)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("actions_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableView()
        self.table.setObjectName("actions")
        self.table.setAccessibleName(self.tr("Acties"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CodeDelegate(COLUMNS, self.table))
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL["title"], QHeaderView.ResizeMode.Stretch)
        scale = self.fontMetrics().averageCharWidth()  # widths follow the system font
        for field, chars in (
            ("done", 6),
            ("owner", 13),
            ("due_on", 19),
            ("done_on", 11),
            ("phase_title", 22),
            ("debt_name", 18),
            ("note", 18),
        ):
            self.table.setColumnWidth(COL[field], chars * scale)
        layout.addWidget(self.table, 1)
        self.saver = Saver(self.undo_stack, self.message, self.refresh, self.changed.emit)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence("Ctrl+Y"), self.undo_stack.redo),
        ):
            local_shortcut(keys, page, slot, context)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.new_action),
            (QKeySequence.StandardKey.Delete, self.delete_action),
        ):
            local_shortcut(keys, self.table, slot, Qt.ShortcutContext.WidgetShortcut)

    # --- data in -------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        self.talks.set_database(db)
        if not self._columns_remembered:  # widths, order and sort: as she left them
            self._columns_remembered = True
            remember_columns(self.table, settings_at(db.paths), COLUMNS_KEY)

    def show_client(self, client_id: uuid.UUID, today: date) -> None:
        if client_id != self.client_id:
            self.undo_stack.clear()
            self.message.clear()
        self.client_id, self._today = client_id, today
        self.refresh()
        self.talks.show_client(client_id, today)

    def refresh(self) -> None:
        if self._db is None or self.client_id is None:
            return
        rows = actions.list_actions(self._db, self.client_id, today=self._today)
        self.model.set_rows(rows)
        late = sum(r.overdue for r in rows)
        self.pages.setTabText(
            0, self.tr("Actielijst ({n} te laat)").format(n=late) if late else self.tr("Actielijst")
        )

    def current_action(self) -> actions.ActionRow | None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(0).data(ObjectRole) if index.isValid() else None
        return row if isinstance(row, actions.ActionRow) else None

    def select_action(self, action_id: uuid.UUID) -> None:
        """Show this action (also when the filter hid it): the week overview points here."""
        source = self.model.row_of(action_id)
        if source < 0:
            return
        if self.proxy.mapFromSource(self.model.index(source, 0)).row() < 0:
            self.state_filter.setCurrentIndex(self.state_filter.findData("all"))
            self.owner_filter.setCurrentIndex(0)
        index = self.proxy.mapFromSource(self.model.index(source, COL["title"]))
        self.pages.setCurrentIndex(0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    # --- changing ------------------------------------------------------------------------
    def _edit_cell(self, row: actions.ActionRow, field: str, value: object) -> str | None:
        assert self._db is not None
        db, today = self._db, self._today
        if field == "done":
            changes: dict[str, Any] = {"done_on": today if value else None}
        else:
            changes = {field: value}
        try:
            old = self.saver.run(lambda: actions.update_action(db, row.id, changes, today=today))
        except UserError as exc:
            return message_text(exc)
        if old:
            self.saver.push(
                self.tr("Actie wijzigen"),
                lambda: actions.update_action(db, row.id, old, today=today),
                lambda: actions.update_action(db, row.id, changes, today=today),
            )
        return None

    def new_action(self) -> None:
        if self._db is None or self.client_id is None:
            return
        from views.action_dialog import ActionDialog

        db, client, today = self._db, self.client_id, self._today
        dialog = ActionDialog(db, client, today=today, parent=self)

        def save(raw: dict[str, Any]) -> dict[str, str] | None:
            try:
                action_id = self.saver.run(lambda: actions.add_action(db, client, raw, today=today))
            except actions.ActionErrors as exc:
                return message_texts(exc.errors)
            except UserError as exc:
                return {"": message_text(exc)}
            holder: dict[str, Any] = {}

            def undo() -> None:
                holder["values"] = actions.delete_action(db, action_id)

            self.saver.push(
                self.tr("Actie toevoegen"),
                undo,
                lambda: actions.restore_action(db, holder["values"]),
            )
            self.select_action(action_id)
            return None

        dialog.save = save
        dialog.exec()

    def delete_action(self) -> None:
        row = self.current_action()
        if self._db is None or row is None:
            return
        db = self._db
        holder: dict[str, Any] = {}

        def remove() -> None:
            holder["values"] = actions.delete_action(db, row.id)

        try:
            self.saver.run(remove)
        except UserError:
            return
        self.saver.push(
            self.tr("Actie verwijderen"),
            lambda: actions.restore_action(db, holder["values"]),
            remove,
        )
        self.saver.say(self.tr("De actie is verwijderd. Ctrl+Z zet haar terug."))
