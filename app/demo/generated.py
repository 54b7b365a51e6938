"""Generated dossiers for load tests."""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert
from sqlmodel import Session, SQLModel

from app import audit
from app.demo.common import (
    DEMO_BSNS,
    MUNICIPAL_PHONE,
    PROCESS,
    SETBACK_DURING,
    born,
    cents,
    created_fields,
    fake_bsn,
    record_type,
    table_order,
)
from app.demo.creditors import creditor_rows
from app.demo.pools import (
    ACTIONS,
    AMOUNTS,
    CASEWORKERS,
    CITIES,
    COLLECTORS,
    COUPLE_DEBTORS,
    COUPLES,
    ENFORCEMENT_BY_KIND,
    ESSENTIAL_KINDS,
    EXPENSES,
    FEMALE_NAMES,
    INCOMES,
    LAST_NAMES,
    MALE_NAMES,
    MOODS,
    PENSION,
    PENSION_AGE,
    POOL,
    POSTCODE_LETTERS,
    ROUTE,
    ROUTE_WEIGHTS,
    SETBACK_TEXTS,
    SINGLES,
    STATUSES,
    STREETS,
)
from models.codes import CreditorKind, Debtor, DebtStatus, EventKind, Gender, Relation
from models.tables import (
    Action,
    AuditEvent,
    Client,
    Creditor,
    Debt,
    Enforcement,
    ExpenseItem,
    HouseholdMember,
    IncomeItem,
    JourneyEvent,
)
from models.values import sum_money

_BATCH = 1000  # clients per insert: bounds the memory the pending rows take


def _postcode(rng: random.Random, low: int, high: int) -> str:
    while True:
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            return f"{rng.randint(low, high)} {letters}"


# Rows as plain dicts per table: building thousands of SQLModel objects costs far more than
# the insert itself, and a generated row is never used as an object again.
_Rows = dict[type[SQLModel], list[dict[str, object]]]


