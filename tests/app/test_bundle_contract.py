"""The dossier bundle spec, sentence by sentence, as the receiving desk's programmer checks it.

Only what the other bundle tests do not already prove: each test names the spec's sentence.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
import struct
import uuid
import zipfile
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from builders import open_db
from bundle_builders import BASE, Bag, bag, dossier, dossier_bytes, zip_bag
from document_builders import image_bytes, pdf_bytes, write
from sqlmodel import select

from app.bundle_export import ExportedBy, ExportOptions, export_bundle
from app.bundle_import import import_dossier
from app.bundle_read import BundleRefused, read_bundle
from app.checklist import choose_checklist, item_ids
from app.clients import get_client
from app.db import Database
from app.demo import TANYA_ID, add_demo_dossiers
from app.documents import add_document, update_document
from app.dossier_json import read_dossier
from app.procesplaat import timeline_of
from app.profile import ROLES
from app.resources import load_process
from models import codes
from models.tables import BundleImport, JourneyEvent
from models.timeline import Timeline

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 14, 3, tzinfo=UTC)
BY = ExportedBy("A. de Ridder", "Gemeente Utrecht", "caseworker")
PASSPHRASE = "correct paard batterij nietje"
MB = 1000 * 1000
TAG_FILES = {"bagit.txt", "bag-info.txt", "manifest-sha256.txt"}
REQUIRED_LABELS = (
    "Source-Organization",
    "Contact-Name",
    "Bagging-Date",
    "External-Identifier",
    "Payload-Oxum",
    "Bag-Software-Agent",
    "Dossier-Schema",
)
_AES_EXTRA = 0x9901
PHASES = [phase.key for phase in load_process("schuldhulp").phases]


# -- helpers ----------------------------------------------------------------------------------


@pytest.fixture
def tanya(db: Database, tmp_path: Path) -> uuid.UUID:
    """Tanya's demo dossier with a checklist and a PDF, a JPEG and a PNG proof."""
    with db.session() as session:
        add_demo_dossiers(session, today=TODAY)
    choose_checklist(db, TANYA_ID, "kort")
    folder = tmp_path / "aangeleverd"
    add_document(db, TANYA_ID, write(folder, "brief.pdf", pdf_bytes(text="Brief")), kind="letter")
    add_document(db, TANYA_ID, write(folder, "foto.jpg", image_bytes("JPEG")), kind="other")
    identity = add_document(
        db, TANYA_ID, write(folder, "id.png", image_bytes("PNG")), kind="identity"
    )
    update_document(
        db, identity, {"checklist_item_id": item_ids(db, TANYA_ID)["identiteitsbewijs"]}
    )
    return TANYA_ID


def add_large_proofs(db: Database, client: uuid.UUID, folder: Path) -> None:
    """Two proofs of 0.6 MB, so that parts of 1 MB split the bundle in three."""
    for number in range(2):
        data = b"%PDF-1.4\n" + bytes([number + 1]) * 600_000 + b"\n%%EOF\n"
        add_document(db, client, write(folder, f"groot-{number}.pdf", data), kind="letter")


def export(db: Database, client: uuid.UUID, out: Path, **options: Any) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    chosen = ExportOptions(exported_by=BY, **options)
    return export_bundle(db, client, out, chosen, today=TODAY, now=NOW)


