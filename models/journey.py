"""Rules of the client's route: the current phase is derived from events, never stored."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol


class EventLike(Protocol):
    """What the rules need of a journey event."""

    @property
    def phase(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def occurred_on(self) -> date: ...


def phase_entries(events: Iterable[EventLike]) -> dict[str, date]:
    """The first date each phase was entered."""
    entries: dict[str, date] = {}
    for event in events:
        if event.kind != "entered":
            continue
        known = entries.get(event.phase)
        if known is None or event.occurred_on < known:
            entries[event.phase] = event.occurred_on
    return entries


def current_phase(events: Iterable[EventLike], phase_order: dict[str, int]) -> str | None:
    """The phase the client is in: the last one entered.

    Ties on a date are broken by the template's order, so entering two phases on one day puts
    the client in the later one. Setbacks and notes never change the phase, and neither does a
    phase the template lacks (a bundle from another program's route may name one): the route
    cannot show her there, so she stays where the template last saw her.
    """
    best: tuple[date, int] | None = None
    phase: str | None = None
    for event in events:
        if event.kind != "entered" or event.phase not in phase_order:
            continue
        rank = (event.occurred_on, phase_order[event.phase])
        if best is None or rank >= best:
            best, phase = rank, event.phase
    return phase
