"""The audit trail is append-only: the database itself refuses to change or delete an event.

A batch migration that copies ``auditevent`` into a new table (SQLite's way to alter one)
drops these triggers with the old table: such a migration must create them again.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-27 08:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The message a refused statement carries; no value of the row is in it.
REFUSAL = "auditevent is append-only"

_SQLITE_UP = (
    f"""
    CREATE TRIGGER IF NOT EXISTS auditevent_no_update BEFORE UPDATE ON auditevent
    BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS auditevent_no_delete BEFORE DELETE ON auditevent
    BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END
    """,
)
_SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS auditevent_no_update",
    "DROP TRIGGER IF EXISTS auditevent_no_delete",
)

_POSTGRESQL_UP = (
    f"""
    CREATE OR REPLACE FUNCTION auditevent_refuse() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION '{REFUSAL}'; END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER auditevent_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION auditevent_refuse()
    """,
)
_POSTGRESQL_DOWN = (
    "DROP TRIGGER IF EXISTS auditevent_append_only ON auditevent",
    "DROP FUNCTION IF EXISTS auditevent_refuse()",
)


def _statements(up: bool) -> tuple[str, ...]:
    dialect = op.get_context().dialect.name
    if dialect == "postgresql":
        return _POSTGRESQL_UP if up else _POSTGRESQL_DOWN
    return _SQLITE_UP if up else _SQLITE_DOWN


def upgrade() -> None:
    for statement in _statements(up=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(up=False):
        op.execute(statement)
