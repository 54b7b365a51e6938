"""Starting the GUI: Qt application, logging, the key, the database, the main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.cli import app_version
from app.db import Database
from app.errors import UserError, WrongKeyError
from app.paths import Paths, resolve_paths
from app.store import open_database
from views.dialogs import PassphraseDialog, show_error
from views.main_window import MainWindow
from views.worker import run_in_background, wait_for_background

log = logging.getLogger(__name__)


def setup_logging(paths: Paths) -> None:
    """A rotating log file in the data folder; records carry no personal data by design."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "procesplaat.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Procesplaat")
    QCoreApplication.setApplicationName("Procesplaat")
    QCoreApplication.setApplicationVersion(app_version())
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    return QApplication(argv if argv is not None else sys.argv[:1])


def settings_for(paths: Paths) -> QSettings:
    """Window layout and preferences live in the data folder, not in the user's home."""
    return QSettings(str(paths.settings), QSettings.Format.IniFormat)


def open_with_dialogs(paths: Paths) -> Database | None:
    """Open the database, asking for a passphrase where no keyring keeps the key.

    A wrong passphrase is asked again; any other refusal is shown once. Returns None when the
    person cancels or the folder cannot be opened.
    """
    asked = {"times": 0, "cancelled": False}

    def prompt(new: bool) -> str | None:
        asked["times"] += 1
        dialog = PassphraseDialog(new)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            asked["cancelled"] = True
            return None
        return dialog.passphrase()

    title = QCoreApplication.translate("app", "Procesplaat")
    while True:
        try:
            return open_database(paths, prompt)
        except WrongKeyError as exc:
            QMessageBox.warning(None, title, exc.message)
            if not asked["times"]:  # a keyring key that does not fit: asking again won't help
                return None
        except UserError as exc:
            if not asked["cancelled"]:
                QMessageBox.warning(None, title, exc.message)
            return None


def run_gui(args: argparse.Namespace, *, today: date | None = None) -> int:
    paths = resolve_paths(args.data_dir)
    qt_app = make_application()
    try:
        setup_logging(paths)
    except OSError as exc:
        QMessageBox.critical(
            None, "Procesplaat", f"De gegevensmap {paths.data_dir} is niet bruikbaar: {exc}"
        )
        return 1
    db = open_with_dialogs(paths)
    if db is None:
        return 1
    window = MainWindow(db, settings_for(paths), today=today)
    window.show()
    if getattr(args, "demo", False):
        add_demo_then_reload(window)
    else:
        window.reload()
    code = qt_app.exec()
    wait_for_background()
    db.close()
    return code


def add_demo_then_reload(window: MainWindow) -> None:
    """Add the demo dossiers (once; they are recognised by their ids) off the GUI thread."""
    from app.demo import add_demo_dossiers

    db = window.db
    today = window.today()

    def add() -> list[object]:
        with db.session() as session:
            return list(add_demo_dossiers(session, today=today))

    def added(ids: list[object]) -> None:
        window.reload(ids[0] if ids else None)  # type: ignore[arg-type]

    def failed(exc: BaseException) -> None:
        show_error(window, exc, str(db.paths.logs))
        window.reload()

    run_in_background(add, added, failed)
