"""Dialog "Schuldenlijst inlezen": a file, its columns and creditors, its bad rows, then all."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.debt_sheet import (
    CreditorSuggestion,
    ImportResult,
    import_debts,
    read_debt_sheet,
    remap_debt_sheet,
    suggest_creditors,
)
from app.errors import UserError
from models.debt_sheet import SheetPreview
from models.values import format_money
from views.debt_import_tables import CreditorTable, MappingTable
from views.dialogs import show_error
from views.i18n import message_text
from views.theme import INK_ROLE, follow_theme, ink, set_ink
from views.worker import run_in_background


class DebtImportDialog(QDialog):
    """Reads a creditor list, lets the person fix the mapping and the creditors, then imports.

    Nothing is stored before "Inlezen", and then everything or nothing. ``imported`` holds the
    result once the dialog is accepted; the signal ``debts_imported`` carries it as well.
    """

    debts_imported = Signal(object)

    def __init__(
        self,
        db: Database,
        client_id: uuid.UUID,
        *,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._client_id = client_id
        self._today = today
        self.preview: SheetPreview | None = None
        self.imported: ImportResult | None = None
        self._generation = 0  # a newer read makes the result of an older one moot
        self._busy = False
        self._importing = False
        self.setWindowTitle(self.tr("Schuldenlijst inlezen"))
        self.setAccessibleName(self.tr("Schuldenlijst inlezen"))
        self.resize(980, 720)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "Kies de schuldenlijst die u al bijhoudt (Excel .xlsx of .csv). Er wordt pas "
                "iets opgeslagen als u op Inlezen klikt, en dan alles of niets."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        file_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Nog geen bestand gekozen"))
        self.path_edit.setAccessibleName(self.tr("Gekozen bestand"))
        self.choose_button = QPushButton(self.tr("Bestand kiezen…"))
        self.choose_button.setAccessibleName(self.tr("Bestand kiezen"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = MappingTable()
        self.table.mapping_changed.connect(self.set_mapping)
        splitter.addWidget(self._titled(self.tr("Kolommen koppelen"), self.table))
        lower = QSplitter(Qt.Orientation.Horizontal)
        self.creditors = CreditorTable()
        self.creditors.choices_changed.connect(self._update_state)
        lower.addWidget(self._titled(self.tr("Schuldeisers"), self.creditors))
        self.errors = QListWidget()
        self.errors.setAccessibleName(self.tr("Regels die niet kloppen"))
        self.errors.setWordWrap(True)
        follow_theme(self.errors, self._ink_errors)
        lower.addWidget(self._titled(self.tr("Wat niet klopt"), self.errors))
        splitter.addWidget(lower)
        layout.addWidget(splitter, 1)

        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Inlezen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.tr("Inlezen"))
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.start_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        heading.setBuddy(widget)
        column.addWidget(heading)
        column.addWidget(widget, 1)
        return box

    # --- reading ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Schuldenlijst kiezen"),
            "",
            self.tr("Schuldenlijsten (*.xlsx *.csv *.txt);;Alle bestanden (*)"),
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read ``path`` off the GUI thread and show what it holds."""
        self.path_edit.setText(str(path))
        self.preview = None
        self.creditors.choices.clear()
        self.table.show_preview(self.preview)
        self._say(self.tr("Het bestand wordt gelezen…"))
        self._run(lambda: read_debt_sheet(path, today=self._today))

    def set_mapping(self, column: int, target: str | None) -> None:
        """Map one column to a field (None: not used) and read the rows again."""
        if self.preview is None:
            return
        mapping = list(self.preview.mapping)
        mapping[column] = target
        preview = self.preview
        self._say(self.tr("De regels worden opnieuw gelezen…"))
        self._run(lambda: remap_debt_sheet(preview, mapping, today=self._today))

    def _run(self, read: Callable[[], SheetPreview]) -> None:
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        db = self._db

        def work() -> tuple[SheetPreview, tuple[CreditorSuggestion, ...]]:
            preview = read()
            return preview, suggest_creditors(preview, db=db)

        def done(result: tuple[SheetPreview, tuple[CreditorSuggestion, ...]]) -> None:
            if generation == self._generation:
                self._set_busy(False)
                self._show(*result)

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self._set_busy(False)
            if isinstance(exc, UserError):
                self._say(message_text(exc), error=True)
                self._update_state()
            else:
                self._say("")
                show_error(self, exc)

        run_in_background(work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self.table.setEnabled(not busy)
        self.creditors.setEnabled(not busy)
        self._update_state()

    def _show(self, preview: SheetPreview, suggestions: tuple[CreditorSuggestion, ...]) -> None:
        self.preview = preview
        table = preview.table
        where = self.tr("werkblad {sheet}").format(sheet=table.sheet) if table.sheet else "CSV"
        self._say(
            self.tr("Gelezen: {where}, kopregel op regel {row}, {count} regels eronder.").format(
                where=where, row=table.header_row, count=len(table.rows)
            )
        )
        self.table.show_preview(self.preview)
        self.creditors.show_suggestions(suggestions)
        self._show_errors()
        self._update_state()

    # --- showing ----------------------------------------------------------------------------

    def _show_errors(self) -> None:
        self.errors.clear()
        preview = self.preview
        if preview is None:
            return
        for problem in preview.problems:
            item = QListWidgetItem(message_text(problem))
            item.setData(INK_ROLE, "error")
            self.errors.addItem(item)
        for error in preview.errors:
            self.errors.addItem(message_text(error.text()))
        for number, reason in preview.skipped:
            item = QListWidgetItem(
                self.tr("Regel {row} overgeslagen: {reason}").format(
                    row=number, reason=message_text(reason)
                )
            )
            item.setData(INK_ROLE, "muted")
            self.errors.addItem(item)
        self._ink_errors()

    def _ink_errors(self) -> None:
        """Problems in red, skipped lines in grey, in the inks of the theme (again after a
        switch between light and dark: an item keeps the colour it was given)."""
        for row in range(self.errors.count()):
            item = self.errors.item(row)
            kind = item.data(INK_ROLE)
            if kind:
                item.setForeground(QBrush(QColor(ink(str(kind)))))

    def _update_state(self) -> None:
        preview = self.preview
        if preview is None:
            self.summary.setText("")
            self.import_button.setEnabled(False)
            return
        text = self.tr("{count} schulden, totaal {total}").format(
            count=len(preview.rows), total=format_money(preview.total)
        )
        wrong = len({error.row for error in preview.errors})
        if preview.problems:
            text += self.tr(" — eerst de koppeling van de kolommen afmaken")
        elif wrong:
            text += (
                self.tr(" — 1 regel klopt niet")
                if wrong == 1
                else self.tr(" — {n} regels kloppen niet").format(n=wrong)
            )
        elif unchosen := len(self.creditors.unchosen()):
            text += (
                self.tr(" — kies nog bij 1 naam een schuldeiser")
                if unchosen == 1
                else self.tr(" — kies nog bij {n} namen een schuldeiser").format(n=unchosen)
            )
        self.summary.setText(text)
        self.import_button.setEnabled(
            not self._busy and preview.ok and not self.creditors.unchosen()
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        set_ink(self.message, "error" if error else None, bold=error)
        self.message.setText(text)

    def reject(self) -> None:
        if self._importing:  # the transaction is under way: it ends stored or not at all
            return
        self._generation += 1  # a read still running finds the dialog gone
        super().reject()

    # --- importing --------------------------------------------------------------------------

    def start_import(self) -> None:
        """Import everything off the GUI thread; the dialog closes when it is stored."""
        preview = self.preview
        if preview is None or not self.import_button.isEnabled():
            return
        choices = dict(self.creditors.choices)
        self._generation += 1
        generation = self._generation
        self._importing = True
        self._set_busy(True)
        self._say(self.tr("De schulden worden opgeslagen…"))

        def work() -> ImportResult:
            return import_debts(
                self._db,
                self._client_id,
                preview,
                mapping=preview.mapping,
                creditor_choices=choices,
                today=self._today,
            )

        def done(result: ImportResult) -> None:
            self._importing = False
            if generation != self._generation:
                return
            self._set_busy(False)
            self.imported = result
            self.debts_imported.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._importing = False
            if generation != self._generation:
                return
            self._set_busy(False)
            if isinstance(exc, UserError):
                self._say(message_text(exc), error=True)
            else:
                self._say("")
                show_error(self, exc)

        run_in_background(work, done, failed)
