"""The procesplaat's layout: where each phase, event and deadline sits, computed once.

The screen (Qt) and the printed handout (ReportLab) both draw this picture; neither decides
anything itself. Positions are in *route units*: phase number n of the route occupies
[n - 1, n) on the horizontal axis, so a drawing scales one unit to as many points or pixels
as it has room for. A date maps to a place inside the phase the client was in on that day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.deadlines import Deadline, compute_deadlines, next_deadline
from models.journey import current_phase, phase_entries
from models.process import MOOD_MAX, MOOD_MIN, ProcessTemplate

#: Events closer together than this (in route units) go into separate lanes.
EVENT_SPACING = 0.16
#: How many lanes of events a phase has before events share a lane.
MAX_LANES = 3
#: Milestones whose text starts with this word start the moratorium deadline.
MORATORIUM_WORD = "moratorium"
#: The current phase's events fill its box up to this fraction; "today" stands there.
CURRENT_FILL = 0.8


class PhaseState(StrEnum):
    """Where a phase stands, drawn distinctly (also in greyscale: pattern, not only colour)."""

    PAST = "past"
    CURRENT = "current"
    FUTURE = "future"


@dataclass(frozen=True)
class EventInput:
    """One journey event as the layout needs it (a row, a dict of the bundle, a test value)."""

    id: str
    phase: str
    kind: str
    occurred_on: date
    text: str | None = None
    client_words: str | None = None
    mood: int | None = None


@dataclass(frozen=True)
class ActionInput:
    """An action, for the count of open ones per phase and the next steps."""

    id: str
    title: str
    owner: str
    phase: str | None
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class StageBand:
    key: str
    name: str
    x: float
    width: float
    state: PhaseState


@dataclass(frozen=True)
class PhaseBox:
    key: str
    number: int
    title: str
    caseworker_title: str
    stage: str
    x: float
    width: float
    state: PhaseState
    entered_on: date | None
    left_on: date | None
    open_actions: int
    is_next: bool


@dataclass(frozen=True)
class EventMark:
    id: str
    kind: str
    phase: str
    on: date
    x: float
    lane: int
    text: str
    client_words: str
    mood: int | None


@dataclass(frozen=True)
class DeadlineMark:
    kind: str
    label: str
    due_on: date
    x: float
    met: bool
    overdue: bool
    days_left: int


@dataclass(frozen=True)
class Timeline:
    """The whole picture of one client's route on one day."""

    today: date
    width: float
    stages: tuple[StageBand, ...]
    phases: tuple[PhaseBox, ...]
    events: tuple[EventMark, ...]
    deadlines: tuple[DeadlineMark, ...]
    current: str | None
    next_phase: str | None
    next_deadline: DeadlineMark | None
    today_x: float | None

    def phase(self, key: str) -> PhaseBox:
        return next(box for box in self.phases if box.key == key)

    def events_in(self, key: str) -> tuple[EventMark, ...]:
        """The events drawn in a phase (setbacks included), in date order."""
        return tuple(event for event in self.events if event.phase == key)

    @property
    def mood_curve(self) -> tuple[EventMark, ...]:
        """The events with a mood, left to right: the emotion curve under the line."""
        return tuple(sorted((e for e in self.events if e.mood is not None), key=lambda e: e.x))


def moratorium_start(events: Iterable[EventInput]) -> date | None:
    """The first milestone that records a moratorium (its text starts with the word)."""
    days = [
        event.occurred_on
        for event in events
        if event.kind == "milestone"
        and (event.text or "").strip().lower().startswith(MORATORIUM_WORD)
    ]
    return min(days, default=None)


def _spans(
    template: ProcessTemplate, entered: dict[str, date], current: str | None, today: date
) -> dict[str, tuple[date, date]]:
    """For each entered route phase: from entering to entering the next one (or today)."""
    route = [p.key for p in template.route if p.key in entered]
    spans: dict[str, tuple[date, date]] = {}
    for position, key in enumerate(route):
        start = entered[key]
        later = [entered[k] for k in route[position + 1 :] if entered[k] >= start]
        end = min(later) if later and key != current else max(today, start)
        spans[key] = (start, max(end, start))
    return spans


def _host_phase(
    event: EventInput, template: ProcessTemplate, spans: dict[str, tuple[date, date]]
) -> str | None:
    """The route phase an event is drawn in: its own, or for a setback the phase of its date."""
    if template.has_phase(event.phase) and not template.phase(event.phase).setback:
        return event.phase
    for key, (start, end) in spans.items():
        if start <= event.occurred_on <= end:
            return key
    return None


def _x_of(
    day: date,
    key: str,
    template: ProcessTemplate,
    spans: dict[str, tuple[date, date]],
    current: str | None,
) -> float:
    left = float(template.route.index(template.phase(key)))
    start, end = spans.get(key, (day, day))
    length = (end - start).days
    fill = CURRENT_FILL if key == current else 0.9
    if length <= 0:
        return left + 0.1
    fraction = min(max((day - start).days / length, 0.0), 1.0)
    return left + 0.1 + fraction * (fill - 0.1)


