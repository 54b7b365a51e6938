"""The caseworker's week: a table of what falls due across all clients, overdue first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.values import format_date
from models.week import WeekItem
from views.headed_model import HeadedTableModel
from views.theme import error_ink

COL_DATE, COL_CLIENT, COL_WHAT, COL_WHEN = range(4)
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class WeekModel(HeadedTableModel):
    """The week's items, one a row, in the order given (overdue ones first).

    "Only overdue" is a filter inside the model, not a proxy: the overdue items are the first
    rows, so the filter shows a prefix of the list, where a proxy would ask Python about each
    of some 25,000 rows.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[WeekItem] = []
        self._overdue = 0
        self._overdue_only = False
        self.today = date.today()
        self._headers = (
            self.tr("Datum"),
            self.tr("Klant"),
            self.tr("Wat"),
            self.tr("Over/te laat"),
        )
        self._weekdays = (
            self.tr("ma"),
            self.tr("di"),
            self.tr("wo"),
            self.tr("do"),
            self.tr("vr"),
            self.tr("za"),
            self.tr("zo"),
        )
        self._icon: QIcon | None = None

    # --- data in -------------------------------------------------------------------------
    def set_items(self, items: Sequence[WeekItem], today: date) -> None:
        """Show these items; the overdue ones go first, each group in the order given."""
        self.beginResetModel()
        late = [item for item in items if item.overdue]
        self._items = late + [item for item in items if not item.overdue]
        self._overdue = len(late)
        self.today = today
        self.endResetModel()

    def set_overdue_only(self, only: bool) -> None:
        """Show only the overdue items, or all of them again."""
        if only == self._overdue_only:
            return
        first, last = self._overdue, len(self._items) - 1
        if first > last:  # nothing that is not overdue: no rows come or go
            self._overdue_only = only
            return
        if only:
            self.beginRemoveRows(QModelIndex(), first, last)
            self._overdue_only = True
            self.endRemoveRows()
        else:
            self.beginInsertRows(QModelIndex(), first, last)
            self._overdue_only = False
            self.endInsertRows()

    # --- reading ---------------------------------------------------------------------------
    def item_at(self, row: int) -> WeekItem | None:
        """The item on a row, or None outside the rows shown."""
        return self._items[row] if 0 <= row < self.rowCount() else None

    def counts(self) -> tuple[int, int]:
        """How many items are overdue, and how many fall due from today on."""
        return self._overdue, len(self._items) - self._overdue

    def when_text(self, days: int) -> str:
        """'3 dagen te laat', '1 dag te laat', 'vandaag', 'morgen', 'over 2 dagen'."""
        if days < -1:
            return self.tr("{n} dagen te laat").format(n=-days)
        if days == -1:
            return self.tr("1 dag te laat")
        if days == 0:
            return self.tr("vandaag")
        if days == 1:
            return self.tr("morgen")
        return self.tr("over {n} dagen").format(n=days)

    def _late_icon(self) -> QIcon:
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon

    # --- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return self._overdue if self._overdue_only else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(item, column) + (self.tr(", te laat") if item.overdue else "")
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            # the theme's red (>= 4.5:1, light or dark); the word and icon say it without colour
            return QBrush(QColor(error_ink()))
        if role == Qt.ItemDataRole.FontRole and (item.overdue or item.days == 0):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and item.overdue and column == COL_WHEN:
            return self._late_icon()
        if role == OBJECT_ROLE:
            return item
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        return None

    @staticmethod
    def _sort_key(item: WeekItem, column: int) -> int | str:
        if column == COL_DATE:
            return item.due_on.toordinal()
        if column == COL_CLIENT:
            return item.client_name
        if column == COL_WHAT:
            return item.label
        return item.days

    def _text(self, item: WeekItem, column: int) -> str:
        if column == COL_DATE:
            return f"{self._weekdays[item.due_on.weekday()]} {format_date(item.due_on)}"
        if column == COL_CLIENT:
            return item.client_name
        if column == COL_WHAT:
            return item.label
        return self.when_text(item.days)

    def _tooltip(self, item: WeekItem) -> str:
        state = self.tr("Te laat") if item.overdue else self.tr("Nog te doen")
        return f"{state}: {item.label} ({item.client_name}, {format_date(item.due_on)})"


class _WeekTable(QTableView):
    """The table, where Enter and Return open the current row's dossier."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class WeekView(QWidget):
    """What falls due across all clients this week, overdue first; opening a row asks for the
    client's dossier at the right place (``open_requested(client_id, place)``)."""

    open_requested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week")
        self.setAccessibleName(self.tr("Mijn week"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("week_summary")
        self.summary.setAccessibleName(self.tr("Samenvatting van de week"))
        top.addWidget(self.summary, 1)
        self.overdue_only = QCheckBox(self.tr("Alleen &te laat"))
        self.overdue_only.setObjectName("week_overdue_only")
        self.overdue_only.setAccessibleName(self.tr("Alleen te laat"))
        self.overdue_only.setToolTip(self.tr("Laat alleen zien wat over de datum is (Alt+T)"))
        top.addWidget(self.overdue_only)
        layout.addLayout(top)

        self.model = WeekModel(self)
        self.table = _WeekTable()
        self.table.setObjectName("week_table")
        self.table.setAccessibleName(self.tr("Termijnen en acties, te laat eerst"))
        self.table.setAccessibleDescription(
            self.tr("Enter of dubbelklik opent het dossier op de juiste plek.")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # Widths from sample texts: fitting the contents would measure every one of the rows.
        metrics = self.table.fontMetrics()
        for column, sample in (
            (COL_DATE, "wo 30-12-2026"),
            (COL_CLIENT, "Mohammed el Amrani-Bakker"),
            (COL_WHEN, "888 dagen te laat"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 48)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setObjectName("week_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty, 1)
        self.setFocusProxy(self.table)

        self.overdue_only.toggled.connect(self._filter_changed)
        self.table.enter_pressed.connect(self.open_current)
        self.table.doubleClicked.connect(self._double_clicked)
        self.set_items([], date.today())

    def set_items(self, items: Sequence[WeekItem], today: date) -> None:
        """Show the week's items as ``models.week.week_items`` orders them."""
        self.model.set_items(items, today)
        self.model.set_overdue_only(self.overdue_only.isChecked())
        late, coming = self.model.counts()
        self.summary.setText(
            self.tr("{late} te laat · {coming} deze week").format(late=late, coming=coming)
        )
        self._show_rows()

    def current_item(self) -> WeekItem | None:
        """The item of the selected row, if any."""
        return self.model.item_at(self.table.currentIndex().row())

    def open_current(self) -> None:
        """Ask for the selected row's dossier, at the tab and record it is about."""
        item = self.current_item()
        if item is not None:
            self.open_requested.emit(item.client_id, item.place)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.open_current()

    def _filter_changed(self, only: bool) -> None:
        self.model.set_overdue_only(only)
        self._show_rows()

    def _show_rows(self) -> None:
        shown = self.model.rowCount() > 0
        self.empty.setText(
            self.tr("Niets te laat.")
            if self.overdue_only.isChecked()
            else self.tr("Niets te laat en niets te doen deze week.")
        )
        self.table.setVisible(shown)
        self.empty.setVisible(not shown)
        if shown and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, COL_DATE))


class WeekWindow(QDialog):
    """Mijn week in a window of its own beside the dossier: a row opens the dossier there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mijn week"))
        self.setModal(False)
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.view = WeekView(self)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
