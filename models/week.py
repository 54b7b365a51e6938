"""The caseworker's week: what falls due across all clients, overdue first, and where it is."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from models.calendar import add_months
from models.codes import OWNER_LABELS, DebtStatus
from models.deadlines import Deadline
from models.debts import STALE_AFTER_MONTHS
from models.process import DeadlineRule, DeadlineUnit

#: The dossier's tabs an item can open (the tab widgets' object names).
PROCESPLAAT = "procesplaat"
SCHULDEN = "schulden"
ACTIES = "acties"

#: Item kinds besides the deadline kinds of the process template (first_conversation, ...).
ACTION = "action"
STALE_BALANCE = "stale_balance"

#: Short words for the template's deadline kinds; a kind not listed shows the rule's label.
DEADLINE_LABELS: dict[str, str] = {
    "first_conversation": "Eerste gesprek",
    "first_conversation_crisis": "Eerste gesprek (crisis)",
    "decision": "Beschikking",
    "moratorium_end": "Einde moratorium",
    "arrangement_end": "Einde schuldregeling",
}

#: The fewest calendar days one unit of a deadline rule can take.
_MIN_DAYS = {DeadlineUnit.WORKING_DAYS: 1, DeadlineUnit.WEEKS: 7, DeadlineUnit.MONTHS: 28}


@dataclass(frozen=True, slots=True)
class Place:
    """Where the dossier opens: a tab, and the record in it (a debt, an action) if any."""

    tab: str
    record_id: uuid.UUID | None = None


class WeekItem(NamedTuple):
    """One line of the week: something due for one client.

    The fields are in the overview's order, so ``sorted(items)`` is the order shown: by due
    date (what is overdue is before today, so it comes first, oldest first), then client, then
    label. Every listed item is still open, so ``overdue`` is the same as ``due_on < today``.

    Ids stay text until asked for (``client_id``, ``place``): the overview of 10,000 clients
    lists some 25,000 lines, and as many UUID objects would cost more than the rest together.

    Attributes:
        due_on: The day it falls due.
        client_name: The client's name as a person says it ('Tanya de Vries').
        label: A short Dutch text ('Eerste gesprek', 'Saldo verouderd: Eneco').
        kind: A deadline kind of the template, ``ACTION`` or ``STALE_BALANCE``.
        overdue: Whether it was due before today.
        days: Calendar days from today to the due date; negative when overdue.
        client_key: The client's id as text.
        tab: The dossier tab to open (``PROCESPLAAT``, ``SCHULDEN``, ``ACTIES``).
        record_key: The debt's or action's id as text; None for the route.
    """

    due_on: date
    client_name: str
    label: str
    kind: str
    overdue: bool
    days: int
    client_key: str
    tab: str
    record_key: str | None = None

    @property
    def client_id(self) -> uuid.UUID:
        """The client's id."""
        return uuid.UUID(self.client_key)

    @property
    def place(self) -> Place:
        """Where the dossier should open for this item."""
        record = uuid.UUID(self.record_key) if self.record_key is not None else None
        return Place(self.tab, record)


class WeekCounts(NamedTuple):
    """One client's figures for the client list: overdue, and due in the coming week."""

    overdue: int = 0
    this_week: int = 0


class ClientInfo(NamedTuple):
    """What the week shows of a client; a closed client is never listed.

    Attributes:
        name: The name as a person says it ('Tanya de Vries').
        active: False for a closed dossier.
    """

    name: str
    active: bool = True


class ActionDue(NamedTuple):
    """An action as the week needs it; any tuple in this order will do."""

    client_key: str
    key: str
    title: str
    owner: str
    due_on: date | None
    done_on: date | None = None


class BalanceDue(NamedTuple):
    """A debt's confirmed balance as the week needs it; any tuple in this order will do."""

    client_key: str
    key: str
    creditor: str
    confirmed_on: date | None
    status: str


@dataclass(frozen=True)
class WeekInputs:
    """Everything the week looks at, as plain values keyed by the client's id as text.

    Attributes:
        clients: Every client that may be listed, with name and status.
        deadlines: Per client, the deadlines of the route (``compute_deadlines``).
        actions: Actions of any client, open or done.
        balances: Debts of any client with their balance date and status.
    """

    clients: Mapping[str, ClientInfo]
    deadlines: Mapping[str, Sequence[Deadline]] = field(default_factory=dict)
    actions: Iterable[tuple[str, str, str, str, date | None, date | None]] = ()
    balances: Iterable[tuple[str, str, str, date | None, str]] = ()


def last_day(today: date, days: int = 7) -> date:
    """The last day of a window of ``days`` days that starts today (today + 6 for a week)."""
    if days < 1:
        raise ValueError(f"a window has at least one day, not {days}")
    return today + timedelta(days=days - 1)


def balance_due_on(confirmed_on: date) -> date:
    """The last day a confirmed balance is fresh; from the day after it is stale.

    So a balance's item is overdue exactly when ``models.debts.balance_is_stale`` says so.
    """
    return add_months(confirmed_on, STALE_AFTER_MONTHS)


def latest_confirmation(until: date) -> date:
    """The latest balance date whose balance goes stale on or before ``until`` (for a filter)."""
    day = add_months(until, -STALE_AFTER_MONTHS)
    # Month ends are clamped (31 August + 6 months is 28 February), so a few later days may
    # still reach the same last day.
    while balance_due_on(day + timedelta(days=1)) <= until:
        day += timedelta(days=1)
    return day


