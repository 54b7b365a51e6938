"""Bewijsstukken: add proofs (file dialog or drag and drop, many at once), see them, bin them.

Files are hashed and encrypted into the data folder off the GUI thread, with progress and a
cancel button; a refused file is named with its reason and nothing of it is kept.
"""

from __future__ import annotations

import sys
import threading
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import documents
from app.db import Database
from app.errors import UserError
from models.codes import DOCUMENT_KIND_LABELS
from models.values import format_date
from views.table_columns import label
from views.worker import run_in_background

_HEADERS = ("Soort", "Omschrijving", "Ontvangen", "Grootte")
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
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Toevoegen…"))
        self.add_button.setToolTip(self.tr("Of sleep bestanden hierheen"))
        self.add_button.clicked.connect(self.choose_files)
        self.edit_button = QPushButton(self.tr("Eigenschappen…"))
        self.edit_button.setToolTip(self.tr("Soort, omschrijving, schuld en punt van de checklist"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Naar prullenbak"))
        self.delete_button.clicked.connect(self.delete)
        self.restore_button = QPushButton(self.tr("Terugzetten"))
        self.restore_button.clicked.connect(self.restore)
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
        self.bin = QCheckBox(self.tr("Prullenbak tonen"))
        self.bin.toggled.connect(lambda _on: self.refresh())
        for widget in (self.add_button, self.edit_button, self.delete_button, self.restore_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.bin)
        layout.addLayout(row)
        options = QHBoxLayout()  # how new files are stored: a row of its own, the width is tight
        for box in (self.convert, self.merge, self.keep):
            options.addWidget(box)
        options.addStretch(1)
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
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        split.addWidget(self.table)
        self.preview = QLabel()
        self.preview.setObjectName("proof_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(220)
        self.preview.setWordWrap(True)
        split.addWidget(self.preview)
        split.setSizes([600, 300])
        layout.addWidget(split, 1)
        self._update_buttons()

    # --- data in -------------------------------------------------------------------------
    def set_database(self, db: Database) -> None:
        self._db = db

    def show_client(self, client_id: uuid.UUID, today: date) -> None:
        self.client_id, self._today = client_id, today
        self.refresh()

    def refresh(self) -> None:
        if self._db is None or self.client_id is None:
            return
        rows = documents.list_documents(self._db, self.client_id, deleted=self.bin.isChecked())
        self._rows = {doc.id: doc for doc in rows}
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
                item.setData(_ID + 1, doc.media_type or "")
                self.table.setItem(number, column, item)
        self.preview.clear()
        self._update_buttons()

    def current_id(self) -> uuid.UUID | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        value = item.data(_ID) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        in_bin = self.bin.isChecked()
        self.add_button.setEnabled(self.client_id is not None)
        self.delete_button.setEnabled(chosen and not in_bin)
        self.edit_button.setEnabled(chosen and not in_bin)
        self.restore_button.setEnabled(chosen and in_bin)

    def _selected(self) -> None:
        """Show an image inside the app; a PDF is described (the app reads no PDF pages)."""
        self._update_buttons()
        document_id = self.current_id()
        if self._db is None or document_id is None:
            self.preview.clear()
            return
        item = self.table.item(self.table.currentRow(), 0)
        media = str(item.data(_ID + 1)) if item is not None else ""
        if not media.startswith("image/"):
            self.preview.setText(self.tr("Een PDF: geen voorbeeld in het programma."))
            return
        try:
            data = documents.open_document(self._db, document_id)
        except UserError as exc:
            self.preview.setText(exc.message)
            return
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.preview.setText(self.tr("Dit plaatje kan het programma niet tonen."))
            return
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

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
        db, client, today = self._db, self.client_id, self._today
        total = sum(p.stat().st_size for p in paths if p.is_file()) or 1
        state: dict[str, Any] = {"done": 0, "name": "", "cancel": threading.Event()}
        dialog = QProgressDialog(
            self.tr("Bestanden versleuteld opslaan…"), self.tr("Stoppen"), 0, 1000, self
        )
        dialog.setWindowTitle(self.tr("Toevoegen"))
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(state["cancel"].set)
        timer = QTimer(self)
        timer.timeout.connect(lambda: dialog.setValue(min(999, state["done"] * 1000 // total)))
        timer.start(100)

        convert, merge, keep = (
            self.convert.isChecked(),
            self.merge.isChecked(),
            self.keep.isChecked(),
        )

        def store(path: Path, start: int, description: str | None = None) -> None:
            def progress(done: int, _size: int) -> None:
                state["done"] = start + done

            documents.add_document(
                db,
                client,
                path,
                description=description,
                received_on=today,
                progress=progress,
                cancel=state["cancel"].is_set,
            )

        def work() -> tuple[list[str], list[str]]:
            added: list[str] = []
            refused: list[str] = []
            images = [p for p in paths if convert and _is_image(p)]
            others = [p for p in paths if p not in images]
            groups = [images] if merge and images else [[p] for p in images]
            for group in groups:
                if state["cancel"].is_set():
                    refused.append(f"{group[0].name}: gestopt.")
                    continue
                try:
                    _store_converted(db, group, store)
                    added.extend(p.name for p in group)
                    if keep:
                        for original in group:
                            store(original, 0)
                except UserError as exc:
                    refused.append(f"{group[0].name}: {exc.message}")
            before = 0
            for path in others:
                if state["cancel"].is_set():
                    refused.append(f"{path.name}: gestopt.")
                    continue
                try:
                    store(path, before)
                    added.append(path.name)
                except UserError as exc:
                    refused.append(f"{path.name}: {exc.message}")
                before += path.stat().st_size if path.is_file() else 0
            return added, refused

        def finish() -> None:
            timer.stop()
            dialog.reset()
            dialog.deleteLater()

        def done(result: tuple[list[str], list[str]]) -> None:
            finish()
            added, refused = result
            text = self.tr("{n} toegevoegd.").format(n=len(added))
            if refused:
                text += " " + self.tr("Niet opgeslagen: {why}").format(why=" ".join(refused))
            self.message.setText(text)
            self.refresh()
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            finish()
            sys.excepthook(type(exc), exc, exc.__traceback__)

        run_in_background(work, done, failed)

    def edit(self) -> None:
        """The chosen proof's details: kind, description, date, its debt and checklist item."""
        document_id = self.current_id()
        if self._db is None or self.client_id is None or document_id is None:
            return
        if self.bin.isChecked():
            return
        from views.proof_dialog import ProofDialog

        dialog = ProofDialog(self._db, self.client_id, self._rows[document_id], self)
        if dialog.exec():
            self.refresh()
            self.changed.emit()

    # --- the bin -------------------------------------------------------------------------
    def delete(self) -> None:
        document_id = self.current_id()
        if self._db is None or document_id is None:
            return
        documents.delete_document(self._db, document_id)
        self.message.setText(self.tr("In de prullenbak. Kies Prullenbak tonen om terug te zetten."))
        self.refresh()
        self.changed.emit()

    def restore(self) -> None:
        document_id = self.current_id()
        if self._db is None or document_id is None:
            return
        documents.restore_document(self._db, document_id)
        self.message.setText(self.tr("Teruggezet."))
        self.refresh()
        self.changed.emit()


_IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".heif"})


def _is_image(path: Path) -> bool:
    """A photo or scan to convert (by its name; the store checks the bytes themselves)."""
    return path.suffix.lower() in _IMAGE_SUFFIXES


def _store_converted(db: Database, group: list[Path], store: Any) -> None:
    """Convert images into one compact A4 PDF and store that, under the first one's name.

    The PDF exists unencrypted only for the moment it is read into the store, in the data
    folder's own documents folder, and is removed whatever happens.
    """
    from app.document_check import clean_description
    from app.document_convert import convert_to_pdf_file

    folder = db.paths.documents
    folder.mkdir(parents=True, exist_ok=True)
    temporary = folder / f".{uuid.uuid4().hex}.convert.pdf"
    try:
        convert_to_pdf_file(group, temporary)
        name = clean_description(Path(group[0].name).stem) or "scan"
        store(temporary, 0, f"{name}.pdf" if len(group) == 1 else f"{name} (+{len(group) - 1}).pdf")
    finally:
        temporary.unlink(missing_ok=True)
