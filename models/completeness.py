"""What a referral still lacks before it can go to the desk: the completeness report."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from models.checklist import ChecklistItemTemplate, ChecklistTemplate
from models.codes import ChecklistState, DebtStatus
from models.debts import STALE_AFTER_MONTHS, balance_is_stale
from models.summary import MONTHS

__all__ = [
    "DONE_STATES",
    "STATE_LABELS",
    "Completeness",
    "DebtFact",
    "DocumentFact",
    "ItemMark",
    "Missing",
    "MissingKind",
    "completeness",
    "long_date",
]

#: The Dutch words for the sender's states, as a caseworker reads them.
STATE_LABELS: dict[str, str] = {
    ChecklistState.OPEN: "Open",
    ChecklistState.IN_PROGRESS: "Bezig",
    ChecklistState.SUPPLIED: "Aangeleverd",
    ChecklistState.CHECKED: "Gecontroleerd",
}

#: States in which the sender says the item is there.
DONE_STATES = frozenset({ChecklistState.SUPPLIED.value, ChecklistState.CHECKED.value})


class MissingKind:
    """Why something is on the report: the codes of ``Missing.kind``."""

    ITEM = "item"  # a required item is not there
    DEBT_PROOF = "debt_proof"  # a per-debt item has no proof for this debt
    STALE_BALANCE = "stale_balance"  # the debt's balance is older than six months
    NO_BALANCE_DATE = "no_balance_date"  # the debt has no confirmed balance date at all


@dataclass(frozen=True)
class ItemMark:
    """The sender's marks on one checklist item.

    Attributes:
        state: One of the ChecklistState codes.
        not_applicable: Marked "n.v.t.".
    """

    state: str = ChecklistState.OPEN.value
    not_applicable: bool = False


@dataclass(frozen=True)
class DocumentFact:
    """What the report needs to know of one proof.

    Attributes:
        kind: The document kind code.
        item_key: The key of the checklist item it is linked to, if any.
        debt_id: The debt it is linked to, if any.
        deleted: In the recycle bin: it no longer counts.
    """

    kind: str
    item_key: str | None = None
    debt_id: uuid.UUID | None = None
    deleted: bool = False


@dataclass(frozen=True)
class DebtFact:
    """What the report needs to know of one debt.

    Attributes:
        id: The debt's id.
        creditor_name: The creditor, as people know it.
        status: The DebtStatus code; settled debts need nothing.
        confirmed_on: The date of the latest balance statement, if known.
    """

    id: uuid.UUID
    creditor_name: str
    status: str
    confirmed_on: date | None


@dataclass(frozen=True)
class Missing:
    """One thing that stands between the dossier and the desk.

    Attributes:
        kind: One of the MissingKind codes.
        item_key: The checklist item it belongs to; None for a balance problem in a checklist
            that has no item for balance statements.
        title: The item's title, or "Saldo-opgave" without an item.
        reason: A Dutch sentence saying what is wrong.
        debt_id: The debt concerned, for the per-debt kinds.
    """

    kind: str
    item_key: str | None
    title: str
    reason: str
    debt_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Completeness:
    """The completeness report of one dossier against one checklist.

    Attributes:
        template_key: The checklist the dossier was measured against.
        ready: Nothing is missing: the dossier can go.
        missing: What is missing, in the checklist's order, debts by creditor name.
        done: How many items of the checklist are done (n.v.t. counts as done).
        total: How many items the checklist has.
    """

    template_key: str
    ready: bool
    missing: tuple[Missing, ...]
    done: int
    total: int


def long_date(day: date) -> str:
    """A date as people write it in a sentence: ``"1 april 2026"``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _balance_item(template: ChecklistTemplate) -> ChecklistItemTemplate | None:
    # Balance problems belong with the item that asks for balance statements per debt.
    for item in template.items:
        if item.per_debt and "claim_statement" in item.document_kinds:
            return item
    return None


def _proves(document: DocumentFact, item: ChecklistItemTemplate, debt_id: uuid.UUID) -> bool:
    # A proof linked to another item of the checklist answers that item, not this one.
    return (
        document.debt_id == debt_id
        and document.kind in item.document_kinds
        and document.item_key in (None, item.key)
    )


def _item_reason(mark: ItemMark, wrong_kind: bool) -> str:
    if wrong_kind:
        return "Het gekoppelde stuk is niet van de soort die hier nodig is."
    if mark.state == ChecklistState.IN_PROGRESS.value:
        return "Wordt aan gewerkt, maar is nog niet aangeleverd."
    return "Nog niet aangeleverd."


