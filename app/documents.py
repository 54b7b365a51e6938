"""A client's proofs (bewijsstukken): added encrypted, listed, opened, binned and purged."""

from __future__ import annotations

import hashlib
import logging
import os
import time
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from app import audit
from app.clients import get_client
from app.db import Database
from app.document_check import MAX_DESCRIPTION, check_file, check_size, clean_description
from app.document_crypto import Cancel, Progress, decrypt_bytes, encrypt_file
from app.errors import NotFoundError, UserError
from models.codes import DocumentKind
from models.messages import joined, say
from models.tables import ChecklistItem, Debt, Document

log = logging.getLogger("procesplaat")

RECORD_TYPE = "document"
#: How old a stray file must be before ``sweep_orphans`` takes it: younger ones may still be
#: being written by an addition in progress.
ORPHAN_AGE = timedelta(minutes=10)
# What a crash can leave in the documents folder: an encrypted file whose row never came
# (or went), a half-written one, an unencrypted converted PDF, a file moved aside to purge.
_SWEPT_SUFFIXES = (".enc", ".tmp", ".convert.pdf", ".purge")
#: The fields ``update_document`` changes; the file itself never changes.
EDITABLE = ("kind", "description", "debt_id", "checklist_item_id", "received_on")


class DocumentErrors(UserError):
    """Fields are refused; ``errors`` maps each field to a Dutch message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__(joined(errors.values()))
        self.errors = dict(errors)


def _key(db: Database, key: bytes | None) -> bytes:
    return db.document_key() if key is None else key


def _path(db: Database, document: Document) -> Path:
    return db.paths.documents / document.stored_name


def _get(session: Session, document_id: uuid.UUID) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError(say("Dit document bestaat niet (meer)."))
    return document


def _clean(changes: Mapping[str, object]) -> dict[str, Any]:
    """The changes in their stored form, or every refused field with its message."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not a document field: {sorted(unknown)}")
    clean: dict[str, Any] = {}
    errors: dict[str, str] = {}
    if "kind" in changes:
        kind = changes["kind"]
        if kind not in set(DocumentKind):
            errors["kind"] = say("Kies een soort document uit de lijst.")
        else:
            clean["kind"] = str(kind)
    if "description" in changes:
        text = changes["description"]
        if text is not None and not isinstance(text, str):
            errors["description"] = say("Een omschrijving is tekst.")
        elif text is not None and len(text.strip()) > MAX_DESCRIPTION:
            errors["description"] = say(
                "Een omschrijving is hoogstens {max_description} tekens.",
                max_description=MAX_DESCRIPTION,
            )
        else:
            clean["description"] = clean_description(text)
    for name, message in (
        ("debt_id", say("Kies een schuld uit de lijst.")),
        ("checklist_item_id", say("Kies een punt van de checklist uit de lijst.")),
    ):
        if name in changes:
            value = changes[name]
            if value is not None and not isinstance(value, uuid.UUID):
                errors[name] = message
            else:
                clean[name] = value
    if "received_on" in changes:
        received = changes["received_on"]
        if received is not None and (
            not isinstance(received, date) or isinstance(received, datetime)
        ):
            errors["received_on"] = say("Geef de datum van ontvangst als een datum op.")
        elif received is not None and received > date.today():
            errors["received_on"] = say(
                "De datum van ontvangst ({received:%d-%m-%Y}) ligt in de toekomst. Geef"
                " de dag waarop het stuk binnenkwam.",
                received=received,
            )
        else:
            clean["received_on"] = received
    if errors:
        raise DocumentErrors(errors)
    return clean


def _check_links(session: Session, client_id: uuid.UUID, clean: Mapping[str, Any]) -> None:
    """A debt and a checklist item of her own, or a refusal at that field."""
    errors: dict[str, str] = {}
    debt_id = clean.get("debt_id")
    if debt_id is not None:
        debt = session.get(Debt, debt_id)
        if debt is None or debt.client_id != client_id:
            errors["debt_id"] = say("Deze schuld hoort niet bij deze klant.")
    item_id = clean.get("checklist_item_id")
    if item_id is not None:
        item = session.get(ChecklistItem, item_id)
        if item is None or item.client_id != client_id:
            errors["checklist_item_id"] = say(
                "Dit punt van de checklist hoort niet bij deze klant."
            )
    if errors:
        raise DocumentErrors(errors)


