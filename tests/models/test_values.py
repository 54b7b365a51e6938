"""Tests for the value types in models.values."""

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
    format_iban,
    format_money,
    is_valid_bsn,
    mask_bsn,
    moment_to_json,
    money_from_json,
    money_to_json,
    normalize_bsn,
    normalize_email,
    normalize_iban,
    normalize_phone,
    normalize_postcode,
    parse_date,
    parse_moment,
    parse_money,
    sum_money,
)

NBSP = "\u00a0"
BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
# Largest amount in cents that is still accepted.
MAX_CENTS = int(MONEY_LIMIT * 100) - 1


# --- builders -------------------------------------------------------------------------------


def build_bsn(prefix: str) -> str | None:
    """Completes eight digits with the check digit that passes the elfproef, if one exists.

    The check digit d9 must satisfy (S - d9) % 11 == 0 with S the weighted sum of the first
    eight digits, so d9 = S % 11. When S % 11 == 10 no digit works: not every prefix can be
    completed, which is why this returns None then. All zeros is refused as a BSN too.
    """
    remainder = sum(w * int(d) for w, d in zip(BSN_WEIGHTS, prefix, strict=True)) % 11
    if remainder == 10 or prefix == "00000000":
        return None
    return prefix + str(remainder)


def cents_to_money(cents: int) -> Decimal:
    """Builds an amount with exactly two places from a whole number of cents."""
    return Decimal(cents).scaleb(-2)


bsn_prefixes = st.text(alphabet="0123456789", min_size=8, max_size=8)
valid_bsns = bsn_prefixes.map(build_bsn).filter(lambda bsn: bsn is not None).map(str)
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


