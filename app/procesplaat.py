"""The procesplaat's use cases: the route's layout, moving on, setbacks, milestones, undo.

Each change is one transaction with an audit event; each returns what its undo needs, so the
screen's undo stack can reverse it exactly (a deleted event comes back with the same id).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import select

from app import audit, undo_rows
from app.clients import get_client
from app.db import Database
from app.errors import NotFoundError, UserError
from app.resources import load_process
from models.codes import DebtStatus
from models.crisis import crisis_on
from models.journey import current_phase
from models.messages import say
from models.process import MOOD_MAX, MOOD_MIN, ProcessTemplate
from models.tables import JourneyEvent
from models.timeline import ActionInput, EventInput, Timeline, build_timeline

#: Event kinds a person adds by hand; "entered" comes from moving to the next phase.
ADDABLE_KINDS = ("milestone", "setback", "note")
EDITABLE_FIELDS = ("occurred_on", "text", "client_words", "mood")
MAX_TEXT = 500


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def timeline_of(dossier: Mapping[str, Any], template: ProcessTemplate, today: date) -> Timeline:
    """The layout of a dossier (the spec's dossier.json shape) on ``today``.

    The screen and the printed handout both call this, so they draw the same picture.
    """
    journey = dossier["journey"]
    events = [
        EventInput(
            id=e["id"],
            phase=e["phase"],
            kind=e["kind"],
            occurred_on=date.fromisoformat(e["on"]),
            text=e.get("text"),
            client_words=e.get("client_words"),
            mood=e.get("mood"),
        )
        for e in journey["events"]
    ]
    actions = [
        ActionInput(
            id=a["id"],
            title=a["title"],
            owner=a["owner"],
            phase=a.get("phase"),
            due_on=_day(a.get("due_on")),
            done_on=_day(a.get("done_on")),
        )
        for a in dossier["actions"]
    ]
    kinds = {c["id"]: c.get("kind") for c in dossier["creditors"]}
    crisis = crisis_on(
        template,
        [
            (m["kind"], kinds.get(debt["creditor_id"]), _day(m.get("since")))
            for debt in dossier["debts"]
            if debt["status"] != DebtStatus.SETTLED.value
            for m in debt["enforcement"]
        ],
    )
    return build_timeline(template, events, actions, today=today, crisis_on=crisis)


def _clean_words(value: str | None, what: str) -> str | None:
    text = (value or "").strip()
    if len(text) > MAX_TEXT:
        raise UserError(
            say("{what} is te lang: hoogstens {limit} tekens.", what=what, limit=MAX_TEXT)
        )
    return text or None


def _clean_mood(mood: int | None) -> int | None:
    if mood is None:
        return None
    if not MOOD_MIN <= mood <= MOOD_MAX:
        raise UserError(
            say(
                "Het gevoel is een cijfer van {mood_min} tot en met {mood_max}.",
                mood_min=MOOD_MIN,
                mood_max=MOOD_MAX,
            )
        )
    return mood


def _events(session: Any, client_id: uuid.UUID) -> list[JourneyEvent]:
    return list(session.exec(select(JourneyEvent).where(JourneyEvent.client_id == client_id)))


def event_values(event: JourneyEvent) -> dict[str, Any]:
    """Everything needed to put an event back exactly as it was."""
    return {
        "id": event.id,
        "client_id": event.client_id,
        "phase": event.phase,
        "kind": event.kind,
        "occurred_on": event.occurred_on,
        "text": event.text,
        "client_words": event.client_words,
        "mood": event.mood,
    }


def _add_event(session: Any, event: JourneyEvent) -> None:
    """Add an event in the current transaction; the audit names the fields that were filled."""
    session.add(event)
    audit.record(
        session,
        action="create",
        record_type="journey_event",
        record_id=event.id,
        client_id=event.client_id,
        fields=[
            name
            for name in ("phase", "kind", "occurred_on", *EDITABLE_FIELDS[1:])
            if getattr(event, name) is not None
        ],
    )


def advance(
    db: Database,
    client_id: uuid.UUID,
    *,
    on: date,
    note: str | None = None,
    words: str | None = None,
    mood: int | None = None,
) -> uuid.UUID:
    """Move the client to the next step of her route; the id of the new "entered" event.

    Raises:
        UserError: she is at the last step, or the date lies before she entered her phase.
    """
    with db.session() as session:
        client = get_client(session, client_id)
        template = load_process(client.process_key)
        order = {phase.key: index for index, phase in enumerate(template.phases)}
        events = _events(session, client_id)
        here = current_phase(events, order)
        target = template.next_phase(here) if here else template.route[0]
        if target is None:
            raise UserError(say("Dit is de laatste stap van de route: er is geen volgende fase."))
        since = max((e.occurred_on for e in events if e.kind == "entered"), default=None)
        if since is not None and on < since:
            raise UserError(
                say(
                    "De datum ligt vóór {strftime}, de dag waarop de huidige fase begon. "
                    "Kies die dag of later.",
                    strftime=since.strftime("%d-%m-%Y"),
                )
            )
        event = JourneyEvent(
            client_id=client_id,
            phase=target.key,
            kind="entered",
            occurred_on=on,
            text=_clean_words(note, "De notitie"),
            client_words=_clean_words(words, "De woorden van de klant"),
            mood=_clean_mood(mood),
        )
        _add_event(session, event)
        return event.id


def add_event(
    db: Database,
    client_id: uuid.UUID,
    *,
    kind: str,
    phase: str,
    on: date,
    text: str | None = None,
    words: str | None = None,
    mood: int | None = None,
) -> uuid.UUID:
    """Record a setback, milestone or note on the route; the new event's id.

    Raises:
        UserError: an unknown kind or phase, an empty event, a mood outside 1–5.
    """
    if kind not in ADDABLE_KINDS:
        raise UserError(say("Onbekende soort gebeurtenis: {kind}.", kind=kind))
    clean_text = _clean_words(text, "De omschrijving")
    clean_words = _clean_words(words, "De woorden van de klant")
    if clean_text is None and clean_words is None:
        raise UserError(say("Schrijf kort op wat er gebeurde, of wat de klant erover zei."))
    with db.session() as session:
        client = get_client(session, client_id)
        template = load_process(client.process_key)
        if not template.has_phase(phase):
            raise UserError(say("Onbekende fase: {phase}.", phase=phase))
        event = JourneyEvent(
            client_id=client_id,
            phase=phase,
            kind=kind,
            occurred_on=on,
            text=clean_text,
            client_words=clean_words,
            mood=_clean_mood(mood),
        )
        _add_event(session, event)
        return event.id


def update_event(db: Database, event_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change date, text, the client's words or mood of an event; returns the old values.

    Raises:
        UserError: an unknown field, a bad mood, an entered event left without a date.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise UserError(
            say("Dit kan niet worden aangepast: {unknown}.", unknown=", ".join(sorted(unknown)))
        )
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "mood":
            clean[name] = _clean_mood(value)
        elif name == "occurred_on":
            if not isinstance(value, date):
                raise UserError(say("Geef een datum op."))
            clean[name] = value
        else:
            clean[name] = _clean_words(value, "De tekst")
    with db.session() as session:
        event = session.get(JourneyEvent, event_id)
        if event is None:
            raise NotFoundError(say("Deze gebeurtenis bestaat niet (meer)."))
        old = {name: getattr(event, name) for name in clean}
        for name, value in clean.items():
            setattr(event, name, value)
        session.add(event)
        audit.record(
            session,
            action="update",
            record_type="journey_event",
            record_id=event.id,
            client_id=event.client_id,
            fields=clean.keys(),
        )
        return old


def delete_event(db: Database, event_id: uuid.UUID) -> dict[str, Any]:
    """Remove an event from the route; returns its values so that undo can restore it.

    Raises:
        UserError: the client's first step cannot go (her route would have no start).
    """
    with db.session() as session:
        event = session.get(JourneyEvent, event_id)
        if event is None:
            raise NotFoundError(say("Deze gebeurtenis bestaat niet (meer)."))
        if event.kind == "entered":
            entered = [e for e in _events(session, event.client_id) if e.kind == "entered"]
            if len(entered) == 1:
                raise UserError(say("De eerste stap van de route kan niet weg."))
        values = event_values(event)
        undo_rows.remove(session, event, record_type="journey_event")
        return values


def restore_event(db: Database, values: Mapping[str, Any]) -> None:
    """Put a deleted event back with its own id (undo of a delete or redo of an add)."""
    undo_rows.restore(db, JourneyEvent, values, record_type="journey_event")
