"""Value types that check, normalise and format what people type and what bundles carry."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from decimal import Decimal, Inexact, localcontext

from babel.numbers import format_currency

__all__ = [
    "MONEY_LIMIT",
    "InvalidValue",
    "check_score",
    "date_from_json",
    "date_to_json",
    "format_date",
    "format_iban",
    "format_money",
    "is_valid_bsn",
    "mask_bsn",
    "moment_to_json",
    "money_from_json",
    "money_to_json",
    "normalize_bsn",
    "normalize_email",
    "normalize_iban",
    "normalize_phone",
    "normalize_postcode",
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
_MONEY_PATTERN = "¤\u00a0#,##0.00;-¤\u00a0#,##0.00"

_MSG_MONEY_EMPTY = "Vul een bedrag in."
_MSG_MONEY_SHAPE = "Dit is geen bedrag. Schrijf het bijvoorbeeld als 1.234,50."
_MSG_MONEY_DECIMALS = "Een bedrag heeft hooguit twee cijfers achter de komma."
_MSG_MONEY_TOO_BIG = "Dit bedrag is te groot."


def _refuse_float(value: object) -> None:
    if isinstance(value, float | bool):
        raise TypeError(f"money is never {type(value).__name__}; use Decimal, int or str")


def _exact_money(value: Decimal, field: str | None) -> Decimal:
    """Returns value with exactly two places, refusing what that would round."""
    if not value.is_finite():
        raise InvalidValue("Dit is geen bedrag.", field=field)
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
            'Een bedrag staat in het bestand als tekst met twee decimalen, zoals "1234.50".',
            field=field,
        )
    return _exact_money(Decimal(value), field)


def format_money(value: Decimal) -> str:
    """Writes an amount for people in Dutch: ``"€ 1.234,56"``, ``"-€ 1.234,56"``.

    The space after the euro sign is a non-breaking space (U+00A0).
    """
    if not isinstance(value, Decimal):
        raise TypeError(f"money must be Decimal, not {type(value).__name__}")
    return format_currency(
        _exact_money(value, None),
        "EUR",
        format=_MONEY_PATTERN,
        locale="nl_NL",
        currency_digits=False,
    )


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
# BSN (burgerservicenummer)

_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
_BSN_SEPARATORS = re.compile(r"[\s.\-]")
_MSG_BSN_WRONG = "Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers."


def normalize_bsn(text: str, *, field: str | None = None) -> str:
    """Checks a BSN and returns its nine digits.

    Spaces, dots and dashes are ignored. An old eight-digit number gets a leading zero.

    Raises:
        InvalidValue: When it is not nine digits, is all zeros, or fails the elfproef.
    """
    digits = _BSN_SEPARATORS.sub("", text)
    if not digits:
        raise InvalidValue("Vul een BSN in.", field=field)
    if not digits.isascii() or not digits.isdigit():
        raise InvalidValue("Een BSN bestaat alleen uit cijfers.", field=field)
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9:
        raise InvalidValue("Een BSN heeft 9 cijfers.", field=field)
    checksum = sum(w * int(d) for w, d in zip(_BSN_WEIGHTS, digits, strict=True))
    if checksum % 11 != 0 or digits == "000000000":
        raise InvalidValue(_MSG_BSN_WRONG, field=field)
    return digits


def is_valid_bsn(text: str) -> bool:
    """Tells whether normalize_bsn() accepts the text."""
    try:
        normalize_bsn(text)
    except InvalidValue:
        return False
    return True


def mask_bsn(bsn: str) -> str:
    """Hides all but the last three digits of a valid BSN: ``"******782"``.

    Raises:
        InvalidValue: When bsn is not a valid BSN.
    """
    return "*" * 6 + normalize_bsn(bsn)[-3:]


# ---------------------------------------------------------------------------------------------
# IBAN

_IBAN_SEPARATORS = re.compile(r"[\s\-]")


def normalize_iban(text: str, *, field: str | None = None) -> str:
    """Checks an IBAN and returns its compact upper-case form (``"NL91ABNA0417164300"``).

    Spaces and dashes are ignored. Bank codes are not looked up: a new bank must not be
    refused because the app's list is old.

    Raises:
        InvalidValue: For an unknown country, a wrong length, wrong check digits or characters
            that do not belong in that country's IBAN.
    """
    compact = _IBAN_SEPARATORS.sub("", text).upper()
    if not compact:
        raise InvalidValue("Vul een IBAN in.", field=field)
    # schwifty loads its bank registry on import (tens of ms): only when an IBAN is checked.
    from schwifty import IBAN
    from schwifty.exceptions import (
        InvalidChecksumDigits,
        InvalidCountryCode,
        InvalidLength,
        SchwiftyException,
    )

    try:
        iban = IBAN(compact)
    except InvalidCountryCode:
        message = "Dit IBAN begint niet met een bekende landcode, zoals NL."
        raise InvalidValue(message, field=field) from None
    except InvalidLength:
        message = "Dit IBAN heeft niet het juiste aantal tekens voor het land."
        raise InvalidValue(message, field=field) from None
    except InvalidChecksumDigits:
        message = "Dit IBAN klopt niet (de controlecijfers kloppen niet). Controleer de tekens."
        raise InvalidValue(message, field=field) from None
    except SchwiftyException:
        message = "Dit is geen geldig IBAN. Controleer de letters en cijfers."
        raise InvalidValue(message, field=field) from None
    return str(iban.compact)


def format_iban(iban: str) -> str:
    """Writes an IBAN for people in groups of four: ``"NL91 ABNA 0417 1643 00"``.

    Raises:
        InvalidValue: When iban is not a valid IBAN.
    """
    compact = normalize_iban(iban)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


# ---------------------------------------------------------------------------------------------
# Postcode

_POSTCODE = re.compile(r"([0-9]{4})\s*([A-Za-z]{2})")
_POSTCODE_UNUSED_LETTERS = frozenset({"SA", "SD", "SS"})


def normalize_postcode(text: str, *, field: str | None = None) -> str:
    """Checks a Dutch postcode and returns it as ``"1234 AB"``.

    Raises:
        InvalidValue: For another shape, a leading zero, or the letters SA, SD or SS.
    """
    match = _POSTCODE.fullmatch(text.strip())
    if not match:
        message = "Een postcode heeft 4 cijfers en 2 letters, bijvoorbeeld 1234 AB."
        raise InvalidValue(message, field=field)
    digits, letters = match.group(1), match.group(2).upper()
    if digits.startswith("0"):
        raise InvalidValue("Een postcode begint niet met een 0.", field=field)
    if letters in _POSTCODE_UNUSED_LETTERS:
        message = f"Postcodes met de letters {letters} bestaan niet. Controleer de postcode."
        raise InvalidValue(message, field=field)
    return f"{digits} {letters}"


# ---------------------------------------------------------------------------------------------
# Dates and moments

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DUTCH_DATE = re.compile(r"([0-9]{1,2})([-/])([0-9]{1,2})\2([0-9]+)")
_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_MSG_DATE_SHAPE = "Dit is geen datum. Schrijf dag-maand-jaar, bijvoorbeeld 26-11-2026."
_MSG_DATE_IMPOSSIBLE = "Deze datum bestaat niet. Controleer de dag en de maand."


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
        raise InvalidValue("Vul een datum in.", field=field)
    if match := _ISO_DATE.fullmatch(body):
        year, month, day = (int(part) for part in match.groups())
        return _make_date(year, month, day, field)
    match = _DUTCH_DATE.fullmatch(body)
    if not match:
        raise InvalidValue(_MSG_DATE_SHAPE, field=field)
    if len(match.group(4)) != 4:
        message = "Schrijf het jaar met vier cijfers, bijvoorbeeld 26-11-2026."
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
        message = 'Een datum staat in het bestand als "JJJJ-MM-DD", zoals "2026-11-26".'
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
        message = (
            'Een tijdstip staat in het bestand als "JJJJ-MM-DDTuu:mm:ss+01:00", '
            'zoals "2026-11-26T14:03:00+01:00".'
        )
        raise InvalidValue(message, field=field)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise InvalidValue("Dit tijdstip bestaat niet.", field=field) from None


def moment_to_json(value: datetime) -> str:
    """Writes a moment the way the dossier bundle carries it: ``"2026-11-26T14:03:00+01:00"``.

    Raises:
        InvalidValue: For a moment without time zone (naive datetime).
    """
    offset = value.utcoffset()
    if offset is None:
        raise InvalidValue("Een tijdstip moet een tijdzone hebben.")
    # Historical zones can have offsets in seconds, which ISO 8601 offsets cannot hold.
    if offset.seconds % 60 or offset.microseconds:
        value = value.astimezone(UTC)
    return value.isoformat()


# ---------------------------------------------------------------------------------------------
# Contact details

_PHONE_SEPARATORS = re.compile(r"[\s\-./()]")
# Service numbers (0800 free, 0900/0906/0909 paid) have 8 or 11 digits.
_PHONE_SERVICE = re.compile(r"0(?:800|90[069])")
_MSG_PHONE_LENGTH = (
    "Dit telefoonnummer heeft niet het juiste aantal cijfers. "
    "Een Nederlands nummer heeft 10 cijfers, zoals 06-12345678."
)


def normalize_email(text: str, *, field: str | None = None) -> str:
    """Checks an e-mail address lightly and returns it with a lower-case domain.

    Raises:
        InvalidValue: For spaces, no or several @, or a domain without a dot.
    """
    address = text.strip()
    if not address:
        raise InvalidValue("Vul een e-mailadres in.", field=field)
    if any(char.isspace() for char in address):
        raise InvalidValue("Een e-mailadres heeft geen spaties.", field=field)
    local, at, domain = address.partition("@")
    if not at or "@" in domain or not local:
        message = "Een e-mailadres heeft één @, zoals naam@voorbeeld.nl."
        raise InvalidValue(message, field=field)
    if "." not in domain or "" in domain.split(".") or len(address) > 254:
        message = "Na de @ hoort een domein met een punt, zoals voorbeeld.nl."
        raise InvalidValue(message, field=field)
    return f"{local}@{domain.lower()}"


def normalize_phone(text: str, *, field: str | None = None) -> str:
    """Checks a phone number and returns its digits, with a leading + when international.

    Spaces, dashes, dots, slashes and brackets are dropped; ``00`` becomes ``+`` and
    ``+31 (0)6`` becomes ``+316``. Dutch numbers have ten digits, except service numbers
    (0800/090x: 8 or 11 digits) and the municipal 14-numbers (``14 020``). International
    numbers have at most 15 digits.

    Raises:
        InvalidValue: For letters or a wrong number of digits.
    """
    number = _PHONE_SEPARATORS.sub("", text.replace("(0)", ""))
    if not number:
        raise InvalidValue("Vul een telefoonnummer in.", field=field)
    if number.startswith("00"):
        number = "+" + number[2:]
    digits = number.removeprefix("+")
    if not digits.isascii() or not digits.isdigit():
        message = "Een telefoonnummer bestaat uit cijfers, eventueel met een + ervoor."
        raise InvalidValue(message, field=field)
    if number.startswith("+31"):
        valid = len(digits) == 11 and digits[2] != "0"
    elif number.startswith("+"):
        valid = 8 <= len(digits) <= 15
    elif _PHONE_SERVICE.match(digits):
        valid = len(digits) in (8, 11)
    elif digits.startswith("140"):
        valid = len(digits) in (5, 6)
    else:
        valid = digits.startswith("0") and len(digits) == 10
    if not valid:
        raise InvalidValue(_MSG_PHONE_LENGTH, field=field)
    return number


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
        raise InvalidValue("Een score is een heel getal van 1 tot en met 5.", field=field)
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise InvalidValue("Kies een score van 1 tot en met 5.", field=field)
    return value
