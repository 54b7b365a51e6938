"""Value types that check, normalise and format what people type and what bundles carry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, Inexact, localcontext

from models.messages import say

__all__ = [
    "MONEY_LIMIT",
    "InvalidValue",
    "check_score",
    "date_from_json",
    "date_to_json",
    "format_date",
    "format_money",
    "moment_to_json",
    "money_from_json",
    "money_to_json",
    "parse_date",
    "parse_moment",
    "parse_money",
    "sum_money",
]


class InvalidValue(ValueError):
    """A value a person typed, or a bundle carried, that the app refuses.

    Attributes:
        message: Why the value is refused, in Dutch, for the person at the screen.
        field: The key of the field the value was meant for, if the caller named it.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


# ---------------------------------------------------------------------------------------------
# Money

CENT = Decimal("0.01")
#: Amounts are refused from this size on (in either sign). Every amount below it has at most
#: 14 significant digits, so a spreadsheet cell (an IEEE double) still holds it exactly.
MONEY_LIMIT = Decimal("1000000000000")

_MINUS_SIGNS = ("-", "\u2212")
_SIGNS = ("+", *_MINUS_SIGNS)
# Dutch "12,-" means whole euros.
_WHOLE_EUROS = re.compile(r",--?")
_PLAIN = re.compile(r"[0-9]+")
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]+")
_DECIMAL_DOT = re.compile(r"[0-9]+\.[0-9]{1,2}")
_GROUPED_DOTS = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
_GROUPED_DOTS_COMMA = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+,[0-9]+")
_TOO_MANY_DECIMALS = re.compile(r"[0-9.]+\.[0-9]{3,}")
_MONEY_JSON = re.compile(r"-?[0-9]+\.[0-9]{2}")
# The Dutch pattern, but with the minus sign before the euro sign. Babel's nl_NL default puts
# it after ("€ -1.234,56"), which reads as a typo on a creditor list. Babel separates the sign
# and the amount with a non-breaking space; we keep it, so that an amount never breaks over
# two lines in a table cell or the PDF. parse_money() accepts it back.

_MSG_MONEY_EMPTY = say("Vul een bedrag in.")
_MSG_MONEY_SHAPE = say("Dit is geen bedrag. Schrijf het bijvoorbeeld als 1.234,50.")
_MSG_MONEY_DECIMALS = say("Een bedrag heeft hooguit twee cijfers achter de komma.")
_MSG_MONEY_TOO_BIG = say("Dit bedrag is te groot.")


def _refuse_float(value: object) -> None:
    if isinstance(value, float | bool):
        raise TypeError(f"money is never {type(value).__name__}; use Decimal, int or str")


def _exact_money(value: Decimal, field: str | None) -> Decimal:
    """Returns value with exactly two places, refusing what that would round."""
    if not value.is_finite():
        raise InvalidValue(say("Dit is geen bedrag."), field=field)
    if abs(value) >= MONEY_LIMIT:
        raise InvalidValue(_MSG_MONEY_TOO_BIG, field=field)
    with localcontext() as ctx:
        ctx.traps[Inexact] = True
        try:
            result = value.quantize(CENT)
        except Inexact:
            raise InvalidValue(_MSG_MONEY_DECIMALS, field=field) from None
    # A negative zero would be written as "-0.00".
    return result if result else abs(result)


def _money_text_to_decimal(text: str, field: str | None) -> Decimal:
    body = text.strip()
    if not body:
        raise InvalidValue(_MSG_MONEY_EMPTY, field=field)
    # Sign and euro sign come in either order ("-€ 5", "€ -5"), with or without spaces.
    signed = body.startswith(_SIGNS)
    negative = body.startswith(_MINUS_SIGNS)
    if signed:
        body = body[1:].lstrip()
    if body.startswith("€"):
        body = body[1:].lstrip()
        if not signed and body.startswith(_SIGNS):
            negative = body.startswith(_MINUS_SIGNS)
            body = body[1:].lstrip()
    elif body.endswith("€"):
        body = body[:-1].rstrip()
    if match := _WHOLE_EUROS.search(body):
        if match.end() != len(body):
            raise InvalidValue(_MSG_MONEY_SHAPE, field=field)
        body = body[: match.start()]

    if _PLAIN.fullmatch(body) or _GROUPED_DOTS.fullmatch(body):
        digits = body.replace(".", "")
    elif _DECIMAL_COMMA.fullmatch(body) or _GROUPED_DOTS_COMMA.fullmatch(body):
        digits = body.replace(".", "").replace(",", ".")
    elif _DECIMAL_DOT.fullmatch(body):
        digits = body
    elif _TOO_MANY_DECIMALS.fullmatch(body):
        raise InvalidValue(_MSG_MONEY_DECIMALS, field=field)
    else:
        raise InvalidValue(_MSG_MONEY_SHAPE, field=field)
    if "." in digits and len(digits) - digits.index(".") - 1 > 2:
        raise InvalidValue(_MSG_MONEY_DECIMALS, field=field)
    amount = Decimal(digits)
    return -amount if negative else amount


