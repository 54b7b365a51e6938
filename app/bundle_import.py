"""Importing a checked dossier bundle: every row and re-encrypted document, or nothing."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO, cast

from sqlmodel import Session, col, select

from app import audit
from app.bundle_rows import DossierError, DossierRows, dossier_rows
from app.client_removal import delete_files, remove_client
from app.db import Database
from app.document_crypto import Cancel, Cancelled, Progress, encrypt_stream
from app.dossier_json import dossier_dict
from app.errors import UserError
from app.resources import load_process
from models.identifiers import mask_bsn
from models.messages import say
from models.people import full_name
from models.tables import BundleImport, Client, Creditor
from models.template_reader import TemplateError
from models.values import (
    InvalidValue,
    date_from_json,
    format_date,
    format_money,
    money_from_json,
    sum_money,
)

__all__ = [
    "Conflict",
    "ConflictError",
    "Difference",
    "DossierError",
    "ImportCancelled",
    "OnConflict",
    "find_conflict",
    "import_dossier",
]

#: Opens a payload file by its path relative to the bag's data/ folder.
OpenPayload = Callable[[str], AbstractContextManager[BinaryIO]]
RECORD_TYPE = "client"


class OnConflict(StrEnum):
    """What to do when the dossier's client is already here."""

    NEW = "new"
    REPLACE = "replace"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Difference:
    """One thing that differs between the client here and the one in the bundle."""

    label: str
    here: str
    there: str


@dataclass(frozen=True)
class Conflict:
    """The dossier's client already exists here, found by her id or her BSN."""

    client_id: uuid.UUID
    name: str
    matched_by: str
    differences: list[Difference]


class ConflictError(UserError):
    """The client is already here and nobody chose what to do; nothing was read in."""

    def __init__(self, conflict: Conflict) -> None:
        if conflict.matched_by == "id":
            message = say(
                "Deze klant staat hier al (hetzelfde id). Kies: een nieuwe kopie, vervangen of "
                "stoppen. Er is niets ingelezen."
            )
        else:
            message = say(
                "Deze klant staat hier al (hetzelfde BSN). Kies: een nieuwe kopie, vervangen of "
                "stoppen. Er is niets ingelezen."
            )
        super().__init__(message)
        self.conflict = conflict


class ImportCancelled(UserError):
    """The person stopped the import; nothing was read in."""


class DocumentMismatch(UserError):
    """A document of the bundle is not what the bundle says it is; nothing was read in."""


# ---------------------------------------------------------------------------------------------
# Conflicts


def _client_id(dossier: Mapping[str, Any]) -> uuid.UUID:
    client = dossier.get("client")
    value = client.get("id") if isinstance(client, Mapping) else None
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise DossierError("client.id", say("dit is geen geldig id (UUID)."))


def _match(session: Session, dossier: Mapping[str, Any]) -> tuple[Client, str] | None:
    """The client here with the dossier's id, else one with its BSN."""
    client_id = _client_id(dossier)
    existing = session.get(Client, client_id)
    if existing is not None:
        return existing, "id"
    bsn = dossier["client"].get("bsn")
    if isinstance(bsn, str) and bsn:
        same = session.exec(
            select(Client).where(col(Client.bsn) == bsn).order_by(col(Client.created_at))
        ).first()
        if same is not None:
            return same, "bsn"
    return None


def find_conflict(
    db: Database, dossier: Mapping[str, Any], *, today: date | None = None
) -> Conflict | None:
    """The client here that the dossier would collide with: same id, else same BSN.

    Args:
        db: The store.
        dossier: The bundle's dossier.json object.
        today: The day for the comparison (deadlines of the dossier here); today if None.

    Returns:
        The conflict with what differs, or None when the client is new here.
    """
    with db.session() as session:
        match = _match(session, dossier)
        if match is None:
            return None
        client, how = match
        here = dossier_dict(
            session,
            client.id,
            exported_at=datetime.now(UTC),
            exported_by={"name": None, "organisation": None, "role": "other"},
            today=today or date.today(),
        )
    return Conflict(
        client_id=client.id,
        name=full_name(client.first_names, client.prefix, client.last_name),
        matched_by=how,
        differences=differences(here, dossier),
    )


