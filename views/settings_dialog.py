"""Instellingen (Extra › Instellingen…, Ctrl+,): lock, retention term, look and language.

Everything but the language takes effect when the person presses OK or Toepassen; the language
needs a new start (Qt's own words and every built window would otherwise be half-translated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.retention import DEFAULT_YEARS, MAX_YEARS, load_term, save_term
from views import preferences
from views.dialogs import show_error
from views.i18n import QT_TRANSLATE_NOOP
from views.lock import DEFAULT_IDLE_MINUTES, IDLE_KEY, idle_minutes
from views.unlock_code_dialog import UnlockCodeDialog, unlock_code_possible

if TYPE_CHECKING:
    from app.db import Database
    from app.paths import Paths
    from views.lock import LockGuard

__all__ = ["MAX_IDLE_MINUTES", "SettingsDialog"]

#: Longer than two hours unattended is not a lock any more; 0 switches it off.
MAX_IDLE_MINUTES = 120

# Marked for translation here, translated where shown.
_THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Volg het systeem"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Licht"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Donker"),
}
_LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


class SettingsDialog(QDialog):
    """The person's preferences, kept in the data folder's settings file.

    Args:
        settings: the main window's settings (the data folder's).
        paths: the data folder, for the retention term; None before the store is open (the
            term can then not be changed here).
        lock_guard: the running lock, told the new idle time at once.
    """

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        paths: Paths | None = None,
        lock_guard: LockGuard | None = None,
        db: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self._settings = settings
        self._paths = paths
        self._lock_guard = lock_guard
        self._language_at_start = preferences.language(settings)

        self.idle = QSpinBox()
        self.idle.setObjectName("idle_minutes")
        self.idle.setRange(0, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" minuten"))
        self.idle.setSpecialValueText(self.tr("Nooit"))
        self.idle.setAccessibleName(self.tr("Vergrendelen na minuten zonder gebruik"))
        lock_box = QGroupBox(self.tr("Vergrendelen"))
        lock_form = QFormLayout(lock_box)
        lock_form.addRow(self.tr("Vergrendelen na"), self.idle)
        lock_form.addRow(
            self._note(
                self.tr("Zonder muis of toetsenbord. 0 is nooit; Ctrl+L vergrendelt altijd meteen.")
            )
        )
        self._db = db
        # Only a keyring store: one with a passphrase already asks for it when locked.
        self.unlock_code: QPushButton | None = None
        self.unlock_code_note = self._note("")
        if unlock_code_possible(db):
            self.unlock_code = QPushButton()
            self.unlock_code.setObjectName("unlock_code")
            self.unlock_code.clicked.connect(self.choose_unlock_code)
            lock_form.addRow(self.tr("Ontgrendelcode"), self.unlock_code)
            lock_form.addRow(self.unlock_code_note)
            self._show_unlock_code()

        self.years = QSpinBox()
        self.years.setObjectName("retention_years")
        self.years.setRange(1, MAX_YEARS)
        self.years.setSuffix(self.tr(" jaar na sluiten"))
        self.years.setAccessibleName(self.tr("Bewaartermijn"))
        retention_box = QGroupBox(self.tr("Bewaartermijn"))
        retention_form = QFormLayout(retention_box)
        retention_form.addRow(self.tr("Gesloten dossiers bewaren"), self.years)
        if paths is None:
            self.years.setEnabled(False)
            retention_form.addRow(self._note(self.tr("Te wijzigen zodra de gegevens open zijn.")))

        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for code, name in _THEME_NAMES.items():
            self.theme.addItem(QCoreApplication.translate("SettingsDialog", name), code)
        self.theme.setAccessibleName(self.tr("Thema"))
        self.zoom = QSpinBox()
        self.zoom.setObjectName("zoom")
        self.zoom.setRange(preferences.MIN_ZOOM, preferences.MAX_ZOOM)
        self.zoom.setSingleStep(10)
        self.zoom.setSuffix(" %")
        self.zoom.setAccessibleName(self.tr("Tekstgrootte"))
        look_box = QGroupBox(self.tr("Weergave"))
        look_form = QFormLayout(look_box)
        look_form.addRow(self.tr("Thema"), self.theme)
        look_form.addRow(self.tr("Tekstgrootte"), self.zoom)
        look_form.addRow(self._note(self.tr("100 % is de tekstgrootte van het systeem.")))

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in _LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language in its own words: not translated
        self.language.setAccessibleName(self.tr("Taal"))
        language_box = QGroupBox(self.tr("Taal"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("Taal van het programma"), self.language)
        language_form.addRow(
            self._note(self.tr("Een andere taal gaat in bij de volgende start van Procesplaat."))
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply_button.clicked.connect(self.apply)
        defaults = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)

        layout = QVBoxLayout(self)
        for box in (lock_box, retention_box, look_box, language_box):
            layout.addWidget(box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.load()

    def _note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        return note

    def _show_unlock_code(self) -> None:
        from app.unlock import has_unlock_code

        if self._db is None or self.unlock_code is None:
            return
        if has_unlock_code(self._db):
            self.unlock_code.setText(self.tr("Wijzigen…"))
            self.unlock_code_note.setText(
                self.tr("Het vergrendelde venster vraagt om de ontgrendelcode.")
            )
        else:
            self.unlock_code.setText(self.tr("Instellen…"))
            self.unlock_code_note.setText(
                self.tr(
                    "Nu ontgrendelt een klik het venster. Met een code kan niemand anders aan "
                    "uw bureau het venster openen."
                )
            )

    def choose_unlock_code(self) -> None:
        """The unlock code's own dialog; saved there at once (it lives in the keyring)."""
        if self._db is None:
            return
        UnlockCodeDialog(self._db, self).exec()
        self._show_unlock_code()

    # --- values ----------------------------------------------------------------------------
    def load(self) -> None:
        """Show what is saved (a damaged value shows as its default)."""
        self.idle.setValue(min(idle_minutes(self._settings), MAX_IDLE_MINUTES))
        self.years.setValue(load_term(self._paths) if self._paths is not None else DEFAULT_YEARS)
        self._choose(self.theme, preferences.theme(self._settings))
        self.zoom.setValue(preferences.zoom_percent(self._settings))
        self._choose(self.language, preferences.language(self._settings))

    def restore_defaults(self) -> None:
        """The program's own values in the fields; saved only with OK or Toepassen."""
        self.idle.setValue(DEFAULT_IDLE_MINUTES)
        if self._paths is not None:
            self.years.setValue(DEFAULT_YEARS)
        self._choose(self.theme, preferences.DEFAULT_THEME)
        self.zoom.setValue(preferences.DEFAULT_ZOOM)
        self._choose(self.language, preferences.DEFAULT_LANGUAGE)

    @staticmethod
    def _choose(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        combo.setCurrentIndex(max(index, 0))

    def apply(self) -> bool:
        """Save and apply; False when the retention term could not be saved (she was told)."""
        if self._paths is not None and self.years.value() != load_term(self._paths):
            try:
                save_term(self._paths, self.years.value())
            except UserError as exc:
                show_error(self, exc)
                return False
        if self._lock_guard is not None:
            self._lock_guard.set_idle_minutes(self.idle.value())
        else:
            self._settings.setValue(IDLE_KEY, self.idle.value())
        chosen_theme = str(self.theme.currentData())
        preferences.save_theme(self._settings, chosen_theme)
        preferences.save_zoom(self._settings, self.zoom.value())
        chosen_language = str(self.language.currentData())
        preferences.save_language(self._settings, chosen_language)
        self._settings.sync()
        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication):
            preferences.apply_theme(qt_app, chosen_theme)
            preferences.apply_zoom(qt_app, self.zoom.value())
        return True

    @property
    def language_changed(self) -> bool:
        """Another language was saved: it shows after a new start."""
        return preferences.language(self._settings) != self._language_at_start

    def accept(self) -> None:
        if self.apply():
            super().accept()
