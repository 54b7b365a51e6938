"""The audit trail on screen: a dossier's history and the overall window's filters."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from app import audit
from app.clients import close_client, create_client
from app.db import Database
from views.audit_view import (
    COL_ACTION,
    COL_AT,
    COL_CLIENT,
    COL_WHO,
    OBJECT_ROLE,
    AuditHistory,
    AuditTableModel,
    AuditWindow,
)

TODAY = date(2026, 11, 26)


def new_client(db: Database, last_name: str) -> uuid.UUID:
    return create_client(db, {"last_name": last_name, "first_names": "Sara"}, today=TODAY)


@pytest.fixture
def two_dossiers(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    audit.set_actor(db, "Mirjam de Wit")
    first = new_client(db, "Bakker")
    close_client(db, first, on=TODAY)
    audit.set_actor(db, None)
    second = new_client(db, "Visser")
    return first, second


def texts(model: QAbstractItemModel, column: int) -> list[str]:
    """A column's cells as shown, top to bottom."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_audit_model_passes_the_item_model_tester(qtbot, db, two_dossiers) -> None:
    from app.audit_view import audit_events

    model = AuditTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(audit_events(db))
    assert model.rowCount() == 3
    assert model.index(0, COL_AT).data(OBJECT_ROLE).action == "create"


def test_audit_history_shows_one_dossier_newest_first(qtbot, db, two_dossiers) -> None:
    first, _ = two_dossiers
    history = AuditHistory(db)
    qtbot.addWidget(history)
    history.set_client(first)
    assert texts(history.proxy, COL_ACTION) == ["Dossier gesloten", "Toegevoegd"]
    assert texts(history.proxy, COL_WHO) == ["Mirjam de Wit", "Mirjam de Wit"]
    assert history.view.isColumnHidden(COL_CLIENT)
    assert history.summary.text() == "2 gebeurtenissen"


def test_audit_history_without_a_client_is_empty(qtbot, db, two_dossiers) -> None:
    history = AuditHistory(db)
    qtbot.addWidget(history)
    history.set_client(None)
    assert history.model.rowCount() == 0


def test_audit_window_filters_on_action(qtbot, db, two_dossiers) -> None:
    window = AuditWindow(db, today=TODAY)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 3
    window.action.setCurrentIndex(window.action.findData("close"))
    assert texts(window.proxy, COL_CLIENT) == ["Sara Bakker"]


def test_audit_window_filters_on_who(qtbot, db, two_dossiers) -> None:
    window = AuditWindow(db, today=TODAY)
    qtbot.addWidget(window)
    assert window.who.findData("Mirjam de Wit") > 0
    window.who.setCurrentIndex(window.who.findData(audit.os_user()))
    assert texts(window.proxy, COL_CLIENT) == ["Sara Visser"]


def test_audit_window_filters_on_period(qtbot, db, two_dossiers) -> None:
    window = AuditWindow(db, today=date.today())
    qtbot.addWidget(window)
    window.use_until.setChecked(True)
    window.until.setDate(window.until.date().addDays(-1))
    assert window.model.rowCount() == 0
    window.use_until.setChecked(False)
    assert window.model.rowCount() == 3


def test_audit_window_sorts_on_a_column(qtbot, db, two_dossiers) -> None:
    window = AuditWindow(db, today=TODAY)
    qtbot.addWidget(window)
    window.view.sortByColumn(COL_CLIENT, Qt.SortOrder.AscendingOrder)
    assert texts(window.proxy, COL_CLIENT) == ["Sara Bakker", "Sara Bakker", "Sara Visser"]
