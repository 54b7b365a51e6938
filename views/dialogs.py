"""Small dialogs: passphrase, new client, closing a dossier, and showing errors."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from views.i18n import message_text, message_texts
from views.theme import set_ink

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


class PassphraseDialog(QDialog):
    """Asks for the data folder's passphrase; for a new folder, twice."""

    def __init__(self, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.secrets import MIN_PASSPHRASE_LENGTH  # keyring is not needed before this

        self.minimum = MIN_PASSPHRASE_LENGTH
        self.setWindowTitle(self.tr("Procesplaat — wachtwoord"))
        layout = QVBoxLayout(self)
        if new:
            text = self.tr(
                "Deze computer heeft geen sleutelbos waarin Procesplaat de sleutel van de "
                "gegevens kan bewaren. Kies een wachtwoord van minstens {n} tekens. Zonder dit "
                "wachtwoord kan niemand de gegevens lezen, ook u niet: bewaar het goed."
            ).format(n=self.minimum)
        else:
            text = self.tr("Geef het wachtwoord van de gegevens van Procesplaat.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Wachtwoord"))
        form.addRow(self.tr("Wachtwoord"), self.first)
        self.second: QLineEdit | None = None
        if new:
            self.second = QLineEdit()
            self.second.setEchoMode(QLineEdit.EchoMode.Password)
            self.second.setAccessibleName(self.tr("Herhaal wachtwoord"))
            form.addRow(self.tr("Herhaal"), self.second)
        layout.addLayout(form)
        self.message = QLabel()
        set_ink(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _check(self) -> None:
        if self.second is not None:
            if len(self.first.text()) < self.minimum:
                self.message.setText(
                    self.tr("Het wachtwoord is te kort: minstens {n} tekens.").format(
                        n=self.minimum
                    )
                )
                return
            if self.first.text() != self.second.text():
                self.message.setText(self.tr("De twee wachtwoorden zijn niet gelijk."))
                return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


class NewClientDialog(QDialog):
    """The few facts needed to start a dossier; the rest goes in the Gegevens tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe klant"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name, text, hint in (
            ("first_names", self.tr("Voornamen"), ""),
            ("prefix", self.tr("Tussenvoegsel"), ""),
            ("last_name", self.tr("Achternaam"), ""),
            ("birth_date", self.tr("Geboortedatum"), "dd-mm-jjjj"),
            ("bsn", self.tr("BSN"), self.tr("mag later")),
            ("postcode", self.tr("Postcode"), "1234 AB"),
        ):
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(text)
            edit.setPlaceholderText(hint)
            error = QLabel()
            set_ink(error, "error")
            error.hide()
            form.addRow(text, edit)
            form.addRow("", error)
            self.fields[name] = edit
            self.errors[name] = error
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Aanmaken"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.fields.items()}

    def show_errors(self, errors: dict[str, str]) -> None:
        errors = message_texts(errors)
        for name, label in self.errors.items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)


class CloseClientDialog(QDialog):
    """Closing a dossier: the date counts for the retention term."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dossier sluiten"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Het dossier van {name} sluiten? Het blijft bewaard en kan weer geopend worden."
            ).format(name=name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setAccessibleName(self.tr("Datum van sluiten"))
        form.addRow(self.tr("Gesloten op"), self.date)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sluiten"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def closed_on(self) -> date:
        value = self.date.date()
        return date(value.year(), value.month(), value.day())


def show_error(
    parent: QWidget | None, exc: BaseException, log_location: str = "", *, logged: bool = False
) -> None:
    """A user error as its Dutch message; anything else as a bug with the log's location."""
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, _tr("Procesplaat"), message_text(exc))
        return
    if not logged:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    text = _tr(
        "Er ging iets mis in Procesplaat. Er is niets verloren gegaan wat al was opgeslagen."
    )
    if log_location:
        text += "\n\n" + _tr("Details staan in het logboek: {path}").format(path=log_location)
    QMessageBox.critical(parent, _tr("Procesplaat"), text)
