"""Deleting a row so that undo can bring it back exactly, with its own id: one mechanism.

Use cases that offer undo (a route event, a goal, ...) delete through ``remove`` and put back
through ``restore``; both are audited like any other change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlmodel import Session, SQLModel

from app import audit
from app.db import Database


def remove(session: Session, row: Any, *, record_type: str) -> None:
    """Delete ``row`` in the current transaction and audit it (its values are the caller's)."""
    session.delete(row)
    audit.record(
        session,
        action="delete",
        record_type=record_type,
        record_id=row.id,
        client_id=row.client_id,
    )


def restore(
    db: Database, model: type[SQLModel], values: Mapping[str, Any], *, record_type: str
) -> None:
    """Put a removed row back with its own id; nothing happens when it is already there."""
    with db.session() as session:
        if session.get(model, values["id"]) is not None:
            return
        row = model(**dict(values))
        session.add(row)
        audit.record(
            session,
            action="create",
            record_type=record_type,
            record_id=values["id"],
            client_id=values["client_id"],
            fields=[k for k in values if k not in ("id", "client_id")],
        )
