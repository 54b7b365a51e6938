"""Conversations with the client: record what was agreed and who does what, then hand her the
summary ("Wat doe ik?" / "Wat doet mijn hulpverlener?") as a PDF and an e-mail draft."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import actions, conversations
from app.db import Database
from app.errors import UserError
from models.codes import CONVERSATION_KIND_LABELS, OWNER_LABELS
from models.values import format_date
from views.i18n import QT_TRANSLATE_NOOP, message_text, message_texts
from views.table_columns import label
from views.theme import set_ink
from views.worker import run_in_background

if TYPE_CHECKING:
    from views.actions_tab import ActionsTab

_ID = Qt.ItemDataRole.UserRole + 1


class ConversationDialog(QDialog):
    """A conversation: when, what kind, who took part, what was agreed, and the actions."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gesprek vastleggen"))
        self.resize(720, 560)
        self.wants_summary = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.held_on = QLineEdit(format_date(today))
        self.kind = QComboBox()
        for code in CONVERSATION_KIND_LABELS:
            self.kind.addItem(label(CONVERSATION_KIND_LABELS, code), str(code))
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(
            self.tr("Bijvoorbeeld: Tanya, Mark, Samira (gemeente)")
        )
        self.agreed = QPlainTextEdit()
        self.agreed.setTabChangesFocus(True)
        self.agreed.setPlaceholderText(
            self.tr("Wat hebben jullie afgesproken? Eén afspraak per regel.")
        )
        for words, widget in (
            (self.tr("Datum"), self.held_on),
            (self.tr("Soort gesprek"), self.kind),
            (self.tr("Wie waren er"), self.participants),
            (self.tr("Afspraken"), self.agreed),
        ):
            widget.setAccessibleName(words)
            form.addRow(words, widget)
        hint = QLabel(
            self.tr(
                "De afspraken en de acties komen zo op de samenvatting voor de klant: "
                "schrijf ze in gewone woorden. Notities bij acties blijven intern."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("<b>Acties</b> — wie doet wat, vóór wanneer")))
        self.todo_table = QTableWidget(0, 3)
        self.todo_table.setAccessibleName(self.tr("Acties van dit gesprek"))
        self.todo_table.setHorizontalHeaderLabels([self.tr("Wat"), self.tr("Wie"), self.tr("Vóór")])
        self.todo_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.todo_table.verticalHeader().hide()
        layout.addWidget(self.todo_table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Actie erbij"))
        add.clicked.connect(lambda: self.add_action_row())
        remove = QPushButton(self.tr("Actie weg"))
        remove.clicked.connect(lambda: self.todo_table.removeRow(self.todo_table.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("conversation_message")
        self.message.setWordWrap(True)
        set_ink(self.message, "error")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.summary_button = QPushButton(self.tr("Opslaan en samenvatting maken"))
        self.summary_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.summary_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(lambda: self._finish(summary=False))
        self.summary_button.clicked.connect(lambda: self._finish(summary=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_action_row()

    def add_action_row(self, title: str = "", owner: str = "client", due: str = "") -> None:
        number = self.todo_table.rowCount()
        self.todo_table.insertRow(number)
        self.todo_table.setItem(number, 0, QTableWidgetItem(title))
        who = QComboBox()
        for code in OWNER_LABELS:
            who.addItem(label(OWNER_LABELS, code), str(code))
        who.setCurrentIndex(max(who.findData(owner), 0))
        self.todo_table.setCellWidget(number, 1, who)
        self.todo_table.setItem(number, 2, QTableWidgetItem(due))

    def values(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The conversation and its actions (rows without a title are left out)."""
        talk = {
            "held_on": self.held_on.text(),
            "kind": self.kind.currentData(),
            "participants": self.participants.text(),
            "agreed": self.agreed.toPlainText(),
        }
        todo = []
        for number in range(self.todo_table.rowCount()):
            title = self.todo_table.item(number, 0)
            due = self.todo_table.item(number, 2)
            who = self.todo_table.cellWidget(number, 1)
            if title is None or not title.text().strip():
                continue
            todo.append(
                {
                    "title": title.text(),
                    "owner": who.currentData() if isinstance(who, QComboBox) else "client",
                    "due_on": due.text() if due is not None else "",
                }
            )
        return talk, todo

    def _finish(self, *, summary: bool) -> None:
        self.wants_summary = summary
        self.accept()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.message.setText(" ".join(message_texts(errors).values()))


class ConversationsPage(QWidget):
    """The conversations of a client, the latest first; each can give its summary again."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ConversationsPage", "Datum"),
        QT_TRANSLATE_NOOP("ConversationsPage", "Soort"),
        QT_TRANSLATE_NOOP("ConversationsPage", "Wie waren er"),
        QT_TRANSLATE_NOOP("ConversationsPage", "Afspraken"),
        QT_TRANSLATE_NOOP("ConversationsPage", "Acties"),
    )

    def __init__(self, tab: ActionsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self._db: Database | None = None
        self.client_id: uuid.UUID | None = None
        self._today = date.today()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuw gesprek…"))
        self.new_button.clicked.connect(self.new_conversation)
        self.summary_button = QPushButton(self.tr("Samenvatting voor de klant…"))
        self.summary_button.clicked.connect(lambda: self.make_summary(self.current_id()))
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(self.delete_conversation)
        for button in (self.new_button, self.summary_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setObjectName("conversations")
        self.table.setAccessibleName(self.tr("Gesprekken"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def set_database(self, db: Database) -> None:
        self._db = db

    def show_client(self, client_id: uuid.UUID, today: date) -> None:
        self.client_id, self._today = client_id, today
        self.refresh()

    def refresh(self) -> None:
        if self._db is None or self.client_id is None:
            return
        rows = conversations.list_conversations(self._db, self.client_id)
        self.table.setRowCount(len(rows))
        for number, talk in enumerate(rows):
            first = (talk.agreed or "").strip().splitlines()
            cells = (
                format_date(talk.held_on),
                label(CONVERSATION_KIND_LABELS, talk.kind),
                talk.participants or "",
                first[0] + (" …" if len(first) > 1 else "") if first else "",
                str(talk.action_count),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ID, talk.id)
                if column == 3 and talk.agreed:
                    item.setToolTip(talk.agreed)
                self.table.setItem(number, column, item)
        self._update_buttons()

    def current_id(self) -> uuid.UUID | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        value = item.data(_ID) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.new_button.setEnabled(self.client_id is not None)
        self.summary_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_conversation(self) -> None:
        if self._db is None or self.client_id is None:
            return
        dialog = ConversationDialog(self._today, self)
        while dialog.exec():
            talk, todo = dialog.values()
            try:
                talk_id = self.save(talk, todo)
            except actions.ActionErrors as exc:
                dialog.show_errors(exc.errors)
                continue
            except UserError as exc:
                dialog.show_errors({"": message_text(exc)})
                continue
            if dialog.wants_summary:
                self.make_summary(talk_id)
            return

    def save(self, talk: dict[str, Any], todo: list[dict[str, Any]]) -> uuid.UUID:
        """Store a conversation with its actions (one undo step in the Acties tab)."""
        assert self._db is not None
        assert self.client_id is not None
        db, client, today = self._db, self.client_id, self._today
        talk_id, _made = conversations.add_conversation(db, client, talk, todo, today=today)
        holder: dict[str, Any] = {}

        def undo() -> None:
            holder["actions"] = [actions.delete_action(db, a) for a in _made]
            holder["talk"] = conversations.delete_conversation(db, talk_id)

        def redo() -> None:
            conversations.restore_conversation(db, holder["talk"])
            for values in holder["actions"]:
                actions.restore_action(db, values)

        self.tab.saver.push(self.tr("Gesprek vastleggen"), undo, redo)
        self.tab.refresh()
        self.refresh()
        self.tab.changed.emit()
        return talk_id

    def delete_conversation(self) -> None:
        talk_id = self.current_id()
        if self._db is None or talk_id is None:
            return
        db = self._db
        holder: dict[str, Any] = {}

        def remove() -> None:
            holder["talk"] = conversations.delete_conversation(db, talk_id)

        try:
            self.tab.saver.run(remove)
        except UserError:
            return
        self.refresh()
        self.tab.saver.push(
            self.tr("Gesprek verwijderen"),
            lambda: conversations.restore_conversation(db, holder["talk"]),
            remove,
        )

    # --- the summary for the client ---------------------------------------------------------
    def make_summary(self, talk_id: uuid.UUID | None) -> None:
        """Write the summary as a PDF and as an e-mail draft beside it, off the GUI thread;
        then offer to open either. The app sends nothing itself."""
        if self._db is None or talk_id is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Samenvatting opslaan"),
            str(Path(folder) / f"afspraken-{self._today.isoformat()}.pdf"),
            self.tr("PDF-bestand (*.pdf)"),
        )
        if not chosen:
            return
        pdf_path = Path(chosen)
        if pdf_path.suffix.lower() != ".pdf":
            pdf_path = pdf_path.with_name(pdf_path.name + ".pdf")
        eml_path = pdf_path.with_suffix(".eml")
        db, today = self._db, self._today

        def write() -> tuple[Path, Path]:
            from app.summary import write_conversation_summary

            write_conversation_summary(db, talk_id, pdf_path, eml_path, today=today)
            return pdf_path, eml_path

        run_in_background(write, self._summary_written, self._summary_failed)

    def _summary_written(self, paths: tuple[Path, Path]) -> None:
        pdf, eml = paths
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Samenvatting gemaakt"))
        box.setText(
            self.tr(
                "De samenvatting staat in {pdf}.\nHet e-mailconcept staat ernaast ({eml}): "
                "open het in uw mailprogramma, kijk het na en verstuur het zelf."
            ).format(pdf=pdf, eml=eml.name)
        )
        open_pdf = box.addButton(self.tr("PDF openen"), QMessageBox.ButtonRole.ActionRole)
        open_mail = box.addButton(self.tr("E-mail openen"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Sluiten"), QMessageBox.ButtonRole.RejectRole)
        self.last_summary = paths
        box.exec()
        if box.clickedButton() is open_pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
        elif box.clickedButton() is open_mail:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml)))

    def _summary_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            QMessageBox.warning(self, self.tr("Geen samenvatting"), message_text(exc))
        else:  # a bug: the application's handler logs and shows it
            sys.excepthook(type(exc), exc, exc.__traceback__)