def parse_money(text: str | int | Decimal, *, field: str | None = None) -> Decimal:
    """Reads an amount in euros as a person writes it.

    Dutch notation is the rule: a comma before the cents and dots between thousands
    ("1.234,50", "€ 1.234,50", "12,-"). A plain dot before one or two digits is read as the
    decimal point ("12.5"); a dot before exactly three digits separates thousands ("1.234").

    Args:
        text: What was typed, or an int or Decimal amount.
        field: Key of the field, passed on to the error.

    Returns:
        The amount with exactly two decimal places.

    Raises:
        TypeError: For a float (or bool): money is never a float.
        InvalidValue: When the text is no amount, has more than two decimals or is too big.
    """
    _refuse_float(text)
    if isinstance(text, int):
        amount = Decimal(text)
    elif isinstance(text, Decimal):
        amount = text
    elif isinstance(text, str):
        amount = _money_text_to_decimal(text, field)
    else:
        raise TypeError(f"cannot read money from {type(text).__name__}")
    return _exact_money(amount, field)


def money_from_cents(cents: int | Decimal) -> Decimal:
    """Euros as a two-place Decimal from the integer cents a money column stores (the same
    value models.coltypes.MoneyType gives; SQL's SUM of cents may come back as a Decimal)."""
    return (Decimal(int(cents)) / 100).quantize(CENT)


def money_to_json(value: Decimal) -> str:
    """Writes an amount the way the dossier bundle carries it: ``"1234.50"``.

    Raises:
        TypeError: When value is not a Decimal.
        InvalidValue: When value is not finite, too big, or has more than two decimals.
    """
    if not isinstance(value, Decimal):
        raise TypeError(f"money must be Decimal, not {type(value).__name__}")
    return f"{_exact_money(value, None):f}"


def money_from_json(value: object, *, field: str | None = None) -> Decimal:
    """Reads an amount from a dossier bundle: a string with a dot and exactly two decimals.

    Raises:
        InvalidValue: For anything else, including JSON numbers.
    """
    if not isinstance(value, str) or not _MONEY_JSON.fullmatch(value):
        raise InvalidValue(
            say('Een bedrag staat in het bestand als tekst met twee decimalen, zoals "1234.50".'),
            field=field,
        )
    return _exact_money(Decimal(value), field)


def format_money(value: Decimal) -> str:
    """Writes an amount for people in Dutch: ``"€ 1.234,56"``, ``"-€ 1.234,56"``.

    The space after the euro sign is a non-breaking space (U+00A0). Written by hand rather
    than through Babel: a list of 300 debts formats every amount, and Babel's general
    pattern machinery took a quarter of a millisecond for each.
    """
    if not isinstance(value, Decimal):
        raise TypeError(f"money must be Decimal, not {type(value).__name__}")
    cents = int(_exact_money(value, None).scaleb(2))
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    return f"{'-' if cents < 0 else ''}€\u00a0{grouped},{rest:02d}"


def sum_money(values: Iterable[Decimal]) -> Decimal:
    """Adds amounts exactly; the sum of nothing is ``Decimal("0.00")``.

    Raises:
        TypeError: When one of the values is not a Decimal.
        InvalidValue: When one of the values is not a valid amount.
    """
    total = Decimal("0.00")
    with localcontext() as ctx:
        # Sums stay far below the precision, but if that ever changes, fail rather than round.
        ctx.traps[Inexact] = True
        for value in values:
            if not isinstance(value, Decimal):
                raise TypeError(f"money must be Decimal, not {type(value).__name__}")
            total += _exact_money(value, None)
    return total if total else abs(total)


# ---------------------------------------------------------------------------------------------
# Dates and moments

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DUTCH_DATE = re.compile(r"([0-9]{1,2})([-/])([0-9]{1,2})\2([0-9]+)")
_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_MSG_DATE_SHAPE = say("Dit is geen datum. Schrijf dag-maand-jaar, bijvoorbeeld 26-11-2026.")
_MSG_DATE_IMPOSSIBLE = say("Deze datum bestaat niet. Controleer de dag en de maand.")


