"""Builders for audit tests: the store at the newest migration, every event's columns."""

from __future__ import annotations

from sqlmodel import select

from app.db import Database, _alembic_config
from models.tables import AuditEvent


def upgrade_to_head(db: Database) -> None:
    """Run every migration script, also those newer than ``SCHEMA_HEAD`` (the append-only
    triggers of 0005 before the schema head names them)."""
    from alembic import command

    config = _alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def event_texts(db: Database) -> list[str]:
    """Every column of every audit event as text, but the moment: the clock's, never a
    person's, and its microseconds read like amounts ("09:46:23.104512" holds "23.10")."""
    with db.session() as session:
        events = session.exec(select(AuditEvent)).all()
    return [str(value) for event in events for value in event.model_dump(exclude={"at"}).values()]