def bag_files(path: Path) -> dict[str, bytes]:
    """An unencrypted bundle's files by path inside its single base folder."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        return {name.split("/", 1)[1]: archive.read(name) for name in names}


def manifest_lines(text: bytes) -> dict[str, str]:
    """A BagIt manifest as path -> digest."""
    return {
        path: digest
        for digest, path in (line.split("  ", 1) for line in text.decode("utf-8").splitlines())
    }


def bag_info(text: bytes) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in text.decode("utf-8").splitlines())


def refused(paths: list[Path]) -> BundleRefused:
    with pytest.raises(BundleRefused) as caught:
        read_bundle(paths)
    return caught.value


# -- Inside the bag: the tag files -----------------------------------------------------------


@pytest.mark.parametrize("in_parts", [False, True], ids=["one file", "parts"])
def test_export_bundle_tagmanifest_lists_the_three_tag_files_and_manifest_every_payload_file(
    db: Database, tanya: uuid.UUID, tmp_path: Path, in_parts: bool
) -> None:
    """Spec: manifest-sha256.txt, every payload file with its SHA-256; tagmanifest-sha256.txt,
    bagit.txt, bag-info.txt, manifest-sha256.txt with their SHA-256."""
    options: dict[str, Any] = {}
    if in_parts:
        add_large_proofs(db, tanya, tmp_path / "groot")
        options["max_part_bytes"] = 1 * MB

    paths = export(db, tanya, tmp_path / "uit" / "d.zip", **options)

    assert (len(paths) > 1) is in_parts
    for path in paths:
        files = bag_files(path)
        tags = manifest_lines(files["tagmanifest-sha256.txt"])
        assert set(tags) == TAG_FILES
        for name, digest in tags.items():
            assert hashlib.sha256(files[name]).hexdigest() == digest, name
        listed = manifest_lines(files["manifest-sha256.txt"])
        assert set(listed) == {name for name in files if name.startswith("data/")}
        for name, digest in listed.items():
            assert hashlib.sha256(files[name]).hexdigest() == digest, name


def test_export_bundle_every_part_is_one_folder_with_every_required_bag_info_label(
    db: Database, tanya: uuid.UUID, tmp_path: Path
) -> None:
    """Spec: one top-level folder; bag-info.txt carries at least the seven labels; each part
    carries Bag-Group-Identifier and Bag-Count: n of N; Payload-Oxum counts that part."""
    add_large_proofs(db, tanya, tmp_path / "groot")

    paths = export(db, tanya, tmp_path / "uit" / "d.zip", max_part_bytes=1 * MB)

    groups = set()
    for number, path in enumerate(paths, start=1):
        with zipfile.ZipFile(path) as archive:
            tops = {name.split("/", 1)[0] for name in archive.namelist()}
            assert len(tops) == 1
            assert all("/" in name for name in archive.namelist())
        files = bag_files(path)
        info = bag_info(files["bag-info.txt"])
        for label in REQUIRED_LABELS:
            assert info.get(label), f"part {number} lacks {label}"
        assert info["Dossier-Schema"] == "dossier/1"
        assert info["External-Identifier"] == str(tanya)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", info["Bagging-Date"])
        assert info["Bag-Count"] == f"{number} of {len(paths)}"
        groups.add(info["Bag-Group-Identifier"])
        payload = [data for name, data in files.items() if name.startswith("data/")]
        assert info["Payload-Oxum"] == f"{sum(map(len, payload))}.{len(payload)}"
    assert len(groups) == 1


def _aes_method(info: zipfile.ZipInfo) -> int:
    """The real compression method of a WinZip AES entry, from its 0x9901 extra field."""
    at = 0
    while at + 4 <= len(info.extra):
        tag, size = struct.unpack_from("<HH", info.extra, at)
        if tag == _AES_EXTRA:
            return int(struct.unpack_from("<H", info.extra, at + 4 + 5)[0])
        at += 4 + size
    raise AssertionError(f"{info.filename} has no AES extra field")


def test_export_bundle_encrypted_stores_compressed_formats_and_deflates_text(
    db: Database, tanya: uuid.UUID, tmp_path: Path
) -> None:
    """Spec: PDF, JPEG, PNG, ZIP, XLSX are stored, not deflated again; text files are
    deflated: in the encrypted bundle too, where the method sits in the AES field."""
    (path,) = export(db, tanya, tmp_path / "d.zip", passphrase=PASSPHRASE)

    with zipfile.ZipFile(path) as archive:
        methods = {info.filename.split("/", 1)[1]: _aes_method(info) for info in archive.infolist()}
    suffixes = {name.rsplit(".", 1)[1] for name in methods}
    assert {"pdf", "jpg", "png", "xlsx", "json", "txt"} <= suffixes
    for name, method in methods.items():
        text = name.endswith((".txt", ".json"))
        assert method == (zipfile.ZIP_DEFLATED if text else zipfile.ZIP_STORED), name


def test_export_bundle_encrypted_entry_names_carry_no_personal_data(
    db: Database, tanya: uuid.UUID, tmp_path: Path
) -> None:
    """Spec: names of entries are not encrypted, so no entry name may contain personal data,
    also when a proof's description holds the client's name."""
    dossier_now = read_dossier(db, tanya, today=TODAY)
    client = dossier_now["client"]
    add_document(
        db,
        tanya,
        write(tmp_path / "in", "verhoef.pdf", pdf_bytes()),
        kind="letter",
        description=f"Brief aan {client['first_names']} {client['last_name']}",
    )
    add_large_proofs(db, tanya, tmp_path / "groot")

    paths = export(db, tanya, tmp_path / "d.zip", passphrase=PASSPHRASE, max_part_bytes=1 * MB)

    personal = [client["first_names"], client["last_name"], client["bsn"], client["birth_date"]]
    for path in paths:
        for name in zipfile.ZipFile(path).namelist():
            for word in personal:
                assert word
                assert word.lower() not in name.lower(), (word, name)


# -- dossier.json: required keys, value rules, codes -----------------------------------------

#: Every key the spec marks (R), as a path into the builder's dossier.
REQUIRED_KEYS: list[tuple[str, ...]] = [
    ("schema",),
    ("schema_version",),
    ("exported_at",),
    ("exported_by",),
    ("client",),
    ("client", "id"),
    ("client", "last_name"),
    ("journey",),
    ("creditors",),
    ("creditors", 0, "name"),
    ("debts",),
    ("debts", 0, "id"),
    ("debts", 0, "creditor_id"),
    ("debts", 0, "total"),
    ("actions", 0, "title"),
    ("documents", 0, "path"),
    ("documents", 0, "sha256"),
    ("documents", 0, "size"),
    ("checklist", "items", 0, "item"),
]


def _with_checklist() -> dict[str, Any]:
    value = dossier()
    value["checklist"] = {"template": "kort", "items": [{"item": "identiteitsbewijs"}]}
    return value


def _parent(value: dict[str, Any], path: tuple[str | int, ...]) -> Any:
    for step in path[:-1]:
        value = value[step]  # type: ignore[index]
    return value


@pytest.mark.parametrize("how", ["missing", "null"])
@pytest.mark.parametrize("path", REQUIRED_KEYS, ids=[".".join(map(str, p)) for p in REQUIRED_KEYS])
def test_read_bundle_refuses_a_dossier_without_a_required_key(
    tmp_path: Path, path: tuple[str | int, ...], how: str
) -> None:
    """Spec: refuse dossier.json that lacks a required key; optional keys may be missing or
    null, so a required one may be neither."""
    value = _with_checklist()
    read_bundle([zip_bag(tmp_path / "goed.zip", bag(copy.deepcopy(value)))]).close()
    parent = _parent(value, path)
    if how == "missing":
        del parent[path[-1]]
    else:
        parent[path[-1]] = None

    problem = refused([zip_bag(tmp_path / "b.zip", bag(value))])

    named = "schemaversie" if path == ("schema_version",) else str(path[-1])
    assert any(named in line for line in problem.problems), problem.problems


@pytest.mark.parametrize(
    ("where", "value", "said"),
    [
        (("debts", 0, "total"), "1052,50", "geen bedrag met twee decimalen"),
        (("debts", 0, "total"), 1052, "geen bedrag met twee decimalen"),
        (("debts", 0, "principal"), "1000", "geen bedrag met twee decimalen"),
        (("debts", 0, "interest"), "12.500", "geen bedrag met twee decimalen"),
        (("debts", 0, "confirmed_on"), "01-10-2026", "geen datum"),
        (("exported_at",), "2026-11-26 14:03:00+01:00", "geen tijdstip met tijdzone"),
        (("client", "id"), "4f1c7a52", "geen geldig id"),
        (("client", "bsn"), "111 222 333", "negen cijfers"),
    ],
    ids=[
        "money with a comma",
        "money as a whole number",
        "money without decimals",
        "money with three decimals",
        "day first date",
        "moment without T",
        "short id",
        "bsn with spaces",
    ],
)
def test_read_bundle_refuses_a_value_in_another_form_than_the_spec_gives(
    tmp_path: Path, where: tuple[str | int, ...], value: Any, said: str
) -> None:
    """Spec: money a string with exactly two decimals and a dot; dates YYYY-MM-DD; moments
    ISO 8601 with offset; identifiers UUID strings; a BSN is nine digits."""
    changed = dossier()
    _parent(changed, where)[where[-1]] = value

    problem = refused([zip_bag(tmp_path / "b.zip", bag(changed))])

    assert any(said in line for line in problem.problems), problem.problems


SPEC_CODES: list[tuple[type[StrEnum] | set[str], set[str]]] = [
    (
        codes.CreditorKind,
        {
            "tax", "benefits", "fines", "student_finance", "health_insurer", "cak",
            "municipality", "water_board", "landlord", "energy", "water", "telecom", "bank",
            "retail", "private", "collection_agency", "bailiff", "other",
        },
    ),
    (
        codes.DebtStatus,
        {"reported", "requested", "confirmed", "disputed", "in_arrangement", "settled"},
    ),
    (
        codes.EnforcementKind,
        {
            "summons", "judgment", "enforcement_order", "wage_garnishment", "bank_garnishment",
            "goods_seizure", "benefit_offset", "detention", "eviction", "disconnection",
            "contract_dissolution",
        },
    ),
    (
        codes.DocumentKind,
        {
            "identity", "income", "bank_statement", "claim_statement", "court_decision",
            "letter", "contract", "other",
        },
    ),
    (
        codes.MaritalStatus,
        {
            "married_community", "married_prenup", "registered_partner", "cohabiting",
            "single", "divorced", "widowed",
        },
    ),
    (codes.AdministrationKind, {"protective_administration", "mentorship", "guardianship"}),
    (codes.Debtor, {"client", "partner", "joint"}),
    (codes.Category, {"care", "public", "utility", "other"}),
    (codes.Owner, {"client", "caseworker", "administrator", "partner"}),
    (codes.EventKind, {"entered", "left", "milestone", "setback", "note"}),
    (codes.ChecklistState, {"open", "in_progress", "supplied", "checked"}),
    (set(ROLES), {"bewindvoerder", "caseworker", "other"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("ours", "spec"),
    SPEC_CODES,
    ids=[getattr(ours, "__name__", "ROLES") for ours, _ in SPEC_CODES],
)
def test_codes_the_app_writes_are_the_specs_lists(
    ours: type[StrEnum] | set[str], spec: set[str]
) -> None:
    """Spec: enumerations are the lower-case codes listed (exported_by.role one of
    bewindvoerder, caseworker, other)."""
    assert {str(getattr(code, "value", code)) for code in ours} == spec


def test_codes_household_relations_are_the_specs_plus_the_partner_kept_apart(
    db: Database, tanya: uuid.UUID
) -> None:
    """Spec: household relation child|other; the partner has a key of her own."""
    assert {r.value for r in codes.Relation} - {"partner"} == {"child", "other"}
    client = read_dossier(db, tanya, today=TODAY)["client"]
    assert {member["relation"] for member in client["household"]} <= {"child", "other"}


#: Every enumerated key of the spec, each with a code no list holds.
UNKNOWN_CODES: list[tuple[tuple[str | int, ...], str]] = [
    (("exported_by", "role"), "mediator"),
    (("client", "gender"), "x"),
    (("client", "marital_status"), "civil_union"),
    (("client", "administration", "kind"), "curatele_light"),
    (("client", "household", 0, "relation"), "foster_child"),
    (("journey", "events", 0, "kind"), "phone_call"),
    (("creditors", 0, "kind"), "pawn_shop"),
    (("debts", 0, "debtor"), "ex_partner"),
    (("debts", 0, "status"), "written_off"),
    (("debts", 0, "category"), "luxury"),
    (("debts", 0, "enforcement", 0, "kind"), "car_clamp"),
    (("actions", 0, "owner"), "neighbour"),
    (("documents", 0, "kind"), "payslip_scan"),
    (("checklist", "items", 0, "state"), "waiting"),
]


def _every_code_unknown() -> dict[str, Any]:
    value = _with_checklist()
    value["client"]["administration"] = {"kind": "mentorship", "administrator": "B. Bakker"}
    value["client"]["household"] = [{"relation": "child", "name": "Kim", "birth_date": None}]
    value["journey"] = {
        "process": "schuldhulp",
        "current_phase": None,
        "events": [
            {"id": str(uuid.uuid4()), "phase": PHASES[0], "kind": "note", "on": "2026-11-01"}
        ],
    }
    value["debts"][0]["enforcement"] = [{"kind": "summons", "since": "2026-10-01"}]
    for path, code in UNKNOWN_CODES:
        _parent(value, path)[path[-1]] = code
    return value


def test_read_and_import_keep_an_unknown_code_in_every_enumerated_key(
    db: Database, tmp_path: Path
) -> None:
    """Spec: a reader meets a code it does not know: it keeps the value, shows it as is,
    and does not fail."""
    sent = _every_code_unknown()
    path = zip_bag(tmp_path / "b.zip", bag(copy.deepcopy(sent)))

    with read_bundle([path]) as bundle:
        client_id = import_dossier(
            db, bundle.dossier, bundle.open, manifest=bundle.manifest, today=TODAY
        )

    again = read_dossier(db, client_id, today=TODAY)
    for where, code in UNKNOWN_CODES:
        if where[0] != "exported_by":  # who exported is the import record's, not the dossier's
            assert _same_place(sent, again, where) == code, where


def _same_place(sent: Any, again: Any, path: tuple[str | int, ...]) -> Any:
    """The value at ``path`` of ``sent``, looked up in ``again``; list items by their id."""
    for step in path:
        if isinstance(step, int) and isinstance(sent[step], dict) and "id" in sent[step]:
            sent = sent[step]
            again = next(item for item in again if item["id"] == sent["id"])
        else:
            sent, again = sent[step], again[step]
    return again


# -- parts -------------------------------------------------------------------------------------


def test_read_bundle_refuses_parts_whose_dossier_json_is_not_in_part_1(tmp_path: Path) -> None:
    """Spec: dossier.json travels in part 1."""
    value = dossier(documents=[])
    value["debts"][0]["document_ids"] = []
    group = str(uuid.uuid4())
    payloads: list[dict[str, bytes]] = [
        {"documenten/0001-other.pdf": b"%PDF een"},
        {"dossier.json": dossier_bytes(value)},
    ]
    parts = [
        zip_bag(
            tmp_path / f"d-deel-{number}-van-2.zip",
            Bag(
                base=f"{BASE}-deel-{number}-van-2",
                payload=payload,
                info={"Bag-Group-Identifier": group, "Bag-Count": f"{number} of 2"},
            ),
        )
        for number, payload in enumerate(payloads, start=1)
    ]

    problem = refused(parts)

    assert any("dossier.json ontbreekt in deel 1" in line for line in problem.problems)


def test_read_bundle_refuses_a_bag_of_another_dossier_schema(tmp_path: Path) -> None:
    """Spec: bag-info.txt carries Dossier-Schema: dossier/1; a reader does not take a
    version it does not support for one."""
    made = bag()
    made.info["Dossier-Schema"] = "dossier/2"

    problem = refused([zip_bag(tmp_path / "b.zip", made)])

    assert any("dossier/2" in line for line in problem.problems), problem.problems


# -- our own writer against our own reader -----------------------------------------------------


def _import(db: Database, paths: list[Path], notes: list[str] | None = None) -> uuid.UUID:
    with read_bundle(paths) as bundle:
        return import_dossier(
            db, bundle.dossier, bundle.open, manifest=bundle.manifest, today=TODAY, notes=notes
        )


def _timeline(db: Database, client_id: uuid.UUID) -> Timeline:
    """The dossier's route as the procesplaat screen and the handout lay it out."""
    with db.session() as session:
        process = get_client(session, client_id).process_key
    return timeline_of(read_dossier(db, client_id, today=TODAY), load_process(process), TODAY)


