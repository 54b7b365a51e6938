"""The deadlines of one client's route, computed from the template's rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from models.process import DeadlineAnchor, DeadlineRule, ProcessTemplate


@dataclass(frozen=True)
class Deadline:
    """One deadline of one client: when it started, when it falls due, and if it was met."""

    kind: str
    label: str
    due_on: date
    anchor_on: date
    met_on: date | None = None
    note: str = ""

    @property
    def is_met(self) -> bool:
        """Whether the event that meets the deadline has happened."""
        return self.met_on is not None

    @property
    def met_in_time(self) -> bool | None:
        """Whether it was met on or before the due date; None while it is not met."""
        if self.met_on is None:
            return None
        return self.met_on <= self.due_on

    def is_overdue(self, today: date) -> bool:
        """Whether the due date has passed without the deadline being met."""
        return self.met_on is None and self.due_on < today

    def days_left(self, today: date) -> int:
        """Calendar days from today to the due date; negative when overdue."""
        return (self.due_on - today).days


def _met_on(
    template: ProcessTemplate, rule: DeadlineRule, entered: Mapping[str, date]
) -> date | None:
    """The first day the client entered the meeting phase or any phase after it.

    A later phase counts too, because a client can skip a phase (a referral from a
    bewindvoerdersdesk may start at the intake) and reaching it still shows the deadline met.
    """
    if rule.met_by_phase is None:
        return None
    start = template.index_of(rule.met_by_phase)
    days = [
        day
        for key, day in entered.items()
        if template.has_phase(key) and template.index_of(key) >= start
    ]
    return min(days, default=None)


def compute_deadlines(
    template: ProcessTemplate,
    entered: Mapping[str, date],
    *,
    crisis_on: date | None = None,
    moratorium_on: date | None = None,
) -> list[Deadline]:
    """Apply the template's deadline rules to one client's dates.

    A rule gives a deadline only once its start is known. The crisis rule counts 3 working
    days (or what the template says) from the later of the request and the day the crisis was
    recorded, and only when the first conversation had not yet taken place at that moment.

    Args:
        template: The process template whose rules apply.
        entered: For each phase the client entered, the day she entered it. Keys the template
            does not know are ignored.
        crisis_on: The day a crisis (threatening eviction, cut-off, ...) was recorded.
        moratorium_on: The day a moratorium started.

    Returns:
        The deadlines, in the template's order of rules.
    """
    deadlines: list[Deadline] = []
    for rule in template.deadlines:
        met_on = _met_on(template, rule, entered)
        anchor_on: date | None
        if rule.anchor is DeadlineAnchor.MORATORIUM:
            anchor_on = moratorium_on
        else:
            assert rule.anchor_phase is not None  # the loader requires it for these anchors
            anchor_on = entered.get(rule.anchor_phase)
            if rule.anchor is DeadlineAnchor.CRISIS:
                if anchor_on is None or crisis_on is None:
                    continue
                # A crisis that arises after the first conversation calls for other help,
                # not for this deadline.
                if met_on is not None and met_on <= crisis_on:
                    continue
                anchor_on = max(anchor_on, crisis_on)
        if anchor_on is None:
            continue
        deadlines.append(
            Deadline(
                kind=rule.kind,
                label=rule.label,
                due_on=rule.due_from(anchor_on),
                anchor_on=anchor_on,
                met_on=met_on,
                note=rule.note,
            )
        )
    return deadlines


def next_deadline(deadlines: Iterable[Deadline], today: date) -> Deadline | None:
    """The deadline to watch: the earliest unmet one, overdue ones included.

    An overdue deadline is always earlier than one still to come, so it comes first. A
    deadline whose start lies after today (a date entered ahead) has not begun and is skipped.

    Args:
        deadlines: The client's deadlines.
        today: The day to look from.

    Returns:
        The earliest unmet deadline, or None when there is none.
    """
    open_ones = [d for d in deadlines if not d.is_met and d.anchor_on <= today]
    return min(open_ones, key=lambda d: (d.due_on, d.kind), default=None)
