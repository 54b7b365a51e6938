"""Instellingen: values shown and saved, applied at once, reachable by Ctrl+,; shortcuts unique;
table columns remembered across windows."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from builders import add_client
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow

from app.paths import resolve_paths
from app.retention import load_term
from views import preferences
from views.actions_tab import ActionsTab
from views.debts_model import COL
from views.debts_tab import DebtsTab
from views.documents_tab import DocumentsTab
from views.lock import IDLE_KEY, LockGuard
from views.settings_dialog import MAX_IDLE_MINUTES, SettingsDialog
from views.theme import is_dark


@pytest.fixture
def paths(tmp_path: Path):
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def settings(paths) -> QSettings:
    return preferences.settings_at(paths)


@pytest.fixture(autouse=True)
def app_as_it_was(qapp):
    yield
    preferences.apply_theme(qapp, "system")
    preferences.apply_zoom(qapp, 100)


def make_dialog(qtbot, settings, **kwargs) -> SettingsDialog:
    dialog = SettingsDialog(settings, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_dialog_shows_what_is_saved(qtbot, settings, paths) -> None:
    settings.setValue(IDLE_KEY, 12)
    settings.setValue(preferences.THEME_KEY, "dark")
    settings.setValue(preferences.ZOOM_KEY, 130)
    settings.setValue(preferences.LANGUAGE_KEY, "en")
    from app.retention import save_term

    save_term(paths, 9)
    dialog = make_dialog(qtbot, settings, paths=paths)
    assert dialog.idle.value() == 12
    assert dialog.years.value() == 9
    assert dialog.theme.currentData() == "dark"
    assert dialog.zoom.value() == 130
    assert dialog.language.currentData() == "en"


def test_settings_dialog_damaged_values_show_as_defaults(qtbot, settings, paths) -> None:
    settings.setValue(IDLE_KEY, "vijf")
    settings.setValue(preferences.THEME_KEY, "paars")
    settings.setValue(preferences.ZOOM_KEY, "reuze")
    settings.setValue(preferences.LANGUAGE_KEY, "fr")
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    (paths.data_dir / "bewaartermijn.json").write_text("{kapot", encoding="utf-8")
    dialog = make_dialog(qtbot, settings, paths=paths)
    assert (dialog.idle.value(), dialog.years.value()) == (5, 5)
    assert (dialog.theme.currentData(), dialog.zoom.value()) == ("system", 100)
    assert dialog.language.currentData() == "nl"


def test_settings_dialog_ok_saves_every_value(qtbot, settings, paths) -> None:
    dialog = make_dialog(qtbot, settings, paths=paths)
    dialog.idle.setValue(0)
    dialog.years.setValue(7)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.zoom.setValue(150)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert int(again.value(IDLE_KEY)) == 0
    assert load_term(paths) == 7
    assert preferences.theme(again) == "light"
    assert preferences.zoom_percent(again) == 150
    assert preferences.language(again) == "en"
    assert dialog.language_changed


def test_settings_dialog_cancel_saves_nothing(qtbot, settings, paths) -> None:
    dialog = make_dialog(qtbot, settings, paths=paths)
    dialog.zoom.setValue(180)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert settings.value(preferences.ZOOM_KEY) is None
    from PySide6.QtGui import QFontDatabase

    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    assert QApplication.font().pointSizeF() != pytest.approx(system.pointSizeF() * 1.8)


def test_settings_dialog_idle_minutes_reach_the_running_lock_at_once(qtbot, settings) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    guard = LockGuard(window, settings, lambda: None)
    dialog = make_dialog(qtbot, settings, lock_guard=guard)
    dialog.idle.setValue(7)
    dialog.apply()
    assert guard.idle_ms == 7 * 60_000
    dialog.idle.setValue(0)
    dialog.apply()
    assert guard.idle_ms == 0
    assert not guard.is_locked()
    QApplication.instance().removeEventFilter(guard)


def test_settings_dialog_idle_minutes_have_a_sensible_maximum(qtbot, settings) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.idle.setValue(10_000)
    assert dialog.idle.value() == MAX_IDLE_MINUTES
    assert dialog.idle.text() == f"{MAX_IDLE_MINUTES} minuten"
    dialog.idle.setValue(0)
    assert dialog.idle.text() == "Nooit"


def test_settings_dialog_theme_is_applied_to_the_running_app(qtbot, settings, qapp) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.apply()
    assert is_dark(qapp.palette())
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.apply()
    assert not is_dark(qapp.palette())


def test_settings_dialog_zoom_changes_the_app_font(qtbot, settings, qapp) -> None:
    before = QApplication.font().pointSizeF()
    dialog = make_dialog(qtbot, settings)
    dialog.zoom.setValue(200)
    dialog.apply()
    assert QApplication.font().pointSizeF() == pytest.approx(before * 2)


def test_settings_dialog_without_the_store_the_term_cannot_change(qtbot, settings) -> None:
    dialog = make_dialog(qtbot, settings, paths=None)
    assert not dialog.years.isEnabled()
    assert dialog.apply()


def test_settings_dialog_restore_defaults_fills_the_program_values(qtbot, settings) -> None:
    settings.setValue(preferences.ZOOM_KEY, 170)
    dialog = make_dialog(qtbot, settings)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert (dialog.zoom.value(), dialog.idle.value()) == (100, 5)
    assert preferences.zoom_percent(settings) == 170  # saved only with OK


# --- the menu and the shortcuts -------------------------------------------------------------
def test_settings_dialog_opens_from_extra_with_ctrl_comma(qtbot, window, monkeypatch) -> None:
    opened: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    action = window.settings_action
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    extra = next(a.menu() for a in window.menuBar().actions() if a.text() == "E&xtra")
    assert action in extra.actions()
    action.trigger()
    assert len(opened) == 1
    assert opened[0].years.isEnabled()  # the store is open: the term can be changed


WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _menu_keys(window) -> list[str]:
    """The keys of the window's commands (every QAction that works window-wide)."""
    return [
        key.toString()
        for action in window.findChildren(QAction)
        if action.shortcutContext() in WINDOW_WIDE
        for key in action.shortcuts()
        if not key.isEmpty()
    ]


