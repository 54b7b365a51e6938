"""``models.deadlines`` against the plain algorithm it replaced, on varied dates.

``compute_deadlines`` and ``DeadlineCalculator`` work out per template what does not depend
on the client (the position of each rule's meeting phase) and, within one calculator, each
due date once per rule and start day. The reference below is the former per-rule loop, kept
as it was: for any phases entered (skipped ones, unknown keys, a later phase on an earlier
day), crisis and moratorium day, both must give equal deadlines.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.resources import load_process
from models.deadlines import Deadline, DeadlineCalculator, compute_deadlines
from models.process import DeadlineAnchor, DeadlineRule, ProcessTemplate

TEMPLATE = load_process()
PHASES = [phase.key for phase in TEMPLATE.phases] + ["niet_in_de_route"]
DAYS = st.dates(min_value=date(2023, 12, 1), max_value=date(2026, 3, 31))


def reference_met_on(
    template: ProcessTemplate, rule: DeadlineRule, entered: Mapping[str, date]
) -> date | None:
    if rule.met_by_phase is None:
        return None
    start = template.index_of(rule.met_by_phase)
    days = [
        day
        for key, day in entered.items()
        if template.has_phase(key) and template.index_of(key) >= start
    ]
    return min(days, default=None)


def reference(
    template: ProcessTemplate,
    entered: Mapping[str, date],
    *,
    crisis_on: date | None = None,
    moratorium_on: date | None = None,
) -> list[Deadline]:
    deadlines: list[Deadline] = []
    for rule in template.deadlines:
        met_on = reference_met_on(template, rule, entered)
        anchor_on: date | None
        if rule.anchor is DeadlineAnchor.MORATORIUM:
            anchor_on = moratorium_on
        else:
            assert rule.anchor_phase is not None
            anchor_on = entered.get(rule.anchor_phase)
            if rule.anchor is DeadlineAnchor.CRISIS:
                if anchor_on is None or crisis_on is None:
                    continue
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


clients = st.lists(
    st.tuples(
        st.dictionaries(st.sampled_from(PHASES), DAYS, max_size=len(PHASES)),
        st.none() | DAYS,
        st.none() | DAYS,
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(clients)
def test_deadlines_equal_the_plain_algorithm_for_every_client(
    dates: list[tuple[dict[str, date], date | None, date | None]],
) -> None:
    calculator = DeadlineCalculator(TEMPLATE)  # one for all, as the week uses it
    for entered, crisis_on, moratorium_on in dates:
        expected = reference(TEMPLATE, entered, crisis_on=crisis_on, moratorium_on=moratorium_on)
        assert (
            compute_deadlines(TEMPLATE, entered, crisis_on=crisis_on, moratorium_on=moratorium_on)
            == expected
        )
        assert (
            calculator.deadlines(entered, crisis_on=crisis_on, moratorium_on=moratorium_on)
            == expected
        )


def test_a_calculator_follows_the_template_it_was_made_for() -> None:
    """The per-template work is kept for the last template only: switching templates (a
    second route, a test's own template) must not reuse the first one's rules."""
    quick = ProcessTemplate(
        key="kort",
        name="Kort",
        version=1,
        stages=TEMPLATE.stages,
        phases=TEMPLATE.phases,
        deadlines=tuple(
            DeadlineRule(
                kind=rule.kind,
                label=rule.label,
                anchor=rule.anchor,
                amount=rule.amount + 1,
                unit=rule.unit,
                anchor_phase=rule.anchor_phase,
                met_by_phase=None,
            )
            for rule in TEMPLATE.deadlines
        ),
    )
    entered = {key: date(2025, 3, 3) + timedelta(days=n) for n, key in enumerate(PHASES[:4])}
    for template in (TEMPLATE, quick, TEMPLATE, quick):
        assert compute_deadlines(template, entered) == reference(template, entered)
        assert DeadlineCalculator(template).deadlines(entered) == reference(template, entered)
    # The two templates differ, so reusing one's rules for the other would show.
    assert compute_deadlines(quick, entered) != compute_deadlines(TEMPLATE, entered)
    assert compute_deadlines(quick, entered)


@pytest.mark.parametrize("phase", [phase.key for phase in TEMPLATE.phases])
def test_a_later_phase_entered_earlier_still_meets_the_rule(phase: str) -> None:
    entered = {TEMPLATE.phases[0].key: date(2025, 5, 1), phase: date(2025, 4, 1)}
    assert compute_deadlines(TEMPLATE, entered) == reference(TEMPLATE, entered)
