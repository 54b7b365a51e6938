"""A table model whose columns are a fixed list of headers: the part every such model shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from views import roles

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

__all__ = ["HeadedTableModel"]


class HeadedTableModel(QAbstractTableModel):
    """Columns and their horizontal headers from ``_headers``, set by the subclass's __init__."""

    _headers: Sequence[str]

    def columnCount(  # noqa: N802
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = roles.DISPLAY
    ) -> Any:
        # QtCore.Qt, not Qt at the top: this module comes before the window's first paint
        # (views.roles says why); by the time a header asks, the namespace exists.
        if (
            orientation == QtCore.Qt.Orientation.Horizontal
            and role == roles.DISPLAY
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