def add_document(
    db: Database,
    client_id: uuid.UUID,
    source: Path,
    *,
    key: bytes | None = None,
    kind: str = "other",
    description: str | None = None,
    debt_id: uuid.UUID | None = None,
    received_on: date | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> uuid.UUID:
    """Check a file and store it encrypted as a proof of the client; the file and its row
    appear together or not at all.

    Args:
        db: The store.
        client_id: Whose proof it is.
        source: The original file; it is read, never changed or moved.
        key: The document key; the store's own (``db.document_key()``) when None.
        kind: A ``DocumentKind``.
        description: Free text; the original file name (cleaned) when None.
        debt_id: The debt it proves, one of the client's.
        received_on: When it came in.
        progress: Told the bytes encrypted and the total, for a progress bar.
        cancel: Asked between chunks; True stops and stores nothing.

    Returns:
        The new document's id.

    Raises:
        UserError: a refused file (see ``check_file``), a refused field, cancelled.
    """
    if description is None:
        description = clean_description(source.name)
    clean = _clean(
        {"kind": kind, "description": description, "debt_id": debt_id, "received_on": received_on}
    )
    with db.session() as session:
        get_client(session, client_id)
        _check_links(session, client_id, clean)
    media_type, _ = check_file(source)
    stored_name = f"{uuid.uuid4()}.enc"
    target = db.paths.documents / stored_name
    try:
        sha256, size = encrypt_file(source, target, _key(db, key), progress=progress, cancel=cancel)
    except OSError as exc:
        raise UserError(
            say(
                "Het document kon niet worden opgeslagen: het bestand is niet te lezen "
                "of de gegevensmap is vol of alleen-lezen. Er is niets opgeslagen."
            )
        ) from exc
    try:
        # The file may have changed since it was checked; what was stored is what counts.
        check_size(size)
        with db.session() as session:
            document = Document(
                client_id=client_id,
                stored_name=stored_name,
                media_type=media_type,
                sha256=sha256,
                size=size,
                **clean,
            )
            session.add(document)
            audit.record(
                session,
                action="create",
                record_type=RECORD_TYPE,
                record_id=document.id,
                client_id=client_id,
                fields=[name for name, value in clean.items() if value is not None],
            )
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return document.id


def list_documents(db: Database, client_id: uuid.UUID, *, deleted: bool = False) -> list[Document]:
    """A client's proofs, oldest received first; with ``deleted`` those in the recycle bin."""
    with db.session() as session:
        get_client(session, client_id)
        in_bin = col(Document.deleted_at).is_not(None)
        rows = session.exec(
            select(Document).where(
                col(Document.client_id) == client_id, in_bin if deleted else ~in_bin
            )
        ).all()
    return sorted(rows, key=lambda d: (d.received_on or date.max, d.created_at))


def get_document(db: Database, document_id: uuid.UUID) -> Document:
    """One proof's row (in the bin or not).

    Raises:
        NotFoundError: No such proof.
    """
    with db.session() as session:
        return _get(session, document_id)


def open_document(db: Database, document_id: uuid.UUID, *, key: bytes | None = None) -> bytes:
    """The original bytes of a proof, decrypted and checked against its SHA-256.

    Raises:
        UserError: the document or its file is gone, or the file is damaged.
    """
    with db.session() as session:
        document = _get(session, document_id)
    data = decrypt_bytes(_path(db, document), _key(db, key))
    if len(data) != document.size or hashlib.sha256(data).hexdigest() != document.sha256:
        raise UserError(
            say(
                "Het document komt niet overeen met de controlesom van toen het werd "
                "toegevoegd. Zet het terug uit een reservekopie."
            )
        )
    return data


def update_document(
    db: Database, document_id: uuid.UUID, changes: Mapping[str, object]
) -> dict[str, Any]:
    """Change the kind, description or links of a proof; returns the old values (for undo).

    Raises:
        DocumentErrors: a refused field or a link to another client's debt or item.
    """
    clean = _clean(changes)
    with db.session() as session:
        document = _get(session, document_id)
        _check_links(session, document.client_id, clean)
        old = {k: getattr(document, k) for k in clean if getattr(document, k) != clean[k]}
        for name in old:
            setattr(document, name, clean[name])
        session.add(document)
        if old:
            audit.record(
                session,
                action="update",
                record_type=RECORD_TYPE,
                record_id=document.id,
                client_id=document.client_id,
                fields=list(old),
            )
        return old


def _set_deleted(db: Database, document_id: uuid.UUID, moment: datetime | None) -> None:
    with db.session() as session:
        document = _get(session, document_id)
        if (document.deleted_at is None) == (moment is None):
            return
        document.deleted_at = moment
        session.add(document)
        audit.record(
            session,
            action="update",
            record_type=RECORD_TYPE,
            record_id=document.id,
            client_id=document.client_id,
            fields=["deleted_at"],
        )


def delete_document(db: Database, document_id: uuid.UUID) -> None:
    """Move a proof to the recycle bin; its file stays. ``restore_document`` undoes this."""
    _set_deleted(db, document_id, datetime.now(UTC))


def restore_document(db: Database, document_id: uuid.UUID) -> None:
    """Take a proof back out of the recycle bin. ``delete_document`` undoes this."""
    _set_deleted(db, document_id, None)


def purge_document(db: Database, document_id: uuid.UUID) -> None:
    """Remove a proof from the recycle bin for good: its file, then its row. No undo.

    The file is first moved aside, so that a failing transaction can put it back.

    Raises:
        UserError: the proof is not in the recycle bin, or its file cannot be removed.
    """
    with db.session() as session:
        document = _get(session, document_id)
    if document.deleted_at is None:
        raise UserError(say("Zet het document eerst in de prullenbak; pas daarna kan het weg."))
    path = _path(db, document)
    aside = path.with_name(f".{path.name}.purge")
    try:
        os.replace(path, aside)
        moved = True
    except FileNotFoundError:
        moved = False
    except OSError as exc:
        raise UserError(say("Het bestand van dit document kan niet verwijderd worden.")) from exc
    try:
        with db.session() as session:
            document = _get(session, document_id)
            session.delete(document)
            audit.record(
                session,
                action="delete",
                record_type=RECORD_TYPE,
                record_id=document.id,
                client_id=document.client_id,
            )
    except BaseException:
        if moved:
            os.replace(aside, path)
        raise
    aside.unlink(missing_ok=True)


def sweep_orphans(db: Database, *, older_than: timedelta = ORPHAN_AGE) -> int:
    """Remove what a crash left in the documents folder; the number of files removed.

    Taken: ``.enc`` files that no document names (in the bin or not), half-written ``.tmp``
    files, unencrypted ``.convert.pdf`` files of a conversion and ``.purge`` files of a
    purge that finished. A file moved aside by a purge whose row is still there is put
    back. Only files older than ``older_than`` are touched, so that an addition running
    meanwhile keeps its file; folders, links and other names are left alone.
    """
    folder = db.paths.documents
    if not folder.is_dir():
        return 0
    with db.session() as session:
        named = set(session.exec(select(Document.stored_name)).all())
    cutoff = time.time() - older_than.total_seconds()
    removed = 0
    for path in folder.iterdir():
        if not path.name.endswith(_SWEPT_SUFFIXES):
            continue
        try:
            stat = path.lstat()
        except FileNotFoundError:
            continue
        if not path.is_file() or path.is_symlink() or stat.st_mtime > cutoff:
            continue
        if path.name.endswith(".enc") and path.name in named:
            continue
        if path.name.endswith(".purge"):
            original = folder / path.name[1 : -len(".purge")]
            if original.name in named and not original.exists():
                os.replace(path, original)  # the purge's transaction never happened
                continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        removed += 1
    if removed:
        log.info("documents: %d stray files removed", removed)
    return removed
