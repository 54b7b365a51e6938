"""Debts and their proof in a dossier.json as rows: creditors, debts, checklist, documents."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.bundle_fields import (
    DossierError,
    Ids,
    as_list,
    as_object,
    as_uuid,
    bool_of,
    date_of,
    keep_unknown,
    money_of,
    objects_in,
    required_money_of,
    required_ref,
    required_text_of,
    set_aside,
    text_of,
)
from models.messages import say
from models.tables import ChecklistItem, Creditor, Debt, Document, Enforcement

__all__ = [
    "PlannedDocument",
    "checklist_rows",
    "creditors_by_id",
    "debt_rows",
    "link_listed_documents",
    "planned_documents",
]


@dataclass
class PlannedDocument:
    """A document row waiting for its file: where the bundle has it and what it must be."""

    number: int
    path: str
    sha256: str
    size: int
    row: Document


def creditors_by_id(
    dossier: Mapping[str, Any], ids: Ids, unknown: dict[str, Any]
) -> dict[str, Creditor]:
    """The bundle's creditors by their id there; they keep it, also in a new copy."""
    creditors: dict[str, Creditor] = {}
    for where, creditor in objects_in(dossier.get("creditors"), "creditors", unknown):
        # Creditors are shared by all clients: they keep their id, also in a new copy.
        source_id = as_uuid(creditor.get("id"), f"{where}.id")
        if ("creditor", str(source_id)) in ids.defined:
            raise DossierError(f"{where}.id", say("dit id komt twee keer voor."))
        ids.defined[("creditor", str(source_id))] = source_id
        creditors[str(source_id)] = Creditor(
            id=source_id,
            name=required_text_of(creditor, "name", where),
            kind=text_of(creditor, "kind", where),
            kvk=text_of(creditor, "kvk", where),
            address=text_of(creditor, "address", where),
            postcode=text_of(creditor, "postcode", where),
            city=text_of(creditor, "city", where),
            iban=text_of(creditor, "iban", where),
            phone=text_of(creditor, "phone", where),
            email=text_of(creditor, "email", where),
        )
    return creditors


def debt_rows(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: Ids,
    unknown: dict[str, Any],
    notes: list[str],
) -> tuple[list[Debt], list[Enforcement]]:
    """The debts and their enforcement measures; a measure without a kind is set aside.

    A debt without a debtor or a status keeps it empty (shown empty, counted as open): the
    table has no room for null, and a code of our choosing would be invented.
    """
    debts: list[Debt] = []
    enforcements: list[Enforcement] = []
    for where, debt in objects_in(dossier.get("debts"), "debts", unknown):
        row = Debt(
            id=ids.define("debt", debt.get("id"), f"{where}.id"),
            client_id=client_id,
            creditor_id=required_ref(
                ids, "creditor", debt.get("creditor_id"), f"{where}.creditor_id"
            ),
            collector_id=ids.ref("creditor", debt.get("collector_id"), f"{where}.collector_id"),
            debtor=text_of(debt, "debtor", where) or "",
            reference=text_of(debt, "reference", where),
            customer_number=text_of(debt, "customer_number", where),
            origin_date=date_of(debt, "origin_date", where),
            original_amount=money_of(debt, "original_amount", where),
            principal=money_of(debt, "principal", where),
            interest=money_of(debt, "interest", where),
            costs=money_of(debt, "costs", where),
            total=required_money_of(debt, "total", where),
            confirmed_on=date_of(debt, "confirmed_on", where),
            status=text_of(debt, "status", where) or "",
            preferential=bool_of(debt, "preferential", where),
            business=bool_of(debt, "business", where),
            category=text_of(debt, "category", where),
            essential=bool_of(debt, "essential", where),
            note=text_of(debt, "note", where),
        )
        debts.append(row)
        measures = objects_in(debt.get("enforcement"), f"{where}.enforcement", unknown)
        for at, measure in measures:
            kind = text_of(measure, "kind", at)
            if kind is None:
                set_aside(
                    unknown,
                    notes,
                    at,
                    measure,
                    why="zonder soort",
                    instead="niet als maatregel getoond",
                )
                continue
            enforcements.append(
                Enforcement(
                    debt_id=row.id,
                    kind=kind,
                    since=date_of(measure, "since", at),
                    until=date_of(measure, "until", at),
                    note=text_of(measure, "note", at),
                )
            )
    return debts, enforcements


