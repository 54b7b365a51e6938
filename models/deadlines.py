"""The deadlines of one client's route, computed from the template's rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

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


class _RulePlan(NamedTuple):
    """One deadline rule with what ``compute_deadlines`` looks up for it worked out."""

    rule: DeadlineRule
    anchor: DeadlineAnchor
    anchor_phase: str | None
    met_from: int | None  # the meeting phase's position in the route; None: nothing meets it


class _Plan(NamedTuple):
    """What a template's rules need per client, worked out once per template."""

    template: ProcessTemplate
    positions: Mapping[str, int]
    rules: tuple[_RulePlan, ...]


def _plan_of(template: ProcessTemplate) -> _Plan:
    index = {phase.key: position for position, phase in enumerate(template.phases)}
    rules = tuple(
        _RulePlan(
            rule,
            rule.anchor,
            rule.anchor_phase,
            # index_of: a rule whose meeting phase the template lacks fails as it always did.
            None if rule.met_by_phase is None else template.index_of(rule.met_by_phase),
        )
        for rule in template.deadlines
    )
    return _Plan(template, index, rules)


#: The plan of the template used last: the client list and the week apply one template to
#: thousands of clients in a row. Only the template's own rules are kept, never a client's.
_last_plan: list[_Plan] = []


def _plan(template: ProcessTemplate) -> _Plan:
    if _last_plan and _last_plan[0].template is template:
        return _last_plan[0]
    plan = _plan_of(template)
    _last_plan[:] = [plan]
    return plan


class DeadlineCalculator:
    """``compute_deadlines`` for many clients of one template (the week, the client list).

    A due date is worked out once per rule and start day for as long as this object lives:
    thousands of clients share a few hundred start days. Make one per overview; it keeps no
    client's data.
    """

    def __init__(self, template: ProcessTemplate) -> None:
        self._plan = _plan(template)
        self._due: dict[tuple[int, date], date] = {}

    def deadlines(
        self,
        entered: Mapping[str, date],
        *,
        crisis_on: date | None = None,
        moratorium_on: date | None = None,
    ) -> list[Deadline]:
        """``compute_deadlines(template, entered, ...)`` for this object's template."""
        index = self._plan.positions
        # The days on which the client reached each position of the route (phases the
        # template does not know are ignored); a rule is met on the first day she reached its
        # meeting phase or any phase after it.
        reached = [(index[key], day) for key, day in entered.items() if key in index]
        met_from: dict[int, date | None] = {}
        due_memo = self._due
        found: list[Deadline] = []
        for number, (rule, anchor, anchor_phase, start) in enumerate(self._plan.rules):
            met_on: date | None = None
            if start is not None:
                if start in met_from:
                    met_on = met_from[start]
                else:
                    met_on = met_from[start] = min(
                        (day for position, day in reached if position >= start), default=None
                    )
            anchor_on: date | None
            if anchor is DeadlineAnchor.MORATORIUM:
                anchor_on = moratorium_on
            else:
                assert anchor_phase is not None  # the loader requires it for these anchors
                anchor_on = entered.get(anchor_phase)
                if anchor is DeadlineAnchor.CRISIS:
                    if anchor_on is None or crisis_on is None:
                        continue
                    # A crisis that arises after the first conversation calls for other help,
                    # not for this deadline.
                    if met_on is not None and met_on <= crisis_on:
                        continue
                    anchor_on = max(anchor_on, crisis_on)
            if anchor_on is None:
                continue
            due_on = due_memo.get((number, anchor_on))
            if due_on is None:
                due_on = due_memo[number, anchor_on] = rule.due_from(anchor_on)
            found.append(
                Deadline(
                    kind=rule.kind,
                    label=rule.label,
                    due_on=due_on,
                    anchor_on=anchor_on,
                    met_on=met_on,
                    note=rule.note,
                )
            )
        return found


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
    A rule is met on the first day the client entered its meeting phase or any phase after
    it: a client can skip a phase (a referral from a bewindvoerdersdesk may start at the
    intake) and reaching a later one still shows the deadline met.

    Args:
        template: The process template whose rules apply.
        entered: For each phase the client entered, the day she entered it. Keys the template
            does not know are ignored.
        crisis_on: The day a crisis (threatening eviction, cut-off, ...) was recorded.
        moratorium_on: The day a moratorium started.

    Returns:
        The deadlines, in the template's order of rules.
    """
    return DeadlineCalculator(template).deadlines(
        entered, crisis_on=crisis_on, moratorium_on=moratorium_on
    )


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