def _make_date(year: int, month: int, day: int, field: str | None) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidValue(_MSG_DATE_IMPOSSIBLE, field=field) from None


def _refuse_datetime(value: object) -> None:
    # A datetime is a date too; taking it for one would silently drop the time.
    if isinstance(value, datetime):
        raise TypeError("expected a date, not a datetime")


def parse_date(text: str | date, *, field: str | None = None) -> date:
    """Reads a date as a person writes it: ``"26-11-2026"``, ``"26/11/2026"``, ``"2026-11-26"``.

    Years must have four digits: "26-11-26" could be 1926 as well as 2026.

    Raises:
        TypeError: For a datetime.
        InvalidValue: For another shape, a two-digit year, or a date that does not exist.
    """
    _refuse_datetime(text)
    if isinstance(text, date):
        return text
    body = text.strip()
    if not body:
        raise InvalidValue(say("Vul een datum in."), field=field)
    if match := _ISO_DATE.fullmatch(body):
        year, month, day = (int(part) for part in match.groups())
        return _make_date(year, month, day, field)
    match = _DUTCH_DATE.fullmatch(body)
    if not match:
        raise InvalidValue(_MSG_DATE_SHAPE, field=field)
    if len(match.group(4)) != 4:
        message = say("Schrijf het jaar met vier cijfers, bijvoorbeeld 26-11-2026.")
        raise InvalidValue(message, field=field)
    return _make_date(int(match.group(4)), int(match.group(3)), int(match.group(1)), field)


def format_date(value: date) -> str:
    """Writes a date for people in Dutch: ``"26-11-2026"``."""
    _refuse_datetime(value)
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def date_to_json(value: date) -> str:
    """Writes a date the way the dossier bundle carries it: ``"2026-11-26"``."""
    _refuse_datetime(value)
    return value.isoformat()


def date_from_json(value: object, *, field: str | None = None) -> date:
    """Reads a date from a dossier bundle: strictly ``"YYYY-MM-DD"``.

    Raises:
        InvalidValue: For anything else, or a date that does not exist.
    """
    match = _ISO_DATE.fullmatch(value) if isinstance(value, str) else None
    if not match:
        message = say('Een datum staat in het bestand als "JJJJ-MM-DD", zoals "2026-11-26".')
        raise InvalidValue(message, field=field)
    year, month, day = (int(part) for part in match.groups())
    return _make_date(year, month, day, field)


def parse_moment(value: object, *, field: str | None = None) -> datetime:
    """Reads a moment from a dossier bundle: ISO 8601 with an offset.

    Accepts ``"2026-11-26T14:03:00+01:00"``, also without seconds, with up to six decimals
    of a second, or with ``Z`` for UTC.

    Raises:
        InvalidValue: For another shape, a moment without offset, or one that does not exist.
    """
    if not isinstance(value, str) or not _MOMENT.fullmatch(value):
        message = say(
            'Een tijdstip staat in het bestand als "JJJJ-MM-DDTuu:mm:ss+01:00", '
            'zoals "2026-11-26T14:03:00+01:00".'
        )
        raise InvalidValue(message, field=field)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InvalidValue(say("Dit tijdstip bestaat niet."), field=field) from None


def moment_to_json(value: datetime) -> str:
    """Writes a moment the way the dossier bundle carries it: ``"2026-11-26T14:03:00+01:00"``.

    Raises:
        InvalidValue: For a moment without time zone (naive datetime).
    """
    offset = value.utcoffset()
    if offset is None:
        raise InvalidValue(say("Een tijdstip moet een tijdzone hebben."))
    # Historical zones can have offsets in seconds, which ISO 8601 offsets cannot hold.
    if offset.seconds % 60 or offset.microseconds:
        value = value.astimezone(UTC)
    return value.isoformat()


# ---------------------------------------------------------------------------------------------
# Scores

SCORE_MIN = 1
SCORE_MAX = 5


def check_score(value: object, field: str) -> int:
    """Checks a score from 1 to 5 (a mood, a ZRM score per life domain).

    Args:
        value: The score; anything else than an int is refused, bool and float included.
        field: Key of the field, passed on to the error.

    Raises:
        InvalidValue: When the value is not a whole number from 1 to 5.
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(say("Een score is een heel getal van 1 tot en met 5."), field=field)
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise InvalidValue(say("Kies een score van 1 tot en met 5."), field=field)
    return value
