"""A client's complete data for a right-of-access request (AVG article 15), in one folder.

The folder ``inzageverzoek-<day>-<first 8 characters of the client id>`` holds:

- ``dossier.zip``: the dossier bundle of the spec (``app.bundle_export``): dossier.json,
  overzicht.pdf, schulden.xlsx and every proof; optionally encrypted;
- ``geschiedenis.csv``: the audit events of her dossier, oldest first (who, when, what);
- ``LEESMIJ.txt``: what each file is, in plain Dutch.

The history lies *beside* the bundle, not in it: the bundle is a contract with programs we do
not write, and a file the spec does not name has no place in it. Names carry no personal
data. The folder appears under its name only once everything in it is complete.
"""

from __future__ import annotations

import csv
import io
import shutil
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from app import audit
from app.atomic import replace_file
from app.audit_view import AuditRow, audit_events
from app.bundle_export import ExportedBy, ExportOptions, export_bundle
from app.bundle_write import write_problem
from app.db import Database
from app.errors import UserError
from app.profile import load_profile
from models.messages import say

__all__ = ["BUNDLE", "HISTORY", "README", "export_for_access", "history_csv"]

BUNDLE = "dossier.zip"
HISTORY = "geschiedenis.csv"
README = "LEESMIJ.txt"

_HEADER = ("moment", "wie", "gebruiker", "actie", "soort", "record", "velden")

_README_TEXT = """\
Inzageverzoek: alle gegevens die over u zijn vastgelegd
=======================================================

{bundle}
    Uw dossier, zoals het ook aan een andere organisatie wordt gestuurd. Het bevat
    dossier.json (alle gegevens, leesbaar voor computers), overzicht.pdf (een leesbaar
    overzicht), schulden.xlsx (uw schulden) en de documenten die van u zijn bewaard.
{history}
    Wie wanneer iets in uw dossier heeft vastgelegd, veranderd, afgedrukt of verstuurd.
    Alleen welke gegevens het betrof, niet de inhoud: die staat in het dossier.

Samengesteld op {day:%d-%m-%Y}.
"""


def history_csv(rows: Sequence[AuditRow]) -> bytes:
    """The events as a CSV that spreadsheet programs in Dutch open as they are.

    Semicolons and UTF-8 with a byte-order mark; moments in local time (ISO 8601).
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(_HEADER)
    for row in rows:
        writer.writerow(
            (
                row.at.isoformat(timespec="seconds"),
                row.who,
                row.os_user,
                row.action_label,
                row.record_label,
                str(row.record_id) if row.record_id else "",
                row.fields_label,
            )
        )
    return out.getvalue().encode("utf-8-sig")


def _free_name(folder: Path, stem: str) -> Path:
    target = folder / stem
    number = 2
    while target.exists():
        target = folder / f"{stem}-{number}"
        number += 1
    return target


def export_for_access(
    db: Database,
    client_id: uuid.UUID,
    folder: Path,
    *,
    today: date,
    passphrase: str | None = None,
) -> Path:
    """Write everything held on a client into a new folder inside ``folder``.

    Proofs in the recycle bin are not part of the bundle (the bundle's rule); they are still
    held until the bin is emptied.

    Args:
        db: The store.
        client_id: The client who asks.
        folder: An existing folder to put the new folder in.
        today: The day of the export (the folder's name and the bundle's date).
        passphrase: Encrypt the bundle (WinZip AES-256) under it; plain when None.

    Returns:
        The new folder.

    Raises:
        NotFoundError: no such client.
        UserError: ``folder`` does not exist or cannot be written (disk full, read-only), or
            the bundle cannot be made; nothing is left behind.
    """
    if not folder.is_dir():
        raise UserError(say("De map {folder} bestaat niet.", folder=folder))
    profile = load_profile(db.paths)
    options = ExportOptions(
        exported_by=ExportedBy(profile.name, profile.organisation, profile.role),
        passphrase=passphrase,
    )
    history = history_csv(list(reversed(audit_events(db, client_id=client_id, limit=None))))
    try:
        work = folder / f".inzage-{uuid.uuid4().hex}.tmp"
        work.mkdir()
    except OSError as exc:
        raise UserError(write_problem(folder, exc)) from exc
    try:
        export_bundle(db, client_id, work / BUNDLE, options, today=today, record=False)
        replace_file(work / HISTORY, history)
        readme = _README_TEXT.format(bundle=BUNDLE, history=HISTORY, day=today)
        replace_file(work / README, readme.encode("utf-8"))
        target = _free_name(folder, f"inzageverzoek-{today:%Y-%m-%d}-{str(client_id)[:8]}")
        with db.session() as session:
            audit.record(
                session,
                action="export",
                record_type="access_export",
                record_id=client_id,
                client_id=client_id,
                fields=["bundle", "audit_csv", *(["passphrase"] if passphrase else [])],
            )
            session.flush()
            work.rename(target)
    except OSError as exc:
        raise UserError(write_problem(folder, exc)) from exc
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return target
