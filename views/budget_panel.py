"""Income and expenses per month for client and partner, and what is left each month."""

from __future__ import annotations

import re
import sys
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import budget
from app.db import Database
from app.errors import UserError
from models.budget import (
    EXPENSE_KIND_LABELS,
    EXPENSE_KINDS,
    INCOME_KIND_LABELS,
    INCOME_KINDS,
    PERSON_LABELS,
    kind_code,
    kind_label,
)
from models.values import format_money
from views.i18n import QT_TRANSLATE_NOOP, code_words, message_text, message_texts
from views.side_by_side import SideBySide
from views.theme import error_ink, follow_theme, set_ink
from views.undo import SavedChange

_ID = Qt.ItemDataRole.UserRole + 1
_HEADERS = (
    QT_TRANSLATE_NOOP("BudgetPanel", "Van wie"),
    QT_TRANSLATE_NOOP("BudgetPanel", "Soort"),
    QT_TRANSLATE_NOOP("BudgetPanel", "Bron of omschrijving"),
    QT_TRANSLATE_NOOP("BudgetPanel", "Per maand"),
)
_FIELDS = ("person", "kind", "source", "amount_per_month")


def _kind_code(side: str, text: str) -> str:
    """The code of chosen or typed words, also when they are a translated label."""
    labels = INCOME_KIND_LABELS if side == "income" else EXPENSE_KIND_LABELS
    for code, words in labels.items():
        if text == code_words(words):
            return code
    return kind_code(side, text)


#: A colour in the balance line's rich text, replaced by the theme's red when shown.
_COLOUR = re.compile(r"color:\s*#[0-9A-Fa-f]{3,8}")


