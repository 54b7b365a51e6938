"""All debt proofs of a client merged into one PDF, in the creditor list's order."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from sqlmodel import col, select

from app import audit
from app.atomic import replace_file
from app.db import Database
from app.debts import list_debts
from app.document_check import JPEG, PDF, PNG, TIFF
from app.document_convert import image_data_to_pdf
from app.document_crypto import Cancel, Progress
from app.documents import open_document
from app.errors import UserError
from models.messages import say
from models.tables import Document

#: The stored images that become pages of the merged PDF (HEIC needs an optional reader).
_IMAGES = (JPEG, PNG, TIFF)
_TITLE = "Schuldbewijzen"


class MergeCancelled(UserError):
    """The person stopped the merge; nothing was written."""

    def __init__(self) -> None:
        super().__init__(say("Het samenvoegen is afgebroken; er is niets opgeslagen."))


@dataclass(frozen=True)
class _Proof:
    id: uuid.UUID
    media_type: str
    size: int
    description: str | None


def debt_proofs(db: Database, client_id: uuid.UUID) -> list[tuple[str, list[_Proof]]]:
    """The proofs to merge: per debt in the creditor list's order, its creditor's name and
    its proofs (not in the bin, PDF or image) by received date, undated last.

    Raises:
        NotFoundError: No such client.
    """
    rows = list_debts(db, client_id, today=date.today()).rows
    with db.session() as session:
        documents = session.exec(
            select(Document).where(
                col(Document.client_id) == client_id,
                col(Document.debt_id).is_not(None),
                col(Document.deleted_at).is_(None),
            )
        ).all()
    by_debt: dict[uuid.UUID, list[Document]] = {}
    for document in documents:
        if document.media_type == PDF or document.media_type in _IMAGES:
            assert document.debt_id is not None
            by_debt.setdefault(document.debt_id, []).append(document)
    merged = []
    for row in rows:
        own = sorted(
            by_debt.get(row.id, []),
            key=lambda d: (d.received_on is None, d.received_on or date.min, d.created_at, d.id),
        )
        if own:
            proofs = [_Proof(d.id, d.media_type or "", d.size, d.description) for d in own]
            merged.append((row.creditor_name, proofs))
    return merged


def _as_pdf(db: Database, proof: _Proof) -> PdfReader:
    data = open_document(db, proof.id)
    if proof.media_type != PDF:
        data = image_data_to_pdf(data, title=_TITLE)
    name = proof.description or "zonder omschrijving"
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UserError(
                say(
                    "Het bewijsstuk '{name}' is beveiligd met een wachtwoord en kan niet "
                    "worden samengevoegd. Vervang het door een kopie zonder beveiliging.",
                    name=name,
                )
            )
        _ = len(reader.pages)  # reads the page tree: a broken one fails here, not half-way
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UserError(
            say(
                "Het bewijsstuk '{name}' is een beschadigde PDF en kan niet worden "
                "samengevoegd. Vervang het door een goede kopie.",
                name=name,
            )
        ) from exc
    return reader


def merge_debt_proofs(
    db: Database,
    client_id: uuid.UUID,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> bytes | None:
    """Every debt proof of a client in one PDF, with a bookmark per creditor.

    The debts come in the order of the creditor list (``app.debts.list_debts``), each debt's
    proofs by the day they were received; a photo or scan kept as an image becomes A4
    pages. Proofs in the recycle bin and proofs linked to no debt are left out.

    Args:
        db: The store.
        client_id: The client.
        progress: Told the stored bytes handled so far and the total, after each proof.
        cancel: Asked after each proof; True stops the merge.

    Returns:
        The merged PDF, or None when no debt has a proof.

    Raises:
        UserError: A proof cannot be opened or read (named by its description), or the
            person cancelled (``MergeCancelled``).
        NotFoundError: No such client.
    """
    groups = debt_proofs(db, client_id)
    if not groups:
        return None
    total = sum(proof.size for _, proofs in groups for proof in proofs) or 1
    done = 0
    writer = PdfWriter()
    for creditor, proofs in groups:
        first_page = len(writer.pages)
        for proof in proofs:
            writer.append(_as_pdf(db, proof), import_outline=False)
            done += proof.size
            if progress is not None:
                progress(done, total)
            if cancel is not None and cancel():
                raise MergeCancelled()
        writer.add_outline_item(title=creditor, page_number=first_page)
    writer.add_metadata({"/Title": _TITLE, "/Producer": "Procesplaat"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write_debt_proofs(
    db: Database,
    client_id: uuid.UUID,
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> int | None:
    """Write the merged debt proofs (see ``merge_debt_proofs``) to ``path``, whole or not.

    Returns:
        The size of the file written, or None when there are no debt proofs (nothing is
        written then).

    Raises:
        UserError: As ``merge_debt_proofs``, or the file cannot be written (the folder is
            missing or read-only, the disk is full); an existing file is then left as it was.
    """
    data = merge_debt_proofs(db, client_id, progress=progress, cancel=cancel)
    if data is None:
        return None
    try:
        replace_file(path, data)
    except OSError as exc:
        raise UserError(
            say(
                "De schuldbewijzen konden niet worden opgeslagen: de map bestaat niet, "
                "is alleen-lezen of de schijf is vol. Er is niets opgeslagen."
            )
        ) from exc
    audit.record_now(
        db, action="export", record_type="debt_proofs", record_id=None, client_id=client_id
    )
    return len(data)
