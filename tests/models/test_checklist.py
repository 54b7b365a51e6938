"""Tests for referral checklist templates (models.checklist) and the shipped ones."""

from __future__ import annotations

import pytest

from app.resources import checklist_keys, load_checklist
from models.checklist import CHECKLIST_GROUPS, load_checklist_template
from models.codes import DocumentKind
from models.template_reader import TemplateError

SOURCE = "mini.toml"

MINI = """\
key = "mini"
name = "Mini"
version = 1

[[items]]
key = "identiteitsbewijs"
title = "Identiteitsbewijs"
description = "Kopie van een identiteitsbewijs."
group = "Persoon"
required = true
document_kinds = ["identity"]

[[items]]
key = "saldo_opgave"
title = "Saldo-opgave"
description = "Opgave per schuld."
group = "Schulden"
per_debt = true
document_kinds = ["claim_statement"]
"""


def mini_with(old: str, new: str) -> str:
    """MINI with one fragment replaced; the fragment must occur exactly once."""
    assert MINI.count(old) == 1, old
    return MINI.replace(old, new)


def test_load_checklist_template_mini_is_valid() -> None:
    checklist = load_checklist_template(MINI, SOURCE)
    assert [item.key for item in checklist.items] == ["identiteitsbewijs", "saldo_opgave"]
    assert checklist.item("saldo_opgave").per_debt
    assert not checklist.item("saldo_opgave").required
    assert checklist.position("saldo_opgave") == 1
    assert checklist.merge_debt_proofs is False


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        pytest.param(
            'group = "Schulden"',
            'group = "Schuld"',
            "mini.toml: items[1].group: onbekende groep 'Schuld' (kies uit: Persoon, Inkomen, "
            "Wonen en vaste lasten, Schulden, Bewind, Overig)",
            id="unknown-group",
        ),
        pytest.param(
            'key = "saldo_opgave"',
            'key = "identiteitsbewijs"',
            "mini.toml: items[1].key: dubbel onderdeel 'identiteitsbewijs' (ook in items[0])",
            id="duplicate-key",
        ),
        pytest.param(
            'document_kinds = ["claim_statement"]',
            'document_kinds = ["saldo"]',
            "mini.toml: items[1].document_kinds[0]: onbekende soort document 'saldo' (kies uit: "
            "bank_statement, claim_statement, contract, court_decision, identity, income, "
            "letter, other)",
            id="unknown-document-kind",
        ),
        pytest.param(
            "required = true",
            'required = "ja"',
            "mini.toml: items[0].required: moet true of false zijn, niet tekst ('ja')",
            id="required-type",
        ),
        pytest.param(
            "per_debt = true",
            "per_schuld = true",
            "mini.toml: items[1].per_schuld: onbekende sleutel; bedoelt u 'per_debt'?",
            id="misspelt-key",
        ),
        pytest.param(
            'title = "Saldo-opgave"\n',
            "",
            "mini.toml: items[1].title: ontbreekt",
            id="missing-title",
        ),
        pytest.param(
            'description = "Opgave per schuld."',
            'description = "  "',
            "mini.toml: items[1].description: mag niet leeg zijn",
            id="blank-description",
        ),
        pytest.param(
            'name = "Mini"\n',
            "",
            "mini.toml: name: ontbreekt",
            id="missing-name",
        ),
    ],
)
def test_load_checklist_template_error_names_the_place(old: str, new: str, message: str) -> None:
    with pytest.raises(TemplateError) as caught:
        load_checklist_template(mini_with(old, new), SOURCE)
    assert str(caught.value) == message


def test_load_checklist_template_requires_items() -> None:
    text = MINI[: MINI.index("[[items]]")] + "items = []\n"
    with pytest.raises(TemplateError) as caught:
        load_checklist_template(text, SOURCE)
    assert str(caught.value) == "mini.toml: items: mag niet leeg zijn"


def test_checklist_keys_lists_the_shipped_checklists() -> None:
    assert checklist_keys() == ["kort", "volledig"]


@pytest.mark.parametrize("key", ["kort", "volledig"])
def test_shipped_checklist_loads_with_known_codes(key: str) -> None:
    checklist = load_checklist(key)
    assert checklist.key == key
    for item in checklist.items:
        assert item.group in CHECKLIST_GROUPS
        assert set(item.document_kinds) <= {kind.value for kind in DocumentKind}


def test_shipped_short_checklist_has_about_10_items() -> None:
    assert 8 <= len(load_checklist("kort").items) <= 12


def test_shipped_full_checklist_has_at_least_30_items_in_all_groups() -> None:
    checklist = load_checklist("volledig")
    assert len(checklist.items) >= 30
    assert checklist.groups == CHECKLIST_GROUPS
    assert checklist.merge_debt_proofs


def test_shipped_full_checklist_requires_the_core_proofs() -> None:
    checklist = load_checklist("volledig")
    for needed in (
        "identiteitsbewijs",
        "schuldenoverzicht",
        "bkr",
        "meterstanden_energie",
        "beschikking_onderbewindstelling",
    ):
        assert checklist.item(needed).required, needed
    assert checklist.item("saldo_opgave").per_debt


def test_shipped_short_checklist_keys_are_in_the_full_one() -> None:
    short, full = load_checklist("kort"), load_checklist("volledig")
    assert all(full.has_item(item.key) for item in short.items)


def test_checklist_items_in_group_keep_order() -> None:
    checklist = load_checklist("volledig")
    keys = [item.key for item in checklist.items_in("Schulden")]
    assert keys[:2] == ["schuldenoverzicht", "saldo_opgave"]
    assert all(item.required for item in checklist.required_items)
