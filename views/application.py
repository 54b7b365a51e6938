"""Starting the GUI: Qt application, logging, the key, the database, the main window."""

from __future__ import annotations

import argparse
import errno
import logging
import os
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from app.errors import UserError
from app.paths import Paths, resolve_paths
from views.worker import wait_for_background

# Everything not needed for the first paint is imported where it is used: the window must
# appear before the database stack (SQLAlchemy, SQLCipher) and the print stack (ReportLab)
# are imported, and every module (every Qt class touched) before it delays that moment.
# tests/views/test_start.py fails when one of them comes back at the top.
if TYPE_CHECKING:
    from views.main_window import MainWindow

log = logging.getLogger(__name__)


def install_bug_handler(
    paths: Paths, on_bug: Callable[[BaseException], None] | None = None
) -> None:
    """An exception no code expected: logged without values and shown with the log's place.

    ``on_bug`` replaces the dialog (``--quit-when-ready`` ends the program with code 70).
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        from app.logs import log_bug
        from views.dialogs import show_error

        if not isinstance(exc, Exception):  # KeyboardInterrupt and friends: the default way
            sys.__excepthook__(kind, exc, exc.__traceback__)
            return
        if isinstance(exc, UserError):  # said as a message (under --quit-when-ready: exit 1)
            show_error(QApplication.activeWindow(), exc)
            return
        where = log_bug(paths, exc)
        if on_bug is not None:
            on_bug(exc)
            return
        show_error(QApplication.activeWindow(), exc, str(where or ""), logged=True)

    sys.excepthook = hook


def make_application(
    argv: list[str] | None = None,
    settings: QSettings | None = None,
    *,
    theme_after_paint: bool = False,
) -> QApplication:
    """The Qt application with its icon, in the saved language, theme and text size.

    Without ``settings`` (screenshots, tools) it is Dutch, follows the system's theme and
    uses the system's text size. ``theme_after_paint``: the caller applies the theme again
    after its window's first paint (preferences.apply_theme, ``early``).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from PySide6.QtGui import QIcon

    from app.paths import resources_dir
    from views import preferences

    QCoreApplication.setOrganizationName("Procesplaat")
    QCoreApplication.setApplicationName("Procesplaat")
    # Qt 6 passes fractional scale factors through (125 %, 150 %) by default: nothing to set.
    qt_app = QApplication(argv if argv is not None else sys.argv[:1])
    qt_app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "procesplaat.png")))
    qt_app.setDesktopFileName("procesplaat")  # Wayland matches packaging/procesplaat.desktop
    if settings is not None:
        preferences.apply_preferences(qt_app, settings, early=theme_after_paint)
    else:
        preferences.install_language(qt_app, preferences.DEFAULT_LANGUAGE)
        preferences.follow_system(qt_app)
    return qt_app


def settings_for(paths: Paths) -> QSettings:
    """Window layout and preferences live in the data folder, not in the user's home."""
    from views.preferences import settings_at

    return settings_at(paths)


