"""Rules about debts: the six-month rule for balances, and totals that always add up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.codes import Category, DebtStatus
from models.debts import balance_is_stale, debt_totals


@pytest.mark.parametrize(
    ("balance", "today", "stale"),
    [
        (date(2026, 5, 26), date(2026, 11, 26), False),  # exactly six months: still current
        (date(2026, 5, 26), date(2026, 11, 27), True),
        (date(2026, 8, 31), date(2027, 2, 28), False),  # 31 Aug + 6 months = 28 Feb
        (date(2026, 8, 31), date(2027, 3, 1), True),
        (None, date(2026, 11, 26), False),
    ],
)
def test_debts_balance_is_stale_after_six_calendar_months(
    balance: date | None, today: date, stale: bool
) -> None:
    assert balance_is_stale(balance, today) is stale


_debts = st.lists(
    st.tuples(
        st.sampled_from([s.value for s in DebtStatus] + ["unknown_status"]),
        st.sampled_from([c.value for c in Category] + [None]),
        st.booleans(),
        st.decimals(min_value=0, max_value=5_000_000, places=2, allow_nan=False),
    ),
    max_size=60,
)


@given(_debts)
def test_debt_totals_every_grouping_adds_up_to_the_sum_of_the_rows(rows) -> None:
    totals = debt_totals(rows)
    exact = sum((total for *_, total in rows), Decimal("0.00"))
    assert totals.total == exact
    assert totals.count == len(rows)
    assert sum(totals.by_status.values(), Decimal("0.00")) == exact
    assert sum(totals.by_category.values(), Decimal("0.00")) == exact
    assert totals.preferential + totals.concurrent == exact
    for status, amount in totals.by_status.items():
        assert amount == sum((t for s, _c, _p, t in rows if s == status), Decimal("0.00"))
    for category, amount in totals.by_category.items():
        assert amount == sum((t for _s, c, _p, t in rows if c == category), Decimal("0.00"))
    settled = sum((t for s, _c, _p, t in rows if s == "settled"), Decimal("0.00"))
    assert totals.open_total == exact - settled


def test_debt_totals_list_statuses_in_the_order_of_the_route() -> None:
    totals = debt_totals(
        [
            ("settled", None, False, Decimal("1.00")),
            ("reported", "care", True, Decimal("2.00")),
            ("confirmed", "public", False, Decimal("3.00")),
        ]
    )
    assert list(totals.by_status) == ["reported", "confirmed", "settled"]
    assert list(totals.by_category) == ["care", "public", None]
    assert totals.preferential == Decimal("2.00")
