"""Builds one demo dossier row by row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlmodel import SQLModel

from app.demo.common import moment
from app.demo.creditors import CreditorSpec
from models.codes import (
    ConversationKind,
    Debtor,
    DebtStatus,
    EnforcementKind,
    EventKind,
    Gender,
    Owner,
    Relation,
)
from models.tables import (
    Action,
    Client,
    Conversation,
    Creditor,
    Debt,
    Enforcement,
    ExpenseItem,
    Goal,
    HouseholdMember,
    IncomeItem,
    JourneyEvent,
    LifeDomainScore,
    Note,
)
from models.values import parse_money, sum_money


class Dossier:
    """Collects the rows of one dossier; insert_rows() puts them in the database."""

    def __init__(self, client: Client, creditors: Mapping[str, Creditor]) -> None:
        self.client = client
        self.creditors = creditors
        self.rows: list[SQLModel] = [client]

    def member(
        self,
        relation: Relation,
        first_names: str,
        last_name: str,
        *,
        birth_date: date,
        gender: Gender,
        initials: str | None = None,
        prefix: str | None = None,
        bsn: str | None = None,
    ) -> None:
        self.rows.append(
            HouseholdMember(
                client_id=self.client.id,
                relation=relation,
                first_names=first_names,
                initials=initials or "".join(f"{name[0]}." for name in first_names.split()),
                prefix=prefix,
                last_name=last_name,
                birth_date=birth_date,
                gender=gender,
                bsn=bsn,
            )
        )

    def event(
        self,
        phase: str,
        kind: EventKind,
        on: date,
        *,
        text: str | None = None,
        words: str | None = None,
        mood: int | None = None,
    ) -> None:
        self.rows.append(
            JourneyEvent(
                client_id=self.client.id,
                phase=phase,
                kind=kind,
                occurred_on=on,
                text=text,
                client_words=words,
                mood=mood,
            )
        )

    def route(self, steps: Sequence[tuple[str, date, str | None, str | None, int]]) -> None:
        """Entered events for (phase, date, text, words, mood), and a left event for each
        phase the client has moved on from."""
        for index, (phase, on, text, words, mood) in enumerate(steps):
            self.event(phase, EventKind.ENTERED, on, text=text, words=words, mood=mood)
            if index + 1 < len(steps):
                self.event(phase, EventKind.LEFT, steps[index + 1][1])

    def debt(
        self,
        creditor: CreditorSpec,
        *,
        principal: str,
        interest: str | None = None,
        costs: str | None = None,
        collector: CreditorSpec | None = None,
        debtor: Debtor = Debtor.CLIENT,
        status: DebtStatus = DebtStatus.REPORTED,
        confirmed_on: date | None = None,
        origin_date: date | None = None,
        original_amount: str | None = None,
        business: bool = False,
        essential: bool = False,
        reference: str | None = None,
        customer_number: str | None = None,
        note: str | None = None,
    ) -> Debt:
        parts = {"principal": principal, "interest": interest, "costs": costs}
        amounts = {key: parse_money(value) for key, value in parts.items() if value is not None}
        row = self.creditors[creditor.name]
        debt = Debt(
            client_id=self.client.id,
            creditor_id=row.id,
            collector_id=self.creditors[collector.name].id if collector else None,
            debtor=debtor,
            reference=reference,
            customer_number=customer_number,
            origin_date=origin_date,
            original_amount=parse_money(original_amount) if original_amount else None,
            principal=amounts.get("principal"),
            interest=amounts.get("interest"),
            costs=amounts.get("costs"),
            # Derived, never typed: the bundle spec demands total = principal + interest + costs.
            total=sum_money(amounts.values()),
            confirmed_on=confirmed_on,
            status=status,
            preferential=creditor.preferential,
            business=business,
            category=creditor.category,
            essential=essential,
            note=note,
        )
        self.rows.append(debt)
        return debt

    def enforcement(
        self,
        debt: Debt,
        kind: EnforcementKind,
        since: date,
        *,
        until: date | None = None,
        note: str | None = None,
    ) -> None:
        self.rows.append(
            Enforcement(debt_id=debt.id, kind=kind, since=since, until=until, note=note)
        )

    def conversation(
        self, held_on: date, kind: ConversationKind, participants: str, agreed: str
    ) -> Conversation:
        row = Conversation(
            client_id=self.client.id,
            held_on=held_on,
            kind=kind,
            participants=participants,
            agreed=agreed,
            created_at=moment(held_on, 16),
        )
        self.rows.append(row)
        return row

    def action(
        self,
        title: str,
        owner: Owner,
        *,
        phase: str,
        due_on: date | None = None,
        done_on: date | None = None,
        debt: Debt | None = None,
        conversation: Conversation | None = None,
        note: str | None = None,
    ) -> None:
        self.rows.append(
            Action(
                client_id=self.client.id,
                title=title,
                owner=owner,
                phase=phase,
                due_on=due_on,
                done_on=done_on,
                debt_id=debt.id if debt else None,
                conversation_id=conversation.id if conversation else None,
                note=note,
            )
        )

    def goal(self, text: str, domain: str, set_on: date) -> None:
        self.rows.append(
            Goal(client_id=self.client.id, text=text, life_domain=domain, set_on=set_on)
        )

    def score(self, domain: str, score: int, scored_on: date, note: str) -> None:
        self.rows.append(
            LifeDomainScore(
                client_id=self.client.id,
                domain=domain,
                score=score,
                scored_on=scored_on,
                note=note,
            )
        )

    def income(self, kind: str, source: str, amount: str, *, person: str = "client") -> None:
        self.rows.append(
            IncomeItem(
                client_id=self.client.id,
                person=person,
                kind=kind,
                source=source,
                amount_per_month=parse_money(amount),
            )
        )

    def expense(self, kind: str, source: str, amount: str, *, person: str = "household") -> None:
        self.rows.append(
            ExpenseItem(
                client_id=self.client.id,
                person=person,
                kind=kind,
                source=source,
                amount_per_month=parse_money(amount),
            )
        )

    def note(self, text: str, author: str, on: date, *, client_visible: bool = False) -> None:
        self.rows.append(
            Note(
                client_id=self.client.id,
                text=text,
                author=author,
                written_at=moment(on, 15, 30),
                client_visible=client_visible,
            )
        )
