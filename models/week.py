"""The caseworker's week: what falls due across all clients, overdue first, and where it is."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

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


class _Day(NamedTuple):
    """One due date's items in ``week_items``, and what the date means seen from today."""

    items: list[WeekItem]
    late: bool
    left: int


#: A balance date's state in ``week_items``: stale, goes stale in the window, or later.
_STALE, _COMING, _LATER = 0, 1, 2


#: A ``WeekItem`` from a tuple of its fields in order, made in C: ``tuple.__new__`` without
#: the named tuple's Python-level ``__new__`` (a third of the cost of an item).
_item: Callable[[tuple[Any, ...]], WeekItem] = functools.partial(tuple.__new__, WeekItem)


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
    # Over 10,000 clients this runs for some 25,000 rows and makes 16,000 items, so the
    # loops below do per row only what differs per row: a due date's list, lateness and day
    # count are worked out once per date, a label once per text, and an item is made by
    # tuple.__new__ (about 15 % less CPU than one WeekItem(...) call per item, measured
    # interleaved on the bench's 10,000 clients). tests/models/test_week_reference.py holds
    # it to a plain version of the same rules.
    # Items go to one list per due date: sorting a few hundred short lists by name is half
    # the work of sorting one long one.
    by_day: dict[date, _Day] = {}

    def day_of(due: date) -> _Day:
        found = by_day[due] = _Day([], due < today, (due - today).days)
        return found

    for client_key, deadlines in inputs.deadlines.items():
        name = names.get(client_key)
        if name is None:
            continue
        for deadline in deadlines:
            due = deadline.due_on
            if deadline.is_met or deadline.anchor_on > today or due > until:
                continue
            day = by_day.get(due) or day_of(due)
            text = deadline_label(deadline)
            day.items.append(
                _item(
                    (
                        due,
                        name,
                        text,
                        deadline.kind,
                        day.late,
                        day.left,
                        client_key,
                        PROCESPLAAT,
                        None,
                    )
                )
            )

    labels: dict[tuple[str, str], str] = {}
    for client_key, key, title, owner, action_due, done in inputs.actions:
        if done is not None or action_due is None or action_due > until:
            continue
        name = names.get(client_key)
        if name is None:
            continue
        said = labels.get((title, owner))
        if said is None:
            said = labels[title, owner] = action_label(title, owner)
        day = by_day.get(action_due) or day_of(action_due)
        day.items.append(
            _item((action_due, name, said, ACTION, day.late, day.left, client_key, ACTIES, key))
        )

    settled = DebtStatus.SETTLED.value
    # Per balance date: the last fresh day, and whether that is before today (stale), in the
    # window (goes stale this week) or after it (not listed).
    fresh_until: dict[date, tuple[date, int]] = {}
    # Stale balances are many (a dossier in waiting has several): one line per client, for
    # the oldest (by last fresh day, then debt id), with how many more; balances that go
    # stale this week are listed each.
    stale: dict[str, list[Any]] = {}  # [last fresh day, debt key, creditor, how many]
    for client_key, key, creditor, confirmed, status in inputs.balances:
        if confirmed is None or status == settled:
            continue
        fresh_state = fresh_until.get(confirmed)
        if fresh_state is None:
            fresh = balance_due_on(confirmed)
            state = _LATER if fresh > until else _STALE if fresh < today else _COMING
            fresh_state = fresh_until[confirmed] = (fresh, state)
        fresh, state = fresh_state
        if state == _LATER or client_key not in names:
            continue
        if state == _STALE:
            held = stale.get(client_key)
            if held is None:
                stale[client_key] = [fresh, key, creditor, 1]
                continue
            held[3] += 1
            oldest = held[0]
            if fresh < oldest or (fresh == oldest and key < held[1]):
                held[0], held[1], held[2] = fresh, key, creditor
            continue
        day = by_day.get(fresh) or day_of(fresh)
        day.items.append(
            _item(
                (
                    fresh,
                    names[client_key],
                    balance_label(creditor, overdue=False),
                    STALE_BALANCE,
                    False,
                    day.left,
                    client_key,
                    SCHULDEN,
                    key,
                )
            )
        )
    stale_labels: dict[tuple[str, int], str] = {}
    for client_key, (fresh, key, creditor, count) in stale.items():
        said = stale_labels.get((creditor, count))
        if said is None:
            said = stale_labels[creditor, count] = balance_label(
                creditor, overdue=True, others=count - 1
            )
        day = by_day.get(fresh) or day_of(fresh)
        day.items.append(
            _item(
                (
                    fresh,
                    names[client_key],
                    said,
                    STALE_BALANCE,
                    True,
                    day.left,
                    client_key,
                    SCHULDEN,
                    key,
                )
            )
        )

    items: list[WeekItem] = []
    for due in sorted(by_day):
        bucket = by_day[due].items
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
