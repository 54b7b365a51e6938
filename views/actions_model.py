"""The actielijst as a Qt table model, and the proxy that filters it by owner and state.

Edits go to a callback that stores them (through the tab's undo stack). An overdue action
stands out in colour and in words ("te laat"), so it reads in greyscale too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.actions import ActionRow
from models.codes import OWNER_LABELS
from models.values import format_date
from views.i18n import QT_TRANSLATE_NOOP
from views.table_columns import Column, Index, ObjectRole, SortRole, label, refilter
from views.theme import error_ink, muted_ink

__all__ = ["COL", "COLUMNS", "ActionFilterProxy", "ActionTableModel", "ObjectRole"]

COLUMNS: tuple[Column, ...] = (
    Column("done", QT_TRANSLATE_NOOP("ActionTableModel", "Klaar"), "flag"),
    Column("title", QT_TRANSLATE_NOOP("ActionTableModel", "Wat"), "text"),
    Column("owner", QT_TRANSLATE_NOOP("ActionTableModel", "Wie"), "code", codes=OWNER_LABELS),
    Column("due_on", QT_TRANSLATE_NOOP("ActionTableModel", "Vóór"), "date"),
    Column("done_on", QT_TRANSLATE_NOOP("ActionTableModel", "Gedaan op"), "date"),
    Column("phase_title", QT_TRANSLATE_NOOP("ActionTableModel", "Fase"), "derived", editable=False),
    Column("debt_name", QT_TRANSLATE_NOOP("ActionTableModel", "Schuld"), "derived", editable=False),
    Column("note", QT_TRANSLATE_NOOP("ActionTableModel", "Notitie (intern)"), "text"),
)
COL = {column.field: number for number, column in enumerate(COLUMNS)}

#: (action, field, value as typed) -> None when stored, else the Dutch reason it was refused.
Editor = Callable[[ActionRow, str, object], str | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionTableModel", text)


class ActionTableModel(QAbstractTableModel):
    """A client's actions, one a row; edits go to ``editor`` and are never stored here."""

    def __init__(self, parent: QObject | None = None, editor: Editor | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionRow] = []
        self.editor = editor

    def set_rows(self, rows: Sequence[ActionRow]) -> None:
        """Show these rows; the same actions changed only update their cells."""
        new = list(rows)
        if [r.id for r in new] == [r.id for r in self._rows]:
            self._rows = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[ActionRow]:
        return list(self._rows)

    def row_of(self, action_id: object) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == action_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _tr(COLUMNS[section].header)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = COLUMNS[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.kind == "flag":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.editable and self.editor is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ObjectRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(row, column.field, None)
            if column.kind == "date":
                return format_date(value) if value else ""
            return value or ""
        if role == SortRole:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "flag":
            return Qt.CheckState.Checked if row.done_on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            # Chosen at paint time: a switch to dark mode is followed at once.
            if row.overdue and column.field in ("title", "due_on"):
                return QBrush(QColor(error_ink()))
            if row.done_on is not None:
                return QBrush(QColor(muted_ink()))
        if role == Qt.ItemDataRole.FontRole and row.overdue and column.field == "due_on":
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and column.field == "note" and row.note:
            return row.note
        if role == Qt.ItemDataRole.AccessibleTextRole and column.kind == "flag":
            return _tr("gedaan") if row.done_on else _tr("nog te doen")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.editor is None:
            return False
        column = COLUMNS[index.column()]
        row = self._rows[index.row()]
        if column.kind == "flag" and role == Qt.ItemDataRole.CheckStateRole:
            return self.editor(row, "done", Qt.CheckState(value) == Qt.CheckState.Checked) is None
        if role != Qt.ItemDataRole.EditRole or not column.editable:
            return False
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False  # nothing changed: no undo step, no audit event
        return self.editor(row, column.field, value) is None

    def _display(self, row: ActionRow, column: Column) -> str:
        if column.kind == "flag":
            return ""
        value = getattr(row, column.field)
        if value is None:
            return ""
        if column.field == "due_on" and row.overdue:
            return _tr("{day} (te laat)").format(day=format_date(value))
        if column.kind == "date":
            return format_date(value)
        if column.kind == "code":
            return label(column.codes or {}, value)
        return str(value)

    def _sort_key(self, row: ActionRow, column: Column) -> Any:
        if column.kind == "flag":
            return int(row.done_on is not None)
        value = getattr(row, column.field)
        if column.kind == "date":
            return value.toordinal() if value else 10**7
        return self._display(row, column).casefold()


class ActionFilterProxy(QSortFilterProxyModel):
    """Filters on owner and state (open, overdue, done); sorts by value."""

    STATES = ("open", "overdue", "done", "all")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owner: str | None = None
        self.state = "open"
        self.setSortRole(SortRole)

    def set_owner(self, owner: str | None) -> None:
        """Only this owner's actions (None: everyone's)."""
        refilter(self, lambda: setattr(self, "owner", owner))

    def set_state(self, state: str) -> None:
        """Only open, overdue or done actions, or all of them."""
        if state not in self.STATES:
            raise ValueError(f"unknown state: {state}")
        refilter(self, lambda: setattr(self, "state", state))

    def accepts(self, row: ActionRow) -> bool:
        if self.owner is not None and row.owner != self.owner:
            return False
        if self.state == "open":
            return row.done_on is None
        if self.state == "overdue":
            return row.overdue
        if self.state == "done":
            return row.done_on is not None
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        row = self.sourceModel().index(source_row, 0, source_parent).data(ObjectRole)
        return isinstance(row, ActionRow) and self.accepts(row)
