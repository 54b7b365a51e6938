"""The backup rotation rule: 7 daily, 4 weekly, occasions for 30 days, never a stranger's file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.backup_rotation import (
    BEFORE_IMPORT,
    BEFORE_MIGRATION,
    DAILY,
    backup_name,
    backups_to_keep,
    backups_to_remove,
    parse_backup_name,
)

TODAY = date(2026, 11, 26)  # a Thursday


def daily(day: date, hour: int = 9) -> str:
    return backup_name(DAILY, datetime.combine(day, time(hour)))


def test_backup_name_round_trips_through_parse() -> None:
    moment = datetime(2026, 11, 26, 8, 5, 3)
    parsed = parse_backup_name(backup_name(BEFORE_IMPORT, moment, seq=2))
    assert parsed is not None
    assert (parsed.reason, parsed.made_at, parsed.seq) == (BEFORE_IMPORT, moment, 2)


def test_parse_reads_the_migration_copies_of_app_db() -> None:
    parsed = parse_backup_name("voor-migratie-0002-20261127-080000.db")
    assert parsed is not None
    assert parsed.reason == "voor-migratie"
    assert parsed.made_at == datetime(2026, 11, 27, 8, 0, 0)


def test_backup_name_before_a_migration_carries_the_old_revision() -> None:
    moment = datetime(2026, 11, 27, 8, 0, 0)
    name = backup_name(BEFORE_MIGRATION, moment, revision="0002")
    assert name == "voor-migratie-0002-20261127-080000.db"
    parsed = parse_backup_name(name)
    assert parsed is not None
    assert (parsed.reason, parsed.made_at) == (BEFORE_MIGRATION, moment)


@pytest.mark.parametrize("revision", ["9999_next", "2", "../x", ""])
def test_backup_name_leaves_out_a_revision_of_another_form(revision: str) -> None:
    name = backup_name(BEFORE_MIGRATION, datetime(2026, 11, 27, 8), revision=revision)
    assert name == "voor-migratie-20261127-080000.db"


@pytest.mark.parametrize(
    "name",
    [
        "procesplaat.db",
        "dagelijks-20261126-090000.db-wal",
        ".dagelijks-20261126-090000.db.abc.tmp",
        "dagelijks-20261326-090000.db",  # month 13
        "Dagelijks-20261126-090000.db",
        "dagelijks-20261126-090000.documenten.txt",
        "dagelijks-20261126-090000-0.db",
    ],
)
def test_parse_refuses_names_that_are_not_backups(name: str) -> None:
    assert parse_backup_name(name) is None


@pytest.mark.parametrize("reason", ["", "Voor-import", "voor import", "a/b", "x" * 41, "-a"])
def test_backup_name_refuses_a_reason_that_cannot_be_a_file_name(reason: str) -> None:
    with pytest.raises(ValueError, match="reason"):
        backup_name(reason, datetime(2026, 11, 26))


def test_rotation_keeps_the_newest_of_each_of_the_last_seven_days() -> None:
    names = [daily(TODAY - timedelta(days=n), hour) for n in range(7) for hour in (9, 17)]
    removed = backups_to_remove(names, today=TODAY)
    assert sorted(removed) == sorted(daily(TODAY - timedelta(days=n), 9) for n in range(7))


def test_rotation_keeps_the_newest_of_each_of_the_last_four_iso_weeks() -> None:
    names = [daily(TODAY - timedelta(days=n)) for n in range(60)]
    kept = set(names) - set(backups_to_remove(names, today=TODAY))
    last_seven = {daily(TODAY - timedelta(days=n)) for n in range(7)}
    # Sundays closing the three weeks before this one; this week's newest is today's.
    sundays = {daily(date(2026, 11, 22)), daily(date(2026, 11, 15)), daily(date(2026, 11, 8))}
    assert kept == last_seven | sundays


def test_rotation_keeps_an_occasion_for_thirty_days_then_removes_it() -> None:
    newer = daily(TODAY)
    month_old = backup_name(BEFORE_IMPORT, datetime.combine(TODAY - timedelta(days=30), time(8)))
    too_old = backup_name(BEFORE_IMPORT, datetime.combine(TODAY - timedelta(days=31), time(8)))
    # Four imports on one day: all kept, not just the newest of the day.
    same_day = [
        backup_name(BEFORE_IMPORT, datetime.combine(TODAY - timedelta(days=10), time(8, m)))
        for m in range(4)
    ]
    removed = backups_to_remove([newer, month_old, too_old, *same_day], today=TODAY)
    assert removed == [too_old]


def test_rotation_keeps_a_backup_before_a_migration_for_thirty_days_like_any_occasion() -> None:
    def before_migration(days_ago: int) -> str:
        moment = datetime.combine(TODAY - timedelta(days=days_ago), time(8))
        return backup_name(BEFORE_MIGRATION, moment, revision="0005")

    kept, gone = before_migration(30), before_migration(31)
    removed = backups_to_remove([daily(TODAY), kept, gone, before_migration(12)], today=TODAY)
    assert removed == [gone]


def test_rotation_always_keeps_the_newest_backup_however_old() -> None:
    old = daily(TODAY - timedelta(days=400))
    older = daily(TODAY - timedelta(days=401))
    assert backups_to_remove([old, older], today=TODAY) == [older]


def test_rotation_keeps_backups_dated_after_today() -> None:
    future = daily(TODAY + timedelta(days=3))
    assert backups_to_remove([future, daily(TODAY)], today=TODAY) == []


def test_rotation_never_removes_a_name_it_does_not_know() -> None:
    assert backups_to_remove(["procesplaat.db", "notes.txt"], today=TODAY) == []


def test_rotation_of_nothing_keeps_nothing() -> None:
    assert backups_to_keep([], today=TODAY) == set()


@given(
    offsets=st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=60),
    hours=st.lists(st.integers(min_value=0, max_value=23), min_size=1, max_size=60),
    today=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
)
def test_rotation_bounds_count_and_age_of_the_daily_backups(
    offsets: list[int], hours: list[int], today: date
) -> None:
    names = {daily(today - timedelta(days=o), hours[i % len(hours)]) for i, o in enumerate(offsets)}
    removed = set(backups_to_remove(names, today=today))
    kept = [parse_backup_name(n) for n in names - removed]
    assert all(k is not None for k in kept)
    assert 1 <= len(kept) <= 7 + 4
    newest = max(names, key=lambda n: parse_backup_name(n))  # type: ignore[arg-type, return-value]
    assert newest not in removed
    too_old = [k for k in kept if k is not None and (today - k.day).days > 27]
    assert [k.name for k in too_old] in ([], [newest])
