"""Mijn week in the main window: counts in the client list, a row opens the dossier there."""

from __future__ import annotations

from datetime import date

from builders import add_client
from PySide6.QtCore import Qt

from app import actions
from views.client_list_model import COL_WEEK

TODAY = date(2026, 11, 26)


def test_week_counts_reach_the_client_list_and_a_row_opens_the_action(qtbot, db, window) -> None:
    client_id = add_client(db, last_name="Verhoef", first_names="Tanya")
    late = actions.add_action(
        db, client_id, {"title": "BKR opvragen", "due_on": "20-11-2026"}, today=TODAY
    )
    actions.add_action(
        db, client_id, {"title": "Post meenemen", "due_on": "30-11-2026"}, today=TODAY
    )
    window.reload()
    qtbot.waitUntil(lambda: any(i.client_id == client_id for i in window.week_items), timeout=10000)
    row = window.model.row_of(client_id)
    cell = window.model.index(row, COL_WEEK)
    assert cell.data() == "⚠ 1 te laat"
    # the action, and the first conversation (4 weeks after 2 November) fall due this week
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "1 te laat, 2 in de komende 7 dagen"

    window.show_week()
    view = window.week_window.view
    qtbot.waitUntil(lambda: view.model.rowCount() >= 2)
    first = view.model.item_at(0)
    assert first.overdue  # overdue first
    assert first.place.record_id == late
    view.table.selectRow(0)
    view.open_current()
    qtbot.waitUntil(lambda: window.current_id == client_id and window._pending_place is None)
    assert window.tabs.currentWidget() is window.actions_tab
    assert window.actions_tab.current_action().id == late
    window.week_window.close()
