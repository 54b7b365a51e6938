"""The SQLModel tables of a dossier: client, journey, debts, actions, documents and audit."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, Index
from sqlmodel import Field, SQLModel

from models.coltypes import MoneyType, UtcDateTime, utcnow


def _money(*, nullable: bool = True) -> Decimal | None:
    """A money column (exact, integer cents underneath)."""
    # sa_type, not sa_column: a Column object cannot be shared by tables inheriting a field.
    result: Decimal | None = Field(
        default=None if nullable else Decimal("0.00"), sa_type=MoneyType, nullable=nullable
    )
    return result


def _moment() -> datetime:
    result: datetime = Field(default_factory=utcnow, sa_type=UtcDateTime, nullable=False)
    return result


def _client_fk() -> uuid.UUID:
    result: uuid.UUID = Field(foreign_key="client.id", index=True, ondelete="CASCADE")
    return result


class PersonFields(SQLModel):
    """The personal fields a client and a partner share (the spec's 'same personal fields')."""

    initials: str | None = None
    first_names: str | None = None
    prefix: str | None = None
    last_name: str = ""
    gender: str | None = None
    birth_date: date | None = None
    bsn: str | None = Field(default=None, max_length=9)
    phone: str | None = None
    email: str | None = None


class Client(PersonFields, table=True):
    """A person in debt help, with address, administration (bewind) and contact person."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    iban: str | None = None
    bank_name: str | None = None
    marital_status: str | None = None
    marital_status_since: date | None = None
    street: str | None = None
    house_number: str | None = None
    house_number_suffix: str | None = None
    postcode: str | None = Field(default=None, index=True)
    city: str | None = None
    administration_kind: str | None = None
    administrator: str | None = None
    administration_organisation: str | None = None
    administration_decision_date: date | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_hours: str | None = None
    referred_by: str | None = None
    process_key: str = "schuldhulp"
    status: str = Field(default="active", index=True)
    closed_on: date | None = None
    created_at: datetime = _moment()
    updated_at: datetime = _moment()


class HouseholdMember(PersonFields, table=True):
    """Someone in the client's household: the partner (at most one), a child, another person."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    relation: str = "child"


class JourneyEvent(SQLModel, table=True):
    """One event on the client's route: entered or left a phase, a milestone, a setback, a note."""

    # The week overview looks for phases entered on days that start a deadline, across all
    # clients: without this it decrypts and reads every event of every client.
    __table_args__ = (
        Index("ix_journeyevent_kind_phase_on", "kind", "phase", "occurred_on", "client_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    phase: str
    kind: str
    occurred_on: date
    text: str | None = None
    client_words: str | None = None
    mood: int | None = None
    created_at: datetime = _moment()


class Goal(SQLModel, table=True):
    """A goal the client sets herself."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    text: str
    life_domain: str | None = None
    set_on: date | None = None
    reached_on: date | None = None


class LifeDomainScore(SQLModel, table=True):
    """A ZRM-style score (1 acuut .. 5 volledig zelfredzaam) of one life domain."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    domain: str
    score: int
    scored_on: date | None = None
    note: str | None = None


class Creditor(SQLModel, table=True):
    """A creditor, collection agency or bailiff; shared by all clients."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(index=True)
    kind: str | None = None
    kvk: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    iban: str | None = None
    phone: str | None = None
    email: str | None = None
    preferential: bool = False
    category: str | None = None
    directory_key: str | None = None


class Debt(SQLModel, table=True):
    """One debt of a client to a creditor, with amounts, dates, status and flags."""

    # The week's stale balances: a range of balance dates, open debts only, read from the
    # index alone (with only the date, every row found meant a step into the table).
    __table_args__ = (
        Index(
            "ix_debt_confirmed_status", "confirmed_on", "status", "client_id", "id", "creditor_id"
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    creditor_id: uuid.UUID = Field(foreign_key="creditor.id", index=True)
    collector_id: uuid.UUID | None = Field(default=None, foreign_key="creditor.id")
    debtor: str = "client"
    reference: str | None = None
    customer_number: str | None = None
    origin_date: date | None = None
    original_amount: Decimal | None = _money()
    principal: Decimal | None = _money()
    interest: Decimal | None = _money()
    costs: Decimal | None = _money()
    total: Decimal = _money(nullable=False)  # type: ignore[assignment]
    confirmed_on: date | None = None
    status: str = "reported"
    preferential: bool = False
    business: bool = False
    category: str | None = None
    essential: bool = False
    note: str | None = None


class Enforcement(SQLModel, table=True):
    """An enforcement measure on a debt: dwangbevel, beslag, eviction, disconnection, ..."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    debt_id: uuid.UUID = Field(foreign_key="debt.id", index=True, ondelete="CASCADE")
    kind: str
    since: date | None = None
    until: date | None = None
    note: str | None = None


class Action(SQLModel, table=True):
    """Something someone must do: the client, the caseworker, the administrator or the partner."""

    # Open actions due by a day (the week), read from the index alone: with the dates only,
    # each of the 7,000 open actions over 10,000 clients meant a step into the table.
    __table_args__ = (
        Index("ix_action_open_due", "done_on", "due_on", "client_id", "id", "owner", "title"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    title: str
    owner: str = "client"
    due_on: date | None = None
    done_on: date | None = None
    phase: str | None = None
    debt_id: uuid.UUID | None = Field(default=None, foreign_key="debt.id", ondelete="SET NULL")
    conversation_id: uuid.UUID | None = Field(
        default=None, foreign_key="conversation.id", ondelete="SET NULL"
    )
    note: str | None = None
    created_at: datetime = _moment()


class Conversation(SQLModel, table=True):
    """A conversation with the client and what was agreed in it."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    held_on: date
    kind: str
    participants: str | None = None
    agreed: str | None = None
    created_at: datetime = _moment()


class ChecklistItem(SQLModel, table=True):
    """The sender's state of one item of the receiving desk's referral checklist."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    template: str
    item: str
    state: str = "open"
    not_applicable: bool = False
    note: str | None = None


class Document(SQLModel, table=True):
    """A proof (bewijsstuk) kept encrypted in the data folder."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    kind: str = "other"
    description: str | None = None
    stored_name: str
    media_type: str | None = None
    sha256: str = Field(max_length=64)
    size: int
    received_on: date | None = None
    debt_id: uuid.UUID | None = Field(default=None, foreign_key="debt.id", ondelete="SET NULL")
    checklist_item_id: uuid.UUID | None = Field(
        default=None, foreign_key="checklistitem.id", ondelete="SET NULL"
    )
    deleted_at: datetime | None = Field(default=None, sa_column=Column(UtcDateTime()))
    created_at: datetime = _moment()


class MonthlyAmount(SQLModel):
    """An amount per month of the household: the client's, the partner's or shared."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    person: str = "client"
    kind: str
    source: str | None = None
    amount_per_month: Decimal = _money(nullable=False)  # type: ignore[assignment]


class IncomeItem(MonthlyAmount, table=True):
    """A monthly income of the client or the partner."""


class ExpenseItem(MonthlyAmount, table=True):
    """A monthly expense of the household, the client or the partner."""


class Note(SQLModel, table=True):
    """A note in the dossier; internal unless marked visible to the client."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    written_at: datetime = _moment()
    author: str | None = None
    text: str
    client_visible: bool = False


class AuditEvent(SQLModel, table=True):
    """Who did what to which record, when. Holds field names, never personal values."""

    __table_args__ = (Index("ix_auditevent_at", "at"),)  # the log reads newest first

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    at: datetime = _moment()
    os_user: str
    actor: str | None = None
    action: str
    record_type: str
    record_id: uuid.UUID | None = None
    client_id: uuid.UUID | None = Field(default=None, index=True)
    fields: str | None = None


class BundleImport(SQLModel, table=True):
    """Proof of a dossier bundle read in: where it came from and the bundle's own checksums.

    ``manifest`` holds the bundle's payload paths with their SHA-256 (no personal data), so
    that every imported document can later be shown to be the one the sender sent.
    ``unknown`` keeps, as JSON, the keys of dossier.json this program does not know.
    """

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    client_id: uuid.UUID = _client_fk()
    imported_at: datetime = _moment()
    source_client_id: uuid.UUID
    external_identifier: str | None = None
    bagging_date: str | None = None
    source_organization: str | None = None
    bag_software_agent: str | None = None
    schema_version: int
    manifest: str
    dossier_json_sha256: str | None = Field(default=None, max_length=64)
    on_conflict: str | None = None
    replaced_client_id: uuid.UUID | None = None
    unknown: str | None = None