def _day(value: object) -> str:
    try:
        return format_date(date_from_json(value)) if value else ""
    except InvalidValue:
        return str(value)


def _bsn(value: object) -> str:
    if not value:
        return ""
    try:
        return mask_bsn(str(value))
    except InvalidValue:
        return "*" * 6 + str(value)[-3:]


def _address(client: Mapping[str, Any]) -> str:
    address = client.get("address") or {}
    street = " ".join(
        str(address.get(k))
        for k in ("street", "house_number", "house_number_suffix")
        if address.get(k)
    )
    town = " ".join(str(address.get(k)) for k in ("postcode", "city") if address.get(k))
    return ", ".join(part for part in (street, town) if part)


def _phase(journey: Mapping[str, Any]) -> str:
    key = journey.get("current_phase")
    if not key:
        return ""
    try:
        template = load_process(str(journey.get("process")))
    except TemplateError:
        return str(key)
    titles = {phase.key: phase.caseworker_title for phase in template.phases}
    return titles.get(str(key), str(key))


def _total(debts: list[Any]) -> str:
    try:
        return format_money(sum_money(money_from_json(d.get("total")) for d in debts))
    except (InvalidValue, AttributeError):
        return "?"


def _summary(dossier: Mapping[str, Any]) -> list[tuple[str, str]]:
    """What a person checks to tell two versions of a dossier apart, with Dutch labels."""
    client = dossier.get("client") or {}
    debts = list(dossier.get("debts") or [])
    partner = client.get("partner") or {}
    return [
        ("Voornamen", str(client.get("first_names") or "")),
        ("Tussenvoegsel", str(client.get("prefix") or "")),
        ("Achternaam", str(client.get("last_name") or "")),
        ("Geboortedatum", _day(client.get("birth_date"))),
        ("BSN", _bsn(client.get("bsn"))),
        ("Adres", _address(client)),
        (
            "Partner",
            full_name(partner.get("first_names"), partner.get("prefix"), partner.get("last_name")),
        ),
        ("Fase", _phase(dossier.get("journey") or {})),
        ("Aantal schulden", str(len(debts))),
        ("Totaal schulden", _total(debts)),
        ("Aantal acties", str(len(dossier.get("actions") or []))),
        ("Aantal documenten", str(len(dossier.get("documents") or []))),
        ("Aantal notities", str(len(dossier.get("notes") or []))),
    ]


def differences(here: Mapping[str, Any], there: Mapping[str, Any]) -> list[Difference]:
    """What differs between the dossier here and the bundle's, in the order a person reads."""
    return [
        Difference(label, mine, theirs)
        for (label, mine), (_, theirs) in zip(_summary(here), _summary(there), strict=True)
        if mine != theirs
    ]


# ---------------------------------------------------------------------------------------------
# Import


def _first(bag_info: Mapping[str, list[str]] | None, key: str) -> str | None:
    values = (bag_info or {}).get(key) or []
    return values[0] if values else None


