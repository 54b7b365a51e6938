"""The current phase is derived from the journey's events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.journey import current_phase, phase_entries

ORDER = {"contact_gemeente": 2, "toegelaten": 3, "intake": 5, "acties_wachten": 6}


@dataclass
class Event:
    phase: str
    kind: str
    occurred_on: date


def test_current_phase_is_the_last_phase_entered() -> None:
    events = [
        Event("contact_gemeente", "entered", date(2026, 1, 5)),
        Event("toegelaten", "entered", date(2026, 2, 1)),
        Event("intake", "setback", date(2026, 3, 1)),
        Event("intake", "note", date(2026, 3, 2)),
    ]
    assert current_phase(events, ORDER) == "toegelaten"


def test_current_phase_on_the_same_day_takes_the_later_phase() -> None:
    events = [
        Event("intake", "entered", date(2026, 3, 1)),
        Event("toegelaten", "entered", date(2026, 3, 1)),
    ]
    assert current_phase(events, ORDER) == "intake"


def test_current_phase_without_entries_is_none() -> None:
    assert current_phase([Event("intake", "milestone", date(2026, 3, 1))], ORDER) is None


def test_phase_entries_keep_the_first_entry_of_a_phase() -> None:
    events = [
        Event("intake", "entered", date(2026, 3, 9)),
        Event("intake", "entered", date(2026, 3, 1)),
        Event("acties_wachten", "left", date(2026, 3, 2)),
    ]
    assert phase_entries(events) == {"intake": date(2026, 3, 1)}


def test_current_phase_ignores_entering_a_phase_the_template_lacks() -> None:
    events = [
        Event("toegelaten", "entered", date(2026, 2, 1)),
        Event("fase_van_elders", "entered", date(2026, 3, 1)),
    ]
    assert current_phase(events, ORDER) == "toegelaten"
