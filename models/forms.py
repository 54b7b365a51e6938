"""Validation of what a person types into the client's forms, with Dutch messages per field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Final

from models import identifiers, values
from models.codes import AdministrationKind, Gender, MaritalStatus
from models.messages import say

Cleaner = Callable[[str, str], object]


def _text(text: str, _field: str) -> str | None:
    return text.strip() or None


def _required(label: str) -> Cleaner:
    def clean(text: str, field: str) -> str:
        if not text.strip():
            raise values.InvalidValue(say("{label} is verplicht.", label=label), field=field)
        return text.strip()

    return clean


def _date(text: str, field: str) -> date | None:
    return values.parse_date(text, field=field) if text.strip() else None


def _past_date(text: str, field: str) -> date | None:
    result = _date(text, field)
    if result is not None and result > date.today():
        raise values.InvalidValue(say("Deze datum ligt in de toekomst."), field=field)
    return result


def _optional(parse: Callable[..., str]) -> Cleaner:
    def clean(text: str, field: str) -> str | None:
        return parse(text, field=field) if text.strip() else None

    return clean


def _code(allowed: type[Gender] | type[MaritalStatus] | type[AdministrationKind]) -> Cleaner:
    codes = {member.value for member in allowed}

    def clean(text: str, field: str) -> str | None:
        if not text.strip():
            return None
        if text not in codes:
            raise values.InvalidValue(say("Onbekende keuze: {text}.", text=text), field=field)
        return text

    return clean


PERSON_FIELDS: Final[dict[str, Cleaner]] = {
    "initials": _text,
    "first_names": _text,
    "prefix": _text,
    "last_name": _required("De achternaam"),
    "gender": _code(Gender),
    "birth_date": _past_date,
    "bsn": _optional(identifiers.normalize_bsn),
    "phone": _optional(identifiers.normalize_phone),
    "email": _optional(identifiers.normalize_email),
}

CLIENT_FIELDS: Final[dict[str, Cleaner]] = {
    **PERSON_FIELDS,
    "iban": _optional(identifiers.normalize_iban),
    "bank_name": _text,
    "marital_status": _code(MaritalStatus),
    "marital_status_since": _past_date,
    "street": _text,
    "house_number": _text,
    "house_number_suffix": _text,
    "postcode": _optional(identifiers.normalize_postcode),
    "city": _text,
    "administration_kind": _code(AdministrationKind),
    "administrator": _text,
    "administration_organisation": _text,
    "administration_decision_date": _past_date,
    "contact_name": _text,
    "contact_phone": _optional(identifiers.normalize_phone),
    "contact_hours": _text,
}

CHILD_FIELDS: Final[dict[str, Cleaner]] = {
    "first_names": _required("De naam"),
    "birth_date": _past_date,
}


def clean_form(
    raw: Mapping[str, str], fields: Mapping[str, Cleaner]
) -> tuple[dict[str, object], dict[str, str]]:
    """Parse every known field; return the clean values and a Dutch message per bad field.

    Only the fields present in ``raw`` are cleaned, so a form can edit a part of a record.
    """
    clean: dict[str, object] = {}
    errors: dict[str, str] = {}
    for name, text in raw.items():
        cleaner = fields.get(name)
        if cleaner is None:
            raise KeyError(f"unknown form field {name!r}")
        try:
            clean[name] = cleaner(text, name)
        except values.InvalidValue as exc:
            errors[name] = exc.message
    return clean, errors
