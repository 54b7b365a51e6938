"""Tests for the deadlines computed from a process template in models.deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from app.resources import load_process
from models.deadlines import Deadline, compute_deadlines, next_deadline
from models.process import ProcessTemplate

REQUEST = date(2026, 3, 2)  # a Monday without holidays in the next weeks


@pytest.fixture
def template() -> ProcessTemplate:
    return load_process("schuldhulp")


def by_kind(deadlines: list[Deadline]) -> dict[str, Deadline]:
    return {deadline.kind: deadline for deadline in deadlines}


def deadline(kind: str, due_on: date, met_on: date | None = None) -> Deadline:
    return Deadline(kind=kind, label=kind, due_on=due_on, anchor_on=date(2026, 1, 5), met_on=met_on)


def test_compute_deadlines_first_conversation_is_4_weeks_after_request(
    template: ProcessTemplate,
) -> None:
    result = by_kind(compute_deadlines(template, {"contact_gemeente": REQUEST}))
    first = result["first_conversation"]
    assert first.anchor_on == REQUEST
    assert first.due_on == date(2026, 3, 30)
    assert first.met_on is None


def test_compute_deadlines_decision_is_8_weeks_after_request(template: ProcessTemplate) -> None:
    result = by_kind(compute_deadlines(template, {"contact_gemeente": REQUEST}))
    # Eight weeks is Monday 27 April, Koningsdag: the legal term runs on to Tuesday.
    assert result["decision"].due_on == date(2026, 4, 28)


def test_compute_deadlines_legal_term_ending_on_holiday_runs_to_next_working_day(
    template: ProcessTemplate,
) -> None:
    # Four weeks after Monday 30 March 2026 is Koningsdag (Monday 27 April).
    result = by_kind(compute_deadlines(template, {"contact_gemeente": date(2026, 3, 30)}))
    assert result["first_conversation"].due_on == date(2026, 4, 28)


def test_compute_deadlines_only_anchored_rules_give_deadlines(template: ProcessTemplate) -> None:
    result = compute_deadlines(template, {"contact_gemeente": REQUEST})
    assert [d.kind for d in result] == ["first_conversation", "decision"]


def test_compute_deadlines_nothing_before_the_request(template: ProcessTemplate) -> None:
    assert compute_deadlines(template, {"problemen": REQUEST}, crisis_on=REQUEST) == []


def test_compute_deadlines_crisis_is_3_working_days(template: ProcessTemplate) -> None:
    # Request on Maundy Thursday: Goede Vrijdag, the weekend and Tweede Paasdag don't count.
    request = date(2026, 4, 2)
    result = by_kind(compute_deadlines(template, {"contact_gemeente": request}, crisis_on=request))
    crisis = result["first_conversation_crisis"]
    assert crisis.anchor_on == request
    assert crisis.due_on == date(2026, 4, 9)


def test_compute_deadlines_crisis_after_request_counts_from_crisis(
    template: ProcessTemplate,
) -> None:
    crisis_on = date(2026, 3, 11)  # Wednesday
    result = by_kind(
        compute_deadlines(template, {"contact_gemeente": REQUEST}, crisis_on=crisis_on)
    )
    assert result["first_conversation_crisis"].anchor_on == crisis_on
    assert result["first_conversation_crisis"].due_on == date(2026, 3, 16)


def test_compute_deadlines_crisis_before_request_counts_from_request(
    template: ProcessTemplate,
) -> None:
    result = by_kind(
        compute_deadlines(template, {"contact_gemeente": REQUEST}, crisis_on=date(2026, 2, 20))
    )
    assert result["first_conversation_crisis"].anchor_on == REQUEST
    assert result["first_conversation_crisis"].due_on == date(2026, 3, 5)


def test_compute_deadlines_crisis_after_first_conversation_gives_none(
    template: ProcessTemplate,
) -> None:
    entered = {"contact_gemeente": REQUEST, "toegelaten": date(2026, 3, 20)}
    result = by_kind(compute_deadlines(template, entered, crisis_on=date(2026, 3, 25)))
    assert "first_conversation_crisis" not in result


def test_compute_deadlines_met_when_next_phase_entered(template: ProcessTemplate) -> None:
    entered = {"contact_gemeente": REQUEST, "toegelaten": date(2026, 3, 20)}
    result = by_kind(compute_deadlines(template, entered, crisis_on=REQUEST))
    assert result["first_conversation"].met_on == date(2026, 3, 20)
    assert result["first_conversation"].met_in_time is True
    assert result["first_conversation_crisis"].met_on == date(2026, 3, 20)
    assert result["first_conversation_crisis"].met_in_time is False


def test_compute_deadlines_met_by_a_later_phase_when_one_is_skipped(
    template: ProcessTemplate,
) -> None:
    entered = {"contact_gemeente": REQUEST, "intake": date(2026, 3, 12)}
    result = by_kind(compute_deadlines(template, entered))
    assert result["first_conversation"].met_on == date(2026, 3, 12)
    assert result["decision"].met_on == date(2026, 3, 12)


def test_compute_deadlines_moratorium_is_6_months(template: ProcessTemplate) -> None:
    result = by_kind(
        compute_deadlines(template, {"contact_gemeente": REQUEST}, moratorium_on=date(2026, 8, 31))
    )
    assert result["moratorium_end"].due_on == date(2027, 2, 28)


def test_compute_deadlines_arrangement_is_18_months(template: ProcessTemplate) -> None:
    entered = {"contact_gemeente": REQUEST, "schuldregeling": date(2026, 9, 1)}
    result = by_kind(compute_deadlines(template, entered))
    assert result["arrangement_end"].due_on == date(2028, 3, 1)
    assert result["arrangement_end"].met_on is None


def test_compute_deadlines_ignores_unknown_phase_keys(template: ProcessTemplate) -> None:
    entered = {"contact_gemeente": REQUEST, "verdwenen_fase": date(2026, 3, 3)}
    result = by_kind(compute_deadlines(template, entered))
    assert result["first_conversation"].met_on is None


def test_deadline_is_overdue_only_when_unmet_and_past() -> None:
    today = date(2026, 3, 10)
    assert deadline("a", date(2026, 3, 9)).is_overdue(today)
    assert not deadline("a", date(2026, 3, 10)).is_overdue(today)
    assert not deadline("a", date(2026, 3, 9), met_on=date(2026, 3, 8)).is_overdue(today)
    assert deadline("a", date(2026, 3, 9)).days_left(today) == -1


def test_next_deadline_picks_overdue_first() -> None:
    today = date(2026, 3, 10)
    overdue = deadline("overdue", date(2026, 3, 1))
    upcoming = deadline("upcoming", date(2026, 3, 12))
    assert next_deadline([upcoming, overdue], today) == overdue


def test_next_deadline_skips_met_deadlines() -> None:
    today = date(2026, 3, 10)
    met = deadline("met", date(2026, 3, 1), met_on=date(2026, 2, 27))
    upcoming = deadline("upcoming", date(2026, 3, 12))
    assert next_deadline([met, upcoming], today) == upcoming


def test_next_deadline_none_when_all_met() -> None:
    met = deadline("met", date(2026, 3, 1), met_on=date(2026, 2, 27))
    assert next_deadline([met], date(2026, 3, 10)) is None
    assert next_deadline([], date(2026, 3, 10)) is None


def test_next_deadline_skips_deadlines_not_yet_started() -> None:
    later = Deadline("later", "later", due_on=date(2026, 5, 1), anchor_on=date(2026, 4, 1))
    assert next_deadline([later], date(2026, 3, 10)) is None


def test_next_deadline_on_computed_crisis(template: ProcessTemplate) -> None:
    deadlines = compute_deadlines(template, {"contact_gemeente": REQUEST}, crisis_on=REQUEST)
    chosen = next_deadline(deadlines, date(2026, 3, 3))
    assert chosen is not None
    assert chosen.kind == "first_conversation_crisis"