def test_read_bundle_reads_our_own_export_of_an_event_in_a_phase_the_process_lacks(
    db: Database, tanya: uuid.UUID, tmp_path: Path
) -> None:
    """Spec: the app reads back what it writes; phase keys are not among the refusals of
    'What a reader must do' (a municipality's own template may name other phases). The
    import keeps the event, and the route still opens, with the event where its date falls."""
    with db.session() as session:
        event = JourneyEvent(
            client_id=tanya, phase="fase_van_elders", kind="note", occurred_on=date(2026, 11, 1)
        )
        session.add(event)
    paths = export(db, tanya, tmp_path / "d.zip")
    receiver = open_db(tmp_path / "ontvanger")
    try:
        notes: list[str] = []
        client_id = _import(receiver, paths, notes)

        events = read_dossier(receiver, client_id, today=TODAY)["journey"]["events"]
        timeline = _timeline(receiver, client_id)
    finally:
        receiver.close()
    assert {"id": str(event.id), "phase": "fase_van_elders"}.items() <= next(
        e for e in events if e["id"] == str(event.id)
    ).items()
    assert str(event.id) in {mark.id for mark in timeline.events}
    assert notes == []


def _entered_elsewhere() -> dict[str, Any]:
    """The builder's dossier whose client last entered a phase the process lacks."""
    value = dossier()
    value["journey"]["events"] = [
        {"id": str(uuid.uuid4()), "phase": PHASES[0], "kind": "entered", "on": "2026-10-01"},
        {
            "id": str(uuid.uuid4()),
            "phase": "fase_van_elders",
            "kind": "entered",
            "on": "2026-11-01",
        },
    ]
    return value


