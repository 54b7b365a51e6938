"""Builders for the command-line tests of the trust commands: a fixed day, running ``main``
as the launcher does, and closed dossiers recorded in the trail."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func
from sqlmodel import col, select

from app.cli import main
from app.clients import close_client, create_client
from app.db import Database
from models.tables import AuditEvent, Client

TODAY = date(2031, 6, 1)
LONG_AGO = date(2020, 1, 15)  # five years before TODAY and more: due
LATELY = date(2030, 1, 1)  # still in its term on TODAY


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``main`` as the launcher runs it: a usage error exits with argparse's code."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def one_dutch_line(err: str) -> str:
    """The single refusal line of a command, without its ``procesplaat:`` label."""
    assert err.count("\n") == 1, err
    assert err.startswith("procesplaat: "), err
    return err.removeprefix("procesplaat: ").strip()


def closed(db: Database, on: date, last_name: str) -> uuid.UUID:
    """A dossier made and closed as the window does it: both recorded in the trail."""
    client_id = create_client(db, {"first_names": "Anna", "last_name": last_name}, today=on)
    close_client(db, client_id, on=on)
    return client_id


def client_count(db: Database) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(Client)).one()


def destroy_events(db: Database) -> int:
    with db.session() as session:
        return session.exec(
            select(func.count()).select_from(AuditEvent).where(col(AuditEvent.action) == "destroy")
        ).one()
