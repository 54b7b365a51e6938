"""The trust commands: the audit trail and right of access here, retention with destruction in
``app.cli_retention`` (registered with them).

```
procesplaat [--data-dir DIR] COMMAND ...
  audit [CLIENT] [--action ACTION] [--who NAME] [--since YYYY-MM-DD] [--until YYYY-MM-DD]
        [--limit N] [--json]        the audit trail, newest first (never a personal value)
  retention [--years N | --set-years N | --destroy CLIENT... [--yes]] [--json]
                                    closed dossiers past their term; save the term; destroy
  access CLIENT --out FOLDER [--passphrase-file F]
                                    everything held on a client, for a right-of-access request
```

``audit`` prints what the window's log shows, minus the client's name: a line names the
dossier by its id, so that the output can be pasted into a ticket or a mail without handing
over who the client is.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_bundle import read_passphrase
from app.cli_retention import add_retention_parser
from app.errors import NotFoundError, UserError
from models.messages import say

if TYPE_CHECKING:
    from app.audit_view import AuditRow
    from app.db import Database

__all__ = [
    "ACTION_CODES",
    "DEFAULT_LIMIT",
    "add_trust_parsers",
    "run_access",
    "run_audit",
]

EXIT_OK = 0
EXIT_REFUSED = 1
#: The audit command shows at most this many events unless --limit says otherwise (as the
#: window's log does).
DEFAULT_LIMIT = 1000
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The actions --action takes (``app.audit_view.ACTION_LABELS``' codes, repeated so that the
#: help needs no database code; a test keeps the two the same).
ACTION_CODES = (
    "create",
    "update",
    "delete",
    "close",
    "reopen",
    "import",
    "export",
    "print",
    "destroy",
)


def add_trust_parsers(commands: Any) -> None:
    """Add ``audit``, ``retention`` and ``access``."""
    audit = commands.add_parser(
        "audit",
        help="de geschiedenis: wie wat wanneer deed, de nieuwste eerst (zonder persoonsgegevens)",
        description="Een regel per gebeurtenis, de nieuwste eerst: moment, wie (de naam in het "
        "programma, anders de gebruiker), gebruiker van de computer, actie, soort gegeven, "
        "record en dossier (de eerste 8 tekens van hun id) en welke velden veranderden. "
        "Nooit de inhoud van een veld of de naam van een klant.",
    )
    audit.add_argument(
        "client",
        nargs="?",
        metavar="CLIENT",
        help="alleen dit dossier: klant-id of een uniek begin ervan "
        "(van een vernietigd dossier: het hele id)",
    )
    audit.add_argument(
        "--action",
        type=_action,
        metavar="ACTION",
        help=f"alleen deze actie: {', '.join(ACTION_CODES)}, of de naam die het logboek "
        "toont (bijvoorbeeld Gewijzigd)",
    )
    audit.add_argument(
        "--who", metavar="NAME", help="alleen deze persoon (naam in het programma of gebruiker)"
    )
    audit.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="vanaf deze dag")
    audit.add_argument("--until", type=_day, metavar="YYYY-MM-DD", help="tot en met deze dag")
    audit.add_argument(
        "--limit",
        type=_limit,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"hoogstens N gebeurtenissen (standaard {DEFAULT_LIMIT})",
    )
    audit.add_argument("--json", action="store_true", help="als JSON")
    add_retention_parser(commands)

    access = commands.add_parser(
        "access",
        help="inzageverzoek: alle gegevens van een klant in een nieuwe map "
        "(dossierbundel, geschiedenis en LEESMIJ)",
    )
    access.add_argument("client", metavar="CLIENT", help="klant-id of een uniek begin ervan")
    access.add_argument(
        "--out", required=True, type=Path, metavar="FOLDER", help="de map waarin de nieuwe map komt"
    )
    access.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="versleutel de dossierbundel (WinZip AES-256) met het wachtwoord in F",
    )


def _day(text: str) -> date:
    if _DAY.fullmatch(text.strip()):
        try:
            return date.fromisoformat(text.strip())
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"geen datum als JJJJ-MM-DD: {text!r}")


def _limit(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel getal: {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("moet 1 of meer zijn")
    return number


def _action(text: str) -> str:
    """An action's code, or its Dutch label as the log shows it (any case)."""
    from app.audit_view import ACTION_LABELS

    wanted = text.strip().casefold()
    for code, label in ACTION_LABELS.items():
        if wanted in (code, label.casefold()):
            return code
    raise argparse.ArgumentTypeError(
        f"onbekende actie {text!r}; kies uit {', '.join(ACTION_LABELS)}"
    )


# -- audit --------------------------------------------------------------------------------