# --- BSN ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("111222333", "111222333"),
        ("123456782", "123456782"),
        ("111 222 333", "111222333"),
        ("1112.22.333", "111222333"),
        ("111-222-333", "111222333"),
        ("12345672", "012345672"),
    ],
)
def test_normalize_bsn_returns_nine_digits(text: str, expected: str) -> None:
    assert normalize_bsn(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Vul een BSN in"),
        ("  ", "Vul een BSN in"),
        ("12345678a", "alleen uit cijfers"),
        ("\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0662", "alleen uit cijfers"),
        ("1234567", "9 cijfers"),
        ("1234567890", "9 cijfers"),
        ("123456783", "elfproef"),
        ("000000000", "elfproef"),
        ("00000000", "elfproef"),
    ],
)
def test_normalize_bsn_refuses_bad_numbers(text: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        normalize_bsn(text)


@pytest.mark.parametrize(("text", "expected"), [("123456782", True), ("123456783", False)])
def test_is_valid_bsn_tells_valid_from_invalid(text: str, expected: bool) -> None:
    assert is_valid_bsn(text) is expected


def test_mask_bsn_shows_only_last_three_digits() -> None:
    assert mask_bsn("123 456 782") == "******782"


def test_mask_bsn_refuses_invalid_bsn() -> None:
    with pytest.raises(InvalidValue):
        mask_bsn("123456783")


def test_bsn_prefix_with_remainder_ten_has_no_check_digit() -> None:
    # 2 * 5 = 10: no last digit d satisfies (10 - d) % 11 == 0.
    assert not any(is_valid_bsn("00000005" + d) for d in "0123456789")


@given(bsn_prefixes)
def test_bsn_prefix_has_exactly_the_built_check_digit(prefix: str) -> None:
    valid = [prefix + d for d in "0123456789" if is_valid_bsn(prefix + d)]
    built = build_bsn(prefix)
    assert valid == ([built] if built is not None else [])


@given(valid_bsns, st.integers(min_value=0, max_value=8), st.integers(min_value=1, max_value=9))
def test_bsn_single_digit_change_is_detected(bsn: str, position: int, shift: int) -> None:
    # A change by delta (1..9 in size) at weight w alters the sum by w * delta. The weights
    # 9..2 and -1 and every delta are non-zero and smaller than the prime 11 in size, so
    # w * delta is never a multiple of 11: the elfproef catches every single-digit error.
    digit = (int(bsn[position]) + shift) % 10
    changed = bsn[:position] + str(digit) + bsn[position + 1 :]
    assert not is_valid_bsn(changed)


@given(valid_bsns)
def test_normalize_bsn_accepts_built_bsns(bsn: str) -> None:
    assert normalize_bsn(bsn) == bsn


# --- IBAN -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NL91ABNA0417164300", "NL91ABNA0417164300"),
        ("nl91 abna 0417 1643 00", "NL91ABNA0417164300"),
        ("NL91-ABNA-0417-1643-00", "NL91ABNA0417164300"),
        (f" NL91 ABNA 0417 1643 00{NBSP}", "NL91ABNA0417164300"),
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
    ],
)
def test_normalize_iban_returns_compact_upper_case(text: str, expected: str) -> None:
    assert normalize_iban(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Vul een IBAN in"),
        ("NL92ABNA0417164300", "controlecijfers"),
        ("NL91ABNA041716430", "aantal tekens"),
        ("DE8937040044053201300", "aantal tekens"),
        ("XX91ABNA0417164300", "landcode"),
        ("NL91ABNA04171643OO", "geen geldig IBAN"),
        ("IBAN NL91ABNA0417164300", "geen geldig IBAN"),
    ],
)
def test_normalize_iban_refuses_bad_ibans(text: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        normalize_iban(text)


@pytest.mark.parametrize(
    ("iban", "expected"),
    [
        ("NL91ABNA0417164300", "NL91 ABNA 0417 1643 00"),
        ("de89370400440532013000", "DE89 3704 0044 0532 0130 00"),
    ],
)
def test_format_iban_groups_by_four(iban: str, expected: str) -> None:
    assert format_iban(iban) == expected


def test_format_iban_refuses_invalid_iban() -> None:
    with pytest.raises(InvalidValue, match="controlecijfers"):
        format_iban("NL92ABNA0417164300")


# --- postcode -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234ab", "1234 AB"),
        ("1234 AB", "1234 AB"),
        ("1234  ab", "1234 AB"),
        (f" 1234{NBSP}Ab ", "1234 AB"),
        ("9999ZZ", "9999 ZZ"),
    ],
)
def test_normalize_postcode_returns_digits_space_letters(text: str, expected: str) -> None:
    assert normalize_postcode(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0123 AB", "begint niet met een 0"),
        ("1234 SA", "SA bestaan niet"),
        ("1234 sd", "SD bestaan niet"),
        ("1234SS", "SS bestaan niet"),
        ("", "4 cijfers en 2 letters"),
        ("123 AB", "4 cijfers en 2 letters"),
        ("12345 AB", "4 cijfers en 2 letters"),
        ("1234 A", "4 cijfers en 2 letters"),
        ("1234 ABC", "4 cijfers en 2 letters"),
        ("AB 1234", "4 cijfers en 2 letters"),
        ("1234-AB", "4 cijfers en 2 letters"),
        ("1234 ÄB", "4 cijfers en 2 letters"),
        ("\u0661\u0662\u0663\u0664 AB", "4 cijfers en 2 letters"),
    ],
)
def test_normalize_postcode_refuses_bad_postcodes(text: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        normalize_postcode(text)


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


# --- e-mail and phone -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan.Jansen@Example.NL", "Jan.Jansen@example.nl"),
        ("  a@b.nl ", "a@b.nl"),
        ("schuldhulp+intake@gemeente.voorbeeld.nl", "schuldhulp+intake@gemeente.voorbeeld.nl"),
    ],
)
def test_normalize_email_lowers_the_domain_only(text: str, expected: str) -> None:
    assert normalize_email(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Vul een e-mailadres in"),
        ("jan jansen@x.nl", "geen spaties"),
        ("janx.nl", "één @"),
        ("@x.nl", "één @"),
        ("jan@@x.nl", "één @"),
        ("jan@x@y.nl", "één @"),
        ("jan@localhost", "domein met een punt"),
        ("jan@x..nl", "domein met een punt"),
        ("jan@.nl", "domein met een punt"),
        ("jan@x.nl.", "domein met een punt"),
    ],
)
def test_normalize_email_refuses_bad_addresses(text: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        normalize_email(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06-12345678", "0612345678"),
        ("020 123 4567", "0201234567"),
        ("(020) 123.45.67", "0201234567"),
        ("+31 6 12345678", "+31612345678"),
        ("+31 (0)6 12345678", "+31612345678"),
        ("0031 6 12345678", "+31612345678"),
        ("0800-0543", "08000543"),
        ("0900-1234567", "09001234567"),
        ("14 020", "14020"),
        ("14 0591", "140591"),
        ("+49 30 1234567", "+49301234567"),
    ],
)
def test_normalize_phone_returns_digits(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Vul een telefoonnummer in"),
        ("bel me", "bestaat uit cijfers"),
        ("06-1234567a", "bestaat uit cijfers"),
        ("06+12345678", "bestaat uit cijfers"),
        ("06-1234567", "juiste aantal cijfers"),
        ("06-123456789", "juiste aantal cijfers"),
        ("+31 06 12345678", "juiste aantal cijfers"),
        ("+31 6 1234567", "juiste aantal cijfers"),
        ("+31 012345678", "juiste aantal cijfers"),
        ("0800-05432", "juiste aantal cijfers"),
        ("12345", "juiste aantal cijfers"),
        ("+1234567", "juiste aantal cijfers"),
    ],
)
def test_normalize_phone_refuses_bad_numbers(text: str, message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        normalize_phone(text)


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
