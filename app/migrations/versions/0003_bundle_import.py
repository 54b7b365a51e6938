"""The proof of each dossier bundle read in: its origin and its own checksums.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 07:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import models.coltypes

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundleimport",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("imported_at", models.coltypes.UtcDateTime(), nullable=False),
        sa.Column("source_client_id", sa.Uuid(), nullable=False),
        sa.Column("external_identifier", sa.String(), nullable=True),
        sa.Column("bagging_date", sa.String(), nullable=True),
        sa.Column("source_organization", sa.String(), nullable=True),
        sa.Column("bag_software_agent", sa.String(), nullable=True),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("manifest", sa.String(), nullable=False),
        sa.Column("dossier_json_sha256", sa.String(length=64), nullable=True),
        sa.Column("on_conflict", sa.String(), nullable=True),
        sa.Column("replaced_client_id", sa.Uuid(), nullable=True),
        sa.Column("unknown", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bundleimport", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundleimport_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("bundleimport", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundleimport_client_id"))
    op.drop_table("bundleimport")
