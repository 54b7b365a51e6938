"""The backups dialog: list, make one now, put one back only after the warning."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from builders import add_client
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlmodel import select

import views.backup_dialog as dialog_module
from app.backup import BackupInfo, make_backup
from app.db import Database
from models.tables import Client
from views.backup_dialog import (
    COL_DOCUMENTS,
    COL_MADE,
    COL_REASON,
    COL_SIZE,
    BackupDialog,
    BackupsModel,
    format_size,
)

NOW = datetime(2026, 11, 26, 9, 30)


def names(db: Database) -> list[str]:
    with db.session() as session:
        return sorted(c.last_name for c in session.exec(select(Client)).all())


@pytest.fixture
def dialog(qtbot, db: Database) -> BackupDialog:
    shown = BackupDialog(db)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_backups_model_passes_the_item_model_tester(qtbot) -> None:
    model = BackupsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(
        [
            BackupInfo(Path("a.db"), NOW, "dagelijks", 2_500_000, 3),
            BackupInfo(Path("b.db"), NOW - timedelta(days=1), "voor-migratie", 900, None),
        ]
    )
    assert model.rowCount() == 2
    assert model.data(model.index(0, COL_MADE)) == "26-11-2026 09:30"
    assert model.data(model.index(1, COL_REASON)) == "voor een nieuwe versie"
    assert model.data(model.index(0, COL_SIZE)) == "2,5 MB"
    assert model.data(model.index(1, COL_DOCUMENTS)) == "–"


@pytest.mark.parametrize(
    ("size", "text"),
    [(1, "1 kB"), (254_000, "254 kB"), (1_234_567, "1,2 MB"), (3 * 10**9, "3,0 GB")],
)
def test_format_size_in_dutch(size: int, text: str) -> None:
    assert format_size(size) == text


def test_dialog_lists_the_backups_newest_first(qtbot, db: Database) -> None:
    make_backup(db, reason="dagelijks", now=NOW - timedelta(days=1))
    make_backup(db, reason="voor-import", now=NOW)
    shown = BackupDialog(db)
    qtbot.addWidget(shown)
    reasons = [shown.proxy.index(r, COL_REASON).data() for r in range(shown.proxy.rowCount())]
    assert reasons[:2] == ["voor het inlezen van een bundel", "dagelijks"]
    assert shown.restore_button.isEnabled()


def test_dialog_without_backups_cannot_restore(dialog: BackupDialog) -> None:
    assert dialog.proxy.rowCount() == 0
    assert not dialog.restore_button.isEnabled()


def test_make_now_adds_a_verified_backup_to_the_list(qtbot, dialog: BackupDialog) -> None:
    with qtbot.waitSignal(dialog.backup_made, timeout=20000) as made:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    path = made.args[0]
    assert path.name.startswith("handmatig-")
    assert dialog.model.rowCount() == 1
    assert "gecontroleerd" in dialog.status.text()
    assert dialog.make_button.isEnabled()


def test_restore_after_yes_puts_the_backup_back(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_client(db, last_name="Jansen")
    make_backup(db, reason="handmatig", now=NOW)
    add_client(db, last_name="Later")
    shown = BackupDialog(db)
    qtbot.addWidget(shown)
    asked: list[BackupInfo] = []
    monkeypatch.setattr(shown, "confirm_restore", lambda info: asked.append(info) or True)
    with qtbot.waitSignal(shown.restored, timeout=20000) as restored:
        qtbot.mouseClick(shown.restore_button, Qt.MouseButton.LeftButton)
    assert asked[0].reason == "handmatig"
    assert restored.args[0].name.startswith("voor-terugzetten-")
    assert names(db) == ["Jansen"]
    assert "is teruggezet" in shown.status.text()


def test_restore_answered_no_changes_nothing(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_client(db, last_name="Jansen")
    make_backup(db, reason="handmatig", now=NOW)
    add_client(db, last_name="Later")
    shown = BackupDialog(db)
    qtbot.addWidget(shown)
    monkeypatch.setattr(shown, "confirm_restore", lambda info: False)
    qtbot.mouseClick(shown.restore_button, Qt.MouseButton.LeftButton)
    assert names(db) == ["Jansen", "Later"]
    assert shown.model.rowCount() == 1  # no safety copy: nothing was started


def test_restore_of_a_damaged_backup_shows_the_dutch_refusal(
    qtbot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_client(db, last_name="Jansen")
    path = make_backup(db, reason="handmatig", now=NOW)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    shown = BackupDialog(db)
    qtbot.addWidget(shown)
    monkeypatch.setattr(shown, "confirm_restore", lambda info: True)
    errors: list[BaseException] = []
    monkeypatch.setattr(dialog_module, "show_error", lambda parent, exc: errors.append(exc))
    qtbot.mouseClick(shown.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert "beschadigd" in str(errors[0])
    assert names(db) == ["Jansen"]
    assert shown.restore_button.isEnabled()


def test_the_warning_names_the_moment_and_defaults_to_no(
    qtbot, dialog: BackupDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, object]] = []

    def warning(parent: object, title: str, text: str, buttons: object, default: object) -> object:
        seen.append((text, default))
        return dialog_module.QMessageBox.StandardButton.No

    monkeypatch.setattr(dialog_module.QMessageBox, "warning", warning)
    info = BackupInfo(Path("x.db"), NOW, "dagelijks", 1, 0)
    assert dialog.confirm_restore(info) is False
    text, default = seen[0]
    assert "26-11-2026 09:30" in text
    assert "veiligheidskopie" in text
    assert default == dialog_module.QMessageBox.StandardButton.No
