"""The six-month rule for balances, counted in calendar months."""

from __future__ import annotations

from datetime import date

import pytest

from models.debts import balance_is_stale


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
