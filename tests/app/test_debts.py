"""The schuldenlijst's use cases: every change checked, stored at once, and undoable."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from builders import add_client
from sqlmodel import func, select

from app import debt_measures, debts
from app.dossier_json import read_dossier
from models.tables import AuditEvent, Creditor, Debt, Enforcement

TODAY = date(2026, 11, 27)


def new_creditor(db, name: str = "Woonstad Rotterdam", kind: str = "landlord") -> uuid.UUID:
    with db.session() as session:
        creditor = Creditor(name=name, kind=kind, category="other")
        session.add(creditor)
        return creditor.id


def count(db, table) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(table)).one()


def test_debts_add_lists_the_debt_with_its_creditor_and_marks_a_stale_balance(db) -> None:
    client = add_client(db)
    creditor = new_creditor(db)
    debt_id = debts.add_debt(
        db,
        client,
        creditor_id=creditor,
        fields={"total": "1.234,56", "confirmed_on": "01-04-2026", "reference": "H-1"},
        today=TODAY,
    )
    (row,) = debts.list_debts(db, client, today=TODAY).rows
    assert row.id == debt_id
    assert row.creditor_name == "Woonstad Rotterdam"
    assert row.total == Decimal("1234.56")
    assert row.status == "reported"
    assert row.stale  # 1 April + 6 months < 27 November


def test_debts_add_refuses_bad_fields_and_stores_nothing(db) -> None:
    client = add_client(db)
    creditor = new_creditor(db)
    before = count(db, Debt), count(db, AuditEvent)
    with pytest.raises(debts.DebtErrors) as caught:
        debts.add_debt(
            db,
            client,
            creditor_id=creditor,
            fields={"total": "-10", "confirmed_on": "01-01-2027"},
            today=TODAY,
        )
    assert set(caught.value.errors) == {"total", "confirmed_on"}
    assert (count(db, Debt), count(db, AuditEvent)) == before


def test_debts_a_creditor_cannot_have_the_same_reference_twice_for_one_client(db) -> None:
    client = add_client(db)
    creditor = new_creditor(db)
    fields = {"total": "10", "reference": "K-77"}
    debts.add_debt(db, client, creditor_id=creditor, fields=fields, today=TODAY)
    with pytest.raises(debts.DebtErrors) as caught:
        debts.add_debt(db, client, creditor_id=creditor, fields=fields, today=TODAY)
    assert "K-77" in caught.value.errors["reference"]
    other = new_creditor(db, "Vattenfall", "energy")
    debts.add_debt(db, client, creditor_id=other, fields=fields, today=TODAY)  # another creditor
    assert count(db, Debt) == 2


def test_debts_update_returns_old_values_that_undo_the_change(db) -> None:
    client = add_client(db)
    creditor = new_creditor(db)
    debt_id = debts.add_debt(db, client, creditor_id=creditor, fields={"total": "100"}, today=TODAY)
    old = debts.update_debt(db, debt_id, {"total": "150,00", "status": "confirmed"}, today=TODAY)
    assert old == {"total": Decimal("100.00"), "status": "reported"}
    (row,) = debts.list_debts(db, client, today=TODAY).rows
    assert (row.total, row.status) == (Decimal("150.00"), "confirmed")
    debts.update_debt(db, debt_id, old, today=TODAY)
    (row,) = debts.list_debts(db, client, today=TODAY).rows
    assert (row.total, row.status) == (Decimal("100.00"), "reported")


def test_debts_update_checks_the_whole_debt_again(db) -> None:
    client = add_client(db)
    creditor = new_creditor(db)
    debt_id = debts.add_debt(
        db,
        client,
        creditor_id=creditor,
        fields={"principal": "80", "interest": "10", "costs": "10", "total": "100"},
        today=TODAY,
    )
    with pytest.raises(debts.DebtErrors) as caught:
        debts.update_debt(db, debt_id, {"principal": "90"}, today=TODAY)
    assert "niet gelijk" in caught.value.errors["total"]
    (row,) = debts.list_debts(db, client, today=TODAY).rows
    assert row.principal == Decimal("80.00")


def test_debts_delete_and_restore_bring_back_the_debt_and_its_measures(db) -> None:
    client = add_client(db)
    creditor = new_creditor(db)
    debt_id = debts.add_debt(db, client, creditor_id=creditor, fields={"total": "5"}, today=TODAY)
    measure = debt_measures.add_measure(
        db, debt_id, {"kind": "enforcement_order", "since": "01-11-2026"}, today=TODAY
    )
    snapshot = debts.delete_debt(db, debt_id)
    assert (count(db, Debt), count(db, Enforcement)) == (0, 0)
    debts.restore_debt(db, snapshot)
    (row,) = debts.list_debts(db, client, today=TODAY).rows
    assert row.id == debt_id
    assert [m.id for m in row.measures] == [measure]


def test_debts_an_eviction_recorded_here_brings_the_first_conversation_to_3_working_days(
    db,
) -> None:
    client = add_client(db, phases=(("contact_gemeente", date(2026, 11, 2)),))
    creditor = new_creditor(db)
    debt_id = debts.add_debt(db, client, creditor_id=creditor, fields={"total": "900"}, today=TODAY)
    before = read_dossier(db, client, today=TODAY)["deadlines"]
    assert not debts.list_debts(db, client, today=TODAY).crisis_on
    debt_measures.add_measure(db, debt_id, {"kind": "eviction", "since": "26-11-2026"}, today=TODAY)
    listed = debts.list_debts(db, client, today=TODAY)
    assert listed.crisis_on == date(2026, 11, 26)
    assert listed.rows[0].crisis
    after = read_dossier(db, client, today=TODAY)["deadlines"]
    first = {d["kind"]: d["due_on"] for d in after}
    assert first != {d["kind"]: d["due_on"] for d in before}
    assert "2026-12-01" in first.values()  # Thu 26 Nov + 3 working days = Tue 1 Dec


def test_debts_measures_are_checked_changed_and_undone(db) -> None:
    client = add_client(db)
    creditor = new_creditor(db)
    debt_id = debts.add_debt(db, client, creditor_id=creditor, fields={"total": "5"}, today=TODAY)
    with pytest.raises(debts.DebtErrors) as caught:
        debt_measures.add_measure(db, debt_id, {"kind": "", "since": "01-01-2030"}, today=TODAY)
    assert set(caught.value.errors) == {"kind", "since"}
    measure = debt_measures.add_measure(
        db, debt_id, {"kind": "wage_garnishment", "since": "01-10-2026"}, today=TODAY
    )
    old = debt_measures.update_measure(db, measure, {"until": "01-03-2027"}, today=TODAY)
    assert old == {"until": None}
    values = debt_measures.delete_measure(db, measure)
    debt_measures.restore_measure(db, values)
    (row,) = debts.list_debts(db, client, today=TODAY).rows
    assert row.measures[0].until == date(2027, 3, 1)
