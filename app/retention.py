"""Retention (AVG): which closed dossiers have outlived their term, and destroying them.

Destruction removes the client's rows in one transaction (``app.client_removal``), then her
document files; the audit trail keeps a ``destroy`` event without any personal value. Copies
of the dossier in the automatic backups are not touched: they disappear as the backups rotate
out (the backup rotation's oldest copy bounds how long after destruction data can remain).
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from app import audit
from app.atomic import replace_file
from app.client_removal import delete_files, remove_client
from app.db import Database
from app.errors import NotFoundError, UserError
from app.paths import Paths
from models.codes import ClientStatus
from models.messages import say
from models.people import full_name
from models.tables import Client

__all__ = [
    "DEFAULT_YEARS",
    "DueDossier",
    "destroy_client",
    "destruction_date",
    "due_for_destruction",
    "load_term",
    "save_term",
    "term_path",
]

log = logging.getLogger(__name__)

#: Years after closing that a dossier is kept when nothing else was set.
DEFAULT_YEARS = 5
#: The longest term a person can set: past it, a typing error is more likely than a choice.
MAX_YEARS = 30


@dataclass(frozen=True)
class DueDossier:
    """A closed dossier whose term has passed.

    Attributes:
        client_id: The client.
        name: Her name, for the person choosing (never logged, never audited).
        closed_on: The day the dossier was closed.
        due_since: The first day it could be destroyed.
    """

    client_id: uuid.UUID
    name: str
    closed_on: date
    due_since: date


def term_path(paths: Paths) -> Path:
    return paths.data_dir / "bewaartermijn.json"


def load_term(paths: Paths) -> int:
    """The retention term in whole years; ``DEFAULT_YEARS`` when none (or nothing sane) was
    saved: a damaged setting must never shorten the term."""
    try:
        raw = json.loads(term_path(paths).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DEFAULT_YEARS
    years = raw.get("years") if isinstance(raw, dict) else None
    if isinstance(years, int) and not isinstance(years, bool) and 1 <= years <= MAX_YEARS:
        return years
    return DEFAULT_YEARS


def save_term(paths: Paths, years: int) -> None:
    """Save the retention term, complete or not at all.

    Raises:
        UserError: the term is outside 1 to ``MAX_YEARS`` years, or the data folder cannot be
            written.
    """
    if not 1 <= years <= MAX_YEARS:
        raise UserError(say("Kies een bewaartermijn van 1 tot {years} jaar.", years=MAX_YEARS))
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        replace_file(term_path(paths), json.dumps({"years": years}).encode("utf-8"))
    except OSError as exc:
        raise UserError(
            say("De bewaartermijn kon niet worden bewaard: de gegevensmap is vol of alleen-lezen.")
        ) from exc


def destruction_date(closed_on: date, years: int) -> date:
    """The first day a dossier closed on ``closed_on`` may be destroyed: the same day
    ``years`` later (a dossier closed on 29 February waits until 1 March)."""
    try:
        return closed_on.replace(year=closed_on.year + years)
    except ValueError:
        return date(closed_on.year + years, 3, 1)


def due_for_destruction(db: Database, *, today: date, years: int | None = None) -> list[DueDossier]:
    """The closed dossiers whose term has passed on ``today``, longest due first.

    Args:
        db: The store.
        today: The day to judge on.
        years: The term; the saved one (``load_term``) when None.
    """
    term = load_term(db.paths) if years is None else years
    with db.session() as session:
        clients = session.exec(
            select(Client).where(
                col(Client.status) == ClientStatus.CLOSED.value,
                col(Client.closed_on).is_not(None),
            )
        ).all()
    due = [
        DueDossier(
            client_id=client.id,
            name=full_name(client.first_names, client.prefix, client.last_name),
            closed_on=client.closed_on,
            due_since=destruction_date(client.closed_on, term),
        )
        for client in clients
        if client.closed_on is not None and destruction_date(client.closed_on, term) <= today
    ]
    return sorted(due, key=lambda d: (d.due_since, d.name.casefold()))


def destroy_client(
    db: Database, client_id: uuid.UUID, *, today: date, years: int | None = None
) -> int:
    """Destroy a dossier whose term has passed: her rows, then her document files.

    The rows go in one transaction with a ``destroy`` event (no name, no values); on SQLite
    with ``secure_delete`` so the freed pages are overwritten, and the write-ahead log is
    emptied afterwards. The files go only once that transaction has committed. Backups keep
    their copy until rotation removes them (see the module's docstring).

    Args:
        db: The store.
        client_id: The client.
        today: The day of destruction (the term must have passed on it).
        years: The term; the saved one when None.

    Returns:
        How many of her document files could not be deleted (logged by count only).

    Raises:
        NotFoundError: no such client.
        UserError: the dossier is open, or its term has not passed yet; nothing changed.
    """
    term = load_term(db.paths) if years is None else years
    with db.session() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFoundError(say("Deze klant bestaat niet (meer)."))
        if client.status != ClientStatus.CLOSED.value or client.closed_on is None:
            raise UserError(say("Alleen een gesloten dossier kan worden vernietigd."))
        due = destruction_date(client.closed_on, term)
        if due > today:
            raise UserError(
                say(
                    "De bewaartermijn van dit dossier loopt nog tot {due:%d-%m-%Y}; er is "
                    "niets vernietigd.",
                    due=due,
                )
            )
        if db.is_sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        files = remove_client(session, client_id, documents_dir=db.paths.documents)
        audit.record(
            session,
            action="destroy",
            record_type="client",
            record_id=client_id,
            client_id=client_id,
        )
        if db.is_sqlite:
            session.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
    failed = delete_files(files)
    if db.is_sqlite:
        _empty_write_ahead_log(db)
    return failed


def _empty_write_ahead_log(db: Database) -> None:
    """Copy the log into the database and truncate it, so old pages do not linger there."""
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception:  # another reader holds the log: the next checkpoint empties it
        log.warning("the write-ahead log could not be emptied after a destruction")
