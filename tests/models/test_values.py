"""Tests for money, dates, moments and scores in models.values."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.values import (
    MONEY_LIMIT,
    InvalidValue,
    check_score,
    date_from_json,
    date_to_json,
    format_date,
    format_money,
    moment_to_json,
    money_from_json,
    money_to_json,
    parse_date,
    parse_moment,
    parse_money,
    sum_money,
)

NBSP = "\u00a0"
# Largest amount in cents that is still accepted.
MAX_CENTS = int(MONEY_LIMIT * 100) - 1


# --- builders -------------------------------------------------------------------------------


def cents_to_money(cents: int) -> Decimal:
    """Builds an amount with exactly two places from a whole number of cents."""
    return Decimal(cents).scaleb(-2)


cents = st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS)
fixed_offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)


# --- InvalidValue ---------------------------------------------------------------------------


def test_invalid_value_str_is_the_message() -> None:
    exc = InvalidValue("Vul een bedrag in.", field="total")
    assert str(exc) == "Vul een bedrag in."
    assert exc.message == "Vul een bedrag in."


def test_invalid_value_carries_field() -> None:
    with pytest.raises(InvalidValue) as info:
        parse_money("veel", field="total")
    assert info.value.field == "total"


def test_invalid_value_field_defaults_to_none() -> None:
    with pytest.raises(InvalidValue) as info:
        parse_money("veel")
    assert info.value.field is None


def test_invalid_value_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="geen bedrag"):
        parse_money("veel")


# --- money ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.50", "1234.50"),
        ("1234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("€ 1.234,50", "1234.50"),
        (f"€{NBSP}1.234,50", "1234.50"),
        ("€1234", "1234.00"),
        ("-12,5", "-12.50"),
        ("-€ 1.234,56", "-1234.56"),
        (f"€{NBSP}-1.234,56", "-1234.56"),
        ("\u22125,00", "-5.00"),
        ("+5", "5.00"),
        ("1.234", "1234.00"),
        ("1.234.567,89", "1234567.89"),
        ("12.5", "12.50"),
        ("12.50", "12.50"),
        ("12,-", "12.00"),
        ("€ 12,-", "12.00"),
        ("12 €", "12.00"),
        ("  7  ", "7.00"),
        (1234, "1234.00"),
        (-3, "-3.00"),
        (Decimal("1234.5"), "1234.50"),
        (Decimal("1.230"), "1.23"),
        (Decimal("1E+3"), "1000.00"),
    ],
)
def test_parse_money_accepts_dutch_and_plain_notations(
    text: str | int | Decimal, expected: str
) -> None:
    assert parse_money(text) == Decimal(expected)


def test_parse_money_returns_exactly_two_places() -> None:
    assert parse_money(5).as_tuple().exponent == -2


def test_parse_money_turns_negative_zero_into_zero() -> None:
    assert str(parse_money("-0")) == "0.00"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Vul een bedrag in"),
        ("   ", "Vul een bedrag in"),
        ("veel", "geen bedrag"),
        ("NaN", "geen bedrag"),
        ("Infinity", "geen bedrag"),
        ("1e3", "geen bedrag"),
        ("€", "geen bedrag"),
        ("--5", "geen bedrag"),
        ("-€ -5", "geen bedrag"),
        ("12,", "geen bedrag"),
        ("1,234.50", "geen bedrag"),
        ("1.23,50", "geen bedrag"),
        ("1 234,50", "geen bedrag"),
        ("12,345", "hooguit twee cijfers"),
        ("1234.567", "hooguit twee cijfers"),
        ("0.123", "hooguit twee cijfers"),
        ("1.234,567", "hooguit twee cijfers"),
        ("1000000000000", "te groot"),
        ("-1.000.000.000.000,00", "te groot"),
        (Decimal("NaN"), "geen bedrag"),
        (Decimal("Infinity"), "geen bedrag"),
        (Decimal("-Infinity"), "geen bedrag"),
        (Decimal("1.234"), "hooguit twee cijfers"),
    ],
)
def test_parse_money_refuses_bad_values(text: str | Decimal, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        parse_money(text)


@pytest.mark.parametrize("value", [1.5, 0.0, True, None, [1]])
def test_parse_money_refuses_floats_and_other_types(value: Any) -> None:
    with pytest.raises(TypeError):
        parse_money(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1234.5"), "1234.50"),
        (Decimal("-12.30"), "-12.30"),
        (Decimal("-0.00"), "0.00"),
        (Decimal("1E+3"), "1000.00"),
        (Decimal("0.1"), "0.10"),
    ],
)
def test_money_to_json_writes_dot_and_two_decimals(value: Decimal, expected: str) -> None:
    assert money_to_json(value) == expected


def test_money_to_json_refuses_more_than_two_decimals() -> None:
    with pytest.raises(InvalidValue, match="hooguit twee cijfers"):
        money_to_json(Decimal("0.125"))


def test_money_to_json_refuses_float() -> None:
    value: Any = 1.5
    with pytest.raises(TypeError):
        money_to_json(value)


def test_money_from_json_reads_two_decimals() -> None:
    assert money_from_json("-1234.50") == Decimal("-1234.50")


@pytest.mark.parametrize(
    "value",
    [
        "1234.5",
        "1234",
        "1234.500",
        "1.234,50",
        "+1.00",
        " 1234.50",
        "1234.50\n",
        "-.50",
        "1e3",
        "NaN",
        "\u0661\u0662.\u0660\u0660",
        1234.5,
        1234,
        None,
    ],
)
def test_money_from_json_refuses_other_forms(value: object) -> None:
    with pytest.raises(InvalidValue, match="twee decimalen"):
        money_from_json(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1234.56"), f"€{NBSP}1.234,56"),
        (Decimal("-1234.56"), f"-€{NBSP}1.234,56"),
        (Decimal("0"), f"€{NBSP}0,00"),
        (Decimal("-0.00"), f"€{NBSP}0,00"),
        (Decimal("0.5"), f"€{NBSP}0,50"),
        (Decimal("1234567.8"), f"€{NBSP}1.234.567,80"),
    ],
)
def test_format_money_writes_dutch(value: Decimal, expected: str) -> None:
    assert format_money(value) == expected


def test_format_money_refuses_float() -> None:
    value: Any = 1.5
    with pytest.raises(TypeError):
        format_money(value)


def test_sum_money_of_nothing_is_zero_with_two_places() -> None:
    assert str(sum_money([])) == "0.00"


def test_sum_money_is_exact() -> None:
    assert sum_money([Decimal("0.10")] * 3) == Decimal("0.30")


def test_sum_money_refuses_more_than_two_decimals() -> None:
    with pytest.raises(InvalidValue, match="hooguit twee cijfers"):
        sum_money([Decimal("1.00"), Decimal("0.005")])


def test_sum_money_refuses_float() -> None:
    values: list[Any] = [Decimal("1.00"), 0.1]
    with pytest.raises(TypeError):
        sum_money(values)


@given(st.lists(cents, max_size=50))
def test_sum_money_of_json_amounts_equals_exact_sum(amounts: list[int]) -> None:
    parsed = [money_from_json(money_to_json(cents_to_money(c))) for c in amounts]
    assert sum_money(parsed) == cents_to_money(sum(amounts))


@given(cents)
def test_money_json_round_trips(amount_cents: int) -> None:
    amount = cents_to_money(amount_cents)
    text = money_to_json(amount)
    assert re.fullmatch(r"-?[0-9]+\.[0-9]{2}", text)
    assert money_from_json(text) == amount
    assert money_to_json(money_from_json(text)) == text


@given(cents)
def test_format_money_round_trips_through_parse_money(amount_cents: int) -> None:
    amount = cents_to_money(amount_cents)
    assert parse_money(format_money(amount)) == amount


# --- dates and moments ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-26", date(2026, 11, 26)),
        ("26-11-2026", date(2026, 11, 26)),
        ("26/11/2026", date(2026, 11, 26)),
        ("1-2-2026", date(2026, 2, 1)),
        (" 26-11-2026 ", date(2026, 11, 26)),
        ("29-02-2028", date(2028, 2, 29)),
    ],
)
def test_parse_date_accepts_iso_and_dutch(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_parse_date_passes_a_date_through() -> None:
    assert parse_date(date(2026, 11, 26)) == date(2026, 11, 26)


def test_parse_date_refuses_datetime() -> None:
    with pytest.raises(TypeError):
        parse_date(datetime(2026, 11, 26, 14, 3))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Vul een datum in"),
        ("31-02-2026", "bestaat niet"),
        ("29-02-2025", "bestaat niet"),
        ("2026-02-30", "bestaat niet"),
        ("00-01-2026", "bestaat niet"),
        ("26-13-2026", "bestaat niet"),
        ("26-11-26", "vier cijfers"),
        ("26-11/2026", "geen datum"),
        ("2026/11/26", "geen datum"),
        ("26.11.2026", "geen datum"),
        ("morgen", "geen datum"),
    ],
)
def test_parse_date_refuses_bad_dates(text: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        parse_date(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(date(2026, 11, 26), "26-11-2026"), (date(2026, 1, 5), "05-01-2026")],
)
def test_format_date_writes_dutch(value: date, expected: str) -> None:
    assert format_date(value) == expected


def test_date_to_json_writes_iso() -> None:
    assert date_to_json(date(2026, 1, 5)) == "2026-01-05"


def test_date_to_json_refuses_datetime() -> None:
    with pytest.raises(TypeError):
        date_to_json(datetime(2026, 1, 5, 12, 0))


def test_date_from_json_reads_iso() -> None:
    assert date_from_json("2026-11-26") == date(2026, 11, 26)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-1-5", "JJJJ-MM-DD"),
        ("20261126", "JJJJ-MM-DD"),
        ("26-11-2026", "JJJJ-MM-DD"),
        ("2026-11-26T00:00", "JJJJ-MM-DD"),
        ("2026-11-26\n", "JJJJ-MM-DD"),
        (20261126, "JJJJ-MM-DD"),
        (None, "JJJJ-MM-DD"),
        ("2026-02-30", "bestaat niet"),
    ],
)
def test_date_from_json_refuses_other_forms(value: object, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        date_from_json(value)


@given(st.dates())
def test_date_json_round_trips(value: date) -> None:
    assert date_from_json(date_to_json(value)) == value


@given(st.dates())
def test_format_date_round_trips_through_parse_date(value: date) -> None:
    assert parse_date(format_date(value)) == value


CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-26T14:03:00+01:00", datetime(2026, 11, 26, 14, 3, tzinfo=CET)),
        ("2026-11-26T14:03+01:00", datetime(2026, 11, 26, 14, 3, tzinfo=CET)),
        ("2026-11-26T13:03:00Z", datetime(2026, 11, 26, 14, 3, tzinfo=CET)),
        ("2026-11-26T14:03:00.5+01:00", datetime(2026, 11, 26, 14, 3, 0, 500000, tzinfo=CET)),
    ],
)
def test_parse_moment_reads_iso_with_offset(text: str, expected: datetime) -> None:
    moment = parse_moment(text)
    assert moment == expected
    assert moment.utcoffset() is not None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-11-26T14:03:00", "2026-11-26T14:03:00\\+01:00"),
        ("2026-11-26 14:03:00+01:00", "2026-11-26T14:03:00\\+01:00"),
        ("2026-11-26T14:03:00+0100", "2026-11-26T14:03:00\\+01:00"),
        ("2026-11-26", "2026-11-26T14:03:00\\+01:00"),
        (None, "2026-11-26T14:03:00\\+01:00"),
        ("2026-11-26T25:00:00+01:00", "bestaat niet"),
    ],
)
def test_parse_moment_refuses_other_forms(value: object, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        parse_moment(value)


def test_moment_to_json_writes_offset() -> None:
    moment = datetime(2026, 11, 26, 14, 3, tzinfo=CET)
    assert moment_to_json(moment) == "2026-11-26T14:03:00+01:00"


def test_moment_to_json_refuses_naive_datetime() -> None:
    with pytest.raises(InvalidValue, match="tijdzone"):
        moment_to_json(datetime(2026, 11, 26, 14, 3))


def test_moment_to_json_writes_offset_in_seconds_as_utc() -> None:
    amsterdam_1900 = timezone(timedelta(minutes=19, seconds=32))
    moment = datetime(1900, 5, 1, 12, 0, tzinfo=amsterdam_1900)
    text = moment_to_json(moment)
    assert text.endswith("+00:00")
    assert parse_moment(text) == moment


@given(st.datetimes(timezones=fixed_offsets))
def test_moment_json_round_trips(moment: datetime) -> None:
    restored = parse_moment(moment_to_json(moment))
    assert restored == moment
    assert restored.utcoffset() == moment.utcoffset()


# --- scores ---------------------------------------------------------------------------------


@pytest.mark.parametrize("score", [1, 2, 3, 4, 5])
def test_check_score_returns_scores_from_one_to_five(score: int) -> None:
    assert check_score(score, "mood") == score


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (0, "score van 1 tot en met 5"),
        (6, "score van 1 tot en met 5"),
        (-1, "score van 1 tot en met 5"),
        (True, "heel getal"),
        (3.0, "heel getal"),
        ("3", "heel getal"),
        (None, "heel getal"),
    ],
)
def test_check_score_refuses_other_values(value: object, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        check_score(value, "mood")


def test_check_score_names_the_field() -> None:
    with pytest.raises(InvalidValue) as info:
        check_score(9, "score")
    assert info.value.field == "score"
