"""Debt proofs merged into one PDF: the creditor list's order, bookmarks, nothing half-written."""

from __future__ import annotations

import io
import uuid
from datetime import date
from pathlib import Path

import pytest
from builders import add_client
from document_builders import image_bytes, pdf_bytes, write
from pypdf import PdfReader
from sqlmodel import col, select

from app.db import Database
from app.document_merge import MergeCancelled, merge_debt_proofs, write_debt_proofs
from app.documents import add_document, delete_document
from app.errors import UserError
from models.tables import Creditor, Debt


def _debts(db: Database, client_id: uuid.UUID) -> dict[str, uuid.UUID]:
    with db.session() as session:
        rows = session.exec(
            select(Creditor.name, Debt.id)
            .join(Debt, col(Debt.creditor_id) == col(Creditor.id))
            .where(col(Debt.client_id) == client_id)
        ).all()
    return dict(rows)


def _proof(
    db: Database,
    client_id: uuid.UUID,
    folder: Path,
    text: str,
    *,
    debt_id: uuid.UUID | None,
    received_on: date | None = None,
) -> uuid.UUID:
    source = write(folder, f"{uuid.uuid4().hex}.pdf", pdf_bytes(text=text))
    return add_document(db, client_id, source, debt_id=debt_id, received_on=received_on)


def _first_words(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text().split()[0] for page in reader.pages]


def test_merge_debt_proofs_follows_creditor_list_then_received_date(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(
        db, debts=(("Zilveren Kruis", "80.00"), ("belastingdienst", "10.00"), ("Eneco", "5.00"))
    )
    debts = _debts(db, client_id)
    _proof(db, client_id, tmp_path, "Zorg", debt_id=debts["Zilveren Kruis"])
    _proof(db, client_id, tmp_path, "Laat", debt_id=debts["Eneco"], received_on=date(2026, 10, 1))
    _proof(db, client_id, tmp_path, "Zonder", debt_id=debts["Eneco"])
    _proof(db, client_id, tmp_path, "Vroeg", debt_id=debts["Eneco"], received_on=date(2026, 9, 1))
    _proof(db, client_id, tmp_path, "Aanslag", debt_id=debts["belastingdienst"])

    data = merge_debt_proofs(db, client_id)

    assert data is not None
    # The creditor list sorts names without regard to case; undated proofs come last.
    assert _first_words(data) == ["Aanslag", "Vroeg", "Laat", "Zonder", "Zorg"]
    outline = PdfReader(io.BytesIO(data)).outline
    assert [item.title for item in outline] == ["belastingdienst", "Eneco", "Zilveren Kruis"]


def test_merge_debt_proofs_leaves_out_the_bin_and_proofs_of_no_debt(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db, debts=(("Eneco", "5.00"),))
    debt_id = _debts(db, client_id)["Eneco"]
    _proof(db, client_id, tmp_path, "Nota", debt_id=debt_id)
    binned = _proof(db, client_id, tmp_path, "Weg", debt_id=debt_id)
    delete_document(db, binned)
    _proof(db, client_id, tmp_path, "Loonstrook", debt_id=None)

    data = merge_debt_proofs(db, client_id)

    assert data is not None
    assert _first_words(data) == ["Nota"]


def test_merge_debt_proofs_is_none_without_debt_proofs(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db, debts=(("Eneco", "5.00"),))
    _proof(db, client_id, tmp_path, "Loonstrook", debt_id=None)

    assert merge_debt_proofs(db, client_id) is None


def test_merge_debt_proofs_turns_a_stored_photo_into_an_a4_page(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db, debts=(("Eneco", "5.00"),))
    debt_id = _debts(db, client_id)["Eneco"]
    photo = write(tmp_path, "foto.jpg", image_bytes("JPEG", (600, 800)))
    add_document(db, client_id, photo, debt_id=debt_id)

    data = merge_debt_proofs(db, client_id)

    assert data is not None
    (page,) = PdfReader(io.BytesIO(data)).pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_merge_debt_proofs_reports_progress_and_stops_on_cancel(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db, debts=(("Eneco", "5.00"),))
    debt_id = _debts(db, client_id)["Eneco"]
    for text in ("Een", "Twee", "Drie"):
        _proof(db, client_id, tmp_path, text, debt_id=debt_id)
    seen: list[tuple[int, int]] = []

    with pytest.raises(MergeCancelled, match="afgebroken"):
        merge_debt_proofs(
            db,
            client_id,
            progress=lambda done, total: seen.append((done, total)),
            cancel=lambda: len(seen) >= 2,
        )

    assert len(seen) == 2
    assert 0 < seen[0][0] < seen[1][0] < seen[1][1]


def test_merge_debt_proofs_names_a_damaged_pdf(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db, debts=(("Eneco", "5.00"),))
    debt_id = _debts(db, client_id)["Eneco"]
    broken = write(tmp_path, "kapot.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50 + b"\n%%EOF\n")
    add_document(db, client_id, broken, debt_id=debt_id, description="Nota Eneco")

    with pytest.raises(UserError, match="'Nota Eneco' is een beschadigde PDF"):
        merge_debt_proofs(db, client_id)


def test_write_debt_proofs_writes_the_whole_pdf(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db, debts=(("Eneco", "5.00"),))
    _proof(db, client_id, tmp_path, "Nota", debt_id=_debts(db, client_id)["Eneco"])
    target = tmp_path / "uit" / "schuldbewijzen-2026-11-26.pdf"
    target.parent.mkdir()

    size = write_debt_proofs(db, client_id, target)

    assert size == target.stat().st_size
    assert _first_words(target.read_bytes()) == ["Nota"]
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp left


def test_write_debt_proofs_writes_nothing_without_debt_proofs(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db, debts=(("Eneco", "5.00"),))
    target = tmp_path / "schuldbewijzen.pdf"

    assert write_debt_proofs(db, client_id, target) is None
    assert not target.exists()


def test_write_debt_proofs_refuses_a_missing_folder_in_dutch(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db, debts=(("Eneco", "5.00"),))
    _proof(db, client_id, tmp_path, "Nota", debt_id=_debts(db, client_id)["Eneco"])

    with pytest.raises(UserError, match="niet worden opgeslagen"):
        write_debt_proofs(db, client_id, tmp_path / "weg" / "schuldbewijzen.pdf")

    assert not (tmp_path / "weg").exists()
