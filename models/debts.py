"""Rules about debts that the screens, handouts and checks share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, Inexact, localcontext

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
    """Totals of debts given as (status, category, preferential, total), exact to the cent.

    One pass over the rows; every sum is exact (an inexact step would raise, never round).
    """
    by_status: dict[str, Decimal] = {}
    by_category: dict[str | None, Decimal] = {}
    zero = Decimal("0.00")
    total = open_total = preferential = zero
    count = 0
    with localcontext() as ctx:
        ctx.traps[Inexact] = True
        for status, category, is_preferential, amount in debts:
            if not isinstance(amount, Decimal):
                raise TypeError(f"money must be Decimal, not {type(amount).__name__}")
            count += 1
            total += amount
            by_status[status] = by_status.get(status, zero) + amount
            by_category[category] = by_category.get(category, zero) + amount
            if status != DebtStatus.SETTLED.value:
                open_total += amount
            if is_preferential:
                preferential += amount
        concurrent = total - preferential
    order = {status.value: index for index, status in enumerate(DebtStatus)}
    category_order = {category.value: index for index, category in enumerate(Category)}
    return DebtTotals(
        count=count,
        total=sum_money([total]),
        open_total=sum_money([open_total]),
        by_status={
            k: sum_money([v])
            for k, v in sorted(by_status.items(), key=lambda i: order.get(i[0], 99))
        },
        by_category={
            k: sum_money([v])
            for k, v in sorted(
                by_category.items(), key=lambda i: category_order.get(i[0] or "", 99)
            )
        },
        preferential=sum_money([preferential]),
        concurrent=sum_money([concurrent]),
    )
