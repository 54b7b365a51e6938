"""A client's referral checklist: which one, the state of each item, and what is missing."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from app import audit
from app.clients import get_client
from app.db import Database
from app.errors import NotFoundError, UserError
from app.paths import Paths
from app.resources import checklist_keys, load_checklist
from models.checklist import ChecklistItemTemplate, ChecklistTemplate, load_checklist_template
from models.codes import ChecklistState
from models.completeness import (
    STATE_LABELS,
    Completeness,
    DebtFact,
    DocumentFact,
    ItemMark,
    completeness,
)
from models.messages import say
from models.tables import ChecklistItem, Creditor, Debt, Document
from models.template_reader import KEY_PATTERN, TemplateError

log = logging.getLogger("procesplaat")

OWN_CHECKLISTS = "checklists"
NOTE_MAX = 1000


@dataclass(frozen=True)
class ChecklistCatalogue:
    """The checklists at hand, and the municipality's files that could not be used.

    Attributes:
        templates: Per key, the built-in checklists and then the municipality's own.
        problems: One Dutch line per skipped file, starting with the file's name.
    """

    templates: dict[str, ChecklistTemplate]
    problems: tuple[str, ...]


@dataclass(frozen=True)
class LinkedDocument:
    """A proof linked to a checklist item."""

    id: uuid.UUID
    kind: str
    description: str | None


@dataclass(frozen=True)
class ItemView:
    """One item of a client's checklist with the sender's state.

    Attributes:
        item: The item as the checklist describes it.
        state: One of the ChecklistState codes.
        not_applicable: Marked "n.v.t.".
        note: The caseworker's note, if any.
        documents: The proofs linked to the item (not deleted), oldest first.
    """

    item: ChecklistItemTemplate
    state: str
    not_applicable: bool
    note: str | None
    documents: tuple[LinkedDocument, ...]


@dataclass(frozen=True)
class ChecklistView:
    """A client's chosen checklist, item by item in the checklist's order."""

    client_id: uuid.UUID
    template: ChecklistTemplate
    items: tuple[ItemView, ...]


def own_checklists_dir(paths: Paths) -> Path:
    """The folder where a municipality puts its own checklists (``*.toml``)."""
    return paths.data_dir / OWN_CHECKLISTS


def _read_own(path: Path, taken: set[str]) -> ChecklistTemplate:
    """One municipality file, checked; TemplateError with the file's name when unusable."""
    source = path.name
    if not KEY_PATTERN.match(path.stem):
        problem = say("de bestandsnaam mag alleen kleine letters, cijfers en _ bevatten")
        raise TemplateError(source, "", problem)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError(source, "", say("het bestand is geen UTF-8-tekst")) from exc
    except OSError as exc:
        raise TemplateError(
            source, "", say("kan niet gelezen worden ({strerror})", strerror=exc.strerror)
        ) from exc
    template = load_checklist_template(text, source)
    if template.key != path.stem:
        raise TemplateError(
            source,
            "key",
            say("moet {stem!r} zijn, gelijk aan de bestandsnaam", stem=path.stem),
        )
    if template.key in taken:
        raise TemplateError(
            source, "key", say("{key!r} is al een ingebouwde checklist", key=template.key)
        )
    return template


def read_checklists(extra_dir: Path | None = None) -> ChecklistCatalogue:
    """The built-in checklists plus a municipality's own files from ``extra_dir``.

    A municipality's file that cannot be used is skipped and named in ``problems``; a
    built-in checklist that breaks is a bug and raises.

    Args:
        extra_dir: A folder with ``*.toml`` checklists; it may be missing.

    Returns:
        The checklists by key and the problems met.
    """
    templates = {key: load_checklist(key) for key in checklist_keys()}
    problems: list[str] = []
    if extra_dir is not None and extra_dir.is_dir():
        for path in sorted(extra_dir.glob("*.toml")):
            try:
                template = _read_own(path, set(templates))
            except TemplateError as exc:
                problems.append(str(exc))
                continue
            templates[template.key] = template
    return ChecklistCatalogue(templates, tuple(problems))


