"""Tests for Dutch working days and calendar arithmetic in models.calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.calendar import (
    add_months,
    add_weeks,
    add_working_days,
    dutch_public_holiday_names,
    dutch_public_holidays,
    easter_sunday,
    is_working_day,
    kings_day,
    next_working_day_on_or_after,
)


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2038, date(2038, 4, 25)),
        (2285, date(2285, 3, 22)),
        (2019, date(2019, 4, 21)),
    ],
)
def test_easter_sunday_known_years(year: int, expected: date) -> None:
    assert easter_sunday(year) == expected


def test_dutch_public_holidays_2026_exactly() -> None:
    assert dutch_public_holidays(2026) == {
        date(2026, 1, 1),  # Nieuwjaarsdag
        date(2026, 4, 3),  # Goede Vrijdag
        date(2026, 4, 5),  # Eerste Paasdag
        date(2026, 4, 6),  # Tweede Paasdag
        date(2026, 4, 27),  # Koningsdag
        date(2026, 5, 5),  # Bevrijdingsdag
        date(2026, 5, 14),  # Hemelvaartsdag
        date(2026, 5, 24),  # Eerste Pinksterdag
        date(2026, 5, 25),  # Tweede Pinksterdag
        date(2026, 12, 25),  # Eerste Kerstdag
        date(2026, 12, 26),  # Tweede Kerstdag
    }


def test_dutch_public_holiday_names_are_dutch_and_in_date_order() -> None:
    names = dutch_public_holiday_names(2026)
    assert list(names) == sorted(names)
    assert names[date(2026, 4, 3)] == "Goede Vrijdag"
    assert names[date(2026, 5, 14)] == "Hemelvaartsdag"


def test_dutch_public_holidays_returns_a_copy() -> None:
    dutch_public_holidays(2026).clear()
    dutch_public_holiday_names(2026).clear()
    assert len(dutch_public_holidays(2026)) == 11


def test_kings_day_moves_to_saturday_when_27_april_is_a_sunday() -> None:
    assert date(2025, 4, 27).weekday() == 6
    assert kings_day(2025) == date(2025, 4, 26)
    assert date(2025, 4, 26) in dutch_public_holidays(2025)
    assert date(2025, 4, 27) not in dutch_public_holidays(2025)


def test_kings_day_is_27_april_otherwise() -> None:
    assert kings_day(2026) == date(2026, 4, 27)


def test_kings_day_before_2014_is_queens_day() -> None:
    assert kings_day(2013) == date(2013, 4, 30)
    assert kings_day(2006) == date(2006, 4, 29)  # 30 April 2006 was a Sunday


def test_is_working_day_false_on_weekend_and_holiday() -> None:
    assert is_working_day(date(2026, 3, 9))  # a Monday
    assert not is_working_day(date(2026, 3, 7))  # Saturday
    assert not is_working_day(date(2026, 3, 8))  # Sunday
    assert not is_working_day(date(2026, 4, 3))  # Goede Vrijdag
    assert not is_working_day(date(2026, 5, 5))  # Bevrijdingsdag, a Tuesday


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # Friday + 1 skips the weekend.
        (date(2026, 3, 6), 1, date(2026, 3, 9)),
        # A start on a Saturday: Monday is the first working day after it.
        (date(2026, 3, 7), 1, date(2026, 3, 9)),
        # Maundy Thursday 2026: Goede Vrijdag, the weekend and Tweede Paasdag are skipped.
        (date(2026, 4, 2), 1, date(2026, 4, 7)),
        (date(2026, 4, 2), 3, date(2026, 4, 9)),
        # Christmas Eve 2026 (Thursday): 25th Friday, 26th Saturday.
        (date(2026, 12, 24), 1, date(2026, 12, 28)),
        (date(2026, 12, 24), 3, date(2026, 12, 30)),
        # Over New Year: 1 January 2027 is a Friday.
        (date(2026, 12, 31), 1, date(2027, 1, 4)),
        # Ascension 2026 (Thursday 14 May) is skipped, the Friday after it is not.
        (date(2026, 5, 13), 1, date(2026, 5, 15)),
    ],
)
def test_add_working_days_skips_weekends_and_holidays(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected


def test_add_working_days_zero_returns_start() -> None:
    assert add_working_days(date(2026, 3, 7), 0) == date(2026, 3, 7)


def test_add_working_days_negative_counts_back() -> None:
    assert add_working_days(date(2026, 4, 7), -1) == date(2026, 4, 2)


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    n=st.integers(min_value=1, max_value=40),
)
def test_add_working_days_lands_on_the_nth_working_day(start: date, n: int) -> None:
    result = add_working_days(start, n)
    assert is_working_day(result)
    between = (start + timedelta(days=offset) for offset in range(1, (result - start).days + 1))
    assert sum(is_working_day(day) for day in between) == n


def test_next_working_day_on_or_after_extends_over_holidays() -> None:
    assert next_working_day_on_or_after(date(2026, 4, 3)) == date(2026, 4, 7)
    assert next_working_day_on_or_after(date(2026, 4, 7)) == date(2026, 4, 7)


def test_add_weeks_keeps_the_weekday() -> None:
    assert add_weeks(date(2026, 3, 2), 4) == date(2026, 3, 30)


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
        (date(2026, 3, 15), 18, date(2027, 9, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, n: int, expected: date) -> None:
    assert add_months(start, n) == expected
