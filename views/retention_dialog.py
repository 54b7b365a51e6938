"""Destroying dossiers whose retention term has passed: the list, the term, the warning."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.retention import MAX_YEARS, DueDossier, destroy_client, due_for_destruction, load_term
from app.retention import save_term as save_term_setting
from models.values import format_date
from views.dialogs import show_error

if TYPE_CHECKING:
    from app.db import Database

__all__ = ["COL_CLOSED", "COL_DUE", "COL_NAME", "RetentionDialog"]

COL_NAME, COL_CLOSED, COL_DUE = range(3)


class RetentionDialog(QDialog):
    """Closed dossiers past their term: the person ticks which to destroy, then confirms."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, today: date) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today
        self._due: list[DueDossier] = []
        self._ticks: list[QTableWidgetItem] = []
        self.destroyed_count = 0
        self.setWindowTitle(self.tr("Bewaartermijn verstreken"))
        self.resize(640, 460)

        intro = QLabel(
            self.tr(
                "Gesloten dossiers waarvan de bewaartermijn voorbij is. Vink aan welke u wilt "
                "vernietigen: alle gegevens en documenten van die cliënt worden gewist. Het "
                "logboek houdt alleen bij dát er een dossier is vernietigd, zonder naam."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.years = QSpinBox(self)
        self.years.setRange(1, MAX_YEARS)
        self.years.setValue(load_term(db.paths))
        self.years.setSuffix(self.tr(" jaar na sluiten"))
        self.years.setAccessibleName(self.tr("Bewaartermijn"))
        self.save_term_button = QPushButton(self.tr("Termijn opslaan"), self)
        term = QHBoxLayout()
        term.addWidget(QLabel(self.tr("Bewaartermijn"), self))
        term.addWidget(self.years)
        term.addWidget(self.save_term_button)
        term.addStretch(1)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Gesloten op"), self.tr("Te vernietigen sinds")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_CLOSED, COL_DUE):  # a date column as wide as its header's words
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Dossiers om te vernietigen"))
        self.empty = QLabel(self.tr("Er zijn geen dossiers waarvan de termijn voorbij is."), self)

        self.select_all = QPushButton(self.tr("Alles aanvinken"), self)
        self.destroy_button = QPushButton(self.tr("Vernietigen…"), self)
        self.destroy_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.select_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.destroy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(term)
        layout.addWidget(self.table, 100)
        layout.addWidget(self.empty)
        layout.addStretch(1)  # keeps the lines together when the list is empty
        layout.addWidget(buttons)

        self.save_term_button.clicked.connect(self.save_term)
        self.select_all.clicked.connect(self._tick_all)
        self.destroy_button.clicked.connect(self.destroy_ticked)
        self.table.itemChanged.connect(self._ticks_changed)
        self.reload()

    def reload(self) -> None:
        """List the dossiers due under the saved term."""
        self._due = due_for_destruction(self._db, today=self._today)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._due))
        self._ticks = []
        for number, due in enumerate(self._due):
            name = QTableWidgetItem(due.name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(number, COL_NAME, name)
            self._ticks.append(name)
            self.table.setItem(number, COL_CLOSED, QTableWidgetItem(format_date(due.closed_on)))
            self.table.setItem(number, COL_DUE, QTableWidgetItem(format_date(due.due_since)))
        self.table.blockSignals(False)
        self.table.setVisible(bool(self._due))
        self.empty.setVisible(not self._due)
        self.select_all.setEnabled(bool(self._due))
        self._ticks_changed()

    def ticked(self) -> list[DueDossier]:
        return [
            due
            for due, tick in zip(self._due, self._ticks, strict=True)
            if tick.checkState() == Qt.CheckState.Checked
        ]

    def _tick_all(self) -> None:
        for tick in self._ticks:
            tick.setCheckState(Qt.CheckState.Checked)

    def _ticks_changed(self) -> None:
        count = len(self.ticked())
        self.destroy_button.setEnabled(count > 0)
        self.destroy_button.setText(
            self.tr("{n} vernietigen…").format(n=count) if count else self.tr("Vernietigen…")
        )

    def save_term(self) -> None:
        try:
            save_term_setting(self._db.paths, self.years.value())
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()

    def destroy_ticked(self) -> None:
        """Ask once, with the names, then destroy each ticked dossier in its own transaction."""
        chosen = self.ticked()
        if not chosen:
            return
        names = "\n".join(f"• {due.name}" for due in chosen[:10])
        if len(chosen) > 10:
            names += "\n" + self.tr("… en {n} andere").format(n=len(chosen) - 10)
        answer = QMessageBox.warning(
            self,
            self.tr("Definitief vernietigen"),
            self.tr(
                "U vernietigt {n} dossier(s) definitief:\n{names}\n\n"
                "Alle gegevens en documenten worden gewist en kunnen daarna niet meer worden "
                "teruggehaald. Kopieën in de automatische back-ups verdwijnen wanneer die "
                "worden vervangen. Doorgaan?"
            ).format(n=len(chosen), names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for due in chosen:
            try:
                destroy_client(self._db, due.client_id, today=self._today)
            except UserError as exc:
                show_error(self, exc)
                break
            self.destroyed_count += 1
        self.reload()
