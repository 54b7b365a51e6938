"""What may be stored as a debt or an enforcement measure, with a Dutch message per field.

The debt table's cell editors, the debt dialog and the spreadsheet import all clean a debt
here, so a value refused in one place is refused in every place with the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any, Final

from models import values
from models.codes import Category, Debtor, DebtStatus, EnforcementKind
from models.messages import joined, say
from models.values import InvalidValue

#: No single debt of a household in debt help comes near this; a larger figure is a typo.
MAX_DEBT: Final = Decimal("5000000.00")
MAX_REFERENCE: Final = 100
MAX_NOTE: Final = 2000

#: Every field of a debt a person or a spreadsheet can fill in, in the spec's names.
DEBT_FIELDS: Final = (
    "debtor",
    "reference",
    "customer_number",
    "origin_date",
    "original_amount",
    "principal",
    "interest",
    "costs",
    "total",
    "confirmed_on",
    "status",
    "preferential",
    "business",
    "category",
    "essential",
    "note",
)
AMOUNT_FIELDS: Final = ("original_amount", "principal", "interest", "costs", "total")
PART_FIELDS: Final = ("principal", "interest", "costs")
FLAG_FIELDS: Final = ("preferential", "business", "essential")

_FIELD_WORDS: Final = {
    "original_amount": say("Het oorspronkelijke bedrag"),
    "principal": say("De hoofdsom"),
    "interest": say("De rente"),
    "costs": say("De kosten"),
    "total": say("Het totaal"),
}
_CODES: Final[dict[str, tuple[set[str], str]]] = {
    "status": ({s.value for s in DebtStatus}, say("Onbekende status")),
    "debtor": ({d.value for d in Debtor}, say("Onbekende schuldenaar")),
    "category": ({c.value for c in Category}, say("Onbekende soort schuld")),
}
_TRUE: Final = {"1", "ja", "j", "waar", "true", "yes", "x", "✓"}
_FALSE: Final = {"", "0", "nee", "n", "onwaar", "false", "no", "-"}


class DebtFieldErrors(ValueError):
    """Some fields of a debt are refused; ``errors`` maps each field to a Dutch message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(joined(errors.values()))
        self.errors = dict(errors)


def clean_amount(value: object, field: str) -> Decimal | None:
    """An amount of a debt: empty is None; negative or absurdly large is refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str | int | Decimal) or isinstance(value, bool):
        raise InvalidValue(
            say("Dit is geen bedrag. Schrijf het bijvoorbeeld als 1.234,50."), field=field
        )
    amount = values.parse_money(value, field=field)
    words = _FIELD_WORDS.get(field) or say("Het bedrag")
    if amount < 0:
        raise InvalidValue(say("{words} kan niet negatief zijn.", words=words), field=field)
    if amount > MAX_DEBT:
        raise InvalidValue(
            say(
                "{words} is onwaarschijnlijk hoog (meer dan {max_debt}). Controleer het bedrag.",
                words=words,
                max_debt=values.format_money(MAX_DEBT),
            ),
            field=field,
        )
    return amount


def clean_past_date(value: object, field: str, *, today: date, what: str) -> date | None:
    """A date that cannot lie after ``today`` (a balance statement, a debt's origin)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str | date):
        raise InvalidValue(say("Dit is geen datum. Schrijf dag-maand-jaar."), field=field)
    day = values.parse_date(value, field=field)
    if day > today:
        raise InvalidValue(say("{what} kan niet in de toekomst liggen.", what=what), field=field)
    return day


def clean_flag(value: object, field: str) -> bool:
    """A yes/no field, from a checkbox (bool) or a spreadsheet cell ("ja", "nee", "x")."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise InvalidValue(say("Vul ja of nee in, niet ‘{value}’.", value=str(value)[:30]), field=field)


def clean_code(value: object, field: str) -> str | None:
    """A code of the spec (status, debtor, category); empty is None."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    allowed, words = _CODES[field]
    if text not in allowed:
        raise InvalidValue(say("{words}: ‘{text}’.", words=words, text=text[:40]), field=field)
    return text


def _clean_text(value: object, field: str, limit: int) -> str | None:
    text = "" if value is None else str(value).strip()
    if len(text) > limit:
        raise InvalidValue(
            say("Dit is te lang: hoogstens {limit} tekens.", limit=limit), field=field
        )
    return text or None


def clean_debt(raw: Mapping[str, object], *, today: date) -> dict[str, Any]:
    """A debt's fields made ready to store, or every refusal at once.

    ``raw`` holds any of ``DEBT_FIELDS`` (text as typed, or already typed values). The total
    may be left empty when principal, interest and costs are given: it is then their sum.
    When all three are given the total must equal their sum (the spec's rule); when only
    some are given, they cannot add up to more than the total.

    Raises:
        DebtFieldErrors: one Dutch message per refused field.
        KeyError: ``raw`` names a field a debt does not have (a programming error).
    """
    unknown = set(raw) - set(DEBT_FIELDS)
    if unknown:
        raise KeyError(f"not debt fields: {sorted(unknown)}")
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}

    def attempt(field: str, make: Any) -> None:
        if field not in raw:
            return
        try:
            clean[field] = make(raw[field], field)
        except InvalidValue as exc:
            errors[field] = exc.message

    for field in AMOUNT_FIELDS:
        attempt(field, clean_amount)
    for field in FLAG_FIELDS:
        attempt(field, clean_flag)
    for field in ("status", "debtor", "category"):
        attempt(field, clean_code)
    attempt(
        "origin_date",
        lambda v, f: clean_past_date(v, f, today=today, what=say("De datum van ontstaan")),
    )
    attempt(
        "confirmed_on",
        lambda v, f: clean_past_date(v, f, today=today, what=say("De datum van de saldo-opgave")),
    )
    for field in ("reference", "customer_number"):
        attempt(field, lambda v, f: _clean_text(v, f, MAX_REFERENCE))
    attempt("note", lambda v, f: _clean_text(v, f, MAX_NOTE))
    if not errors:
        _check_total(raw, clean, errors)
    if errors:
        raise DebtFieldErrors(errors)
    return clean


