"""Starting the GUI without a keyring: the passphrase dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import resolve_paths
from views.dialogs import PassphraseDialog
from views.store_opening import key_with_dialogs, open_with_dialogs


def answer_passphrase(*texts: str, repeat: bool = False) -> list[str]:
    """Answer the next passphrase dialog (and any message box) as a person would."""
    shown: list[str] = []

    def answer() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            shown.append(widget.text())
            widget.accept()
            QTimer.singleShot(0, answer)
            return
        if not isinstance(widget, PassphraseDialog):
            QTimer.singleShot(10, answer)
            return
        text = texts[min(len(shown_dialogs), len(texts) - 1)]
        shown_dialogs.append(widget.second is not None)
        widget.first.setText(text)
        if widget.second is not None:
            widget.second.setText(text)
        widget._check()
        if len(shown_dialogs) < len(texts):
            QTimer.singleShot(0, answer)

    shown_dialogs: list[bool] = []
    QTimer.singleShot(0, answer)
    return shown


def test_application_first_start_without_keyring_chooses_a_passphrase(
    qtbot, data_dir: Path, no_keyring
) -> None:
    answer_passphrase("een goed wachtwoord")
    db = open_with_dialogs(resolve_paths(data_dir))
    assert db is not None
    db.close()
    assert '"passphrase"' in resolve_paths(data_dir).store_info.read_text()


def test_application_wrong_passphrase_is_said_and_asked_again(
    qtbot, data_dir: Path, no_keyring
) -> None:
    answer_passphrase("een goed wachtwoord")
    open_with_dialogs(resolve_paths(data_dir)).close()
    messages = answer_passphrase("een fout wachtwoord", "een goed wachtwoord")
    db = open_with_dialogs(resolve_paths(data_dir))
    assert db is not None
    db.close()
    assert len(messages) == 1
    assert "niet geopend worden" in messages[0]


def test_start_key_wrong_passphrase_is_said_and_asked_again_before_the_list(
    qtbot, data_dir: Path, no_keyring
) -> None:
    """The start's first step (views.store_opening): the key, proven against the database."""
    answer_passphrase("een goed wachtwoord")
    open_with_dialogs(resolve_paths(data_dir)).close()
    messages = answer_passphrase("een fout wachtwoord", "een goed wachtwoord")
    key = key_with_dialogs(resolve_paths(data_dir))
    assert key is not None
    assert len(messages) == 1
    assert "niet geopend worden" in messages[0]
    db = open_with_dialogs(resolve_paths(data_dir), key)  # the same key: nobody asked again
    assert db is not None
    db.close()


def test_application_cancelled_passphrase_opens_nothing(qtbot, data_dir: Path, no_keyring) -> None:
    def cancel() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, PassphraseDialog):
            widget.reject()
        else:
            QTimer.singleShot(10, cancel)

    QTimer.singleShot(0, cancel)
    assert open_with_dialogs(resolve_paths(data_dir)) is None
    assert not resolve_paths(data_dir).database.exists()


def test_application_qt_standard_buttons_speak_dutch(qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from views.preferences import install_language

    install_language(qapp, "nl")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"


_START = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from views.application import make_application
from views.theme import is_dark
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
app = make_application(settings=settings)
print(QCoreApplication.translate("MainWindow", "Schulden"))
print("dark" if is_dark(app.palette()) else "light")
from PySide6.QtGui import QFontDatabase
system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
print(round(app.font().pointSizeF() * 100 / system))
print("icon" if not app.windowIcon().isNull() else "no icon")
"""


def test_application_starts_in_the_saved_language_theme_and_with_its_icon(tmp_path) -> None:
    """A fresh start reads the data folder's settings: English, dark, and the window icon."""
    import os
    import subprocess
    import sys

    from PySide6.QtCore import QSettings

    from tools.i18n import main as i18n

    ini = tmp_path / "instellingen.ini"
    saved = QSettings(str(ini), QSettings.Format.IniFormat)
    saved.setValue("ui/language", "en")
    saved.setValue("ui/theme", "dark")
    saved.setValue("ui/zoom_percent", 150)
    saved.sync()
    assert i18n(["release"]) == 0  # the English .qm, as make builds it
    run = subprocess.run(
        [sys.executable, "-c", _START, str(ini)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    words, theme, zoom, icon = run.stdout.split("\n")[:4]
    assert (words, theme, zoom, icon) == ("Debts", "dark", "150", "icon")