class _Generator:
    """Builds generated dossiers from one random stream, so a seed always gives the same data.

    Within one table every row has the same keys, so each table is one executemany.
    """

    def __init__(
        self,
        rng: random.Random,
        today: date,
        creditors: Mapping[str, Creditor],
        *,
        actor: str | None,
    ) -> None:
        self.rng = rng
        self.today = today
        self.now = datetime.now(UTC)
        self.pool = [creditors[spec.name] for spec in POOL]
        self.collectors = [creditors[spec.name] for spec in COLLECTORS]
        self.used_bsns: set[str] = set(DEMO_BSNS)
        self.rows: _Rows = {}
        # Every row gets the create event the GUI would write (``app.audit.record``), as a
        # plain dict like the row itself: inserted in the same statement batch, cheaply.
        self.event_base: dict[str, object] = {
            "at": self.now,
            "os_user": audit.os_user(),
            "actor": actor,
        }
        self.debt_client: dict[uuid.UUID, object] = {}
        self.events: list[dict[str, object]] = []

    def add(self, model: type[SQLModel], **values: object) -> uuid.UUID:
        row_id = uuid.uuid4()
        self.rows.setdefault(model, []).append({"id": row_id, **values})
        if model is Client:
            client_id: object = row_id
        elif model is Enforcement:
            client_id = self.debt_client[values["debt_id"]]  # type: ignore[index]
        else:
            client_id = values.get("client_id")
        if model is Debt:
            self.debt_client[row_id] = client_id
        self.events.append(
            {
                **self.event_base,
                "id": uuid.uuid4(),
                "action": "create",
                "record_type": record_type(model),
                "record_id": row_id,
                "client_id": client_id,
                "fields": ",".join(sorted(created_fields(values))) or None,
            }
        )
        return row_id

    def insert(self, session: Session) -> None:
        """Inserts the rows made so far, parents before children, and forgets them."""
        order = table_order()
        for model in sorted(self.rows, key=lambda m: order[str(m.__tablename__)]):
            session.exec(
                insert(model), params=self.rows[model], execution_options={"render_nulls": True}
            )
        if self.events:
            # On the connection, past the ORM's bulk insert: the events are many and plain.
            session.connection().execute(insert(AuditEvent), self.events)
        self.rows = {}
        self.debt_client = {}
        self.events = []

    def person(self) -> tuple[str, Gender]:
        if self.rng.random() < 0.5:
            return self.rng.choice(FEMALE_NAMES), Gender.FEMALE
        return self.rng.choice(MALE_NAMES), Gender.MALE

    def birth_date(self, years: int) -> date:
        return born(self.today, years=years, days=self.rng.randrange(365))

    def client(self) -> uuid.UUID:
        """One whole generated dossier; returns the client's id."""
        rng = self.rng
        first, gender = self.person()
        prefix, last = rng.choice(LAST_NAMES)
        city, low, high = rng.choice(CITIES)
        age = rng.randint(18, 80)
        couple = rng.random() < 0.35
        client_id = self.add(
            Client,
            initials=f"{first[0]}.",
            first_names=first,
            prefix=prefix or None,
            last_name=last,
            gender=gender,
            birth_date=self.birth_date(age),
            bsn=fake_bsn(rng, self.used_bsns),
            marital_status=rng.choice(COUPLES if couple else SINGLES),
            street=rng.choice(STREETS),
            house_number=str(rng.randint(1, 250)),
            postcode=_postcode(rng, low, high),
            city=city,
            contact_name=rng.choice(CASEWORKERS),
            contact_phone=MUNICIPAL_PHONE,
            contact_hours="ma t/m do 9:00-12:00",
            process_key=PROCESS,
            created_at=self.now,
            updated_at=self.now,
        )
        if couple:
            partner_first, partner_gender = self.person()
            self.member(
                client_id,
                Relation.PARTNER,
                partner_first,
                rng.choice(LAST_NAMES),
                partner_gender,
                self.birth_date(max(18, age + rng.randint(-5, 5))),
                fake_bsn(rng, self.used_bsns),
            )
        if age < 55:
            for _ in range(rng.choice((0, 0, 1, 2, 3))):
                child_first, child_gender = self.person()
                child_age = rng.randint(0, min(17, age - 18))
                child_birth = self.birth_date(child_age)
                self.member(
                    client_id,
                    Relation.CHILD,
                    child_first,
                    (prefix, last),
                    child_gender,
                    child_birth,
                    None,
                )
        phase = self.journey(client_id)
        self.debts(client_id, couple=couple)
        self.actions(client_id, phase)
        self.money(client_id, retired=age >= PENSION_AGE)
        return client_id

    def member(
        self,
        client_id: uuid.UUID,
        relation: Relation,
        first: str,
        name: tuple[str, str],
        gender: Gender,
        birth_date: date,
        bsn: str | None,
    ) -> None:
        self.add(
            HouseholdMember,
            client_id=client_id,
            relation=relation,
            initials=f"{first[0]}.",
            first_names=first,
            prefix=name[0] or None,
            last_name=name[1],
            gender=gender,
            birth_date=birth_date,
            bsn=bsn,
        )

    def event(
        self,
        client_id: uuid.UUID,
        phase: str,
        kind: EventKind,
        on: date,
        text: str | None,
        mood: int | None,
    ) -> None:
        self.add(
            JourneyEvent,
            client_id=client_id,
            phase=phase,
            kind=kind,
            occurred_on=on,
            text=text,
            mood=mood,
            created_at=self.now,
        )

    def journey(self, client_id: uuid.UUID) -> str:
        """Entered events up to a random step of the route; returns that step."""
        rng = self.rng
        (position,) = rng.choices(range(len(ROUTE)), weights=ROUTE_WEIGHTS)
        day = self.today - timedelta(days=rng.randint(1, 60))
        entered: list[tuple[str, date]] = []
        for index in range(position, -1, -1):
            entered.append((ROUTE[index], day))
            # Before anyone knows them, people often wait for years.
            step = rng.randint(60, 1500) if index <= 2 else rng.randint(5, 60)
            day -= timedelta(days=step)
        entered.reverse()
        for phase, on in entered:
            mood = MOODS[phase] if rng.random() < 0.7 else None
            self.event(client_id, phase, EventKind.ENTERED, on, None, mood)
        during = [(phase, on) for phase, on in entered if phase in SETBACK_DURING]
        if during and rng.random() < 0.2:
            phase, on = rng.choice(during)
            struck = min(self.today, on + timedelta(days=rng.randint(1, 20)))
            self.event(client_id, phase, EventKind.SETBACK, struck, rng.choice(SETBACK_TEXTS), 1)
        return ROUTE[position]

    def debts(self, client_id: uuid.UUID, *, couple: bool) -> None:
        rng = self.rng
        for _ in range(rng.randint(0, 12)):
            creditor = rng.choice(self.pool)
            kind = creditor.kind or CreditorKind.OTHER
            low, high = AMOUNTS.get(kind, (5_000, 100_000))
            principal = rng.randint(low, high)
            interest = principal * rng.randint(0, 10) // 100
            collector = rng.choice(self.collectors) if rng.random() < 0.25 else None
            costs = principal * rng.randint(5, 20) // 100 + 4_000 if collector else 0
            amounts = (cents(principal), cents(interest), cents(costs))
            status = rng.choice(STATUSES)
            confirmed = status in (DebtStatus.CONFIRMED, DebtStatus.DISPUTED)
            debt_id = self.add(
                Debt,
                client_id=client_id,
                creditor_id=creditor.id,
                collector_id=collector.id if collector else None,
                debtor=rng.choice(COUPLE_DEBTORS) if couple else Debtor.CLIENT,
                origin_date=self.today - timedelta(days=rng.randint(30, 2000)),
                principal=amounts[0],
                interest=amounts[1],
                costs=amounts[2],
                total=sum_money(amounts),
                confirmed_on=self.today - timedelta(days=rng.randint(1, 400))
                if confirmed
                else None,
                status=status,
                preferential=creditor.preferential,
                category=creditor.category,
                essential=kind in ESSENTIAL_KINDS,
            )
            enforcement = ENFORCEMENT_BY_KIND.get(kind)
            if enforcement and rng.random() < 0.1:
                since = self.today - timedelta(days=rng.randint(1, 200))
                self.add(Enforcement, debt_id=debt_id, kind=enforcement, since=since)

    def actions(self, client_id: uuid.UUID, phase: str) -> None:
        rng = self.rng
        for title, owner in rng.sample(ACTIONS, rng.randint(0, 4)):
            due = self.today + timedelta(days=rng.randint(-30, 30))
            done = min(self.today, due - timedelta(days=rng.randint(0, 5)))
            self.add(
                Action,
                client_id=client_id,
                title=title,
                owner=owner,
                phase=phase,
                due_on=due,
                done_on=done if rng.random() < 0.4 else None,
                created_at=self.now,
            )

    def money(self, client_id: uuid.UUID, *, retired: bool) -> None:
        rng = self.rng
        kind, source, low, high = PENSION if retired else rng.choice(INCOMES)
        amount = cents(rng.randint(low, high))
        self.add(
            IncomeItem,
            client_id=client_id,
            person="client",
            kind=kind,
            source=source,
            amount_per_month=amount,
        )
        for kind, source, low, high in EXPENSES:
            amount = cents(rng.randint(low, high))
            self.add(
                ExpenseItem,
                client_id=client_id,
                person="household",
                kind=kind,
                source=source,
                amount_per_month=amount,
            )


def add_generated_clients(
    session: Session, n: int, *, today: date, seed: int = 0
) -> list[uuid.UUID]:
    """Adds n generated dossiers for load tests; the same seed gives the same people and debts.

    Every generated client has a valid (fake, 99-prefixed) BSN, a phase on the route, 0 to 12
    debts at creditors from a shared pool (created once, reused after) and a few actions.
    The caller commits.

    Returns:
        The ids of the new clients, in the order they were made.
    """
    if n < 0:
        raise ValueError(f"n must not be negative, got {n}")
    creditors = creditor_rows(session, (*POOL, *COLLECTORS))
    # The pool must be in the database before thousands of debts point at it.
    session.flush()
    generator = _Generator(random.Random(seed), today, creditors, actor=audit.actor_for(session))
    ids: list[uuid.UUID] = []
    for index in range(n):
        ids.append(generator.client())
        if (index + 1) % _BATCH == 0:
            generator.insert(session)
    generator.insert(session)
    return ids
