"""Client use cases: create, edit with validation, find by prefix, the list rows."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from builders import add_client
from sqlmodel import select

from app import client_rows, clients
from app.errors import NotFoundError
from models.tables import AuditEvent, Client, HouseholdMember, JourneyEvent

TODAY = date(2026, 11, 26)


def test_create_client_starts_the_route_at_the_request(db) -> None:
    client_id = clients.create_client(
        db, {"first_names": "Tanya", "last_name": "Visser", "bsn": "111222333"}, today=TODAY
    )
    with db.session() as session:
        events = session.exec(select(JourneyEvent).where(JourneyEvent.client_id == client_id)).all()
    assert [(e.phase, e.kind, e.occurred_on) for e in events] == [
        ("contact_gemeente", "entered", TODAY)
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("last_name", "", "achternaam"),
        ("bsn", "123456789", "elfproef"),
        ("postcode", "0123 AB", "postcode"),
        ("birth_date", "31-02-1990", "bestaat niet"),
        ("iban", "NL91ABNA0417164301", "IBAN"),
    ],
)
def test_create_client_refuses_bad_fields_and_writes_nothing(
    db, field: str, value: str, message: str
) -> None:
    raw = {"last_name": "Visser", field: value}
    with pytest.raises(clients.FormErrors) as caught:
        clients.create_client(db, raw, today=TODAY)
    assert field in caught.value.errors
    assert message.lower() in caught.value.errors[field].lower()
    with db.session() as session:
        assert session.exec(select(Client)).all() == []


def test_save_details_stores_partner_and_children_in_one_go(db) -> None:
    client_id = add_client(db)
    clients.save_client_details(
        db,
        client_id,
        {"postcode": "2711ab", "marital_status": "married_community"},
        {"first_names": "Mark", "last_name": "Jansen", "birth_date": "03-05-1980"},
        [
            {"first_names": "Lisa", "birth_date": "12-01-2014", "relation": "child"},
            {"first_names": "Daan", "birth_date": "30-08-2016", "relation": "child"},
        ],
    )
    client_values, partner, household = clients.client_details(db, client_id)
    assert client_values["postcode"] == "2711 AB"
    assert client_values["marital_status"] == "married_community"
    assert partner["first_names"] == "Mark"
    assert partner["birth_date"] == "03-05-1980"
    assert [m["first_names"] for m in household] == ["Lisa", "Daan"]


def test_save_details_with_one_bad_child_changes_nothing(db) -> None:
    client_id = add_client(db)
    with pytest.raises(clients.FormErrors) as caught:
        clients.save_client_details(
            db,
            client_id,
            {"city": "Zoetermeer"},
            {"last_name": "Jansen", "bsn": "111"},
            [{"first_names": "Lisa", "birth_date": "morgen", "relation": "child"}],
        )
    assert set(caught.value.errors) == {"partner.bsn", "household[0].birth_date"}
    with db.session() as session:
        assert session.get(Client, client_id).city is None
        assert session.exec(select(HouseholdMember)).all() == []


def test_save_details_empty_partner_form_removes_the_partner(db) -> None:
    client_id = add_client(db)
    clients.save_client_details(db, client_id, {}, {"last_name": "Jansen"}, None)
    clients.save_client_details(db, client_id, {}, {"last_name": "", "first_names": ""}, None)
    assert clients.client_details(db, client_id)[1] == {}


def test_save_details_audits_field_names_never_values(db) -> None:
    client_id = add_client(db)
    clients.save_client_details(db, client_id, {"bsn": "111222333", "city": "Delft"})
    with db.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "update")).all()
    assert [e.fields for e in events] == ["bsn,city"]
    assert all("111222333" not in (e.fields or "") for e in events)


def test_find_client_id_accepts_a_unique_prefix(db) -> None:
    client_id = add_client(db)
    assert clients.find_client_id(db, client_id.hex[:6]) == client_id
    assert clients.find_client_id(db, str(client_id).upper()) == client_id


@pytest.mark.parametrize("reference", ["", "xyz", "ffffffffffff"])
def test_find_client_id_refuses_unknown_references(db, reference: str) -> None:
    add_client(db)
    with pytest.raises(NotFoundError):
        clients.find_client_id(db, reference)


def test_find_client_id_refuses_an_ambiguous_prefix(db) -> None:
    seen: dict[str, int] = {}
    while max(seen.values(), default=0) < 2:  # 17 ids at most: only 16 hex digits exist
        first = add_client(db).hex[0]
        seen[first] = seen.get(first, 0) + 1
    shared = next(digit for digit, count in seen.items() if count == 2)
    with pytest.raises(NotFoundError, match="past bij 2 klanten"):
        clients.find_client_id(db, shared)


def test_list_rows_sum_open_debts_exactly(db) -> None:
    add_client(db, debts=(("A", "0.10"), ("B", "0.20"), ("C", "1234.55")))
    (row,) = clients.list_client_rows(db, today=TODAY)
    assert row.total_debt == Decimal("1234.85")


def test_list_rows_show_the_current_phase_and_the_first_conversation_deadline(db) -> None:
    add_client(db, phases=(("contact_gemeente", date(2026, 11, 2)),))
    (row,) = clients.list_client_rows(db, today=TODAY)
    assert row.phase == "contact_gemeente"
    assert row.next_deadline == date(2026, 11, 30)  # four weeks after the request


def test_list_rows_crisis_shortens_the_deadline_to_three_working_days(db) -> None:
    add_client(
        db,
        phases=(("contact_gemeente", date(2026, 11, 20)),),
        debts=(("Woonstad", "2400.00"),),
        enforcement=("eviction", date(2026, 11, 20)),
    )
    (row,) = clients.list_client_rows(db, today=TODAY)
    assert row.next_deadline == date(2026, 11, 25)  # Fri 20 Nov + 3 working days


@pytest.mark.parametrize(
    "query", ["tanya", "VISSER", "111222333", "2711ab", "2711 ab", "14-03-1984", "tan viss"]
)
def test_list_rows_search_text_matches_name_bsn_postcode_and_birth_date(db, query: str) -> None:
    add_client(
        db,
        first_names="Tanya",
        last_name="Visser",
        bsn="111222333",
        postcode="2711 AB",
        birth_date=date(1984, 3, 14),
    )
    (row,) = clients.list_client_rows(db, today=TODAY)
    assert client_rows.matches(row.search_text, query)
    assert not client_rows.matches(row.search_text, query + "x")


def test_close_client_records_the_date_and_refuses_twice(db) -> None:
    client_id = add_client(db)
    clients.close_client(db, client_id, on=TODAY)
    (row,) = clients.list_client_rows(db, today=TODAY)
    assert row.status == "closed"
    assert row.next_deadline is None
    with pytest.raises(clients.UserError, match="al gesloten"):
        clients.close_client(db, client_id, on=TODAY)


def test_save_details_keeps_household_members_and_their_hidden_fields(db) -> None:
    from models.tables import HouseholdMember as Member

    client_id = add_client(db)
    with db.session() as session:
        child = Member(
            client_id=client_id,
            relation="child",
            first_names="Sem",
            prefix="de",
            last_name="Bruijn",
            bsn="111222333",
            birth_date=date(2012, 9, 29),
        )
        session.add(child)
    _, _, household = clients.client_details(db, client_id)
    assert household[0]["first_names"] == "Sem de Bruijn"
    clients.save_client_details(db, client_id, {}, None, household)
    with db.session() as session:
        (kept,) = session.exec(select(Member).where(Member.client_id == client_id)).all()
        audits = session.exec(select(AuditEvent).where(AuditEvent.record_type == "household"))
        assert list(audits) == []
    assert (kept.id, kept.prefix, kept.last_name, kept.bsn) == (
        child.id,
        "de",
        "Bruijn",
        "111222333",
    )


def test_save_details_changes_a_member_in_place_and_removes_the_missing(db) -> None:
    client_id = add_client(db)
    clients.save_client_details(
        db,
        client_id,
        {},
        None,
        [
            {"first_names": "Lisa", "birth_date": "12-01-2014", "relation": "child"},
            {"first_names": "Oma", "birth_date": "", "relation": "other"},
        ],
    )
    _, _, household = clients.client_details(db, client_id)
    lisa = next(m for m in household if m["first_names"] == "Lisa")
    lisa["birth_date"] = "13-01-2014"
    clients.save_client_details(db, client_id, {}, None, [lisa])
    _, _, after = clients.client_details(db, client_id)
    assert [(m["id"], m["birth_date"]) for m in after] == [(lisa["id"], "13-01-2014")]