def load_checklists(extra_dir: Path | None = None) -> dict[str, ChecklistTemplate]:
    """The built-in checklists plus a municipality's own; unusable files logged and skipped.

    Args:
        extra_dir: A folder with ``*.toml`` checklists, e.g. ``own_checklists_dir(paths)``.

    Returns:
        The checklists by key, the built-in ones first.
    """
    catalogue = read_checklists(extra_dir)
    for problem in catalogue.problems:
        log.warning("checklist overgeslagen: %s", problem)
    return catalogue.templates


def _template(db: Database, key: str) -> ChecklistTemplate:
    templates = load_checklists(own_checklists_dir(db.paths))
    if key not in templates:
        known = ", ".join(templates)
        raise NotFoundError(
            say("De checklist {key!r} bestaat niet (meer). Wel: {known}.", key=key, known=known)
        )
    return templates[key]


def _rows(session: Session, client_id: uuid.UUID) -> list[ChecklistItem]:
    query = select(ChecklistItem).where(col(ChecklistItem.client_id) == client_id)
    return list(session.exec(query).all())


def _chosen(db: Database, session: Session, client_id: uuid.UUID) -> ChecklistTemplate | None:
    get_client(session, client_id)
    rows = _rows(session, client_id)
    return _template(db, rows[0].template) if rows else None


def choose_checklist(db: Database, client_id: uuid.UUID, template_key: str) -> None:
    """Measure the client's referral against this checklist from now on.

    Items whose key is in both checklists keep their state, n.v.t. and note; items the new
    checklist lacks are removed (their proofs stay, unlinked).

    Args:
        db: The store.
        client_id: The client.
        template_key: The checklist's key.

    Raises:
        NotFoundError: No such client or checklist.
    """
    template = _template(db, template_key)
    with db.session() as session:
        get_client(session, client_id)
        rows = _rows(session, client_id)
        if rows and all(row.template == template.key for row in rows):
            present = {row.item for row in rows}
            if all(item.key in present for item in template.items):
                return
        present = set()
        for row in rows:
            if template.has_item(row.item) and row.item not in present:
                row.template = template.key
                present.add(row.item)
                session.add(row)
                continue
            linked = select(Document).where(col(Document.checklist_item_id) == row.id)
            for document in session.exec(linked).all():
                document.checklist_item_id = None
                session.add(document)
            session.delete(row)
        for item in template.items:
            if item.key not in present:
                session.add(
                    ChecklistItem(client_id=client_id, template=template.key, item=item.key)
                )
        audit.record(
            session,
            action="update",
            record_type="checklist",
            record_id=None,
            client_id=client_id,
            fields=["template"],
        )


def checklist_state(db: Database, client_id: uuid.UUID) -> ChecklistView | None:
    """The client's checklist with the state of every item; None when none is chosen yet.

    Raises:
        NotFoundError: No such client, or the chosen checklist's file is gone.
    """
    with db.session() as session:
        template = _chosen(db, session, client_id)
        if template is None:
            return None
        rows = {row.item: row for row in _rows(session, client_id)}
        linked: dict[uuid.UUID, list[LinkedDocument]] = {}
        for doc_id, kind, description, item_id in session.execute(
            sa_select(
                col(Document.id),
                col(Document.kind),
                col(Document.description),
                col(Document.checklist_item_id),
            )
            .where(col(Document.client_id) == client_id)
            .where(col(Document.deleted_at).is_(None))
            .where(col(Document.checklist_item_id).is_not(None))
            .order_by(col(Document.created_at), col(Document.id))
        ).all():
            linked.setdefault(item_id, []).append(LinkedDocument(doc_id, kind, description))
    items = []
    for item in template.items:
        row = rows.get(item.key)
        items.append(
            ItemView(
                item=item,
                state=row.state if row else ChecklistState.OPEN.value,
                not_applicable=row.not_applicable if row else False,
                note=row.note if row else None,
                documents=tuple(linked.get(row.id, ())) if row else (),
            )
        )
    return ChecklistView(client_id, template, tuple(items))


def _clean_note(note: str) -> str | None:
    text = note.strip()
    if len(text) > NOTE_MAX:
        raise UserError(
            say(
                "Een notitie is hoogstens {limit} tekens; deze is {length}.",
                limit=NOTE_MAX,
                length=len(text),
            )
        )
    return text or None


