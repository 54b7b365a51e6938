"""Tests for identifiers and contact details in models.identifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.identifiers import (
    format_iban,
    is_valid_bsn,
    mask_bsn,
    normalize_bsn,
    normalize_email,
    normalize_iban,
    normalize_phone,
    normalize_postcode,
)
from models.values import InvalidValue

NBSP = "\u00a0"
BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


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


bsn_prefixes = st.text(alphabet="0123456789", min_size=8, max_size=8)
valid_bsns = bsn_prefixes.map(build_bsn).filter(lambda bsn: bsn is not None).map(str)


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
