"""The caseworker's week over a real (encrypted) store: what is listed, where it opens, how many
queries it takes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event
from week_builders import add_action, add_debt, add_milestone, add_person

from app.db import Database
from app.resources import load_process
from app.week import client_deadlines, client_infos, week_counts, week_overview
from models.people import full_name
from models.week import ClientInfo, Place, WeekCounts

TODAY = date(2026, 11, 27)  # a Friday


def shown(db: Database, **options: object) -> list[tuple[date, str, str, bool]]:
    return [
        (item.due_on, item.client_name, item.label, item.overdue)
        for item in week_overview(db, today=TODAY, **options)  # type: ignore[arg-type]
    ]


def test_week_overview_lists_what_is_due_overdue_first(db: Database) -> None:
    anna = add_person(
        db, "Anna", "Vries", prefix="de", phases=(("contact_gemeente", date(2026, 10, 20)),)
    )
    bob = add_person(
        db,
        "Bob",
        "Jansen",
        phases=(("contact_gemeente", date(2026, 9, 1)), ("toegelaten", date(2026, 9, 20))),
    )
    add_action(db, bob, "BKR-overzicht opvragen", TODAY)
    add_action(db, bob, "Post openen", date(2026, 11, 20), done_on=date(2026, 11, 21))
    add_action(db, anna, "Toeslagen controleren", date(2026, 12, 4), owner="caseworker")
    add_debt(db, bob, "Eneco", confirmed_on=date(2026, 5, 1))
    add_debt(db, bob, "CJIB", confirmed_on=date(2026, 1, 1), status="settled")
    add_debt(db, anna, "Ziggo", confirmed_on=None, status="reported")
    assert shown(db) == [
        (date(2026, 11, 1), "Bob Jansen", "Saldo verouderd: Eneco", True),
        (date(2026, 11, 17), "Anna de Vries", "Eerste gesprek", True),
        (TODAY, "Bob Jansen", "Actie: BKR-overzicht opvragen (klant)", False),
    ]


def test_week_overview_leaves_out_closed_clients(db: Database) -> None:
    closed = add_person(
        db, "Carla", "Smit", status="closed", phases=(("contact_gemeente", date(2026, 9, 1)),)
    )
    add_action(db, closed, "Post openen", TODAY)
    add_debt(db, closed, "Eneco", confirmed_on=date(2026, 1, 1))
    still_open = add_person(db, "Bob", "Jansen")
    add_action(db, still_open, "Post openen", TODAY)
    assert [name for _, name, _, _ in shown(db)] == ["Bob Jansen"]


def test_week_overview_window_can_be_shorter(db: Database) -> None:
    client = add_person(db, "Bob", "Jansen")
    add_action(db, client, "Vandaag", TODAY)
    add_action(db, client, "Morgen", date(2026, 11, 28))
    assert [label for _, _, label, _ in shown(db, days=1)] == ["Actie: Vandaag (klant)"]


def test_week_overview_crisis_gives_the_three_working_day_term(db: Database) -> None:
    client = add_person(db, "Dirk", "Bakker", phases=(("contact_gemeente", date(2026, 11, 20)),))
    add_debt(
        db,
        client,
        "Woonstad",
        confirmed_on=None,
        creditor_kind="landlord",
        measure=("eviction", date(2026, 11, 24)),
    )
    # Tuesday 24 November plus three working days is Friday 27 November: today.
    assert shown(db) == [(TODAY, "Dirk Bakker", "Eerste gesprek (crisis)", False)]


def test_week_overview_moratorium_and_arrangement_ends(db: Database) -> None:
    waiting = add_person(
        db,
        "Eva",
        "Mulder",
        phases=(("contact_gemeente", date(2026, 3, 2)), ("toegelaten", date(2026, 3, 16))),
    )
    add_milestone(db, waiting, "schuldeisers_benaderen", date(2026, 6, 1), "Moratorium 6 maanden")
    add_person(
        db,
        "Frank",
        "Visser",
        phases=(
            ("contact_gemeente", date(2025, 3, 3)),
            ("toegelaten", date(2025, 3, 17)),
            ("schuldregeling", date(2025, 6, 1)),
        ),
    )
    add_person(
        db,
        "Gert",
        "Kok",
        phases=(("schuldregeling", date(2025, 6, 1)), ("nazorg", date(2026, 11, 2))),
    )
    assert {(name, label) for _, name, label, _ in shown(db)} == {
        ("Eva Mulder", "Einde moratorium"),
        ("Frank Visser", "Einde schuldregeling"),
    }


def test_week_overview_items_open_the_right_place(db: Database) -> None:
    anna = add_person(db, "Anna", "Vries", phases=(("contact_gemeente", date(2026, 10, 20)),))
    action_id = add_action(db, anna, "BKR-overzicht opvragen", TODAY)
    debt_id = add_debt(db, anna, "Eneco", confirmed_on=date(2026, 5, 1))
    found = {item.kind: item for item in week_overview(db, today=TODAY)}
    assert {item.client_id for item in found.values()} == {anna}
    assert found["action"].place == Place("acties", action_id)
    assert found["stale_balance"].place == Place("schulden", debt_id)
    assert found["first_conversation"].place == Place("procesplaat", None)


def test_week_counts_per_client(db: Database) -> None:
    anna = add_person(db, "Anna", "Vries", phases=(("contact_gemeente", date(2026, 10, 20)),))
    bob = add_person(db, "Bob", "Jansen")
    add_person(db, "Carla", "Smit")
    add_action(db, anna, "Post openen", TODAY)
    add_action(db, bob, "Post openen", date(2026, 12, 3))
    add_action(db, bob, "Meterstanden", date(2026, 12, 4))
    assert week_counts(db, today=TODAY) == {anna: WeekCounts(1, 1), bob: WeekCounts(0, 1)}


def test_client_deadlines_without_a_horizon_include_later_ones(db: Database) -> None:
    client = add_person(db, "Frank", "Visser", phases=(("schuldregeling", date(2026, 11, 2)),))
    template = load_process()
    with db.session() as session:
        later = client_deadlines(session, template, due_by=None)
        this_week = client_deadlines(session, template, due_by=date(2026, 12, 3))
    assert [(d.kind, d.due_on) for d in later[client.hex]] == [
        ("arrangement_end", date(2028, 5, 2))
    ]
    assert this_week == {}


@pytest.fixture
def statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    yield seen
    event.remove(db.engine, "before_cursor_execute", count)


def test_week_overview_queries_do_not_grow_with_the_clients(
    db: Database, statements: list[str]
) -> None:
    def add(n: int) -> None:
        client = add_person(
            db, f"Klant{n}", "Test", phases=(("contact_gemeente", date(2026, 10, 1)),)
        )
        add_action(db, client, "Post openen", TODAY)
        add_debt(
            db,
            client,
            f"Schuldeiser {n}",
            confirmed_on=date(2026, 1, 1),
            measure=("eviction", date(2026, 11, 1)),
        )

    add(0)
    statements.clear()
    week_overview(db, today=TODAY)
    few = len(statements)
    for n in range(1, 6):
        add(n)
    statements.clear()
    assert len(week_overview(db, today=TODAY)) == 6 * 5
    assert len(statements) == few <= 8


_name_parts = st.one_of(
    st.none(),
    st.text(
        alphabet=st.sampled_from(["a", "é", " ", "\t", "\xa0", "\u3000", "\n", "-"]), max_size=6
    ),
)


@settings(max_examples=300)
@given(first=_name_parts, prefix=_name_parts, last=_name_parts)
def test_client_infos_name_clients_as_full_name_does(
    first: str | None, prefix: str | None, last: str | None
) -> None:
    infos = client_infos([("k", first, prefix, last)])
    assert infos == {"k": ClientInfo(full_name(first, prefix, last), True)}