def run_gui(
    args: argparse.Namespace,
    *,
    today: date | None = None,
    on_window: Callable[[MainWindow], object] | None = None,
) -> int:
    """Show the window first, then open the store: the person sees the app at once.

    ``args.quit_when_ready`` (a hidden option for the packaging smoke test) ends the program
    with 0 once the window has painted and its list holds every client, 70 on a bug and 1
    when that takes over a minute or the program waits for a person (views.ready).
    ``on_window`` sees the window as soon as it is made (the start benchmark watches it).
    """
    paths = resolve_paths(args.data_dir)
    qt_app = make_application(settings=settings_for(paths), theme_after_paint=True)
    try:
        # Said before any window; the log file itself is set up after the first paint.
        paths.logs.mkdir(parents=True, exist_ok=True)
        if not os.access(paths.logs, os.W_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    except OSError as exc:
        _folder_unusable(paths, exc)
        return 1
    early = _EarlyRecords.install()
    watch = None
    if getattr(args, "quit_when_ready", False):
        from views.ready import QuitWhenReady

        watch = QuitWhenReady(qt_app)
        watch.finished.connect(qt_app.exit)
    install_bug_handler(paths, watch.bug if watch is not None else None)
    from views.single_instance import FirstInstance, bring_to_front, claim_folder

    # One window per data folder: a second start brings the first to the front and ends.
    try:
        first = claim_folder(paths)
    except UserError as exc:
        from PySide6.QtWidgets import QMessageBox

        from views.i18n import message_text

        QMessageBox.critical(None, "Procesplaat", message_text(exc))
        return 1
    if not isinstance(first, FirstInstance):
        return first  # 0: the first window came to the front; 1: the person was told why
    try:
        demo = bool(getattr(args, "demo", False))
        window = start_window(paths, demo=demo, today=today, early=early)
        if watch is not None:
            watch.follow(window)
        if on_window is not None:
            on_window(window)
        first.listen_when_painted(window)  # the local server (QtNetwork) after the paint
        first.raise_requested.connect(lambda: bring_to_front(window))
        code = qt_app.exec()
        wait_for_background()
        if window.has_database():
            window.db.close()
        elif window.property("refused") and not code:
            return 1  # the store could not be opened: the person saw why
        return code
    finally:
        first.release()


def start_window(
    paths: Paths,
    *,
    demo: bool = False,
    today: date | None = None,
    early: _EarlyRecords | None = None,
) -> MainWindow:
    """The main window, shown before the database stack is imported.

    Until the first paint only what is seen is built: the list side, the menus, the status
    line. Then the log file and the lock (its application-wide event filter makes Python
    wrappers for every object that gets an event, which costs tens of milliseconds once),
    and the store's opening (views.store_opening: the key, the first list, the store, and
    last the dossier's tabs).
    """
    from views.main_window import MainWindow

    settings = settings_for(paths)
    window = MainWindow(None, settings, today=today, complete=False)

    def after_first_paint() -> None:
        window.complete_window()
        from views import preferences

        qt_app = QApplication.instance()
        if isinstance(qt_app, QApplication):  # the theme's full check (apply_theme, early)
            preferences.apply_theme(qt_app, preferences.theme(settings))
        if not _start_log(paths, early):
            window.setProperty("refused", True)
            window.close()
            return
        # The heavy imports start once the window has painted: started earlier, they compete
        # with building the window for the interpreter and the person waits longer.
        from views.store_opening import StoreOpening

        StoreOpening(window, paths, demo=demo).begin()
        from views.lock import install_lock

        window.lock_guard = install_lock(window)  # idle minutes and Ctrl+L hide her data

    from views.first_paint import after_first_paint as when_painted

    when_painted(window, after_first_paint)
    window.statusBar().showMessage(QCoreApplication.translate("app", "Gegevens openen…"))
    window.show()
    return window


def _folder_unusable(paths: Paths, exc: OSError) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.errors import folder_unusable
    from views.i18n import message_text

    QMessageBox.critical(None, "Procesplaat", message_text(folder_unusable(paths.data_dir, exc)))


class _EarlyRecords(logging.Handler):
    """Log records of the start, kept until the log file is set up after the first paint.

    app.logs' rotating file handler needs logging.handlers (with socket, pickle and queue):
    imported before the first paint it would delay the window by some 10 ms.
    """

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    @classmethod
    def install(cls) -> _EarlyRecords:
        root = logging.getLogger()
        for handler in root.handlers:
            if isinstance(handler, cls):
                return handler
        early = cls()
        root.addHandler(early)
        if root.level > logging.INFO or root.level == logging.NOTSET:
            root.setLevel(logging.INFO)
        return early

    def hand_over(self) -> None:
        """The kept records go to the handlers the root logger has now."""
        root = logging.getLogger()
        root.removeHandler(self)
        records, self.records = self.records, []
        for record in records:
            root.handle(record)


def _start_log(paths: Paths, early: _EarlyRecords | None) -> bool:
    """The log file, once the window shows; False (and the person told) when it cannot be."""
    from app.logs import setup_logging

    try:
        setup_logging(paths)
    except OSError as exc:
        _folder_unusable(paths, exc)
        return False
    if early is not None:
        early.hand_over()
    return True
