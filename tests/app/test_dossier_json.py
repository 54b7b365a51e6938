"""The dossier.json shape keeps the spec's value rules for every demo dossier."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from builders import open_db
from sqlmodel import select

from app.demo import add_demo_dossiers
from app.dossier_json import dossier_dict
from models.identifiers import is_valid_bsn

TODAY = date(2026, 11, 26)
MONEY = re.compile(r"^-?\d+\.\d{2}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_KEYS = {"original_amount", "principal", "interest", "costs", "total", "amount_per_month"}
DATE_KEYS = {
    "birth_date",
    "marital_status_since",
    "decision_date",
    "on",
    "set_on",
    "reached_on",
    "origin_date",
    "confirmed_on",
    "since",
    "until",
    "due_on",
    "done_on",
    "received_on",
    "met_on",
}


def walk(value: Any, path: str = "") -> list[tuple[str, str, Any]]:
    """Every (path, key, value) in a JSON tree."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((path, key, item))
            found += walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += walk(item, f"{path}[{index}]")
    return found


@pytest.fixture
def dossiers(data_dir: Path) -> list[dict[str, Any]]:
    db = open_db(data_dir)
    with db.session() as session:
        ids = add_demo_dossiers(session, today=TODAY)
    with db.session() as session:
        result = [
            dossier_dict(
                session,
                client_id,
                exported_at=datetime(2026, 11, 26, 14, 3, tzinfo=UTC),
                exported_by={
                    "name": "A. de Ridder",
                    "organisation": "Gemeente",
                    "role": "caseworker",
                },
                today=TODAY,
            )
            for client_id in ids
        ]
    db.close()
    return result


def test_dossier_json_money_is_always_a_two_decimal_string(dossiers) -> None:
    values = [(p, k, v) for d in dossiers for p, k, v in walk(d) if k in MONEY_KEYS]
    assert values
    assert all(v is None or (isinstance(v, str) and MONEY.match(v)) for _, _, v in values)


def test_dossier_json_dates_are_iso_days(dossiers) -> None:
    values = [(p, k, v) for d in dossiers for p, k, v in walk(d) if k in DATE_KEYS]
    assert all(v is None or DAY.match(v) for _, _, v in values), values


def test_dossier_json_ids_are_uuids_and_references_exist(dossiers) -> None:
    for dossier in dossiers:
        creditors = {c["id"] for c in dossier["creditors"]}
        debts = {d["id"] for d in dossier["debts"]}
        for debt in dossier["debts"]:
            uuid.UUID(debt["id"])
            assert debt["creditor_id"] in creditors
            assert debt["collector_id"] is None or debt["collector_id"] in creditors
        for action in dossier["actions"]:
            assert action["debt_id"] is None or action["debt_id"] in debts


def test_dossier_json_debt_total_is_the_sum_of_its_parts(dossiers) -> None:
    for debt in (debt for dossier in dossiers for debt in dossier["debts"]):
        parts = [debt[k] for k in ("principal", "interest", "costs")]
        if all(part is not None for part in parts):
            assert Decimal(debt["total"]) == sum(Decimal(p) for p in parts)


def test_dossier_json_every_bsn_passes_the_elfproef(dossiers) -> None:
    bsns = [v for d in dossiers for _, k, v in walk(d) if k == "bsn" and v]
    assert bsns
    assert all(is_valid_bsn(b) for b in bsns)


def test_dossier_json_moments_carry_an_offset(dossiers) -> None:
    assert dossiers[0]["exported_at"].endswith("+00:00")


def test_dossier_json_a_document_names_the_key_of_its_checklist_item(db) -> None:
    from builders import add_client

    from app.checklist import choose_checklist
    from app.dossier_json import read_dossier
    from models.tables import ChecklistItem, Document

    client = add_client(db)
    choose_checklist(db, client, "kort")
    with db.session() as session:
        from sqlmodel import select

        item = session.exec(select(ChecklistItem).where(ChecklistItem.client_id == client)).first()
        assert item is not None
        key, item_id = item.item, item.id
        session.add(
            Document(
                client_id=client,
                kind="identity",
                stored_name="x",
                sha256="0" * 64,
                size=1,
                checklist_item_id=item_id,
            )
        )
    dossier = read_dossier(db, client, today=date(2026, 11, 27))
    (document,) = dossier["documents"]
    assert document["checklist_item"] == key


def test_dossier_json_leaves_out_a_proof_the_plan_does_not_name(db) -> None:
    """A proof added between the bundle's plan and the dossier (SQLite reads each query
    afresh) is neither in the files nor in dossier.json; it never breaks the export."""
    from builders import add_client

    from app.dossier_json import DocumentPlace
    from models.tables import Document

    client = add_client(db)
    with db.session() as session:
        for name in ("eerst", "later"):
            session.add(Document(client_id=client, stored_name=name, sha256="0" * 64, size=1))
    with db.session() as session:
        first = next(d for d in session.exec(select(Document)) if d.stored_name == "eerst")
        dossier = dossier_dict(
            session,
            client,
            exported_at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC),
            exported_by={"name": None, "organisation": None, "role": "other"},
            today=date(2026, 11, 27),
            places={first.id: DocumentPlace("documenten/0001-other.pdf", 1)},
        )
    assert [d["id"] for d in dossier["documents"]] == [str(first.id)]
