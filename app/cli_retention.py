"""The retention command: closed dossiers past their term, saving the term, destroying.

```
procesplaat [--data-dir DIR] retention [--years N | --set-years N | --destroy CLIENT... [--yes]]
                                       [--json]
```

Looking is the default and runs beside the window; saving the term and destroying hold the
data folder (``retention_writes``, ``app.cli.WRITES_ONLY_WHEN``). Only dossiers due by the
*saved* term can be destroyed: a term typed for one look (--years) never decides.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.db import Database
    from app.retention import DueDossier

__all__ = ["MAX_YEARS", "add_retention_parser", "retention_writes", "run_retention"]

EXIT_OK = 0
EXIT_REFUSED = 1
#: The longest term --years and --set-years take (``app.retention.MAX_YEARS``, repeated here so
#: that building the parser imports no database code).
MAX_YEARS = 30

_RETENTION_HELP = f"""\
Zonder opties: de gesloten dossiers waarvan de bewaartermijn voorbij is (met de opgeslagen
termijn, standaard 5 jaar na sluiten).

  --years N         kijk met een andere termijn, zonder die op te slaan
  --set-years N     sla de termijn op (1 tot {MAX_YEARS} jaar) en toon wat daarmee aan de
                    beurt is
  --destroy CLIENT  vernietig deze dossiers definitief: gegevens en documenten. Alleen
                    dossiers waarvan de opgeslagen termijn voorbij is; staat er een ander
                    tussen, dan wordt niets vernietigd. Vraagt om bevestiging ('ja'), tenzij
                    --yes is meegegeven; zonder terminal en zonder --yes wordt niets vernietigd.