def test_import_keeps_entering_a_phase_the_process_lacks(db: Database, tmp_path: Path) -> None:
    """Spec: a reader does not fail on a bundle the spec calls valid, and phase keys are not
    among its refusals: the event is read in as it came, with no note (nothing set aside)."""
    value = _entered_elsewhere()
    notes: list[str] = []

    client_id = _import(db, [zip_bag(tmp_path / "b.zip", bag(value))], notes)

    journey = read_dossier(db, client_id, today=TODAY)["journey"]
    assert [(e["phase"], e["kind"]) for e in journey["events"]] == [
        (PHASES[0], "entered"),
        ("fase_van_elders", "entered"),
    ]
    assert notes == []


def test_import_of_entering_a_phase_the_process_lacks_leaves_a_route_that_opens(
    db: Database, tmp_path: Path
) -> None:
    """The route of a dossier read in opens, also when the client last entered a phase the
    template lacks (it shows the phases the template has)."""
    client_id = _import(db, [zip_bag(tmp_path / "b.zip", bag(_entered_elsewhere()))])

    timeline = _timeline(db, client_id)

    assert [box.key for box in timeline.phases] == [p.key for p in load_process().route]


def _import_record(db: Database) -> dict[str, Any]:
    """What the (only) import record keeps of the bundle beyond the rows."""
    with db.session() as session:
        kept = session.exec(select(BundleImport.unknown)).one()
    return dict(json.loads(kept)) if kept else {}