class BudgetPanel(QWidget):
    """Two lists (inkomsten, uitgaven) edited in place, a line to add, and the balance."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.client_id: uuid.UUID | None = None
        self._filling = False
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("budget_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        # Income and expenses next to each other, under each other when the window is narrow
        # (150 % scaling, a longer translation): the lists never make the window wider.
        lists = SideBySide()
        self.tables: dict[str, QTableWidget] = {}
        self.adders: dict[str, dict[str, QWidget]] = {}
        sides: tuple[tuple[budget.Side, str, tuple[str, ...]], ...] = (
            ("income", self.tr("Inkomsten per maand"), INCOME_KINDS),
            ("expense", self.tr("Uitgaven per maand"), EXPENSE_KINDS),
        )
        for side, title, kinds in sides:
            block = QWidget()
            block.setObjectName(f"budget_{side}_block")
            column = QVBoxLayout(block)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(f"<b>{title}</b>")
            heading.setWordWrap(True)
            column.addWidget(heading)
            table = QTableWidget(0, len(_HEADERS))
            table.setObjectName(f"budget_{side}")
            table.setAccessibleName(title)
            table.setHorizontalHeaderLabels([self.tr(h) for h in _HEADERS])
            table.verticalHeader().hide()
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            table.itemChanged.connect(lambda item, s=side: self._cell_changed(s, item))
            self.tables[side] = table
            column.addWidget(table, 1)
            column.addLayout(self._adder(side, kinds))
            lists.addWidget(block)
        layout.addLayout(lists, 1)
        self.balance = QLabel()
        self.balance.setObjectName("budget_balance")
        self.balance.setWordWrap(True)
        self._balance_html = ""
        follow_theme(self.balance, self._show_balance)
        layout.addWidget(self.balance)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Ongedaan maken"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _adder(self, side: budget.Side, kinds: tuple[str, ...]) -> QGridLayout:
        grid = QGridLayout()
        person = QComboBox()
        for code, words in PERSON_LABELS.items():
            person.addItem(code_words(words), code)
        kind = QComboBox()
        kind.setEditable(True)
        kind.addItems([code_words(k) for k in kinds])
        kind.setCurrentIndex(-1)
        kind.lineEdit().setPlaceholderText(self.tr("Soort, bijvoorbeeld Loon"))  # type: ignore[union-attr]
        source = QLineEdit()
        source.setPlaceholderText(self.tr("Bron, bijvoorbeeld de werkgever"))
        amount = QLineEdit()
        amount.setPlaceholderText(self.tr("Bedrag per maand"))
        add = QPushButton(self.tr("Toevoegen"))
        remove = QPushButton(self.tr("Verwijderen"))
        add.clicked.connect(lambda: self.add(side))
        amount.returnPressed.connect(lambda: self.add(side))
        remove.clicked.connect(lambda: self.remove(side))
        for words, widget in (
            (self.tr("Van wie"), person),
            (self.tr("Soort"), kind),
            (self.tr("Bron"), source),
            (self.tr("Bedrag per maand"), amount),
        ):
            widget.setAccessibleName(words)
        grid.addWidget(person, 0, 0)
        grid.addWidget(kind, 0, 1)
        grid.addWidget(add, 0, 2)
        grid.addWidget(source, 1, 0, 1, 1)
        grid.addWidget(amount, 1, 1)
        grid.addWidget(remove, 1, 2)
        grid.setColumnStretch(1, 1)
        self.adders[side] = {"person": person, "kind": kind, "source": source, "amount": amount}
        return grid

    # --- data in -------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db

    def show_client(self, client_id: uuid.UUID) -> None:
        if client_id != self.client_id:
            self.undo_stack.clear()
            self.message.clear()
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        if self._db is None or self.client_id is None:
            return
        listed = budget.list_budget(self._db, self.client_id)
        self._filling = True
        try:
            for side, rows in (("income", listed.income), ("expense", listed.expenses)):
                table = self.tables[side]
                table.setRowCount(len(rows))
                for number, row in enumerate(rows):
                    texts = (
                        code_words(PERSON_LABELS.get(row.person, row.person)),
                        code_words(kind_label(side, row.kind)),
                        row.source or "",
                        format_money(row.amount_per_month),
                    )
                    for column, text in enumerate(texts):
                        item = QTableWidgetItem(text)
                        item.setData(_ID, row.id)
                        if column == 0:
                            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                            item.setToolTip(
                                self.tr("Kies de persoon opnieuw via Verwijderen en Toevoegen.")
                            )
                        if column == 3:
                            item.setTextAlignment(
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                            )
                        table.setItem(number, column, item)
        finally:
            self._filling = False
        totals = listed.totals
        left = (
            self.tr("<b>{amount} per maand over</b>")
            if totals.balance >= 0
            else self.tr("<b style='color:#b3261e'>{amount} per maand tekort</b>")
        ).format(amount=format_money(abs(totals.balance)))
        self._balance_html = self.tr("Inkomsten {income} − uitgaven {expenses} = {left}").format(
            income=format_money(totals.income),
            expenses=format_money(totals.expenses),
            left=left,
        )
        self._show_balance()

    def _show_balance(self) -> None:
        """The balance line; a shortage in the red of the theme, whatever red the translation
        wrote (the colour in the translatable text was made for a white window)."""
        self.balance.setText(_COLOUR.sub(f"color:{error_ink()}", self._balance_html))

    # --- changing ------------------------------------------------------------------------
    def _run(self, change: Callable[[], Any]) -> Any:
        try:
            result = change()
        except budget.BudgetErrors as exc:
            self._say(" ".join(message_texts(exc.errors).values()))
            self.refresh()
            raise
        except UserError as exc:
            self._say(message_text(exc))
            self.refresh()
            raise
        self.message.clear()
        self.refresh()
        self.changed.emit()
        return result

    def _quietly(self, change: Callable[[], Any]) -> None:
        try:
            self._run(change)
        except UserError:
            pass
        except Exception:  # a bug: the application's handler logs and shows it
            sys.excepthook(*sys.exc_info())

    def _say(self, text: str) -> None:
        set_ink(self.message, "error", bold=True)
        self.message.setText(self.tr("Niet opgeslagen: {reason}").format(reason=text))

    def add(self, side: budget.Side) -> None:
        if self._db is None or self.client_id is None:
            return
        widgets = self.adders[side]
        person, kind = widgets["person"], widgets["kind"]
        source, amount = widgets["source"], widgets["amount"]
        assert isinstance(person, QComboBox)
        assert isinstance(kind, QComboBox)
        assert isinstance(source, QLineEdit)
        assert isinstance(amount, QLineEdit)
        raw = {
            "person": person.currentData(),
            "kind": _kind_code(side, kind.currentText()),
            "source": source.text(),
            "amount_per_month": amount.text(),
        }
        db, client, which = self._db, self.client_id, side
        try:
            item = self._run(lambda: budget.add_item(db, client, which, raw))
        except UserError:
            return
        holder: dict[str, Any] = {}

        def undo() -> None:
            holder["values"] = budget.delete_item(db, which, item)

        self.undo_stack.push(
            SavedChange(
                self.tr("Regel toevoegen"),
                lambda: self._quietly(undo),
                lambda: self._quietly(lambda: budget.restore_item(db, which, holder["values"])),
            )
        )
        kind.setCurrentIndex(-1)
        kind.clearEditText()
        source.clear()
        amount.clear()
        kind.setFocus()

    def remove(self, side: budget.Side) -> None:
        table = self.tables[side]
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        if item is None or self._db is None:
            return
        db, which, item_id = self._db, side, item.data(_ID)
        holder: dict[str, Any] = {}

        def remove() -> None:
            holder["values"] = budget.delete_item(db, which, item_id)

        try:
            self._run(remove)
        except UserError:
            return
        self.undo_stack.push(
            SavedChange(
                self.tr("Regel verwijderen"),
                lambda: self._quietly(lambda: budget.restore_item(db, which, holder["values"])),
                lambda: self._quietly(remove),
            )
        )

    def _cell_changed(self, side: budget.Side, item: QTableWidgetItem) -> None:
        if self._filling or self._db is None:
            return
        field = _FIELDS[item.column()]
        value = _kind_code(side, item.text()) if field == "kind" else item.text()
        db, which, item_id = self._db, side, item.data(_ID)
        try:
            old = self._run(lambda: budget.update_item(db, which, item_id, {field: value}))
        except UserError:
            return
        if old:
            new = {field: value}
            self.undo_stack.push(
                SavedChange(
                    self.tr("Regel wijzigen"),
                    lambda: self._quietly(lambda: budget.update_item(db, which, item_id, old)),
                    lambda: self._quietly(lambda: budget.update_item(db, which, item_id, new)),
                )
            )
