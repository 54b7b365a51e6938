"""The procesplaat's use cases: moving on, setbacks, editing, deleting, restoring."""

from __future__ import annotations

from datetime import date

import pytest
from builders import add_client
from sqlmodel import select

from app import procesplaat
from app.db import Database
from app.dossier_json import read_dossier
from app.errors import UserError
from app.resources import load_process
from models.tables import AuditEvent, JourneyEvent

TODAY = date(2026, 11, 26)


def timeline(db: Database, client_id):
    dossier = read_dossier(db, client_id, today=TODAY)
    return procesplaat.timeline_of(dossier, load_process(), TODAY)


def test_procesplaat_advance_moves_to_the_next_step(db) -> None:
    client = add_client(db, phases=(("contact_gemeente", date(2026, 11, 2)),))
    procesplaat.advance(db, client, on=date(2026, 11, 5), note="Beschikking", mood=5)
    assert timeline(db, client).current == "toegelaten"


def test_procesplaat_advance_refuses_a_date_before_the_current_phase(db) -> None:
    client = add_client(db, phases=(("contact_gemeente", date(2026, 11, 2)),))
    with pytest.raises(UserError, match="vóór 02-11-2026"):
        procesplaat.advance(db, client, on=date(2026, 11, 1))
    assert timeline(db, client).current == "contact_gemeente"


def test_procesplaat_advance_after_the_last_step_is_refused(db) -> None:
    client = add_client(db, phases=(("nazorg", date(2026, 11, 2)),))
    with pytest.raises(UserError, match="laatste stap"):
        procesplaat.advance(db, client, on=TODAY)


def test_procesplaat_setback_is_recorded_in_the_phase_it_struck(db) -> None:
    client = add_client(
        db, phases=(("contact_gemeente", date(2026, 9, 1)), ("intake", date(2026, 10, 1)))
    )
    procesplaat.add_event(
        db,
        client,
        kind="setback",
        phase="intake",
        on=date(2026, 10, 10),
        text="Loonbeslag",
        words="Niet weer!",
        mood=1,
    )
    marks = timeline(db, client).events_in("intake")
    assert [(m.kind, m.text, m.client_words, m.mood) for m in marks if m.kind == "setback"] == [
        ("setback", "Loonbeslag", "Niet weer!", 1)
    ]
    assert timeline(db, client).current == "intake"  # a setback never moves her


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "entered"}, "Onbekende soort"),
        ({"phase": "maan"}, "Onbekende fase"),
        ({"text": "", "words": ""}, "Schrijf kort op"),
        ({"mood": 6}, "1 tot en met 5"),
        ({"text": "x" * 501}, "te lang"),
    ],
)
def test_procesplaat_bad_event_is_refused_and_nothing_written(db, kwargs, message) -> None:
    client = add_client(db)
    values = {"kind": "milestone", "phase": "contact_gemeente", "on": TODAY, "text": "Iets"}
    values.update(kwargs)
    with pytest.raises(UserError, match=message):
        procesplaat.add_event(db, client, **values)
    with db.session() as session:
        assert len(session.exec(select(JourneyEvent)).all()) == 1  # only the start


def test_procesplaat_update_returns_old_values_for_undo(db) -> None:
    client = add_client(db)
    event_id = procesplaat.add_event(
        db, client, kind="milestone", phase="contact_gemeente", on=TODAY, text="Eerste"
    )
    old = procesplaat.update_event(db, event_id, {"text": "Tweede", "mood": 4})
    assert old == {"text": "Eerste", "mood": None}
    procesplaat.update_event(db, event_id, old)
    (mark,) = [m for m in timeline(db, client).events if m.id == str(event_id)]
    assert (mark.text, mark.mood) == ("Eerste", None)


def test_procesplaat_delete_and_restore_bring_back_the_same_event(db) -> None:
    client = add_client(db)
    event_id = procesplaat.add_event(
        db, client, kind="setback", phase="contact_gemeente", on=TODAY, words="Schrik"
    )
    values = procesplaat.delete_event(db, event_id)
    assert all(m.id != str(event_id) for m in timeline(db, client).events)
    procesplaat.restore_event(db, values)
    assert any(m.id == str(event_id) for m in timeline(db, client).events)
    with db.session() as session:
        actions = [e.action for e in session.exec(select(AuditEvent)) if e.record_id == event_id]
    assert actions == ["create", "delete", "create"]


def test_procesplaat_the_first_step_cannot_be_deleted(db) -> None:
    add_client(db)
    with db.session() as session:
        (start,) = session.exec(select(JourneyEvent)).all()
    with pytest.raises(UserError, match="eerste stap"):
        procesplaat.delete_event(db, start.id)


def test_procesplaat_crisis_from_an_eviction_drives_the_three_day_deadline(db) -> None:
    client = add_client(
        db,
        phases=(("contact_gemeente", date(2026, 11, 23)),),
        debts=(("Woonstichting", "1200.00"),),
        enforcement=("eviction", date(2026, 11, 24)),
    )
    marks = {m.kind: m for m in timeline(db, client).deadlines}
    assert marks["first_conversation_crisis"].due_on == date(2026, 11, 27)
