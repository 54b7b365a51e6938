"""Importing a dossier: everything or nothing, proven documents, conflicts by id and BSN."""

from __future__ import annotations

import contextlib
import copy
import hashlib
import io
import json
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from builders import add_client, open_db
from document_builders import image_bytes, pdf_bytes, stored_files, write
from sqlalchemy import text
from sqlmodel import select

from app.bundle_import import (
    ConflictError,
    DocumentMismatch,
    ImportCancelled,
    OnConflict,
    find_conflict,
    import_dossier,
)
from app.bundle_rows import DossierError, UnknownProcessError
from app.checklist import choose_checklist, item_ids, set_item
from app.db import Database
from app.demo import TANYA_ID, add_demo_dossiers
from app.document_crypto import decrypt_bytes, encrypt_stream
from app.documents import add_document, open_document, update_document
from app.dossier_json import dossier_dict
from models.tables import AuditEvent, BundleImport, Client, Creditor, Debt, Document

TODAY = date(2026, 11, 26)
EXPORTED_AT = datetime(2026, 11, 26, 14, 3, tzinfo=UTC)
BY = {"name": "A. de Ridder", "organisation": "Gemeente Oost", "role": "caseworker"}


class Bundle:
    """A dossier as a reader hands it over: the dict, its payload and its manifest."""

    def __init__(self, dossier: dict[str, Any], payload: dict[str, bytes]) -> None:
        self.dossier = dossier
        self.payload = payload
        self.opened: list[str] = []
        self.manifest = {path: hashlib.sha256(data).hexdigest() for path, data in payload.items()}
        self.bag_info = {
            "External-Identifier": [dossier["client"]["id"]],
            "Bagging-Date": ["2026-11-26"],
            "Source-Organization": ["Bewindvoerders BV"],
            "Bag-Software-Agent": ["Procesplaat 1.0"],
        }

    @contextlib.contextmanager
    def open(self, path: str) -> Iterator[BinaryIO]:
        self.opened.append(path)
        yield io.BytesIO(self.payload[path])

    def run(self, db: Database, **options: Any) -> uuid.UUID:
        return import_dossier(
            db,
            self.dossier,
            self.open,
            manifest=self.manifest,
            bag_info=self.bag_info,
            today=TODAY,
            **options,
        )


def export(db: Database, client_id: uuid.UUID) -> Bundle:
    """The client's dossier.json with the original bytes of her documents."""
    with db.session() as session:
        dossier = dossier_dict(
            session, client_id, exported_at=EXPORTED_AT, exported_by=BY, today=TODAY
        )
    payload = {d["path"]: open_document(db, uuid.UUID(d["id"])) for d in dossier["documents"]}
    payload["dossier.json"] = json.dumps(dossier).encode()
    return Bundle(dossier, payload)


def same_dossier(first: dict[str, Any], second: dict[str, Any]) -> None:
    assert {**first, "exported_at": None, "exported_by": None} == {
        **second,
        "exported_at": None,
        "exported_by": None,
    }


def tanya_with_documents(db: Database, folder: Path) -> uuid.UUID:
    """Tanya's demo dossier with a checklist and two proofs, one linked to a debt and an item."""
    with db.session() as session:
        add_demo_dossiers(session, today=TODAY)
    choose_checklist(db, TANYA_ID, "kort")
    set_item(db, TANYA_ID, "identiteitsbewijs", state="supplied", note="Kopie paspoort")
    with db.session() as session:
        debt_id = session.exec(select(Debt.id).where(Debt.client_id == TANYA_ID)).first()
    first = add_document(
        db, TANYA_ID, write(folder, "id.pdf", pdf_bytes(text="Paspoort")), kind="identity"
    )
    update_document(db, first, {"checklist_item_id": item_ids(db, TANYA_ID)["identiteitsbewijs"]})
    add_document(
        db,
        TANYA_ID,
        write(folder, "brief.jpg", image_bytes()),
        kind="claim_statement",
        debt_id=debt_id,
        received_on=date(2026, 11, 20),
    )
    return TANYA_ID


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Database]:
    database = open_db(tmp_path / "bron")
    yield database
    database.close()