--years, --set-years en --destroy gaan niet samen. Opslaan en vernietigen kan niet terwijl
het programma open is op dezelfde gegevensmap; kijken wel. Kopieën in de automatische
back-ups verdwijnen wanneer die worden vervangen.
"""


def add_retention_parser(commands: Any) -> None:
    """Add ``retention``."""
    retention = commands.add_parser(
        "retention",
        help="bewaartermijn: dossiers om te vernietigen, de termijn opslaan, vernietigen",
        usage="%(prog)s [--years N | --set-years N | --destroy CLIENT... [--yes]] [--json]",
        description=_RETENTION_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    retention.add_argument(
        "--years",
        type=_years,
        action=_OneOf,
        metavar="N",
        help="kijk met deze termijn (niet opgeslagen)",
    )
    retention.add_argument(
        "--set-years", type=_years, action=_OneOf, metavar="N", help="sla deze termijn op"
    )
    retention.add_argument(
        "--destroy",
        nargs="+",
        action=_OneOf,
        metavar="CLIENT",
        help="vernietig deze dossiers definitief",
    )
    retention.add_argument(
        "--yes", action="store_true", help="bij --destroy: niet om bevestiging vragen"
    )
    retention.add_argument("--json", action="store_true", help="als JSON")


class _OneOf(argparse.Action):
    """--years, --set-years and --destroy, of which one at most: argparse's own exclusive
    group would refuse a second in English."""

    DESTS = ("years", "set_years", "destroy")

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        for dest in self.DESTS:
            if dest != self.dest and getattr(namespace, dest, None) is not None:
                other = "--" + dest.replace("_", "-")
                parser.error(f"{option_string} gaat niet samen met {other}")
        setattr(namespace, self.dest, values)


def _years(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen geheel aantal jaren: {text!r}") from None
    if not 1 <= number <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"kies een bewaartermijn van 1 tot {MAX_YEARS} jaar")
    return number


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _short(value: uuid.UUID) -> str:
    return str(value)[:8]


def retention_writes(args: argparse.Namespace) -> bool:
    """Whether this ``retention`` command writes (saves the term or destroys): only then does
    it hold the data folder against the window."""
    return bool(args.destroy) or args.set_years is not None


def run_retention(db: Database, args: argparse.Namespace, *, today: date) -> int:
    """``retention``: list what is due, save the term, or destroy due dossiers.

    Raises:
        UserError: an unknown client, or the term cannot be saved.
    """
    from app.retention import load_term, save_term

    if args.destroy:
        return _destroy(db, args, today=today)
    if args.set_years is not None:
        save_term(db.paths, args.set_years)
    saved = load_term(db.paths)
    years = saved if args.years is None else args.years
    return _list_due(db, args, today=today, years=years, saved=saved)


def _list_due(
    db: Database, args: argparse.Namespace, *, today: date, years: int, saved: int
) -> int:
    from app.retention import due_for_destruction

    due = due_for_destruction(db, today=today, years=years)
    if args.json:
        payload = {
            "years": years,
            "saved_years": saved,
            "today": today.isoformat(),
            "due": [_due_json(item) for item in due],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.set_years is not None:
        print(f"Bewaartermijn opgeslagen: {years} jaar na sluiten.")
    elif args.years is not None and years != saved:
        print(
            f"Bewaartermijn: {years} jaar na sluiten (alleen bekeken; opgeslagen is {saved} jaar)."
        )
    else:
        print(f"Bewaartermijn: {years} jaar na sluiten.")
    if not due:
        print("Er zijn geen dossiers waarvan de termijn voorbij is.")
    for item in due:
        print(
            f"{item.client_id}  {_fit(item.name, 30):<30}  gesloten {item.closed_on:%d-%m-%Y}"
            f"  te vernietigen sinds {item.due_since:%d-%m-%Y}"
        )
    return EXIT_OK


def _due_json(item: DueDossier) -> dict[str, str]:
    return {
        "id": str(item.client_id),
        "name": item.name,
        "closed_on": item.closed_on.isoformat(),
        "due_since": item.due_since.isoformat(),
    }


def _destroy(db: Database, args: argparse.Namespace, *, today: date) -> int:
    """Destroy the named dossiers, all of them due by the saved term, or none at all."""
    from app.clients import find_client_id
    from app.retention import destroy_client, due_for_destruction

    chosen = list(dict.fromkeys(find_client_id(db, reference) for reference in args.destroy))
    due = {item.client_id: item for item in due_for_destruction(db, today=today)}
    refusals = [_not_due(db, client_id) for client_id in chosen if client_id not in due]
    if refusals:
        for reason in refusals:
            print(f"procesplaat: {reason} Er is niets vernietigd.", file=sys.stderr)
        return EXIT_REFUSED
    if not args.yes and not _confirmed([due[client_id] for client_id in chosen]):
        print(
            "procesplaat: niets vernietigd; bevestig met 'ja' of geef --yes mee",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    destroyed: list[uuid.UUID] = []
    left = 0
    try:
        for client_id in chosen:
            left += destroy_client(db, client_id, today=today)
            destroyed.append(client_id)
    finally:
        _report_destroyed(db, args, destroyed, left)
    return EXIT_OK


def _not_due(db: Database, client_id: uuid.UUID) -> str:
    """Why a dossier may not be destroyed, naming it by id only (stderr may end up in a log)."""
    from app.retention import destruction_date, load_term
    from models.codes import ClientStatus
    from models.tables import Client

    with db.session() as session:
        client = session.get(Client, client_id)
        status, closed_on = (client.status, client.closed_on) if client else (None, None)
    short = _short(client_id)
    if status != ClientStatus.CLOSED.value or closed_on is None:
        return f"Dossier {short} is niet gesloten: alleen een gesloten dossier kan weg."
    until = destruction_date(closed_on, load_term(db.paths))
    return f"De bewaartermijn van dossier {short} loopt nog tot {until:%d-%m-%Y}."


def _confirmed(chosen: list[DueDossier]) -> bool:
    """Ask on the terminal, naming each dossier; without a terminal the answer is no."""
    if not sys.stdin.isatty():
        return False
    print(f"U vernietigt {len(chosen)} dossier(s) definitief:", file=sys.stderr)
    for item in chosen:
        print(f"  {item.client_id}  {item.name}", file=sys.stderr)
    print(
        "Alle gegevens en documenten worden gewist en kunnen daarna niet meer worden "
        "teruggehaald. Kopieën in de automatische back-ups verdwijnen wanneer die worden "
        "vervangen.",
        file=sys.stderr,
    )
    print("Doorgaan? Typ 'ja': ", end="", file=sys.stderr, flush=True)
    try:
        answer = sys.stdin.readline()
    except (OSError, KeyboardInterrupt):
        return False
    return answer.strip().lower() == "ja"


def _report_destroyed(
    db: Database, args: argparse.Namespace, destroyed: list[uuid.UUID], left: int
) -> None:
    if args.json:
        payload = {"destroyed": [str(i) for i in destroyed], "documents_left": left}
        print(json.dumps(payload, indent=2))
    else:
        for client_id in destroyed:
            print(f"Vernietigd: {client_id}")
    if left:
        print(
            f"let op: {left} documentbestand(en) konden niet worden gewist; ze zijn "
            f"versleuteld en horen bij geen dossier meer (in {db.paths.documents})",
            file=sys.stderr,
        )
