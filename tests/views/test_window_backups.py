"""Backups from the main window: the daily one in the background, the menu's dialog."""

from __future__ import annotations

from app.backup import list_backups
from views.backup_dialog import BackupDialog
from views.worker import wait_for_background


def test_daily_backup_is_made_once_a_day(qtbot, window) -> None:
    window.backup_if_due()
    wait_for_background()
    qtbot.waitUntil(lambda: len(list_backups(window.db.paths)) == 1, timeout=30_000)
    window.backup_if_due()  # today's is there: no second one
    wait_for_background()
    (made,) = list_backups(window.db.paths)
    assert made.reason == "dagelijks"


def test_backups_menu_opens_the_dialog_on_the_open_store(qtbot, window, monkeypatch) -> None:
    shown: list[BackupDialog] = []
    monkeypatch.setattr(BackupDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    assert window.backups_action.isEnabled()
    window.backups_action.trigger()
    assert len(shown) == 1
    assert shown[0].windowTitle()
