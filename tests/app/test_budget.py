"""Income and expenses per month: checked, summed exactly, undoable."""

from __future__ import annotations

from decimal import Decimal

import pytest
from builders import add_client

from app import budget


def test_budget_monthly_balance_is_income_minus_expenses_per_person(db) -> None:
    client = add_client(db)
    budget.add_item(db, client, "income", {"kind": "Loon", "amount_per_month": "1.850,25"})
    budget.add_item(
        db, client, "income", {"person": "partner", "kind": "Uitkering", "amount_per_month": "900"}
    )
    budget.add_item(
        db, client, "expense", {"person": "household", "kind": "Huur", "amount_per_month": "812,40"}
    )
    listed = budget.list_budget(db, client)
    assert [r.kind for r in listed.income] == ["Loon", "Uitkering"]
    assert listed.totals.income == Decimal("2750.25")
    assert listed.totals.expenses == Decimal("812.40")
    assert listed.totals.balance == Decimal("1937.85")
    assert listed.totals.income_by_person == {
        "client": Decimal("1850.25"),
        "partner": Decimal("900.00"),
    }


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ({"kind": "", "amount_per_month": "10"}, "kind"),
        ({"kind": "Loon", "amount_per_month": "-10"}, "amount_per_month"),
        ({"kind": "Loon", "amount_per_month": "tien"}, "amount_per_month"),
        ({"kind": "Loon", "amount_per_month": "250000"}, "amount_per_month"),
        ({"kind": "Loon", "amount_per_month": ""}, "amount_per_month"),
        ({"kind": "Loon", "amount_per_month": "10", "person": "buurman"}, "person"),
    ],
)
def test_budget_refuses_a_bad_line_at_its_field(db, raw, field) -> None:
    client = add_client(db)
    with pytest.raises(budget.BudgetErrors) as caught:
        budget.add_item(db, client, "expense", raw)
    assert field in caught.value.errors
    assert not budget.list_budget(db, client).expenses


def test_budget_update_and_delete_can_be_undone(db) -> None:
    client = add_client(db)
    item = budget.add_item(db, client, "expense", {"kind": "Energie", "amount_per_month": "120"})
    old = budget.update_item(db, "expense", item, {"amount_per_month": "135,50"})
    assert old == {"amount_per_month": Decimal("120.00")}
    budget.update_item(db, "expense", item, old)
    values = budget.delete_item(db, "expense", item)
    assert not budget.list_budget(db, client).expenses
    budget.restore_item(db, "expense", values)
    (row,) = budget.list_budget(db, client).expenses
    assert (row.id, row.amount_per_month) == (item, Decimal("120.00"))
