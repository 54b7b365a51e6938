"""Reading dossier.json's values for the import: each checked, each problem with its place."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from app.errors import UserError
from models.messages import say
from models.values import (
    InvalidValue,
    check_score,
    date_from_json,
    money_from_json,
)

__all__ = [
    "KNOWN",
    "NOTHING_READ",
    "PERSON",
    "DossierError",
    "Ids",
    "as_list",
    "as_object",
    "as_uuid",
    "bool_of",
    "date_of",
    "keep_unknown",
    "money_of",
    "objects_in",
    "required_money_of",
    "required_ref",
    "required_text_of",
    "score_of",
    "set_aside",
    "text_of",
    "without",
]

_T = TypeVar("_T")

NOTHING_READ = "Er is niets ingelezen."


def _keys(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSON = (
    "initials",
    "first_names",
    "prefix",
    "last_name",
    "gender",
    "birth_date",
    "bsn",
    "phone",
    "email",
)
#: The keys of each object this program stores; any other key is kept as unknown.
KNOWN: dict[str, frozenset[str]] = {
    "": _keys(
        "schema schema_version exported_at exported_by client journey goals life_domains "
        "income expenses creditors debts actions documents notes checklist deadlines"
    ),
    "client": frozenset(PERSON)
    | _keys(
        "id bank_name iban marital_status marital_status_since address partner household "
        "administration"
    ),
    "address": _keys("street house_number house_number_suffix postcode city"),
    "partner": frozenset(PERSON),
    "household": _keys("relation name birth_date"),
    "administration": _keys("kind administrator organisation decision_date"),
    "journey": _keys("process current_phase events"),
    "events": _keys("id phase kind on text client_words mood"),
    "goals": _keys("id text life_domain set_on reached_on"),
    "life_domains": _keys("domain score note"),
    "income": _keys("id kind source amount_per_month"),
    "expenses": _keys("id kind source amount_per_month"),
    "creditors": _keys("id name kind kvk address postcode city iban phone email"),
    "debts": _keys(
        "id creditor_id collector_id debtor reference customer_number origin_date "
        "original_amount principal interest costs total confirmed_on status preferential "
        "business category essential enforcement document_ids note"
    ),
    "enforcement": _keys("kind since until note"),
    "actions": _keys("id title owner due_on done_on phase debt_id note"),
    "documents": _keys(
        "id kind path sha256 size media_type part received_on description debt_id checklist_item"
    ),
    "notes": _keys("id written_at author text client_visible"),
    "checklist": _keys("template items"),
    "items": _keys("item state not_applicable document_ids note"),
}


class DossierError(UserError):
    """dossier.json breaks a rule this import needs; nothing was read in."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(
            say(
                "De bundel is niet in orde ({where}): {problem} Er is niets ingelezen.",
                where=where,
                problem=problem,
            )
        )
        self.where = where


class Ids:
    """The ids of the bundle's objects here: the bundle's own, or fresh ones for a new copy."""

    def __init__(self, *, fresh: bool) -> None:
        self.fresh = fresh
        self.defined: dict[tuple[str, str], uuid.UUID] = {}

    def define(self, kind: str, value: object, where: str) -> uuid.UUID:
        """The id an object gets here; a fresh one when it has none, refused when seen before."""
        if value is None:
            return uuid.uuid4()
        source = as_uuid(value, where)
        key = (kind, str(source))
        if key in self.defined:
            raise DossierError(where, say("dit id komt twee keer voor."))
        self.defined[key] = uuid.uuid4() if self.fresh else source
        return self.defined[key]

    def ref(self, kind: str, value: object, where: str) -> uuid.UUID | None:
        """The id here of an object the bundle defined earlier, or None for no reference."""
        if value is None:
            return None
        target = self.defined.get((kind, str(as_uuid(value, where))))
        if target is None:
            raise DossierError(where, say("dit id verwijst naar iets dat niet in de bundel staat."))
        return target


def as_uuid(value: object, where: str) -> uuid.UUID:
    """An id given as text, as a UUID."""
    if not isinstance(value, str):
        raise DossierError(where, say("een id is tekst (een UUID)."))
    try:
        return uuid.UUID(value)
    except ValueError:
        raise DossierError(where, say("dit is geen geldig id (UUID).")) from None


def as_object(value: object, where: str) -> Mapping[str, Any]:
    """A value that must be a JSON object."""
    if not isinstance(value, Mapping):
        raise DossierError(where, say("hier hoort een object."))
    return value


