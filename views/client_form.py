"""The Gegevens tab: the client's personal, partner and household data, with validation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.codes import (
    ADMINISTRATION_LABELS,
    GENDER_LABELS,
    MARITAL_STATUS_LABELS,
    RELATION_LABELS,
    Relation,
)
from views.i18n import message_texts
from views.theme import mark_wrong, set_ink


class FieldSet:
    """Named input widgets with an error label each; values in and out as strings."""

    def __init__(self, prefix: str = "", on_change: Callable[[], None] | None = None) -> None:
        self.prefix = prefix
        self.on_change = on_change
        self.widgets: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.maskers: list[QToolButton] = []

    def line(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        placeholder: str = "",
        *,
        masked: bool = False,
    ) -> QLineEdit:
        """A text field; ``masked`` hides the value (shown while typing, or with "Toon")."""
        edit = QLineEdit()
        edit.setObjectName(f"{self.prefix}{name}")
        edit.setAccessibleName(label)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if not masked:
            self._add(form, name, label, edit)
            return edit
        edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        show = QToolButton()
        show.setObjectName(f"{self.prefix}{name}_show")
        show.setText(_tr("Toon"))
        show.setCheckable(True)
        show.setAccessibleName(_tr("{label} tonen").format(label=label))
        show.setToolTip(_tr("Laat het nummer zien, bijvoorbeeld om het over te nemen"))

        def toggle(visible: bool) -> None:
            edit.setEchoMode(
                QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.PasswordEchoOnEdit
            )
            show.setText(_tr("Verberg") if visible else _tr("Toon"))

        show.toggled.connect(toggle)
        self.maskers.append(show)
        self._add(form, name, label, edit, show)
        return edit

    def mask(self) -> None:
        """Hide every masked value again (for example when another client is shown)."""
        for button in self.maskers:
            button.setChecked(False)

    def choice(self, form: QFormLayout, name: str, label: str, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"{self.prefix}{name}")
        combo.setAccessibleName(label)
        combo.addItem("—", "")
        for code, text in labels.items():
            combo.addItem(text, code)
        self._add(form, name, label, combo)
        return combo

    def _add(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: QLineEdit | QComboBox,
        extra: QWidget | None = None,
    ) -> None:
        error = QLabel()
        error.setObjectName(f"{self.prefix}{name}_error")
        set_ink(error, "error")
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if extra is None:
            layout.addWidget(widget)
        else:
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(widget, 1)
            row.addWidget(extra)
            layout.addLayout(row)
        layout.addWidget(error)
        form.addRow(label, box)
        self.widgets[name] = widget
        self.errors[name] = error
        if self.on_change is not None:
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.on_change)
            else:
                widget.textEdited.connect(self.on_change)

    def values(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QComboBox):
                result[name] = str(widget.currentData() or "")
            else:
                result[name] = widget.text()
        return result

    def set_values(self, values: dict[str, str]) -> None:
        for name, widget in self.widgets.items():
            text = values.get(name, "") or ""
            if isinstance(widget, QComboBox):
                position = widget.findData(text)
                if position < 0 and text:  # an unknown code is kept and shown as it is
                    widget.addItem(text, text)
                    position = widget.count() - 1
                widget.setCurrentIndex(max(position, 0))
            else:
                widget.setText(text)
        self.show_errors({})

    def show_errors(self, errors: dict[str, str]) -> None:
        errors = message_texts(errors)
        for name, label in self.errors.items():
            message = errors.get(f"{self.prefix}{name}")
            label.setText(message or "")
            label.setVisible(bool(message))
            mark_wrong(self.widgets[name], bool(message))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientForm", text)


def _person_fields(fields: FieldSet, form: QFormLayout) -> None:
    fields.line(form, "first_names", _tr("Voornamen"))
    fields.line(form, "initials", _tr("Voorletters"))
    fields.line(form, "prefix", _tr("Tussenvoegsel"))
    fields.line(form, "last_name", _tr("Achternaam"))
    fields.choice(form, "gender", _tr("Geslacht"), GENDER_LABELS)
    fields.line(form, "birth_date", _tr("Geboortedatum"), _tr("dd-mm-jjjj"))
    fields.line(form, "bsn", _tr("BSN"), _tr("9 cijfers"), masked=True)
    fields.line(form, "phone", _tr("Telefoon"))
    fields.line(form, "email", _tr("E-mail"))


class ClientForm(QWidget):
    """Edits one client; ``save_requested`` carries client, partner and household values."""

    #: client id, client values, partner values, household rows
    save_requested = Signal(object, dict, dict, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Whether the person changed something since the last load or save.
        self.dirty = False
        self._loading = False
        #: The client whose values the form shows; saves always go to this one.
        self.client_id: Any = None
        self.client = FieldSet(on_change=self._changed)
        self.partner = FieldSet("partner.", on_change=self._changed)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        grid = QGridLayout(page)

        person = QGroupBox(self.tr("Persoon"))
        form = QFormLayout(person)
        _person_fields(self.client, form)
        self.client.choice(
            form, "marital_status", self.tr("Burgerlijke staat"), MARITAL_STATUS_LABELS
        )
        self.client.line(form, "marital_status_since", self.tr("Sinds"), "dd-mm-jjjj")
        self.client.line(form, "iban", self.tr("IBAN"))
        self.client.line(form, "bank_name", self.tr("Bank"))
        grid.addWidget(person, 0, 0, 2, 1)

        address = QGroupBox(self.tr("Adres"))
        form = QFormLayout(address)
        self.client.line(form, "street", self.tr("Straat"))
        self.client.line(form, "house_number", self.tr("Huisnummer"))
        self.client.line(form, "house_number_suffix", self.tr("Toevoeging"))
        self.client.line(form, "postcode", self.tr("Postcode"), "1234 AB")
        self.client.line(form, "city", self.tr("Woonplaats"))
        grid.addWidget(address, 0, 1)

        contact = QGroupBox(self.tr("Vaste contactpersoon"))
        form = QFormLayout(contact)
        self.client.line(form, "contact_name", self.tr("Naam"))
        self.client.line(form, "contact_phone", self.tr("Telefoon"))
        self.client.line(form, "contact_hours", self.tr("Bereikbaar"), "ma t/m do 9:00–12:00")
        grid.addWidget(contact, 1, 1)

        partner = QGroupBox(self.tr("Partner"))
        form = QFormLayout(partner)
        _person_fields(self.partner, form)
        grid.addWidget(partner, 2, 0)

        right = QVBoxLayout()
        bewind = QGroupBox(self.tr("Bewind en verwijzing"))
        form = QFormLayout(bewind)
        self.client.choice(form, "administration_kind", self.tr("Maatregel"), ADMINISTRATION_LABELS)
        self.client.line(form, "administrator", self.tr("Bewindvoerder"))
        self.client.line(form, "administration_organisation", self.tr("Organisatie"))
        self.client.line(
            form, "administration_decision_date", self.tr("Datum beschikking"), "dd-mm-jjjj"
        )
        right.addWidget(bewind)

        household = QGroupBox(self.tr("Kinderen en andere gezinsleden"))
        box = QVBoxLayout(household)
        self.household = QTableWidget(0, 3)
        self.household.setObjectName("household")
        self.household.setAccessibleName(self.tr("Gezinsleden"))
        self.household.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Geboortedatum"), self.tr("Relatie")]
        )
        self.household.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.household.verticalHeader().hide()
        self.household.setMinimumHeight(120)
        self.household.itemChanged.connect(self._changed)
        box.addWidget(self.household)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Gezinslid toevoegen"))
        add.clicked.connect(lambda: self.add_member({}))
        remove = QPushButton(self.tr("Verwijderen"))
        remove.clicked.connect(self._remove_member)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        box.addLayout(buttons)
        self.household_error = QLabel()
        set_ink(self.household_error, "error")
        self.household_error.setWordWrap(True)
        self.household_error.hide()
        box.addWidget(self.household_error)
        right.addWidget(household)
        right.addStretch()
        grid.addLayout(right, 2, 1)

        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("form_status")
        bar.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(self.request_save)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.request_save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self.dirty = True

    # --- household table ---------------------------------------------------------------
    def add_member(self, member: dict[str, str]) -> None:
        row = self.household.rowCount()
        self.household.insertRow(row)
        name = QTableWidgetItem(member.get("first_names", ""))
        name.setData(Qt.ItemDataRole.UserRole, member.get("id", ""))  # keeps the member's id
        self.household.setItem(row, 0, name)
        self.household.setItem(row, 1, QTableWidgetItem(member.get("birth_date", "")))
        relation = QComboBox()
        relation.setAccessibleName(self.tr("Relatie"))
        for code in (Relation.CHILD, Relation.OTHER):
            relation.addItem(RELATION_LABELS[code], code.value)
        relation.setCurrentIndex(max(relation.findData(member.get("relation", "child")), 0))
        relation.currentIndexChanged.connect(self._changed)
        self.household.setCellWidget(row, 2, relation)
        self._changed()
        if not member:
            self.household.setCurrentCell(row, 0)
            item = self.household.item(row, 0)
            if item is not None:
                self.household.editItem(item)

    def _remove_member(self) -> None:
        row = self.household.currentRow()
        if row >= 0:
            self.household.removeRow(row)
            self._changed()

    def household_values(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.household.rowCount()):
            name = self.household.item(row, 0)
            born = self.household.item(row, 1)
            relation = self.household.cellWidget(row, 2)
            assert isinstance(relation, QComboBox)
            rows.append(
                {
                    "id": str(name.data(Qt.ItemDataRole.UserRole) or "") if name else "",
                    "first_names": name.text() if name else "",
                    "birth_date": born.text() if born else "",
                    "relation": str(relation.currentData()),
                }
            )
        return rows

    # --- load and save -----------------------------------------------------------------
    def load(
        self,
        client_id: Any,
        client: dict[str, str],
        partner: dict[str, str],
        members: list[Any],
    ) -> None:
        if client_id != self.client_id:  # another person's numbers start hidden again
            self.client.mask()
            self.partner.mask()
        self.client_id = client_id
        self._loading = True
        try:
            self.client.set_values(client)
            self.partner.set_values(partner)
            self.household.setRowCount(0)
            for member in members:
                self.add_member(member)
        finally:
            self._loading = False
        self.dirty = False
        self.household_error.hide()
        self.status.clear()

    def request_save(self) -> None:
        if self.client_id is None or not self.isEnabled():
            return
        self.save_requested.emit(
            self.client_id, self.client.values(), self.partner.values(), self.household_values()
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        errors = message_texts(errors)
        self.client.show_errors(errors)
        self.partner.show_errors(errors)
        household = [text for key, text in errors.items() if key.startswith("household[")]
        self.household_error.setText(" ".join(household))
        self.household_error.setVisible(bool(household))
        if errors:
            self.status.setText(self.tr("Niet opgeslagen: verbeter de rood omlijnde velden."))
            set_ink(self.status, "error")
        else:
            self.dirty = False
            self.status.setText(self.tr("Opgeslagen."))
            set_ink(self.status, "ok")