def latest_start(rule: DeadlineRule, until: date) -> date:
    """A day on or after the latest start of a deadline of this rule due on or before ``until``.

    A deadline that starts later falls due after ``until``; one that starts on or before this
    day may or may not. Meant for a database filter that must not miss any.
    """
    return until - timedelta(days=rule.amount * _MIN_DAYS[rule.unit])


def deadline_label(deadline: Deadline) -> str:
    """The short Dutch words for a deadline in the week."""
    return DEADLINE_LABELS.get(deadline.kind, deadline.label)


def action_label(title: str, owner: str) -> str:
    """'Actie: BKR-overzicht opvragen (klant)': the action and who does it."""
    return f"Actie: {title} ({OWNER_LABELS.get(owner, owner).lower()})"


def balance_label(creditor: str, *, overdue: bool, others: int = 0) -> str:
    """'Saldo verouderd: Eneco' once stale, 'Saldo verloopt: Eneco' before; a client's other
    stale balances are counted on the line of the oldest ('… en 3 andere')."""
    words = f"{'Saldo verouderd' if overdue else 'Saldo verloopt'}: {creditor}"
    if others == 1:
        return f"{words} en 1 andere"
    return f"{words} en {others} andere" if others else words


def week_items(inputs: WeekInputs, *, today: date, days: int = 7) -> list[WeekItem]:
    """Everything open that falls due up to the window's end, overdue first.

    Listed are deadlines not met (started on or before today), actions not done with a due
    date, and balances of debts not settled that are stale or go stale in the window. Closed
    and unknown clients are left out.

    Args:
        inputs: The clients and their deadlines, actions and balances.
        today: The day to look from.
        days: The window's length in days, today included (7: up to today + 6).

    Returns:
        The items in the overview's order: by due date, client, label (see ``WeekItem``).
    """
    until = last_day(today, days)
    names = {key: info.name for key, info in inputs.clients.items() if info.active}
    # Items go to one list per due date: sorting a few hundred short lists by name is half
    # the work of sorting one long one, and a date's meaning is worked out once.
    by_day: dict[date, list[WeekItem]] = {}
    timing: dict[date, tuple[bool, int]] = {}

    def day_list(due: date) -> list[WeekItem]:
        found = by_day.get(due)
        if found is None:
            timing[due] = (due < today, (due - today).days)
            found = by_day[due] = []
        return found

    for client_key, deadlines in inputs.deadlines.items():
        name = names.get(client_key)
        if name is None:
            continue
        for deadline in deadlines:
            due = deadline.due_on
            if deadline.is_met or deadline.anchor_on > today or due > until:
                continue
            bucket = day_list(due)
            late, left = timing[due]
            text = deadline_label(deadline)
            bucket.append(
                WeekItem(due, name, text, deadline.kind, late, left, client_key, PROCESPLAAT)
            )

    labels: dict[tuple[str, str], str] = {}
    for client_key, key, title, owner, action_due, done in inputs.actions:
        name = names.get(client_key)
        if name is None or done is not None or action_due is None or action_due > until:
            continue
        said = labels.get((title, owner))
        if said is None:
            said = labels[title, owner] = action_label(title, owner)
        bucket = day_list(action_due)
        late, left = timing[action_due]
        bucket.append(WeekItem(action_due, name, said, ACTION, late, left, client_key, ACTIES, key))

    settled = DebtStatus.SETTLED.value
    fresh_until: dict[date, date] = {}
    # Stale balances are many (a dossier in waiting has several): one line per client, for
    # the oldest, with how many more; balances that go stale this week are listed each.
    stale: dict[str, tuple[date, str, str, int]] = {}
    for client_key, key, creditor, confirmed, status in inputs.balances:
        if confirmed is None or status == settled or client_key not in names:
            continue
        fresh = fresh_until.get(confirmed)
        if fresh is None:
            fresh = fresh_until[confirmed] = balance_due_on(confirmed)
        if fresh > until:
            continue
        if fresh < today:
            held = stale.get(client_key)
            if held is None:
                stale[client_key] = (fresh, key, creditor, 1)
            elif (fresh, key) < held[:2]:
                stale[client_key] = (fresh, key, creditor, held[3] + 1)
            else:
                stale[client_key] = (*held[:3], held[3] + 1)
            continue
        day_list(fresh).append(
            WeekItem(
                fresh,
                names[client_key],
                balance_label(creditor, overdue=False),
                STALE_BALANCE,
                False,
                (fresh - today).days,
                client_key,
                SCHULDEN,
                key,
            )
        )
    for client_key, (fresh, key, creditor, count) in stale.items():
        bucket = day_list(fresh)
        late, left = timing[fresh]
        bucket.append(
            WeekItem(
                fresh,
                names[client_key],
                balance_label(creditor, overdue=True, others=count - 1),
                STALE_BALANCE,
                late,
                left,
                client_key,
                SCHULDEN,
                key,
            )
        )

    items: list[WeekItem] = []
    for due in sorted(by_day):
        bucket = by_day[due]
        bucket.sort()
        items += bucket
    return items


def count_by_client(items: Iterable[WeekItem]) -> dict[str, WeekCounts]:
    """Per client (id as text), how many items are overdue and how many fall due later."""
    overdue: dict[str, int] = {}
    coming: dict[str, int] = {}
    for item in items:
        tally = overdue if item.overdue else coming
        tally[item.client_key] = tally.get(item.client_key, 0) + 1
    return {
        key: WeekCounts(overdue.get(key, 0), coming.get(key, 0))
        for key in sorted(overdue.keys() | coming.keys())
    }
