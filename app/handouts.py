"""The printed handouts by name: one entry point for the print dialog and the command line."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the database stack and ReportLab are imported only when a handout is made
    from app.db import Database

__all__ = ["OPTIONS", "WHAT", "make_handout", "write_handout"]

#: The handouts, in the order a person is offered them.
WHAT = ("procesplaat", "actions", "card", "overview")

#: The options each handout takes (keyword arguments of ``make_handout``).
OPTIONS: dict[str, frozenset[str]] = {
    "procesplaat": frozenset({"size", "amounts"}),
    "actions": frozenset(),
    "card": frozenset(),
    "overview": frozenset({"show_bsn"}),
}


def make_handout(
    db: Database, client_id: uuid.UUID, what: str, *, today: date, **options: Any
) -> bytes:
    """Make one handout of a client as PDF bytes.

    The modules that lay the handouts out (and ReportLab) are imported only when a handout
    is asked for: the command line and the window start without them.

    Args:
        db: The database.
        client_id: The client.
        what: One of ``WHAT``: "procesplaat", "actions", "card" or "overview".
        today: The day it is printed.
        **options: For the procesplaat ``size`` ("A4" or "A3") and ``amounts`` (bool); for
            the overview ``show_bsn`` (bool). The others take none.

    Returns:
        The PDF's bytes.

    Raises:
        ValueError: ``what`` is unknown, or an option does not belong to it (a bug).
        NotFoundError: The client does not exist (any more).
        UserError: The handout cannot be made (the card's text does not fit, say).
    """
    if what not in OPTIONS:
        raise ValueError(f"unknown handout {what!r}; choose from {', '.join(WHAT)}")
    wrong = set(options) - OPTIONS[what]
    if wrong:
        raise ValueError(f"{what} takes no option {', '.join(sorted(wrong))}")
    if what == "procesplaat":
        from app.handout_procesplaat import procesplaat_pdf

        return procesplaat_pdf(db, client_id, today=today, **options)
    if what == "actions":
        from app.handout_actions import actions_pdf

        return actions_pdf(db, client_id, today=today)
    if what == "card":
        return _card(db, client_id, today)
    from app.handout_overview import overview_pdf

    return overview_pdf(db, client_id, today=today, **options)


def _card(db: Database, client_id: uuid.UUID, today: date) -> bytes:
    """The do's-and-don'ts card with the client's contact person on the back."""
    from app.clients import get_client
    from app.handout_card import card_pdf

    with db.session() as session:
        client = get_client(session, client_id)
        name, phone, hours = client.contact_name, client.contact_phone, client.contact_hours
    return card_pdf(name=name, phone=phone, hours=hours, today=today)


def write_handout(
    db: Database, client_id: uuid.UUID, what: str, path: Path, *, today: date, **options: Any
) -> None:
    """Make one handout (see ``make_handout``), write it to ``path`` whole or not at all, and
    record the print in the audit trail (``print``, the handout and the options switched on,
    such as ``show_bsn``, as its fields).

    The event and the file go together: the event is written (unconfirmed) first, so that a
    locked database stops the print before any file exists, and it is confirmed only once the
    file stands; a file that cannot be written leaves no event.

    Raises:
        ValueError: ``what`` is unknown, or an option does not belong to it (a bug).
        NotFoundError: The client does not exist (any more).
        UserError: The handout cannot be made, or the file cannot be written (folder missing
            or read-only, disk full); an older file at ``path`` is then left as it was.
    """
    from app import audit
    from app.print_style import write_document

    pdf = make_handout(db, client_id, what, today=today, **options)
    switched_on = sorted(name for name, value in options.items() if value is True)
    with db.session() as session:
        audit.record(
            session,
            action="print",
            record_type="handout",
            record_id=None,
            client_id=client_id,
            fields=[what, *switched_on],
        )
        session.flush()
        write_document(path, pdf)