def checklist_rows(
    dossier: Mapping[str, Any], client_id: uuid.UUID, unknown: dict[str, Any], notes: list[str]
) -> list[ChecklistItem]:
    """The receiving checklist's items with their state, if the bundle has one.

    Items without the checklist they belong to say nothing here: a checklist without its
    template is set aside whole.
    """
    if dossier.get("checklist") is None:
        return []
    checklist = as_object(dossier["checklist"], "checklist")
    template = text_of(checklist, "template", "checklist")
    if template is None:
        set_aside(
            unknown,
            notes,
            "checklist",
            checklist,
            why="zonder sjabloon",
            instead="niet als checklist getoond",
        )
        return []
    keep_unknown(unknown, "checklist", checklist, "checklist")
    items = []
    for where, item in objects_in(checklist.get("items"), "checklist.items", unknown):
        items.append(
            ChecklistItem(
                client_id=client_id,
                template=template,
                item=required_text_of(item, "item", where),
                state=text_of(item, "state", where) or "open",
                not_applicable=bool_of(item, "not_applicable", where),
                note=text_of(item, "note", where),
            )
        )
    return items


def planned_documents(
    dossier: Mapping[str, Any],
    client_id: uuid.UUID,
    ids: Ids,
    items: list[ChecklistItem],
    moment: datetime,
    unknown: dict[str, Any],
) -> list[PlannedDocument]:
    """The documents as rows waiting for their files, linked to debts and items."""
    item_ids: dict[str, uuid.UUID] = {}
    for item in items:
        item_ids.setdefault(item.item, item.id)
    planned = []
    for index, (where, document) in enumerate(
        objects_in(dossier.get("documents"), "documents", unknown)
    ):
        sha256 = required_text_of(document, "sha256", where).lower()
        size = document.get("size")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise DossierError(f"{where}.size", say("de grootte is een heel getal van bytes."))
        key = text_of(document, "checklist_item", where)
        if key is not None and key not in item_ids:
            unknown[f"{where}.checklist_item"] = key  # an item the checklist does not list
        row = Document(
            id=ids.define("document", document.get("id"), f"{where}.id"),
            client_id=client_id,
            kind=text_of(document, "kind", where) or "other",
            description=text_of(document, "description", where),
            stored_name="",  # named once its file is in the store
            media_type=text_of(document, "media_type", where),
            sha256=sha256,
            size=size,
            received_on=date_of(document, "received_on", where),
            debt_id=ids.ref("debt", document.get("debt_id"), f"{where}.debt_id"),
            checklist_item_id=item_ids.get(key) if key is not None else None,
            created_at=moment + timedelta(microseconds=index),
        )
        path = required_text_of(document, "path", where)
        planned.append(PlannedDocument(index + 1, path, sha256, size, row))
    return planned


def link_listed_documents(
    dossier: Mapping[str, Any],
    ids: Ids,
    documents: list[PlannedDocument],
    items: list[ChecklistItem],
) -> None:
    """Links the bundle gives from the other side: a debt's or an item's ``document_ids``.

    A document's own ``debt_id`` and ``checklist_item`` win; a list only fills in a link the
    document leaves open. Every id in a list must name a document of the bundle.
    """
    by_id = {planned.row.id: planned.row for planned in documents}
    for index, value in enumerate(as_list(dossier.get("debts"), "debts")):
        where = f"debts[{index}].document_ids"
        debt_id = ids.ref("debt", value.get("id"), f"debts[{index}].id")
        for number, document_id in enumerate(as_list(value.get("document_ids"), where)):
            row = by_id[required_ref(ids, "document", document_id, f"{where}[{number}]")]
            if row.debt_id is None:
                row.debt_id = debt_id
    if not items:  # no checklist, or one set aside whole
        return
    listed = as_list(dossier["checklist"].get("items"), "checklist.items")
    for index, (value, item) in enumerate(zip(listed, items, strict=True)):
        where = f"checklist.items[{index}].document_ids"
        for number, document_id in enumerate(as_list(value.get("document_ids"), where)):
            row = by_id[required_ref(ids, "document", document_id, f"{where}[{number}]")]
            if row.checklist_item_id is None:
                row.checklist_item_id = item.id
