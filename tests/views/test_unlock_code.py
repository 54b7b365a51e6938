"""The unlock code: chosen in the settings, then asked by the lock of a keyring store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.unlock import has_unlock_code, set_unlock_code
from views.lock import LockGuard
from views.main_window import MainWindow
from views.settings_dialog import SettingsDialog
from views.unlock_code_dialog import UnlockCodeDialog

CODE = "tulp-2026"


@pytest.fixture
def guard(window: MainWindow) -> Iterator[LockGuard]:
    guard = LockGuard(window, window.settings, lambda: window.db, idle_ms=60_000)
    yield guard
    guard.unlock()


def type_into(dialog: UnlockCodeDialog, first: str, second: str, old: str = "") -> None:
    if dialog.old is not None:
        dialog.old.setText(old)
    dialog.first.setText(first)
    dialog.second.setText(second)
    dialog.save()


def test_unlock_code_chosen_twice_alike_is_kept(qtbot, window: MainWindow) -> None:
    dialog = UnlockCodeDialog(window.db, window)
    qtbot.addWidget(dialog)
    assert dialog.old is None  # nothing to prove before the first code
    type_into(dialog, CODE, CODE)
    assert dialog.result() == UnlockCodeDialog.DialogCode.Accepted
    assert has_unlock_code(window.db)


@pytest.mark.parametrize(
    ("first", "second", "said"),
    [("kort", "kort", "te kort"), (CODE, CODE + "x", "niet gelijk")],
)
def test_unlock_code_refused_in_dutch_and_nothing_kept(
    qtbot, window: MainWindow, first: str, second: str, said: str
) -> None:
    dialog = UnlockCodeDialog(window.db, window)
    qtbot.addWidget(dialog)
    type_into(dialog, first, second)
    assert said in dialog.message.text()
    assert dialog.result() != UnlockCodeDialog.DialogCode.Accepted
    assert not has_unlock_code(window.db)


def test_unlock_code_change_needs_the_present_code(qtbot, window: MainWindow) -> None:
    set_unlock_code(window.db, CODE)
    dialog = UnlockCodeDialog(window.db, window)
    qtbot.addWidget(dialog)
    assert dialog.old is not None
    type_into(dialog, "nieuwe-code", "nieuwe-code", old="geraden")
    assert "klopt niet" in dialog.message.text()
    type_into(dialog, "nieuwe-code", "nieuwe-code", old=CODE)
    assert dialog.result() == UnlockCodeDialog.DialogCode.Accepted


def test_settings_offer_the_unlock_code_for_a_keyring_store(qtbot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings, window, paths=window.db.paths, db=window.db)
    qtbot.addWidget(dialog)
    assert dialog.unlock_code is not None
    assert dialog.unlock_code.text() == "Instellen…"
    set_unlock_code(window.db, CODE)
    dialog._show_unlock_code()
    assert dialog.unlock_code.text() == "Wijzigen…"


def test_settings_without_a_store_offer_no_unlock_code(qtbot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.unlock_code is None


def test_lock_with_an_unlock_code_asks_for_it_and_a_click_alone_does_not_unlock(
    qtbot, window: MainWindow, guard: LockGuard
) -> None:
    set_unlock_code(window.db, CODE)
    guard.lock()
    assert guard.screen.passphrase.isVisibleTo(guard.screen)
    assert guard.screen.passphrase.accessibleName() == "Ontgrendelcode"
    qtbot.mouseClick(guard.screen.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: guard.screen.button.isEnabled(), timeout=5000)
    assert guard.is_locked()
    assert "ontgrendelcode klopt niet" in guard.screen.message.text()
    with qtbot.waitSignal(guard.locked_changed, timeout=5000) as changed:
        guard.screen.passphrase.setText(CODE)
        qtbot.keyClick(guard.screen.passphrase, Qt.Key.Key_Return)
    assert changed.args == [False]