def _judge_item(
    item: ChecklistItemTemplate,
    mark: ItemMark,
    documents: list[DocumentFact],
    open_debts: list[DebtFact],
) -> tuple[bool, list[Missing]]:
    """Whether one item is done, and what of it is missing."""
    if mark.not_applicable:
        return True, []
    if item.per_debt and open_debts:
        bare = [d for d in open_debts if not any(_proves(doc, item, d.id) for doc in documents)]
        if not bare:
            return True, []
        if not item.required:
            return mark.state in DONE_STATES, []
        return False, [
            Missing(
                MissingKind.DEBT_PROOF,
                item.key,
                item.title,
                _sentence(f"Nog geen bewijsstuk voor de schuld bij {debt.creditor_name}"),
                debt.id,
            )
            for debt in bare
        ]
    linked = [doc for doc in documents if doc.item_key == item.key]
    proven = bool(item.document_kinds) and any(doc.kind in item.document_kinds for doc in linked)
    if mark.state in DONE_STATES or proven:
        return True, []
    if not item.required:
        return False, []
    wrong_kind = bool(item.document_kinds) and bool(linked)
    return False, [Missing(MissingKind.ITEM, item.key, item.title, _item_reason(mark, wrong_kind))]


def _sentence(text: str) -> str:
    """End with one full stop: a creditor named "… B.V." does not get a second one."""
    return text if text.endswith(".") else text + "."


def _balance_problems(
    debts: list[DebtFact], item: ChecklistItemTemplate | None, today: date
) -> dict[uuid.UUID, Missing]:
    key, title = (item.key, item.title) if item else (None, "Saldo-opgave")
    problems: dict[uuid.UUID, Missing] = {}
    for debt in debts:
        if debt.confirmed_on is None:
            reason = f"Van de schuld bij {debt.creditor_name} is de datum van de saldo-opgave "
            problems[debt.id] = Missing(
                MissingKind.NO_BALANCE_DATE, key, title, reason + "niet bekend.", debt.id
            )
        elif balance_is_stale(debt.confirmed_on, today):
            reason = (
                f"Saldo-opgave van {debt.creditor_name} is ouder dan {STALE_AFTER_MONTHS} "
                f"maanden ({long_date(debt.confirmed_on)})."
            )
            problems[debt.id] = Missing(MissingKind.STALE_BALANCE, key, title, reason, debt.id)
    return problems


def completeness(
    template: ChecklistTemplate,
    states: Mapping[str, ItemMark],
    documents: Iterable[DocumentFact],
    debts: Iterable[DebtFact],
    *,
    today: date,
) -> Completeness:
    """Measure a dossier against a referral checklist.

    An item is done when it is marked n.v.t., when its state is supplied or checked, or when a
    proof of one of its document kinds is linked to it. A per-debt item with open debts is
    done when every open (not settled) debt has a proof of an allowed kind linked to that debt;
    its state does not hide a debt without a proof. Every open debt whose balance is older
    than six calendar months, or has no balance date, is missing as well.

    Args:
        template: The receiving desk's checklist.
        states: The sender's marks per item key; an item without marks is open.
        documents: The dossier's proofs; deleted ones are ignored.
        debts: The dossier's debts.
        today: The day to measure staleness against.

    Returns:
        The report: missing things in the checklist's order, debts by creditor name.
    """
    live = [doc for doc in documents if not doc.deleted]
    open_debts = sorted(
        (debt for debt in debts if debt.status != DebtStatus.SETTLED.value),
        key=lambda debt: (debt.creditor_name.casefold(), str(debt.id)),
    )
    balance_item = _balance_item(template)
    balances = _balance_problems(open_debts, balance_item, today)
    missing: list[Missing] = []
    done = 0
    for item in template.items:
        item_done, item_missing = _judge_item(
            item, states.get(item.key, ItemMark()), live, open_debts
        )
        done += item_done
        if item is not balance_item:
            missing.extend(item_missing)
            continue
        # Per debt: first its missing proof, then its balance problem.
        by_debt = {m.debt_id: m for m in item_missing}
        for debt in open_debts:
            missing.extend(m for m in (by_debt.get(debt.id), balances.get(debt.id)) if m)
        missing.extend(m for m in item_missing if m.debt_id is None)
    if balance_item is None:
        missing.extend(balances[debt.id] for debt in open_debts if debt.id in balances)
    return Completeness(
        template_key=template.key,
        ready=not missing,
        missing=tuple(missing),
        done=done,
        total=len(template.items),
    )
