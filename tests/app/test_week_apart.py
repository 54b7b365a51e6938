"""The week read on two connections at once (SQLite) gives what one connection gives.

On SQLite with a second core ``week_overview`` reads the route's events, the crisis measures
and the actions on a second connection, as one JSON text per query, while the calling thread
reads the names and balances. The sequential path (PostgreSQL's, or one core's) reads them
row by row on one connection. On
varied data — texts JSON must escape, a moratorium that is not one, crises before and after
the first conversation, settled debts with measures, closed clients — both must give the very
same items.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from week_builders import add_action, add_debt, add_milestone, add_person

import app.week
from app.db import Database
from app.resources import load_process
from app.week import week_overview
from app.week_queries import events_query

TODAY = date(2026, 11, 27)
ROUTE = [phase.key for phase in load_process().route]
TEXTS = [
    "Moratorium 6 maanden",
    '  moratorium "tot" 1 juni\\n',
    "Géén moratorium meer",  # contains the word, does not start with it
    "Moratorium\tné\u3000 ✓",
    "Schuldregeling gestart",
]


def _fill(db: Database, seed: int, clients: int) -> None:
    chance = random.Random(seed)
    for n in range(clients):
        start = TODAY - timedelta(days=chance.randint(0, 700))
        route = ROUTE[: chance.randint(0, len(ROUTE))]
        if route and chance.random() < 0.3:
            route.pop(chance.randrange(len(route)))  # a phase skipped
        phases = tuple(
            (phase, start + timedelta(days=step * chance.randint(0, 60)))
            for step, phase in enumerate(route)
        )
        client = add_person(
            db,
            chance.choice(["Anna", 'Bo "B"', "Çem\\", "Dirk"]),
            f"Klant {n}",
            phases=phases,
            status="closed" if chance.random() < 0.1 else "active",
        )
        if chance.random() < 0.3:
            add_milestone(
                db,
                client,
                chance.choice(ROUTE),
                TODAY - timedelta(days=chance.randint(0, 400)),
                chance.choice(TEXTS),
            )
        for _ in range(chance.randint(0, 2)):
            add_action(db, client, 'Bel "Eneco" é', TODAY + timedelta(days=chance.randint(-30, 9)))
        for _ in range(chance.randint(0, 3)):
            measure = None
            if chance.random() < 0.4:
                kind = chance.choice(["eviction", "cut_off", "garnishment"])
                measure = (kind, TODAY - timedelta(days=chance.randint(0, 300)))
            add_debt(
                db,
                client,
                chance.choice(["Woonstad", "Eneco", "Vitens"]),
                confirmed_on=TODAY - timedelta(days=chance.randint(0, 400)),
                status=chance.choice(["confirmed", "reported", "settled"]),
                creditor_kind=chance.choice(["landlord", "energy", "water", "other"]),
                measure=measure,
            )


@pytest.mark.parametrize("seed", [1, 2])
def test_week_read_on_two_connections_equals_one(
    db: Database, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(db, seed, 40)
    monkeypatch.setattr(app.week, "_cores", lambda: 2)  # as on any laptop, also on one core
    assert app.week._reads_apart(db)
    apart = week_overview(db, today=TODAY)
    monkeypatch.setattr(app.week, "_reads_apart", lambda _db: False)
    together = week_overview(db, today=TODAY)
    assert apart == together
    kinds = {item.kind for item in apart}
    # The data reaches every kind of line, so the comparison covers the route's reading.
    assert {"first_conversation", "action", "stale_balance"} <= kinds


def test_week_read_apart_gives_a_crisis_and_a_moratorium(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app.week, "_cores", lambda: 2)
    crisis = add_person(db, "Dirk", "Bakker", phases=(("contact_gemeente", date(2026, 11, 20)),))
    add_debt(
        db,
        crisis,
        "Woonstad",
        confirmed_on=None,
        creditor_kind="landlord",
        measure=("eviction", date(2026, 11, 24)),
    )
    waiting = add_person(
        db,
        "Eva",
        "Mulder",
        phases=(("contact_gemeente", date(2026, 3, 2)), ("toegelaten", date(2026, 3, 16))),
    )
    add_milestone(db, waiting, "schuldeisers_benaderen", date(2026, 5, 28), TEXTS[1])
    found = {(item.client_name, item.kind) for item in week_overview(db, today=TODAY)}
    assert found == {
        ("Dirk Bakker", "first_conversation_crisis"),
        ("Eva Mulder", "moratorium_end"),
    }


def test_a_failure_in_the_reading_thread_reaches_the_caller(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The caller waits for the reader's answers: a failure there must be raised here, not
    leave the caller waiting."""
    add_person(db, "Dirk", "Bakker", phases=(("contact_gemeente", date(2026, 11, 2)),))

    def broken(*_args: object) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(app.week, "_cores", lambda: 2)
    monkeypatch.setattr(app.week, "events_query", broken)
    with pytest.raises(RuntimeError, match="kapot"):
        week_overview(db, today=TODAY)
    monkeypatch.setattr(app.week, "events_query", events_query)
    assert [item.kind for item in week_overview(db, today=TODAY)] == ["first_conversation"]


def test_one_core_reads_on_one_connection(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two threads on one core only take turns: there the week is read as on PostgreSQL."""
    monkeypatch.setattr(app.week, "_cores", lambda: 1)
    assert not app.week._reads_apart(db)
