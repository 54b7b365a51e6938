"""Dutch working days and calendar arithmetic for legal deadlines."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

# The days that count as holidays for legal terms come from the Algemene termijnenwet (Atw),
# which the Wgs and the Awb terms follow:
#   art. 3 lid 1: "de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide
#   Kerstdagen, de Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en
#   de vijfde mei";
#   art. 3 lid 2: Goede Vrijdag is "gelijkgesteld" with those days.
# Bridge days that a royal decree (art. 3 lid 3) assigns every few years, such as the Friday
# after Ascension, are not computed: they are decided per period, not by a rule.
# Eerste Paasdag and Eerste Pinksterdag are Sundays, so listing them changes no count; they
# are named so that a calendar shown to a person is complete.


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday.

    Uses the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every Gregorian
    year.

    Args:
        year: The year, 1583 or later.

    Returns:
        The date of Easter Sunday in that year.
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """The day the monarch's birthday is celebrated (Koningsdag or Koninginnedag).

    Since 2014 Koningsdag is 27 April, moved to Saturday 26 April when the 27th is a Sunday.
    From 1980 to 2013 Koninginnedag was 30 April, moved to 29 April on a Sunday; earlier years
    are given by that same rule because no deadline of this app lies that far back. A new
    monarch brings a new date: change it here then.

    Args:
        year: The year.

    Returns:
        The date of the celebration.
    """
    day = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    if day.weekday() == calendar.SUNDAY:
        day -= timedelta(days=1)
    return day


def dutch_public_holiday_names(year: int) -> dict[date, str]:
    """The Atw holidays of one year, each with its Dutch name.

    Args:
        year: The year.

    Returns:
        A new mapping from date to the holiday's Dutch name, in date order.
    """
    return dict(_holidays(year))


# Deadline arithmetic asks about the same few years thousands of times; a read-only view
# keeps the cached value safe from callers.
@lru_cache(maxsize=64)
def _holidays(year: int) -> Mapping[date, str]:
    easter = easter_sunday(year)
    days = {
        date(year, 1, 1): "Nieuwjaarsdag",
        easter - timedelta(days=2): "Goede Vrijdag",
        easter: "Eerste Paasdag",
        easter + timedelta(days=1): "Tweede Paasdag",
        kings_day(year): "Koningsdag",
        date(year, 5, 5): "Bevrijdingsdag",
        easter + timedelta(days=39): "Hemelvaartsdag",
        easter + timedelta(days=49): "Eerste Pinksterdag",
        easter + timedelta(days=50): "Tweede Pinksterdag",
        date(year, 12, 25): "Eerste Kerstdag",
        date(year, 12, 26): "Tweede Kerstdag",
    }
    return MappingProxyType(dict(sorted(days.items())))


def dutch_public_holidays(year: int) -> set[date]:
    """The days of one year that the Algemene termijnenwet treats as holidays.

    Args:
        year: The year.

    Returns:
        A new set of dates.
    """
    return set(_holidays(year))


def is_working_day(day: date) -> bool:
    """Whether a day is a working day: not a Saturday, Sunday or Atw holiday."""
    return day.weekday() < calendar.SATURDAY and day not in _holidays(day.year)


def next_working_day_on_or_after(day: date) -> date:
    """The day itself when it is a working day, else the first working day after it.

    This is how the Algemene termijnenwet (art. 1) extends a legal term that would end on a
    weekend or holiday.
    """
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after start (start itself is not counted).

    Args:
        start: The day the count starts from; it may itself be a non-working day.
        n: How many working days; a negative number counts backwards, zero returns start.

    Returns:
        The resulting working day (or start when n is zero).
    """
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    day = start
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day


def add_weeks(day: date, n: int) -> date:
    """The same weekday n weeks later (or earlier for a negative n)."""
    return day + timedelta(weeks=n)


def add_months(day: date, n: int) -> date:
    """The same day of the month n months later, clamped to the month's end.

    31 January plus one month is 28 February (29 in a leap year), as people and courts count.

    Args:
        day: The start date.
        n: How many months; may be negative.

    Returns:
        The resulting date.
    """
    month_index = day.year * 12 + (day.month - 1) + n
    year, month0 = divmod(month_index, 12)
    month = month0 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))
