"""Removing a client with every row of hers; her document files go once the removal commits."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app import audit
from app.errors import NotFoundError
from models.messages import say
from models.tables import (
    Action,
    BundleImport,
    ChecklistItem,
    Client,
    Conversation,
    Debt,
    Document,
    Enforcement,
    ExpenseItem,
    Goal,
    HouseholdMember,
    IncomeItem,
    JourneyEvent,
    LifeDomainScore,
    Note,
)

log = logging.getLogger(__name__)

#: Every table with a client_id, children before the rows they point at: documents and actions
#: point at debts, conversations and checklist items. Audit events stay: they are the record
#: of what happened, and hold no personal values.
CLIENT_TABLES: tuple[Any, ...] = (
    Document,
    Action,
    BundleImport,
    Debt,
    Conversation,
    ChecklistItem,
    HouseholdMember,
    JourneyEvent,
    Goal,
    LifeDomainScore,
    IncomeItem,
    ExpenseItem,
    Note,
)


def remove_client(session: Session, client_id: uuid.UUID, *, documents_dir: Path) -> list[Path]:
    """Delete a client and every row of hers in the session's transaction.

    The document files are not touched: the caller deletes the returned paths only after the
    transaction commits (``delete_files``), so that a rollback leaves every file in place.
    Creditors are shared by all clients and stay.

    Args:
        session: The open transaction.
        client_id: Whom to remove.
        documents_dir: The store's documents folder (``db.paths.documents``).

    Returns:
        The encrypted files of her documents, those in the recycle bin included.

    Raises:
        NotFoundError: no such client.
    """
    session.flush()  # what the session holds is written before the bulk deletes
    if session.get(Client, client_id) is None:
        raise NotFoundError(say("Deze klant bestaat niet (meer)."))
    files = [
        documents_dir / name
        for name in session.exec(
            select(Document.stored_name).where(col(Document.client_id) == client_id)
        )
    ]
    debt_ids = select(Debt.id).where(col(Debt.client_id) == client_id)
    session.execute(delete(Enforcement).where(col(Enforcement.debt_id).in_(debt_ids)))
    for table in CLIENT_TABLES:
        session.execute(delete(table).where(table.client_id == client_id))
    # ORM deletes: rows of hers already loaded into the session are marked deleted too.
    session.execute(delete(Client).where(col(Client.id) == client_id))
    audit.record(
        session, action="delete", record_type="client", record_id=client_id, client_id=client_id
    )
    return files


def delete_files(paths: Iterable[Path]) -> int:
    """Delete files left behind by a committed removal; returns how many could not go.

    The rows are gone already, so a file that cannot be removed is only logged (by count,
    never by name: a name says nothing, but the log stays free of anything of hers).
    """
    failed = 0
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            failed += 1
    if failed:
        log.warning("%d document files of a removed client could not be deleted", failed)
    return failed