def as_list(value: object, where: str) -> list[Any]:
    """A value that must be a JSON list; missing (null) is an empty one."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise DossierError(where, say("hier hoort een lijst."))
    return value


def text_of(obj: Mapping[str, Any], key: str, where: str) -> str | None:
    """An optional text field."""
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise DossierError(f"{where}.{key}", say("hier hoort tekst."))


def required_text_of(obj: Mapping[str, Any], key: str, where: str) -> str:
    """A text field that must be there."""
    value = text_of(obj, key, where)
    if value is None:
        raise DossierError(f"{where}.{key}", say("dit veld is verplicht."))
    return value


def bool_of(obj: Mapping[str, Any], key: str, where: str) -> bool:
    """An optional true/false field; missing is false."""
    value = obj.get(key)
    if value is None or isinstance(value, bool):
        return bool(value)
    raise DossierError(f"{where}.{key}", say("hier hoort waar of onwaar (true/false)."))


def _read(obj: Mapping[str, Any], key: str, where: str, read: Callable[..., _T]) -> _T:
    """``read(value, field=key)`` of a field's value, None included; a problem with its place."""
    try:
        return read(obj.get(key), field=key)
    except InvalidValue as exc:
        raise DossierError(f"{where}.{key}", exc.message) from None


def date_of(obj: Mapping[str, Any], key: str, where: str) -> date | None:
    """An optional date field (``YYYY-MM-DD``)."""
    return None if obj.get(key) is None else _read(obj, key, where, date_from_json)


def money_of(obj: Mapping[str, Any], key: str, where: str) -> Decimal | None:
    """An optional amount, given as text with two decimals."""
    return None if obj.get(key) is None else _read(obj, key, where, money_from_json)


def required_money_of(obj: Mapping[str, Any], key: str, where: str) -> Decimal:
    """An amount that must be there."""
    value = money_of(obj, key, where)
    if value is None:
        raise DossierError(f"{where}.{key}", say("dit bedrag is verplicht."))
    return value


def score_of(obj: Mapping[str, Any], key: str, where: str) -> int | None:
    """An optional score from 1 to 5."""
    return None if obj.get(key) is None else _read(obj, key, where, check_score)


def required_ref(ids: Ids, kind: str, value: object, where: str) -> uuid.UUID:
    """A reference to an object of the bundle that must be there."""
    target = ids.ref(kind, value, where)
    if target is None:
        raise DossierError(where, say("hier hoort een id."))
    return target


def keep_unknown(unknown: dict[str, Any], kind: str, obj: Mapping[str, Any], where: str) -> None:
    """Keep the keys of ``obj`` that ``KNOWN[kind]`` does not list, by their place."""
    for key, value in obj.items():
        if key not in KNOWN[kind]:
            unknown[f"{where}.{key}" if where else key] = value


def objects_in(
    value: object, where: str, unknown: dict[str, Any]
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Each object of a list with its place, its unknown keys kept.

    Args:
        value: The list (null is an empty one).
        where: The list's place, such as ``journey.events``; its last key names the objects'
            keys in ``KNOWN``.
        unknown: Where keys this program does not store are kept.
    """
    kind = where.rsplit(".", 1)[-1]
    for index, item in enumerate(as_list(value, where)):
        at = f"{where}[{index}]"
        obj = as_object(item, at)
        keep_unknown(unknown, kind, obj, at)
        yield at, obj


#: The Dutch word a person reads for each list or object of dossier.json.
_DUTCH = {
    "journey": "route",
    "events": "gebeurtenissen",
    "goals": "doelen",
    "life_domains": "leefgebieden",
    "income": "inkomsten",
    "expenses": "uitgaven",
    "debts": "schulden",
    "enforcement": "maatregelen",
    "notes": "notities",
    "checklist": "checklist",
    "items": "onderdelen",
}


def dutch_place(where: str) -> str:
    """A place in dossier.json in the person's words: ``debts[1]`` as ``schulden[1]``."""
    return re.sub(r"[a-z_]+", lambda found: _DUTCH.get(found[0], found[0]), where)


def without(words: list[str]) -> str:
    """``zonder`` and the missing things in one Dutch phrase: ``zonder datum en fase``."""
    listed = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} en {words[-1]}"
    return f"zonder {listed}"


def set_aside(
    unknown: dict[str, Any],
    notes: list[str],
    where: str,
    obj: Mapping[str, Any],
    *,
    why: str,
    instead: str,
) -> None:
    """Keep an object whole by its place, not as a row, and tell the person why.

    For an object the spec lets lack a value without which it means nothing here (an income
    without an amount, an event without a date): refusing the bundle would refuse what the
    spec calls valid, and filling the value in would invent data. The object is kept whole
    with the import's record instead, so nothing the sender sent is lost.

    Args:
        unknown: What the import keeps by place; the object's own unknown keys, already
            there, make way for the whole object.
        notes: One Dutch line per object set aside is added here.
        where: The object's place, such as ``income[2]``.
        obj: The object as the bundle has it.
        why: What it lacks, such as ``zonder bedrag``.
        instead: What that means here, such as ``niet als inkomen getoond``.
    """
    inside = f"{where}."
    for key in [key for key in unknown if key.startswith(inside)]:
        del unknown[key]
    unknown[where] = dict(obj)
    notes.append(
        say(
            "{dutch_place} ({where}): {why}; bewaard bij de import, {instead}.",
            dutch_place=dutch_place(where),
            where=where,
            why=why,
            instead=instead,
        )
    )
