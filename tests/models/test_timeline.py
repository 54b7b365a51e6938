"""The procesplaat's layout on a fixed clock: states, events, setbacks, deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from app.resources import load_process
from models.process import ProcessTemplate
from models.timeline import (
    ActionInput,
    EventInput,
    PhaseState,
    Timeline,
    build_timeline,
    moratorium_start,
)

TODAY = date(2026, 11, 26)


@pytest.fixture
def template() -> ProcessTemplate:
    return load_process("schuldhulp")


def entered(phase: str, on: date, *, words: str = "", mood: int | None = None) -> EventInput:
    return EventInput(
        id=f"in-{phase}", phase=phase, kind="entered", occurred_on=on, client_words=words, mood=mood
    )


def route_until_intake() -> list[EventInput]:
    return [
        entered("contact_gemeente", date(2026, 6, 1), mood=3),
        entered("toegelaten", date(2026, 6, 4), mood=5, words="Ik kan weer ademen!"),
        entered("gegevens_verzamelen", date(2026, 6, 10)),
        entered("intake", date(2026, 9, 1), mood=4),
    ]


def layout(template: ProcessTemplate, events: list[EventInput], **kw: object) -> Timeline:
    return build_timeline(template, events, kw.pop("actions", []), today=TODAY, **kw)  # type: ignore[arg-type]


def test_timeline_past_current_and_future_phases_with_you_are_here(template) -> None:
    timeline = layout(template, route_until_intake())
    states = {box.key: box.state for box in timeline.phases}
    assert timeline.current == "intake"
    assert states["toegelaten"] is PhaseState.PAST
    assert states["intake"] is PhaseState.CURRENT
    assert states["acties_wachten"] is PhaseState.FUTURE
    assert timeline.next_phase == "acties_wachten"
    assert timeline.phase("acties_wachten").is_next
    intake = timeline.phase("intake")
    assert intake.x <= timeline.today_x < intake.x + intake.width


def test_timeline_has_the_route_without_the_setback_phase(template) -> None:
    timeline = layout(template, route_until_intake())
    keys = [box.key for box in timeline.phases]
    assert "schuldeisers_benaderen" not in keys
    assert keys == [phase.key for phase in template.route]
    assert [box.x for box in timeline.phases] == [float(n) for n in range(len(keys))]
    stage_names = [band.name for band in timeline.stages]
    assert stage_names[0] == "Nog niet in beeld"
    assert sum(band.width for band in timeline.stages) == timeline.width


def test_timeline_past_phase_runs_from_entering_to_entering_the_next(template) -> None:
    timeline = layout(template, route_until_intake())
    box = timeline.phase("gegevens_verzamelen")
    assert (box.entered_on, box.left_on) == (date(2026, 6, 10), date(2026, 9, 1))
    assert timeline.phase("intake").left_on is None


def test_timeline_setback_is_an_event_where_and_when_it_happened(template) -> None:
    """A dwangbevel in the intake is drawn inside the intake phase, not as a step after 7."""
    setback = EventInput(
        id="s1",
        phase="schuldeisers_benaderen",
        kind="setback",
        occurred_on=date(2026, 7, 15),
        text="Dwangbevel van de Belastingdienst",
        client_words="Ze laten me nog steeds niet met rust!",
        mood=1,
    )
    timeline = layout(template, [*route_until_intake(), setback])
    (mark,) = [event for event in timeline.events if event.kind == "setback"]
    host = timeline.phase("gegevens_verzamelen")  # where she was on 15 July
    assert mark.phase == "gegevens_verzamelen"
    assert host.x < mark.x < host.x + host.width
    assert mark in timeline.mood_curve
    assert mark.client_words.startswith("Ze laten")


def test_timeline_events_close_together_get_separate_lanes(template) -> None:
    events = [
        *route_until_intake(),
        EventInput("m1", "intake", "milestone", date(2026, 9, 2), text="Budgetplan"),
        EventInput("m2", "intake", "note", date(2026, 9, 2), text="Gesprek"),
    ]
    timeline = layout(template, events)
    in_intake = timeline.events_in("intake")
    assert len({event.lane for event in in_intake}) == len(in_intake)


def test_timeline_mood_curve_runs_left_to_right_and_ignores_impossible_moods(template) -> None:
    events = [*route_until_intake(), entered("problemen", date(2025, 1, 1), mood=9)]
    curve = layout(template, events).mood_curve
    assert [e.mood for e in curve] == [3, 5, 4]
    assert [e.x for e in curve] == sorted(e.x for e in curve)


def test_timeline_counts_open_actions_per_phase(template) -> None:
    actions = [
        ActionInput("a1", "BKR-overzicht opvragen", "client", "intake"),
        ActionInput("a2", "Loonstroken", "client", "intake", done_on=date(2026, 9, 3)),
        ActionInput("a3", "Zonder fase", "caseworker", None),
    ]
    timeline = layout(template, route_until_intake(), actions=actions)
    assert timeline.phase("intake").open_actions == 1
    assert timeline.phase("toegelaten").open_actions == 0


def test_timeline_deadlines_stand_before_the_step_that_meets_them(template) -> None:
    request = date(2026, 11, 2)
    timeline = layout(template, [entered("contact_gemeente", request)])
    marks = {mark.kind: mark for mark in timeline.deadlines}
    assert marks["first_conversation"].due_on == date(2026, 11, 30)
    assert marks["first_conversation"].x == timeline.phase("toegelaten").x
    assert not marks["first_conversation"].overdue
    assert timeline.next_deadline is marks["first_conversation"]


def test_timeline_overdue_deadline_is_marked_and_comes_first(template) -> None:
    timeline = layout(template, [entered("contact_gemeente", date(2026, 9, 1))])
    marks = {mark.kind: mark for mark in timeline.deadlines}
    assert marks["first_conversation"].overdue
    assert marks["first_conversation"].days_left < 0
    assert timeline.next_deadline is marks["first_conversation"]


def test_timeline_met_deadline_is_not_overdue(template) -> None:
    marks = {m.kind: m for m in layout(template, route_until_intake()).deadlines}
    assert marks["first_conversation"].met
    assert not marks["first_conversation"].overdue


def test_timeline_crisis_deadline_skips_easter(template) -> None:
    """Crisis recorded on Thursday 2 April 2026: Good Friday and Easter Monday do not count."""
    timeline = layout(
        template, [entered("contact_gemeente", date(2026, 4, 1))], crisis_on=date(2026, 4, 2)
    )
    marks = {m.kind: m for m in timeline.deadlines}
    assert marks["first_conversation_crisis"].due_on == date(2026, 4, 9)


def test_timeline_moratorium_milestone_starts_its_deadline(template) -> None:
    started = EventInput("m", "acties_wachten", "milestone", date(2026, 10, 5), text="Moratorium")
    events = [*route_until_intake(), entered("acties_wachten", date(2026, 10, 1)), started]
    assert moratorium_start(events) == date(2026, 10, 5)
    marks = {m.kind: m for m in layout(template, events).deadlines}
    assert marks["moratorium_end"].due_on == date(2027, 4, 5)
    assert marks["moratorium_end"].x == timeline_x(template, "schuldregeling")


def timeline_x(template: ProcessTemplate, key: str) -> float:
    return float(template.route.index(template.phase(key)))


def test_timeline_of_a_client_without_events_starts_at_the_first_step(template) -> None:
    timeline = layout(template, [])
    assert timeline.current is None
    assert timeline.next_phase == template.route[0].key
    assert timeline.today_x is None
    assert all(box.state is PhaseState.FUTURE for box in timeline.phases)