def _lanes(marks: list[tuple[float, EventInput, str]]) -> list[int]:
    """A lane per event so that neighbours do not overlap (greedy, left to right)."""
    last_x: list[float] = []
    lanes: list[int] = []
    for x, _, _ in marks:
        lane = next(
            (n for n, previous in enumerate(last_x) if x - previous >= EVENT_SPACING),
            None,
        )
        if lane is None:
            if len(last_x) < MAX_LANES:
                last_x.append(x)
                lane = len(last_x) - 1
            else:
                lane = min(range(len(last_x)), key=lambda n: last_x[n])
        last_x[lane] = x
        lanes.append(lane)
    return lanes


def build_timeline(
    template: ProcessTemplate,
    events: Sequence[EventInput],
    actions: Sequence[ActionInput],
    *,
    today: date,
    crisis_on: date | None = None,
) -> Timeline:
    """Lay out one client's route as it stands on ``today``."""
    order = {phase.key: index for index, phase in enumerate(template.phases)}
    entered = phase_entries(events)
    current = current_phase(events, order)
    route = template.route
    current_index = template.route.index(template.phase(current)) if current else -1
    next_phase = template.next_phase(current) if current else route[0]
    spans = _spans(template, entered, current, today)

    open_count: dict[str, int] = {}
    for action in actions:
        if action.done_on is None and action.phase:
            open_count[action.phase] = open_count.get(action.phase, 0) + 1

    boxes: list[PhaseBox] = []
    for index, phase in enumerate(route):
        if index < current_index:
            state = PhaseState.PAST
        elif index == current_index:
            state = PhaseState.CURRENT
        else:
            state = PhaseState.FUTURE
        span = spans.get(phase.key)
        boxes.append(
            PhaseBox(
                key=phase.key,
                number=phase.number,
                title=phase.client_title,
                caseworker_title=phase.caseworker_title,
                stage=phase.stage,
                x=float(index),
                width=1.0,
                state=state,
                entered_on=entered.get(phase.key),
                left_on=span[1] if span and state is PhaseState.PAST else None,
                open_actions=open_count.get(phase.key, 0),
                is_next=next_phase is not None and phase.key == next_phase.key,
            )
        )

    stages: list[StageBand] = []
    for stage in template.stages:
        members = [box for box in boxes if box.stage == stage.key]
        if not members:
            continue
        states = {box.state for box in members}
        state = (
            PhaseState.CURRENT
            if PhaseState.CURRENT in states
            else PhaseState.PAST
            if states == {PhaseState.PAST}
            else PhaseState.FUTURE
        )
        stages.append(StageBand(stage.key, stage.name, members[0].x, len(members) * 1.0, state))

    placed: list[tuple[float, EventInput, str]] = []
    for event in sorted(events, key=lambda e: (e.occurred_on, order.get(e.phase, 99), e.id)):
        host = _host_phase(event, template, spans)
        if host is None or host not in spans:
            continue
        placed.append((_x_of(event.occurred_on, host, template, spans, current), event, host))
    placed.sort(key=lambda item: item[0])
    lanes = _lanes(placed)
    marks = tuple(
        EventMark(
            id=event.id,
            kind=event.kind,
            phase=host,
            on=event.occurred_on,
            x=x,
            lane=lane,
            text=event.text or "",
            client_words=event.client_words or "",
            mood=event.mood if event.mood and MOOD_MIN <= event.mood <= MOOD_MAX else None,
        )
        for (x, event, host), lane in zip(placed, lanes, strict=True)
    )

    deadlines = compute_deadlines(
        template, entered, crisis_on=crisis_on, moratorium_on=moratorium_start(events)
    )
    deadline_marks = tuple(_deadline_mark(template, d, today) for d in deadlines)
    upcoming = next_deadline(deadlines, today)
    next_mark = next(
        (m for m, d in zip(deadline_marks, deadlines, strict=True) if d is upcoming), None
    )
    today_x = (
        _x_of(today, current, template, spans, current) if current and current in spans else None
    )
    return Timeline(
        today=today,
        width=float(len(route)),
        stages=tuple(stages),
        phases=tuple(boxes),
        events=marks,
        deadlines=deadline_marks,
        current=current,
        next_phase=next_phase.key if next_phase else None,
        next_deadline=next_mark,
        today_x=today_x,
    )


def _deadline_mark(template: ProcessTemplate, deadline: Deadline, today: date) -> DeadlineMark:
    """A deadline stands at the left edge of the phase that meets it: "before this step"."""
    rule = template.deadline_rule(deadline.kind)
    x = 0.0
    if rule is not None and rule.met_by_phase and template.has_phase(rule.met_by_phase):
        meeting = template.phase(rule.met_by_phase)
        if meeting in template.route:
            x = float(template.route.index(meeting))
    return DeadlineMark(
        kind=deadline.kind,
        label=deadline.label,
        due_on=deadline.due_on,
        x=x,
        met=deadline.is_met,
        overdue=deadline.is_overdue(today),
        days_left=deadline.days_left(today),
    )
