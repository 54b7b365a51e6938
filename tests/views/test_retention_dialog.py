"""The retention dialog: lists the dossiers due, saves the term, destroys only after a yes."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from builders import add_client
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.clients import close_client
from app.db import Database
from app.retention import load_term
from views.retention_dialog import COL_DUE, COL_NAME, RetentionDialog

TODAY = date(2031, 6, 1)


@pytest.fixture
def due(db: Database) -> list[uuid.UUID]:
    ids = []
    for name, closed_on in (("Ouder", date(2025, 1, 10)), ("Recent", date(2026, 5, 1))):
        client_id = add_client(db, last_name=name)
        close_client(db, client_id, on=closed_on)
        ids.append(client_id)
    late = add_client(db, last_name="Later")
    close_client(db, late, on=date(2029, 1, 1))
    return ids


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def warning(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


def names(dialog: RetentionDialog) -> list[str]:
    return [dialog.table.item(r, COL_NAME).text() for r in range(dialog.table.rowCount())]


def test_retention_dialog_lists_dossiers_past_their_term(qtbot, db, due) -> None:
    dialog = RetentionDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    assert names(dialog) == ["Anna Ouder", "Anna Recent"]
    assert dialog.table.item(0, COL_DUE).text() == "10-01-2030"
    assert not dialog.destroy_button.isEnabled()


def test_retention_dialog_destroys_the_ticked_after_confirmation(
    qtbot, db, due, monkeypatch
) -> None:
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = RetentionDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.table.item(0, COL_NAME).setCheckState(Qt.CheckState.Checked)
    assert dialog.destroy_button.text() == "1 vernietigen…"
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    assert "Anna Ouder" in asked[0]
    assert "definitief" in asked[0]
    assert names(dialog) == ["Anna Recent"]
    assert dialog.destroyed_count == 1


def test_retention_dialog_cancelled_destroys_nothing(qtbot, db, due, monkeypatch) -> None:
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog = RetentionDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.select_all.click()
    dialog.destroy_button.click()
    assert names(dialog) == ["Anna Ouder", "Anna Recent"]
    assert dialog.destroyed_count == 0


def test_retention_dialog_saves_a_new_term_and_lists_again(qtbot, db, due) -> None:
    dialog = RetentionDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.years.setValue(2)
    dialog.save_term_button.click()
    assert load_term(db.paths) == 2
    assert names(dialog) == ["Anna Ouder", "Anna Recent", "Anna Later"]


def test_retention_dialog_without_dossiers_due_says_so(qtbot, db) -> None:
    dialog = RetentionDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible()
    assert not dialog.table.isVisible()
