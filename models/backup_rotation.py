"""Backup names and the rotation rule: which backups to keep, given their names and today."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

#: The backup of the daily schedule; every other reason is an occasion (import, migration,
#: restore, by hand) and is kept for ``OCCASION_DAYS`` whatever the schedule keeps.
DAILY = "dagelijks"
BY_HAND = "handmatig"
BEFORE_IMPORT = "voor-import"
BEFORE_MIGRATION = "voor-migratie"
BEFORE_RESTORE = "voor-terugzetten"

#: How many days a backup made for an occasion is kept. The oldest weekly backup (4 weeks) is
#: at most 27 days old, so once the app has run a day, nothing kept is older than 30 days: a
#: destroyed dossier has left every backup within 31 days.
OCCASION_DAYS = 30

REASON_LABELS = {
    DAILY: "dagelijks",
    BY_HAND: "met de hand",
    BEFORE_IMPORT: "voor het inlezen van een bundel",
    BEFORE_MIGRATION: "voor een nieuwe versie",
    BEFORE_RESTORE: "voor het terugzetten van een back-up",
}

_STAMP = "%Y%m%d-%H%M%S"
# reason-YYYYmmdd-HHMMSS[-n].db; the backups before a migration carry the old schema revision
# between reason and moment: voor-migratie-0002-20261127-080000.db.
_NAME = re.compile(
    r"^(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<revision>\d{4}))?"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>[1-9]\d{0,3}))?\.db$"
)
_REASON = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
_REVISION = re.compile(r"^\d{4}$")
MAX_REASON = 40


@dataclass(frozen=True, order=True)
class BackupName:
    """What a backup's file name says: when it was made and why."""

    made_at: datetime
    seq: int
    name: str
    reason: str

    @property
    def day(self) -> date:
        return self.made_at.date()

    @property
    def label(self) -> str:
        """The reason in words for a person (Dutch)."""
        return REASON_LABELS.get(self.reason, self.reason)


def is_reason(reason: str) -> bool:
    """Whether ``reason`` can stand in a backup's name (lowercase words with hyphens)."""
    return len(reason) <= MAX_REASON and _REASON.match(reason) is not None


def backup_name(reason: str, made_at: datetime, seq: int = 1, revision: str | None = None) -> str:
    """The file name of a backup made at ``made_at`` for ``reason``.

    Args:
        reason: Lowercase words joined by hyphens, such as ``voor-import``.
        made_at: The local moment, to the second.
        seq: 2, 3, ... when more than one backup is made within one second.
        revision: The schema revision the database had (a backup before a migration), so
            that a person sees which version's data it holds; left out of the name when it
            is not four digits (the form of this program's revisions).

    Raises:
        ValueError: the reason cannot stand in a file name.
    """
    if not is_reason(reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    suffix = f"-{seq}" if seq > 1 else ""
    middle = f"-{revision}" if revision is not None and _REVISION.match(revision) else ""
    return f"{reason}{middle}-{made_at.strftime(_STAMP)}{suffix}.db"


def parse_backup_name(name: str) -> BackupName | None:
    """The moment and reason in a backup's file name; None for any other name."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        made_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupName(made_at, int(match["seq"] or 1), name, match["reason"])


def backups_to_keep(
    backups: Iterable[BackupName],
    *,
    today: date,
    daily: int = 7,
    weekly: int = 4,
    occasion_days: int = OCCASION_DAYS,
) -> set[str]:
    """The names of the backups that rotation keeps.

    Kept are: the newest backup of each of the last ``daily`` calendar days (today
    included); the newest of each of the last ``weekly`` ISO weeks (this week included);
    every backup made for an occasion (not ``dagelijks``) in the last ``occasion_days``
    days; every backup dated after today (a clock set wrong must not cost backups); and
    always the newest backup of all. The windows are calendar windows, not "the last N days
    with a backup", so that the age of what is kept has a bound: data destroyed today has
    left every backup made before it after ``max(7 * (weekly - 1) + 6, occasion_days)``
    days (once a newer backup exists).
    """
    ordered = sorted(backups, reverse=True)
    if not ordered:
        return set()
    keep = {ordered[0].name}
    first_day = today - timedelta(days=daily - 1)
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=weekly - 1)
    occasion_since = today - timedelta(days=occasion_days)
    days_seen: set[date] = set()
    weeks_seen: set[tuple[int, int]] = set()
    for backup in ordered:  # newest first: the first of a day or week is its newest
        day = backup.day
        if day > today:
            keep.add(backup.name)
            continue
        if first_day <= day and day not in days_seen:
            days_seen.add(day)
            keep.add(backup.name)
        week = day.isocalendar()[:2]
        if first_monday <= day and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(backup.name)
        if backup.reason != DAILY and day >= occasion_since:
            keep.add(backup.name)
    return keep


def backups_to_remove(
    names: Iterable[str],
    *,
    today: date,
    daily: int = 7,
    weekly: int = 4,
    occasion_days: int = OCCASION_DAYS,
) -> list[str]:
    """The backup names among ``names`` that rotation removes, oldest first.

    Names that are not backup names are never removed: they are not ours.
    """
    parsed = [p for p in (parse_backup_name(n) for n in names) if p is not None]
    keep = backups_to_keep(
        parsed, today=today, daily=daily, weekly=weekly, occasion_days=occasion_days
    )
    return [p.name for p in sorted(parsed) if p.name not in keep]
