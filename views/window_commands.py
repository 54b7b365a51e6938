"""The main window's menus and the commands they start: new, close and reopen a dossier,
print, export, read in and check a bundle. ``MainWindow`` builds on this class and provides
the client list, the dossier and the tabs it refers to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMainWindow, QTableView, QTabWidget

from views.client_list_model import ClientListModel
from views.i18n import QT_TRANSLATE_NOOP
from views.worker import run_in_background

# views.dialogs (and uuid) are imported in the commands that use them: the menus are built
# before the first paint, the dialogs are opened long after it (tests/views/test_start.py).
if TYPE_CHECKING:
    import uuid

    from app.db import Database
    from views.client_form import ClientForm
    from views.lock import LockGuard

# Marked for translation here, translated where shown (QT_TRANSLATE_NOOP style).
# The main window translates them (``self.tr`` of a MainWindow looks in its own context first).
TAB_NAMES = (
    QT_TRANSLATE_NOOP("MainWindow", "Procesplaat"),
    QT_TRANSLATE_NOOP("MainWindow", "Praatplaat"),
    QT_TRANSLATE_NOOP("MainWindow", "Schulden"),
    QT_TRANSLATE_NOOP("MainWindow", "Acties"),
    QT_TRANSLATE_NOOP("MainWindow", "Documenten"),
    QT_TRANSLATE_NOOP("MainWindow", "Gegevens"),
)


#: A menu command's key: a standard key, a key as text, or the keys a function gives.
ShortcutKey = QKeySequence | QKeySequence.StandardKey | Callable[[], list[QKeySequence]]


def _preferences_keys() -> list[QKeySequence]:
    """The platform's key for preferences and Ctrl+, (Windows has no standard key for it)."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences))
    comma = QKeySequence("Ctrl+,")
    if comma not in keys:
        keys.insert(0, comma)
    return keys