def set_item(
    db: Database,
    client_id: uuid.UUID,
    item_key: str,
    *,
    state: str | None = None,
    not_applicable: bool | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Change the sender's marks on one item; None leaves a mark as it is.

    Args:
        db: The store.
        client_id: The client.
        item_key: The item's key in the client's checklist.
        state: One of the ChecklistState codes.
        not_applicable: Mark or unmark "n.v.t.".
        note: The note; an empty text removes it.

    Returns:
        The old values of what changed, as keyword arguments: ``set_item(..., **old)`` undoes
        the change (a note that was absent comes back as "").

    Raises:
        UserError: Unknown state, a note that is too long, or no checklist chosen yet.
        NotFoundError: No such client, or the checklist has no such item.
    """
    changes: dict[str, Any] = {}
    if state is not None:
        if state not in STATE_LABELS:
            allowed = ", ".join(f"{code} ({label})" for code, label in STATE_LABELS.items())
            raise UserError(
                say("Onbekende stand {state!r}. Kies uit: {allowed}.", state=state, allowed=allowed)
            )
        changes["state"] = state
    if not_applicable is not None:
        changes["not_applicable"] = bool(not_applicable)
    if note is not None:
        changes["note"] = _clean_note(note)
    with db.session() as session:
        template = _chosen(db, session, client_id)
        if template is None:
            raise UserError(say("Kies eerst een checklist voor deze klant."))
        if not template.has_item(item_key):
            raise NotFoundError(
                say(
                    "De checklist {name!r} heeft geen onderdeel {item_key!r}.",
                    name=template.name,
                    item_key=item_key,
                )
            )
        rows = [row for row in _rows(session, client_id) if row.item == item_key]
        # An item added to the checklist's file after it was chosen has no row yet.
        row = (
            rows[0]
            if rows
            else ChecklistItem(client_id=client_id, template=template.key, item=item_key)
        )
        old = {
            name: getattr(row, name)
            for name, value in changes.items()
            if getattr(row, name) != value
        }
        for name in old:
            setattr(row, name, changes[name])
        if not old:
            return {}
        session.add(row)
        audit.record(
            session,
            action="update",
            record_type="checklistitem",
            record_id=row.id,
            client_id=client_id,
            fields=list(old),
        )
    if "note" in old and old["note"] is None:
        old["note"] = ""
    return old


def completeness_of(
    db: Database, client_id: uuid.UUID, *, today: date, template_key: str | None = None
) -> Completeness:
    """The completeness report of a client's referral, read in one transaction.

    Args:
        db: The store.
        client_id: The client.
        today: The day balances are measured against.
        template_key: Another checklist to measure against (e.g. the receiving desk's at
            export); by default the client's chosen one. Items that have no row in the
            client's checklist count as open.

    Raises:
        UserError: No checklist chosen and none given.
        NotFoundError: No such client or checklist.
    """
    with db.session() as session:
        get_client(session, client_id)
        rows = _rows(session, client_id)
        if template_key is None and not rows:
            raise UserError(say("Kies eerst een checklist voor deze klant."))
        template = _template(db, template_key or rows[0].template)
        keys = {row.id: row.item for row in rows}
        states = {row.item: ItemMark(row.state, row.not_applicable) for row in rows}
        documents = [
            DocumentFact(kind, keys.get(item_id) if item_id else None, debt_id, deleted is not None)
            for kind, item_id, debt_id, deleted in session.execute(
                sa_select(
                    col(Document.kind),
                    col(Document.checklist_item_id),
                    col(Document.debt_id),
                    col(Document.deleted_at),
                ).where(col(Document.client_id) == client_id)
            ).all()
        ]
        debts = [
            DebtFact(debt_id, name, status, confirmed_on)
            for debt_id, name, status, confirmed_on in session.execute(
                sa_select(
                    col(Debt.id), col(Creditor.name), col(Debt.status), col(Debt.confirmed_on)
                )
                .join(Creditor, col(Creditor.id) == col(Debt.creditor_id))
                .where(col(Debt.client_id) == client_id)
            ).all()
        ]
    return completeness(template, states, documents, debts, today=today)


def item_ids(db: Database, client_id: uuid.UUID) -> dict[str, uuid.UUID]:
    """The client's checklist rows by item key: what a document links to."""
    with db.session() as session:
        return {row.item: row.id for row in _rows(session, client_id)}
