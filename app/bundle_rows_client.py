"""The client's side of a dossier.json as rows: person, household, journey, goals, money, to-dos."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import SQLModel

from app.bundle_fields import (
    PERSON,
    DossierError,
    Ids,
    as_object,
    bool_of,
    date_of,
    keep_unknown,
    money_of,
    objects_in,
    required_text_of,
    score_of,
    set_aside,
    text_of,
    without,
)
from models.codes import Relation
from models.messages import say
from models.tables import (
    Action,
    Client,
    ExpenseItem,
    Goal,
    HouseholdMember,
    IncomeItem,
    JourneyEvent,
    LifeDomainScore,
    Note,
)
from models.values import InvalidValue, parse_moment

__all__ = [
    "action_rows",
    "amount_rows",
    "client_row",
    "event_rows",
    "goal_and_score_rows",
    "household_rows",
    "note_rows",
]


def _person(obj: Mapping[str, Any], where: str) -> dict[str, Any]:
    values: dict[str, Any] = {key: text_of(obj, key, where) for key in PERSON}
    values["birth_date"] = date_of(obj, "birth_date", where)
    values["last_name"] = values["last_name"] or ""
    return values


def client_row(
    source: Mapping[str, Any], process: str, ids: Ids, unknown: dict[str, Any]
) -> Client:
    """The client: person, address, bank account and administration (bewind)."""
    where = "client"
    keep_unknown(unknown, "client", source, where)
    if source.get("id") is None:
        raise DossierError("client.id", say("dit veld is verplicht."))
    client_id = ids.define("client", source.get("id"), "client.id")
    address = as_object(source.get("address") or {}, "client.address")
    keep_unknown(unknown, "address", address, "client.address")
    administration = as_object(source.get("administration") or {}, "client.administration")
    keep_unknown(unknown, "administration", administration, "client.administration")
    return Client(
        id=client_id,
        **_person(source, where),
        bank_name=text_of(source, "bank_name", where),
        iban=text_of(source, "iban", where),
        marital_status=text_of(source, "marital_status", where),
        marital_status_since=date_of(source, "marital_status_since", where),
        street=text_of(address, "street", "client.address"),
        house_number=text_of(address, "house_number", "client.address"),
        house_number_suffix=text_of(address, "house_number_suffix", "client.address"),
        postcode=text_of(address, "postcode", "client.address"),
        city=text_of(address, "city", "client.address"),
        administration_kind=text_of(administration, "kind", "client.administration"),
        administrator=text_of(administration, "administrator", "client.administration"),
        administration_organisation=text_of(
            administration, "organisation", "client.administration"
        ),
        administration_decision_date=date_of(
            administration, "decision_date", "client.administration"
        ),
        process_key=process,
    )


def household_rows(
    source: Mapping[str, Any], client_id: uuid.UUID, unknown: dict[str, Any]
) -> list[HouseholdMember]:
    """The partner and the other members of the household."""
    members: list[HouseholdMember] = []
    if source.get("partner") is not None:
        partner = as_object(source["partner"], "client.partner")
        keep_unknown(unknown, "partner", partner, "client.partner")
        members.append(
            HouseholdMember(
                client_id=client_id,
                relation=Relation.PARTNER.value,
                **_person(partner, "client.partner"),
            )
        )
    for where, member in objects_in(source.get("household"), "client.household", unknown):
        relation = text_of(member, "relation", where) or Relation.OTHER.value
        if relation == Relation.PARTNER.value:  # the partner has her own key
            unknown[f"{where}.relation"] = relation
            relation = Relation.OTHER.value
        # The bundle carries one name; it goes whole into the last name, so that it reads
        # and is exported again exactly as it came.
        members.append(
            HouseholdMember(
                client_id=client_id,
                relation=relation,
                last_name=text_of(member, "name", where) or "",
                birth_date=date_of(member, "birth_date", where),
            )
        )
    return members


def event_rows(
    journey: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: Ids,
    unknown: dict[str, Any],
    notes: list[str],
) -> list[JourneyEvent]:
    """The journey's events; one without a date, phase or kind is set aside, not drawn.

    A phase the process template lacks is kept as it is (a municipality's own template may
    name other phases); the route shows what it can of it.
    """
    keep_unknown(unknown, "journey", journey, "journey")
    events = []
    for where, event in objects_in(journey.get("events"), "journey.events", unknown):
        occurred_on = date_of(event, "on", where)
        phase = text_of(event, "phase", where)
        kind = text_of(event, "kind", where)
        missing = [
            word
            for word, value in (("datum", occurred_on), ("fase", phase), ("soort", kind))
            if value is None
        ]
        if occurred_on is None or phase is None or kind is None:
            set_aside(
                unknown,
                notes,
                where,
                event,
                why=without(missing),
                instead=say("niet op de route getoond"),
            )
            continue
        events.append(
            JourneyEvent(
                id=ids.define("event", event.get("id"), f"{where}.id"),
                client_id=client_id,
                phase=phase,
                kind=kind,
                occurred_on=occurred_on,
                text=text_of(event, "text", where),
                client_words=text_of(event, "client_words", where),
                mood=score_of(event, "mood", where),
            )
        )
    return events


def goal_and_score_rows(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: Ids,
    unknown: dict[str, Any],
    notes: list[str],
) -> list[SQLModel]:
    """The client's goals and the current score per life domain.

    A goal without text, or a score without its domain or its score, is set aside.
    """
    rows: list[SQLModel] = []
    for where, goal in objects_in(dossier.get("goals"), "goals", unknown):
        text = text_of(goal, "text", where)
        if text is None:
            set_aside(
                unknown, notes, where, goal, why="zonder tekst", instead="niet als doel getoond"
            )
            continue
        rows.append(
            Goal(
                id=ids.define("goal", goal.get("id"), f"{where}.id"),
                client_id=client_id,
                text=text,
                life_domain=text_of(goal, "life_domain", where),
                set_on=date_of(goal, "set_on", where),
                reached_on=date_of(goal, "reached_on", where),
            )
        )
    for where, score in objects_in(dossier.get("life_domains"), "life_domains", unknown):
        domain = text_of(score, "domain", where)
        value = score_of(score, "score", where)
        if domain is None or value is None:
            missing = [word for word, v in (("leefgebied", domain), ("score", value)) if v is None]
            set_aside(
                unknown,
                notes,
                where,
                score,
                why=without(missing),
                instead=say("niet bij de leefgebieden getoond"),
            )
            continue
        # The bundle carries the current score only, without its date.
        rows.append(
            LifeDomainScore(
                client_id=client_id,
                domain=domain,
                score=value,
                note=text_of(score, "note", where),
            )
        )
    return rows


#: How a person reads each list of amounts: its line set aside is not shown as this.
_SHOWN_AS = {"income": "inkomen", "expenses": "uitgave"}


def amount_rows(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: Ids,
    unknown: dict[str, Any],
    notes: list[str],
) -> list[SQLModel]:
    """Income and expenses per month; a line without an amount is set aside.

    A line without a kind keeps its amount (it counts in the budget) with an empty kind:
    the table has no room for none, and a kind of our choosing would be invented.
    """
    rows: list[SQLModel] = []
    for key, table in (("income", IncomeItem), ("expenses", ExpenseItem)):
        for where, item in objects_in(dossier.get(key), key, unknown):
            amount = money_of(item, "amount_per_month", where)
            if amount is None:
                set_aside(
                    unknown,
                    notes,
                    where,
                    item,
                    why="zonder bedrag",
                    instead=f"niet als {_SHOWN_AS[key]} getoond",
                )
                continue
            rows.append(
                table(
                    id=ids.define(key, item.get("id"), f"{where}.id"),
                    client_id=client_id,
                    kind=text_of(item, "kind", where) or "",
                    source=text_of(item, "source", where),
                    amount_per_month=amount,
                )
            )
    return rows


def action_rows(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: Ids,
    moment: datetime,
    unknown: dict[str, Any],
) -> list[Action]:
    """The to-do list, in the bundle's order."""
    actions = []
    for index, (where, action) in enumerate(objects_in(dossier.get("actions"), "actions", unknown)):
        actions.append(
            Action(
                id=ids.define("action", action.get("id"), f"{where}.id"),
                client_id=client_id,
                title=required_text_of(action, "title", where),
                # None given: left empty, shown empty; the table has no room for null.
                owner=text_of(action, "owner", where) or "",
                due_on=date_of(action, "due_on", where),
                done_on=date_of(action, "done_on", where),
                phase=text_of(action, "phase", where),
                debt_id=ids.ref("debt", action.get("debt_id"), f"{where}.debt_id"),
                note=text_of(action, "note", where),
                # The list is ordered by creation: the bundle's order is kept that way.
                created_at=moment + timedelta(microseconds=index),
            )
        )
    return actions


def note_rows(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: Ids,
    moment: datetime,
    unknown: dict[str, Any],
    notes: list[str],
) -> list[Note]:
    """The notes; one without a moment gets the import's, one without text is set aside."""
    rows = []
    for where, note in objects_in(dossier.get("notes"), "notes", unknown):
        text = text_of(note, "text", where)
        if text is None:
            set_aside(
                unknown, notes, where, note, why="zonder tekst", instead="niet als notitie getoond"
            )
            continue
        written = note.get("written_at")
        try:
            written_at = parse_moment(written, field="written_at") if written else moment
        except InvalidValue as exc:
            raise DossierError(f"{where}.written_at", exc.message) from None
        rows.append(
            Note(
                id=ids.define("note", note.get("id"), f"{where}.id"),
                client_id=client_id,
                written_at=written_at,
                author=text_of(note, "author", where),
                text=text,
                client_visible=bool_of(note, "client_visible", where),
            )
        )
    return rows
