"""Rules about debts that the screens, handouts and checks share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.calendar import add_months
from models.codes import Category, DebtStatus
from models.values import sum_money

#: A balance older than this many months no longer counts for a referral (domain.md).
STALE_AFTER_MONTHS = 6


def balance_is_stale(balance_date: date | None, today: date) -> bool:
    """Whether a confirmed balance is more than six calendar months old on ``today``.

    A debt without a balance date is not stale: it has no confirmed balance at all, which the
    completeness check reports on its own.
    """
    return balance_date is not None and add_months(balance_date, STALE_AFTER_MONTHS) < today


@dataclass(frozen=True)
class DebtTotals:
    """The sums a desk asks for over a set of debts; every grouping adds up to ``total``.

    Attributes:
        count: How many debts.
        total: Their grand total.
        open_total: The total of the debts not settled.
        by_status: Per status code, in the order of ``DebtStatus``; only statuses in use.
        by_category: Per DDAS category code (``None``: not yet chosen); only those in use.
        preferential: The total of preferential debts.
        concurrent: The total of all other debts.
    """

    count: int
    total: Decimal
    open_total: Decimal
    by_status: dict[str, Decimal]
    by_category: dict[str | None, Decimal]
    preferential: Decimal
    concurrent: Decimal


def debt_totals(debts: Iterable[tuple[str, str | None, bool, Decimal]]) -> DebtTotals:
    """Totals of debts given as (status, category, preferential, total), exact to the cent."""
    rows = list(debts)
    statuses: dict[str, list[Decimal]] = {}
    categories: dict[str | None, list[Decimal]] = {}
    for status, category, _preferential, total in rows:
        statuses.setdefault(status, []).append(total)
        categories.setdefault(category, []).append(total)
    order = {status.value: index for index, status in enumerate(DebtStatus)}
    by_status = {
        status: sum_money(amounts)
        for status, amounts in sorted(statuses.items(), key=lambda i: order.get(i[0], 99))
    }
    category_order = {category.value: index for index, category in enumerate(Category)}
    by_category = {
        category: sum_money(amounts)
        for category, amounts in sorted(
            categories.items(), key=lambda i: category_order.get(i[0] or "", 99)
        )
    }
    return DebtTotals(
        count=len(rows),
        total=sum_money(total for *_, total in rows),
        open_total=sum_money(t for s, _c, _p, t in rows if s != DebtStatus.SETTLED.value),
        by_status=by_status,
        by_category=by_category,
        preferential=sum_money(t for _s, _c, p, t in rows if p),
        concurrent=sum_money(t for _s, _c, p, t in rows if not p),
    )
