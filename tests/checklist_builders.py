"""Builders for the referral checklist's test data: debts with balance dates, proofs, files."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlmodel import col, select

from app.db import Database
from models.tables import ChecklistItem, Creditor, Debt, Document


def add_debt(
    db: Database,
    client_id: uuid.UUID,
    creditor: str,
    *,
    status: str = "confirmed",
    confirmed_on: date | None = date(2026, 10, 1),
) -> uuid.UUID:
    """A debt to a new creditor of this name, with its balance date."""
    with db.session() as session:
        owner = Creditor(name=creditor, kind="other")
        session.add(owner)
        session.flush()
        debt = Debt(
            client_id=client_id,
            creditor_id=owner.id,
            total=Decimal("100.00"),
            status=status,
            confirmed_on=confirmed_on,
        )
        session.add(debt)
        return debt.id


def add_document(
    db: Database,
    client_id: uuid.UUID,
    *,
    kind: str = "other",
    item: str | None = None,
    debt_id: uuid.UUID | None = None,
    description: str | None = None,
    deleted: bool = False,
) -> uuid.UUID:
    """A proof row linked to a checklist item (by key) and a debt; no file is stored."""
    with db.session() as session:
        item_id = None
        if item is not None:
            query = select(ChecklistItem.id).where(
                col(ChecklistItem.client_id) == client_id, col(ChecklistItem.item) == item
            )
            item_id = session.exec(query).one()
        document = Document(
            client_id=client_id,
            kind=kind,
            description=description,
            stored_name=f"{uuid.uuid4().hex}.bin",
            sha256="0" * 64,
            size=1,
            debt_id=debt_id,
            checklist_item_id=item_id,
            deleted_at=datetime(2026, 11, 20, tzinfo=UTC) if deleted else None,
        )
        session.add(document)
        return document.id


def write_own_checklist(
    folder: Path, key: str, items: str = "", *, file_name: str | None = None
) -> Path:
    """A municipality's checklist file, named after its key unless told otherwise."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (file_name or f"{key}.toml")
    body = items or (
        '[[items]]\nkey = "identiteitsbewijs"\ntitle = "Identiteitsbewijs"\n'
        'description = "Kopie."\ngroup = "Persoon"\nrequired = true\n'
        'document_kinds = ["identity"]\n'
    )
    path.write_text(f'key = "{key}"\nname = "Eigen lijst"\nversion = 1\n\n{body}', "utf-8")
    return path
