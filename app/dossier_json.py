"""A dossier in the shape of the bundle spec's dossier.json (schema dossier/1)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from app.checklist import load_checklists, own_checklists_dir
from app.clients import get_client
from app.db import Database
from app.resources import load_process
from models import deadlines as deadline_rules
from models.checklist import ChecklistTemplate
from models.codes import ChecklistState, DebtStatus, Relation
from models.crisis import crisis_on
from models.journey import current_phase, phase_entries
from models.life_domains import current_scores
from models.people import full_name
from models.tables import (
    Action,
    ChecklistItem,
    Creditor,
    Debt,
    Document,
    Enforcement,
    ExpenseItem,
    Goal,
    HouseholdMember,
    IncomeItem,
    JourneyEvent,
    LifeDomainScore,
    Note,
)
from models.values import date_to_json, moment_to_json, money_to_json

SCHEMA = "dossier"
SCHEMA_VERSION = 1
#: Where the proofs sit inside the bag's data folder.
DOCUMENTS_FOLDER = "documenten"
#: A proof's file extension in a bundle, by its stored media type (anything else: "bin").
EXTENSIONS = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/tiff": "tif",
    "image/heic": "heic",
}
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class DocumentPlace:
    """Where a proof sits in a bundle.

    Attributes:
        path: Relative to the bag's data folder: ``documenten/0001-claim_statement.pdf``.
        part: The 1-based part holding it; None when the dossier is not a bundle (``show``).
    """

    path: str
    part: int | None


def document_path(number: int, kind: str, media_type: str | None) -> str:
    """A proof's path in a bundle: its number, its kind code and the extension of its type.

    Only the number, a code and an extension: no description, never personal data. A kind
    that is not a plain code (from an old import) is named ``other``.
    """
    code = kind if _CODE.match(kind) else "other"
    extension = EXTENSIONS.get(media_type or "", "bin")
    return f"{DOCUMENTS_FOLDER}/{number:04d}-{code}.{extension}"


def _received(document: Document) -> tuple[bool, date, datetime, str]:
    """Oldest received first, undated last; the moment it was added breaks ties."""
    return (
        document.received_on is None,
        document.received_on or date.min,
        document.created_at,
        str(document.id),
    )


def numbered_documents(
    session: Session, client_id: uuid.UUID, checklist: ChecklistTemplate | None
) -> list[tuple[Document, str]]:
    """A client's proofs (not in the bin) in the order a bundle numbers them, with their paths.

    First the proofs linked to an item of ``checklist``, in the checklist's item order, then
    all others; within each, by received date. This is the order the desk's form asks for.

    Args:
        session: An open session.
        client_id: The client.
        checklist: The receiving desk's checklist; None numbers by received date only.
    """
    documents: list[Document] = [
        d for d in _rows(session, Document, client_id, Document.created_at) if d.deleted_at is None
    ]
    item_keys = {
        item.id: item.item for item in _rows(session, ChecklistItem, client_id, ChecklistItem.item)
    }

    def place(document: Document) -> tuple[int, tuple[bool, date, datetime, str]]:
        key = item_keys.get(document.checklist_item_id) if document.checklist_item_id else None
        if checklist is not None and key is not None and checklist.has_item(key):
            return checklist.position(key), _received(document)
        return len(checklist.items) if checklist else 0, _received(document)

    ordered = sorted(documents, key=place)
    return [
        (d, document_path(number, d.kind, d.media_type))
        for number, d in enumerate(ordered, start=1)
    ]


def _d(value: date | None) -> str | None:
    return date_to_json(value) if value is not None else None


def _m(value: Decimal | None) -> str | None:
    return money_to_json(value) if value is not None else None


def _id(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _person(person: Any) -> dict[str, Any]:
    return {
        "initials": person.initials,
        "first_names": person.first_names,
        "prefix": person.prefix,
        "last_name": person.last_name,
        "gender": person.gender,
        "birth_date": _d(person.birth_date),
        "bsn": person.bsn,
        "phone": person.phone,
        "email": person.email,
    }


def _creditor(creditor: Creditor) -> dict[str, Any]:
    return {
        "id": str(creditor.id),
        "name": creditor.name,
        "kind": creditor.kind,
        "kvk": creditor.kvk,
        "address": creditor.address,
        "postcode": creditor.postcode,
        "city": creditor.city,
        "iban": creditor.iban,
        "phone": creditor.phone,
        "email": creditor.email,
    }


def _rows(session: Session, table: Any, client_id: uuid.UUID, order: Any) -> list[Any]:
    return list(session.exec(select(table).where(table.client_id == client_id).order_by(order)))


def _checklist_section(
    rows: Sequence[ChecklistItem],
    documents: Sequence[Document],
    template: ChecklistTemplate | None,
) -> dict[str, Any] | None:
    """The checklist with the sender's state per item.

    With a template, its items in its order, the client's state mapped by item key (an item
    the client's own checklist lacks is open); without one, the client's rows as they are.
    """
    linked: dict[uuid.UUID, list[str]] = {}
    for document in documents:
        if document.checklist_item_id is not None:
            linked.setdefault(document.checklist_item_id, []).append(str(document.id))

    def item(key: str, row: ChecklistItem | None) -> dict[str, Any]:
        return {
            "item": key,
            "state": row.state if row else ChecklistState.OPEN.value,
            "not_applicable": row.not_applicable if row else False,
            "document_ids": linked.get(row.id, []) if row else [],
            "note": row.note if row else None,
        }

    if template is not None:
        by_key = {row.item: row for row in rows}
        return {
            "template": template.key,
            "items": [item(t.key, by_key.get(t.key)) for t in template.items],
        }
    if not rows:
        return None
    return {"template": rows[0].template, "items": [item(row.item, row) for row in rows]}


def dossier_dict(
    session: Session,
    client_id: uuid.UUID,
    *,
    exported_at: datetime,
    exported_by: dict[str, str | None],
    today: date,
    checklist: ChecklistTemplate | None = None,
    places: Mapping[uuid.UUID, DocumentPlace] | None = None,
) -> dict[str, Any]:
    """The whole dossier as the spec's dossier.json object.

    Args:
        session: An open session.
        client_id: The client.
        exported_at: The export's moment.
        exported_by: Who exports: name, organisation, role.
        today: The day the deadlines are computed for.
        checklist: The receiving desk's checklist: the checklist section lists its items,
            the client's state mapped by item key, and proofs are numbered in its order.
            None: the client's own rows as they are, proofs by received date.
        places: Each proof's path and part in the bundle (see ``numbered_documents``);
            None numbers them as ``numbered_documents`` does, with no part.
    """
    client = get_client(session, client_id)
    template = load_process(client.process_key)
    order = {phase.key: index for index, phase in enumerate(template.phases)}
    members = _rows(session, HouseholdMember, client_id, HouseholdMember.birth_date)
    partner = next((m for m in members if m.relation == Relation.PARTNER.value), None)
    events = _rows(session, JourneyEvent, client_id, JourneyEvent.occurred_on)
    debts: list[Debt] = _rows(session, Debt, client_id, Debt.origin_date)
    debt_ids = [debt.id for debt in debts]
    enforcements: dict[uuid.UUID, list[Enforcement]] = {}
    for measure in session.exec(
        select(Enforcement)
        .where(col(Enforcement.debt_id).in_(debt_ids))
        .order_by(col(Enforcement.since))
    ):
        enforcements.setdefault(measure.debt_id, []).append(measure)
    creditor_ids = {debt.creditor_id for debt in debts} | {
        debt.collector_id for debt in debts if debt.collector_id
    }
    creditors = session.exec(
        select(Creditor).where(col(Creditor.id).in_(creditor_ids)).order_by(Creditor.name)
    ).all()
    numbered = numbered_documents(session, client_id, checklist)
    if places is None:
        places = {d.id: DocumentPlace(path, None) for d, path in numbered}
    placed = places
    # Only the proofs the caller's plan names: one added since the plan was made (SQLite
    # reads each query afresh) is not in the bundle's files either; it comes next time.
    documents = sorted((d for d, _ in numbered if d.id in placed), key=lambda d: placed[d.id].path)
    rows: list[ChecklistItem] = _rows(session, ChecklistItem, client_id, ChecklistItem.item)
    # A document names its item's key; an item the receiving checklist lacks is not named.
    item_keys = {
        row.id: row.item for row in rows if checklist is None or checklist.has_item(row.item)
    }
    kinds = {c.id: c.kind for c in creditors}
    crisis = crisis_on(
        template,
        [
            (m.kind, kinds.get(debt.creditor_id), m.since)
            for debt in debts
            if debt.status != DebtStatus.SETTLED.value
            for m in enforcements.get(debt.id, [])
        ],
    )
    deadlines = deadline_rules.compute_deadlines(template, phase_entries(events), crisis_on=crisis)
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "exported_at": moment_to_json(exported_at),
        "exported_by": exported_by,
        "client": {
            "id": str(client.id),
            **_person(client),
            "bank_name": client.bank_name,
            "iban": client.iban,
            "marital_status": client.marital_status,
            "marital_status_since": _d(client.marital_status_since),
            "address": {
                "street": client.street,
                "house_number": client.house_number,
                "house_number_suffix": client.house_number_suffix,
                "postcode": client.postcode,
                "city": client.city,
            },
            "partner": _person(partner) if partner else None,
            "household": [
                {
                    "relation": m.relation,
                    "name": full_name(m.first_names, m.prefix, m.last_name),
                    "birth_date": _d(m.birth_date),
                }
                for m in members
                if m.relation != Relation.PARTNER.value
            ],
            "administration": (
                {
                    "kind": client.administration_kind,
                    "administrator": client.administrator,
                    "organisation": client.administration_organisation,
                    "decision_date": _d(client.administration_decision_date),
                }
                if client.administration_kind
                else None
            ),
        },
        "journey": {
            "process": template.key,
            "current_phase": current_phase(events, order),
            "events": [
                {
                    "id": str(e.id),
                    "phase": e.phase,
                    "kind": e.kind,
                    "on": date_to_json(e.occurred_on),
                    "text": e.text,
                    "client_words": e.client_words,
                    "mood": e.mood,
                }
                for e in events
            ],
        },
        "goals": [
            {
                "id": str(g.id),
                "text": g.text,
                "life_domain": g.life_domain,
                "set_on": _d(g.set_on),
                "reached_on": _d(g.reached_on),
            }
            for g in _rows(session, Goal, client_id, Goal.set_on)
        ],
        "life_domains": [  # the current score of each domain; the history stays behind
            {"domain": s.domain, "score": s.score, "note": s.note}
            for s in current_scores(
                _rows(session, LifeDomainScore, client_id, LifeDomainScore.domain)
            )
            if s.score is not None
        ],
        "income": [
            {
                "id": str(i.id),
                "kind": i.kind or None,
                "source": i.source,
                "amount_per_month": money_to_json(i.amount_per_month),
            }
            for i in _rows(session, IncomeItem, client_id, IncomeItem.kind)
        ],
        "expenses": [
            {
                "id": str(x.id),
                "kind": x.kind or None,
                "source": x.source,
                "amount_per_month": money_to_json(x.amount_per_month),
            }
            for x in _rows(session, ExpenseItem, client_id, ExpenseItem.kind)
        ],
        "creditors": [_creditor(c) for c in creditors],
        "debts": [
            {
                "id": str(debt.id),
                "creditor_id": str(debt.creditor_id),
                "collector_id": _id(debt.collector_id),
                "debtor": debt.debtor or None,
                "reference": debt.reference,
                "customer_number": debt.customer_number,
                "origin_date": _d(debt.origin_date),
                "original_amount": _m(debt.original_amount),
                "principal": _m(debt.principal),
                "interest": _m(debt.interest),
                "costs": _m(debt.costs),
                "total": money_to_json(debt.total),
                "confirmed_on": _d(debt.confirmed_on),
                "status": debt.status or None,
                "preferential": debt.preferential,
                "business": debt.business,
                "category": debt.category,
                "essential": debt.essential,
                "enforcement": [
                    {"kind": m.kind, "since": _d(m.since), "until": _d(m.until), "note": m.note}
                    for m in enforcements.get(debt.id, [])
                ],
                "document_ids": [str(d.id) for d in documents if d.debt_id == debt.id],
                "note": debt.note,
            }
            for debt in debts
        ],
        "actions": [
            {
                "id": str(a.id),
                "title": a.title,
                "owner": a.owner or None,
                "due_on": _d(a.due_on),
                "done_on": _d(a.done_on),
                "phase": a.phase,
                "debt_id": _id(a.debt_id),
                "note": a.note,
            }
            for a in _rows(session, Action, client_id, Action.created_at)
        ],
        "documents": [
            {
                "id": str(d.id),
                "kind": d.kind,
                "path": places[d.id].path,
                "sha256": d.sha256,
                "size": d.size,
                "media_type": d.media_type,
                "part": places[d.id].part,
                "received_on": _d(d.received_on),
                "description": d.description,
                "debt_id": _id(d.debt_id),
                "checklist_item": item_keys.get(d.checklist_item_id)
                if d.checklist_item_id
                else None,
            }
            for d in documents
        ],
        "notes": [
            {
                "id": str(n.id),
                "written_at": moment_to_json(n.written_at),
                "author": n.author,
                "text": n.text,
                "client_visible": n.client_visible,
            }
            for n in _rows(session, Note, client_id, Note.written_at)
        ],
        "checklist": _checklist_section(rows, documents, checklist),
        "deadlines": [
            {
                "kind": d.kind,
                "due_on": date_to_json(d.due_on),
                "met_on": _d(d.met_on),
                "note": d.label,
            }
            for d in deadlines
        ],
    }


def chosen_checklist(
    db: Database, session: Session, client_id: uuid.UUID
) -> ChecklistTemplate | None:
    """The checklist the client's referral is measured against; None when none is chosen or
    its file is gone (then the client's rows are shown as they are)."""
    row = session.exec(select(ChecklistItem).where(ChecklistItem.client_id == client_id)).first()
    if row is None:
        return None
    return load_checklists(own_checklists_dir(db.paths)).get(row.template)


def read_dossier(db: Database, client_id: uuid.UUID, *, today: date) -> dict[str, Any]:
    """One client's dossier as it stands now, in the spec's shape (for screens and `show`).

    An export names who exports; a dossier read to be looked at is exported by nobody. Its
    proofs carry the paths an export would give them and no part.

    Raises:
        NotFoundError: No such client.
    """
    with db.session() as session:
        get_client(session, client_id)
        # Numbered as an export with the client's own checklist would number them; the
        # checklist section shows the client's rows as they are.
        numbered = numbered_documents(session, client_id, chosen_checklist(db, session, client_id))
        return dossier_dict(
            session,
            client_id,
            exported_at=datetime.now(UTC).astimezone(),
            exported_by={"name": None, "organisation": None, "role": "other"},
            today=today,
            places={d.id: DocumentPlace(path, None) for d, path in numbered},
        )
