"""Income and expenses typed in the Schulden tab: Dutch words shown, codes stored, undo."""

from __future__ import annotations

from decimal import Decimal

from builders import add_client

from app import budget
from views.main_window import MainWindow


def open_budget(qtbot, db, window: MainWindow):
    client_id = add_client(db)
    with qtbot.waitSignal(window.model.modelReset, timeout=10000):
        window.reload()
    window.select_client(client_id)
    panel = window.debts_tab.budget
    qtbot.waitUntil(lambda: panel.client_id == client_id)
    return client_id, panel


def test_budget_panel_a_line_is_added_as_a_code_and_shown_in_dutch(qtbot, db, window) -> None:
    client_id, panel = open_budget(qtbot, db, window)
    adder = panel.adders["income"]
    adder["kind"].setEditText("Loon")
    adder["source"].setText("Huisartsenpraktijk")
    adder["amount"].setText("1.850,25")
    panel.add("income")
    (row,) = budget.list_budget(db, client_id).income
    assert (row.kind, row.amount_per_month) == ("salary", Decimal("1850.25"))
    assert panel.tables["income"].item(0, 1).text() == "Loon"
    assert "€\xa01.850,25" in panel.balance.text()
    panel.undo_stack.undo()
    assert not budget.list_budget(db, client_id).income


def test_budget_panel_a_bad_amount_is_refused_in_dutch_and_nothing_stored(
    qtbot, db, window
) -> None:
    client_id, panel = open_budget(qtbot, db, window)
    adder = panel.adders["expense"]
    adder["kind"].setEditText("Huur of hypotheek")
    adder["amount"].setText("-900")
    panel.add("expense")
    assert "negatief" in panel.message.text()
    assert not budget.list_budget(db, client_id).expenses
    adder["amount"].setText("900")
    panel.add("expense")
    (row,) = budget.list_budget(db, client_id).expenses
    assert row.kind == "rent"
    assert "€\xa0900,00 per maand tekort" in panel.balance.text()  # nothing comes in yet


def test_budget_panel_an_amount_changed_in_place_is_saved(qtbot, db, window) -> None:
    client_id, panel = open_budget(qtbot, db, window)
    budget.add_item(db, client_id, "expense", {"kind": "energy", "amount_per_month": "120"})
    panel.refresh()
    assert panel.tables["expense"].item(0, 1).text() == "Energie"
    panel.tables["expense"].item(0, 3).setText("135,50")
    (row,) = budget.list_budget(db, client_id).expenses
    assert row.amount_per_month == Decimal("135.50")
    panel.undo_stack.undo()
    (row,) = budget.list_budget(db, client_id).expenses
    assert row.amount_per_month == Decimal("120.00")
