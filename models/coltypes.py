"""Portable column types: money as integer cents, moments as aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")


class MoneyType(TypeDecorator[Decimal]):
    """Euros as a two-place Decimal, stored as integer cents.

    SQLite has no exact decimal type (NUMERIC is stored as a float), so cents in a BIGINT are
    the only exact portable form; PostgreSQL stores them the same way.
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money is never a float")
        amount = Decimal(value)
        cents = amount * 100
        if cents != cents.to_integral_value():
            raise ValueError("money has more than two decimals")  # the amount stays out of logs
        return int(cents)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        # The cents with the point moved two places: exactly two decimals, as quantizing a
        # division by 100 gives, in three quarters of its time (every amount read passes here).
        return Decimal(int(value)).scaleb(-2)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment, stored in UTC and always returned timezone-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("a moment needs a timezone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    """The current moment in UTC, aware."""
    return datetime.now(UTC)
