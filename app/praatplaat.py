"""The praatplaat's use cases: life-domain scores and the client's own goals.

Each change is one transaction with an audit event and returns what its undo needs, so the
screen can reverse it exactly (a deleted goal comes back with the same id).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlmodel import Session, select

from app import audit, undo_rows
from app.clients import get_client
from app.db import Database
from app.errors import NotFoundError, UserError
from models.life_domains import DOMAINS, SCORE_MAX, SCORE_MIN, current_scores, is_score
from models.messages import say
from models.people import full_name
from models.tables import Goal, LifeDomainScore

MAX_NOTE = 500
MAX_GOAL = 300
GOAL_FIELDS = ("text", "life_domain", "set_on", "reached_on")


def praatplaat(db: Database, client_id: uuid.UUID) -> dict[str, Any]:
    """What the praatplaat shows of a client.

    Returns:
        ``name`` (her full name), ``first_name``, ``domains`` (a ``DomainState`` per ZRM
        domain, in ZRM order) and ``goals`` (``goal_values`` dicts: open goals first, each
        group by the day it was set).
    """
    with db.session() as session:
        client = get_client(session, client_id)
        scores = session.exec(
            select(LifeDomainScore).where(LifeDomainScore.client_id == client_id)
        ).all()
        goals = session.exec(select(Goal).where(Goal.client_id == client_id)).all()
        ordered = sorted(
            goals, key=lambda g: (g.reached_on is not None, g.set_on or date.min, g.text)
        )
        return {
            "client_id": client_id,
            "name": full_name(client.first_names, client.prefix, client.last_name),
            "first_name": (client.first_names or "").split(" ")[0] or client.last_name,
            "domains": current_scores(scores),
            "goals": [goal_values(g) for g in ordered],
        }


def _domain(name: str | None, *, required: bool) -> str | None:
    if name is None or not name.strip():
        if required:
            raise UserError(say("Kies een leefgebied."))
        return None
    if name not in DOMAINS:
        raise UserError(say("Onbekend leefgebied: {name}.", name=name))
    return name


def _text(value: str | None, what: str, limit: int) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        raise UserError(say("{what} is te lang: hoogstens {limit} tekens.", what=what, limit=limit))
    return text or None


def set_score(
    db: Database,
    client_id: uuid.UUID,
    domain: str,
    score: int,
    note: str | None,
    on: date,
) -> dict[str, Any]:
    """Score a domain on a day: that day's score of the domain changes, or a new one starts.

    Returns:
        What ``undo_score`` needs: the row's ``id``, whether it was ``created``, and its old
        ``score`` and ``note``.

    Raises:
        UserError: an unknown domain, a score outside 1–5, a note that is too long.
    """
    _domain(domain, required=True)
    if not is_score(score):
        raise UserError(
            say(
                "Het cijfer is een heel getal van {score_min} tot en met {score_max}.",
                score_min=SCORE_MIN,
                score_max=SCORE_MAX,
            )
        )
    clean_note = _text(note, "De notitie", MAX_NOTE)
    with db.session() as session:
        get_client(session, client_id)
        row = session.exec(
            select(LifeDomainScore).where(
                LifeDomainScore.client_id == client_id,
                LifeDomainScore.domain == domain,
                LifeDomainScore.scored_on == on,
            )
        ).first()
        if row is None:
            row = LifeDomainScore(
                client_id=client_id, domain=domain, score=score, scored_on=on, note=clean_note
            )
            undo: dict[str, Any] = {"id": row.id, "created": True, "score": None, "note": None}
            action = "create"
        else:
            undo = {"id": row.id, "created": False, "score": row.score, "note": row.note}
            row.score, row.note = score, clean_note
            action = "update"
        session.add(row)
        audit.record(
            session,
            action=action,
            record_type="life_domain_score",
            record_id=row.id,
            client_id=client_id,
            fields=["domain", "score", "scored_on", "note"],
        )
        return undo


def undo_score(db: Database, undo: Mapping[str, Any]) -> None:
    """Reverse a ``set_score``: remove the score it added, or give back the old one."""
    with db.session() as session:
        row = session.get(LifeDomainScore, undo["id"])
        if row is None:
            return  # already gone: nothing to reverse
        if undo["created"]:
            session.delete(row)
            action = "delete"
        else:
            row.score, row.note = undo["score"], undo["note"]
            session.add(row)
            action = "update"
        audit.record(
            session,
            action=action,
            record_type="life_domain_score",
            record_id=row.id,
            client_id=row.client_id,
            fields=[] if undo["created"] else ["score", "note"],
        )


def goal_values(goal: Goal) -> dict[str, Any]:
    """Everything needed to show a goal or put it back exactly as it was."""
    return {
        "id": goal.id,
        "client_id": goal.client_id,
        "text": goal.text,
        "life_domain": goal.life_domain,
        "set_on": goal.set_on,
        "reached_on": goal.reached_on,
    }


def _clean_goal(changes: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(GOAL_FIELDS)
    if unknown:
        raise UserError(
            say("Dit kan niet worden aangepast: {unknown}.", unknown=", ".join(sorted(unknown)))
        )
    clean: dict[str, Any] = {}
    for name, value in changes.items():
        if name == "text":
            text = _text(value, "Het doel", MAX_GOAL)
            if text is None:
                raise UserError(say("Schrijf op wat het doel is."))
            clean[name] = text
        elif name == "life_domain":
            clean[name] = _domain(value, required=False)
        elif value is not None and not isinstance(value, date):
            raise UserError(say("Geef een datum op."))
        else:
            clean[name] = value
    return clean


def _check_dates(set_on: date | None, reached_on: date | None) -> None:
    if set_on is not None and reached_on is not None and reached_on < set_on:
        raise UserError(
            say(
                "Een doel kan niet bereikt zijn vóór het gesteld werd ({strftime}).",
                strftime=set_on.strftime("%d-%m-%Y"),
            )
        )


def _goal(session: Session, goal_id: uuid.UUID) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFoundError(say("Dit doel bestaat niet (meer)."))
    return goal


def add_goal(
    db: Database,
    client_id: uuid.UUID,
    *,
    text: str,
    life_domain: str | None = None,
    on: date,
) -> uuid.UUID:
    """Write down a goal the client sets herself, set on ``on``; the new goal's id.

    Raises:
        UserError: no text or too long, an unknown domain.
    """
    clean = _clean_goal({"text": text, "life_domain": life_domain})
    with db.session() as session:
        get_client(session, client_id)
        goal = Goal(client_id=client_id, set_on=on, **clean)
        session.add(goal)
        audit.record(
            session,
            action="create",
            record_type="goal",
            record_id=goal.id,
            client_id=client_id,
            fields=["text", "life_domain", "set_on"],
        )
        return goal.id


def update_goal(db: Database, goal_id: uuid.UUID, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Change a goal's text, domain or dates; returns the old values of what changed.

    Raises:
        UserError: an unknown field, an empty text, a reached date before the set date.
    """
    clean = _clean_goal(changes)
    with db.session() as session:
        goal = _goal(session, goal_id)
        old = {name: getattr(goal, name) for name in clean}
        for name, value in clean.items():
            setattr(goal, name, value)
        _check_dates(goal.set_on, goal.reached_on)
        session.add(goal)
        audit.record(
            session,
            action="update",
            record_type="goal",
            record_id=goal.id,
            client_id=goal.client_id,
            fields=clean.keys(),
        )
        return old


def set_goal_reached(db: Database, goal_id: uuid.UUID, on: date | None) -> date | None:
    """Mark a goal reached on a day, or not reached (None); returns the old reached date.

    Raises:
        UserError: the day lies before the goal was set.
    """
    previous: date | None = update_goal(db, goal_id, {"reached_on": on})["reached_on"]
    return previous


def delete_goal(db: Database, goal_id: uuid.UUID) -> dict[str, Any]:
    """Remove a goal; returns its values so that ``restore_goal`` can put it back."""
    with db.session() as session:
        goal = _goal(session, goal_id)
        values = goal_values(goal)
        undo_rows.remove(session, goal, record_type="goal")
        return values


def restore_goal(db: Database, values: Mapping[str, Any]) -> None:
    """Put a deleted goal back with its own id (undo of a delete, redo of an add)."""
    undo_rows.restore(db, Goal, values, record_type="goal")
