"""The Schulden tab: the creditor list to edit in place, its totals, and income and expenses.

Every change is saved at once through ``app.debts`` and pushed on the tab's undo stack; a
refused value is said above the table in Dutch and nothing is stored.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import debts
from app.db import Database
from models.codes import CREDITOR_KIND_LABELS, DEBT_STATUS_LABELS, DEBTOR_LABELS
from models.debts import debt_totals
from views.budget_panel import BudgetPanel
from views.button_flow import ButtonFlow
from views.code_delegate import CodeDelegate
from views.debts_changes import DebtChanges
from views.debts_model import (
    COL,
    COL_CREDITOR,
    COLUMNS,
    DebtFilterProxy,
    DebtTableModel,
    ObjectRole,
    label,
)
from views.debts_totals import totals_html
from views.keys import local_shortcut
from views.preferences import settings_at
from views.table_columns import remember_columns, save_columns
from views.undo import Saver

Index = QModelIndex | QPersistentModelIndex
COLUMNS_KEY = "columns/debts"


class DebtsTab(DebtChanges, QWidget):
    """A client's debts with filters and totals, and the household's monthly budget."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._columns_remembered = self._columns_restored = False
        self.client_id: uuid.UUID | None = None
        self._today = date.today()
        self.undo_stack = QUndoStack(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget()
        outer.addWidget(self.pages)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pages.addTab(page, self.tr("Schuldeisers"))
        self.budget = BudgetPanel()
        self.budget.changed.connect(self.changed)
        self.pages.addTab(self.budget, self.tr("Inkomsten en uitgaven"))

        layout.addLayout(self._buttons())
        layout.addLayout(self._filters())
        self.message = QLabel()
        self.message.setObjectName("debts_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.model = DebtTableModel(self, editor=self._edit_cell)
        self.proxy = DebtFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("debts")
        self.table.setAccessibleName(self.tr("Schulden"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(CodeDelegate(COLUMNS, self.table))
        # The list comes sorted by creditor; the proxy sorts only once the person clicks a
        # header (sorting 300 rows through Python comparisons costs more than a frame).
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
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        for number, column in enumerate(COLUMNS):
            self.table.setColumnHidden(number, not column.shown)
        self.table.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("debts_totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.proxy.rowsInserted.connect(self._show_totals)
        self.proxy.rowsRemoved.connect(self._show_totals)
        self.proxy.layoutChanged.connect(self._show_totals)  # rows, filters: refresh() says
        self.saver = Saver(self.undo_stack, self.message, self.refresh, self.changed.emit)
        self._shortcuts()
        self._update_buttons()

    # --- building ------------------------------------------------------------------------
    def _buttons(self) -> ButtonFlow:
        """Changing the list on the left, Excel at the right; the row wraps rather than
        widening the window (150 % scaling, a longer translation)."""
        row = ButtonFlow()
        self.new_button = QPushButton(self.tr("Nieuwe schuld…"))
        self.new_button.setToolTip(self.tr("Nieuwe schuld (Ctrl+Shift+N of Insert)"))
        self.new_button.clicked.connect(self.new_debt)
        self.edit_button = QPushButton(self.tr("Wijzigen…"))
        self.edit_button.clicked.connect(self.edit_debt)
        self.measures_button = QPushButton(self.tr("Maatregelen…"))
        self.measures_button.clicked.connect(self.edit_measures)
        self.creditor_button = QPushButton(self.tr("Schuldeiser…"))
        self.creditor_button.setToolTip(
            self.tr("Gegevens van de schuldeiser: adres, IBAN, telefoon, preferent")
        )
        self.creditor_button.clicked.connect(self.edit_creditor)
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.setToolTip(self.tr("De gekozen schuld verwijderen (Delete)"))
        self.delete_button.clicked.connect(self.delete_debt)
        self.undo_button = QPushButton(self.tr("↶"))
        self.undo_button.setToolTip(self.tr("Ongedaan maken (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Ongedaan maken"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("↷"))
        self.redo_button.setToolTip(self.tr("Opnieuw (Ctrl+Y)"))
        self.redo_button.setAccessibleName(self.tr("Opnieuw"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.import_button = QPushButton(self.tr("Inlezen…"))
        self.import_button.clicked.connect(self.import_sheet)
        self.export_button = QPushButton(self.tr("Naar Excel…"))
        self.export_button.clicked.connect(self.export_sheet)
        for button in (
            self.new_button,
            self.edit_button,
            self.measures_button,
            self.creditor_button,
            self.delete_button,
            self.undo_button,
            self.redo_button,
        ):
            row.add_leading(button)
        row.add_trailing(self.import_button)
        row.add_trailing(self.export_button)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        return row

    def _filters(self) -> ButtonFlow:
        """The filters in one line while it fits; they wrap rather than widen the window."""
        row = ButtonFlow()
        self.status_filter = self._filter_box(self.tr("Alle statussen"), DEBT_STATUS_LABELS)
        self.kind_filter = self._filter_box(self.tr("Alle schuldeisers"), CREDITOR_KIND_LABELS)
        self.debtor_filter = self._filter_box(self.tr("Alle schuldenaars"), DEBTOR_LABELS)
        self.stale_filter = QCheckBox(self.tr("Verouderd saldo"))
        self.stale_filter.setToolTip(
            self.tr("Alleen schulden met een saldo-opgave ouder dan 6 maanden")
        )
        self.measures_filter = QCheckBox(self.tr("Met maatregel"))
        self.measures_filter.setToolTip(
            self.tr("Alleen schulden met beslag, dwangbevel, ontruiming of een andere maatregel")
        )
        for widget, name in (
            (self.status_filter, "status"),
            (self.kind_filter, "kind"),
            (self.debtor_filter, "debtor"),
        ):
            assert isinstance(widget, QComboBox)
            widget.currentIndexChanged.connect(
                lambda _i, w=widget, n=name: self.proxy.set_filter(**{n: w.currentData()})
            )
            row.add_leading(widget)
        self.stale_filter.toggled.connect(lambda on: self.proxy.set_filter(stale_only=on))
        self.measures_filter.toggled.connect(lambda on: self.proxy.set_filter(measures_only=on))
        row.add_leading(self.stale_filter)
        row.add_leading(self.measures_filter)
        return row

    def _filter_box(self, everything: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setAccessibleName(everything)
        combo.addItem(everything, None)
        for code in labels:
            combo.addItem(label(labels, code), str(code))
        return combo

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence("Ctrl+Shift+N"), self.new_debt),
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence("Ctrl+Y"), self.undo_stack.redo),
        ):
            local_shortcut(keys, self, slot, context)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.new_debt),
            (QKeySequence.StandardKey.Delete, self.delete_debt),
            (QKeySequence("Ctrl+Return"), self.edit_debt),
        ):
            local_shortcut(keys, self.table, slot, Qt.ShortcutContext.WidgetShortcut)

    def _choose_columns(self, at: QPoint) -> None:
        menu = QMenu(self)
        for number, column in enumerate(COLUMNS):
            action = QAction(QCoreApplication.translate("DebtTableModel", column.header), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(number))
            action.setEnabled(number != COL_CREDITOR)
            action.toggled.connect(lambda on, n=number: self.show_column(n, on))
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(at))

    def show_column(self, number: int, shown: bool) -> None:
        """Show or hide a column (the header's menu); kept for the next time."""
        self.table.setColumnHidden(number, not shown)
        if self._db is not None:
            save_columns(self.table, settings_at(self._db.paths), COLUMNS_KEY)

    # --- data in -------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db
        self.budget.set_database(db)
        if not self._columns_remembered:  # widths, order, hidden columns: as she left them
            self._columns_remembered = True
            self._columns_restored = remember_columns(
                self.table, settings_at(db.paths), COLUMNS_KEY
            )

    def show_client(self, client_id: uuid.UUID, today: date) -> None:
        """Show this client's debts; another client's undo history is dropped."""
        if client_id != self.client_id:
            self.undo_stack.clear()
            self.message.clear()
        self.client_id, self._today = client_id, today
        self.refresh()
        self.budget.show_client(client_id)
        self._update_buttons()

    def refresh(self) -> None:
        if self._db is None or self.client_id is None:
            return
        listed = debts.list_debts(self._db, self.client_id, today=self._today)
        fresh = not self.model.rows()
        self.model.set_rows(listed.rows)
        self._crisis_on = listed.crisis_on
        if fresh and listed.rows and not self._columns_restored:
            self._fit_columns()
        self._show_totals()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, but none so wide that "Let op" falls off."""
        self.table.resizeColumnsToContents()
        for number in range(len(COLUMNS)):
            widest = 220 if number == COL["attention"] else 150
            if self.table.columnWidth(number) > widest:
                self.table.setColumnWidth(number, widest)

    def _show_totals(self, *_args: object) -> None:
        shown = self.proxy.shown_rows()
        every = self.model.rows()
        totals = debt_totals((r.status, r.category, r.preferential, r.total) for r in shown)
        self.totals.setText(totals_html(totals, shown=len(shown), of=len(every)))
        self._update_buttons()

    def current_debt(self) -> debts.DebtRow | None:
        index = self.table.currentIndex()
        row = index.siblingAtColumn(0).data(ObjectRole) if index.isValid() else None
        return row if isinstance(row, debts.DebtRow) else None

    def _update_buttons(self) -> None:
        chosen = self.current_debt() is not None
        ready = self._db is not None and self.client_id is not None
        self.new_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        self.export_button.setEnabled(ready and bool(self.model.rows()))
        for button in (
            self.edit_button,
            self.measures_button,
            self.creditor_button,
            self.delete_button,
        ):
            button.setEnabled(ready and chosen)

    # --- changing ------------------------------------------------------------------------

    def select_debt(self, debt_id: uuid.UUID) -> None:
        source = self.model.row_of(debt_id)
        if source < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source, COL_CREDITOR))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _double_clicked(self, index: QModelIndex) -> None:
        if not COLUMNS[index.column()].editable:
            self.edit_debt()