@pytest.fixture
def tanya(source: Database, tmp_path: Path) -> Bundle:
    tanya_with_documents(source, tmp_path / "originelen")
    return export(source, TANYA_ID)


def snapshot(db: Database) -> tuple[list[str], dict[str, list[tuple[Any, ...]]]]:
    """The document folder's names and every row of every table, to prove nothing changed."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        names = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ).scalars()
        for name in list(names):
            rows = connection.execute(text(f'SELECT * FROM "{name}"')).all()
            tables[name] = sorted(tuple(map(repr, row)) for row in rows)
    return stored_files(db.paths.documents), tables


# --- the whole dossier -----------------------------------------------------------------------


def test_import_into_an_empty_store_gives_the_same_dossier(db: Database, tanya: Bundle) -> None:
    client_id = tanya.run(db)
    assert client_id == TANYA_ID
    again = export(db, client_id)
    same_dossier(again.dossier, tanya.dossier)
    assert again.payload == tanya.payload  # the documents decrypt to the very same bytes


def test_import_stores_documents_encrypted_under_names_without_personal_data(
    db: Database, tanya: Bundle
) -> None:
    tanya.run(db)
    names = stored_files(db.paths.documents)
    assert len(names) == 2
    for name in names:
        assert name.endswith(".enc")
        uuid.UUID(name.removesuffix(".enc"))
        assert b"%PDF" not in (db.paths.documents / name).read_bytes()[:64]


def test_import_records_the_bundles_checksums_and_origin(db: Database, tanya: Bundle) -> None:
    tanya.run(db)
    with db.session() as session:
        record = session.exec(select(BundleImport)).one()
        documents = session.exec(select(Document)).all()
    assert record.client_id == TANYA_ID
    assert record.external_identifier == str(TANYA_ID)
    assert record.source_organization == "Bewindvoerders BV"
    assert record.bagging_date == "2026-11-26"
    assert record.dossier_json_sha256 == tanya.manifest["dossier.json"]
    for document in documents:
        assert f"{document.sha256}  data/documenten/" in record.manifest
    assert "Tanya" not in record.manifest
    assert record.on_conflict is None


def test_import_audits_the_sections_without_values(db: Database, tanya: Bundle) -> None:
    tanya.run(db)
    with db.session() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "import")).one()
    assert event.record_id == TANYA_ID
    assert event.fields is not None
    assert "debts" in event.fields.split(",")
    assert "Tanya" not in event.fields


def test_import_reports_progress_over_all_documents(db: Database, tanya: Bundle) -> None:
    seen: list[tuple[int, int]] = []
    tanya.run(db, progress=lambda done, total: seen.append((done, total)))
    total = sum(d["size"] for d in tanya.dossier["documents"])
    assert seen[-1] == (total, total)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_import_keeps_unknown_codes_as_they_are(db: Database, tanya: Bundle) -> None:
    tanya.dossier["debts"][0]["status"] = "kwijtgescholden"
    tanya.dossier["creditors"][0]["kind"] = "pawn_shop"
    tanya.run(db)
    again = export(db, TANYA_ID)
    assert again.dossier["debts"][0]["status"] == "kwijtgescholden"
    assert again.dossier["creditors"][0]["kind"] == "pawn_shop"


def test_import_keeps_unknown_keys_on_the_import_record(db: Database, tanya: Bundle) -> None:
    tanya.dossier["x_vendor"] = {"ticket": 12}
    tanya.dossier["debts"][1]["x_priority"] = "hoog"
    tanya.run(db)
    with db.session() as session:
        record = session.exec(select(BundleImport)).one()
    assert record.unknown is not None
    assert json.loads(record.unknown) == {
        "x_vendor": {"ticket": 12},
        "debts[1].x_priority": "hoog",
    }


def test_import_refuses_a_process_this_program_does_not_know(db: Database, tanya: Bundle) -> None:
    tanya.dossier["journey"]["process"] = "wsnp_zuid"
    before = snapshot(db)
    with pytest.raises(UnknownProcessError, match="procesjabloon 'wsnp_zuid'") as refused:
        tanya.run(db)
    assert "Voeg dat sjabloon eerst toe." in refused.value.message
    assert snapshot(db) == before


def test_import_without_a_process_follows_the_default_one_and_says_so(
    db: Database, tanya: Bundle
) -> None:
    tanya.dossier["journey"]["process"] = None
    notes: list[str] = []
    client_id = tanya.run(db, notes=notes)
    with db.session() as session:
        client = session.get(Client, client_id)
    assert client is not None
    assert client.process_key == "schuldhulp"
    assert notes == [
        "route (journey.process): zonder procesjabloon; de route is ingelezen op het "
        "standaardsjabloon 'schuldhulp' van dit programma."
    ]


def test_import_keeps_an_object_set_aside_whole_instead_of_its_unknown_keys(
    db: Database, tanya: Bundle
) -> None:
    income = tanya.dossier["income"][0]
    income.update(amount_per_month=None, x_vendor={"ticket": 12})
    tanya.run(db)
    with db.session() as session:
        record = session.exec(select(BundleImport)).one()
    assert record.unknown is not None
    assert json.loads(record.unknown) == {"income[0]": income}


def test_import_adds_no_note_when_it_refuses(db: Database, tanya: Bundle) -> None:
    tanya.dossier["income"][0]["amount_per_month"] = None
    tanya.dossier["debts"][0]["total"] = 12.5
    notes: list[str] = []
    with pytest.raises(DossierError):
        tanya.run(db, notes=notes)
    assert notes == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["debts"][0].update(total=12.5), "debts[0].total"),
        (lambda d: d["debts"][0].update(creditor_id=str(uuid.uuid4())), "debts[0].creditor_id"),
        (lambda d: d["actions"][0].update(debt_id=str(uuid.uuid4())), "actions[0].debt_id"),
        (lambda d: d["notes"][0].update(id=d["notes"][1]["id"]), "notes[1].id"),
        (lambda d: d["journey"]["events"][0].update(on="26-11-2026"), "events[0].on"),
        (lambda d: d["debts"][0].update(enforcement="beslag"), "(debts[0].enforcement)"),
        (lambda d: d["debts"][0].update(enforcement=["beslag"]), "(debts[0].enforcement[0])"),
    ],
)
def test_import_refuses_values_it_cannot_store(
    db: Database, tanya: Bundle, change: Callable[[dict[str, Any]], None], where: str
) -> None:
    change(tanya.dossier)
    before = snapshot(db)
    with pytest.raises(DossierError, match=r"^De bundel is niet in orde \(") as refused:
        tanya.run(db)
    assert where in refused.value.message
    assert refused.value.message.endswith("Er is niets ingelezen.")
    assert snapshot(db) == before


# --- all or nothing --------------------------------------------------------------------------


def test_import_refuses_a_document_whose_bytes_do_not_match(db: Database, tanya: Bundle) -> None:
    second = tanya.dossier["documents"][1]["path"]
    data = bytearray(tanya.payload[second])
    data[100] ^= 0xFF
    tanya.payload[second] = bytes(data)
    before = snapshot(db)
    with pytest.raises(DocumentMismatch, match="Document 2 klopt niet met de bundel"):
        tanya.run(db)
    assert snapshot(db) == before  # the first document, already encrypted, is gone again


def test_import_refuses_a_document_longer_than_the_bundle_says(db: Database, tanya: Bundle) -> None:
    first = tanya.dossier["documents"][0]["path"]
    tanya.payload[first] += b"extra"
    before = snapshot(db)
    with pytest.raises(DocumentMismatch, match="Document 1 .* groter"):
        tanya.run(db)
    assert snapshot(db) == before


def test_import_refuses_when_dossier_and_manifest_disagree(db: Database, tanya: Bundle) -> None:
    tanya.manifest[tanya.dossier["documents"][0]["path"]] = "0" * 64
    before = snapshot(db)
    with pytest.raises(DocumentMismatch, match="Document 1 .* manifest"):
        tanya.run(db)
    assert snapshot(db) == before


def test_import_refuses_a_document_missing_from_the_manifest(db: Database, tanya: Bundle) -> None:
    del tanya.manifest[tanya.dossier["documents"][1]["path"]]
    with pytest.raises(DocumentMismatch, match="Document 2 .* niet in het manifest"):
        tanya.run(db)
    assert stored_files(db.paths.documents) == []


def test_import_cancelled_after_the_first_document_leaves_nothing(
    db: Database, tanya: Bundle
) -> None:
    before = snapshot(db)
    with pytest.raises(ImportCancelled, match="afgebroken"):
        tanya.run(db, cancel=lambda: len(tanya.opened) >= 1)
    assert tanya.opened == [tanya.dossier["documents"][0]["path"]]
    assert snapshot(db) == before


def test_import_cancelled_just_before_the_commit_leaves_nothing(
    db: Database, tanya: Bundle
) -> None:
    before = snapshot(db)
    asked: list[int] = []

    def cancel() -> bool:  # every chunk and document says no; the very last question says yes
        asked.append(1)
        return len(tanya.opened) == 2 and len(asked) > 4

    with pytest.raises(ImportCancelled):
        tanya.run(db, cancel=cancel)
    assert snapshot(db) == before


def test_import_failing_payload_leaves_nothing(db: Database, tanya: Bundle) -> None:
    @contextlib.contextmanager
    def broken(path: str) -> Iterator[BinaryIO]:
        if path == tanya.dossier["documents"][1]["path"]:
            raise OSError("the ZIP entry cannot be read")
        yield io.BytesIO(tanya.payload[path])

    before = snapshot(db)
    with pytest.raises(Exception, match="opgeslagen|ZIP entry"):
        import_dossier(db, tanya.dossier, broken, manifest=tanya.manifest, today=TODAY)
    assert snapshot(db) == before


def test_import_failing_transaction_removes_the_new_files(
    db: Database, tanya: Bundle, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.bundle_import

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the audit table is locked")

    monkeypatch.setattr(app.bundle_import.audit, "record", refuse)
    before = snapshot(db)
    with pytest.raises(RuntimeError):
        tanya.run(db)
    assert snapshot(db) == before


# --- conflicts -------------------------------------------------------------------------------


def test_conflict_is_found_by_client_id(db: Database, tanya: Bundle) -> None:
    tanya.run(db)
    tanya.dossier["client"]["last_name"] = "Bakker"
    conflict = find_conflict(db, tanya.dossier)
    assert conflict is not None
    assert conflict.client_id == TANYA_ID
    assert conflict.matched_by == "id"
    assert [d.label for d in conflict.differences] == ["Achternaam"]
    assert conflict.differences[0].there == "Bakker"


def test_conflict_is_found_by_bsn_when_the_id_differs(db: Database, tanya: Bundle) -> None:
    here = add_client(db, last_name="Smit", bsn=tanya.dossier["client"]["bsn"])
    conflict = find_conflict(db, tanya.dossier)
    assert conflict is not None
    assert conflict.client_id == here
    assert conflict.matched_by == "bsn"
    labels = {d.label: d for d in conflict.differences}
    assert "BSN" not in labels
    assert labels["Achternaam"].here == "Smit"
    assert labels["Aantal schulden"].here == "0"
    assert labels["Totaal schulden"].here == "€\u00a00,00"


def test_conflict_differences_mask_the_bsn(db: Database, tanya: Bundle) -> None:
    tanya.run(db)
    tanya.dossier["client"]["bsn"] = "123456782"
    conflict = find_conflict(db, tanya.dossier)
    assert conflict is not None
    bsn = next(d for d in conflict.differences if d.label == "BSN")
    assert bsn.there == "******782"
    assert "111222" not in bsn.here


def test_no_conflict_for_a_new_client(db: Database, tanya: Bundle) -> None:
    add_client(db, bsn=None)
    assert find_conflict(db, tanya.dossier) is None


def test_import_without_a_choice_raises_the_conflict_and_writes_nothing(
    db: Database, tanya: Bundle
) -> None:
    tanya.run(db)
    before = snapshot(db)
    with pytest.raises(ConflictError, match="hetzelfde id") as refused:
        tanya.run(db)
    assert refused.value.conflict.client_id == TANYA_ID
    assert snapshot(db) == before


def test_import_cancel_on_conflict_writes_nothing(db: Database, tanya: Bundle) -> None:
    tanya.run(db)
    before = snapshot(db)
    with pytest.raises(ImportCancelled, match="^Niets ingelezen"):
        tanya.run(db, on_conflict=OnConflict.CANCEL)
    assert snapshot(db) == before
    assert len(tanya.opened) == 2  # only the first import read the documents


def test_import_new_copy_has_the_same_data_and_fresh_ids(db: Database, tanya: Bundle) -> None:
    tanya.run(db)
    copy_id = tanya.run(db, on_conflict=OnConflict.NEW)
    assert copy_id != TANYA_ID
    first, second = export(db, TANYA_ID), export(db, copy_id)
    del first.payload["dossier.json"], second.payload["dossier.json"]
    assert second.payload == first.payload  # the same documents, stored a second time

    def ids(value: Any) -> set[str]:
        found: set[str] = set()
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "id" and isinstance(item, str):
                    found.add(item)
                found |= ids(item)
        elif isinstance(value, list):
            for item in value:
                found |= ids(item)
        return found

    creditor_ids = {c["id"] for c in first.dossier["creditors"]}
    shared = ids(first.dossier) & ids(second.dossier)
    assert shared == creditor_ids  # creditors are shared; everything of hers is new
    assert second.dossier["creditors"] == first.dossier["creditors"]
    assert len(second.dossier["debts"]) == len(first.dossier["debts"])
    assert [d["total"] for d in second.dossier["debts"]] == [
        d["total"] for d in first.dossier["debts"]
    ]
    linked = [d for d in second.dossier["documents"] if d["debt_id"]]
    assert linked
    assert {d["debt_id"] for d in linked} <= {d["id"] for d in second.dossier["debts"]}
    assert second.dossier["checklist"] == {
        **first.dossier["checklist"],
        "items": [
            {**item, "document_ids": new["document_ids"]}
            for item, new in zip(
                first.dossier["checklist"]["items"],
                second.dossier["checklist"]["items"],
                strict=True,
            )
        ],
    }
    with db.session() as session:
        assert len(session.exec(select(Client)).all()) == 2
        record = session.exec(select(BundleImport).where(BundleImport.client_id == copy_id)).one()
    assert record.source_client_id == TANYA_ID
    assert record.on_conflict == "new"


def test_import_replace_leaves_exactly_one_client_with_the_bundles_data(
    db: Database, tanya: Bundle
) -> None:
    tanya.run(db)
    old_files = stored_files(db.paths.documents)
    newer = copy.deepcopy(tanya.dossier)
    newer["client"]["last_name"] = "Bakker"
    named = {a["debt_id"] for a in newer["actions"]} | {d["debt_id"] for d in newer["documents"]}
    newer["debts"] = [d for d in newer["debts"] if d["id"] in named]
    assert len(newer["debts"]) < len(tanya.dossier["debts"])
    owed = {d["creditor_id"] for d in newer["debts"]} | {d["collector_id"] for d in newer["debts"]}
    newer["creditors"] = [c for c in newer["creditors"] if c["id"] in owed]
    replacement = Bundle(newer, tanya.payload)
    assert replacement.run(db, on_conflict=OnConflict.REPLACE) == TANYA_ID
    with db.session() as session:
        clients = session.exec(select(Client)).all()
        records = session.exec(select(BundleImport)).all()
    assert [c.last_name for c in clients] == ["Bakker"]
    same_dossier(export(db, TANYA_ID).dossier, newer)
    files = stored_files(db.paths.documents)
    assert len(files) == 2
    assert not set(files) & set(old_files)  # the old files went after the commit
    assert [r.on_conflict for r in records] == ["replace"]


def test_import_replace_by_bsn_removes_the_other_client(db: Database, tanya: Bundle) -> None:
    here = add_client(db, last_name="Smit", bsn=tanya.dossier["client"]["bsn"])
    tanya.run(db, on_conflict=OnConflict.REPLACE)
    with db.session() as session:
        assert session.get(Client, here) is None
        assert session.get(Client, TANYA_ID) is not None
        record = session.exec(select(BundleImport)).one()
    assert record.replaced_client_id == here


def test_import_replace_that_fails_keeps_the_old_client_and_files(
    db: Database, tanya: Bundle
) -> None:
    tanya.run(db)
    before = snapshot(db)
    tanya.payload[tanya.dossier["documents"][1]["path"]] = (
        b"x" * tanya.dossier["documents"][1]["size"]
    )
    with pytest.raises(DocumentMismatch):
        tanya.run(db, on_conflict=OnConflict.REPLACE)
    assert snapshot(db) == before


def test_import_reuses_a_creditor_of_the_same_name(db: Database, tanya: Bundle) -> None:
    name = tanya.dossier["creditors"][0]["name"]
    with db.session() as session:
        here = Creditor(name=name, kind="other")
        session.add(here)
    tanya.run(db)
    again = export(db, TANYA_ID)
    assert here.id in {uuid.UUID(c["id"]) for c in again.dossier["creditors"]}
    with db.session() as session:
        assert len(session.exec(select(Creditor).where(Creditor.name == name)).all()) == 1


def test_import_refuses_ids_that_belong_to_another_client(db: Database, tanya: Bundle) -> None:
    tanya.run(db)
    other = copy.deepcopy(tanya.dossier)
    other["client"]["id"] = str(uuid.uuid4())
    other["client"]["bsn"] = None
    before = snapshot(db)
    with pytest.raises(Exception, match="nieuwe kopie"):
        Bundle(other, tanya.payload).run(db)
    assert snapshot(db) == before


# --- the stream encryption the import uses ---------------------------------------------------


class Trickle(io.RawIOBase):
    """A stream that hands out at most 1000 bytes a read, as a ZIP entry may."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(min(len(buffer), 1000))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_encrypt_stream_reads_short_reads_to_the_same_result(tmp_path: Path) -> None:
    key = os.urandom(32)
    data = os.urandom(2 * 1024 * 1024 + 17)
    sha256, size = encrypt_stream(Trickle(data), tmp_path / "a.enc", key)  # type: ignore[arg-type]
    assert (sha256, size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert decrypt_bytes(tmp_path / "a.enc", key) == data


def test_encrypt_stream_takes_a_stream_without_readinto(tmp_path: Path) -> None:
    class ReadOnly:
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def read(self, size: int = -1) -> bytes:
            return self._data.read(size)

    key = os.urandom(32)
    data = b"dossier" * 50_000
    encrypt_stream(ReadOnly(data), tmp_path / "b.enc", key)  # type: ignore[arg-type]
    assert decrypt_bytes(tmp_path / "b.enc", key) == data
