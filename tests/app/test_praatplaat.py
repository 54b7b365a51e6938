"""The praatplaat's use cases: scores per day, goals, their undo values and the audit trail."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from builders import add_client
from sqlmodel import col, select

from app import praatplaat
from app.db import Database
from app.dossier_json import dossier_dict
from app.errors import NotFoundError, UserError
from models.tables import AuditEvent, Goal, LifeDomainScore

INTAKE = date(2026, 9, 3)
TODAY = date(2026, 11, 26)


@pytest.fixture
def client(db: Database) -> uuid.UUID:
    return add_client(db, first_names="Tanya", last_name="Verhoef")


def state(db: Database, client_id: uuid.UUID, domain: str) -> Any:
    return next(s for s in praatplaat.praatplaat(db, client_id)["domains"] if s.domain == domain)


def score_rows(db: Database, client_id: uuid.UUID) -> list[LifeDomainScore]:
    with db.session() as session:
        query = select(LifeDomainScore).where(LifeDomainScore.client_id == client_id)
        return list(session.exec(query))


def audit_actions(db: Database, record_type: str) -> list[str]:
    with db.session() as session:
        query = (
            select(AuditEvent)
            .where(AuditEvent.record_type == record_type)
            .order_by(col(AuditEvent.at))
        )
        return [event.action for event in session.exec(query)]


def test_praatplaat_snapshot_has_her_name_all_domains_and_goals(db, client) -> None:
    praatplaat.add_goal(
        db, client, text="De post weer openmaken", life_domain="Geldzaken", on=INTAKE
    )
    snapshot = praatplaat.praatplaat(db, client)
    assert snapshot["name"] == "Tanya Verhoef"
    assert len(snapshot["domains"]) == 13
    assert [g["text"] for g in snapshot["goals"]] == ["De post weer openmaken"]


def test_praatplaat_score_on_a_new_day_adds_history(db, client) -> None:
    praatplaat.set_score(db, client, "Geldzaken", 2, "Veel post", INTAKE)
    undo = praatplaat.set_score(db, client, "Geldzaken", 3, "Post open", TODAY)
    assert undo["created"] is True
    assert len(score_rows(db, client)) == 2
    now = state(db, client, "Geldzaken")
    assert (now.score, now.previous, now.change, now.note) == (3, 2, 1, "Post open")


def test_praatplaat_score_on_the_same_day_changes_that_days_score(db, client) -> None:
    praatplaat.set_score(db, client, "Woning", 2, "Huurachterstand", TODAY)
    undo = praatplaat.set_score(db, client, "Woning", 1, "Ontruiming aangezegd", TODAY)
    assert undo == {"id": undo["id"], "created": False, "score": 2, "note": "Huurachterstand"}
    assert [(r.score, r.note) for r in score_rows(db, client)] == [(1, "Ontruiming aangezegd")]


def test_praatplaat_undo_score_removes_a_new_score(db, client) -> None:
    praatplaat.set_score(db, client, "Geldzaken", 2, None, INTAKE)
    undo = praatplaat.set_score(db, client, "Geldzaken", 4, None, TODAY)
    praatplaat.undo_score(db, undo)
    now = state(db, client, "Geldzaken")
    assert (now.score, now.scored_on, now.previous) == (2, INTAKE, None)


def test_praatplaat_undo_score_gives_back_the_days_old_score_and_note(db, client) -> None:
    praatplaat.set_score(db, client, "Zelfzorg", 3, "Redt zich", TODAY)
    undo = praatplaat.set_score(db, client, "Zelfzorg", 5, None, TODAY)
    praatplaat.undo_score(db, undo)
    now = state(db, client, "Zelfzorg")
    assert (now.score, now.note) == (3, "Redt zich")


def test_praatplaat_score_note_is_trimmed_and_empty_is_none(db, client) -> None:
    praatplaat.set_score(db, client, "Justitie", 4, "   ", TODAY)
    assert state(db, client, "Justitie").note is None


@pytest.mark.parametrize(
    ("domain", "score", "note", "message"),
    [
        ("Vrije tijd", 3, None, "Onbekend leefgebied"),
        ("", 3, None, "Kies een leefgebied"),
        ("Geldzaken", 0, None, "van 1 tot en met 5"),
        ("Geldzaken", 6, None, "van 1 tot en met 5"),
        ("Geldzaken", 3, "x" * 501, "te lang"),
    ],
)
def test_praatplaat_bad_score_is_refused_and_nothing_written(
    db, client, domain: str, score: int, note: str | None, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        praatplaat.set_score(db, client, domain, score, note, TODAY)
    assert score_rows(db, client) == []


def test_praatplaat_score_for_an_unknown_client_is_refused(db) -> None:
    with pytest.raises(NotFoundError):
        praatplaat.set_score(db, uuid.uuid4(), "Geldzaken", 3, None, TODAY)


def test_praatplaat_every_score_change_is_audited(db, client) -> None:
    undo = praatplaat.set_score(db, client, "Geldzaken", 2, None, TODAY)
    praatplaat.set_score(db, client, "Geldzaken", 3, None, TODAY)
    praatplaat.undo_score(db, undo | {"created": True})
    assert audit_actions(db, "life_domain_score") == ["create", "update", "delete"]


def test_praatplaat_goals_open_first_then_reached(db, client) -> None:
    first = praatplaat.add_goal(db, client, text="Rust in mijn hoofd", on=INTAKE)
    praatplaat.add_goal(
        db, client, text="Meer uren werken", life_domain="Werk en opleiding", on=TODAY
    )
    praatplaat.set_goal_reached(db, first, TODAY)
    goals = praatplaat.praatplaat(db, client)["goals"]
    assert [(g["text"], g["reached_on"]) for g in goals] == [
        ("Meer uren werken", None),
        ("Rust in mijn hoofd", TODAY),
    ]


def test_praatplaat_goal_reached_returns_the_old_date_for_undo(db, client) -> None:
    goal = praatplaat.add_goal(db, client, text="Post openmaken", on=INTAKE)
    assert praatplaat.set_goal_reached(db, goal, TODAY) is None
    assert praatplaat.set_goal_reached(db, goal, None) == TODAY


def test_praatplaat_goal_cannot_be_reached_before_it_was_set(db, client) -> None:
    goal = praatplaat.add_goal(db, client, text="Post openmaken", on=TODAY)
    with pytest.raises(UserError, match="vóór het gesteld werd"):
        praatplaat.set_goal_reached(db, goal, INTAKE)
    assert praatplaat.praatplaat(db, client)["goals"][0]["reached_on"] is None


def test_praatplaat_update_goal_returns_the_old_values(db, client) -> None:
    goal = praatplaat.add_goal(db, client, text="Post", life_domain="Geldzaken", on=INTAKE)
    old = praatplaat.update_goal(db, goal, {"text": " Elke week de post ", "life_domain": None})
    assert old == {"text": "Post", "life_domain": "Geldzaken"}
    values = praatplaat.praatplaat(db, client)["goals"][0]
    assert (values["text"], values["life_domain"]) == ("Elke week de post", None)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"text": "  "}, "Schrijf op wat het doel is"),
        ({"text": "x" * 301}, "te lang"),
        ({"life_domain": "Vrije tijd"}, "Onbekend leefgebied"),
        ({"set_on": "2026-11-26"}, "Geef een datum op"),
        ({"client_id": uuid.uuid4()}, "kan niet worden aangepast"),
    ],
)
def test_praatplaat_bad_goal_change_is_refused(
    db, client, changes: dict[str, Any], message: str
) -> None:
    goal = praatplaat.add_goal(db, client, text="Post", on=INTAKE)
    with pytest.raises(UserError, match=message):
        praatplaat.update_goal(db, goal, changes)


def test_praatplaat_goal_without_text_is_not_added(db, client) -> None:
    with pytest.raises(UserError, match="Schrijf op wat het doel is"):
        praatplaat.add_goal(db, client, text=" ", on=TODAY)
    assert praatplaat.praatplaat(db, client)["goals"] == []


def test_praatplaat_deleted_goal_comes_back_with_its_id(db, client) -> None:
    goal = praatplaat.add_goal(db, client, text="Post", life_domain="Geldzaken", on=INTAKE)
    praatplaat.set_goal_reached(db, goal, TODAY)
    values = praatplaat.delete_goal(db, goal)
    assert praatplaat.praatplaat(db, client)["goals"] == []
    praatplaat.restore_goal(db, values)
    assert praatplaat.praatplaat(db, client)["goals"] == [values]
    assert audit_actions(db, "goal") == ["create", "update", "delete", "create"]


def test_praatplaat_deleting_a_missing_goal_says_so(db) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        praatplaat.delete_goal(db, uuid.uuid4())


def test_praatplaat_dossier_json_exports_the_current_score_per_domain(db, client) -> None:
    praatplaat.set_score(db, client, "Woning", 2, "Achterstand", INTAKE)
    praatplaat.set_score(db, client, "Woning", 4, "Afgelost", TODAY)
    praatplaat.set_score(db, client, "Geldzaken", 3, None, TODAY)
    with db.session() as session:
        dossier = dossier_dict(
            session,
            client,
            exported_at=datetime.now(UTC),
            exported_by={"name": None, "organisation": None, "role": "other"},
            today=TODAY,
        )
    assert dossier["life_domains"] == [
        {"domain": "Geldzaken", "score": 3, "note": None},
        {"domain": "Woning", "score": 4, "note": "Afgelost"},
    ]


def test_praatplaat_goal_rows_belong_to_the_client(db, client) -> None:
    praatplaat.add_goal(db, client, text="Post", on=INTAKE)
    with db.session() as session:
        assert [g.client_id for g in session.exec(select(Goal))] == [client]