def test_main_window_has_no_two_commands_on_one_key(qtbot, window) -> None:
    keys = _menu_keys(window)
    assert len(keys) >= 20  # the audit saw the menus, not an empty window
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_main_window_no_shortcut_takes_a_menu_commands_key(qtbot, window) -> None:
    """A tab's key (Ctrl+Z in the debts) must not also be a window command's key."""
    menu = set(_menu_keys(window))
    local = [
        key.toString()
        for shortcut in window.findChildren(QShortcut)
        for key in shortcut.keys()  # noqa: SIM118 (not a dict)
    ]
    assert local
    assert sorted(set(local) & menu) == []


@pytest.mark.parametrize("tab", ["debts_tab", "actions_tab"])
def test_main_window_a_tabs_keys_work_only_in_that_tab(qtbot, window, tab) -> None:
    """Delete in the client list must not delete the debt or action shown beside it."""
    shortcuts = getattr(window, tab).findChildren(QShortcut)
    assert shortcuts
    assert [s.key().toString() for s in shortcuts if s.context() in WINDOW_WIDE] == []


@pytest.mark.parametrize(
    "name",
    ["new_action", "print_action", "export_action", "import_action", "lock_action",
     "history_action", "audit_action", "backups_action", "settings_action", "week_action",
     "present_action", "refresh_action"],
)  # fmt: skip
def test_main_window_frequent_commands_show_their_key_in_the_menu(qtbot, window, name) -> None:
    action = getattr(window, name)
    assert not action.shortcut().isEmpty(), name
    assert action.associatedObjects(), f"{name} is in no menu, so its key shows nowhere"


# --- remembered columns -------------------------------------------------------------------
def test_debts_columns_are_as_she_left_them_in_a_new_window(qtbot, db) -> None:
    add_client(db)
    first = DebtsTab()
    qtbot.addWidget(first)
    first.set_database(db)
    first.table.setColumnWidth(COL["reference"], 233)
    first.show_column(COL["collector_name"], False)  # as the header's menu does
    first.deleteLater()
    again = DebtsTab()
    qtbot.addWidget(again)
    again.set_database(db)
    assert again.table.columnWidth(COL["reference"]) == 233
    assert again.table.isColumnHidden(COL["collector_name"])


def test_actions_columns_are_as_she_left_them_in_a_new_window(qtbot, db) -> None:
    first = ActionsTab()
    qtbot.addWidget(first)
    first.set_database(db)
    first.table.setColumnWidth(1, 171)
    first.table.horizontalHeader().moveSection(2, 4)
    again = ActionsTab()
    qtbot.addWidget(again)
    again.set_database(db)
    assert again.table.columnWidth(1) == 171
    assert again.table.horizontalHeader().visualIndex(2) == 4


def test_documents_columns_are_as_she_left_them_in_a_new_window(qtbot, db) -> None:
    first = DocumentsTab()
    qtbot.addWidget(first)
    first.set_database(db)
    first.proofs.table.setColumnWidth(0, 144)
    again = DocumentsTab()
    qtbot.addWidget(again)
    again.set_database(db)
    assert again.proofs.table.columnWidth(0) == 144


def test_columns_of_another_program_version_are_not_put_on_the_wrong_columns(
    qtbot, db, settings
) -> None:
    stored = preferences.settings_at(db.paths)
    stored.setValue("columns/actions/state", b"\x00\xff rubbish")
    stored.setValue("columns/actions/count", 99)
    tab = ActionsTab()
    qtbot.addWidget(tab)
    tab.set_database(db)  # no exception, the tab's own widths
    assert tab.table.columnWidth(1) > 0
