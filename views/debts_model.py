"""The schuldenlijst as a Qt table model, and the proxy that filters and sorts it.

The model shows ``app.debts.DebtRow`` values and hands every edit to a callback that stores
it (through the tab's undo stack); it never writes itself. What matters stands out: a measure
(red, bold), an essential debt, a stale balance (orange, with the reason in the tooltip).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.debts import DebtRow
from models.codes import (
    CATEGORY_LABELS,
    DEBT_STATUS_LABELS,
    DEBTOR_LABELS,
    ENFORCEMENT_LABELS,
)
from models.values import format_date, format_money
from views.i18n import QT_TRANSLATE_NOOP
from views.table_columns import Column, Index, ObjectRole, SortRole, label, refilter
from views.theme import error_ink, warning_ink

__all__ = ["COL", "COLUMNS", "DebtFilterProxy", "DebtTableModel", "ObjectRole", "label"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DebtTableModel", text)


COLUMNS: tuple[Column, ...] = (
    Column(
        "creditor_name",
        QT_TRANSLATE_NOOP("DebtTableModel", "Schuldeiser"),
        "derived",
        editable=False,
    ),
    Column(
        "collector_name",
        QT_TRANSLATE_NOOP("DebtTableModel", "Incasso door"),
        "derived",
        editable=False,
    ),
    Column(
        "debtor", QT_TRANSLATE_NOOP("DebtTableModel", "Schuldenaar"), "code", codes=DEBTOR_LABELS
    ),
    Column("reference", QT_TRANSLATE_NOOP("DebtTableModel", "Kenmerk"), "text"),
    Column(
        "customer_number", QT_TRANSLATE_NOOP("DebtTableModel", "Klantnummer"), "text", shown=False
    ),
    Column(
        "status", QT_TRANSLATE_NOOP("DebtTableModel", "Status"), "code", codes=DEBT_STATUS_LABELS
    ),
    Column(
        "category",
        QT_TRANSLATE_NOOP("DebtTableModel", "Soort"),
        "code",
        codes=CATEGORY_LABELS,
        optional=True,
    ),
    Column(
        "original_amount",
        QT_TRANSLATE_NOOP("DebtTableModel", "Oorspronkelijk"),
        "money",
        shown=False,
    ),
    Column("principal", QT_TRANSLATE_NOOP("DebtTableModel", "Hoofdsom"), "money", shown=False),
    Column("interest", QT_TRANSLATE_NOOP("DebtTableModel", "Rente"), "money", shown=False),
    Column("costs", QT_TRANSLATE_NOOP("DebtTableModel", "Kosten"), "money", shown=False),
    Column("total", QT_TRANSLATE_NOOP("DebtTableModel", "Totaal"), "money"),
    Column("origin_date", QT_TRANSLATE_NOOP("DebtTableModel", "Ontstaan"), "date", shown=False),
    Column("confirmed_on", QT_TRANSLATE_NOOP("DebtTableModel", "Saldo per"), "date"),
    Column("attention", QT_TRANSLATE_NOOP("DebtTableModel", "Let op"), "derived", editable=False),
    Column("preferential", QT_TRANSLATE_NOOP("DebtTableModel", "Preferent"), "flag"),
    Column("business", QT_TRANSLATE_NOOP("DebtTableModel", "Zakelijk"), "flag", shown=False),
    Column("essential", QT_TRANSLATE_NOOP("DebtTableModel", "Vaste last"), "flag"),
    Column("note", QT_TRANSLATE_NOOP("DebtTableModel", "Notitie"), "text", shown=False),
)
COL = {column.field: number for number, column in enumerate(COLUMNS)}
COL_CREDITOR = COL["creditor_name"]
COL_TOTAL = COL["total"]
COL_STATUS = COL["status"]
COL_ATTENTION = COL["attention"]

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
#: The roles the model answers; any other is None at once (decoration, background, ...).
_ROLES = frozenset(
    {
        _DISPLAY,
        _EDIT,
        _FOREGROUND,
        _FONT,
        _ALIGNMENT,
        _CHECK_STATE,
        _TOOLTIP,
        _ACCESSIBLE,
        int(ObjectRole),
        int(SortRole),
    }
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


#: (debt, field, value as typed) -> None when stored, else the Dutch reason it was refused.
Editor = Callable[[DebtRow, str, object], str | None]


def attention(row: DebtRow) -> list[str]:
    """What a caseworker must notice about a debt, most urgent first."""
    words = [
        label(ENFORCEMENT_LABELS, m.kind) + (_tr(" (crisis)") if m.crisis else "")
        for m in row.measures
        if m.until is None or m.until >= date.today()
    ]
    if row.stale:
        words.append(_tr("saldo ouder dan 6 maanden"))
    if row.confirmed_on is None:
        words.append(_tr("geen saldo-opgave"))
    if row.essential:
        words.append(_tr("vaste last"))
    return words


class DebtTableModel(QAbstractTableModel):
    """A client's debts, one a row; edits go to ``editor`` and are never stored here."""

    def __init__(self, parent: QObject | None = None, editor: Editor | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DebtRow] = []
        self.editor = editor
        # Cells are asked for again on every paint and sort; their text is made once per rows.
        self._texts: dict[tuple[int, int], str] = {}
        self._keys: dict[int, list[Any]] = {}

    # --- rows in ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[DebtRow]) -> None:
        """Show these rows; when the same debts come back changed, only their cells update,
        so the selection and the scroll position stay where the person left them."""
        new = list(rows)
        self._texts.clear()
        self._keys.clear()
        if [r.id for r in new] == [r.id for r in self._rows]:
            self._rows = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()

    def rows(self) -> list[DebtRow]:
        return list(self._rows)

    def row_of(self, debt_id: object) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == debt_id), -1)

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].kind == "money":
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
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
        return self._data(index.row(), index.column(), role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803
        """Every role a cell's painting asks for, in one call (the delegate asks this way):
        a call from Qt into Python costs more than the answer, so a paint makes one per cell,
        not seven."""
        self.fill(index.row(), index.column(), roleDataSpan)

    def fill(self, number: int, col: int, roleDataSpan: Any) -> None:  # noqa: N803
        """A cell's roles by row and column number (an invalid index has row -1).

        A paint of the table asks this for some 200 cells and 7 roles each; every call from
        Python into Qt (the index's row, a role, setting its data) costs about as much as
        working out the answer, so only those that cannot be left out are made here.
        """
        if 0 <= number < len(self._rows):
            data = self._data
            for role_data in roleDataSpan:
                role_data.setData(data(number, col, role_data.role()))
        else:
            for role_data in roleDataSpan:
                role_data.clearData()

    def _data(self, number: int, col: int, role: int) -> Any:
        # The roles as plain ints, the ones a paint asks for first: an enum member looked up
        # per comparison cost 0.4 µs, some 3 ms of a 300-debt paint.
        if role not in _ROLES:
            return None
        row = self._rows[number]
        column = COLUMNS[col]
        if role == _DISPLAY:
            key = (number, col)
            text = self._texts.get(key)
            if text is None:
                text = self._texts[key] = self._display(row, column)
            return text
        if role == _FOREGROUND:
            return self._colour(row, column)
        if role == _FONT:
            if (column.field == "attention" and row.measures) or (
                column.kind == "money" and row.crisis
            ):
                bold = QFont()
                bold.setBold(True)
                return bold
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column.kind == "money" else None
        if role == _CHECK_STATE:
            if column.kind != "flag":
                return None
            on = bool(getattr(row, column.field))
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == ObjectRole:
            return row
        if role == _EDIT:
            return self._edit_text(row, column)
        if role == SortRole:
            keys = self._keys.get(col)
            if keys is None:
                keys = self._keys[col] = [self._sort_key(r, column) for r in self._rows]
            return keys[number]
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        # The accessible text, the only role left.
        text = self._display(row, column)
        if column.kind == "flag":
            return _tr("ja") if getattr(row, column.field) else _tr("nee")
        return text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.editor is None:
            return False
        column = COLUMNS[index.column()]
        row = self._rows[index.row()]
        if column.kind == "flag" and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or not column.editable:
            return False
        if value == self._edit_text(row, column) or value == getattr(row, column.field, None):
            return False  # nothing changed: no undo step, no audit event
        return self.editor(row, column.field, value) is None

    # --- cell contents ------------------------------------------------------------------
    def _display(self, row: DebtRow, column: Column) -> str:
        if column.field == "attention":
            return ", ".join(attention(row))
        value = getattr(row, column.field)
        if value is None:
            return ""
        if column.kind == "money":
            return format_money(value)
        if column.kind == "date":
            return format_date(value)
        if column.kind == "code":
            return label(column.codes or {}, value)
        if column.kind == "flag":
            return ""
        return str(value)

    def _edit_text(self, row: DebtRow, column: Column) -> Any:
        value = getattr(row, column.field, None)
        if value is None:
            return ""
        if column.kind == "money":
            return format_money(value).replace("€", "").strip()
        if column.kind == "date":
            return format_date(value)
        if column.kind == "code":
            return value  # the combo box editor works with codes
        return value

    def _sort_key(self, row: DebtRow, column: Column) -> Any:
        if column.field == "attention":
            return (len(row.measures), row.stale, row.essential)
        value = getattr(row, column.field)
        if column.kind == "money":
            return int((value if value is not None else Decimal("-0.01")) * 100)
        if column.kind == "date":
            return value.toordinal() if value is not None else 0
        if column.kind == "flag":
            return int(bool(value))
        return self._display(row, column).casefold()

    def _colour(self, row: DebtRow, column: Column) -> QBrush | None:
        """Red or orange chosen at paint time, so a switch to dark mode is followed at once."""
        if column.field == "attention" and row.measures:
            return QBrush(QColor(error_ink()))
        if column.field in ("attention", "confirmed_on") and (
            row.stale or row.confirmed_on is None
        ):
            return QBrush(QColor(warning_ink()))
        if column.field == "creditor_name" and row.crisis:
            return QBrush(QColor(error_ink()))
        return None

    def _tooltip(self, row: DebtRow, column: Column) -> str | None:
        if column.field == "confirmed_on" and row.stale:
            return _tr("Deze saldo-opgave is ouder dan 6 maanden: vraag een nieuwe op.")
        if column.field == "attention" and row.measures:
            return "\n".join(
                label(ENFORCEMENT_LABELS, m.kind)
                + (_tr(" sinds {day}").format(day=format_date(m.since)) if m.since else "")
                + (_tr(" tot {day}").format(day=format_date(m.until)) if m.until else "")
                for m in row.measures
            )
        if column.field == "note" and row.note:
            return row.note
        return None


class DebtFilterProxy(QSortFilterProxyModel):
    """Filters on status, creditor kind, debtor, stale balance and measures; sorts by value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.kind: str | None = None
        self.debtor: str | None = None
        self.stale_only = False
        self.measures_only = False
        self._table: DebtTableModel | None = None
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, **choices: Any) -> None:
        """Change one or more filters (``status``, ``kind``, ``debtor``, ``stale_only``,
        ``measures_only``) and filter again."""
        unknown = set(choices) - {"status", "kind", "debtor", "stale_only", "measures_only"}
        if unknown:
            raise TypeError(f"unknown filters: {sorted(unknown)}")

        def apply() -> None:
            for name, value in choices.items():
                setattr(self, name, value)

        refilter(self, apply)

    def setSourceModel(self, model: QAbstractItemModel) -> None:  # noqa: N802
        super().setSourceModel(model)
        self._table = model if isinstance(model, DebtTableModel) else None

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N802, N803
        """A cell's roles in one call, straight from the table model (see its multiData);
        the model is held here, not asked of Qt per cell."""
        if self._table is not None:
            source = self.mapToSource(index)  # invalid stays invalid: row -1
            self._table.fill(source.row(), source.column(), roleDataSpan)
        else:
            super().multiData(index, roleDataSpan)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.filtering():
            return True  # most of the time nothing is filtered: no need to look at the row
        row = self.sourceModel().index(source_row, 0, source_parent).data(ObjectRole)
        return isinstance(row, DebtRow) and self.accepts(row)

    def filtering(self) -> bool:
        return bool(
            self.status or self.kind or self.debtor or self.stale_only or self.measures_only
        )

    def accepts(self, row: DebtRow) -> bool:
        """Whether a debt passes every filter."""
        return (
            (self.status is None or row.status == self.status)
            and (self.kind is None or row.creditor_kind == self.kind)
            and (self.debtor is None or row.debtor == self.debtor)
            and (not self.stale_only or row.stale)
            and (not self.measures_only or bool(row.measures))
        )

    def shown_rows(self) -> list[DebtRow]:
        """The debts that pass the filters (in the model's order: enough for totals)."""
        model = self.sourceModel()
        rows = model.rows() if isinstance(model, DebtTableModel) else []
        return [row for row in rows if self.accepts(row)]
