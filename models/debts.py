"""Rules about debts that the screens, handouts and checks share."""

from __future__ import annotations

from datetime import date

from models.calendar import add_months

#: A balance older than this many months no longer counts for a referral (domain.md).
STALE_AFTER_MONTHS = 6


def balance_is_stale(balance_date: date | None, today: date) -> bool:
    """Whether a confirmed balance is more than six calendar months old on ``today``.

    A debt without a balance date is not stale: it has no confirmed balance at all, which the
    completeness check reports on its own.
    """
    return balance_date is not None and add_months(balance_date, STALE_AFTER_MONTHS) < today
