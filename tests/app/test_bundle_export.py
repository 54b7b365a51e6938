"""The dossier bundle export: valid BagIt bags in ZIPs, AES for 7-Zip, parts, all or nothing."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import tracemalloc
import uuid
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import bagit
import pytest
from document_builders import image_bytes, pdf_bytes, write
from sqlmodel import select

from app import bundle_zip
from app.bundle_export import (
    ExportCancelled,
    ExportedBy,
    ExportOptions,
    export_bundle,
    part_path,
    suggested_name,
)
from app.checklist import choose_checklist, item_ids
from app.clients import get_client
from app.db import Database
from app.demo import TANYA_ID, add_demo_dossiers
from app.document_crypto import Cancelled, encrypt_file
from app.documents import add_document, update_document
from app.dossier_json import read_dossier
from app.errors import NotFoundError, UserError
from models.tables import ChecklistItem, Document

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 14, 3, tzinfo=UTC)
BY = ExportedBy("A. de Ridder", "Gemeente Utrecht", "caseworker")
PASSPHRASE = "correct paard batterij nietje é"
SEVEN_ZIP = shutil.which("7zz")
MB = 1000 * 1000


@pytest.fixture
def tanya(db: Database) -> uuid.UUID:
    with db.session() as session:
        add_demo_dossiers(session, today=TODAY)
    return TANYA_ID


def add_proof(
    db: Database, client: uuid.UUID, folder: Path, name: str, data: bytes, **fields: Any
) -> uuid.UUID:
    """A proof added the way the app adds one."""
    return add_document(db, client, write(folder / "aangeleverd", name, data), **fields)


def stored_proof(
    db: Database, client: uuid.UUID, folder: Path, size: int, *, kind: str = "claim_statement"
) -> uuid.UUID:
    """A large proof put into the store through the crypto layer (random bytes, as a PDF)."""
    source = folder / "groot" / f"{uuid.uuid4()}.pdf"
    source.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "wb") as handle:
        left = size
        while left:
            piece = os.urandom(min(left, MB))
            handle.write(piece)
            left -= len(piece)
    stored_name = f"{uuid.uuid4()}.enc"
    sha256, written = encrypt_file(source, db.paths.documents / stored_name, db.document_key())
    source.unlink()
    with db.session() as session:
        document = Document(
            client_id=client,
            kind=kind,
            stored_name=stored_name,
            media_type="application/pdf",
            sha256=sha256,
            size=written,
        )
        session.add(document)
    return document.id


def options(**changes: Any) -> ExportOptions:
    return ExportOptions(exported_by=BY, **changes)


def export(db: Database, client: uuid.UUID, out: Path, **changes: Any) -> list[Path]:
    return export_bundle(db, client, out, options(**changes), today=TODAY, now=NOW)


def unpack(archive: Path, dest: Path) -> Path:
    """The bag folder of an unencrypted bundle."""
    with zipfile.ZipFile(archive) as bundle:
        bundle.extractall(dest)
    (bag,) = list(dest.iterdir())
    return bag


def unpack_7z(archive: Path, dest: Path, passphrase: str) -> subprocess.CompletedProcess[str]:
    assert SEVEN_ZIP is not None
    return subprocess.run(
        [SEVEN_ZIP, "x", "-y", f"-p{passphrase}", f"-o{dest}", str(archive)],
        capture_output=True,
        text=True,
    )


def dossier_of(bag: Path) -> dict[str, Any]:
    return json.loads((bag / "data" / "dossier.json").read_text(encoding="utf-8"))


def folder_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def with_proofs(db: Database, tanya: uuid.UUID, tmp_path: Path) -> dict[str, uuid.UUID]:
    """Tanya with a checklist (kort) and proofs: some linked to items, some not."""
    choose_checklist(db, tanya, "kort")
    items = item_ids(db, tanya)
    folder = tmp_path
    proofs = {
        "loose_old": add_proof(
            db, tanya, folder, "brief.pdf", pdf_bytes(text="Brief"), kind="letter",
            received_on=date(2026, 1, 5),
        ),
        "loose_new": add_proof(
            db, tanya, folder, "foto.jpg", image_bytes("JPEG"), kind="other",
            received_on=date(2026, 6, 1),
        ),
        "income": add_proof(
            db, tanya, folder, "loonstrook.pdf", pdf_bytes(text="Loon"), kind="income",
            received_on=date(2026, 9, 1),
        ),
        "identity": add_proof(
            db, tanya, folder, "id.png", image_bytes("PNG"), kind="identity",
            received_on=date(2026, 10, 1),
        ),
    }  # fmt: skip
    update_document(db, proofs["income"], {"checklist_item_id": items["inkomensspecificatie"]})
    update_document(db, proofs["identity"], {"checklist_item_id": items["identiteitsbewijs"]})
    return proofs


# -- one bundle ---------------------------------------------------------------------------------


def test_export_bundle_is_a_valid_bagit_bag(db, tanya, with_proofs, tmp_path) -> None:
    out = tmp_path / "uit" / "dossier.zip"
    out.parent.mkdir()

    written = export(db, tanya, out)

    assert written == [out]
    bag_dir = unpack(out, tmp_path / "uitgepakt")
    bag = bagit.Bag(str(bag_dir))
    bag.validate()
    assert bag.info["External-Identifier"] == str(tanya)
    assert bag.info["Dossier-Schema"] == "dossier/1"
    assert bag.info["Bagging-Date"] == "2026-11-27"
    assert bag.info["Source-Organization"] == "Gemeente Utrecht"
    assert bag.info["Contact-Name"] == "A. de Ridder"
    assert bag.info["Bag-Software-Agent"].startswith("Procesplaat ")
    assert "Bag-Count" not in bag.info
    assert (bag_dir / "bagit.txt").read_bytes() == (
        b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    )
    assert {"dossier.json", "overzicht.pdf", "schulden.xlsx", "documenten"} == set(
        folder_files(bag_dir / "data")
    )


def test_export_bundle_dossier_json_names_each_entry_with_its_hash(
    db, tanya, with_proofs, tmp_path
) -> None:
    out = tmp_path / "dossier.zip"
    export(db, tanya, out)

    bag_dir = unpack(out, tmp_path / "uitgepakt")
    dossier = dossier_of(bag_dir)
    manifest = dict(
        reversed(line.split("  ", 1))
        for line in (bag_dir / "manifest-sha256.txt").read_text().splitlines()
    )
    documents = dossier["documents"]
    assert len(documents) == len(with_proofs)
    on_disk = sorted(f"documenten/{n}" for n in folder_files(bag_dir / "data" / "documenten"))
    assert sorted(d["path"] for d in documents) == on_disk
    for document in documents:
        assert document["part"] == 1
        assert manifest[f"data/{document['path']}"] == document["sha256"]
        assert (bag_dir / "data" / document["path"]).stat().st_size == document["size"]
    assert dossier["exported_at"] == "2026-11-27T14:03:00+00:00"
    assert dossier["exported_by"] == {
        "name": "A. de Ridder",
        "organisation": "Gemeente Utrecht",
        "role": "caseworker",
    }


def test_export_bundle_numbers_proofs_in_the_checklists_order(
    db, tanya, with_proofs, tmp_path
) -> None:
    out = tmp_path / "dossier.zip"
    export(db, tanya, out)

    documents = dossier_of(unpack(out, tmp_path / "uitgepakt"))["documents"]
    by_id = {d["id"]: d["path"] for d in documents}
    # kort: identiteitsbewijs comes before inkomensspecificatie; loose ones by received date.
    assert [
        by_id[str(with_proofs[k])] for k in ("identity", "income", "loose_old", "loose_new")
    ] == [
        "documenten/0001-identity.png",
        "documenten/0002-income.pdf",
        "documenten/0003-letter.pdf",
        "documenten/0004-other.jpg",
    ]
    assert [d["path"] for d in documents] == sorted(by_id.values())


def test_export_bundle_entry_names_carry_no_personal_data(db, tanya, with_proofs, tmp_path) -> None:
    out = tmp_path / "dossier.zip"
    export(db, tanya, out)

    with db.session() as session:
        client = get_client(session, tanya)
        words = [client.last_name, client.first_names, client.bsn]
        descriptions = [d.description for d in session.exec(select(Document)) if d.description]
    names = zipfile.ZipFile(out).namelist()
    assert all(name.startswith(f"dossier-{tanya}/") for name in names)
    for word in [*words, *descriptions]:
        assert word
        assert not any(word.lower() in name.lower() for name in names), word


def test_export_bundle_stores_binary_files_and_deflates_text(
    db, tanya, with_proofs, tmp_path
) -> None:
    out = tmp_path / "dossier.zip"
    export(db, tanya, out)

    methods = {
        i.filename.split("/", 1)[1]: i.compress_type for i in zipfile.ZipFile(out).infolist()
    }
    for name, method in methods.items():
        expected = zipfile.ZIP_DEFLATED if name.endswith((".txt", ".json")) else zipfile.ZIP_STORED
        assert method == expected, name
    assert methods["data/overzicht.pdf"] == zipfile.ZIP_STORED
    assert methods["data/schulden.xlsx"] == zipfile.ZIP_STORED
    assert methods["data/dossier.json"] == zipfile.ZIP_DEFLATED


def test_export_bundle_overview_shows_the_whole_bsn(db, tanya, tmp_path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "dossier.zip"
    export(db, tanya, out)

    with db.session() as session:
        bsn = get_client(session, tanya).bsn
    bag_dir = unpack(out, tmp_path / "uitgepakt")
    reader = PdfReader(bag_dir / "data" / "overzicht.pdf")
    text = "".join(page.extract_text() for page in reader.pages)
    assert bsn
    assert bsn in text


def test_export_bundle_maps_a_receiving_checklist_by_item_key(
    db, tanya, with_proofs, tmp_path
) -> None:
    with db.session() as session:
        row = session.exec(
            select(ChecklistItem).where(
                ChecklistItem.client_id == tanya, ChecklistItem.item == "bkr"
            )
        ).one()
        row.state = "supplied"
        session.add(row)
    out = tmp_path / "dossier.zip"

    export(db, tanya, out, checklist_key="volledig")

    checklist = dossier_of(unpack(out, tmp_path / "uitgepakt"))["checklist"]
    from app.resources import load_checklist

    full = load_checklist("volledig")
    assert checklist["template"] == "volledig"
    assert [i["item"] for i in checklist["items"]] == [item.key for item in full.items]
    states = {i["item"]: i["state"] for i in checklist["items"]}
    assert states["bkr"] == "supplied"
    only_in_full = next(i.key for i in full.items if not load_checklist("kort").has_item(i.key))
    assert states[only_in_full] == "open"


def test_export_bundle_refuses_an_unknown_checklist(db, tanya, tmp_path) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        export(db, tanya, tmp_path / "dossier.zip", checklist_key="geen_checklist")
    assert folder_files(tmp_path) == sorted(p.name for p in tmp_path.iterdir())
    assert not (tmp_path / "dossier.zip").exists()


def test_export_bundle_replaces_an_existing_file(db, tanya, tmp_path) -> None:
    out = tmp_path / "dossier.zip"
    out.write_bytes(b"oud")

    export(db, tanya, out)

    assert zipfile.is_zipfile(out)


def test_read_dossier_names_the_paths_an_export_gives_without_a_part(
    db, tanya, with_proofs
) -> None:
    documents = read_dossier(db, tanya, today=TODAY)["documents"]

    paths = {d["id"]: (d["path"], d["part"]) for d in documents}
    assert paths[str(with_proofs["identity"])] == ("documenten/0001-identity.png", None)
    assert paths[str(with_proofs["loose_new"])] == ("documenten/0004-other.jpg", None)


# -- encrypted ----------------------------------------------------------------------------------


needs_7zip = pytest.mark.skipif(SEVEN_ZIP is None, reason="7-Zip (7zz) is not installed")


@needs_7zip
def test_export_bundle_encrypted_opens_in_7zip_with_the_passphrase(
    db, tanya, with_proofs, tmp_path
) -> None:
    plain, locked = tmp_path / "open.zip", tmp_path / "dicht.zip"
    export(db, tanya, plain)
    export(db, tanya, locked, passphrase=PASSPHRASE)

    result = unpack_7z(locked, tmp_path / "7z", PASSPHRASE)

    assert result.returncode == 0, result.stdout + result.stderr
    (bag_dir,) = list((tmp_path / "7z").iterdir())
    bagit.Bag(str(bag_dir)).validate()
    plain_dir = unpack(plain, tmp_path / "plain")
    # The proofs and dossier.json byte for byte (the PDF and the sheet carry their moment).
    compared = [plain_dir / "data" / "dossier.json", *(plain_dir / "data" / "documenten").iterdir()]
    assert len(compared) == 1 + len(with_proofs)
    for path in compared:
        assert (bag_dir / path.relative_to(plain_dir)).read_bytes() == path.read_bytes()


def test_export_bundle_encrypts_every_entry_with_winzip_aes(
    db, tanya, with_proofs, tmp_path
) -> None:
    out = tmp_path / "dicht.zip"
    export(db, tanya, out, passphrase=PASSPHRASE)

    infos = zipfile.ZipFile(out).infolist()
    assert infos
    for info in infos:
        assert info.compress_type == 99, info.filename
        assert info.flag_bits & 0x1, info.filename
        assert info.extra[:2] == b"\x01\x99", info.filename
        assert info.extra[4:6] == b"\x02\x00"  # AE-2
        assert info.extra[8:9] == b"\x03"  # AES-256


@needs_7zip
def test_export_bundle_wrong_passphrase_fails_in_7zip(db, tanya, tmp_path) -> None:
    out = tmp_path / "dicht.zip"
    export(db, tanya, out, passphrase=PASSPHRASE)

    result = unpack_7z(out, tmp_path / "7z", "verkeerd")

    assert result.returncode != 0
    assert "Wrong password" in result.stdout + result.stderr


# -- parts --------------------------------------------------------------------------------------


@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_export_bundle_parts_are_each_a_valid_bag_within_the_limit(
    db, tanya, tmp_path, passphrase
) -> None:
    if passphrase and SEVEN_ZIP is None:
        pytest.skip("7-Zip (7zz) is not installed")
    ids = [stored_proof(db, tanya, tmp_path, 400_000 + n) for n in range(6)]
    out = tmp_path / "uit" / "dossier-verhoef.zip"
    out.parent.mkdir()

    written = export(db, tanya, out, max_part_bytes=1 * MB, passphrase=passphrase)

    count = len(written)
    assert count >= 3
    assert written == [part_path(out, n, count) for n in range(1, count + 1)]
    assert written[0].name == f"dossier-verhoef-deel-1-van-{count}.zip"
    assert folder_files(out.parent) == sorted(p.name for p in written)
    groups, holds = set(), {}
    for number, path in enumerate(written, start=1):
        assert path.stat().st_size <= 1 * MB
        dest = tmp_path / f"deel{number}"
        if passphrase:
            assert unpack_7z(path, dest, passphrase).returncode == 0
            (bag_dir,) = list(dest.iterdir())
        else:
            bag_dir = unpack(path, dest)
        bag = bagit.Bag(str(bag_dir))
        bag.validate()
        assert bag.info["Bag-Count"] == f"{number} of {count}"
        groups.add(bag.info["Bag-Group-Identifier"])
        for name in folder_files(bag_dir / "data" / "documenten"):
            holds[f"documenten/{name}"] = number
        if number == 1:
            dossier = dossier_of(bag_dir)
        else:
            assert not (bag_dir / "data" / "dossier.json").exists()
    assert len(groups) == 1
    assert {d["path"]: d["part"] for d in dossier["documents"]} == holds
    assert {uuid.UUID(d["id"]) for d in dossier["documents"]} == set(ids)


def test_export_bundle_that_fits_in_one_part_is_one_file(db, tanya, tmp_path) -> None:
    out = tmp_path / "dossier.zip"

    written = export(db, tanya, out, max_part_bytes=50 * MB)

    assert written == [out]
    assert "Bag-Count" not in bagit.Bag(str(unpack(out, tmp_path / "u"))).info


def test_export_bundle_refuses_a_proof_larger_than_a_part_before_writing(
    db, tanya, tmp_path
) -> None:
    stored_proof(db, tanya, tmp_path, 300_000)
    stored_proof(db, tanya, tmp_path, int(1.5 * MB))
    out = tmp_path / "uit" / "dossier.zip"
    out.parent.mkdir()

    with pytest.raises(UserError, match=r"nummer 2 \(1,5 MB\)"):
        export(db, tanya, out, max_part_bytes=1 * MB)

    assert folder_files(out.parent) == []


# -- nothing half-written -----------------------------------------------------------------------


def test_export_bundle_cancelled_midway_leaves_nothing(db, tanya, tmp_path) -> None:
    for _ in range(3):
        stored_proof(db, tanya, tmp_path, 3 * MB)
    out = tmp_path / "uit" / "dossier.zip"
    out.parent.mkdir()
    seen: list[int] = []

    with pytest.raises(Cancelled):
        export_bundle(
            db,
            tanya,
            out,
            options(max_part_bytes=4 * MB),
            today=TODAY,
            progress=lambda done, total: seen.append(done),
            cancel=lambda: bool(seen) and seen[-1] > 5 * MB,
        )

    assert seen[-1] > 5 * MB
    assert folder_files(out.parent) == []


def test_export_bundle_cancelled_keeps_the_existing_file(db, tanya, tmp_path) -> None:
    stored_proof(db, tanya, tmp_path, 3 * MB)
    out = tmp_path / "dossier.zip"
    out.write_bytes(b"de vorige bundel")

    with pytest.raises(ExportCancelled, match="afgebroken"):
        export_bundle(db, tanya, out, options(), today=TODAY, cancel=lambda: True)

    assert out.read_bytes() == b"de vorige bundel"


def test_export_bundle_disk_full_gives_a_dutch_message_and_leaves_nothing(
    db, tanya, tmp_path, monkeypatch
) -> None:
    stored_proof(db, tanya, tmp_path, 3 * MB)
    out = tmp_path / "uit" / "dossier.zip"
    out.parent.mkdir()
    calls = []

    def full(self: Any, chunk: bytes) -> None:
        calls.append(len(chunk))
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bundle_zip.StoredEntry, "write", full)

    with pytest.raises(UserError, match="de schijf is vol. Er is niets opgeslagen"):
        export(db, tanya, out)

    assert folder_files(out.parent) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in a read-only folder")
def test_export_bundle_read_only_folder_gives_a_dutch_message(db, tanya, tmp_path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError, match="niet schrijven"):
            export(db, tanya, folder / "dossier.zip")
        assert folder_files(folder) == []
    finally:
        folder.chmod(0o755)


def test_export_bundle_unwritable_folder_gives_a_dutch_message(
    db, tanya, tmp_path, monkeypatch
) -> None:
    import tempfile

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(UserError, match="u mag daar niet schrijven"):
        export(db, tanya, tmp_path / "dossier.zip")
    assert not (tmp_path / "dossier.zip").exists()


def test_export_bundle_refuses_a_damaged_proof_and_leaves_nothing(db, tanya, tmp_path) -> None:
    document_id = stored_proof(db, tanya, tmp_path, 2 * MB)
    with db.session() as session:
        document = session.get(Document, document_id)
        assert document is not None
        document.sha256 = "0" * 64  # the row no longer describes the stored file
        session.add(document)
    out = tmp_path / "uit" / "dossier.zip"
    out.parent.mkdir()

    with pytest.raises(UserError, match="Bewijsstuk nummer 1 .* klopt niet"):
        export(db, tanya, out)

    assert folder_files(out.parent) == []


def test_export_bundle_memory_stays_flat_for_a_large_proof(db, tanya, tmp_path) -> None:
    size = 30 * MB
    stored_proof(db, tanya, tmp_path, size)
    out = tmp_path / "dossier.zip"
    # Warm the generated files first, so that the measure is the streaming, not the imports.
    export(db, tanya, tmp_path / "warm.zip")

    tracemalloc.start()
    try:
        export(db, tanya, out)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert out.stat().st_size > size
    assert peak < 8 * MB, f"peak {peak / MB:.1f} MB for a {size / MB:.0f} MB proof"


def test_export_bundle_zip64_records_read_back(db, tanya, with_proofs, tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_zip, "ZIP64_LIMIT", 1000)
    out = tmp_path / "dossier.zip"

    export(db, tanya, out)

    bag_dir = unpack(out, tmp_path / "u")
    bagit.Bag(str(bag_dir)).validate()


# -- options ------------------------------------------------------------------------------------


def test_export_bundle_debt_proofs_pdf_is_added_on_request(db, tanya, tmp_path) -> None:
    pytest.importorskip("app.document_merge")
    with db.session() as session:
        debt_id = next(iter(session.exec(_debts_of(tanya)).all())).id
    add_proof(
        db, tanya, tmp_path, "saldo.pdf", pdf_bytes(), kind="claim_statement", debt_id=debt_id
    )
    out = tmp_path / "dossier.zip"

    export(db, tanya, out, debt_proofs_pdf=True)

    bag_dir = unpack(out, tmp_path / "u")
    bagit.Bag(str(bag_dir)).validate()
    assert (bag_dir / "data" / "schuldbewijzen.pdf").read_bytes().startswith(b"%PDF")


def _debts_of(client: uuid.UUID) -> Any:
    from models.tables import Debt

    return select(Debt).where(Debt.client_id == client)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"passphrase": ""}, "wachtwoord is leeg"),
        ({"max_part_bytes": 1000}, "minstens 1 MB"),
        ({"exported_by": ExportedBy("A", None, "baas")}, "Onbekende rol"),
    ],
)
def test_export_bundle_refuses_bad_options(db, tanya, tmp_path, changes, message) -> None:
    chosen = {"exported_by": BY, **changes}
    with pytest.raises(UserError, match=message):
        export_bundle(db, tanya, tmp_path / "d.zip", ExportOptions(**chosen), today=TODAY)
    assert not (tmp_path / "d.zip").exists()


def test_export_bundle_refuses_a_missing_folder(db, tanya, tmp_path) -> None:
    with pytest.raises(UserError, match="bestaat niet"):
        export(db, tanya, tmp_path / "nergens" / "d.zip")


@pytest.mark.parametrize(
    ("last_name", "expected"),
    [
        ("Verhoef", "dossier-verhoef-2026-11-27.zip"),
        ("de Vries", "dossier-de-vries-2026-11-27.zip"),
        ("Çelik-Öztürk", "dossier-celik-ozturk-2026-11-27.zip"),
        ("d'Hondt", "dossier-dhondt-2026-11-27.zip"),
        ("Strauß", "dossier-strauss-2026-11-27.zip"),
        ("../..", "dossier-2026-11-27.zip"),
    ],
)
def test_suggested_name_is_ascii_without_spaces(last_name, expected) -> None:
    assert suggested_name(last_name, TODAY) == expected


def test_export_removes_what_a_killed_export_left_but_not_a_running_ones(
    db: Database, tanya: uuid.UUID, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.zip"
    old = tmp_path / ".dossier-abc123.tmp"
    fresh = tmp_path / ".dossier-def456.tmp"
    other = tmp_path / ".ander-abc123.tmp"
    for path in (old, fresh, other):
        path.write_bytes(b"half")
    hours_ago = datetime.now(UTC).timestamp() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    export(db, tanya, out)
    assert not old.exists()  # left by an export killed two hours ago
    assert fresh.exists()  # perhaps an export running right now
    assert other.exists()  # another bundle's: not this export's to judge


def test_export_is_recorded_in_the_audit_trail_without_where_or_her_name(
    db: Database, tanya: uuid.UUID, tmp_path: Path
) -> None:
    from models.tables import AuditEvent

    export(db, tanya, tmp_path / "dossier.zip", passphrase="een lang wachtwoord")
    with db.session() as session:
        (event,) = session.exec(
            select(AuditEvent).where(AuditEvent.action == "export", AuditEvent.client_id == tanya)
        ).all()
    assert event.record_type == "bundle"
    assert event.fields == "bundle,passphrase"
    assert "dossier.zip" not in str(event.model_dump())
