"""Identifiers and contact details: BSN, IBAN, postcode, e-mail address and phone number.

Each is checked and normalised as a person types it or a bundle carries it; a refusal is an
``InvalidValue`` with a Dutch message.
"""

from __future__ import annotations

import re

from models.messages import say
from models.values import InvalidValue

__all__ = [
    "format_iban",
    "is_valid_bsn",
    "mask_bsn",
    "normalize_bsn",
    "normalize_email",
    "normalize_iban",
    "normalize_phone",
    "normalize_postcode",
]


# ---------------------------------------------------------------------------------------------
# BSN (burgerservicenummer)

_BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
_BSN_SEPARATORS = re.compile(r"[\s.\-]")
_MSG_BSN_WRONG = say("Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers.")


def normalize_bsn(text: str, *, field: str | None = None) -> str:
    """Checks a BSN and returns its nine digits.

    Spaces, dots and dashes are ignored. An old eight-digit number gets a leading zero.

    Raises:
        InvalidValue: When it is not nine digits, is all zeros, or fails the elfproef.
    """
    digits = _BSN_SEPARATORS.sub("", text)
    if not digits:
        raise InvalidValue(say("Vul een BSN in."), field=field)
    if not digits.isascii() or not digits.isdigit():
        raise InvalidValue(say("Een BSN bestaat alleen uit cijfers."), field=field)
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9:
        raise InvalidValue(say("Een BSN heeft 9 cijfers."), field=field)
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
        raise InvalidValue(say("Vul een IBAN in."), field=field)
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
        message = say("Dit IBAN begint niet met een bekende landcode, zoals NL.")
        raise InvalidValue(message, field=field) from None
    except InvalidLength:
        message = say("Dit IBAN heeft niet het juiste aantal tekens voor het land.")
        raise InvalidValue(message, field=field) from None
    except InvalidChecksumDigits:
        message = say(
            "Dit IBAN klopt niet (de controlecijfers kloppen niet). Controleer de tekens."
        )
        raise InvalidValue(message, field=field) from None
    except SchwiftyException:
        message = say("Dit is geen geldig IBAN. Controleer de letters en cijfers.")
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
        message = say("Een postcode heeft 4 cijfers en 2 letters, bijvoorbeeld 1234 AB.")
        raise InvalidValue(message, field=field)
    digits, letters = match.group(1), match.group(2).upper()
    if digits.startswith("0"):
        raise InvalidValue(say("Een postcode begint niet met een 0."), field=field)
    if letters in _POSTCODE_UNUSED_LETTERS:
        message = say(
            "Postcodes met de letters {letters} bestaan niet. Controleer de postcode.",
            letters=letters,
        )
        raise InvalidValue(message, field=field)
    return f"{digits} {letters}"


# ---------------------------------------------------------------------------------------------
# Contact details

_PHONE_SEPARATORS = re.compile(r"[\s\-./()]")
# Service numbers (0800 free, 0900/0906/0909 paid) have 8 or 11 digits.
_PHONE_SERVICE = re.compile(r"0(?:800|90[069])")
_MSG_PHONE_LENGTH = say(
    "Dit telefoonnummer heeft niet het juiste aantal cijfers. Een "
    "Nederlands nummer heeft 10 cijfers, zoals 06-12345678."
)


def normalize_email(text: str, *, field: str | None = None) -> str:
    """Checks an e-mail address lightly and returns it with a lower-case domain.

    Raises:
        InvalidValue: For spaces, no or several @, or a domain without a dot.
    """
    address = text.strip()
    if not address:
        raise InvalidValue(say("Vul een e-mailadres in."), field=field)
    if any(char.isspace() for char in address):
        raise InvalidValue(say("Een e-mailadres heeft geen spaties."), field=field)
    local, at, domain = address.partition("@")
    if not at or "@" in domain or not local:
        message = say("Een e-mailadres heeft één @, zoals naam@voorbeeld.nl.")
        raise InvalidValue(message, field=field)
    if "." not in domain or "" in domain.split(".") or len(address) > 254:
        message = say("Na de @ hoort een domein met een punt, zoals voorbeeld.nl.")
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
        raise InvalidValue(say("Vul een telefoonnummer in."), field=field)
    if number.startswith("00"):
        number = "+" + number[2:]
    digits = number.removeprefix("+")
    if not digits.isascii() or not digits.isdigit():
        message = say("Een telefoonnummer bestaat uit cijfers, eventueel met een + ervoor.")
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