class WindowCommands(QMainWindow):
    """The menus and their commands; the widgets and the dossier are the main window's."""

    _db: Database | None
    _dossier: dict[str, Any] | None
    settings: QSettings
    current_id: uuid.UUID | None
    model: ClientListModel
    table: QTableView
    tabs: QTabWidget
    search: QLineEdit
    show_closed: QCheckBox
    form: ClientForm
    lock_guard: LockGuard | None = None  # installed by the application at start

    # Provided by the main window.
    @property
    def db(self) -> Database:
        raise NotImplementedError

    reload: Callable[..., None]
    open_client: Callable[[uuid.UUID], None]
    confirm_leave: Callable[[], bool]
    present: Callable[[], None]
    show_week: Callable[[], None]
    today: Callable[[], date]

    def _build_menus(self) -> None:
        """The menus and their actions; their keys are bound by ``bind_shortcuts``."""
        self._shortcuts: list[tuple[QAction, ShortcutKey]] = []
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.new_action = QAction(self.tr("&Nieuwe klant…"), self)
        self._shortcut(self.new_action, QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_client)
        file_menu.addAction(self.new_action)
        self.close_action = QAction(self.tr("Dossier &sluiten…"), self)
        self.close_action.triggered.connect(self.close_client)
        file_menu.addAction(self.close_action)
        self.reopen_action = QAction(self.tr("Dossier &heropenen"), self)
        self.reopen_action.triggered.connect(self.reopen_client)
        file_menu.addAction(self.reopen_action)
        file_menu.addSeparator()
        self.print_action = QAction(self.tr("Af&drukken…"), self)
        self._shortcut(self.print_action, QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_handout)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Exporteren voor het loket…"), self)
        self._shortcut(self.export_action, QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_bundle)
        file_menu.addAction(self.export_action)
        self.import_action = QAction(self.tr("Dossierbundel &inlezen…"), self)
        self._shortcut(self.import_action, QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_bundle)
        file_menu.addAction(self.import_action)
        self.verify_action = QAction(self.tr("Dossierbundel &controleren…"), self)
        self._shortcut(self.verify_action, QKeySequence("Ctrl+Shift+I"))
        self.verify_action.triggered.connect(self.verify_bundle)
        file_menu.addAction(self.verify_action)
        file_menu.addSeparator()
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self._shortcut(self.lock_action, QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_now)
        file_menu.addAction(self.lock_action)
        self.backups_action = QAction(self.tr("&Back-ups…"), self)
        self._shortcut(self.backups_action, QKeySequence("Ctrl+Shift+B"))
        self.backups_action.triggered.connect(self.show_backups)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        self._shortcut(quit_action, QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        extra = self.menuBar().addMenu(self.tr("E&xtra"))
        self.history_action = QAction(self.tr("&Geschiedenis van dit dossier…"), self)
        self._shortcut(self.history_action, QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        extra.addAction(self.history_action)
        self.audit_action = QAction(self.tr("&Logboek…"), self)
        self._shortcut(self.audit_action, QKeySequence("Ctrl+Shift+H"))
        self.audit_action.triggered.connect(self.show_audit)
        extra.addAction(self.audit_action)
        extra.addSeparator()
        self.access_action = QAction(self.tr("&Inzageverzoek exporteren…"), self)
        self.access_action.triggered.connect(self.export_access)
        extra.addAction(self.access_action)
        self.retention_action = QAction(self.tr("&Bewaartermijn en vernietigen…"), self)
        self.retention_action.triggered.connect(self.show_retention)
        extra.addAction(self.retention_action)
        extra.addSeparator()
        self.settings_action = QAction(self.tr("I&nstellingen…"), self)
        self._shortcut(self.settings_action, _preferences_keys)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        extra.addAction(self.settings_action)
        view_menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        find = QAction(self.tr("&Zoeken"), self)
        self._shortcut(find, QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        view_menu.addAction(find)
        self.refresh_action = refresh = QAction(self.tr("&Vernieuwen"), self)
        self._shortcut(refresh, QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.reload())
        view_menu.addAction(refresh)
        self.present_action = QAction(self.tr("&Presentatie voor de klant"), self)
        self._shortcut(self.present_action, QKeySequence("F11"))
        self.present_action.triggered.connect(self.present)
        view_menu.addAction(self.present_action)
        self.week_action = QAction(self.tr("Mijn &week"), self)
        self._shortcut(self.week_action, QKeySequence("Ctrl+Shift+W"))
        self.week_action.triggered.connect(self.show_week)
        view_menu.addAction(self.week_action)
        view_menu.addSeparator()
        for number, name in enumerate(TAB_NAMES, start=1):
            action = QAction(QCoreApplication.translate("MainWindow", name), self)
            self._shortcut(action, QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _=False, i=number - 1: self.tabs.setCurrentIndex(i))
            view_menu.addAction(action)
        self._update_actions()

    def _shortcut(self, action: QAction, key: ShortcutKey) -> None:
        self._shortcuts.append((action, key))

    def bind_shortcuts(self) -> None:
        """Every menu's keys, once; the lock's (Ctrl+L) reaches every window.

        Not in ``_build_menus``: PySide's choice among setShortcut's overloads makes it build its
        whole Qt namespace (views.roles), some 40 ms, and at a start the menus are built before
        the first paint; the keys are bound right after it (MainWindow.complete_window).
        """
        from PySide6 import QtCore

        for action, key in self._shortcuts:
            if callable(key):
                action.setShortcuts(key())
            else:
                action.setShortcut(key)
        self._shortcuts = []
        self.lock_action.setShortcutContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)

    def show_settings(self) -> None:
        """Extra > Instellingen (Ctrl+,): lock, retention term, theme, text size, language."""
        from views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            self,
            paths=self._db.paths if self._db is not None else None,
            lock_guard=self.lock_guard,
            db=self._db,
        )
        if dialog.exec() and dialog.language_changed:
            self.statusBar().showMessage(
                self.tr("De nieuwe taal gaat in bij de volgende start van Procesplaat.")
            )

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _update_actions(self) -> None:
        self.new_action.setEnabled(self._db is not None)
        self.refresh_action.setEnabled(self._db is not None)
        self.week_action.setEnabled(self._db is not None)
        # A client of the first list (before the store is open) is not yet one to act on.
        row = self.model.client_at(self.table.currentIndex().row()) if self._db else None
        self.close_action.setEnabled(row is not None and row.status == "active")
        self.reopen_action.setEnabled(row is not None and row.status != "active")
        self.print_action.setEnabled(row is not None)
        self.export_action.setEnabled(row is not None and self._dossier is not None)
        self.import_action.setEnabled(self._db is not None)
        for action in (self.audit_action, self.retention_action):
            action.setEnabled(self._db is not None)
        self.history_action.setEnabled(row is not None)
        self.access_action.setEnabled(row is not None)
        self.backups_action.setEnabled(self._db is not None and self._db.is_sqlite)

    def print_handout(self) -> None:
        """Ctrl+P: a handout of the open dossier; from the Acties tab the actielijst first."""
        if self.current_id is None or self._db is None:
            return
        from views.print_dialog import print_handout

        what = "actions" if self.tabs.currentIndex() == TAB_NAMES.index("Acties") else "procesplaat"
        print_handout(self, self.db, self.current_id, today=self.today(), what=what)

    def export_bundle(self) -> None:
        """Ctrl+E: the open dossier as a bundle for the receiving desk (a wizard)."""
        if self.current_id is None or self._db is None or self._dossier is None:
            return
        from views.export_wizard import export_dossier

        last_name = self._dossier["client"]["last_name"] or "klant"
        export_dossier(
            self, self.db, self.current_id, last_name, today=self.today(), settings=self.settings
        )

    def import_bundle(self) -> None:
        """Ctrl+I: a bundle read in; the imported dossier opens."""
        if self._db is None:
            return
        from views.bundle_dialogs import import_bundles

        def imported(client_id: uuid.UUID) -> None:
            self.reload(select=client_id)

        import_bundles(
            self, self.db, today=self.today(), settings=self.settings, on_imported=imported
        )

    def verify_bundle(self) -> None:
        """A bundle checked (integrity, rules, completeness) without reading it in."""
        from views.bundle_dialogs import verify_bundles

        verify_bundles(self, self._db, settings=self.settings)

    def new_client(self) -> None:
        from app import clients
        from views.dialogs import NewClientDialog, show_error

        dialog = NewClientDialog(self)
        while dialog.exec():
            try:
                client_id = clients.create_client(self.db, dialog.values(), today=self.today())
            except clients.FormErrors as exc:
                dialog.show_errors(exc.errors)
                continue
            except Exception as exc:
                show_error(self, exc, str(self.db.paths.logs))
                return
            self.search.clear()
            self.reload(client_id)
            self.tabs.setCurrentWidget(self.form)
            return

    def close_client(self) -> None:
        row = self.model.client_at(self.table.currentIndex().row())
        if row is None or not self.confirm_leave():
            return
        from views.dialogs import CloseClientDialog, show_error

        dialog = CloseClientDialog(row.name, self)
        if not dialog.exec():
            return
        from app import clients

        try:
            clients.close_client(self.db, row.id, on=dialog.closed_on())
        except Exception as exc:
            show_error(self, exc, str(self.db.paths.logs))
            return
        self.show_closed.setChecked(True)
        self.reload(row.id)
        self.open_client(row.id)

    def reopen_client(self) -> None:
        row = self.model.client_at(self.table.currentIndex().row())
        if row is None or not self.confirm_leave():
            return
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Dossier heropenen"),
            self.tr("Het dossier van {name} weer openen?").format(name=row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from app import clients
        from views.dialogs import show_error

        try:
            clients.reopen_client(self.db, row.id)
        except Exception as exc:
            show_error(self, exc, str(self.db.paths.logs))
            return
        self.reload(row.id)
        self.open_client(row.id)

    def lock_now(self) -> None:
        """Ctrl+L: hide every personal detail until the person unlocks."""
        if self.lock_guard is not None:
            self.lock_guard.lock()

    def show_backups(self) -> None:
        """Bestand > Back-ups…: the list, a backup now, a restore after a warning."""
        if self._db is None or not self.confirm_leave():
            return
        from views.backup_dialog import BackupDialog

        dialog = BackupDialog(self.db, self)
        dialog.restored.connect(lambda _safety: self._after_restore())
        dialog.exec()

    def _after_restore(self) -> None:
        """The store holds an older state now: nothing shown may stay from the newer one."""
        self.current_id = None
        self.reload()

    def backup_if_due(self) -> None:
        """Today's backup, in the background, once a day the program runs (checked hourly)."""
        if self._db is None or not self._db.is_sqlite:
            return
        from datetime import datetime

        from app.backup import due_backup, make_backup

        db = self._db
        if not due_backup(db.paths, now=datetime.now()):
            return

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(
                self.tr("De dagelijkse back-up is niet gelukt: {why}").format(
                    why=getattr(exc, "message", type(exc).__name__)
                )
            )

        run_in_background(lambda: make_backup(db, reason="dagelijks"), lambda _p: None, failed)

    def show_history(self) -> None:
        """Extra > Geschiedenis: who did what in the open dossier, newest first."""
        if self._db is None or self.current_id is None:
            return
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

        from views.audit_view import AuditHistory

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Geschiedenis van dit dossier"))
        layout = QVBoxLayout(dialog)
        history = AuditHistory(self.db, dialog)
        history.set_client(self.current_id)
        layout.addWidget(history)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(860, 520)
        dialog.exec()

    def show_audit(self) -> None:
        """Extra > Logboek (Ctrl+Shift+H): every event, filtered on action, person, period."""
        if self._db is None:
            return
        from views.audit_view import AuditWindow

        AuditWindow(self.db, self, today=self.today()).exec()

    def show_retention(self) -> None:
        """Extra > Bewaartermijn: closed dossiers past their term, destroyed after a warning."""
        if self._db is None or not self.confirm_leave():
            return
        from views.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.db, self, today=self.today())
        dialog.exec()
        if dialog.destroyed_count:
            self.current_id = None
            self.reload()

    def export_access(self) -> None:
        """Extra > Inzageverzoek: all her data in a folder, for a right-of-access request."""
        if self._db is None or self.current_id is None:
            return
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.access_export import export_for_access

        chosen = QFileDialog.getExistingDirectory(
            self,
            self.tr("Map voor het inzageverzoek"),
            str(self.settings.value("export/folder", "")),
        )
        if not chosen:
            return
        db, client_id, today = self.db, self.current_id, self.today()

        def done(folder: Path) -> None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self,
                self.tr("Inzageverzoek"),
                self.tr("Alle gegevens van dit dossier staan in {folder}.").format(folder=folder),
            )

        def failed(exc: BaseException) -> None:
            from views.dialogs import show_error

            show_error(self, exc, str(db.paths.logs))

        run_in_background(
            lambda: export_for_access(db, client_id, Path(chosen), today=today), done, failed
        )
