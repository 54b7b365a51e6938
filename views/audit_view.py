"""The audit trail on screen: a dossier's history, and an overall window with filters."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.audit_view import ACTION_LABELS, AuditRow, audit_events, known_people
from views.headed_model import HeadedTableModel

if TYPE_CHECKING:
    from app.db import Database

__all__ = [
    "COL_ACTION",
    "COL_AT",
    "COL_CLIENT",
    "COL_FIELDS",
    "COL_RECORD",
    "COL_WHO",
    "LIMIT",
    "OBJECT_ROLE",
    "SORT_ROLE",
    "AuditHistory",
    "AuditTableModel",
    "AuditWindow",
]

COL_AT, COL_WHO, COL_ACTION, COL_RECORD, COL_FIELDS, COL_CLIENT = range(6)
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

#: At most this many events are shown at once; a filter narrows them.
LIMIT = 1000

AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditView", text)


def _moment(row: AuditRow) -> str:
    return row.at.strftime("%d-%m-%Y %H:%M")


class AuditTableModel(HeadedTableModel):
    """Audit events: when, who, what, which record, which fields, whose dossier."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._headers = [
            _tr("Moment"),
            _tr("Wie"),
            _tr("Actie"),
            _tr("Soort"),
            _tr("Velden"),
            _tr("Dossier"),
        ]

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, number: int) -> AuditRow:
        return self._rows[number]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return row
        if role == SORT_ROLE:
            return row.at.timestamp() if column == COL_AT else self._text(row, column).casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_WHO:
                return _tr("Ingelogd als {user}").format(user=row.os_user)
            if column == COL_FIELDS and row.fields_label:
                return row.fields_label
        return None

    @staticmethod
    def _text(row: AuditRow, column: int) -> str:
        if column == COL_AT:
            return _moment(row)
        if column == COL_WHO:
            return row.who
        if column == COL_ACTION:
            return row.action_label
        if column == COL_RECORD:
            return row.record_label
        if column == COL_FIELDS:
            return row.fields_label
        if column == COL_CLIENT:
            if row.client_id is None:
                return ""
            return row.client_name or _tr("(vernietigd of verwijderd)")
        return ""


def _table(model: AuditTableModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(COL_AT, Qt.SortOrder.DescendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_FIELDS, QHeaderView.ResizeMode.Stretch)
    view.setAccessibleName(_tr("Geschiedenis"))
    return view, proxy


class AuditHistory(QWidget):
    """One dossier's history, newest first: for a "Geschiedenis" page of the dossier."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id: uuid.UUID | None = None
        self.model = AuditTableModel(self)
        self.view, self.proxy = _table(self.model, self)
        self.view.setColumnHidden(COL_CLIENT, True)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view)

    def set_client(self, client_id: uuid.UUID | None) -> None:
        """Show this client's history (none for None)."""
        self._client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        if self._client_id is None:
            rows: list[AuditRow] = []
        else:
            rows = audit_events(self._db, client_id=self._client_id, limit=LIMIT)
        self.model.set_rows(rows)
        self.summary.setText(_summary(len(rows)))


def _summary(count: int) -> str:
    if count >= LIMIT:
        return _tr("De nieuwste {n} gebeurtenissen; kies een filter om verder te zoeken.").format(
            n=LIMIT
        )
    if count == 1:
        return _tr("1 gebeurtenis")
    return _tr("{n} gebeurtenissen").format(n=count)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditWindow(QDialog):
    """The whole trail with filters on action, person and period."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Logboek: wie deed wat"))
        self.resize(900, 560)

        self.action = QComboBox(self)
        self.action.setAccessibleName(self.tr("Actie"))
        self.action.addItem(self.tr("Alle acties"), None)
        for code, label in ACTION_LABELS.items():
            self.action.addItem(label, code)
        self.who = QComboBox(self)
        self.who.setAccessibleName(self.tr("Wie"))
        self.use_since = QCheckBox(self.tr("Vanaf"), self)
        self.since = self._date_edit(today.replace(day=1), self.tr("Vanaf datum"))
        self.use_until = QCheckBox(self.tr("tot en met"), self)
        self.until = self._date_edit(today, self.tr("Tot en met datum"))
        self.refresh_button = QPushButton(self.tr("Vernieuwen"), self)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Actie"), self))
        filters.addWidget(self.action)
        filters.addWidget(QLabel(self.tr("Wie"), self))
        filters.addWidget(self.who)
        filters.addWidget(self.use_since)
        filters.addWidget(self.since)
        filters.addWidget(self.use_until)
        filters.addWidget(self.until)
        filters.addStretch(1)
        filters.addWidget(self.refresh_button)

        self.model = AuditTableModel(self)
        self.view, self.proxy = _table(self.model, self)
        self.summary = QLabel(self)
        note = QLabel(
            self.tr(
                "Het logboek noemt alleen welke gegevens zijn vastgelegd of veranderd, nooit de "
                "inhoud. Het kan niet worden gewijzigd."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self.action.currentIndexChanged.connect(self.refresh)
        self.who.currentIndexChanged.connect(self.refresh)
        for box in (self.use_since, self.use_until):
            box.toggled.connect(self._period_toggled)
        self.since.dateChanged.connect(self.refresh)
        self.until.dateChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.reload)
        self._period_toggled()
        self.reload()

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(_qdate(value), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setAccessibleName(name)
        return edit

    def _period_toggled(self) -> None:
        self.since.setEnabled(self.use_since.isChecked())
        self.until.setEnabled(self.use_until.isChecked())
        self.refresh()

    def reload(self) -> None:
        """Read the people named in the trail again, then the events."""
        chosen = self.who.currentData()
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("Iedereen"), None)
        for person in known_people(self._db):
            self.who.addItem(person, person)
        found = self.who.findData(chosen) if chosen is not None else 0
        self.who.setCurrentIndex(max(found, 0))
        self.who.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Show the events the filters let through, newest first."""
        if not hasattr(self, "model"):  # a signal while the window is still being built
            return
        rows = audit_events(
            self._db,
            action=self.action.currentData(),
            actor=self.who.currentData(),
            since=_pydate(self.since.date()) if self.use_since.isChecked() else None,
            until=_pydate(self.until.date()) if self.use_until.isChecked() else None,
            limit=LIMIT,
        )
        self.model.set_rows(rows)
        self.summary.setText(_summary(len(rows)))
