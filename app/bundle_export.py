"""Exporting a client's dossier as the spec's bundle: a BagIt bag in a ZIP, optionally in parts."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from app.bundle_zip import ARCHIVE_BOUND, SizeMismatch, ZipWriter, deflate_bound, entry_bound
from app.checklist import load_checklists, own_checklists_dir
from app.clients import get_client
from app.db import Database
from app.debt_sheet_export import debts_xlsx_bytes
from app.document_crypto import Cancelled, decrypt_to
from app.dossier_json import (
    DocumentPlace,
    chosen_checklist,
    dossier_dict,
    numbered_documents,
)
from app.errors import NotFoundError, UserError
from app.handout_overview import overview_pdf
from app.profile import ROLES
from models.checklist import ChecklistTemplate

__all__ = [
    "ExportCancelled",
    "ExportOptions",
    "ExportedBy",
    "export_bundle",
    "part_path",
    "suggested_name",
]

MB = 1000 * 1000
DOSSIER_JSON = "dossier.json"
OVERVIEW = "overzicht.pdf"
SHEET = "schulden.xlsx"
DEBT_PROOFS = "schuldbewijzen.pdf"
DOSSIER_SCHEMA = "dossier/1"
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
_SHA256_HEX = 64


class ExportCancelled(Cancelled):
    """The person stopped the export; no bundle was written."""

    def __init__(self) -> None:
        UserError.__init__(self, "Het exporteren is afgebroken; er is geen bundel opgeslagen.")


@dataclass(frozen=True)
class ExportedBy:
    """Who exports (the bundle's ``exported_by``); ``role`` is one of ``app.profile.ROLES``."""

    name: str | None
    organisation: str | None
    role: str  # bewindvoerder | caseworker | other


@dataclass(frozen=True)
class ExportOptions:
    """What the person chose for an export.

    Attributes:
        exported_by: Who exports.
        checklist_key: The receiving desk's checklist; the client's chosen one when None.
        passphrase: Encrypt every entry with WinZip AES-256 under it.
        max_part_bytes: None: one file; else parts of at most this many bytes each.
        debt_proofs_pdf: Add ``data/schuldbewijzen.pdf``, all debt proofs merged.
    """

    exported_by: ExportedBy
    checklist_key: str | None = None
    passphrase: str | None = None
    max_part_bytes: int | None = None
    debt_proofs_pdf: bool = False


@dataclass(frozen=True)
class _Blob:
    """A payload file made in memory (path relative to data/)."""

    path: str
    data: bytes
    deflate: bool


@dataclass(frozen=True)
class _Proof:
    """A stored proof on its way into the bundle."""

    id: uuid.UUID
    number: int
    path: str
    size: int
    sha256: str
    stored: Path


@dataclass
class _Part:
    blobs: list[_Blob] = field(default_factory=list)
    proofs: list[_Proof] = field(default_factory=list)

    @property
    def payload(self) -> list[tuple[str, int]]:
        return [(b.path, len(b.data)) for b in self.blobs] + [(p.path, p.size) for p in self.proofs]


def suggested_name(last_name: str, today: date) -> str:
    """The spec's file name for a bundle: ``dossier-<last name>-<YYYY-MM-DD>.zip``.

    ASCII only, no spaces: accents dropped, anything else but letters and digits becomes a
    hyphen. A name with nothing left gives ``dossier-<date>.zip``.
    """
    text = last_name.lower()
    for letter, plain in (("ß", "ss"), ("æ", "ae"), ("ø", "o"), ("ł", "l"), ("đ", "d")):
        text = text.replace(letter, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"['`]", "", text)
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return f"dossier-{slug}-{today.isoformat()}.zip" if slug else f"dossier-{today}.zip"


def part_path(out: Path, number: int, count: int) -> Path:
    """The file of part ``number`` of ``count``: ``<stem>-deel-1-van-3.zip`` beside ``out``."""
    return out.with_name(f"{out.stem}-deel-{number}-van-{count}{out.suffix or '.zip'}")


def _line(value: str | None) -> str:
    """A bag-info value: one line, no control characters."""
    return " ".join((value or "").split())


def _size_text(size: int) -> str:
    return f"{size / MB:.1f} MB".replace(".", ",")


def _bag_info(
    client_id: uuid.UUID,
    by: ExportedBy,
    today: date,
    oxum: tuple[int, int],
    group: tuple[str, int, int] | None,
) -> bytes:
    from app.cli import app_version

    name = _line(by.name) or "Onbekend"
    lines = [
        f"Source-Organization: {_line(by.organisation) or name}",
        f"Contact-Name: {name}",
        f"Bagging-Date: {today.isoformat()}",
        f"External-Identifier: {client_id}",
        f"Payload-Oxum: {oxum[0]}.{oxum[1]}",
        f"Bag-Software-Agent: Procesplaat {app_version()}",
        f"Dossier-Schema: {DOSSIER_SCHEMA}",
    ]
    if group is not None:
        identifier, number, count = group
        lines += [f"Bag-Group-Identifier: {identifier}", f"Bag-Count: {number} of {count}"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _manifest_line_size(path: str) -> int:
    return _SHA256_HEX + 2 + len(path.encode("utf-8")) + 1


def _manifest(entries: list[tuple[str, str]]) -> bytes:
    """BagIt manifest lines ``<sha256>  <path>``, as bagit-python and sha256sum write them."""
    return "".join(f"{digest}  {path}\n" for digest, path in entries).encode("utf-8")


@dataclass(frozen=True)
class _Layout:
    """The sizes that bound a part, for planning before anything is written."""

    base: str  # the longest base folder name any part can get
    bag_info: int  # the longest bag-info.txt any part can get
    encrypted: bool

    def tags(self, manifest_raw: int) -> int:
        """The most the tag files and the archive's end take, for this payload manifest."""
        tag_lines = sum(_manifest_line_size(name) for name in TAG_FILES)
        return (
            entry_bound(f"{self.base}/bagit.txt", deflate_bound(len(BAGIT_TXT)), **self._enc)
            + entry_bound(f"{self.base}/bag-info.txt", deflate_bound(self.bag_info), **self._enc)
            + entry_bound(
                f"{self.base}/manifest-sha256.txt", deflate_bound(manifest_raw), **self._enc
            )
            + entry_bound(
                f"{self.base}/tagmanifest-sha256.txt", deflate_bound(tag_lines), **self._enc
            )
            + ARCHIVE_BOUND
        )

    def entry(self, path: str, size: int, *, deflate: bool = False) -> int:
        stored = deflate_bound(size) if deflate else size
        return entry_bound(f"{self.base}/data/{path}", stored, **self._enc)

    @property
    def _enc(self) -> dict[str, bool]:
        return {"encrypted": self.encrypted}


def _plan(
    blobs: list[_Blob], proofs: list[_Proof], layout: _Layout, limit: int | None
) -> list[_Part]:
    """Part 1 holds the blobs; proofs fill the parts greedily in their order.

    Raises:
        UserError: the blobs alone, or a single proof, do not fit in a part of ``limit``.
    """
    first = _Part(blobs=list(blobs))
    if limit is None:
        first.proofs = list(proofs)
        return [first]
    fixed = sum(layout.entry(b.path, len(b.data), deflate=b.deflate) for b in blobs)
    fixed_manifest = sum(_manifest_line_size(f"data/{b.path}") for b in blobs)
    if fixed + layout.tags(fixed_manifest) > limit:
        raise UserError(
            "Het overzicht, de schuldenlijst en dossier.json passen samen niet in een deel van "
            f"{_size_text(limit)}: ze zijn samen ongeveer {_size_text(fixed)}. "
            "Kies een grotere maximale grootte per deel."
        )
    too_big = [
        p
        for p in proofs
        if layout.entry(p.path, p.size) + layout.tags(_manifest_line_size(f"data/{p.path}")) > limit
    ]
    if too_big:
        named = ", ".join(f"nummer {p.number} ({_size_text(p.size)})" for p in too_big)
        raise UserError(
            f"Deze bewijsstukken zijn elk groter dan een deel van {_size_text(limit)}: {named}. "
            "Kies een grotere maximale grootte per deel, of verklein die bewijsstukken."
        )
    parts = [first]
    used, manifest = fixed, fixed_manifest
    for proof in proofs:
        cost = layout.entry(proof.path, proof.size)
        line = _manifest_line_size(f"data/{proof.path}")
        if used + cost + layout.tags(manifest + line) > limit:
            parts.append(_Part())
            used, manifest = 0, 0
        parts[-1].proofs.append(proof)
        used += cost
        manifest += line
    return parts


def _load_template(db: Database, client_id: uuid.UUID, key: str | None) -> ChecklistTemplate | None:
    if key is None:
        with db.session() as session:
            get_client(session, client_id)
            return chosen_checklist(db, session, client_id)
    templates = load_checklists(own_checklists_dir(db.paths))
    if key not in templates:
        known = ", ".join(templates)
        raise NotFoundError(f"De checklist {key!r} bestaat niet. Wel: {known}.")
    return templates[key]


def _debt_proofs(
    db: Database, client_id: uuid.UUID, cancel: Callable[[], bool] | None
) -> bytes | None:
    # Imported here: only an export that asks for the merged PDF pays for pypdf.
    from app.document_merge import MergeCancelled, merge_debt_proofs

    try:
        return merge_debt_proofs(db, client_id, cancel=cancel)
    except MergeCancelled as exc:
        raise ExportCancelled() from exc


def _check_options(out: Path, options: ExportOptions) -> None:
    if options.exported_by.role not in ROLES:
        raise UserError(
            f"Onbekende rol {options.exported_by.role!r}; kies uit: {', '.join(ROLES)}."
        )
    if options.passphrase is not None and not options.passphrase:
        raise UserError("Het wachtwoord is leeg. Kies een wachtwoord of versleutel niet.")
    if options.max_part_bytes is not None and options.max_part_bytes < MB:
        raise UserError("Een deel moet minstens 1 MB mogen zijn.")
    if not out.parent.is_dir():
        raise UserError(f"De map {out.parent} bestaat niet.")
    if out.is_dir():
        raise UserError(f"{out} is een map; kies een bestandsnaam voor de bundel.")


def _write_problem(folder: Path, exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "de schijf is vol"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "u mag daar niet schrijven (de map is alleen-lezen of afgeschermd)"
    else:
        reason = exc.strerror or "het bestandssysteem gaf een fout"
    return f"De bundel kon niet worden opgeslagen in {folder}: {reason}. Er is niets opgeslagen."


class _Ticker:
    """Progress over all parts; asks whether to stop after every chunk."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        self.done = 0
        self.total = max(total, 1)
        self._progress = progress
        self._cancel = cancel

    def __call__(self, size: int) -> None:
        self.done += size
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)
        if self._cancel is not None and self._cancel():
            raise ExportCancelled()


def _damaged(proof: _Proof) -> UserError:
    return UserError(
        f"Bewijsstuk nummer {proof.number} in de gegevensmap klopt niet met wat er bij het "
        "opslaan van werd vastgelegd. Zet het terug uit een reservekopie; er is geen bundel "
        "opgeslagen."
    )


def _write_part(
    handle: BinaryIO,
    part: _Part,
    *,
    base: str,
    bag_info: Callable[[int, int], bytes],
    later: Callable[[], list[_Blob]] | None,
    when: datetime,
    passphrase: str | None,
    key: bytes,
    tick: _Ticker,
    writeback: _Writeback | None = None,
) -> int:
    """One complete bag as a ZIP into ``handle``; returns the archive's size.

    The proofs go first, so that files still being made (``later``) are made meanwhile; the
    tag files go last, as they name the payload. A ZIP's order is free.

    Args:
        handle: The part's temporary file.
        part: What it holds.
        base: The bag's folder.
        bag_info: Makes bag-info.txt from the payload's octets and file count.
        later: Waits for the payload files made beside the writing, if any.
        when: The moment on every entry.
        passphrase: WinZip AES-256 when given.
        key: The document store's key.
        tick: Progress and cancel, per chunk.
        writeback: Told after each proof, to push what was written towards the disk.
    """
    archive = ZipWriter(handle, when=when, passphrase=passphrase)
    digests: list[tuple[str, str]] = []
    for proof in part.proofs:
        entry = archive.open_stored(f"{base}/data/{proof.path}", proof.size)

        def feed(chunk: bytes, entry: Any = entry) -> None:
            entry.write(chunk)
            tick(len(chunk))

        try:
            digest, _ = decrypt_to(proof.stored, feed, key)
            entry.close()
        except SizeMismatch as exc:
            raise _damaged(proof) from exc
        # The store's GCM tags prove the file is what was encrypted; comparing the hash
        # proves it is the proof this row describes.
        if digest != proof.sha256:
            raise _damaged(proof)
        digests.append((digest, f"data/{proof.path}"))
        if writeback is not None:
            writeback.nudge()
    blobs = part.blobs + (later() if later is not None else [])
    for blob in blobs:
        archive.write_bytes(f"{base}/data/{blob.path}", blob.data, deflate=blob.deflate)
        digests.append((hashlib.sha256(blob.data).hexdigest(), f"data/{blob.path}"))
        tick(len(blob.data))
    info = bag_info(
        sum(len(b.data) for b in blobs) + sum(p.size for p in part.proofs), len(digests)
    )
    manifest = _manifest(digests)
    tags = []
    for name, data in zip(TAG_FILES, (BAGIT_TXT, info, manifest), strict=True):
        archive.write_bytes(f"{base}/{name}", data, deflate=True)
        tags.append((hashlib.sha256(data).hexdigest(), name))
    archive.write_bytes(f"{base}/tagmanifest-sha256.txt", _manifest(tags), deflate=True)
    return archive.close()


#: fdatasync where the system has it (Linux); fsync elsewhere (macOS, Windows).
_SYNC_DATA: Callable[[int], None] = getattr(os, "fdatasync", os.fsync)


class _Writeback:
    """Syncs a file to disk beside the writing, so that the final sync has little left.

    The bundle must be on disk before it takes its name; syncing all of it at the end
    would leave the disk idle while the proofs are decrypted and the processor idle after.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._pending: Future[None] | None = None

    def __enter__(self) -> _Writeback:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def nudge(self) -> None:
        """Start a sync of what is written so far, unless one is still running."""
        if self._pending is not None:
            if not self._pending.done():
                return
            self._pending.result()  # a disk error surfaces here
        self._handle.flush()
        self._pending = self._pool.submit(_SYNC_DATA, self._handle.fileno())

    def finish(self) -> None:
        """Everything written is on disk.

        Raises:
            OSError: the disk refused (full, failing).
        """
        if self._pending is not None:
            self._pending.result()
        self._handle.flush()
        os.fsync(self._handle.fileno())


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def export_bundle(
    db: Database,
    client_id: uuid.UUID,
    out: Path,
    options: ExportOptions,
    *,
    today: date,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write a client's dossier as the spec's bundle, complete or not at all.

    The bag holds dossier.json, overzicht.pdf (with the BSN: the desk needs it),
    schulden.xlsx, optionally schuldbewijzen.pdf, and every proof not in the bin as
    ``documenten/NNNN-<kind>.<ext>``, numbered in the receiving checklist's order. Entry
    names carry no personal data: the bag's folder is ``dossier-<client id>``.

    With ``max_part_bytes`` the bundle is split when it does not fit in one file: part 1
    holds dossier.json, the overview and the sheet; proofs fill the parts in their order;
    every part is a complete bag of its own (``Bag-Count: 1 of 3``) and dossier.json names
    each proof's part. Without parts (or when everything fits in one) every ``part`` is 1.

    Everything is written under temporary names in ``out``'s folder and renamed only once
    every part is complete; an existing ``out`` is replaced at that moment.

    Args:
        db: The store.
        client_id: The client.
        out: The bundle's file; parts are named from its stem (``part_path``).
        options: Who exports, the checklist, passphrase, part size, merged proofs.
        today: The bagging date and the day deadlines are computed for.
        now: The export's moment (``exported_at``); the clock's when None.
        progress: Told the payload bytes written and their total, after each chunk.
        cancel: Asked after each chunk; True stops and leaves nothing behind.

    Returns:
        The files written: ``[out]`` or the parts in order.

    Raises:
        ExportCancelled: ``cancel`` returned True (a ``Cancelled``).
        NotFoundError: No such client or checklist.
        UserError: A proof does not fit in a part, a stored proof is damaged, or the folder
            cannot be written (disk full, read-only); nothing is left behind.
    """
    _check_options(out, options)
    moment = now or datetime.now(UTC).astimezone()
    template = _load_template(db, client_id, options.checklist_key)
    by = options.exported_by
    with db.session() as session:
        numbered = numbered_documents(session, client_id, template)
        proofs = [
            _Proof(d.id, number, path, d.size, d.sha256, db.paths.documents / d.stored_name)
            for number, (d, path) in enumerate(numbered, start=1)
        ]
        most_parts = len(proofs) + 1
        # Every part at its widest, so that dossier.json's size bounds the real one.
        dossier = dossier_dict(
            session,
            client_id,
            exported_at=moment,
            exported_by={"name": by.name, "organisation": by.organisation, "role": by.role},
            today=today,
            checklist=template,
            places={p.id: DocumentPlace(p.path, most_parts) for p in proofs},
        )
    group = str(uuid.uuid4())
    temps: list[Path] = []
    # The overview, the sheet and the merged proofs are made beside the writing of the proofs
    # when nothing needs their sizes first (one file); parts are planned on them.
    with ThreadPoolExecutor(max_workers=1) as pool:
        making = pool.submit(_made_files, db, client_id, options, today, cancel)
        try:
            return _write_all(
                db,
                client_id,
                out,
                options,
                dossier,
                proofs,
                making,
                group=group,
                today=today,
                moment=moment,
                progress=progress,
                cancel=cancel,
                temps=temps,
            )
        except BaseException as exc:
            making.cancel()
            for path in temps:
                path.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise UserError(_write_problem(out.parent, exc)) from exc
            raise


def _made_files(
    db: Database,
    client_id: uuid.UUID,
    options: ExportOptions,
    today: date,
    cancel: Callable[[], bool] | None,
) -> list[_Blob]:
    """The payload files made from the dossier: overview, sheet, merged proofs if asked."""
    blobs = [
        _Blob(OVERVIEW, overview_pdf(db, client_id, today=today, show_bsn=True), deflate=False),
        _Blob(SHEET, debts_xlsx_bytes(db, client_id, today=today), deflate=False),
    ]
    if options.debt_proofs_pdf:
        merged = _debt_proofs(db, client_id, cancel)
        if merged is not None:
            blobs.append(_Blob(DEBT_PROOFS, merged, deflate=False))
    return blobs


def _write_all(
    db: Database,
    client_id: uuid.UUID,
    out: Path,
    options: ExportOptions,
    dossier: dict[str, Any],
    proofs: list[_Proof],
    making: Future[list[_Blob]],
    *,
    group: str,
    today: date,
    moment: datetime,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
    temps: list[Path],
) -> list[Path]:
    """Plan the parts, write each under a temporary name (listed in ``temps`` at once for
    the caller to remove on failure), then rename them all; returns the final names."""
    by = options.exported_by
    most_parts = len(proofs) + 1
    widest = _dossier_bytes(dossier)
    limit = options.max_part_bytes
    made = making.result() if limit is not None else []
    octets = sum(len(b.data) for b in made) + len(widest) + sum(p.size for p in proofs)
    layout = _Layout(
        base=_base(client_id, most_parts, most_parts),
        bag_info=len(
            _bag_info(
                client_id,
                by,
                today,
                (octets, len(made) + 1 + len(proofs)),
                (group, most_parts, most_parts),
            )
        ),
        encrypted=options.passphrase is not None,
    )
    placeholder = _Blob(DOSSIER_JSON, widest, deflate=True)
    parts = _plan([placeholder, *made], proofs, layout, limit)
    count = len(parts)
    part_of = {p.id: number for number, part in enumerate(parts, 1) for p in part.proofs}
    for document in dossier["documents"]:
        document["part"] = part_of[uuid.UUID(document["id"])]
    parts[0].blobs[0] = _Blob(DOSSIER_JSON, _dossier_bytes(dossier), deflate=True)
    payload = sum(size for part in parts for _, size in part.payload)
    _check_room(out.parent, payload + count * layout.tags(0) + len(proofs) * 200)
    tick = _Ticker(payload, progress, cancel)

    def later() -> list[_Blob]:
        blobs = making.result()
        tick.total += sum(len(b.data) for b in blobs)
        return blobs

    key = db.document_key()
    for number, part in enumerate(parts, start=1):
        fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".tmp", dir=out.parent)
        temps.append(Path(name))

        def bag_info(octets: int, files: int, number: int = number) -> bytes:
            grouped = (group, number, count) if count > 1 else None
            return _bag_info(client_id, by, today, (octets, files), grouped)

        with os.fdopen(fd, "wb") as handle, _Writeback(handle) as writeback:
            size = _write_part(
                handle,
                part,
                base=_base(client_id, number, count),
                bag_info=bag_info,
                later=later if limit is None else None,
                when=moment,
                passphrase=options.passphrase,
                key=key,
                tick=tick,
                writeback=writeback,
            )
            writeback.finish()
        if limit is not None and size > limit:
            raise RuntimeError(f"part {number} has {size} bytes, over the planned limit")
    finals = [out] if count == 1 else [part_path(out, n, count) for n in range(1, count + 1)]
    renamed: list[Path] = []
    try:
        for temp, final in zip(temps, finals, strict=True):
            os.replace(temp, final)
            renamed.append(final)
    except BaseException:
        for path in renamed:  # a set of parts is whole or absent
            path.unlink(missing_ok=True)
        raise
    _sync_folder(out.parent)
    return finals


def _base(client_id: uuid.UUID, number: int, count: int) -> str:
    """The bag's folder: the client's id, never a name; parts apart when unpacked together."""
    return f"dossier-{client_id}" + (f"-deel-{number}-van-{count}" if count > 1 else "")


def _dossier_bytes(dossier: dict[str, Any]) -> bytes:
    return (json.dumps(dossier, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _check_room(folder: Path, needed: int) -> None:
    """Refuse before writing when the disk clearly lacks the room."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # the writing itself will tell
    if free < needed:
        raise UserError(
            f"De bundel kon niet worden opgeslagen in {folder}: de schijf is vol (nodig: "
            f"{_size_text(needed)}, vrij: {_size_text(free)}). Er is niets opgeslagen."
        )
