"""Recording who changed what: field names only, never personal values."""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Iterable

from sqlmodel import Session

from models.tables import AuditEvent


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down systems: still record the event
        return "onbekend"


def record(
    session: Session,
    *,
    action: str,
    record_type: str,
    record_id: uuid.UUID | None,
    client_id: uuid.UUID | None,
    fields: Iterable[str] = (),
    actor: str | None = None,
) -> None:
    """Add an audit event to the current transaction (it commits or rolls back with it)."""
    session.add(
        AuditEvent(
            os_user=os_user(),
            actor=actor,
            action=action,
            record_type=record_type,
            record_id=record_id,
            client_id=client_id,
            fields=",".join(sorted(fields)) or None,
        )
    )
