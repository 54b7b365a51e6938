"""Bewijsstukken: add proofs (file dialog or drag and drop, many at once), look at them, change
their details, bin and purge them, merge the debt proofs into one PDF.

Files are hashed and encrypted into the data folder off the GUI thread, with progress and a
cancel button; a refused file is named with its reason and nothing of it is kept. Changes
to a proof and the bin can be undone.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import documents
from app.db import Database
from app.document_merge import MergeCancelled, debt_proofs
from app.errors import UserError
from models.codes import DOCUMENT_KIND_LABELS
from models.values import format_date
from views.button_flow import ButtonFlow
from views.document_preview import DocumentPreview
from views.i18n import QT_TRANSLATE_NOOP, message_text
from views.keys import local_shortcut
from views.proofs_work import AddOptions, add_files_work, merge_work, run_with_progress
from views.table_columns import label
from views.undo import Saver

_HEADERS = (
    QT_TRANSLATE_NOOP("ProofsPage", "Soort"),
    QT_TRANSLATE_NOOP("ProofsPage", "Omschrijving"),
    QT_TRANSLATE_NOOP("ProofsPage", "Ontvangen"),
    QT_TRANSLATE_NOOP("ProofsPage", "Grootte"),
)
_ID = Qt.ItemDataRole.UserRole + 1


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(size // 1024, 1)} kB"


class ProofsPage(QWidget):
    """The client's proofs; the bin shows what was deleted and can put it back."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.client_id: uuid.UUID | None = None
        self._today = date.today()
        self._rows: dict[uuid.UUID, Any] = {}
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        row = ButtonFlow()  # wraps rather than widening the window (150 %, a longer translation)
        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.add_button.setToolTip(self.tr("Of sleep bestanden hierheen"))
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(self.tr("Bekijken"))
        self.view_button.setToolTip(self.tr("Groot bekijken (Enter of dubbelklikken)"))
        self.view_button.clicked.connect(self.view)
        self.edit_button = QPushButton(self.tr("Eigenschappen…"))
        self.edit_button.setToolTip(self.tr("Soort, omschrijving, schuld en punt van de checklist"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Naar prullenbak"))
        self.delete_button.clicked.connect(self.delete)
        self.restore_button = QPushButton(self.tr("Terugzetten"))
        self.restore_button.clicked.connect(self.restore)
        self.purge_button = QPushButton(self.tr("Definitief verwijderen…"))
        self.purge_button.clicked.connect(self.purge)
        self.undo_button = QPushButton("↶")
        self.undo_button.setToolTip(self.tr("Ongedaan maken (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Ongedaan maken"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.undo_button.setFixedWidth(self.undo_button.fontMetrics().horizontalAdvance("MM") + 16)
        self.merge_button = QPushButton(self.tr("Schuldbewijzen samenvoegen…"))
        self.merge_button.setToolTip(
            self.tr(
                "Alle bewijsstukken van schulden in één PDF, in de volgorde van de schuldenlijst"
            )
        )
        self.merge_button.clicked.connect(self.merge_debt_proofs)
        self.bin = QCheckBox(self.tr("Prullenbak tonen"))
        self.bin.toggled.connect(lambda _on: self.refresh())
        for widget in (
            self.add_button,
            self.view_button,
            self.edit_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
            self.undo_button,
        ):
            row.add_leading(widget)
        row.add_trailing(self.merge_button)
        row.add_trailing(self.bin)
        layout.addLayout(row)
        self.convert = QCheckBox(self.tr("Foto's en scans omzetten naar PDF"))
        self.convert.setToolTip(
            self.tr("Een foto van een brief wordt een kleine, goed leesbare A4-PDF")
        )
        self.convert.setChecked(True)
        self.merge = QCheckBox(self.tr("Samenvoegen tot één PDF"))
        self.merge.setToolTip(self.tr("Meerdere foto's van één brief worden één document"))
        self.keep = QCheckBox(self.tr("Origineel ook bewaren"))
        self.convert.toggled.connect(self.merge.setEnabled)
        self.convert.toggled.connect(self.keep.setEnabled)
        options = ButtonFlow()  # how new files are stored: a row of its own, the width is tight
        options.add_leading(QLabel(self.tr("Bij toevoegen:")))
        for box in (self.convert, self.merge, self.keep):
            options.add_leading(box)
        layout.addLayout(options)
        self.message = QLabel(self.tr("Sleep scans, foto's of PDF's hierheen, of kies Toevoegen."))
        self.message.setObjectName("proofs_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        split = QSplitter()
        self.table = QTableWidget(0, len(_HEADERS))
        self.table.setObjectName("proofs")
        self.table.setAccessibleName(self.tr("Bewijsstukken"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in _HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.view())
        split.addWidget(self.table)
        self.preview = DocumentPreview()
        self.preview.setObjectName("proof_preview")
        self.preview.setMinimumWidth(240)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([560, 360])
        layout.addWidget(split, 1)
        self.saver = Saver(self.undo_stack, self.message, self.refresh, self.changed.emit)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence("Ctrl+Y"), self.undo_stack.redo),
        ):
            local_shortcut(keys, self, slot, context)
        widget_only = Qt.ShortcutContext.WidgetShortcut
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.view),
            (QKeySequence(Qt.Key.Key_Enter), self.view),
            (QKeySequence.StandardKey.Delete, self._delete_key),
        ):
            local_shortcut(keys, self.table, slot, widget_only)
        self._update_buttons()

    # --- data in -------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db

    def show_client(self, client_id: uuid.UUID, today: date) -> None:
        if client_id != self.client_id:
            self.undo_stack.clear()
        self.client_id, self._today = client_id, today
        self.refresh()

    def refresh(self) -> None:
        if self._db is None or self.client_id is None:
            return
        chosen = self.current_id()
        rows = documents.list_documents(self._db, self.client_id, deleted=self.bin.isChecked())
        self._rows = {doc.id: doc for doc in rows}
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, doc in enumerate(rows):
            cells = (
                label(DOCUMENT_KIND_LABELS, doc.kind),
                doc.description or "",
                format_date(doc.received_on) if doc.received_on else "",
                _size(doc.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, doc.id)
                self.table.setItem(number, column, item)
        self.table.blockSignals(False)
        if chosen in self._rows:
            self.select(chosen)
        else:
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
            self._selected()

    def current_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        value = item.data(_ID) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def select(self, document_id: uuid.UUID) -> None:
        """Make this proof the chosen row (when it is in the list shown)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(_ID) == document_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        in_bin = self.bin.isChecked()
        self.add_button.setEnabled(self.client_id is not None and not in_bin)
        self.merge_button.setEnabled(self.client_id is not None)
        self.view_button.setEnabled(chosen)
        for button in (self.edit_button, self.delete_button):
            button.setVisible(not in_bin)
            button.setEnabled(chosen and not in_bin)
        for button in (self.restore_button, self.purge_button):
            button.setVisible(in_bin)
            button.setEnabled(chosen and in_bin)

    def _selected(self) -> None:
        """Show the chosen proof in the pane beside the list, drawn in the background."""
        self._update_buttons()
        document_id = self.current_id()
        if self._db is None or document_id is None:
            self.preview.clear(self.tr("Kies een bewijsstuk om het hier te zien."))
            return
        self.preview.show_document(self._db, document_id)

    # --- adding --------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Bewijsstukken toevoegen"),
            "",
            self.tr(
                "Scans, foto's en PDF's (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic);;"
                "Alle bestanden (*)"
            ),
        )
        if names:
            self.add_files([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and self.client_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Store the files one by one in the background; each is whole or not there at all."""
        if self._db is None or self.client_id is None:
            return
        options = AddOptions(
            self.convert.isChecked(), self.merge.isChecked(), self.keep.isChecked()
        )
        work = add_files_work(self._db, self.client_id, paths, self._today, options)

        def done(result: Any) -> None:
            if isinstance(result, UserError):
                self.saver.say(message_text(result), error=True)
                return
            added, refused = result
            text = self.tr("{n} toegevoegd.").format(n=len(added))
            if refused:
                text += " " + self.tr("Niet opgeslagen: {why}").format(why=" ".join(refused))
            self.saver.say(text, error=bool(refused))
            self.refresh()
            self.changed.emit()

        total = sum(p.stat().st_size for p in paths if p.is_file())
        run_with_progress(
            self,
            self.tr("Toevoegen"),
            self.tr("Bestanden versleuteld opslaan…"),
            work,
            done,
            total=total,
        )

    # --- looking and changing ------------------------------------------------------------
    def view(self) -> None:
        """The chosen proof on a large window of its own."""
        document_id = self.current_id()
        if self._db is None or document_id is None:
            return
        from views.document_preview import DocumentPreviewDialog

        description = self._rows[document_id].description or ""
        DocumentPreviewDialog(self._db, document_id, description, self).exec()

    def edit(self) -> None:
        """The chosen proof's details: kind, description, date, its debt and checklist item."""
        document_id = self.current_id()
        if self._db is None or self.client_id is None or document_id is None:
            return
        if self.bin.isChecked():
            return
        from views.proof_dialog import ProofDialog

        db = self._db
        dialog = ProofDialog(db, self.client_id, self._rows[document_id], self)
        if not dialog.exec():
            return
        old, new = dict(dialog.old), {name: dialog.saved[name] for name in dialog.old}
        if old:
            self.saver.push(
                self.tr("Bewijsstuk wijzigen"),
                lambda: documents.update_document(db, document_id, old),
                lambda: documents.update_document(db, document_id, new),
            )
        self.saver.say("")
        self.refresh()
        self.changed.emit()

    # --- the bin -------------------------------------------------------------------------
    def _delete_key(self) -> None:
        if self.bin.isChecked():
            self.purge()
        else:
            self.delete()

    def delete(self) -> None:
        document_id = self.current_id()
        if self._db is None or document_id is None or self.bin.isChecked():
            return
        db = self._db
        try:
            self.saver.run(lambda: documents.delete_document(db, document_id))
        except UserError:
            return
        self.saver.push(
            self.tr("Naar de prullenbak"),
            lambda: documents.restore_document(db, document_id),
            lambda: documents.delete_document(db, document_id),
        )
        self.saver.say(self.tr("In de prullenbak. Ctrl+Z zet het terug, of kies Prullenbak tonen."))

    def restore(self) -> None:
        document_id = self.current_id()
        if self._db is None or document_id is None or not self.bin.isChecked():
            return
        db = self._db
        try:
            self.saver.run(lambda: documents.restore_document(db, document_id))
        except UserError:
            return
        self.saver.push(
            self.tr("Terugzetten"),
            lambda: documents.delete_document(db, document_id),
            lambda: documents.restore_document(db, document_id),
        )
        self.saver.say(self.tr("Teruggezet."))

    def confirm_purge(self, description: str) -> bool:
        """Ask before a proof goes for good; the tests answer in its place."""
        answer = QMessageBox.warning(
            self,
            self.tr("Definitief verwijderen"),
            self.tr(
                "'{name}' wordt definitief verwijderd, ook het versleutelde bestand. "
                "Dit kan niet ongedaan worden gemaakt."
            ).format(name=description or self.tr("Dit bewijsstuk")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def purge(self) -> None:
        document_id = self.current_id()
        if self._db is None or document_id is None or not self.bin.isChecked():
            return
        db = self._db
        if not self.confirm_purge(self._rows[document_id].description or ""):
            return
        try:
            self.saver.run(lambda: documents.purge_document(db, document_id))
        except UserError:
            return
        self.saver.say(self.tr("Definitief verwijderd."))

    # --- the debt proofs in one PDF ------------------------------------------------------
    def choose_merge_target(self, suggested: Path) -> Path | None:
        """Where the merged PDF goes; the tests answer in place of the file dialog."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Schuldbewijzen samenvoegen"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def merge_debt_proofs(self) -> None:
        """Every proof of a debt in one PDF, in the creditor list's order, in the background."""
        if self._db is None or self.client_id is None:
            return
        db, client_id = self._db, self.client_id
        groups = debt_proofs(db, client_id)
        if not groups:
            self.saver.say(
                self.tr(
                    "Er zijn geen bewijsstukken van schulden. Koppel een bewijsstuk aan een "
                    "schuld via Eigenschappen."
                ),
                error=True,
            )
            return
        # No client's name in the file name: the file travels by mail.
        default = Path.home() / f"schuldbewijzen-{self._today.isoformat()}.pdf"
        target = self.choose_merge_target(default)
        if target is None:
            return
        count = sum(len(proofs) for _, proofs in groups)

        def done(result: Any) -> None:
            if isinstance(result, MergeCancelled):
                self.saver.say(message_text(result))
            elif isinstance(result, UserError):
                self.saver.say(message_text(result), error=True)
            elif result is None:
                self.saver.say(self.tr("Er zijn geen bewijsstukken van schulden."), error=True)
            else:
                self.saver.say(
                    self.tr("{n} schuldbewijzen samengevoegd in {name}.").format(
                        n=count, name=target.name
                    )
                )

        run_with_progress(
            self,
            self.tr("Schuldbewijzen samenvoegen"),
            self.tr("Schuldbewijzen samenvoegen tot één PDF…"),
            merge_work(db, client_id, target),
            done,
        )
