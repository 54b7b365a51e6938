"""Indexes for the caseworker's week across all clients: entered phases, open actions by due
date, balances by date.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 05:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_journeyevent_kind_phase_on",
        "journeyevent",
        ["kind", "phase", "occurred_on", "client_id"],
    )
    op.create_index("ix_debt_confirmed_on", "debt", ["confirmed_on"])
    op.create_index("ix_action_done_due", "action", ["done_on", "due_on"])


def downgrade() -> None:
    op.drop_index("ix_action_done_due", table_name="action")
    op.drop_index("ix_debt_confirmed_on", table_name="debt")
    op.drop_index("ix_journeyevent_kind_phase_on", table_name="journeyevent")
