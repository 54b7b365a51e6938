"""``MoneyType`` reads cents as euros with exactly two decimals, as it always did."""

from __future__ import annotations

from decimal import Decimal, Inexact, localcontext

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from models.coltypes import CENT, MoneyType

MONEY = MoneyType()
DIALECT = sqlite.dialect()
CENTS = st.integers(min_value=-(2**63), max_value=2**63 - 1)  # a BIGINT


@given(CENTS)
def test_money_read_equals_the_quantized_division_to_the_last_digit(cents: int) -> None:
    read = MONEY.process_result_value(cents, DIALECT)
    assert read is not None
    former = (Decimal(cents) / 100).quantize(CENT)
    assert read == former
    assert read.as_tuple() == former.as_tuple()  # the same digits and exponent: '1.00'


@given(CENTS)
def test_money_survives_a_round_trip_through_cents(cents: int) -> None:
    read = MONEY.process_result_value(cents, DIALECT)
    assert MONEY.process_bind_param(read, DIALECT) == cents


def test_money_reads_exactly_where_inexact_results_are_trapped() -> None:
    """The totals trap inexact arithmetic; reading an amount must never raise there."""
    with localcontext() as context:
        context.traps[Inexact] = True
        assert MONEY.process_result_value(12345, DIALECT) == Decimal("123.45")
        assert str(MONEY.process_result_value(-5, DIALECT)) == "-0.05"
        assert str(MONEY.process_result_value(0, DIALECT)) == "0.00"
    assert MONEY.process_result_value(None, DIALECT) is None
