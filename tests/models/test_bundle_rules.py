"""The value rules of dossier.json beyond its schema: each rule named by the problem it finds."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from bundle_builders import DEBT_ID, DOCUMENT_ID, PROOF, dossier

from models.bundle_rules import (
    PayloadFile,
    document_path_problem,
    document_problems,
    dossier_problems,
)

OTHER_ID = "99999999-0000-4000-8000-000000000000"


def test_dossier_problems_none_for_a_sound_dossier() -> None:
    assert dossier_problems(dossier()) == []


RULES: dict[str, tuple[Callable[[dict[str, Any]], Any], str]] = {
    "date that does not exist": (
        lambda d: d["client"].update(birth_date="1990-02-29"),
        'client.birth_date: deze datum bestaat niet ("1990-02-29").',
    ),
    "date in a nested list": (
        lambda d: d["debts"][0].update(enforcement=[{"kind": "summons", "since": "2026-13-01"}]),
        'debts[0].enforcement[0].since: deze datum bestaat niet ("2026-13-01").',
    ),
    "moment without offset": (
        lambda d: d.update(exported_at="2026-11-26T14:03:00"),
        "exported_at: geen tijdstip met tijdzone",
    ),
    "total not the sum": (
        lambda d: d["debts"][0].update(total="1000.00"),
        "debts[0].total: het totaal (1000.00) is niet hoofdsom + rente + kosten (1052.50).",
    ),
    "bsn of eight digits": (
        lambda d: d["client"].update(bsn="11122233"),
        "client.bsn: een BSN is negen cijfers",
    ),
    "partner bsn fails the elfproef": (
        lambda d: d["client"].update(partner={"bsn": "123456789"}),
        "client.partner.bsn: dit BSN klopt niet (de elfproef faalt).",
    ),
    "duplicate debt id": (
        lambda d: d["debts"].append(dict(d["debts"][0])),
        f"debts[1].id: dit id komt twee keer voor ({DEBT_ID}).",
    ),
    "dangling collector": (
        lambda d: d["debts"][0].update(collector_id=OTHER_ID),
        "debts[0].collector_id: verwijst naar een schuldeiser die niet in de bundel staat",
    ),
    "dangling action debt": (
        lambda d: d["actions"][0].update(debt_id=OTHER_ID),
        "actions[0].debt_id: verwijst naar een schuld die niet in de bundel staat",
    ),
    "dangling document debt": (
        lambda d: d["documents"][0].update(debt_id=OTHER_ID),
        "documents[0].debt_id: verwijst naar een schuld die niet in de bundel staat",
    ),
    "dangling debt document": (
        lambda d: d["debts"][0].update(document_ids=[DOCUMENT_ID, OTHER_ID]),
        "debts[0].document_ids[1]: verwijst naar een bewijsstuk dat niet in de bundel staat",
    ),
    "dangling checklist document": (
        lambda d: d.update(
            checklist={"template": "kort", "items": [{"item": "id", "document_ids": [OTHER_ID]}]}
        ),
        "checklist.items[0].document_ids[0]: verwijst naar een bewijsstuk",
    ),
    "document path outside documenten": (
        lambda d: d["documents"][0].update(path="../dossier.json"),
        "documents[0].path: geen veilig pad in de map documenten/",
    ),
    "document path with dot dot inside": (
        lambda d: d["documents"][0].update(path="documenten/../../x.pdf"),
        "documents[0].path: geen veilig pad",
    ),
    "two documents on one path": (
        lambda d: d["documents"].append(dict(d["documents"][0], id=OTHER_ID)),
        f"documents[1].path: twee bewijsstukken hebben hetzelfde pad ({PROOF}).",
    ),
    "part beyond the bag count": (
        lambda d: d["documents"][0].update(part=2),
        "documents[0].part: deel 2 bestaat niet; de bundel heeft 1 deel.",
    ),
}


@pytest.mark.parametrize("case", list(RULES), ids=list(RULES))
def test_dossier_problems_finds_each_broken_rule(case: str) -> None:
    change, expected = RULES[case]
    value = dossier()
    change(value)
    problems = dossier_problems(value)
    assert any(problem.startswith(expected) for problem in problems), problems


def test_dossier_problems_accepts_phases_the_process_lacks() -> None:
    """The spec refuses no phase key: a municipality's own template may name other phases."""
    value = dossier()
    value["journey"]["current_phase"] = "fase_van_elders"
    value["journey"]["events"] = [
        {"id": str(uuid.uuid4()), "phase": "fase_van_elders", "kind": "entered", "on": "2026-11-01"}
    ]
    value["actions"][0]["phase"] = "fase_van_elders"
    assert dossier_problems(value) == []


def test_dossier_problems_leaves_wrong_types_to_the_schema() -> None:
    value = dossier()
    value["debts"][0]["total"] = 1052.5
    value["client"]["bsn"] = 111222333
    value["debts"] = value["debts"] + ["geen object"]
    assert dossier_problems(value) == []


def test_dossier_problems_accepts_unknown_codes_and_keys() -> None:
    value = dossier(onbekend={"x": 1})
    value["debts"][0]["status"] = "nieuwe_status"
    value["creditors"][0]["kind"] = "nieuwe_soort"
    assert dossier_problems(value) == []


def test_dossier_problems_part_count_allows_later_parts() -> None:
    value = dossier()
    value["documents"][0]["part"] = 3
    assert dossier_problems(value, part_count=3) == []


def test_document_path_problem_accepts_the_spec_shape() -> None:
    assert document_path_problem("documenten/0001-identity.pdf") is None
    assert document_path_problem("documenten\\0001-identity.pdf") is not None
    assert document_path_problem("C:/documenten/x.pdf") is not None


def _payload(**changes: Any) -> dict[str, PayloadFile]:
    document = dossier()["documents"][0]
    fields = {"part": 1, "sha256": document["sha256"], "size": document["size"], **changes}
    return {PROOF: PayloadFile(**fields)}


def test_document_problems_none_when_the_bag_agrees() -> None:
    assert document_problems(dossier(), _payload()) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"part": 2}, f"documents[0].part: {PROOF} staat in deel 2, niet in deel 1."),
        ({"sha256": "0" * 64}, "documents[0].sha256: verschilt van de controlesom"),
        ({"size": 3}, f"documents[0].size: {PROOF} is 3 bytes, niet"),
    ],
)
def test_document_problems_finds_disagreement_with_the_bag(
    changes: dict[str, Any], expected: str
) -> None:
    (problem,) = document_problems(dossier(), _payload(**changes))
    assert problem.startswith(expected)


def test_document_problems_finds_a_document_missing_from_the_bag() -> None:
    assert document_problems(dossier(), {}) == [
        f"documents[0].path: {PROOF} staat niet in de bundel."
    ]
