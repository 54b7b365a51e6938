"""Tests for the caseworker's week in models.week, on a fixed clock."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.resources import load_process
from models.deadlines import Deadline, compute_deadlines
from models.debts import balance_is_stale
from models.process import DeadlineAnchor, DeadlineRule, DeadlineUnit, ProcessTemplate
from models.week import (
    ACTIES,
    ACTION,
    PROCESPLAAT,
    SCHULDEN,
    STALE_BALANCE,
    ActionDue,
    BalanceDue,
    ClientInfo,
    Place,
    WeekCounts,
    WeekInputs,
    WeekItem,
    balance_due_on,
    count_by_client,
    last_day,
    latest_confirmation,
    latest_start,
    week_items,
)

TODAY = date(2026, 11, 27)  # a Friday
ANNA, BOB, CARLA = (uuid.UUID(int=n).hex for n in (1, 2, 3))
CLIENTS = {
    ANNA: ClientInfo("Anna de Vries"),
    BOB: ClientInfo("Bob Jansen"),
    CARLA: ClientInfo("Carla Smit"),
}


@pytest.fixture(scope="module")
def template() -> ProcessTemplate:
    return load_process("schuldhulp")


def record(n: int) -> str:
    return uuid.UUID(int=1000 + n).hex


def action(client: str, n: int, due: date | None, *, done: date | None = None) -> ActionDue:
    return ActionDue(client, record(n), f"Actie {n}", "client", due, done)


def balance(client: str, n: int, confirmed: date | None, status: str = "confirmed") -> BalanceDue:
    return BalanceDue(client, record(n), f"Schuldeiser {n}", confirmed, status)


def deadline(
    kind: str, due: date, *, met: date | None = None, start: date | None = None
) -> Deadline:
    return Deadline(kind, kind, due_on=due, anchor_on=start or due - timedelta(weeks=4), met_on=met)


def items(**inputs: object) -> list[WeekItem]:
    return week_items(WeekInputs(clients=CLIENTS, **inputs), today=TODAY)  # type: ignore[arg-type]


def seen(found: list[WeekItem]) -> list[tuple[date, str, str]]:
    return [(item.due_on, item.client_name, item.label) for item in found]


def test_week_items_overdue_first_oldest_first_then_by_date_client_and_label() -> None:
    found = items(
        actions=[
            action(BOB, 1, TODAY + timedelta(days=2)),
            action(ANNA, 2, TODAY),
            action(CARLA, 3, TODAY - timedelta(days=1)),
            action(ANNA, 4, TODAY + timedelta(days=2)),
        ],
        balances=[balance(BOB, 5, date(2026, 5, 20))],
        deadlines={CARLA: [deadline("decision", TODAY + timedelta(days=2))]},
    )
    assert seen(found) == [
        (date(2026, 11, 20), "Bob Jansen", "Saldo verouderd: Schuldeiser 5"),
        (date(2026, 11, 26), "Carla Smit", "Actie: Actie 3 (klant)"),
        (TODAY, "Anna de Vries", "Actie: Actie 2 (klant)"),
        (date(2026, 11, 29), "Anna de Vries", "Actie: Actie 4 (klant)"),
        (date(2026, 11, 29), "Bob Jansen", "Actie: Actie 1 (klant)"),
        (date(2026, 11, 29), "Carla Smit", "Beschikking"),
    ]
    assert [item.overdue for item in found] == [True, True, False, False, False, False]
    assert [item.days for item in found] == [-7, -1, 0, 2, 2, 2]


def test_week_items_same_order_whatever_order_the_rows_come_in() -> None:
    clients = [ANNA, BOB, CARLA] * 5
    rows = [
        action(client, n, TODAY + timedelta(days=n % 4 - 2)) for n, client in enumerate(clients)
    ]
    expected = items(actions=rows)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    assert items(actions=shuffled) == expected
    assert expected == sorted(expected)


def test_week_items_same_name_and_label_ordered_by_client_then_record() -> None:
    twin = uuid.UUID(int=4).hex
    clients = {**CLIENTS, twin: ClientInfo("Anna de Vries")}
    rows = [
        ActionDue(client, record(n), "Post openen", "client", TODAY)
        for client, n in ((twin, 2), (ANNA, 1), (ANNA, 0))
    ]
    found = week_items(WeekInputs(clients, actions=rows), today=TODAY)
    assert [(item.client_key, item.record_key) for item in found] == [
        (ANNA, record(0)),
        (ANNA, record(1)),
        (twin, record(2)),
    ]


@pytest.mark.parametrize(
    ("offset", "listed"),
    [(-400, True), (-1, True), (0, True), (6, True), (7, False), (30, False)],
)
def test_week_items_window_is_today_up_to_day_seven(offset: int, listed: bool) -> None:
    found = items(actions=[action(ANNA, 1, TODAY + timedelta(days=offset))])
    assert bool(found) is listed


def test_week_items_due_today_is_not_overdue() -> None:
    (item,) = items(actions=[action(ANNA, 1, TODAY)])
    assert (item.overdue, item.days) == (False, 0)


def test_week_items_shorter_window() -> None:
    rows = [action(ANNA, n, TODAY + timedelta(days=n)) for n in range(3)]
    found = week_items(WeekInputs(CLIENTS, actions=rows), today=TODAY, days=2)
    assert [item.days for item in found] == [0, 1]


def test_last_day_refuses_an_empty_window() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        last_day(TODAY, 0)


def test_week_items_deadline_met_yesterday_is_not_listed() -> None:
    yesterday = TODAY - timedelta(days=1)
    found = items(
        deadlines={
            ANNA: [deadline("first_conversation", TODAY - timedelta(days=3), met=yesterday)],
            BOB: [deadline("first_conversation", TODAY - timedelta(days=3))],
        }
    )
    assert [(item.client_name, item.label, item.overdue) for item in found] == [
        ("Bob Jansen", "Eerste gesprek", True)
    ]


def test_week_items_deadline_not_yet_started_is_not_listed() -> None:
    ahead = deadline("decision", TODAY + timedelta(days=3), start=TODAY + timedelta(days=1))
    assert items(deadlines={ANNA: [ahead]}) == []


def test_week_items_unknown_deadline_kind_shows_the_rules_label() -> None:
    own = Deadline("own_rule", "Termijn van de gemeente", TODAY, TODAY - timedelta(days=5))
    (item,) = items(deadlines={ANNA: [own]})
    assert (item.kind, item.label) == ("own_rule", "Termijn van de gemeente")


def test_week_items_settled_debts_stale_balance_is_not_listed() -> None:
    old = date(2026, 1, 5)
    found = items(balances=[balance(ANNA, 1, old, "settled"), balance(BOB, 2, old, "disputed")])
    assert [item.client_name for item in found] == ["Bob Jansen"]


def test_week_items_debt_without_balance_date_is_not_listed() -> None:
    assert items(balances=[balance(ANNA, 1, None)]) == []


@pytest.mark.parametrize(
    ("confirmed", "label", "due"),
    [
        (date(2026, 5, 26), "Saldo verouderd: Schuldeiser 1", date(2026, 11, 26)),
        (date(2026, 5, 27), "Saldo verloopt: Schuldeiser 1", date(2026, 11, 27)),
        (date(2026, 6, 3), "Saldo verloopt: Schuldeiser 1", date(2026, 12, 3)),
    ],
)
def test_week_items_balance_falls_due_on_its_last_fresh_day(
    confirmed: date, label: str, due: date
) -> None:
    (item,) = items(balances=[balance(ANNA, 1, confirmed)])
    assert (item.label, item.due_on, item.kind) == (label, due, STALE_BALANCE)
    assert item.overdue is balance_is_stale(confirmed, TODAY)


def test_week_items_balance_going_stale_after_the_window_is_not_listed() -> None:
    assert items(balances=[balance(ANNA, 1, date(2026, 6, 4))]) == []


def test_week_items_done_action_and_action_without_date_are_not_listed() -> None:
    found = items(
        actions=[
            action(ANNA, 1, TODAY - timedelta(days=2), done=TODAY - timedelta(days=1)),
            action(BOB, 2, None),
            action(CARLA, 3, TODAY - timedelta(days=2)),
        ]
    )
    assert [item.client_name for item in found] == ["Carla Smit"]


def test_week_items_closed_and_unknown_clients_are_not_listed() -> None:
    clients = {ANNA: ClientInfo("Anna de Vries", active=False), BOB: ClientInfo("Bob Jansen")}
    stranger = uuid.UUID(int=99).hex
    rows = [action(ANNA, 1, TODAY), action(BOB, 2, TODAY), action(stranger, 3, TODAY)]
    found = week_items(WeekInputs(clients, actions=rows), today=TODAY)
    assert [item.client_name for item in found] == ["Bob Jansen"]


def test_week_items_action_label_names_the_owner() -> None:
    row = ActionDue(ANNA, record(1), "BKR-overzicht opvragen", "caseworker", TODAY)
    (item,) = items(actions=[row])
    assert item.label == "Actie: BKR-overzicht opvragen (hulpverlener)"
    assert item.kind == ACTION


def test_week_item_place_and_client_id_point_at_the_record() -> None:
    found = items(
        actions=[action(ANNA, 1, TODAY)],
        balances=[balance(BOB, 2, date(2026, 1, 5))],
        deadlines={CARLA: [deadline("first_conversation", TODAY)]},
    )
    places = {item.client_id: item.place for item in found}
    assert places == {
        uuid.UUID(ANNA): Place(ACTIES, uuid.UUID(record(1))),
        uuid.UUID(BOB): Place(SCHULDEN, uuid.UUID(record(2))),
        uuid.UUID(CARLA): Place(PROCESPLAAT, None),
    }


def test_week_items_across_the_year_end() -> None:
    today = date(2026, 12, 29)
    rows = [
        action(ANNA, 1, date(2027, 1, 4)),
        action(BOB, 2, date(2027, 1, 5)),
        action(CARLA, 3, date(2026, 12, 31)),
    ]
    found = week_items(
        WeekInputs(CLIENTS, actions=rows, balances=[balance(ANNA, 4, date(2026, 7, 3))]),
        today=today,
    )
    assert [(item.due_on, item.days) for item in found] == [
        (date(2026, 12, 31), 2),
        (date(2027, 1, 3), 5),
        (date(2027, 1, 4), 6),
    ]


def test_week_items_christmas_pushes_the_first_conversation_out_of_the_week(
    template: ProcessTemplate,
) -> None:
    # Four weeks after Friday 27 November is Christmas; the term runs on to Monday 28 December.
    route = {ANNA: compute_deadlines(template, {"contact_gemeente": TODAY})}
    on_21st = week_items(WeekInputs(CLIENTS, deadlines=route), today=date(2026, 12, 21))
    on_22nd = week_items(WeekInputs(CLIENTS, deadlines=route), today=date(2026, 12, 22))
    assert on_21st == []
    assert [(item.label, item.due_on) for item in on_22nd] == [
        ("Eerste gesprek", date(2026, 12, 28))
    ]


def test_week_items_crisis_term_counts_working_days_over_christmas(
    template: ProcessTemplate,
) -> None:
    # Three working days from Wednesday 23 December: 24, 28 and 29 December.
    route = compute_deadlines(
        template, {"contact_gemeente": date(2026, 12, 10)}, crisis_on=date(2026, 12, 23)
    )
    found = week_items(WeekInputs(CLIENTS, deadlines={BOB: route}), today=date(2026, 12, 23))
    assert [(item.label, item.due_on) for item in found] == [
        ("Eerste gesprek (crisis)", date(2026, 12, 29))
    ]


def test_week_items_met_route_deadlines_give_nothing(template: ProcessTemplate) -> None:
    route = compute_deadlines(
        template,
        {"contact_gemeente": date(2026, 9, 1), "toegelaten": TODAY - timedelta(days=1)},
    )
    assert week_items(WeekInputs(CLIENTS, deadlines={ANNA: route}), today=TODAY) == []


def test_count_by_client_counts_overdue_and_coming() -> None:
    found = items(
        actions=[
            action(ANNA, 1, TODAY - timedelta(days=3)),
            action(ANNA, 2, TODAY),
            action(ANNA, 3, TODAY + timedelta(days=6)),
            action(BOB, 4, TODAY + timedelta(days=1)),
        ]
    )
    assert count_by_client(found) == {ANNA: WeekCounts(1, 2), BOB: WeekCounts(0, 1)}


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_latest_confirmation_is_the_last_balance_date_due_in_time(until: date) -> None:
    latest = latest_confirmation(until)
    assert balance_due_on(latest) <= until
    assert balance_due_on(latest + timedelta(days=1)) > until


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(list(DeadlineUnit)),
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=1, max_value=60),
    st.booleans(),
)
def test_latest_start_never_leaves_out_a_deadline_due_in_time(
    until: date, unit: DeadlineUnit, amount: int, later: int, extend: bool
) -> None:
    rule = DeadlineRule(
        kind="k",
        label="k",
        anchor=DeadlineAnchor.PHASE,
        amount=amount,
        unit=unit,
        anchor_phase="p",
        extend_to_working_day=extend,
    )
    start = latest_start(rule, until) + timedelta(days=later)
    assert rule.due_from(start) > until


def test_week_items_a_clients_stale_balances_are_one_line_for_the_oldest() -> None:
    found = items(
        balances=[
            balance(ANNA, 1, date(2026, 3, 1)),
            balance(ANNA, 2, date(2026, 1, 15)),
            balance(ANNA, 3, date(2026, 4, 2)),
            balance(ANNA, 4, date(2026, 6, 1)),  # goes stale on 1 December: its own line
        ]
    )
    stale = [i for i in found if i.overdue]
    (oldest,) = stale
    assert oldest.label == "Saldo verouderd: Schuldeiser 2 en 2 andere"
    assert oldest.place.record_id == uuid.UUID(record(2))
    assert [i.label for i in found if not i.overdue] == ["Saldo verloopt: Schuldeiser 4"]