def test_export_bundle_overview_and_sheet_are_whole_files_of_their_format(
    db: Database, tanya: uuid.UUID, tmp_path: Path
) -> None:
    """Spec: overzicht.pdf readable by a person, in Dutch; schulden.xlsx one debt a row."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    (path,) = export(db, tanya, tmp_path / "d.zip")
    files = bag_files(path)
    dossier_json = read_dossier(db, tanya, today=TODAY)

    text = "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(files["data/overzicht.pdf"])).pages
    )
    assert dossier_json["client"]["last_name"] in text
    for creditor in dossier_json["creditors"]:
        # A long name may wrap in its table cell.
        assert "".join(creditor["name"].split()) in "".join(text.split()), creditor["name"]
    sheet = load_workbook(io.BytesIO(files["data/schulden.xlsx"]), read_only=True).active
    assert sheet is not None
    rows = [
        row for row in sheet.iter_rows(values_only=True) if any(cell is not None for cell in row)
    ]
    assert len(rows) >= len(dossier_json["debts"]) + 2  # a header, the debts, the totals


# -- optional keys: what verifies also imports -------------------------------------------------


def _rich() -> dict[str, Any]:
    """The builder's dossier with one object in every optional list the spec names."""
    value = _every_code_unknown()
    value["goals"] = [{"id": str(uuid.uuid4()), "text": "Rust", "life_domain": None}]
    value["life_domains"] = [{"domain": "financien", "score": 2, "note": None}]
    value["income"] = [{"id": str(uuid.uuid4()), "kind": "salary", "amount_per_month": "1500.00"}]
    value["expenses"] = [{"id": str(uuid.uuid4()), "kind": "rent", "amount_per_month": "700.00"}]
    value["notes"] = [
        {"id": str(uuid.uuid4()), "written_at": "2026-11-26T10:00:00+01:00", "text": "Gebeld"}
    ]
    return value


