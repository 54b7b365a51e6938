"""The first schema: every table of the foundation.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 23:05:10.262257
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import models.coltypes

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "auditevent",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", models.coltypes.UtcDateTime(), nullable=False),
        sa.Column("os_user", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("record_type", sa.String(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("client_id", sa.Uuid(), nullable=True),
        sa.Column("fields", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auditevent_client_id"), ["client_id"], unique=False)

    op.create_table(
        "client",
        sa.Column("initials", sa.String(), nullable=True),
        sa.Column("first_names", sa.String(), nullable=True),
        sa.Column("prefix", sa.String(), nullable=True),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("gender", sa.String(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("bsn", sa.String(length=9), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("iban", sa.String(), nullable=True),
        sa.Column("bank_name", sa.String(), nullable=True),
        sa.Column("marital_status", sa.String(), nullable=True),
        sa.Column("marital_status_since", sa.Date(), nullable=True),
        sa.Column("street", sa.String(), nullable=True),
        sa.Column("house_number", sa.String(), nullable=True),
        sa.Column("house_number_suffix", sa.String(), nullable=True),
        sa.Column("postcode", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("administration_kind", sa.String(), nullable=True),
        sa.Column("administrator", sa.String(), nullable=True),
        sa.Column("administration_organisation", sa.String(), nullable=True),
        sa.Column("administration_decision_date", sa.Date(), nullable=True),
        sa.Column("contact_name", sa.String(), nullable=True),
        sa.Column("contact_phone", sa.String(), nullable=True),
        sa.Column("contact_hours", sa.String(), nullable=True),
        sa.Column("referred_by", sa.String(), nullable=True),
        sa.Column("process_key", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", models.coltypes.UtcDateTime(), nullable=False),
        sa.Column("updated_at", models.coltypes.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_client_postcode"), ["postcode"], unique=False)
        batch_op.create_index(batch_op.f("ix_client_status"), ["status"], unique=False)

    op.create_table(
        "creditor",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("kvk", sa.String(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("postcode", sa.String(), nullable=True),
        sa.Column("city", sa.String(), nullable=True),
        sa.Column("iban", sa.String(), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("preferential", sa.Boolean(), nullable=False),
        sa.Column("category", sa.String(), nullable=True),
        sa.Column("directory_key", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("creditor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_creditor_name"), ["name"], unique=False)

    op.create_table(
        "checklistitem",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("template", sa.String(), nullable=False),
        sa.Column("item", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("checklistitem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklistitem_client_id"), ["client_id"], unique=False)

    op.create_table(
        "conversation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("participants", sa.String(), nullable=True),
        sa.Column("agreed", sa.String(), nullable=True),
        sa.Column("created_at", models.coltypes.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversation_client_id"), ["client_id"], unique=False)

    op.create_table(
        "debt",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("creditor_id", sa.Uuid(), nullable=False),
        sa.Column("collector_id", sa.Uuid(), nullable=True),
        sa.Column("debtor", sa.String(), nullable=False),
        sa.Column("reference", sa.String(), nullable=True),
        sa.Column("customer_number", sa.String(), nullable=True),
        sa.Column("origin_date", sa.Date(), nullable=True),
        sa.Column("original_amount", models.coltypes.MoneyType(), nullable=True),
        sa.Column("principal", models.coltypes.MoneyType(), nullable=True),
        sa.Column("interest", models.coltypes.MoneyType(), nullable=True),
        sa.Column("costs", models.coltypes.MoneyType(), nullable=True),
        sa.Column("total", models.coltypes.MoneyType(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("preferential", sa.Boolean(), nullable=False),
        sa.Column("business", sa.Boolean(), nullable=False),
        sa.Column("category", sa.String(), nullable=True),
        sa.Column("essential", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["collector_id"],
            ["creditor.id"],
        ),
        sa.ForeignKeyConstraint(
            ["creditor_id"],
            ["creditor.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_debt_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_debt_creditor_id"), ["creditor_id"], unique=False)

    op.create_table(
        "expenseitem",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("person", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("amount_per_month", models.coltypes.MoneyType(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("expenseitem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expenseitem_client_id"), ["client_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("life_domain", sa.String(), nullable=True),
        sa.Column("set_on", sa.Date(), nullable=True),
        sa.Column("reached_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_client_id"), ["client_id"], unique=False)

    op.create_table(
        "householdmember",
        sa.Column("initials", sa.String(), nullable=True),
        sa.Column("first_names", sa.String(), nullable=True),
        sa.Column("prefix", sa.String(), nullable=True),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("gender", sa.String(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("bsn", sa.String(length=9), nullable=True),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("householdmember", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_householdmember_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "incomeitem",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("person", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("amount_per_month", models.coltypes.MoneyType(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("incomeitem", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incomeitem_client_id"), ["client_id"], unique=False)

    op.create_table(
        "journeyevent",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("phase", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("text", sa.String(), nullable=True),
        sa.Column("client_words", sa.String(), nullable=True),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("created_at", models.coltypes.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("journeyevent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journeyevent_client_id"), ["client_id"], unique=False)

    op.create_table(
        "lifedomainscore",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("domain", sa.String(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("scored_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("lifedomainscore", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lifedomainscore_client_id"), ["client_id"], unique=False
        )

    op.create_table(
        "note",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("written_at", models.coltypes.UtcDateTime(), nullable=False),
        sa.Column("author", sa.String(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("client_visible", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_client_id"), ["client_id"], unique=False)

    op.create_table(
        "action",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("phase", sa.String(), nullable=True),
        sa.Column("debt_id", sa.Uuid(), nullable=True),
        sa.Column("conversation_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.Column("created_at", models.coltypes.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversation.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["debt_id"], ["debt.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_client_id"), ["client_id"], unique=False)

    op.create_table(
        "document",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("stored_name", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("debt_id", sa.Uuid(), nullable=True),
        sa.Column("checklist_item_id", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", models.coltypes.UtcDateTime(), nullable=True),
        sa.Column("created_at", models.coltypes.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["checklist_item_id"], ["checklistitem.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["client_id"], ["client.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["debt_id"], ["debt.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_client_id"), ["client_id"], unique=False)

    op.create_table(
        "enforcement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("debt_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["debt_id"], ["debt.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("enforcement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enforcement_debt_id"), ["debt_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("enforcement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enforcement_debt_id"))

    op.drop_table("enforcement")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_client_id"))

    op.drop_table("document")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_client_id"))

    op.drop_table("action")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_client_id"))

    op.drop_table("note")
    with op.batch_alter_table("lifedomainscore", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lifedomainscore_client_id"))

    op.drop_table("lifedomainscore")
    with op.batch_alter_table("journeyevent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journeyevent_client_id"))

    op.drop_table("journeyevent")
    with op.batch_alter_table("incomeitem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incomeitem_client_id"))

    op.drop_table("incomeitem")
    with op.batch_alter_table("householdmember", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_householdmember_client_id"))

    op.drop_table("householdmember")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_client_id"))

    op.drop_table("goal")
    with op.batch_alter_table("expenseitem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expenseitem_client_id"))

    op.drop_table("expenseitem")
    with op.batch_alter_table("debt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_debt_creditor_id"))
        batch_op.drop_index(batch_op.f("ix_debt_client_id"))

    op.drop_table("debt")
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_client_id"))

    op.drop_table("conversation")
    with op.batch_alter_table("checklistitem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklistitem_client_id"))

    op.drop_table("checklistitem")
    with op.batch_alter_table("creditor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_creditor_name"))

    op.drop_table("creditor")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_status"))
        batch_op.drop_index(batch_op.f("ix_client_postcode"))

    op.drop_table("client")
    with op.batch_alter_table("auditevent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auditevent_client_id"))

    op.drop_table("auditevent")
