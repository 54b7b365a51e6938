"""Choosing the unlock code: what the lock of a keyring store asks for instead of a click.

Where the operating system keeps the store's key, anyone at the desk could unlock a locked
window with one click. An unlock code closes that gap: the lock then asks for it. Only a slow
hash of the code is kept, in this user's keyring (``app.unlock.set_unlock_code``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, WrongKeyError
from views.i18n import message_text
from views.theme import set_ink

if TYPE_CHECKING:
    from app.db import Database

__all__ = ["UnlockCodeDialog", "unlock_code_possible"]


def unlock_code_possible(db: Database | None) -> bool:
    """Whether this store's lock can ask for a code (a keyring store; a passphrase store
    already asks for its passphrase)."""
    from app.unlock import unlock_method

    return db is not None and unlock_method(db) in ("keyring", "code")


class UnlockCodeDialog(QDialog):
    """Asks the present code (when one is set) and the new one twice, then saves it."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.unlock import MIN_CODE_LENGTH, has_unlock_code

        self._db = db
        self.minimum = MIN_CODE_LENGTH
        self.has_code = has_unlock_code(db)
        self.setObjectName("unlock_code_dialog")
        self.setWindowTitle(self.tr("Ontgrendelcode"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Met een ontgrendelcode vraagt het vergrendelde venster om deze code, in plaats "
                "van alleen een klik. Kies minstens {n} tekens en vertel de code aan niemand."
            ).format(n=self.minimum)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old: QLineEdit | None = None
        if self.has_code:
            self.old = self._field(self.tr("Huidige ontgrendelcode"))
            form.addRow(self.tr("Huidige code"), self.old)
        self.first = self._field(self.tr("Nieuwe ontgrendelcode"))
        form.addRow(self.tr("Nieuwe code"), self.first)
        self.second = self._field(self.tr("Herhaal de nieuwe ontgrendelcode"))
        form.addRow(self.tr("Herhaal"), self.second)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_ink(self.message, "error")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    @staticmethod
    def _field(name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        field.selectAll()
        field.setFocus()

    def save(self) -> None:
        """Check what was typed, then keep the new code; a refusal says why and keeps the
        dialog open, with nothing changed."""
        from app.unlock import check_unlock, set_unlock_code

        if self.old is not None:
            try:
                check_unlock(self._db, self.old.text())
            except WrongKeyError:
                self._refuse(self.tr("De huidige ontgrendelcode klopt niet."), self.old)
                return
            except UserError as exc:  # the keyring no longer holds the key: say so
                self._refuse(message_text(exc), self.old)
                return
        if len(self.first.text()) < self.minimum:
            self._refuse(
                self.tr("De code is te kort: minstens {n} tekens.").format(n=self.minimum),
                self.first,
            )
            return
        if self.first.text() != self.second.text():
            self._refuse(self.tr("De twee codes zijn niet gelijk."), self.second)
            return
        try:
            set_unlock_code(self._db, self.first.text())
        except UserError as exc:
            self._refuse(message_text(exc), self.first)
            return
        self.accept()