def run_audit(db: Database, args: argparse.Namespace) -> int:
    """``audit``: the trail, newest first, filtered; a client's name never appears.

    Raises:
        UserError: an unknown dossier or person, or --since after --until.
    """
    from app.audit_view import audit_events

    if args.since and args.until and args.since > args.until:
        raise UserError(
            say(
                "--since ({since:%d-%m-%Y}) ligt na --until ({until:%d-%m-%Y}).",
                since=args.since,
                until=args.until,
            )
        )
    client_id = _audit_client(db, args.client) if args.client else None
    who = _person(db, args.who) if args.who is not None else None
    rows = audit_events(
        db,
        client_id=client_id,
        action=args.action,
        actor=who,
        since=args.since,
        until=args.until,
        limit=args.limit + 1,  # one more than shown: whether to say that there are more
    )
    more = len(rows) > args.limit
    rows = rows[: args.limit]
    if args.json:
        print(json.dumps([_event_json(row) for row in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print("Geen gebeurtenissen gevonden.")
    else:
        print(_event_header())
        for row in rows:
            print(_event_line(row))
    if more:
        print(
            f"let op: alleen de nieuwste {args.limit} gebeurtenissen; er zijn er meer; "
            "geef een filter of een grotere --limit voor meer",
            file=sys.stderr,
        )
    return EXIT_OK


def _audit_client(db: Database, reference: str) -> uuid.UUID:
    """The dossier as ``show`` finds it; a destroyed one by its full id, when the trail still
    names it (its ``destroy`` event is what one looks for then).

    Raises:
        NotFoundError: neither a client nor a dossier the trail names.
    """
    from sqlmodel import col, select

    from app.clients import find_client_id
    from models.tables import AuditEvent

    try:
        return find_client_id(db, reference)
    except NotFoundError as missing:
        try:
            wanted = uuid.UUID(reference.strip())
        except ValueError:
            raise missing from None
        with db.session() as session:
            named = session.exec(
                select(AuditEvent.id).where(col(AuditEvent.client_id) == wanted).limit(1)
            ).first()
        if named is None:
            raise
        return wanted


def _person(db: Database, name: str) -> str:
    """The person as the trail spells them (the match ignores case and extra spaces).

    Raises:
        UserError: the trail names no one so; the message lists who it does name (the
            caseworkers' names and computer users, never a client's).
    """
    from app.audit_view import known_people

    people = known_people(db)
    wanted = " ".join(name.split()).casefold()
    for person in people:
        if person.casefold() == wanted:
            return person
    known = ", ".join(people) if people else "nog niemand"
    raise UserError(
        say("De geschiedenis noemt niemand '{name}'; wel: {known}.", name=name, known=known)
    )


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _short(value: uuid.UUID | None) -> str:
    return str(value)[:8] if value else "-"


_COLUMNS = (16, 24, 16, 26, 18, 8, 8)


def _columns(values: tuple[str, ...], rest: str) -> str:
    cells = [
        f"{_fit(value, width):<{width}}" for value, width in zip(values, _COLUMNS, strict=True)
    ]
    return ("  ".join(cells) + "  " + rest).rstrip()


def _event_header() -> str:
    return _columns(("Moment", "Wie", "Gebruiker", "Actie", "Soort", "Record", "Dossier"), "Velden")


def _event_line(row: AuditRow) -> str:
    """One event as the window's log shows it; the dossier by its id, not its client's name."""
    return _columns(
        (
            f"{row.at:%d-%m-%Y %H:%M}",
            row.who,
            row.os_user,
            row.action_label,
            row.record_label,
            _short(row.record_id),
            _short(row.client_id),
        ),
        row.fields_label,
    )


def _event_json(row: AuditRow) -> dict[str, object]:
    return {
        "id": str(row.id),
        "at": row.at.isoformat(timespec="seconds"),
        "who": row.who,
        "os_user": row.os_user,
        "actor": row.actor,
        "action": row.action,
        "action_label": row.action_label,
        "record_type": row.record_type,
        "record_label": row.record_label,
        "record_id": str(row.record_id) if row.record_id else None,
        "client_id": str(row.client_id) if row.client_id else None,
        "fields": list(row.fields),
    }


# -- access -------------------------------------------------------------------------------


def run_access(db: Database, args: argparse.Namespace, *, today: date) -> int:
    """``access CLIENT --out FOLDER``: the right-of-access folder; prints its path.

    Raises:
        UserError: an unknown client, a missing or unwritable folder, a bad passphrase file.
    """
    from app.access_export import export_for_access
    from app.clients import find_client_id

    client_id = find_client_id(db, args.client)
    passphrase = read_passphrase(args.passphrase_file)
    print(export_for_access(db, client_id, args.out, today=today, passphrase=passphrase))
    return EXIT_OK
