"""Adding or editing a creditor, and the name completer over the directory and known creditors."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import creditors
from app.clients import FormErrors
from app.db import Database
from app.errors import UserError
from models.codes import CATEGORY_LABELS, CREDITOR_KIND_LABELS, CreditorKind
from models.creditor_directory import DirectoryEntry, complete, default_category, normalize
from views.client_form import FieldSet
from views.dialogs import show_error
from views.theme import set_ink

#: The DirectoryEntry, or the name (str) of a known creditor, that a completion row stands for.
CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
#: The text a completion row puts in the field.
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2


class CreditorCompleter(QCompleter):
    """Completes a creditor's name from the directory and the creditors already known.

    Typed text matches names and aliases anywhere, case and accents aside; known creditors
    come first, names that start with the text before the rest. Choosing a row puts its name
    in the field and emits ``picked`` with the ``DirectoryEntry`` or the known name (``str``).
    A placeholder entry ("Gemeente (eigen gemeente)") still needs the real name: the receiver
    asks for it.

    Example, in a table's cell editor::

        completer = creditor_completer(editor, load_directory(), known_names)
        completer.picked.connect(on_pick)
    """

    picked = Signal(object)
    MAX_ROWS = 12

    def __init__(
        self,
        directory: Sequence[DirectoryEntry],
        existing_names: Iterable[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.directory = tuple(directory)
        self.existing_names = list(existing_names)
        self.rows = QStandardItemModel(self)
        self.setModel(self.rows)
        # The rows are chosen here (aliases, accents); Qt must not filter them again.
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompletionRole(TEXT_ROLE)
        self.setMaxVisibleItems(self.MAX_ROWS)
        # activated is overloaded (text, index): the index reaches the row's choice. The stubs
        # do not know that signals are indexable.
        self.activated[QModelIndex].connect(self._activated)  # type: ignore[index]

    def attach(self, edit: QLineEdit) -> None:
        """Complete what is typed in ``edit``."""
        self.setWidget(edit)
        edit.textEdited.connect(self._typed)

    def refresh(self, text: str) -> None:
        """Fill the rows for the typed text (none for empty text)."""
        self.rows.clear()
        wanted = normalize(text)
        if not wanted:
            return
        known = [name for name in self.existing_names if wanted in normalize(name)]
        known.sort(key=lambda name: (not normalize(name).startswith(wanted), name.casefold()))
        offered = {normalize(name) for name in known}
        for name in known:
            self._add(name, name, name)
        for entry in complete(text, self.directory):
            if normalize(entry.name) in offered:
                continue  # the known creditor of that name is offered already
            alias = next((a for a in entry.aliases if wanted in normalize(a)), None)
            shown_alias = alias is not None and wanted not in normalize(entry.name)
            label = f"{entry.name} ({alias})" if shown_alias else entry.name
            self._add(label, entry.name, entry)
        while self.rows.rowCount() > self.MAX_ROWS:
            self.rows.removeRow(self.rows.rowCount() - 1)

    def _add(self, label: str, text: str, choice: object) -> None:
        item = QStandardItem(label)
        item.setData(text, TEXT_ROLE)
        item.setData(choice, CHOICE_ROLE)
        item.setEditable(False)
        self.rows.appendRow(item)

    def _typed(self, text: str) -> None:
        self.refresh(text)
        if self.rows.rowCount():
            self.complete()
        elif (popup := self.popup()) is not None:
            popup.hide()

    def _activated(self, index: QModelIndex) -> None:
        edit = self.widget()
        if isinstance(edit, QLineEdit):
            edit.setText(str(index.data(TEXT_ROLE)))
        self.picked.emit(index.data(CHOICE_ROLE))


def creditor_completer(
    parent: QLineEdit, directory: Sequence[DirectoryEntry], existing_names: Iterable[str]
) -> CreditorCompleter:
    """A ``CreditorCompleter`` attached to the line edit ``parent`` (owned by it)."""
    completer = CreditorCompleter(directory, existing_names, parent)
    completer.attach(parent)
    return completer


class CreditorDialog(QDialog):
    """Adds a creditor or edits one; it saves itself and stays open while a field is wrong.

    After ``accept``: ``creditor_id`` is the saved creditor and, after an edit, ``undo`` holds
    the old values for ``app.creditors.restore_creditor``.
    """

    def __init__(
        self,
        db: Database,
        *,
        creditor_id: uuid.UUID | None = None,
        directory: Sequence[DirectoryEntry] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.creditor_id = creditor_id
        self.undo: dict[str, Any] | None = None
        self.directory = tuple(creditors.load_directory() if directory is None else directory)
        #: The directory entry the name stands for, while the person keeps it.
        self.entry: DirectoryEntry | None = None
        adding = creditor_id is None
        self.setWindowTitle(self.tr("Schuldeiser toevoegen") if adding else self.tr("Schuldeiser"))
        layout = QVBoxLayout(self)

        self.fields = FieldSet()
        form = QFormLayout()
        self.name = self.fields.line(
            form, "name", self.tr("Naam"), self.tr("Begin te typen, bijvoorbeeld Belastingdienst")
        )
        self.hint = QLabel()
        self.hint.setObjectName("name_hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        form.addRow("", self.hint)
        self.kind = self.fields.choice(form, "kind", self.tr("Soort"), CREDITOR_KIND_LABELS)
        self.category = self.fields.choice(
            form, "category", self.tr("Categorie (DDAS)"), CATEGORY_LABELS
        )
        self.preferential = QCheckBox(self.tr("Preferent: gaat voor bij een schuldregeling"))
        self.preferential.setObjectName("preferential")
        self.preferential.setAccessibleName(self.tr("Preferent"))
        form.addRow("", self.preferential)
        layout.addLayout(form)

        contact = QGroupBox(self.tr("Gegevens"))
        contact_form = QFormLayout(contact)
        self.fields.line(contact_form, "kvk", self.tr("KvK-nummer"), self.tr("8 cijfers"))
        self.fields.line(contact_form, "address", self.tr("Adres"))
        self.fields.line(contact_form, "postcode", self.tr("Postcode"), "1234 AB")
        self.fields.line(contact_form, "city", self.tr("Plaats"))
        self.fields.line(contact_form, "iban", self.tr("IBAN"))
        self.fields.line(contact_form, "phone", self.tr("Telefoon"))
        self.fields.line(contact_form, "email", self.tr("E-mail"))
        layout.addWidget(contact)

        self.status = QLabel()
        self.status.setObjectName("status")
        set_ink(self.status, "error")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Toevoegen") if adding else self.tr("Opslaan"))
        self.save_button.setObjectName("save")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

        known = [row["name"] for row in creditors.list_creditors(db) if row["id"] != creditor_id]
        self.completer = CreditorCompleter(self.directory, known, self)
        self.completer.attach(self.name)
        self.completer.picked.connect(self._picked)
        self.name.textEdited.connect(self._name_edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if creditor_id is not None:
            values = creditors.creditor_details(db, creditor_id)
            self.fields.set_values(values)
            self.preferential.setChecked(values["preferential"] == "1")

    def choose_entry(self, entry: DirectoryEntry) -> None:
        """Take kind, category and the preferential flag from a directory entry.

        A placeholder leaves the name to the person: "Gemeente " to complete, with a hint.
        """
        self.entry = entry
        self._select(self.kind, entry.kind)
        self._select(self.category, entry.category)
        self.preferential.setChecked(entry.preferential)
        if not entry.placeholder:
            self.name.setText(entry.name)
            self._show_hint(self.tr("Soort, categorie en preferent zijn ingevuld uit de lijst."))
            return
        if entry.kind == CreditorKind.MUNICIPALITY:
            self.name.setText(self.tr("Gemeente "))
            hint = self.tr("Vul de naam van de gemeente aan, bijvoorbeeld Gemeente Zoetermeer.")
        elif entry.kind == CreditorKind.WATER_BOARD:
            self.name.clear()
            hint = self.tr(
                "Vul de naam van het waterschap in, bijvoorbeeld Hoogheemraadschap van Delfland."
            )
        else:
            self.name.clear()
            hint = self.tr("Vul de naam van de schuldeiser in.")
        self._show_hint(hint)
        self.name.setFocus()
        self.name.end(False)

    def save(self) -> None:
        """Add or update the creditor; on a wrong field show it there and stay open."""
        values = self.fields.values()
        values["preferential"] = "1" if self.preferential.isChecked() else ""
        try:
            if self.creditor_id is None:
                if self.entry is not None:
                    values["directory_key"] = self.entry.key
                self.creditor_id = creditors.add_creditor(self.db, values)
            else:
                self.undo = creditors.update_creditor(self.db, self.creditor_id, values)
        except FormErrors as exc:
            self.fields.show_errors(exc.errors)
            self.status.setText(self.tr("Niet opgeslagen: verbeter de rood omlijnde velden."))
            wrong = next((name for name in self.fields.widgets if name in exc.errors), None)
            if wrong is not None:
                self.fields.widgets[wrong].setFocus()
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()

    def _picked(self, choice: object) -> None:
        if isinstance(choice, DirectoryEntry):
            self.choose_entry(choice)
        elif isinstance(choice, str):
            self.entry = None
            self._show_hint(self.tr("{name} staat al bij de schuldeisers.").format(name=choice))

    def _name_edited(self, text: str) -> None:
        # A directory entry stays meant while its name stands; a placeholder until another pick.
        entry = self.entry
        if entry is not None and not entry.placeholder and normalize(text) != normalize(entry.name):
            self.entry = None
            self.hint.hide()

    def _kind_changed(self, _index: int) -> None:
        # A kind chosen by hand suggests its usual category, without overruling a chosen one.
        kind = self.kind.currentData()
        if kind and not self.category.currentData():
            self._select(self.category, default_category(str(kind)))

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        position = combo.findData(code)
        if position >= 0:
            combo.setCurrentIndex(position)
