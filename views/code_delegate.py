"""Editing a code cell of the schuldenlijst (status, debtor, category) with a combo box."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from views.debts_model import COLUMNS, label

Index = QModelIndex | QPersistentModelIndex


class CodeDelegate(QStyledItemDelegate):
    """A combo box with Dutch labels for code columns (status, debtor, category)."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        column = COLUMNS[index.column()]
        if column.kind != "code":
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        if column.field == "category":
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
