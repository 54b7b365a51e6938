"""The lock screen: idle time, on demand, what it hides, and what unlocks it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from builders import add_client
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import resolve_paths
from app.store import open_database
from views.application import settings_for
from views.dialogs import NewClientDialog
from views.lock import LOCKED_TITLE, LockGuard, idle_minutes
from views.main_window import MainWindow

TODAY = date(2026, 11, 26)
PASSPHRASE = "een goed wachtwoord"


def make_guard(window: MainWindow, idle_ms: int | None = 60_000) -> LockGuard:
    return LockGuard(
        window,
        window.settings,
        lambda: window.db if window.has_database() else None,
        idle_ms=idle_ms,
    )


@pytest.fixture
def guard(window: MainWindow) -> Iterator[LockGuard]:
    guard = make_guard(window)
    yield guard
    guard.unlock()


@pytest.fixture
def passphrase_window(
    qtbot, data_dir: Path, no_keyring, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """A main window over a data folder that has a passphrase instead of a keyring key."""
    monkeypatch.setenv("PROCESPLAAT_PASSPHRASE", PASSPHRASE)
    db = open_database(resolve_paths(data_dir))
    main = MainWindow(db, settings_for(db.paths), today=TODAY)
    main.show()
    yield main
    main.close()
    main.deleteLater()
    db.close()


def unlock_by_click(qtbot, guard: LockGuard, text: str = "") -> None:
    guard.screen.passphrase.setText(text)
    qtbot.mouseClick(guard.screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guard.screen.button.isEnabled() or not guard.is_locked())


def test_lock_after_idle_time_without_input(qtbot, window: MainWindow) -> None:
    guard = make_guard(window, idle_ms=150)
    with qtbot.waitSignal(guard.locked_changed, timeout=3000) as locked:
        pass
    assert locked.args == [True]
    assert guard.is_locked()
    assert not window.centralWidget().isVisible()
    guard.unlock()


def test_lock_input_keeps_it_open_past_the_idle_time(qtbot, window: MainWindow) -> None:
    guard = make_guard(window, idle_ms=400)
    for _ in range(12):  # 12 x 60 ms of typing: well past the idle time, never idle for it
        qtbot.keyClick(window.search, Qt.Key.Key_Shift)
        qtbot.wait(60)
    assert not guard.is_locked()
    qtbot.waitUntil(guard.is_locked, timeout=3000)  # and once the typing stops, it locks
    guard.unlock()


def test_lock_hides_the_client_list_dossier_menus_and_name_in_title(
    qtbot, db, window: MainWindow, guard: LockGuard
) -> None:
    add_client(db, first_names="Tanya", last_name="Visser")
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.setWindowTitle("Procesplaat — Tanya Visser")  # as a title with the client might be
    guard.lock()
    for widget in (window.table, window.search, window.tabs, window.heading, window.form):
        assert not widget.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert window.windowTitle() == LOCKED_TITLE
    assert guard.screen.isVisible()
    assert guard.screen.heading.text() == "Procesplaat is vergrendeld"
    assert "Gebruiker:" in guard.screen.user.text()


def test_lock_unlock_gives_back_the_window_as_it_was(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    window.setWindowTitle("Procesplaat — Tanya Visser")
    guard.lock()
    unlock_by_click(qtbot, guard)  # the test store's key is in the (test) keyring
    assert not guard.is_locked()
    assert not guard.screen.isVisible()
    assert window.table.isVisible()
    assert window.menuBar().isVisible()
    assert window.windowTitle() == "Procesplaat — Tanya Visser"


def test_lock_hides_the_week_window_and_shows_it_again(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    window.show_week()
    week = window.week_window
    assert week is not None
    assert week.isVisible()
    guard.lock()
    assert not week.isVisible()
    unlock_by_click(qtbot, guard)
    assert week.isVisible()


def test_lock_hides_the_presentation_in_front_of_the_client(
    qtbot, db, window: MainWindow, guard: LockGuard
) -> None:
    client = add_client(db, first_names="Tanya", last_name="Visser")
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.select_client(client)
    qtbot.waitUntil(lambda: window.route_tab.timeline is not None, timeout=10000)
    window.present()
    shown = window.presentation
    assert shown is not None
    assert shown.isVisible()
    assert "Tanya" in shown.windowTitle()
    guard.lock()
    assert not shown.isVisible()
    unlock_by_click(qtbot, guard)
    assert shown.isVisible()


def test_lock_wrong_passphrase_stays_locked_with_a_dutch_message(
    qtbot, passphrase_window: MainWindow
) -> None:
    guard = make_guard(passphrase_window)
    guard.lock()
    assert guard.screen.passphrase.isVisible()
    unlock_by_click(qtbot, guard, "een fout wachtwoord")
    assert guard.is_locked()
    assert not passphrase_window.table.isVisible()
    assert "Dit wachtwoord klopt niet" in guard.screen.message.text()
    assert guard.screen.passphrase.text() == ""
    guard.unlock()


def test_lock_right_passphrase_unlocks(qtbot, passphrase_window: MainWindow) -> None:
    guard = make_guard(passphrase_window)
    guard.lock()
    with qtbot.waitSignal(guard.locked_changed, timeout=5000) as changed:
        guard.screen.passphrase.setText(PASSPHRASE)
        qtbot.keyClick(guard.screen.passphrase, Qt.Key.Key_Return)
    assert changed.args == [False]
    assert passphrase_window.table.isVisible()


def test_lock_keyring_without_the_key_stays_locked(
    qtbot, window: MainWindow, guard: LockGuard, memory_keyring
) -> None:
    guard.lock()
    memory_keyring.secrets.clear()
    unlock_by_click(qtbot, guard)
    assert guard.is_locked()
    assert "sleutelbos" in guard.screen.message.text()


def test_lock_modal_dialog_keeps_running_with_its_contents_hidden(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    dialog = NewClientDialog(window)
    title = dialog.windowTitle()
    seen: dict[str, object] = {}

    def while_open() -> None:
        fields = [w for w in dialog.findChildren(QWidget) if w.isVisible() and not w.isWindow()]
        guard.lock()
        seen["fields_hidden"] = not any(w.isVisible() for w in fields)
        seen["title"] = dialog.windowTitle()
        seen["dialog_open"] = dialog.isVisible()
        seen["lock_in_front"] = QApplication.activeModalWidget() is guard.screen
        unlock_by_click(qtbot, guard)
        seen["fields_back"] = all(w.isVisible() for w in fields)
        seen["title_back"] = dialog.windowTitle()
        seen["still_open"] = dialog.isVisible()
        dialog.reject()

    QTimer.singleShot(0, while_open)
    dialog.exec()
    assert seen == {
        "fields_hidden": True,
        "title": LOCKED_TITLE,
        "dialog_open": True,
        "lock_in_front": True,
        "fields_back": True,
        "title_back": title,
        "still_open": True,
    }


def test_lock_window_opened_while_locked_is_hidden_until_unlocked(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    guard.lock()
    late = QWidget()
    late.setWindowTitle("Tanya Visser")
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible())
    assert guard.is_locked()
    unlock_by_click(qtbot, guard)
    assert late.isVisible()
    late.close()


def test_lock_screen_cannot_be_closed_while_locked(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    guard.lock()
    guard.screen.close()
    assert guard.screen.isVisible()
    assert guard.is_locked()


def test_lock_application_shortcut_does_nothing_while_locked(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    fired: list[bool] = []
    shortcut = QShortcut(QKeySequence("Ctrl+K"), window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(lambda: fired.append(True))
    guard.lock()
    qtbot.keyClick(guard.screen.passphrase, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert fired == []
    unlock_by_click(qtbot, guard)
    window.activateWindow()
    qtbot.keyClick(window.search, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]  # the same keys work again once unlocked


@pytest.mark.parametrize(
    ("stored", "minutes"),
    [(None, 5), ("2", 2), (0, 0), ("nooit", 5), ("-3", 0)],
)
def test_lock_idle_minutes_from_the_settings(tmp_path: Path, stored: object, minutes: int) -> None:
    settings = QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)
    if stored is not None:
        settings.setValue("lock/idle_minutes", stored)
    assert idle_minutes(settings) == minutes


def test_lock_idle_zero_never_locks(qtbot, window: MainWindow) -> None:
    window.settings.setValue("lock/idle_minutes", 0)
    guard = make_guard(window, idle_ms=None)
    assert guard.idle_ms == 0
    qtbot.wait(300)
    assert not guard.is_locked()
    guard.set_idle_minutes(3)
    assert guard.idle_ms == 180_000
    assert window.settings.value("lock/idle_minutes") in (3, "3")


def test_lock_window_deleted_while_locked_does_not_stop_the_unlock(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    window.show_week()
    week = window.week_window
    assert week is not None
    guard.lock()
    window.week_window = None
    week.deleteLater()
    qtbot.waitUntil(lambda: not window.findChildren(type(week)))
    unlock_by_click(qtbot, guard)
    assert not guard.is_locked()
    assert window.table.isVisible()


def test_lock_open_menu_is_closed_and_not_given_back(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    guard.lock()
    assert not menu.isVisible()
    unlock_by_click(qtbot, guard)
    assert not menu.isVisible()


def test_lock_screen_comes_along_when_the_window_is_restored(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    window.showMinimized()
    guard.lock()
    assert guard.screen.isMinimized()  # no lock window popping up over other programs
    window.showNormal()
    qtbot.waitUntil(lambda: guard.screen.isVisible() and not guard.screen.isMinimized())
    assert not window.table.isVisible()


def test_lock_install_lock_follows_the_window_settings_and_store(qtbot, window: MainWindow) -> None:
    from views.lock import install_lock

    window.settings.setValue("lock/idle_minutes", 7)
    guard = install_lock(window)
    assert guard.idle_ms == 7 * 60_000
    guard.lock()
    assert guard.screen.hint.text().startswith("Klik op Ontgrendelen")  # a keyring store
    assert not guard.screen.passphrase.isVisibleTo(guard.screen)
    unlock_by_click(qtbot, guard)
    assert not guard.is_locked()
