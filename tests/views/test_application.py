"""Starting the GUI without a keyring: the passphrase dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.paths import resolve_paths
from views.application import open_with_dialogs
from views.dialogs import PassphraseDialog


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

    from views.application import install_dutch

    install_dutch(qapp)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