def _set_aside(where: str, why: str, instead: str) -> str:
    return f"{where}: {why}; bewaard bij de import, {instead}."


#: Keys the spec leaves optional (no (R)), each set to null in an otherwise sound bundle,
#: with the note the import gives where the object means nothing here without it.
OPTIONAL_KEYS: list[tuple[tuple[str | int, ...], str | None]] = [
    (("client", "first_names"), None),
    (("client", "bsn"), None),
    (("client", "address"), None),
    (("client", "household", 0, "relation"), None),
    (("client", "administration", "kind"), None),
    (
        ("journey", "process"),
        "route (journey.process): zonder procesjabloon; de route is ingelezen op het "
        "standaardsjabloon 'schuldhulp' van dit programma.",
    ),
    (("journey", "current_phase"), None),
    (
        ("journey", "events", 0, "phase"),
        _set_aside(
            "route.gebeurtenissen[0] (journey.events[0])",
            "zonder fase",
            "niet op de route getoond",
        ),
    ),
    (
        ("journey", "events", 0, "kind"),
        _set_aside(
            "route.gebeurtenissen[0] (journey.events[0])",
            "zonder soort",
            "niet op de route getoond",
        ),
    ),
    (
        ("journey", "events", 0, "on"),
        _set_aside(
            "route.gebeurtenissen[0] (journey.events[0])",
            "zonder datum",
            "niet op de route getoond",
        ),
    ),
    (("journey", "events", 0, "id"), None),
    (
        ("goals", 0, "text"),
        _set_aside("doelen[0] (goals[0])", "zonder tekst", "niet als doel getoond"),
    ),
    (
        ("life_domains", 0, "domain"),
        _set_aside(
            "leefgebieden[0] (life_domains[0])",
            "zonder leefgebied",
            "niet bij de leefgebieden getoond",
        ),
    ),
    (
        ("life_domains", 0, "score"),
        _set_aside(
            "leefgebieden[0] (life_domains[0])", "zonder score", "niet bij de leefgebieden getoond"
        ),
    ),
    (("income", 0, "kind"), None),
    (
        ("income", 0, "amount_per_month"),
        _set_aside("inkomsten[0] (income[0])", "zonder bedrag", "niet als inkomen getoond"),
    ),
    (("creditors", 0, "kind"), None),
    (("debts", 0, "status"), None),
    (("debts", 0, "debtor"), None),
    (("debts", 0, "principal"), None),
    (
        ("debts", 0, "enforcement", 0, "kind"),
        _set_aside(
            "schulden[0].maatregelen[0] (debts[0].enforcement[0])",
            "zonder soort",
            "niet als maatregel getoond",
        ),
    ),
    (("actions", 0, "owner"), None),
    (("documents", 0, "kind"), None),
    (("documents", 0, "part"), None),
    (("notes", 0, "written_at"), None),
    (
        ("notes", 0, "text"),
        _set_aside("notities[0] (notes[0])", "zonder tekst", "niet als notitie getoond"),
    ),
    (
        ("checklist", "template"),
        _set_aside("checklist (checklist)", "zonder sjabloon", "niet als checklist getoond"),
    ),
    (("checklist", "items", 0, "state"), None),
]


