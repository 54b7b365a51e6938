"""Proofs: checked before storing, stored encrypted, binned, restored, purged and opened."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from builders import add_client
from document_builders import (
    corrupt_png,
    image_bytes,
    pdf_bytes,
    sparse_file,
    stored_files,
    truncated,
    write,
)
from sqlmodel import select

from app.db import Database
from app.document_crypto import Cancelled
from app.documents import (
    DocumentErrors,
    add_document,
    delete_document,
    list_documents,
    open_document,
    purge_document,
    restore_document,
    update_document,
)
from app.errors import UserError
from models.tables import AuditEvent, ChecklistItem, Debt, Document


def _rows(db: Database) -> list[Document]:
    with db.session() as session:
        return list(session.exec(select(Document)).all())


def _folder(tmp_path: Path) -> Path:
    return tmp_path / "aangeleverd"


def _made_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


BAD_INPUT: list[tuple[str, Callable[[Path], Path], str]] = [
    ("missing", lambda f: f / "bestaat-niet.pdf", "bestaat niet"),
    ("folder", lambda f: _made_folder(f / "map"), "een map"),
    ("empty", lambda f: write(f, "leeg.pdf", b""), "leeg"),
    ("500 MB", lambda f: sparse_file(f, "groot.pdf", 500 * 1000 * 1000), r"te groot \(500 MB\)"),
    ("unknown type", lambda f: write(f, "notities.txt", b"gewoon tekst\n" * 20), "Dit soort"),
    ("pdf extension lies", lambda f: write(f, "brief.pdf", b"MZ\x90\x00" * 64), "Dit soort"),
    ("word", lambda f: write(f, "brief.docx", b"PK\x03\x04" + bytes(60)), "Sla het eerst"),
    ("truncated pdf", lambda f: write(f, "half.pdf", truncated(pdf_bytes())), "onvolledig"),
    (
        "password pdf",
        lambda f: write(f, "beveiligd.pdf", pdf_bytes(password="geheim")),
        "wachtwoord",
    ),
    (
        "large password pdf",
        lambda f: write(f, "beveiligd-lang.pdf", pdf_bytes(password="geheim", pages=30)),
        "wachtwoord",
    ),
    ("corrupt png", lambda f: write(f, "kapot.png", corrupt_png()), "beschadigd"),
    (
        "truncated jpeg",
        lambda f: write(f, "half.jpg", truncated(image_bytes("JPEG", (300, 300)))),
        "beschadigd of onvolledig",
    ),
    (
        "truncated tiff",
        lambda f: write(f, "half.tif", truncated(image_bytes("TIFF", (300, 300)), 0.3)),
        "beschadigd of onvolledig",
    ),
    (
        "heic without a reader",
        lambda f: write(f, "foto.heic", bytes(4) + b"ftypheic" + bytes(100)),
        "HEIC",
    ),
]


@pytest.mark.parametrize(
    ("make", "message"), [row[1:] for row in BAD_INPUT], ids=[row[0] for row in BAD_INPUT]
)
def test_documents_bad_input_is_refused_in_dutch_and_nothing_is_stored(
    db: Database, tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    client_id = add_client(db)
    source = make(_folder(tmp_path))
    with pytest.raises(UserError, match=message):
        add_document(db, client_id, source)
    assert _rows(db) == []
    assert stored_files(db.paths.documents) == []


@pytest.mark.parametrize(
    ("name", "data", "media_type"),
    [
        ("brief.pdf", pdf_bytes(), "application/pdf"),
        ("foto.jpg", image_bytes("JPEG"), "image/jpeg"),
        ("scan.png", image_bytes("PNG"), "image/png"),
        ("scan.tif", image_bytes("TIFF"), "image/tiff"),
        ("zonder-extensie", pdf_bytes(), "application/pdf"),
        ("tussen-de-randen.pdf", pdf_bytes(pages=12), "application/pdf"),
    ],
)
def test_documents_add_stores_encrypted_with_the_original_hash(
    db: Database, tmp_path: Path, name: str, data: bytes, media_type: str
) -> None:
    client_id = add_client(db)
    source = write(_folder(tmp_path), name, data)
    document_id = add_document(db, client_id, source, kind="letter")
    (row,) = _rows(db)
    assert row.id == document_id
    assert (row.media_type, row.size, row.kind) == (media_type, len(data), "letter")
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    stored = db.paths.documents / row.stored_name
    assert stored_files(db.paths.documents) == [row.stored_name]
    assert data[:32] not in stored.read_bytes()
    assert source.read_bytes() == data  # the original is left alone


def test_documents_odd_name_is_kept_as_clean_description_not_as_file_name(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db)
    name = "ë\\:*?<>|\u202e\nfdp.pdf"
    source = write(_folder(tmp_path) / "ë", name, pdf_bytes())
    add_document(db, client_id, source)
    (row,) = _rows(db)
    assert row.description == "ë\\:*?<>| fdp.pdf"
    assert uuid.UUID(row.stored_name.removesuffix(".enc"))
    assert open_document(db, row.id) == source.read_bytes()


def test_documents_open_returns_the_original(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    data = image_bytes("PNG")
    document_id = add_document(db, client_id, write(_folder(tmp_path), "a.png", data))
    assert open_document(db, document_id) == data


def test_documents_open_refuses_when_the_hash_no_longer_matches(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db)
    document_id = add_document(db, client_id, write(_folder(tmp_path), "a.pdf", pdf_bytes()))
    with db.session() as session:
        row = session.get(Document, document_id)
        assert row is not None
        row.sha256 = "0" * 64
        session.add(row)
    with pytest.raises(UserError, match="controlesom"):
        open_document(db, document_id)


def test_documents_open_with_another_key_is_refused(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    document_id = add_document(db, client_id, write(_folder(tmp_path), "a.pdf", pdf_bytes()))
    with pytest.raises(UserError, match="beschadigd of gewijzigd"):
        open_document(db, document_id, key=bytes(32))


def test_documents_delete_goes_to_the_bin_and_restore_brings_it_back(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db)
    document_id = add_document(db, client_id, write(_folder(tmp_path), "a.pdf", pdf_bytes()))
    delete_document(db, document_id)
    assert list_documents(db, client_id) == []
    assert [d.id for d in list_documents(db, client_id, deleted=True)] == [document_id]
    assert len(stored_files(db.paths.documents)) == 1  # the file stays while in the bin
    restore_document(db, document_id)
    assert [d.id for d in list_documents(db, client_id)] == [document_id]
    assert list_documents(db, client_id, deleted=True) == []


def test_documents_purge_only_from_the_bin_and_removes_file_and_row(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db)
    document_id = add_document(db, client_id, write(_folder(tmp_path), "a.pdf", pdf_bytes()))
    with pytest.raises(UserError, match="prullenbak"):
        purge_document(db, document_id)
    assert len(stored_files(db.paths.documents)) == 1
    delete_document(db, document_id)
    purge_document(db, document_id)
    assert _rows(db) == []
    assert stored_files(db.paths.documents) == []


def test_documents_database_failure_removes_the_encrypted_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = add_client(db)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise UserError("De schijf is vol of niet beschikbaar.")

    monkeypatch.setattr("app.documents.audit.record", fail)
    with pytest.raises(UserError, match="schijf is vol"):
        add_document(db, client_id, write(_folder(tmp_path), "a.pdf", pdf_bytes()))
    assert _rows(db) == []
    assert stored_files(db.paths.documents) == []


def test_documents_cancel_stores_nothing(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    source = write(_folder(tmp_path), "a.pdf", pdf_bytes())
    with pytest.raises(Cancelled):
        add_document(db, client_id, source, cancel=lambda: True)
    assert _rows(db) == []
    assert stored_files(db.paths.documents) == []


def test_documents_add_is_audited_without_values(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    document_id = add_document(db, client_id, write(_folder(tmp_path), "Jansen.pdf", pdf_bytes()))
    with db.session() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.record_id == document_id)).one()
    assert (event.action, event.record_type, event.fields) == (
        "create",
        "document",
        "description,kind",
    )


def test_documents_update_changes_fields_and_returns_the_old_values(
    db: Database, tmp_path: Path
) -> None:
    client_id = add_client(db, debts=(("Belastingdienst", "120.00"),))
    with db.session() as session:
        debt_id = session.exec(select(Debt.id)).one()
    document_id = add_document(db, client_id, write(_folder(tmp_path), "a.pdf", pdf_bytes()))
    old = update_document(
        db,
        document_id,
        {"kind": "claim_statement", "debt_id": debt_id, "received_on": date(2026, 11, 20)},
    )
    assert old == {"kind": "other", "debt_id": None, "received_on": None}
    (row,) = list_documents(db, client_id)
    assert (row.kind, row.debt_id, row.received_on) == (
        "claim_statement",
        debt_id,
        date(2026, 11, 20),
    )
    update_document(db, document_id, old)
    assert list_documents(db, client_id)[0].kind == "other"


def test_documents_update_refuses_fields_in_dutch(db: Database, tmp_path: Path) -> None:
    client_id = add_client(db)
    other_id = add_client(db, last_name="de Vries", debts=(("CJIB", "90.00"),))
    with db.session() as session:
        foreign_debt = session.exec(select(Debt.id)).one()
        item = ChecklistItem(client_id=other_id, template="kort", item="id")
        session.add(item)
    document_id = add_document(db, client_id, write(_folder(tmp_path), "a.pdf", pdf_bytes()))
    with pytest.raises(DocumentErrors) as caught:
        update_document(db, document_id, {"kind": "selfie", "received_on": "gisteren"})
    assert set(caught.value.errors) == {"kind", "received_on"}
    with pytest.raises(DocumentErrors, match="hoort niet bij deze klant") as caught:
        update_document(db, document_id, {"debt_id": foreign_debt, "checklist_item_id": item.id})
    assert set(caught.value.errors) == {"debt_id", "checklist_item_id"}


# Sweeping what a crash left ------------------------------------------------------------------


def _aged(path: Path, minutes: float = 60) -> Path:
    import os
    import time

    moment = time.time() - minutes * 60
    os.utime(path, (moment, moment))
    return path


def test_sweep_orphans_removes_old_strays_and_keeps_named_files(
    db: Database, tmp_path: Path
) -> None:
    from app.documents import sweep_orphans

    client_id = add_client(db)
    original = pdf_bytes()
    kept = add_document(db, client_id, write(_folder(tmp_path), "a.pdf", original))
    binned = add_document(db, client_id, write(_folder(tmp_path), "b.pdf", original))
    delete_document(db, binned)
    folder = db.paths.documents
    for name in list(stored_files(folder)):
        _aged(folder / name)
    strays = [
        _aged(write(folder, f"{uuid.uuid4()}.enc", b"PPDOC half")),
        _aged(write(folder, ".abc123.tmp", b"half")),
        _aged(write(folder, ".abc.convert.pdf", b"%PDF unencrypted")),
    ]
    young = write(folder, f"{uuid.uuid4()}.enc", b"being written")
    other = _aged(write(folder, "notes.txt", b"not ours"))

    assert sweep_orphans(db) == 3

    assert not any(p.exists() for p in strays)
    assert young.exists()
    assert other.exists()
    assert open_document(db, kept) == original
    assert open_document(db, binned) == original


def test_sweep_orphans_puts_back_a_file_whose_purge_never_committed(
    db: Database, tmp_path: Path
) -> None:
    from app.documents import sweep_orphans

    client_id = add_client(db)
    original = pdf_bytes()
    document_id = add_document(db, client_id, write(_folder(tmp_path), "a.pdf", original))
    (row,) = _rows(db)
    stored = db.paths.documents / row.stored_name
    aside = _aged(stored.rename(stored.with_name(f".{stored.name}.purge")))
    finished = _aged(write(db.paths.documents, f".{uuid.uuid4()}.enc.purge", b"gone"))

    assert sweep_orphans(db) == 1

    assert not aside.exists()
    assert not finished.exists()
    assert open_document(db, document_id) == original


def test_sweep_orphans_without_a_documents_folder_removes_nothing(db: Database) -> None:
    from app.documents import sweep_orphans

    assert not db.paths.documents.exists() or not stored_files(db.paths.documents)
    assert sweep_orphans(db) == 0


def test_received_date_in_the_future_is_refused(db: Database, tmp_path: Path) -> None:
    from datetime import timedelta

    client_id = add_client(db)
    source = write(_folder(tmp_path), "a.pdf", pdf_bytes())
    tomorrow = date.today() + timedelta(days=1)

    with pytest.raises(DocumentErrors) as caught:
        add_document(db, client_id, source, received_on=tomorrow)

    assert "toekomst" in caught.value.errors["received_on"]
    assert _rows(db) == []
    assert add_document(db, client_id, source, received_on=date.today())