def _check_total(raw: Mapping[str, object], clean: dict[str, Any], errors: dict[str, str]) -> None:
    parts = [clean.get(field) for field in PART_FIELDS]
    given = [part for part in parts if part is not None]
    total = clean.get("total")
    if total is None:
        if len(given) == len(PART_FIELDS):
            clean["total"] = values.sum_money(given)
        elif "total" in raw:
            errors["total"] = say("Vul het totaal in (of hoofdsom, rente en kosten).")
        return
    if len(given) == len(PART_FIELDS) and values.sum_money(given) != total:
        errors["total"] = say(
            "Het totaal ({total}) is niet gelijk aan hoofdsom + rente + kosten ({sum}).",
            total=values.format_money(total),
            sum=values.format_money(values.sum_money(given)),
        )
    elif given and values.sum_money(given) > total:
        errors["total"] = say(
            "Hoofdsom, rente en kosten samen ({sum}) zijn meer dan het totaal ({total}).",
            sum=values.format_money(values.sum_money(given)),
            total=values.format_money(total),
        )


def clean_enforcement(raw: Mapping[str, object], *, today: date) -> dict[str, Any]:
    """An enforcement measure (``kind``, ``since``, ``until``, ``note``) ready to store.

    Raises:
        DebtFieldErrors: one Dutch message per refused field.
    """
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    kind = "" if raw.get("kind") is None else str(raw.get("kind")).strip()
    if not kind:
        errors["kind"] = say("Kies de maatregel.")
    elif kind not in {k.value for k in EnforcementKind}:
        errors["kind"] = say("Onbekende maatregel: {kind}.", kind=kind[:40])
    else:
        clean["kind"] = kind
    try:
        clean["since"] = clean_past_date(
            raw.get("since"), "since", today=today, what=say("De begindatum")
        )
    except InvalidValue as exc:
        errors["since"] = exc.message
    until = raw.get("until")  # an end may be planned: a date in the future is fine
    try:
        empty = until is None or (isinstance(until, str) and not until.strip())
        clean["until"] = (
            None
            if empty
            else values.parse_date(until if isinstance(until, date) else str(until), field="until")
        )
    except InvalidValue as exc:
        errors["until"] = exc.message
    since, until = clean.get("since"), clean.get("until")
    if since is not None and until is not None and until < since:
        errors["until"] = say("De einddatum ligt vóór de begindatum.")
    try:
        clean["note"] = _clean_text(raw.get("note"), "note", MAX_NOTE)
    except InvalidValue as exc:
        errors["note"] = exc.message
    if errors:
        raise DebtFieldErrors(errors)
    return clean