@pytest.mark.parametrize(
    ("where", "note"), OPTIONAL_KEYS, ids=[".".join(map(str, p)) for p, _ in OPTIONAL_KEYS]
)
def test_import_takes_a_bundle_with_an_optional_key_null(
    db: Database, tmp_path: Path, where: tuple[str | int, ...], note: str | None
) -> None:
    """Spec: optional keys may be missing or null; required keys are marked (R). A bundle
    the reader accepts is imported; an object that means nothing here without the key is
    kept whole with the import's record, and the person is told in one line."""
    value = _rich()
    _parent(value, where)[where[-1]] = None
    notes: list[str] = []

    client_id = _import(db, [zip_bag(tmp_path / "b.zip", bag(copy.deepcopy(value)))], notes)

    assert read_dossier(db, client_id, today=TODAY)["client"]["id"] == value["client"]["id"]
    assert notes == ([note] if note else [])
    if note is not None and where != ("journey", "process"):
        place = note.split("(", 1)[1].split(")", 1)[0]  # the object's place in dossier.json
        assert _import_record(db)[place] == _parent(value, where)


#: Per optional list, the key whose null sets its first object aside.
SET_ASIDE: list[tuple[str, str]] = [
    ("goals", "text"),
    ("life_domains", "domain"),
    ("income", "amount_per_month"),
    ("notes", "text"),
]


