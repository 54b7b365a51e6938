"""Tests of the demo dossiers and the generated load-test clients."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy
from sqlalchemy import event, func
from sqlmodel import Session, SQLModel, col, select

import models.tables
from app.demo import (
    DEMO_CLIENT_IDS,
    PHASES,
    SAMIRA_ID,
    SMIT_ID,
    TANYA_ID,
    add_demo_dossiers,
    add_generated_clients,
)
from app.resources import load_process
from models.identifiers import is_valid_bsn
from models.journey import current_phase
from models.people import age_on
from models.tables import (
    Client,
    Creditor,
    Debt,
    Enforcement,
    HouseholdMember,
    JourneyEvent,
)
from models.values import sum_money

TODAY = date(2026, 11, 26)
POSTCODE = re.compile(r"[1-9][0-9]{3} [A-Z]{2}")


def _engine() -> sqlalchemy.Engine:
    engine = sqlalchemy.create_engine("sqlite://")

    # The app's database enforces foreign keys, so the demo's insert order must respect them.
    @event.listens_for(engine, "connect")
    def _foreign_keys(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA foreign_keys=ON")

    SQLModel.metadata.create_all(engine)
    return engine


@pytest.fixture
def session() -> Iterator[Session]:
    assert models.tables  # the import registers the tables with SQLModel.metadata
    with Session(_engine()) as s:
        yield s


@pytest.fixture
def demo(session: Session) -> Session:
    add_demo_dossiers(session, today=TODAY)
    session.commit()
    return session


def _events(session: Session, client_id: uuid.UUID) -> list[JourneyEvent]:
    return list(session.exec(select(JourneyEvent).where(JourneyEvent.client_id == client_id)))


def _count_rows(session: Session) -> dict[str, int]:
    return {
        table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for table in SQLModel.metadata.sorted_tables
    }


def test_demo_returns_the_fixed_ids(session: Session) -> None:
    assert add_demo_dossiers(session, today=TODAY) == list(DEMO_CLIENT_IDS)
    assert session.get(Client, TANYA_ID) is not None


def test_demo_tanya_is_42_with_partner_and_two_children(demo: Session) -> None:
    tanya = demo.get(Client, TANYA_ID)
    assert tanya is not None
    assert tanya.first_names == "Tanya"
    assert tanya.birth_date is not None
    assert age_on(tanya.birth_date, TODAY) == 42
    members = demo.exec(select(HouseholdMember).where(HouseholdMember.client_id == TANYA_ID))
    relations = sorted(m.relation for m in members)
    assert relations == ["child", "child", "partner"]


@pytest.mark.parametrize("today", [date(2024, 2, 29), date(2027, 1, 1), date(2030, 12, 31)])
def test_demo_tanya_is_42_on_any_day(session: Session, today: date) -> None:
    add_demo_dossiers(session, today=today)
    tanya = session.get(Client, TANYA_ID)
    assert tanya is not None
    assert tanya.birth_date is not None
    assert age_on(tanya.birth_date, today) == 42


def test_demo_tanya_owes_about_60000(demo: Session) -> None:
    debts = demo.exec(select(Debt).where(Debt.client_id == TANYA_ID)).all()
    total = sum_money(d.total for d in debts)
    assert Decimal("55000.00") <= total <= Decimal("65000.00")
    business = sum_money(d.total for d in debts if d.business)
    assert business * 2 > total  # mostly from the husband's failed business


def test_demo_tanya_owes_family_and_friends(demo: Session) -> None:
    statement = (
        select(Creditor.name)
        .join(Debt, col(Debt.creditor_id) == col(Creditor.id))
        .where(Debt.client_id == TANYA_ID, Creditor.kind == "private")
    )
    assert sorted(demo.exec(statement)) == ["Vriendin (Petra)", "Zus (Sandra)"]


def test_demo_tanya_is_now_waiting_for_actions(demo: Session) -> None:
    events = _events(demo, TANYA_ID)
    entered = [e for e in events if e.kind == "entered"]
    latest = max(entered, key=lambda e: e.occurred_on)
    assert latest.phase == "acties_wachten"
    order = {key: index for index, key in enumerate(PHASES)}
    assert current_phase(events, order) == "acties_wachten"


def test_demo_tanya_setback_is_the_dwangbevel_during_intake(demo: Session) -> None:
    events = _events(demo, TANYA_ID)
    (setback,) = [e for e in events if e.kind == "setback"]
    assert setback.phase == "intake"
    assert setback.mood == 1
    entered = {e.phase: e.occurred_on for e in events if e.kind == "entered"}
    assert entered["intake"] <= setback.occurred_on < entered["acties_wachten"]
    orders = demo.exec(
        select(Enforcement)
        .join(Debt, col(Debt.id) == col(Enforcement.debt_id))
        .where(Debt.client_id == TANYA_ID, Enforcement.kind == "enforcement_order")
    ).all()
    assert [o.since for o in orders] == [setback.occurred_on]


def test_demo_moods_are_in_range(demo: Session) -> None:
    moods = [e.mood for e in demo.exec(select(JourneyEvent)) if e.mood is not None]
    assert moods
    assert all(1 <= mood <= 5 for mood in moods)


def test_demo_phases_are_the_templates(demo: Session) -> None:
    template = load_process("schuldhulp")
    assert tuple(phase.key for phase in template.phases) == PHASES
    setback_phase = next(phase for phase in template.phases if phase.setback)
    for e in demo.exec(select(JourneyEvent)):
        assert template.has_phase(e.phase)
        if e.kind == "setback":
            assert e.phase in setback_phase.setback_during


@pytest.mark.parametrize(
    ("client_id", "phase"),
    [
        (TANYA_ID, "acties_wachten"),
        (DEMO_CLIENT_IDS[1], "toegelaten"),
        (SMIT_ID, "schuldregeling"),
        (SAMIRA_ID, "gegevens_verzamelen"),
    ],
)
def test_demo_clients_stand_in_their_phase(demo: Session, client_id: uuid.UUID, phase: str) -> None:
    template = load_process("schuldhulp")
    order = {p.key: index for index, p in enumerate(template.phases)}
    assert current_phase(_events(demo, client_id), order) == phase


def test_demo_arrangement_debts_are_in_arrangement(demo: Session) -> None:
    debts = demo.exec(select(Debt).where(Debt.client_id == SMIT_ID)).all()
    assert debts
    assert {d.status for d in debts} == {"in_arrangement"}


def test_demo_administered_client_was_referred_and_faces_a_cut_off(demo: Session) -> None:
    samira = demo.get(Client, SAMIRA_ID)
    assert samira is not None
    assert samira.administration_kind == "protective_administration"
    assert samira.administrator
    assert samira.administration_decision_date is not None
    assert samira.referred_by == samira.administration_organisation
    cut_offs = demo.exec(
        select(Enforcement)
        .join(Debt, col(Debt.id) == col(Enforcement.debt_id))
        .where(Debt.client_id == SAMIRA_ID, Enforcement.kind == "disconnection")
    ).all()
    assert len(cut_offs) == 1
    assert cut_offs[0].since is not None
    assert 0 <= (TODAY - cut_offs[0].since).days <= 7


def test_demo_bsns_pass_the_elfproef(demo: Session) -> None:
    bsns = [c.bsn for c in demo.exec(select(Client))]
    bsns += [m.bsn for m in demo.exec(select(HouseholdMember))]
    given = [bsn for bsn in bsns if bsn is not None]
    assert len(given) >= 6
    assert all(is_valid_bsn(bsn) for bsn in given)


def test_demo_debt_totals_are_the_sum_of_their_parts(demo: Session) -> None:
    _assert_totals(demo)


def test_demo_dates_are_not_in_the_future(demo: Session) -> None:
    assert all(e.occurred_on <= TODAY for e in demo.exec(select(JourneyEvent)))
    for debt in demo.exec(select(Debt)):
        assert debt.confirmed_on is None or debt.confirmed_on <= TODAY
        assert debt.origin_date is None or debt.origin_date <= TODAY


def test_demo_twice_adds_nothing(demo: Session) -> None:
    before = _count_rows(demo)
    add_demo_dossiers(demo, today=TODAY)
    demo.commit()
    assert _count_rows(demo) == before


def test_demo_reuses_a_creditor_of_the_same_name(session: Session) -> None:
    existing = Creditor(name="Belastingdienst", kind="tax", preferential=True)
    session.add(existing)
    session.commit()
    add_demo_dossiers(session, today=TODAY)
    named = session.exec(select(Creditor).where(Creditor.name == "Belastingdienst")).all()
    assert [c.id for c in named] == [existing.id]


def test_demo_leaves_real_organisations_without_address_or_iban(demo: Session) -> None:
    for creditor in demo.exec(select(Creditor)):
        assert creditor.iban is None
        assert creditor.address is None


def _assert_totals(session: Session) -> None:
    debts = session.exec(select(Debt)).all()
    assert debts
    for debt in debts:
        parts = (debt.principal, debt.interest, debt.costs)
        if all(part is not None for part in parts):
            assert debt.total == sum_money(p for p in parts if p is not None)
        assert debt.total == debt.total.quantize(Decimal("0.01"))


def _generated(seed: int, n: int = 60) -> list[tuple[object, ...]]:
    with Session(_engine()) as s:
        ids = add_generated_clients(s, n, today=TODAY, seed=seed)
        s.commit()
        rows: list[tuple[object, ...]] = []
        for client_id in ids:
            client = s.get(Client, client_id)
            assert client is not None
            debts = s.exec(select(Debt).where(Debt.client_id == client_id)).all()
            totals = sorted(debt.total for debt in debts)
            rows.append(
                (client.first_names, client.last_name, client.bsn, client.postcode, *totals)
            )
        return rows


def test_generated_are_deterministic_for_a_seed() -> None:
    assert _generated(seed=7) == _generated(seed=7)


def test_generated_differ_between_seeds() -> None:
    assert _generated(seed=1) != _generated(seed=2)


def test_generated_count_is_n(session: Session) -> None:
    ids = add_generated_clients(session, 37, today=TODAY)
    session.commit()
    assert len(ids) == len(set(ids)) == 37
    assert session.execute(select(func.count()).select_from(Client)).scalar_one() == 37


def test_generated_zero_adds_no_client(session: Session) -> None:
    assert add_generated_clients(session, 0, today=TODAY) == []


def test_generated_bsns_pass_the_elfproef_and_are_unique(session: Session) -> None:
    add_demo_dossiers(session, today=TODAY)
    add_generated_clients(session, 400, today=TODAY, seed=3)
    session.commit()
    bsns = [c.bsn for c in session.exec(select(Client))]
    bsns += [m.bsn for m in session.exec(select(HouseholdMember)) if m.bsn is not None]
    assert all(bsn is not None and is_valid_bsn(bsn) for bsn in bsns)
    assert len(bsns) == len(set(bsns))


def test_generated_addresses_and_debts_are_well_formed(session: Session) -> None:
    add_generated_clients(session, 200, today=TODAY, seed=5)
    session.commit()
    clients = session.exec(select(Client)).all()
    assert all(c.postcode and POSTCODE.fullmatch(c.postcode) for c in clients)
    counts = session.exec(select(Debt.client_id, func.count()).group_by(col(Debt.client_id))).all()
    assert max(count for _, count in counts) <= 12
    _assert_totals(session)


def test_generated_clients_each_stand_in_a_route_phase(session: Session) -> None:
    ids = add_generated_clients(session, 100, today=TODAY, seed=9)
    session.commit()
    template = load_process("schuldhulp")
    order = {p.key: index for index, p in enumerate(template.phases)}
    for client_id in ids:
        phase = current_phase(_events(session, client_id), order)
        assert phase is not None
        assert not template.phase(phase).setback


def test_generated_reuse_the_creditor_pool(session: Session) -> None:
    add_generated_clients(session, 50, today=TODAY, seed=1)
    add_generated_clients(session, 50, today=TODAY, seed=2)
    session.commit()
    names = session.exec(select(Creditor.name)).all()
    assert len(names) == len(set(names))


def test_demo_ids_differ_in_their_first_eight_digits() -> None:
    assert len({str(client_id)[:8] for client_id in DEMO_CLIENT_IDS}) == len(DEMO_CLIENT_IDS)


@pytest.mark.parametrize("offset", range(7))
def test_demo_route_is_in_order_on_every_weekday(session: Session, offset: int) -> None:
    today = date(2026, 11, 23 + offset)
    add_demo_dossiers(session, today=today)
    order = {key: index for index, key in enumerate(PHASES)}
    for client_id in DEMO_CLIENT_IDS:
        events = _events(session, client_id)
        entered = sorted((e for e in events if e.kind == "entered"), key=lambda e: order[e.phase])
        days = [e.occurred_on for e in entered]
        assert days == sorted(days)
        assert all(e.occurred_on <= today for e in events)
    tanya = {e.phase: e.occurred_on for e in _events(session, TANYA_ID) if e.kind == "entered"}
    (setback,) = [e for e in _events(session, TANYA_ID) if e.kind == "setback"]
    assert tanya["intake"] <= setback.occurred_on < tanya["acties_wachten"]


# Tanya's referral: checklist and proofs, in the encrypted store ----------------------------


def test_demo_tanya_referral_has_the_full_checklist_and_small_linked_proofs(db) -> None:
    from app.checklist import checklist_state, completeness_of
    from app.demo import install_demo
    from app.documents import list_documents, open_document

    install_demo(db, today=TODAY)

    view = checklist_state(db, TANYA_ID)
    assert view is not None
    assert view.template.key == "volledig"
    states = {item.item.key: item for item in view.items}
    assert states["identiteitsbewijs"].state == "checked"
    assert states["autopapieren"].not_applicable
    proofs = list_documents(db, TANYA_ID)
    assert len(proofs) == 4
    assert sum(1 for proof in proofs if proof.debt_id) == 3
    assert all(proof.checklist_item_id for proof in proofs)
    assert all(1_000 < proof.size < 20_000 for proof in proofs)  # a few KB each
    assert all(open_document(db, proof.id).startswith(b"%PDF") for proof in proofs)
    assert states["zorgverzekering"].documents  # the polis is linked to its item
    report = completeness_of(db, TANYA_ID, today=TODAY)
    assert 0 < report.done < report.total
    assert not report.ready


def test_demo_tanya_referral_is_added_once(db) -> None:
    from app.demo import install_demo
    from app.documents import list_documents

    install_demo(db, today=TODAY)
    install_demo(db, today=TODAY)

    assert len(list_documents(db, TANYA_ID)) == 4
    assert len(list(db.paths.documents.glob("*.enc"))) == 4
