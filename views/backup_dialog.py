"""The backups dialog: the list of backups, one made now, and one put back after a warning."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.values import format_date
from views.dialogs import show_error
from views.headed_model import HeadedTableModel
from views.worker import run_in_background

if TYPE_CHECKING:
    from app.backup import BackupInfo
    from app.db import Database

COL_MADE, COL_REASON, COL_SIZE, COL_DOCUMENTS = range(4)
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupDialog", text)


def format_size(size: int) -> str:
    """A file size for people, in Dutch: ``"1,2 MB"``, ``"254 kB"``."""
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:.1f} GB".replace(".", ",")
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1000))} kB"


def format_moment(info: BackupInfo) -> str:
    return f"{format_date(info.made_at.date())} {info.made_at:%H:%M}"


class BackupsModel(HeadedTableModel):
    """The backups of one data folder: when, why, how big, how many proofs."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._headers = [_tr("Gemaakt"), _tr("Waarom"), _tr("Grootte"), _tr("Documenten")]

    def set_rows(self, rows: Sequence[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == OBJECT_ROLE:
            return info
        if role == SORT_ROLE:
            return (
                info.made_at.isoformat(),
                info.label,
                info.size,
                -1 if info.documents is None else info.documents,
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_MADE:
                return format_moment(info)
            if column == COL_REASON:
                return info.label
            if column == COL_SIZE:
                return format_size(info.size)
            if column == COL_DOCUMENTS:
                return "–" if info.documents is None else str(info.documents)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DOCUMENTS:
            if info.documents is None:
                return _tr("Een kopie van de database zonder documenten")
            return _tr("De documenten waarnaar deze back-up verwijst")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_SIZE, COL_DOCUMENTS):
            return _RIGHT
        return None

    def info(self, row: int) -> BackupInfo:
        return self._rows[row]


class BackupDialog(QDialog):
    """Lists the backups; makes one now; puts one back after a clear warning.

    Putting one back runs ``app.backup_restore.restore_in_place`` on the window's store: the window
    must run no other work on the store meanwhile, and must read everything it shows again
    when ``restored`` is emitted.
    """

    #: A backup was made: its path.
    backup_made = Signal(object)
    #: A backup was put back: the safety copy of the database as it was before (or None).
    restored = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Back-ups"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Procesplaat maakt elke dag een versleutelde back-up, en ook voor het inlezen "
                "van een bundel en voor een nieuwe versie. Bewaard worden: een per dag van de "
                "laatste 7 dagen, een per week van de laatste 4 weken, en de andere 30 dagen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MADE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # a moment reads on one line: date and time together
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Back-ups"))
        layout.addWidget(self.table)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.make_button = QPushButton(self.tr("Nu een back-up maken"))
        self.restore_button = QPushButton(self.tr("Terugzetten…"))
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.make_button.clicked.connect(self.make_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(buttons)
        self.busy = False
        self.resize(620, 420)
        self.reload()

    def reload(self) -> None:
        """Read the list of backups again."""
        from app.backup import list_backups

        self.model.set_rows(list_backups(self.db.paths))
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info: BackupInfo = self.proxy.data(rows[0], OBJECT_ROLE)
        return info

    def _update_buttons(self) -> None:
        self.make_button.setEnabled(not self.busy)
        self.restore_button.setEnabled(not self.busy and self.selected() is not None)

    def _set_busy(self, text: str) -> None:
        self.busy = bool(text)
        self.status.setText(text)
        self._update_buttons()

    def reject(self) -> None:
        if not self.busy:  # the work runs on: closing now would leave it without a report
            super().reject()

    def make_now(self) -> None:
        """Make a backup in the background; the list shows it when it is verified."""
        from app.backup import make_backup

        db = self.db
        self._set_busy(self.tr("Bezig met de back-up en de controle ervan…"))

        def done(path: Path) -> None:
            self._set_busy("")
            self.reload()
            self.status.setText(self.tr("De back-up is gemaakt en gecontroleerd."))
            self.backup_made.emit(path)

        def failed(exc: BaseException) -> None:
            self._set_busy("")
            show_error(self, exc)

        run_in_background(lambda: make_backup(db, reason="handmatig"), done, failed)

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Ask before anything is replaced; No is the default answer."""
        answer = QMessageBox.warning(
            self,
            self.tr("Back-up terugzetten"),
            self.tr(
                "Alle gegevens in Procesplaat worden teruggezet naar de stand van {moment}.\n\n"
                "Alles wat daarna is ingevoerd of veranderd, verdwijnt uit Procesplaat. Het "
                "blijft alleen bewaard in een veiligheidskopie die eerst wordt gemaakt.\n\n"
                "Weet u zeker dat u deze back-up wilt terugzetten?"
            ).format(moment=format_moment(info)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        """Put the chosen backup back, after the warning; checked before anything changes."""
        from app.backup_restore import restore_in_place

        info = self.selected()
        if info is None or self.busy or not self.confirm_restore(info):
            return
        db = self.db
        self._set_busy(self.tr("Bezig met terugzetten: eerst wordt de back-up gecontroleerd…"))

        def done(safety: Path | None) -> None:
            self._set_busy("")
            self.reload()
            self.status.setText(
                self.tr("De back-up van {moment} is teruggezet.").format(moment=format_moment(info))
            )
            self.restored.emit(safety)

        def failed(exc: BaseException) -> None:
            self._set_busy("")
            self.reload()
            show_error(self, exc)

        run_in_background(lambda: restore_in_place(db, info.path), done, failed)
