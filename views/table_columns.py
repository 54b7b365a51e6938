"""What the app's editable tables share: a column's description, roles, labels for codes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


def label(labels: dict[str, str], code: str | None) -> str:
    """A code's Dutch label; an unknown code is shown as it came."""
    if code is None:
        return ""
    if code in labels:
        return QCoreApplication.translate("Codes", labels[code])
    return code


@dataclass(frozen=True)
class Column:
    """A column: its field, header, kind of value, and whether it is edited in place.

    ``kind`` is one of text, money, date, code, flag, derived. A code column is edited with a
    combo box of ``codes``' Dutch labels; ``optional`` offers an empty choice too.
    """

    field: str
    header: str
    kind: str
    editable: bool = True
    shown: bool = True
    codes: dict[str, str] | None = None
    optional: bool = False


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], object]) -> None:
    """Change a proxy's filter settings and filter again (Qt 6.10's way where it exists)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:
        change()
        proxy.invalidateRowsFilter()
