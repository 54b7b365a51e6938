"""When a crisis was recorded: the first enforcement that sets off a crisis trigger."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from models.process import ProcessTemplate


def crisis_on(
    template: ProcessTemplate, measures: Iterable[tuple[str, str | None, date | None]]
) -> date | None:
    """The earliest date of a measure (enforcement kind, creditor kind, since) that is a crisis.

    Measures without a date cannot start a deadline and are left out.
    """
    dates = [
        since
        for kind, creditor_kind, since in measures
        if since is not None and template.crisis_triggers_for(kind, creditor_kind)
    ]
    return min(dates) if dates else None