@pytest.mark.parametrize(("section", "key"), SET_ASIDE, ids=[s for s, _ in SET_ASIDE])
def test_import_shows_no_object_it_set_aside(
    db: Database, tmp_path: Path, section: str, key: str
) -> None:
    """An object kept aside is not a row: the dossier here does not show it (and so a new
    export does not send it as if the receiving desk had read it in)."""
    value = _rich()
    value[section][0][key] = None

    client_id = _import(db, [zip_bag(tmp_path / "b.zip", bag(value))])

    assert read_dossier(db, client_id, today=TODAY)[section] == []


def test_import_sets_enforcement_and_checklist_aside_without_showing_them(
    db: Database, tmp_path: Path
) -> None:
    """A measure without a kind and a checklist without its template are not shown; the
    debt itself and the documents are."""
    value = _rich()
    value["debts"][0]["enforcement"][0]["kind"] = None
    value["checklist"]["template"] = None

    client_id = _import(db, [zip_bag(tmp_path / "b.zip", bag(value))])

    again = read_dossier(db, client_id, today=TODAY)
    assert again["debts"][0]["enforcement"] == []
    assert again["checklist"] is None
    assert len(again["documents"]) == len(value["documents"])


@pytest.mark.parametrize(
    "where",
    [
        ("debts", 0, "status"),
        ("debts", 0, "debtor"),
        ("actions", 0, "owner"),
        ("income", 0, "kind"),
    ],
    ids=lambda where: ".".join(map(str, where)),
)
def test_import_fills_in_no_code_the_bundle_leaves_out(
    db: Database, tmp_path: Path, where: tuple[str | int, ...]
) -> None:
    """Spec: optional keys may be missing or null. The import invents no value for them:
    no 'reported' for a debt's status, no 'client' for whom an action is; the dossier here
    shows none (an empty code, shown empty)."""
    value = _rich()
    _parent(value, where)[where[-1]] = None

    client_id = _import(db, [zip_bag(tmp_path / "b.zip", bag(copy.deepcopy(value)))])

    shown = _same_place(value, read_dossier(db, client_id, today=TODAY), where)
    assert shown in (None, "")
