"""What may be stored as an action or a conversation, with a Dutch message per field."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Final

from models import values
from models.codes import ConversationKind, Owner
from models.messages import joined, say
from models.values import InvalidValue

MAX_TITLE: Final = 300
MAX_NOTE: Final = 2000
ACTION_FIELDS: Final = ("title", "owner", "due_on", "done_on", "phase", "debt_id", "note")
CONVERSATION_FIELDS: Final = ("held_on", "kind", "participants", "agreed")


class FieldErrors(ValueError):
    """Some fields are refused; ``errors`` maps each field to a Dutch message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(joined(errors.values()))
        self.errors = dict(errors)


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _date(value: object, field: str) -> date | None:
    if _empty(value):
        return None
    if not isinstance(value, str | date):
        raise InvalidValue(say("Dit is geen datum. Schrijf dag-maand-jaar."), field=field)
    return values.parse_date(value, field=field)


def _text(value: object, field: str, limit: int) -> str | None:
    text = "" if value is None else str(value).strip()
    if len(text) > limit:
        raise InvalidValue(
            say("Dit is te lang: hoogstens {limit} tekens.", limit=limit), field=field
        )
    return text or None


def clean_action(raw: Mapping[str, object], *, today: date) -> dict[str, Any]:
    """An action's fields (any of ``ACTION_FIELDS``, ``phase`` and ``debt_id`` as given) ready
    to store. A due date may lie anywhere; a done date not after ``today``.

    Raises:
        FieldErrors: one Dutch message per refused field.
        KeyError: ``raw`` names a field an action does not have (a programming error).
    """
    unknown = set(raw) - set(ACTION_FIELDS)
    if unknown:
        raise KeyError(f"not action fields: {sorted(unknown)}")
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for field in raw:
        try:
            clean[field] = _clean_action_field(field, raw[field], today)
        except InvalidValue as exc:
            errors[field] = exc.message
    if errors:
        raise FieldErrors(errors)
    return clean


def _clean_action_field(field: str, value: object, today: date) -> object:
    if field == "title":
        title = _text(value, field, MAX_TITLE)
        if title is None:
            raise InvalidValue(say("Schrijf op wat er moet gebeuren."), field=field)
        return title
    if field == "owner":
        owner = "" if value is None else str(value).strip()
        if owner not in {o.value for o in Owner}:
            raise InvalidValue(say("Kies wie dit doet."), field=field)
        return owner
    if field == "due_on":
        return _date(value, field)
    if field == "done_on":
        done = _date(value, field)
        if done is not None and done > today:
            raise InvalidValue(say("Iets kan niet in de toekomst al gedaan zijn."), field=field)
        return done
    if field == "note":
        return _text(value, field, MAX_NOTE)
    return None if _empty(value) else value  # phase and debt_id: checked against the dossier


def clean_conversation(raw: Mapping[str, object], *, today: date) -> dict[str, Any]:
    """A conversation's fields ready to store: a date not in the future, a known kind.

    Raises:
        FieldErrors: one Dutch message per refused field.
    """
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    try:
        held = _date(raw.get("held_on"), "held_on")
        if held is None:
            raise InvalidValue(say("Vul de datum van het gesprek in."), field="held_on")
        if held > today:
            raise InvalidValue(say("Een gesprek in de toekomst kan nog geen afspraken hebben."))
        clean["held_on"] = held
    except InvalidValue as exc:
        errors["held_on"] = exc.message
    kind = "" if raw.get("kind") is None else str(raw.get("kind")).strip()
    if kind not in {k.value for k in ConversationKind}:
        errors["kind"] = say("Kies wat voor gesprek het was.")
    clean["kind"] = kind
    for field, limit in (("participants", 300), ("agreed", MAX_NOTE)):
        try:
            clean[field] = _text(raw.get(field), field, limit)
        except InvalidValue as exc:
            errors[field] = exc.message
    if errors:
        raise FieldErrors(errors)
    return clean
