"""What the app's editable tables share: a column's description, roles, labels for codes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QTableView

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


def save_columns(view: QTableView, settings: QSettings, key: str) -> None:
    """Keep the table's column layout now (a column hidden while the table is not shown
    resizes nothing, so the header says nothing: the one who hid it saves)."""
    header = view.horizontalHeader()
    settings.setValue(f"{key}/state", header.saveState())
    settings.setValue(f"{key}/count", header.count())


def remember_columns(view: QTableView, settings: QSettings, key: str) -> bool:
    """Give a table back the column widths, order, hidden columns and sort it had; keep
    every change the person makes from now on. Returns whether a layout was restored.

    The state is kept with the number of columns: a program with another set of columns
    starts from its own layout rather than putting widths on the wrong columns.
    """
    header = view.horizontalHeader()
    count = header.count()
    restored = False
    saved = settings.value(f"{key}/state")
    try:
        saved_count = int(str(settings.value(f"{key}/count", -1)))
    except (TypeError, ValueError):
        saved_count = -1
    if isinstance(saved, QByteArray) and not saved.isEmpty() and saved_count == count:
        restored = header.restoreState(saved)

    def save() -> None:
        save_columns(view, settings, key)

    # Kept in memory at once (cheap, even while an edge is dragged); QSettings writes the
    # file a moment later and when the program ends.
    header.sectionResized.connect(lambda *_: save())
    header.sectionMoved.connect(lambda *_: save())
    header.sortIndicatorChanged.connect(lambda *_: save())
    return restored
