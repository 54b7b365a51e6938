"""Opening the store after the window has painted: the key, the first list, the store.

In order, each step on the event loop's turn so that the window stays responsive:

1. The key (keyring or passphrase: a dialog may be needed, so on the GUI thread), proven
   against the database; a wrong passphrase is asked again.
2. The client list, read straight from the encrypted file in the background (app.first_list)
   while SQLAlchemy and SQLModel are not yet imported: the caseworker sees her clients.
3. The store's stack, imported in the background; then the store itself, opened with the
   same key on the GUI thread (a migration's refusal must be told).
4. The window gets the store: the dossier's tabs, the week and a client chosen meanwhile.

A folder whose database must first be made or migrated, and a server database, skip step 2:
the store opens (and migrates, backup first) before anything is read.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from app.errors import UserError, WrongKeyError
from app.paths import Paths
from views.worker import run_in_background

if TYPE_CHECKING:
    from app.client_rows import ClientRow
    from app.db import Database
    from app.secrets import PassphrasePrompt, StoreKey
    from views.main_window import MainWindow

log = logging.getLogger(__name__)

_Opened = TypeVar("_Opened")


def _asking(open_it: Callable[[PassphrasePrompt], _Opened]) -> _Opened | None:
    """``open_it`` with a passphrase dialog as its prompt: a wrong passphrase is said and asked
    again; any other refusal is said once. None when the person cancels or it cannot open."""
    from views.dialogs import PassphraseDialog
    from views.i18n import message_text

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
            return open_it(prompt)
        except WrongKeyError as exc:
            QMessageBox.warning(None, title, message_text(exc))
            if not asked["times"]:  # a keyring key that does not fit: asking again won't help
                return None
        except UserError as exc:
            if not asked["cancelled"]:
                QMessageBox.warning(None, title, message_text(exc))
            return None


def key_with_dialogs(paths: Paths) -> StoreKey | None:
    """The folder's key (a new one for a new folder), asking for the passphrase where no
    keyring keeps it, proven against the database. None when the person cancels or the
    folder cannot be opened (she was told why)."""
    from app.first_list import prove_key
    from app.secrets import open_key

    def open_it(prompt: PassphrasePrompt) -> StoreKey:
        key = open_key(paths, prompt)
        prove_key(paths, key)
        return key

    return _asking(open_it)


def open_with_dialogs(paths: Paths, key: StoreKey | None = None) -> Database | None:
    """Open the database (with ``key`` when the start has it), asking for a passphrase where
    no keyring keeps the key. None when the person cancels or the folder cannot be opened."""
    from app.store import open_database

    return _asking(lambda prompt: open_database(paths, prompt, key=key))


def import_store_stack() -> None:
    """What opening the store and loading the list need; the tabs' modules come later."""
    importlib.import_module("app.store")
    importlib.import_module("app.clients")


def _import_first_list() -> None:
    """The key's and the first list's modules: keyring and SQLCipher, no SQLAlchemy."""
    importlib.import_module("app.secrets")
    importlib.import_module("app.first_list")


class StoreOpening(QObject):
    """The steps from a painted, empty window to a window with its store (module docstring)."""

    def __init__(self, window: MainWindow, paths: Paths, *, demo: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.demo = demo
        self.key: StoreKey | None = None

    def begin(self) -> None:
        from app.first_list import applies

        if applies():
            run_in_background(_import_first_list, self._open_key, self._failed)
        else:
            run_in_background(import_store_stack, self._open_store, self._failed)

    def _open_key(self, _: object = None) -> None:
        self.key = key_with_dialogs(self.paths)
        if self.key is None:
            self._refused()
            return
        key, paths, today = self.key, self.paths, self.window.today()

        def read() -> list[ClientRow] | None:
            from app.first_list import read_first_list

            return read_first_list(paths, key, today=today)

        run_in_background(read, self._first_list_read, self._failed)

    def _first_list_read(self, rows: list[ClientRow] | None) -> None:
        if rows is not None:
            self.window.show_first_rows(rows)
        run_in_background(import_store_stack, self._open_store, self._failed)

    def _open_store(self, _: object = None) -> None:
        db = open_with_dialogs(self.paths, self.key)
        if db is None:
            self._refused()
            return
        window = self.window
        listed = window.has_first_rows()
        window.set_database(db)
        if self.demo:
            add_demo_then_reload(window)
        elif listed:
            window.continue_after_first_list()
        else:
            window.reload()
        if listed and not self.demo:
            self._after_the_list(db)
            return

        def after_the_list() -> None:
            window.clients_loaded.disconnect(after_the_list)
            self._after_the_list(db)

        window.clients_loaded.connect(after_the_list)

    def _after_the_list(self, db: Database) -> None:
        # Not before: on the way to the list they would compete with it for the interpreter
        # (the version alone reads the package metadata: some 100 ms).
        run_in_background(lambda: _sweep(db), lambda _n: None, _sweep_failed)
        run_in_background(_app_version, QCoreApplication.setApplicationVersion, _no_version)

    def _refused(self) -> None:
        self.window.setProperty("refused", True)
        self.window.close()

    def _failed(self, exc: BaseException) -> None:
        from views.dialogs import show_error

        show_error(self.window, exc, str(self.paths.logs))
        self.window.close()


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
        from views.dialogs import show_error

        show_error(window, exc, str(db.paths.logs))
        window.reload()

    run_in_background(add, added, failed)


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


def _app_version() -> str:
    from app.cli import app_version

    return app_version()


def _no_version(exc: BaseException) -> None:
    log.warning("version not read: %s", type(exc).__name__)
