"""Tests for the completeness report of a referral against a checklist."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from models.checklist import ChecklistItemTemplate, ChecklistTemplate
from models.completeness import (
    DebtFact,
    DocumentFact,
    ItemMark,
    MissingKind,
    completeness,
    long_date,
)

TODAY = date(2026, 11, 27)
ENECO = uuid.UUID(int=1)
VESTIA = uuid.UUID(int=2)

ID = ChecklistItemTemplate(
    "identiteitsbewijs", "Identiteitsbewijs", "", "Persoon", True, False, ("identity",)
)
DATA = ChecklistItemTemplate("persoonsgegevens", "Persoonsgegevens", "", "Persoon", True)
CAR = ChecklistItemTemplate("autopapieren", "Autopapieren", "", "Overig", False, False, ("other",))
BALANCE = ChecklistItemTemplate(
    "saldo_opgave", "Saldo-opgave per schuld", "", "Schulden", True, True, ("claim_statement",)
)
LETTERS = ChecklistItemTemplate(
    "bewijsstukken_schuld", "Andere bewijsstukken", "", "Schulden", False, True, ("letter",)
)
TEMPLATE = ChecklistTemplate("test", "Test", 1, (ID, DATA, CAR, BALANCE, LETTERS))
SHORT = ChecklistTemplate("kort", "Kort", 1, (ID,))


def debt(
    debt_id: uuid.UUID = ENECO,
    name: str = "Eneco",
    *,
    status: str = "confirmed",
    confirmed_on: date | None = date(2026, 10, 1),
) -> DebtFact:
    return DebtFact(debt_id, name, status, confirmed_on)


def proof(debt_id: uuid.UUID = ENECO, kind: str = "claim_statement", **kw: object) -> DocumentFact:
    return DocumentFact(kind, debt_id=debt_id, **kw)  # type: ignore[arg-type]


def reasons(template: ChecklistTemplate, states=None, documents=(), debts=()) -> list[str]:
    report = completeness(template, states or {}, documents, debts, today=TODAY)
    return [m.reason for m in report.missing]


@pytest.mark.parametrize(
    ("states", "documents", "missing"),
    [
        ({}, [], ["Nog niet aangeleverd."]),
        ({"identiteitsbewijs": ItemMark("open", True)}, [], []),
        ({"identiteitsbewijs": ItemMark("supplied")}, [], []),
        ({"identiteitsbewijs": ItemMark("checked")}, [], []),
        (
            {"identiteitsbewijs": ItemMark("in_progress")},
            [],
            ["Wordt aan gewerkt, maar is nog niet aangeleverd."],
        ),
        ({}, [DocumentFact("identity", "identiteitsbewijs")], []),
        (
            {},
            [DocumentFact("identity", "identiteitsbewijs", deleted=True)],
            ["Nog niet aangeleverd."],
        ),
        (
            {},
            [DocumentFact("letter", "identiteitsbewijs")],
            ["Het gekoppelde stuk is niet van de soort die hier nodig is."],
        ),
        ({}, [DocumentFact("identity", "autopapieren")], ["Nog niet aangeleverd."]),
    ],
    ids=[
        "open",
        "n.v.t.",
        "supplied",
        "checked",
        "in-progress",
        "linked-document",
        "deleted-document",
        "wrong-kind",
        "linked-to-other-item",
    ],
)
def test_completeness_judges_a_document_item(states, documents, missing) -> None:
    assert reasons(SHORT, states, documents) == missing


def test_completeness_data_item_is_not_done_by_a_linked_document() -> None:
    template = ChecklistTemplate("t", "T", 1, (DATA,))
    report = completeness(
        template, {}, [DocumentFact("identity", "persoonsgegevens")], [], today=TODAY
    )
    assert [m.item_key for m in report.missing] == ["persoonsgegevens"]


def test_completeness_counts_done_items_and_optional_ones_are_not_missing() -> None:
    states = {"identiteitsbewijs": ItemMark("checked"), "persoonsgegevens": ItemMark("supplied")}
    report = completeness(TEMPLATE, states, [proof()], [debt()], today=TODAY)
    # Done: identity, data, balance (Eneco has a proof); not done: car papers, letters.
    assert (report.done, report.total, report.ready) == (3, 5, True)


def test_completeness_per_debt_item_names_the_debt_without_proof() -> None:
    report = completeness(
        TEMPLATE,
        {"identiteitsbewijs": ItemMark("checked"), "persoonsgegevens": ItemMark("checked")},
        [proof(ENECO)],
        [debt(VESTIA, "Vestia"), debt(ENECO, "Eneco")],
        today=TODAY,
    )
    assert [(m.kind, m.item_key, m.debt_id, m.reason) for m in report.missing] == [
        (
            MissingKind.DEBT_PROOF,
            "saldo_opgave",
            VESTIA,
            "Nog geen bewijsstuk voor de schuld bij Vestia.",
        )
    ]
    assert not report.ready


def test_completeness_per_debt_state_does_not_hide_a_debt_without_proof() -> None:
    states = {"saldo_opgave": ItemMark("checked")}
    assert reasons(ChecklistTemplate("t", "T", 1, (BALANCE,)), states, [], [debt()]) == [
        "Nog geen bewijsstuk voor de schuld bij Eneco."
    ]


@pytest.mark.parametrize(
    ("document", "counts"),
    [
        (proof(ENECO), True),
        (proof(ENECO, item_key="saldo_opgave"), True),
        (proof(ENECO, "letter"), False),
        (proof(VESTIA), False),
        (proof(ENECO, deleted=True), False),
        (proof(ENECO, item_key="schuldenoverzicht"), False),
    ],
    ids=["linked", "linked-to-item", "wrong-kind", "other-debt", "deleted", "other-item"],
)
def test_completeness_per_debt_proof_must_match_debt_and_kind(document, counts) -> None:
    template = ChecklistTemplate("t", "T", 1, (BALANCE,))
    report = completeness(template, {}, [document], [debt()], today=TODAY)
    assert report.ready is counts


def test_completeness_settled_debt_needs_nothing() -> None:
    settled = debt(status="settled", confirmed_on=None)
    template = ChecklistTemplate("t", "T", 1, (BALANCE,))
    report = completeness(
        template, {"saldo_opgave": ItemMark("supplied")}, [], [settled], today=TODAY
    )
    assert (report.ready, report.done) == (True, 1)


def test_completeness_optional_per_debt_item_is_never_missing() -> None:
    template = ChecklistTemplate("t", "T", 1, (LETTERS,))
    report = completeness(template, {}, [], [debt()], today=TODAY)
    assert (report.ready, report.done, report.total) == (True, 0, 1)


@pytest.mark.parametrize(
    ("confirmed_on", "missing"),
    [
        (date(2026, 5, 27), []),
        (date(2026, 5, 26), ["Saldo-opgave van Eneco is ouder dan 6 maanden (26 mei 2026)."]),
        (date(2026, 4, 1), ["Saldo-opgave van Eneco is ouder dan 6 maanden (1 april 2026)."]),
        (None, ["Van de schuld bij Eneco is de datum van de saldo-opgave niet bekend."]),
    ],
    ids=["exactly-6-months", "a-day-more", "april", "no-date"],
)
def test_completeness_balance_date(confirmed_on, missing) -> None:
    template = ChecklistTemplate("t", "T", 1, (BALANCE,))
    assert reasons(template, {}, [proof()], [debt(confirmed_on=confirmed_on)]) == missing


def test_completeness_balance_problem_without_a_balance_item() -> None:
    report = completeness(
        SHORT,
        {"identiteitsbewijs": ItemMark("checked")},
        [],
        [debt(confirmed_on=None)],
        today=TODAY,
    )
    assert [(m.kind, m.item_key, m.title) for m in report.missing] == [
        (MissingKind.NO_BALANCE_DATE, None, "Saldo-opgave")
    ]


def test_completeness_stale_balance_counts_even_with_a_proof_and_checked() -> None:
    template = ChecklistTemplate("t", "T", 1, (BALANCE,))
    report = completeness(
        template,
        {"saldo_opgave": ItemMark("checked")},
        [proof()],
        [debt(confirmed_on=date(2026, 1, 15))],
        today=TODAY,
    )
    assert [m.kind for m in report.missing] == [MissingKind.STALE_BALANCE]
    assert report.done == 1


def test_completeness_orders_by_template_then_creditor_name() -> None:
    debts = [
        debt(VESTIA, "vestia", confirmed_on=None),
        debt(ENECO, "Eneco", confirmed_on=date(2025, 1, 1)),
    ]
    report = completeness(TEMPLATE, {}, [], debts, today=TODAY)
    assert [(m.item_key, m.kind, m.debt_id) for m in report.missing] == [
        ("identiteitsbewijs", MissingKind.ITEM, None),
        ("persoonsgegevens", MissingKind.ITEM, None),
        ("saldo_opgave", MissingKind.DEBT_PROOF, ENECO),
        ("saldo_opgave", MissingKind.STALE_BALANCE, ENECO),
        ("saldo_opgave", MissingKind.DEBT_PROOF, VESTIA),
        ("saldo_opgave", MissingKind.NO_BALANCE_DATE, VESTIA),
    ]


def test_completeness_per_debt_item_without_open_debts_follows_its_state() -> None:
    template = ChecklistTemplate("t", "T", 1, (BALANCE,))
    assert reasons(template) == ["Nog niet aangeleverd."]
    assert reasons(template, {"saldo_opgave": ItemMark("supplied")}) == []


def test_long_date_writes_the_month_in_dutch() -> None:
    assert long_date(date(2026, 3, 9)) == "9 maart 2026"


def test_completeness_reason_ends_with_one_full_stop_after_a_legal_form() -> None:
    said = reasons(TEMPLATE, debts=[debt(VESTIA, "Hofland B.V.")])
    assert "Nog geen bewijsstuk voor de schuld bij Hofland B.V." in said
    assert not any(".." in reason for reason in said)
