"""The two tables of the import dialog: the list's first rows with a field per column, and
the creditor names of the list with what each will be stored as."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from app.debt_sheet import NEW, CreditorSuggestion
from models.codes import CREDITOR_KIND_LABELS
from models.debt_sheet import TARGET_LABELS, TARGETS, SheetPreview, column_letter
from models.values import format_date
from views.i18n import message_text
from views.table_columns import label
from views.theme import follow_theme, problem_background

#: Data rows shown in the preview; the error list names every bad row, however far down.
PREVIEW_ROWS = 50
#: Item data saying a cell belongs to a bad row; its tint follows the theme.
_BAD = Qt.ItemDataRole.UserRole + 1


class MappingTable(QTableWidget):
    """The list's header and first rows; the top row holds a field chooser per column.

    Bad rows are tinted, with their reasons as the tooltip. ``mapping_changed(column,
    target)`` tells which column the person mapped to which field (None: not used).
    """

    mapping_changed = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Voorbeeld van de lijst met de koppeling per kolom"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        follow_theme(self, self._tint_bad_rows)

    def show_preview(self, preview: SheetPreview | None) -> None:
        self.clear()
        if preview is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        header, rows = preview.table.header, preview.table.rows[:PREVIEW_ROWS]
        self.setColumnCount(len(header))
        self.setRowCount(len(rows) + 1)
        self.setHorizontalHeaderLabels(
            [
                f"{column_letter(i)}: {text}" if text else column_letter(i)
                for i, text in enumerate(header)
            ]
        )
        self.setVerticalHeaderLabels(
            [self.tr("Koppeling"), *(str(number) for number, _cells in rows)]
        )
        for column, target in enumerate(preview.mapping):
            self.setCellWidget(0, column, self._mapping_box(column, target, header[column]))
        bad: dict[int, list[str]] = {}
        for error in preview.errors:
            bad.setdefault(error.row, []).append(message_text(error.text()))
        for line, (number, cells) in enumerate(rows, start=1):
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(_cell_text(cell))
                if number in bad:
                    item.setData(_BAD, True)
                    item.setToolTip("\n".join(bad[number]))
                self.setItem(line, column, item)
        self._tint_bad_rows()
        self.resizeColumnsToContents()

    def _tint_bad_rows(self) -> None:
        """Bad rows on the theme's problem tint, their text in the palette's own text colour
        (the light pink under light grey text was unreadable in dark mode)."""
        ground = QBrush(QColor(problem_background()))
        text = QBrush(QGuiApplication.palette().color(QPalette.ColorRole.Text))
        for row in range(1, self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None and item.data(_BAD):
                    item.setBackground(ground)
                    item.setForeground(text)

    def mapping_box(self, column: int) -> QComboBox:
        box = self.cellWidget(0, column)
        assert isinstance(box, QComboBox)
        return box

    def _mapping_box(self, column: int, target: str | None, header: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"mapping_{column}")
        box.setAccessibleName(
            self.tr("Kolom {letter} ({header}) koppelen aan").format(
                letter=column_letter(column), header=header
            )
        )
        box.addItem(self.tr("(niet gebruiken)"), None)
        for name in TARGETS:
            box.addItem(TARGET_LABELS[name], name)
        box.setCurrentIndex(box.findData(target) if target else 0)
        box.currentIndexChanged.connect(
            lambda _index, c=column, b=box: self.mapping_changed.emit(c, b.currentData())
        )
        return box


class CreditorTable(QTableWidget):
    """Per creditor name of the list, a choice: a directory creditor, an existing or a new one.

    Sure matches and creditors already in the database come chosen; the rest start at
    "— kies —". ``choices`` maps each chosen name to a directory key or ``NEW`` and outlives
    a new read of the rows, so a change of mapping does not undo what the person chose.
    """

    choices_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.choices: dict[str, str] = {}
        self.suggestions: tuple[CreditorSuggestion, ...] = ()
        self.setHorizontalHeaderLabels(
            [self.tr("Naam in het bestand"), self.tr("Wordt opgeslagen als")]
        )
        self.setAccessibleName(self.tr("Schuldeisers uit het bestand"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def show_suggestions(self, suggestions: tuple[CreditorSuggestion, ...]) -> None:
        self.suggestions = suggestions
        self.setRowCount(len(suggestions))
        for row, suggestion in enumerate(suggestions):
            self.setItem(row, 0, QTableWidgetItem(suggestion.name))
            self.setCellWidget(row, 1, self._creditor_box(suggestion))
        self.resizeColumnToContents(0)

    def unchosen(self) -> list[str]:
        """The names shown that have no choice yet."""
        return [s.name for s in self.suggestions if s.name not in self.choices]

    def choice_box(self, name: str) -> QComboBox:
        for row, suggestion in enumerate(self.suggestions):
            if suggestion.name == name:
                box = self.cellWidget(row, 1)
                assert isinstance(box, QComboBox)
                return box
        raise KeyError(name)

    def _creditor_box(self, suggestion: CreditorSuggestion) -> QComboBox:
        name = suggestion.name
        box = QComboBox()
        box.setAccessibleName(self.tr("Schuldeiser voor {name}").format(name=name))
        if suggestion.existing:
            box.addItem(self.tr("Bestaande schuldeiser {name}").format(name=name), NEW)
        for match in suggestion.matches:
            entry = match.entry
            text = entry.name
            if entry.placeholder:
                text = self.tr("{entry}, als {name}").format(entry=entry.name, name=name)
            box.addItem(text, entry.key)
            box.setItemData(
                box.count() - 1,
                label(CREDITOR_KIND_LABELS, entry.kind),
                Qt.ItemDataRole.ToolTipRole,
            )
        if not suggestion.existing:
            box.addItem(self.tr("Nieuwe schuldeiser {name}").format(name=name), NEW)
        chosen = self.choices.get(name) or suggestion.chosen
        if chosen is None:
            box.insertItem(0, self.tr("— kies —"), None)
        box.setCurrentIndex(max(0, box.findData(chosen)) if chosen else 0)
        self._remember(name, box)
        box.currentIndexChanged.connect(lambda _index, n=name, b=box: self._changed(n, b))
        return box

    def _remember(self, name: str, box: QComboBox) -> None:
        choice = box.currentData()
        if choice is None:
            self.choices.pop(name, None)
        else:
            self.choices[name] = str(choice)

    def _changed(self, name: str, box: QComboBox) -> None:
        self._remember(name, box)
        self.choices_changed.emit()


def _cell_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "ja" if cell else "nee"
    if isinstance(cell, date):
        return format_date(cell)
    return str(cell)
