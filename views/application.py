"""Starting the GUI: Qt application, logging, the key, the database, the main window."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.errors import UserError, WrongKeyError
from app.logs import log_bug, setup_logging
from app.paths import Paths, resolve_paths
from views.dialogs import PassphraseDialog, show_error
from views.main_window import MainWindow
from views.worker import run_in_background, wait_for_background

if TYPE_CHECKING:
    from app.db import Database

log = logging.getLogger(__name__)


def install_bug_handler(paths: Paths) -> None:
    """An exception no code expected: logged without values and shown with the log's place."""

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt and friends: the default way
            sys.__excepthook__(kind, exc, exc.__traceback__)
            return
        if isinstance(exc, UserError):
            show_error(QApplication.activeWindow(), exc)
            return
        where = log_bug(paths, exc)
        show_error(QApplication.activeWindow(), exc, str(where or ""), logged=True)

    sys.excepthook = hook


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Procesplaat")
    QCoreApplication.setApplicationName("Procesplaat")
    QApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    qt_app = QApplication(argv if argv is not None else sys.argv[:1])
    install_dutch(qt_app)
    return qt_app


def install_dutch(qt_app: QApplication) -> None:
    """Dutch for Qt's own words too (Annuleren, Ja, Nee) and for dates and numbers."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translator = QTranslator(qt_app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QLocale.Language.Dutch), "qtbase", "_", folder):
        qt_app.installTranslator(translator)


def settings_for(paths: Paths) -> QSettings:
    """Window layout and preferences live in the data folder, not in the user's home."""
    return QSettings(str(paths.settings), QSettings.Format.IniFormat)


def _sweep(db: Database) -> int:
    """What a crash left in the documents folder goes, once per start (app.documents)."""
    from app.documents import sweep_orphans

    removed = sweep_orphans(db)
    if removed:
        log.info("documents folder: %d leftover file(s) of an interrupted run removed", removed)
    return removed


def _sweep_failed(exc: BaseException) -> None:
    """A folder that cannot be swept is no reason to stop the program: say so in the log."""
    log.warning("documents folder not swept: %s", type(exc).__name__)


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

    from app.store import open_database

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
    """Show the window first, then open the store: the person sees the app at once."""
    paths = resolve_paths(args.data_dir)
    qt_app = make_application()
    try:
        setup_logging(paths)
    except OSError as exc:
        QMessageBox.critical(
            None, "Procesplaat", f"De gegevensmap {paths.data_dir} is niet bruikbaar: {exc}"
        )
        return 1
    install_bug_handler(paths)
    from views.single_instance import FirstInstance, bring_to_front, claim_folder

    # One window per data folder: a second start brings the first to the front and ends.
    try:
        first = claim_folder(paths)
    except UserError as exc:
        QMessageBox.critical(None, "Procesplaat", exc.message)
        return 1
    if not isinstance(first, FirstInstance):
        return first  # 0: the first window came to the front; 1: the person was told why
    try:
        window = start_window(paths, demo=bool(getattr(args, "demo", False)), today=today)
        first.raise_requested.connect(lambda: bring_to_front(window))
        code = qt_app.exec()
        wait_for_background()
        if window.has_database():
            window.db.close()
        elif window.property("refused"):
            return 1  # the store could not be opened: the person saw why
        return code
    finally:
        first.release()


def start_window(paths: Paths, *, demo: bool = False, today: date | None = None) -> MainWindow:
    """The main window, shown before the database stack is imported.

    The heavy imports (SQLAlchemy, SQLCipher, Alembic) run in the background; then the store
    opens on the GUI thread, because a passphrase dialog may be needed; then the client list
    loads in the background again.
    """
    window = MainWindow(None, settings_for(paths), today=today)
    from views.lock import install_lock

    window.lock_guard = install_lock(window)  # idle minutes and Ctrl+L hide her data

    def imported(_: object) -> None:
        from app.cli import app_version

        QCoreApplication.setApplicationVersion(app_version())
        db = open_with_dialogs(paths)
        if db is None:
            window.setProperty("refused", True)
            window.close()
            return
        window.set_database(db)
        run_in_background(lambda: _sweep(db), lambda _n: None, _sweep_failed)
        if demo:
            add_demo_then_reload(window)
        else:
            window.reload()

    def failed(exc: BaseException) -> None:
        show_error(window, exc, str(paths.logs))
        window.close()

    # The heavy imports start once the window has painted: started earlier, they compete with
    # building the window for the interpreter and the person waits longer to see anything.
    starter = _AfterFirstPaint(
        window, lambda: run_in_background(_import_store_stack, imported, failed)
    )
    window.installEventFilter(starter)
    window.show()
    window.statusBar().showMessage(QCoreApplication.translate("app", "Gegevens openen…"))
    return window


class _AfterFirstPaint(QObject):
    """Runs a function once, right after the watched window's first paint."""

    def __init__(self, parent: QObject, function: Callable[[], object]) -> None:
        super().__init__(parent)
        self._function: Callable[[], object] | None = function

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self._function is not None:
            function, self._function = self._function, None
            QTimer.singleShot(0, function)
        return False


def _import_store_stack() -> None:
    importlib.import_module("app.store")
    importlib.import_module("app.clients")
    importlib.import_module("app.dossier_json")
    # The conversation tabs' modules (no widgets are made here: that stays on the GUI thread).
    importlib.import_module("views.procesplaat")
    importlib.import_module("views.praatplaat")


def add_demo_then_reload(window: MainWindow) -> None:
    """Add the demo dossiers (once; they are recognised by their ids) off the GUI thread."""
    from app.demo import install_demo

    db = window.db
    today = window.today()

    def add() -> list[object]:
        return list(install_demo(db, today=today)[0])

    def added(ids: list[object]) -> None:
        window.reload(ids[0] if ids else None)  # type: ignore[arg-type]

    def failed(exc: BaseException) -> None:
        show_error(window, exc, str(db.paths.logs))
        window.reload()

    run_in_background(add, added, failed)
