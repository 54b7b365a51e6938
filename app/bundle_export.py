"""Exporting a client's dossier as the spec's bundle: a BagIt bag in a ZIP, optionally in parts."""

from __future__ import annotations

import contextlib
import glob
import os
import re
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app import audit
from app.bundle_plan import (
    DOSSIER_JSON,
    MB,
    Blob,
    Layout,
    Proof,
    bag_base,
    bag_info_text,
    dossier_bytes,
    plan,
)
from app.bundle_write import Writeback, check_room, sync_folder, write_part, write_problem
from app.checklist import load_checklists, own_checklists_dir
from app.clients import get_client
from app.db import Database
from app.debt_sheet_export import debts_xlsx_bytes
from app.document_crypto import Cancelled
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
from models.messages import say

__all__ = [
    "ExportCancelled",
    "ExportOptions",
    "ExportedBy",
    "export_bundle",
    "part_path",
    "suggested_name",
]

OVERVIEW = "overzicht.pdf"
SHEET = "schulden.xlsx"
DEBT_PROOFS = "schuldbewijzen.pdf"


class ExportCancelled(Cancelled):
    """The person stopped the export; no bundle was written."""

    def __init__(self) -> None:
        UserError.__init__(self, say("Het exporteren is afgebroken; er is geen bundel opgeslagen."))


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


def _load_template(db: Database, client_id: uuid.UUID, key: str | None) -> ChecklistTemplate | None:
    if key is None:
        with db.session() as session:
            get_client(session, client_id)
            return chosen_checklist(db, session, client_id)
    templates = load_checklists(own_checklists_dir(db.paths))
    if key not in templates:
        known = ", ".join(templates)
        raise NotFoundError(
            say("De checklist {key!r} bestaat niet. Wel: {known}.", key=key, known=known)
        )
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
            say(
                "Onbekende rol {role!r}; kies uit: {roles}.",
                role=options.exported_by.role,
                roles=", ".join(ROLES),
            )
        )
    if options.passphrase is not None and not options.passphrase:
        raise UserError(say("Het wachtwoord is leeg. Kies een wachtwoord of versleutel niet."))
    if options.max_part_bytes is not None and options.max_part_bytes < MB:
        raise UserError(say("Een deel moet minstens 1 MB mogen zijn."))
    if not out.parent.is_dir():
        raise UserError(say("De map {parent} bestaat niet.", parent=out.parent))
    if out.is_dir():
        raise UserError(say("{out} is een map; kies een bestandsnaam voor de bundel.", out=out))


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
    record: bool = True,
) -> list[Path]:
    """Write a client's dossier as the spec's bundle, complete or not at all.

    ``record`` False leaves the audit event to a caller that records the whole of which the
    bundle is a part (the right-of-access export).

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
    # Local time with its offset, whole seconds: "2026-11-26T14:03:00+01:00", as the spec shows.
    moment = now or datetime.now(UTC).astimezone().replace(microsecond=0)
    template = _load_template(db, client_id, options.checklist_key)
    by = options.exported_by
    with db.session() as session:
        numbered = numbered_documents(session, client_id, template)
        proofs = [
            Proof(d.id, number, path, d.size, d.sha256, db.paths.documents / d.stored_name)
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
            written = _write_all(
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
                raise UserError(write_problem(out.parent, exc)) from exc
            raise
    if not record:
        return written
    audit.record_now(  # what went out and how; never where to or her name
        db,
        action="export",
        record_type="bundle",
        record_id=client_id,
        client_id=client_id,
        fields=[
            "bundle",
            *(["passphrase"] if options.passphrase else []),
            *(["parts"] if len(written) > 1 else []),
            *(["debt_proofs"] if options.debt_proofs_pdf else []),
        ],
    )
    return written


def _made_files(
    db: Database,
    client_id: uuid.UUID,
    options: ExportOptions,
    today: date,
    cancel: Callable[[], bool] | None,
) -> list[Blob]:
    """The payload files made from the dossier: overview, sheet, merged proofs if asked."""
    blobs = [
        Blob(OVERVIEW, overview_pdf(db, client_id, today=today, show_bsn=True), deflate=False),
        Blob(SHEET, debts_xlsx_bytes(db, client_id, today=today), deflate=False),
    ]
    if options.debt_proofs_pdf:
        merged = _debt_proofs(db, client_id, cancel)
        if merged is not None:
            blobs.append(Blob(DEBT_PROOFS, merged, deflate=False))
    return blobs


def _write_all(
    db: Database,
    client_id: uuid.UUID,
    out: Path,
    options: ExportOptions,
    dossier: dict[str, Any],
    proofs: list[Proof],
    making: Future[list[Blob]],
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
    sender = (options.exported_by.name, options.exported_by.organisation)
    most_parts = len(proofs) + 1
    widest = dossier_bytes(dossier)
    limit = options.max_part_bytes
    made = making.result() if limit is not None else []
    octets = sum(len(b.data) for b in made) + len(widest) + sum(p.size for p in proofs)
    layout = Layout(
        base=bag_base(client_id, most_parts, most_parts),
        bag_info=len(
            bag_info_text(
                client_id,
                sender,
                today,
                (octets, len(made) + 1 + len(proofs)),
                (group, most_parts, most_parts),
            )
        ),
        encrypted=options.passphrase is not None,
    )
    placeholder = Blob(DOSSIER_JSON, widest, deflate=True)
    parts = plan([placeholder, *made], proofs, layout, limit)
    count = len(parts)
    part_of = {p.id: number for number, part in enumerate(parts, 1) for p in part.proofs}
    for document in dossier["documents"]:
        document["part"] = part_of[uuid.UUID(document["id"])]
    parts[0].blobs[0] = Blob(DOSSIER_JSON, dossier_bytes(dossier), deflate=True)
    payload = sum(size for part in parts for _, size in part.payload)
    check_room(out.parent, payload + count * layout.tags(0) + len(proofs) * 200)
    tick = _Ticker(payload, progress, cancel)

    def later() -> list[Blob]:
        blobs = making.result()
        tick.total += sum(len(b.data) for b in blobs)
        return blobs

    key = db.document_key()
    _remove_stale_temps(out)
    for number, part in enumerate(parts, start=1):
        fd, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".tmp", dir=out.parent)
        temps.append(Path(name))

        def bag_info(octets: int, files: int, number: int = number) -> bytes:
            grouped = (group, number, count) if count > 1 else None
            return bag_info_text(client_id, sender, today, (octets, files), grouped)

        with os.fdopen(fd, "wb") as handle, Writeback(handle) as writeback:
            size = write_part(
                handle,
                part,
                base=bag_base(client_id, number, count),
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
    sync_folder(out.parent)
    return finals


STALE_TEMP_SECONDS = 3600


def _remove_stale_temps(out: Path) -> None:
    """An export killed midway (power cut, SIGKILL) could not clean up its temporary files;
    the next export to the same name removes them once they are an hour old, so that an
    export running meanwhile keeps its own."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for temp in out.parent.glob(f".{glob.escape(out.stem)}-*.tmp"):
        with contextlib.suppress(OSError):
            if temp.is_file() and not temp.is_symlink() and temp.stat().st_mtime < cutoff:
                temp.unlink()
