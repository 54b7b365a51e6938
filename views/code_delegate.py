"""Editing a code cell of a table (a debt's status, an action's owner) with a combo box."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from views.table_columns import Column, Index, label


class CodeDelegate(QStyledItemDelegate):
    """A combo box with Dutch labels for a table's code columns (status, owner, ...)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        column = self.columns[index.column()]
        if column.kind != "code":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        if column.optional:
            combo.addItem(self.tr("(nog niet bekend)"), "")
        for code in column.codes or {}:
            combo.addItem(label(column.codes or {}, code), str(code))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