def _store_documents(
    db: Database,
    plan: DossierRows,
    open_payload: OpenPayload,
    manifest: Mapping[str, str],
    written: list[Path],
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    """Encrypt every document into the store, proving it against the bundle on the way.

    Each new file's path is appended to ``written`` as soon as it exists, so the caller can
    remove them all when anything fails.
    """
    key = db.document_key()
    total = sum(planned.size for planned in plan.documents)
    done = 0
    for planned in plan.documents:
        listed = manifest.get(planned.path)
        if listed is None:
            raise DocumentMismatch(
                say(
                    "Document {number} klopt niet met de bundel: het staat niet in het "
                    "manifest. Er is niets ingelezen.",
                    number=planned.number,
                )
            )
        if listed.lower() != planned.sha256:
            raise DocumentMismatch(
                say(
                    "Document {number} klopt niet met de bundel: de controlesom in "
                    "dossier.json wijkt af van die in het manifest. Er is niets ingelezen.",
                    number=planned.number,
                )
            )
        name = f"{uuid.uuid4()}.enc"
        target = db.paths.documents / name
        written.append(target)
        base = done

        def step(bytes_done: int, _total: int, base: int = base) -> None:
            if progress is not None:
                progress(base + bytes_done, max(total, base + bytes_done))

        with open_payload(planned.path) as stream:
            sha256, size = encrypt_stream(
                cast(BinaryIO, _Limited(stream, planned.size, planned.number)),
                target,
                key,
                progress=step,
                cancel=cancel,
            )
        if sha256 != planned.sha256 or size != planned.size:
            raise DocumentMismatch(
                say(
                    "Document {number} klopt niet met de bundel: de inhoud past niet bij de"
                    " controlesom of de grootte die de bundel noemt. Er is niets ingelezen.",
                    number=planned.number,
                )
            )
        planned.row.stored_name = name
        done += size
        if cancel is not None and cancel():
            raise Cancelled()


class _Limited(io.RawIOBase):
    """A stream that refuses to yield more than the bundle says a document holds."""

    def __init__(self, stream: BinaryIO, size: int, number: int) -> None:
        super().__init__()
        self._stream = stream
        self._left = size + 1  # one byte more shows that there is too much
        self._number = number

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._left <= 0:
            raise DocumentMismatch(
                say(
                    "Document {number} klopt niet met de bundel: het is groter dan de "
                    "bundel zegt. Er is niets ingelezen.",
                    number=self._number,
                )
            )
        data = self._stream.read(min(len(buffer), self._left))
        self._left -= len(data)
        buffer[: len(data)] = data
        return len(data)


def _settle_creditors(session: Session, plan: DossierRows) -> None:
    """Point the debts at the creditors here: the same id, else the same name, else new."""
    chosen: dict[uuid.UUID, uuid.UUID] = {}
    for creditor in plan.creditors.values():
        existing = (
            session.get(Creditor, creditor.id)
            or session.exec(
                select(Creditor)
                .where(col(Creditor.name) == creditor.name)
                .order_by(col(Creditor.id))
            ).first()
        )
        if existing is None:
            session.add(creditor)
            existing = creditor
        chosen[creditor.id] = existing.id
    for debt in plan.debts:
        debt.creditor_id = chosen[debt.creditor_id]
        if debt.collector_id is not None:
            debt.collector_id = chosen[debt.collector_id]


def _refuse_taken_ids(session: Session, plan: DossierRows) -> None:
    """A bundle's ids that name rows of another client here cannot be kept."""
    if session.get(Client, plan.client.id) is not None:
        taken = True
    else:
        taken = any(
            session.exec(select(table.id).where(col(table.id).in_(ids)).limit(1)).first()
            is not None
            for table, ids in plan.ids_by_table().items()
        )
    if taken:
        raise UserError(
            say(
                "Deze bundel gebruikt kenmerken (id's) die hier al bij een andere klant"
                " horen. Lees hem in als nieuwe kopie. Er is niets ingelezen.",
            )
        )


def _add_in_order(session: Session, rows: list[Any]) -> None:
    """Add rows table by table, in the order given, so each row finds what it points at.

    The tables have foreign keys but no ORM relationships, so the session alone would not
    know that a debt must be written before the action that names it.
    """
    for index, row in enumerate(rows):
        session.add(row)
        if index + 1 == len(rows) or type(rows[index + 1]) is not type(row):
            session.flush()


def _manifest_text(manifest: Mapping[str, str]) -> str:
    """The manifest as BagIt writes it: checksum, two spaces, the path under data/."""
    return "".join(f"{manifest[path].lower()}  data/{path}\n" for path in sorted(manifest))


def import_dossier(
    db: Database,
    dossier: Mapping[str, Any],
    open_payload: OpenPayload,
    *,
    manifest: Mapping[str, str],
    bag_info: Mapping[str, list[str]] | None = None,
    on_conflict: OnConflict | None = None,
    today: date,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    notes: list[str] | None = None,
) -> uuid.UUID:
    """Read a checked dossier into the store: all its rows and documents, or nothing.

    The documents are encrypted into the store under new names first, each proven against
    dossier.json and the bundle's manifest; then every row is written in one transaction.
    Anything that fails or is cancelled removes the new files again, so the database and the
    document store are as they were.

    Args:
        db: The store.
        dossier: The dossier.json object, checked by the reader.
        open_payload: Opens a payload file by its path under data/.
        manifest: The bundle's payload paths (under data/) with their SHA-256.
        bag_info: The bundle's bag-info.txt, each label with its values.
        on_conflict: What to do when the client is here already (same id, else same BSN):
            a new copy with fresh ids, replace her, or cancel. None refuses with the conflict.
        today: The day of the import (for comparing dossiers).
        progress: Told the document bytes done and their total.
        cancel: Asked between chunks; True stops and reads in nothing.
        notes: Once the import is done, one Dutch line is added here for each thing read in
            otherwise than the bundle has it: an object the spec lets lack a value without
            which it means nothing here, kept whole with the import's record but not shown
            (an income without an amount), or a journey without a process template, read
            in on the default one. Nothing is added when the import fails.

    Returns:
        The id of the imported client.

    Raises:
        ConflictError: the client is here and ``on_conflict`` is None.
        ImportCancelled: ``on_conflict`` is CANCEL and the client is here, or ``cancel``.
        DossierError, UnknownProcessError, DocumentMismatch: the bundle cannot be stored.
        UserError: a storage problem (disk full, locked database).
    """
    conflict = find_conflict(db, dossier, today=today)
    if conflict is not None:
        if on_conflict is None:
            raise ConflictError(conflict)
        if on_conflict is OnConflict.CANCEL:
            raise ImportCancelled(
                say("Niets ingelezen: deze klant staat hier al en u koos stoppen.")
            )
    fresh = conflict is not None and on_conflict is OnConflict.NEW
    plan = dossier_rows(dossier, fresh_ids=fresh)
    written: list[Path] = []
    old_files: list[Path] = []
    try:
        try:
            _store_documents(db, plan, open_payload, manifest, written, progress, cancel)
        except OSError as exc:
            raise UserError(
                say(
                    "Een document kon niet uit de bundel gelezen of in de gegevensmap "
                    "opgeslagen worden. Is de schijf vol of de map alleen-lezen? "
                    "Er is niets ingelezen.",
                )
            ) from exc
        with db.session() as session:
            match = _match(session, dossier)
            if (match[0].id if match else None) != (conflict.client_id if conflict else None):
                raise UserError(
                    say(
                        "De klanten hier zijn intussen veranderd; probeer het opnieuw. "
                        "Er is niets ingelezen.",
                    )
                )
            if conflict is not None and on_conflict is OnConflict.REPLACE:
                old_files = remove_client(
                    session, conflict.client_id, documents_dir=db.paths.documents
                )
                session.flush()
            if not fresh:
                _refuse_taken_ids(session, plan)
            _settle_creditors(session, plan)
            _add_in_order(session, [plan.client, *plan.rows, *(p.row for p in plan.documents)])
            session.add(
                BundleImport(
                    client_id=plan.client.id,
                    source_client_id=_client_id(dossier),
                    external_identifier=_first(bag_info, "External-Identifier"),
                    bagging_date=_first(bag_info, "Bagging-Date"),
                    source_organization=_first(bag_info, "Source-Organization"),
                    bag_software_agent=_first(bag_info, "Bag-Software-Agent"),
                    schema_version=int(dossier.get("schema_version") or 1),
                    manifest=_manifest_text(manifest),
                    dossier_json_sha256=(manifest.get("dossier.json") or "").lower() or None,
                    on_conflict=on_conflict.value if conflict and on_conflict else None,
                    replaced_client_id=conflict.client_id
                    if conflict and on_conflict is OnConflict.REPLACE
                    else None,
                    unknown=json.dumps(plan.unknown, ensure_ascii=False, sort_keys=True)
                    if plan.unknown
                    else None,
                )
            )
            audit.record(
                session,
                action="import",
                record_type=RECORD_TYPE,
                record_id=plan.client.id,
                client_id=plan.client.id,
                fields=plan.sections,
            )
            if cancel is not None and cancel():
                raise Cancelled()
            session.flush()
    except Cancelled as exc:
        _remove(written)
        raise ImportCancelled(say("Niets ingelezen: het inlezen is afgebroken.")) from exc
    except BaseException:
        _remove(written)
        raise
    delete_files(old_files)
    if notes is not None:
        notes.extend(plan.notes)
    return plan.client.id


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
